// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/setupprobe.h"

#include "net/httpclient.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace gl {

namespace {

struct ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
};

} // namespace

ServerProbe::ServerProbe(HttpClient *http, ServerConfig server, QString token, QObject *parent)
    : QObject(parent), m_http(http), m_server(std::move(server)), m_token(std::move(token))
{}

QString ServerProbe::failureText(const HttpResponse &response) const
{
    const ProviderType *type = providerType(m_server.provider);
    const QString vendor = type ? type->displayName : m_server.provider;
    const QString message = type ? type->errorMessage(response.body) : QString();
    if (response.status == 401) {
        return ProbeText::tr("%1 does not accept this token (HTTP 401%2). Check that it is complete, has not "
                             "expired, and is a personal token.")
            .arg(vendor, message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    }
    QString text = describeFailure(response, message);
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    if (response.failure != HttpResponse::Failure::None && response.failure != HttpResponse::Failure::Tls) {
        const QUrl &url = m_server.url;
        return ProbeText::tr("Nothing answers at %1:%2: %3")
            .arg(url.host())
            .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80))
            .arg(text);
    }
    return text;
}

void ServerProbe::get(const QUrl &url, std::function<void(const HttpResponse &)> done)
{
    HttpRequest request;
    request.url = url;
    if (const ProviderType *type = providerType(m_server.provider)) {
        request.credentials.append(type->credential(m_server, m_token));
    }
    std::optional<QSslConfiguration> ssl;
    if (!m_server.caFile.isEmpty()) {
        ssl = QSslConfiguration::defaultConfiguration();
        ssl->addCaCertificates(QSslCertificate::fromPath(m_server.caFile, QSsl::Pem));
    }
    applyServerTls(request, m_server, ssl); // its CA file and pinned certificates, as when polling
    m_http->setProxyForOrigin(m_server.url, networkProxyFor(m_server.proxy));
    m_http->send(std::move(request), this, std::move(done));
}

void ServerProbe::testConnection(std::function<void(const ProbeResult &)> done)
{
    const ProviderType *type = providerType(m_server.provider);
    if (!type) {
        ProbeResult unknown;
        unknown.error = ProbeText::tr("Greenlight does not speak \"%1\"").arg(m_server.provider);
        done(unknown);
        return;
    }
    type->testConnection(*this, std::move(done));
}

void ServerProbe::discoverProjects(std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    const ProviderType *type = providerType(m_server.provider);
    if (!type) {
        done(fail(ProbeText::tr("Greenlight does not speak \"%1\"").arg(m_server.provider)));
        return;
    }
    type->discoverProjects(*this, std::move(done));
}

} // namespace gl
