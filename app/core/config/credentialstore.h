#pragma once

#include "config/serverconfig.h"
#include "result.h"

namespace gl {

// Where a server's token comes from. Tokens never go to servers.json, settings or logs.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual Result<QString> token(const ServerConfig &server) const = 0;
};

// Reads the token from the environment variable named by the server's "token_env".
class EnvironmentCredentialStore final : public CredentialStore
{
public:
    Result<QString> token(const ServerConfig &server) const override;
};

} // namespace gl
