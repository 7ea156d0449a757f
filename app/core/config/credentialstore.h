// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/serverconfig.h"
#include "result.h"

#include <optional>
#include <utility>

namespace gl {

class SecretStore;

// Where a server's token comes from. Tokens never go to servers.json, settings or logs.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual Result<QString> token(const ServerConfig &server) const = 0;
    // The user name and password for the server's own proxy ("proxy": "http://…"), when it needs them.
    virtual std::optional<std::pair<QString, QString>> proxyCredentials(const ServerConfig &) const
    {
        return std::nullopt;
    }
};

// Reads the token from the environment variable named by the server's "token_env".
class EnvironmentCredentialStore final : public CredentialStore
{
public:
    Result<QString> token(const ServerConfig &server) const override;
};

// What Greenlight uses: the environment variable named by "token_env" when it is set (for scripts and
// CI), otherwise the server's entry in the keychain. Without a keychain service it says so and points
// at token_env; it never falls back to a plain-text file.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(SecretStore *keychain) : m_keychain(keychain) {}
    Result<QString> token(const ServerConfig &server) const override;
    // From the keychain entry proxyCredentialsKey(name), "user:password".
    std::optional<std::pair<QString, QString>> proxyCredentials(const ServerConfig &server) const override;
    SecretStore *keychain() const { return m_keychain; }

private:
    SecretStore *m_keychain; // not owned
};

} // namespace gl
