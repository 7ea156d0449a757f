// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "serversetup.h"

#include "config/credentialstore.h"
#include "config/keychain.h"
#include "session.h"

namespace gl::ui {

ServerSetup::ServerSetup(Session *session, QString configPath, SecretStore *keychain,
                         const CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_session(session), m_configPath(std::move(configPath)), m_keychain(keychain),
      m_credentials(credentials)
{}

std::vector<ServerEdit> ServerSetup::current() const
{
    std::vector<ServerEdit> edits;
    for (const ServerConfig &server : m_session->config().servers) {
        edits.push_back({server, server.name});
    }
    return edits;
}

QStringList ServerSetup::protectedEnvironments() const
{
    return m_session->config().protectedEnvironments;
}

bool ServerSetup::hasStoredToken(const QString &server) const
{
    if (!m_keychain || server.isEmpty()) {
        return false;
    }
    const SecretStore::Answer answer = m_keychain->read(tokenKey(server));
    return answer.ok() && !answer.secret.trimmed().isEmpty();
}

QString ServerSetup::tokenFor(const ServerConfig &server, const QString &typed) const
{
    if (!typed.trimmed().isEmpty()) {
        return typed.trimmed();
    }
    if (!server.tokenEnv.isEmpty()) {
        QString value = qEnvironmentVariable(server.tokenEnv.toLocal8Bit().constData()).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    if (m_keychain) {
        const SecretStore::Answer answer = m_keychain->read(tokenKey(server.name));
        if (answer.ok()) {
            return answer.secret.trimmed();
        }
    }
    return {};
}

Result<void> ServerSetup::apply(const Change &change)
{
    // 1. The new file, checked exactly as servers.json is checked when it is read.
    GL_TRY(current, readConfigText(m_configPath));
    GL_TRY(text, renderConfig(current, change.servers, m_configPath, change.protectedEnvironments));
    GL_TRY(config, parseConfig(text, m_configPath));
    // 2. Every server can get a token.
    for (std::size_t i = 0; i < change.servers.size(); ++i) {
        const ServerEdit &edit = change.servers[i];
        const QString name = edit.server.name;
        const bool typed = !change.tokens.value(name).trimmed().isEmpty();
        const bool inEnvironment = !edit.server.tokenEnv.isEmpty();
        const bool stored = hasStoredToken(edit.originalName.isEmpty() ? name : edit.originalName);
        if (!typed && !inEnvironment && !stored) {
            return fail(tr("%1: servers[%2] (\"%3\").token: paste the server's API token (it is kept in the "
                           "system keychain), or name an environment variable in token_env")
                            .arg(m_configPath)
                            .arg(i)
                            .arg(name));
        }
        if (typed && change.tokens.value(name).trimmed().contains(u' ')) {
            return fail(tr("%1: servers[%2] (\"%3\").token: a token is one word, without spaces")
                            .arg(m_configPath)
                            .arg(i)
                            .arg(name));
        }
    }
    // 3. Nothing on its way to a server that changes.
    // A server whose token or proxy login was typed anew starts again with it, even if nothing else changed.
    QStringList renew = change.tokens.keys();
    renew += change.proxyCredentials.keys();
    if (auto ok = m_session->canReconfigure(config, renew); !ok) {
        return ok;
    }
    // 4. Tokens into the keychain (typed ones; a renamed server's token moves with it).
    for (const ServerEdit &edit : change.servers) {
        const QString name = edit.server.name;
        QString token = change.tokens.value(name).trimmed();
        const bool renamed = !edit.originalName.isEmpty() && edit.originalName != name;
        if (token.isEmpty() && renamed) {
            ServerConfig old;
            old.name = edit.originalName;
            token = tokenFor(old, {});
        }
        if (token.isEmpty()) {
            continue;
        }
        if (!m_keychain) {
            return fail(tr("server \"%1\": there is no keychain to keep its token in; name an environment "
                           "variable in token_env instead")
                            .arg(name));
        }
        const SecretStore::Answer written = m_keychain->write(tokenKey(name), token);
        if (!written.ok()) {
            return fail(
                written.status == SecretStore::Status::NoBackend
                    ? tr("server \"%1\": no keychain service is running (Secret Service or KWallet), so "
                         "its token cannot be kept; start one, or name an environment variable in "
                         "token_env. Greenlight never keeps tokens in a plain-text file.")
                          .arg(name)
                    : tr("server \"%1\": the token could not be stored in %2: %3")
                          .arg(name, m_keychain->describe(), written.message));
        }
        if (renamed) {
            m_keychain->remove(tokenKey(edit.originalName));
        }
    }
    for (auto it = change.proxyCredentials.cbegin(); it != change.proxyCredentials.cend(); ++it) {
        if (!m_keychain) {
            return fail(
                tr("server \"%1\": there is no keychain to keep the proxy's password in").arg(it.key()));
        }
        if (const auto written = m_keychain->write(proxyCredentialsKey(it.key()), *it); !written.ok()) {
            return fail(tr("server \"%1\": the proxy's password could not be stored in %2: %3")
                            .arg(it.key(), m_keychain->describe(), written.message));
        }
    }
    // 5. The file, in one step; 6. the running session.
    if (auto written = writeConfigText(m_configPath, text); !written) {
        return written;
    }
    QStringList kept;
    for (const ServerEdit &edit : change.servers) {
        kept << (edit.originalName.isEmpty() ? edit.server.name : edit.originalName);
    }
    for (const ServerConfig &old : m_session->config().servers) {
        if (!kept.contains(old.name) && m_keychain) {
            m_keychain->remove(tokenKey(old.name)); // a removed server's secrets go with it
            m_keychain->remove(proxyCredentialsKey(old.name));
        }
    }
    if (auto switched = m_session->reconfigure(std::move(config), *m_credentials, renew); !switched) {
        return switched;
    }
    Q_EMIT applied();
    return {};
}

} // namespace gl::ui
