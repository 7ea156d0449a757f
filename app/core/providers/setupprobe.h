#pragma once

#include "config/serverconfig.h"
#include "result.h"

#include <QObject>
#include <QSslCertificate>

#include <functional>

namespace gl {

class HttpClient;

// What "Test connection" found: whose token it is, and what it may do.
struct ProbeResult
{
    enum class Approve
    {
        Yes,     // the token's scopes allow approving
        No,      // the token can read but not approve
        Unknown, // the server does not say before an approval is tried
    };
    QString error; // empty when the server accepted the token
    QString who;   // "Zoë Adler (zoe)"
    Approve mayApprove = Approve::Unknown;
    QString rights;              // a sentence about what the token may do, for the setup page
    QSslCertificate certificate; // on a TLS error: the server's certificate, which the user may pin
    bool ok() const { return error.isEmpty(); }
};

// A project the user may pick on the setup page.
struct DiscoveredProject
{
    QString id;    // what goes into "projects": a CircleCI slug, a GitLab path
    QString label; // how the server names it
};

// Talks to a server that is being set up, before it is saved: a connection test and project discovery.
// The requests go through the same HttpClient as polling: its TLS checks, redirects and time-outs.
class ServerProbe final : public QObject
{
    Q_OBJECT
public:
    ServerProbe(HttpClient *http, ServerConfig server, QString token, QObject *parent = nullptr);

    void testConnection(std::function<void(const ProbeResult &)> done);
    // GitLab: the projects where I am at least Developer; CircleCI: the projects I follow.
    void discoverProjects(std::function<void(const Result<QList<DiscoveredProject>> &)> done);

    // Where the vendor's token page is, and the least the token needs, for the setup page.
    static QUrl tokenPage(const QString &provider, const QUrl &server);
    static QString leastPrivilege(const QString &provider);
    static QUrl defaultUrl(const QString &provider);

private:
    void get(const QUrl &url, std::function<void(const struct HttpResponse &)> done);
    void gitlabProjectsPage(int page, QList<DiscoveredProject> found,
                            std::function<void(const Result<QList<DiscoveredProject>> &)> done);

    HttpClient *m_http;
    ServerConfig m_server;
    QString m_token;
};

} // namespace gl
