// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/serverconfig.h"
#include "providers/setup.h"
#include "result.h"

#include <QObject>
#include <QSslCertificate>

#include <functional>

namespace gl {

class HttpClient;

// Talks to a server that is being set up, before it is saved: a connection test and project discovery.
// The requests go through the same HttpClient as polling: its TLS checks, redirects and time-outs.
class ServerProbe final : public QObject, public SetupContext
{
    Q_OBJECT
public:
    ServerProbe(HttpClient *http, ServerConfig server, QString token, QObject *parent = nullptr);

    void testConnection(std::function<void(const ProbeResult &)> done);
    // GitLab: the projects where I am at least Developer; CircleCI: the projects I follow.
    void discoverProjects(std::function<void(const Result<QList<DiscoveredProject>> &)> done);

    // SetupContext
    const ServerConfig &server() const override { return m_server; }
    void get(const QUrl &url, std::function<void(const HttpResponse &)> done) override;
    QString failureText(const HttpResponse &response) const override;

private:
    HttpClient *m_http;
    ServerConfig m_server;
    QString m_token;
};

} // namespace gl
