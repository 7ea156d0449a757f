// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "audit/auditlog.h"
#include "config/serverconfig.h"
#include "gate.h"
#include "result.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace gl {

class CredentialStore;
class DecisionService;
class GateStore;
class HttpClient;
class PollCache;
class Poller;
class Provider;

// With a cache folder, a session starts each server from what the last run learnt (PollCache): its
// provider's memory, so that the first poll costs what a steady poll costs, and, with restoreGates (the
// window), the gates it showed, drawn at once and stale until the first poll replaces them in place. After
// each poll that changed something, and when the session ends, the server's entry is saved.
struct SessionCache
{
    QString dir; // empty: no cache
    bool restoreGates = false;
};

// One run's servers and the services over them: the HTTP client, a provider per server, the gate
// store, the poller, the audit log and the decision service. Shared by the CLI and the dashboard.
class Session final : public QObject
{
    Q_OBJECT
public:
    // A server whose provider cannot be set up (its token is missing, its ca_file is not PEM) gets no
    // provider; its error is in setupErrors() and in the store's health for that server.
    // With a cache folder (SessionCache), each server starts from what the last run learnt.
    static std::unique_ptr<Session> open(Config config, const CredentialStore &credentials,
                                         const QString &auditPath,
                                         const SessionCache &cache = SessionCache());
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
    void restoreFromCache(const ServerConfig &server, Provider *provider);
    void saveToCache(const QString &server);
    void markDirty(const QString &gateServer);

    struct Cached
    {
        bool dirty = false;
        std::string memory; // the provider's memory as last saved
        // Without restoreGates (the command line): the gates the file holds, written back as they were, so
        // that a `list` does not take from the window what it draws at its next start.
        std::vector<std::pair<Gate, QDateTime>> keptGates;
    };
    std::unique_ptr<PollCache> m_cache;
    bool m_restoreGates = false;
    QHash<QString, Cached> m_cached;
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
