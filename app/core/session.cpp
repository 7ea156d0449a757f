#include "session.h"

#include "config/configwriter.h"
#include "config/credentialstore.h"
#include "config/keychain.h"
#include "decisions.h"
#include "gatestore.h"
#include "net/httpclient.h"
#include "poller.h"
#include "providers/provider.h"

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

Session::~Session() = default;

std::unique_ptr<Session> Session::open(Config config, const CredentialStore &credentials,
                                       const QString &auditPath)
{
    std::unique_ptr<Session> session(new Session(std::move(config), auditPath));
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
}

void Session::removeServer(const QString &name)
{
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
