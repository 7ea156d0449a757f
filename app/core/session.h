#pragma once

#include "audit/auditlog.h"
#include "config/serverconfig.h"
#include "result.h"

#include <QObject>

#include <memory>
#include <vector>

namespace gl {

class CredentialStore;
class DecisionService;
class GateStore;
class HttpClient;
class Poller;
class Provider;

// One run's servers and the services over them: the HTTP client, a provider per server, the gate
// store, the poller, the audit log and the decision service. Shared by the CLI and the dashboard.
class Session final : public QObject
{
    Q_OBJECT
public:
    // A server whose provider cannot be set up (its token is missing, its ca_file is not PEM) gets no
    // provider; its error is in setupErrors() and in the store's health for that server.
    static std::unique_ptr<Session> open(Config config, const CredentialStore &credentials,
                                         const QString &auditPath);
    ~Session() override;

    const Config &config() const { return m_config; }
    HttpClient *http() const { return m_http; }
    GateStore *store() const { return m_store; }
    Poller *poller() const { return m_poller; }
    DecisionService *decisions() const { return m_decisions; }
    const AuditLog &audit() const { return m_audit; }
    const std::vector<Provider *> &providers() const { return m_providers; }
    const QStringList &setupErrors() const { return m_setupErrors; }

    // Applies a new configuration without a restart: servers that left or changed stop (their gates
    // leave), new and changed ones are set up and, once the poller has started, polled at once; servers
    // that did not change keep running untouched. Refused, changing nothing, while a decision is on its way
    // to a server that would change or leave.
    // renew names servers to set up again although their settings are the same: their token or proxy login
    // changed in the keychain.
    Result<void> reconfigure(Config config, const CredentialStore &credentials,
                             const QStringList &renew = {});
    // Whether reconfigure(config, …, renew) would be refused, and why.
    Result<void> canReconfigure(const Config &config, const QStringList &renew = {}) const;

Q_SIGNALS:
    void reconfigured();

private:
    Session(Config config, const QString &auditPath);
    void addServer(const ServerConfig &server, const CredentialStore &credentials);
    void removeServer(const QString &name);

    Config m_config;
    AuditLog m_audit;
    HttpClient *m_http = nullptr;
    GateStore *m_store = nullptr;
    Poller *m_poller = nullptr;
    DecisionService *m_decisions = nullptr;
    std::vector<Provider *> m_providers;
    QStringList m_setupErrors;
};

} // namespace gl
