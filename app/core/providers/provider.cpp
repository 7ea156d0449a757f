// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/provider.h"

#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace gl {

QString outcomeKey(DecisionOutcome::Kind kind)
{
    switch (kind) {
    case DecisionOutcome::Kind::Done:
        return QStringLiteral("done");
    case DecisionOutcome::Kind::Refused:
        return QStringLiteral("refused");
    case DecisionOutcome::Kind::Failed:
        return QStringLiteral("failed");
    case DecisionOutcome::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

DecisionOutcome::Kind classifyDecisionResponse(const HttpResponse &r)
{
    if (r.ok()) {
        return DecisionOutcome::Kind::Done;
    }
    if (r.failure == HttpResponse::Failure::Refused ||
        (r.failure != HttpResponse::Failure::None && !r.mayHaveReachedServer) ||
        (r.failure == HttpResponse::Failure::None && r.status == 429)) {
        return DecisionOutcome::Kind::Failed;
    }
    if (r.failure != HttpResponse::Failure::None || r.status >= 500) {
        return DecisionOutcome::Kind::Unknown;
    }
    return DecisionOutcome::Kind::Refused;
}

QUrl apiUrlFor(const QUrl &server, const QString &apiPrefix, const QString &path,
               const QList<QPair<QString, QString>> &query)
{
    QUrl url = server;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    if (!base.endsWith(apiPrefix)) {
        base += apiPrefix;
    }
    url.setPath(base + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query) {
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        url.setQuery(q);
    }
    return url;
}

void applyServerTls(HttpRequest &request, const ServerConfig &server,
                    const std::optional<QSslConfiguration> &ssl)
{
    request.ssl = ssl;
    request.pinnedSha256 = server.pinnedCertificates;
}

std::optional<QNetworkProxy> networkProxyFor(const ProxySetting &proxy)
{
    switch (proxy.mode) {
    case ProxySetting::Mode::System:
        return std::nullopt;
    case ProxySetting::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySetting::Mode::Url:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxy.url.host(),
                             static_cast<quint16>(proxy.url.port()), proxy.user, proxy.password);
    }
    return std::nullopt;
}

Result<std::unique_ptr<Provider>> createProvider(const ServerConfig &server, HttpClient *http,
                                                 const CredentialStore &credentials, QObject *parent)
{
    auto token = credentials.token(server);
    if (!token) {
        return gl::Unexpected(token.error());
    }
    std::optional<QSslConfiguration> ssl;
    if (!server.caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(server.caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            return fail(
                QCoreApplication::translate("Provider", "server \"%1\": ca_file %2 holds no PEM certificate")
                    .arg(server.name, server.caFile));
        }
        ssl = QSslConfiguration::defaultConfiguration();
        ssl->addCaCertificates(certificates);
    }
    if (http) {
        http->setProxyForOrigin(server.url, networkProxyFor(server.proxy));
    }
    if (const ProviderType *type = providerType(server.provider)) {
        return type->create(server, *token, http, ssl, parent);
    }
    return fail(QCoreApplication::translate("Provider", "server \"%1\": provider \"%2\" is not supported")
                    .arg(server.name, server.provider));
}

} // namespace gl
