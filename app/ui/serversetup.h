// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/configwriter.h"
#include "result.h"

#include <QHash>
#include <QObject>

#include <optional>
#include <vector>

namespace gl {
class CredentialStore;
class SecretStore;
class Session;
} // namespace gl

namespace gl::ui {

// What the Servers dialog and the setup page change, applied the one way: checked as servers.json is
// checked, tokens into the keychain, servers.json rewritten in one step (keeping what Greenlight does not
// manage), then the running session switched without a restart. When any step fails nothing after it
// happens and the configuration that runs stays as it was.
class ServerSetup final : public QObject
{
    Q_OBJECT
public:
    ServerSetup(Session *session, QString configPath, SecretStore *keychain,
                const CredentialStore *credentials, QObject *parent = nullptr);

    struct Change
    {
        std::vector<ServerEdit> servers; // every server, in order
        QHash<QString, QString> tokens;  // typed in, by the server's new name; absent: keep the stored one
        std::optional<QStringList> protectedEnvironments;
        QHash<QString, QString> proxyCredentials; // "user:password" typed, by the server's new name
    };
    Result<void> apply(const Change &change);

    std::vector<ServerEdit> current() const; // as the session runs them
    QStringList protectedEnvironments() const;
    bool hasStoredToken(const QString &server) const;
    // The token a connection test uses: typed, else token_env's, else the stored one.
    QString tokenFor(const ServerConfig &server, const QString &typed) const;

    Session *session() const { return m_session; }
    QString configPath() const { return m_configPath; }
    SecretStore *keychain() const { return m_keychain; }

Q_SIGNALS:
    void applied();

private:
    Session *m_session;
    QString m_configPath;
    SecretStore *m_keychain;
    const CredentialStore *m_credentials;
};

} // namespace gl::ui
