#include "config/credentialstore.h"

#include <QCoreApplication>

namespace gl {

struct CredentialText
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
};

Result<QString> EnvironmentCredentialStore::token(const ServerConfig &server) const
{
    if (server.tokenEnv.isEmpty()) {
        return fail(CredentialText::tr("server \"%1\": no token configured: name an environment variable "
                                       "in \"token_env\"")
                        .arg(server.name));
    }
    const QByteArray value = qgetenv(server.tokenEnv.toLocal8Bit().constData()).trimmed();
    if (value.isEmpty()) {
        return fail(CredentialText::tr(
                        "server \"%1\": environment variable %2 (token_env) is not set or empty; set it "
                        "to your API token for this server and start Greenlight again")
                        .arg(server.name, server.tokenEnv));
    }
    return QString::fromUtf8(value);
}

} // namespace gl
