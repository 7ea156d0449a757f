#include "providers/provider.h"

#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "providers/circleci/circleciprovider.h"
#include "providers/gitlab/gitlabprovider.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>

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
    if (server.provider == QLatin1String("circleci")) {
        return std::make_unique<CircleCiProvider>(server, *token, http, ssl, parent);
    }
    if (server.provider == QLatin1String("gitlab")) {
        return std::make_unique<GitLabProvider>(server, *token, http, ssl, parent);
    }
    return fail(QCoreApplication::translate("Provider", "server \"%1\": provider \"%2\" is not supported")
                    .arg(server.name, server.provider));
}

} // namespace gl
