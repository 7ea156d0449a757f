// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "providers/github/githubparse.h"
#include "providers/httpprovider.h"
#include "providers/registry.h"

#include <QHash>

namespace gl {

// GitHub Actions: deployments to environments with required reviewers (docs/VENDOR-APIS.md §5). The server's
// url is the REST API's base: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server.
// Every poll reads, per repository, the runs waiting (status=waiting), then each run's pending deployments
// and its review history; a gate is one environment a run waits for. Answers carry ETags: a read whose
// answer has not changed comes back 304, which GitHub does not count against the rate limit.
class GitHubProvider final : public HttpProvider
{
    Q_OBJECT
public:
    GitHubProvider(ServerConfig server, QString token, HttpClient *http,
                   std::optional<QSslConfiguration> ssl = std::nullopt, QObject *parent = nullptr);

    void fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done) override;
    std::optional<QString> refusal(const Gate &gate, Decision decision) const override;
    void decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                std::function<void(const DecisionOutcome &)> done) override;
    QString consequence(const Gate &gate, Decision decision) const override;
    bool noteGoesToServer() const override { return true; }
    bool noteRequired() const override { return true; } // the review's comment is a required field
    void fetchCurrentUser(std::function<void(const QString &)> done) override;

    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    class PollRun;

private:
    friend class PollRun;
    ProviderPoll *createPoll() override;
    std::optional<int> waitAsked(const HttpResponse &response) const override;
    QString failureHint(const HttpResponse &response) const override;
    // A GET with the API version and the media type (conditional, see HttpProvider::get).
    void read(const QUrl &url, QObject *context, std::function<void(const HttpResponse &)> done);
    // One run's gates: its pending deployments, with the review history.
    void readRun(const QString &repo, const github::WorkflowRun &run, QObject *context,
                 const std::function<void(const Result<Gates> &)> &done);
    Gate makeGate(const QString &repo, const github::WorkflowRun &run, const github::PendingDeployment &p,
                  const std::vector<github::Review> &reviews) const;

    QString m_login; // the token's user, once read
};

struct GitHubGateId
{
    QString repo; // "owner/name"
    qint64 run = 0;
    qint64 environment = 0;
};
// "<server>/repos/<owner>/<repo>/runs/<run id>/environments/<environment id>"
std::optional<GitHubGateId> parseGitHubGateId(const QString &server, const QString &gateId);

namespace github {
// GitHub's entry in the provider registry (providers/registry.h).
ProviderType providerType();
// Setting a server up (githubsetup.cpp).
void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done);
void discoverProjects(SetupContext &ctx, std::function<void(const Result<QList<DiscoveredProject>> &)> done);
} // namespace github

} // namespace gl
