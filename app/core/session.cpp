#include "session.h"

#include "config/credentialstore.h"
#include "decisions.h"
#include "gatestore.h"
#include "net/httpclient.h"
#include "poller.h"
#include "providers/provider.h"

namespace gl {

Session::Session(Config config, const QString &auditPath)
    : m_config(std::move(config)), m_audit(auditPath), m_http(new HttpClient(this)),
      m_store(new GateStore(this)), m_poller(new Poller(m_store, this)),
      m_decisions(new DecisionService(&m_audit, this))
{}

Session::~Session() = default;

std::unique_ptr<Session> Session::open(Config config, const CredentialStore &credentials,
                                       const QString &auditPath)
{
    std::unique_ptr<Session> session(new Session(std::move(config), auditPath));
    for (const ServerConfig &server : session->m_config.servers) {
        auto provider = createProvider(server, session->m_http, credentials, session.get());
        if (!provider) {
            session->m_setupErrors.append(provider.error().message);
            session->m_store->markNotSetUp(server.name, provider.error().message);
            continue;
        }
        Provider *p = provider->release();
        session->m_providers.push_back(p);
        session->m_poller->addServer(p, server.pollIntervalS);
        session->m_decisions->addProvider(p);
    }
    return session;
}

} // namespace gl
