// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "session.h"

#include "clock.h"
#include "config/configwriter.h"
#include "config/credentialstore.h"
#include "config/keychain.h"
#include "decisions.h"
#include "gatestore.h"
#include "net/httpclient.h"
#include "pollcache.h"
#include "poller.h"
#include "providers/provider.h"

#include <QLoggingCategory>

#include <algorithm>

namespace gl {

Session::Session(Config config, const QString &auditPath)
    : m_config(std::move(config)), m_audit(auditPath), m_http(new HttpClient(this)),
      m_store(new GateStore(this)), m_poller(new Poller(m_store, this)),
      m_decisions(new DecisionService(&m_audit, this))
{
    // The audit log's key lives in the keychain the tokens come from (see useKeyStoreWhereNeeded).
    m_audit.useKeyStoreWhereNeeded(m_config.tokensFromKeychain(), &auditKeyStore());
}

Session::~Session()
{
    // The last seen times of the gates, and what the last polls learnt, for the next start.
    for (const QString &server : m_cached.keys()) {
        m_cached[server].dirty = true;
        saveToCache(server);
    }
}

std::unique_ptr<Session> Session::open(Config config, const CredentialStore &credentials,
                                       const QString &auditPath, const SessionCache &cache)
{
    std::unique_ptr<Session> session(new Session(std::move(config), auditPath));
    if (!cache.dir.isEmpty()) {
        Session *s = session.get();
        s->m_cache = std::make_unique<PollCache>(cache.dir);
        s->m_restoreGates = cache.restoreGates;
        connect(s->m_store, &GateStore::gateAdded, s, [s](const Gate &g) { s->markDirty(g.server); });
        connect(s->m_store, &GateStore::gateChanged, s, [s](const Gate &g) { s->markDirty(g.server); });
        connect(s->m_store, &GateStore::gateRemoved, s, [s](const QString &id) {
            for (const QString &server : s->m_store->servers()) {
                if (id.startsWith(server + u'/')) {
                    s->markDirty(server);
                }
            }
        });
        connect(s->m_poller, &Poller::pollFinished, s,
                [s](const QString &server) { s->saveToCache(server); });
    }
    for (const ServerConfig &server : session->m_config.servers) {
        session->addServer(server, credentials);
    }
    return session;
}

void Session::addServer(const ServerConfig &configured, const CredentialStore &credentials)
{
    ServerConfig server = configured; // with the proxy's credentials, which servers.json never holds
    if (const auto proxy = credentials.proxyCredentials(server)) {
        server.proxy.user = proxy->first;
        server.proxy.password = proxy->second;
    }
    auto provider = createProvider(server, m_http, credentials, this);
    if (!provider) {
        m_setupErrors.append(provider.error().message);
        m_store->markNotSetUp(server.name, provider.error().message);
        return;
    }
    Provider *p = provider->release();
    m_providers.push_back(p);
    m_poller->addServer(p, server.pollIntervalS);
    m_decisions->addProvider(p);
    restoreFromCache(server, p);
}

namespace {
Q_LOGGING_CATEGORY(lcCache, "greenlight.cache")
}

void Session::restoreFromCache(const ServerConfig &server, Provider *provider)
{
    if (!m_cache) {
        return;
    }
    Cached &cached = m_cached[server.name];
    QString why;
    const auto entry = m_cache->load(server, &why);
    if (!entry) {
        if (!why.isEmpty()) {
            qCInfo(lcCache).noquote() << why; // a cache: the first poll reads the server afresh
        }
        return;
    }
    // Memory older than the horizon would make the first listing read further back than a first poll does.
    if (entry->savedAt >= Clock::utcNow().addDays(-server.historyDays)) {
        provider->restoreMemory(entry->memory);
        cached.memory = provider->memory().dump();
    }
    std::vector<std::pair<Gate, QDateTime>> gates;
    gates.reserve(entry->gates.size());
    for (const auto &seen : entry->gates) {
        gates.emplace_back(seen.gate, seen.seenAt);
    }
    if (m_restoreGates) {
        m_store->restore(server.name, gates);
    } else {
        cached.keptGates = std::move(gates);
    }
}

void Session::markDirty(const QString &gateServer)
{
    const auto it = m_cached.find(gateServer);
    if (it != m_cached.end()) {
        it->dirty = true;
    }
}

void Session::saveToCache(const QString &name)
{
    const auto cached = m_cached.find(name);
    const ServerConfig *server = m_config.server(name);
    const auto provider = std::find_if(m_providers.begin(), m_providers.end(),
                                       [&name](const Provider *p) { return p->serverName() == name; });
    if (!m_cache || cached == m_cached.end() || !server || provider == m_providers.end()) {
        return;
    }
    const json::Json memory = (*provider)->memory();
    std::string dump = memory.dump();
    if (!cached->dirty && dump == cached->memory) {
        return; // nothing the next start would draw or skip differently
    }
    PollCache::Entry entry;
    entry.savedAt = Clock::utcNow();
    entry.memory = memory;
    if (m_restoreGates) {
        for (Gate &gate : m_store->gates(name)) {
            const QDateTime seen = m_store->seenAt(gate.id);
            entry.gates.push_back({std::move(gate), seen});
        }
    } else {
        for (const auto &[gate, seen] : cached->keptGates) {
            entry.gates.push_back({gate, seen});
        }
    }
    QString error;
    if (m_cache->save(*server, entry, &error)) {
        cached->dirty = false;
        cached->memory = std::move(dump);
    } else {
        qCWarning(lcCache).noquote() << error;
    }
}

void Session::removeServer(const QString &name)
{
    m_cached.remove(name);
    m_poller->removeServer(name);
    m_decisions->removeProvider(name);
    for (auto it = m_providers.begin(); it != m_providers.end(); ++it) {
        if ((*it)->serverName() == name) {
            (*it)->deleteLater(); // its requests on their way are dropped with it
            m_providers.erase(it);
            break;
        }
    }
    m_setupErrors.erase(std::remove_if(m_setupErrors.begin(), m_setupErrors.end(),
                                       [&name](const QString &e) {
                                           return e.startsWith(QStringLiteral("server \"") + name + u'"');
                                       }),
                        m_setupErrors.end());
    m_store->removeServer(name);
}

namespace {

bool sameServer(const ServerConfig &a, const ServerConfig &b)
{
    return serverJson(a, 0).dump() == serverJson(b, 0).dump();
}

// The servers to stop: those that left, changed, or whose secrets changed (renew).
QStringList leavingServers(const Config &from, const Config &to, const QStringList &renew)
{
    QStringList leaving;
    for (const ServerConfig &old : from.servers) {
        const ServerConfig *now = to.server(old.name);
        if (!now || !sameServer(old, *now) || renew.contains(old.name)) {
            leaving << old.name;
        }
    }
    return leaving;
}

} // namespace

Result<void> Session::canReconfigure(const Config &config, const QStringList &renew) const
{
    for (const QString &name : leavingServers(m_config, config, renew)) {
        if (m_decisions->inFlightAt(name)) {
            return fail(
                tr("a decision on a gate of %1 is on its way; the servers were not changed, try again "
                   "when it has ended")
                    .arg(name));
        }
    }
    return {};
}

Result<void> Session::reconfigure(Config config, const CredentialStore &credentials, const QStringList &renew)
{
    if (auto ok = canReconfigure(config, renew); !ok) {
        return ok;
    }
    const QStringList leaving = leavingServers(m_config, config, renew);
    const Config previous = std::exchange(m_config, std::move(config));
    for (const QString &name : std::as_const(leaving)) {
        removeServer(name);
    }
    if (!leaving.isEmpty()) {
        // Open connections carry the trust they were made with (a certificate accepted by a pin that is now
        // removed, a proxy no longer configured): the changed servers start on new ones.
        m_http->dropConnections();
    }
    for (const ServerConfig &server : m_config.servers) {
        if (!previous.server(server.name) || leaving.contains(server.name)) {
            addServer(server, credentials); // polled at once when the poller runs
        }
    }
    QStringList order;
    for (const ServerConfig &server : m_config.servers) {
        order << server.name;
    }
    m_store->setServerOrder(order);
    Q_EMIT reconfigured();
    return {};
}

} // namespace gl
