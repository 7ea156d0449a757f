// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/serverconfig.h"
#include "result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

namespace gl {

struct HttpResponse;

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

// What a vendor's setup steps (ProviderType::testConnection, ::discoverProjects) may use: the server as
// typed, requests carrying its token through Greenlight's HTTP client (its TLS trust, proxy, time-outs),
// and a sentence for a failed answer.
class SetupContext
{
public:
    virtual ~SetupContext() = default;
    virtual const ServerConfig &server() const = 0;
    virtual void get(const QUrl &url, std::function<void(const HttpResponse &)> done) = 0;
    // "GitLab does not accept this token (HTTP 401…)", "Nothing answers at host:port: …"
    virtual QString failureText(const HttpResponse &response) const = 0;
};

} // namespace gl
