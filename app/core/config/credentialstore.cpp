// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "config/credentialstore.h"

#include "config/keychain.h"

#include <QCoreApplication>

namespace gl {

struct CredentialText
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
};

namespace {

QString environmentToken(const ServerConfig &server)
{
    if (server.tokenEnv.isEmpty()) {
        return {};
    }
    return QString::fromUtf8(qgetenv(server.tokenEnv.toLocal8Bit().constData()).trimmed());
}

} // namespace

Result<QString> EnvironmentCredentialStore::token(const ServerConfig &server) const
{
    if (server.tokenEnv.isEmpty()) {
        return fail(CredentialText::tr("server \"%1\": no token configured: name an environment variable "
                                       "in \"token_env\"")
                        .arg(server.name));
    }
    const QString value = environmentToken(server);
    if (value.isEmpty()) {
        return fail(CredentialText::tr(
                        "server \"%1\": environment variable %2 (token_env) is not set or empty; set it "
                        "to your API token for this server and start Greenlight again")
                        .arg(server.name, server.tokenEnv));
    }
    return value;
}

Result<QString> KeychainCredentialStore::token(const ServerConfig &server) const
{
    if (const QString value = environmentToken(server); !value.isEmpty()) {
        return value; // token_env wins when it is set
    }
    const QString unsetVariable =
        server.tokenEnv.isEmpty()
            ? QString()
            : CredentialText::tr(" (environment variable %1, named by \"token_env\", is not set either)")
                  .arg(server.tokenEnv);
    if (!m_keychain) {
        return fail(CredentialText::tr("server \"%1\": no token: there is no keychain to read it from%2; "
                                       "set the environment variable named by \"token_env\"")
                        .arg(server.name, unsetVariable));
    }
    const SecretStore::Answer answer = m_keychain->read(tokenKey(server.name));
    switch (answer.status) {
    case SecretStore::Status::Ok:
        if (!answer.secret.trimmed().isEmpty()) {
            return answer.secret.trimmed();
        }
        [[fallthrough]];
    case SecretStore::Status::NotFound:
        return fail(CredentialText::tr("server \"%1\": no token in %2%3; add it with File → Servers… or "
                                       "`greenlight token set %1`")
                        .arg(server.name, m_keychain->describe(), unsetVariable));
    case SecretStore::Status::NoBackend:
        return fail(CredentialText::tr("server \"%1\": no keychain service is running (Secret Service or "
                                       "KWallet), so its token cannot be read%2; start one, or put the "
                                       "token in an environment variable named by \"token_env\". Greenlight "
                                       "never keeps tokens in a plain-text file.")
                        .arg(server.name, unsetVariable));
    case SecretStore::Status::Denied:
        return fail(CredentialText::tr("server \"%1\": the keychain refused access to its token: %2")
                        .arg(server.name, answer.message));
    case SecretStore::Status::Failed:
        break;
    }
    return fail(CredentialText::tr("server \"%1\": the keychain could not be read: %2")
                    .arg(server.name, answer.message));
}

std::optional<std::pair<QString, QString>>
KeychainCredentialStore::proxyCredentials(const ServerConfig &server) const
{
    if (!m_keychain || server.proxy.mode != ProxySetting::Mode::Url) {
        return std::nullopt;
    }
    const SecretStore::Answer answer = m_keychain->read(proxyCredentialsKey(server.name));
    const qsizetype colon = answer.secret.indexOf(u':');
    if (!answer.ok() || colon <= 0) {
        return std::nullopt;
    }
    return std::make_pair(answer.secret.left(colon), answer.secret.mid(colon + 1));
}

} // namespace gl
