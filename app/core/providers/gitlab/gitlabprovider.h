// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/serverconfig.h"
#include "providers/gitlab/gitlabparse.h"
#include "providers/httpprovider.h"
#include "providers/registry.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>

namespace gl {

class HttpClient;
struct HttpResponse;

// GitLab REST v4: blocked deployments awaiting approval (protected environments) and, optionally,
// manual jobs (docs/VENDOR-APIS.md §2).
class GitLabProvider final : public HttpProvider
{
    Q_OBJECT
public:
    GitLabProvider(ServerConfig server, QString token, HttpClient *http,
                   std::optional<QSslConfiguration> ssl = std::nullopt, QObject *parent = nullptr);

    void fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done) override;
    std::optional<QString> refusal(const Gate &gate, Decision decision) const override;
    void decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                std::function<void(const DecisionOutcome &)> done) override;
    QString consequence(const Gate &gate, Decision decision) const override;
    bool noteGoesToServer() const override { return true; }
    int noteLimit() const override { return gitlab::kCommentLimit; }
    void fetchCurrentUser(std::function<void(const QString &)> done) override;
    // What GitLab said of each configured project (its numeric id, path, web page), so that a restart does
    // not read every project again: only those with something waiting, whose self-approval rule may have
    // changed. The token's user is read again on every start.
    nlohmann::json memory() const override;
    void restoreMemory(const nlohmann::json &memory) override;

    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    class PollRun;

private:
    friend class PollRun;
    ProviderPoll *createPoll() override;
    std::optional<int> waitAsked(const HttpResponse &response) const override;
    QString failureHint(const HttpResponse &response) const override;
    void ensureMe(QObject *context, std::function<void(const QString &error)> done);
    void ensureProject(const QString &project, QObject *context,
                       std::function<void(const QString &error)> done);
    // GitLab's numeric id for a configured project (id or path), once read: gate ids use it, so that one
    // deployment has one id however the project is named in servers.json.
    QString canonicalProject(const QString &project) const;
    QString configuredFor(const QString &project) const; // the servers.json entry naming that project
    Gate deploymentGate(const QString &project, const gitlab::Deployment &d) const;
    Gate jobGate(const QString &project, const gitlab::Job &j) const;

    // A blocked deployment as last read: read again only when the listing shows another updated_at, when one
    // more approval would not unblock it (see gitlab::Deployment::nextDecisionChangesStatus), or after
    // kReuseLimit polls in a row without reading it, in case a server moves updated_at differently.
    struct ReadDeployment
    {
        gitlab::Deployment deployment;
        int reused = 0; // polls in a row that used it without reading it
        int poll = 0;   // the last poll that listed it
    };
    static constexpr int kReuseLimit = 9;
    QHash<QString, ReadDeployment> m_read; // by project (as configured) and deployment id

    std::optional<gitlab::User> m_me;
    QHash<QString, gitlab::Project> m_projects; // configured project → what GitLab says of it
    QSet<QString> m_restored;                   // those of m_projects that came from the cache
};

struct GitLabGateId
{
    QString project; // as configured (id or path)
    bool deployment = true;
    qint64 id = 0;
};
// "<server>/projects/<GitLab project id>/deployments/<id>" or ".../jobs/<id>"; a path in place of the id
// (earlier versions) is still understood.
std::optional<GitLabGateId> parseGitLabGateId(const QString &server, const QString &gateId);

namespace gitlab {
// GitLab's entry in the provider registry (providers/registry.h).
ProviderType providerType();
// Setting a server up (gitlabsetup.cpp).
void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done);
void discoverProjects(SetupContext &ctx, std::function<void(const Result<QList<DiscoveredProject>> &)> done);
} // namespace gitlab

} // namespace gl
