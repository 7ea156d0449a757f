// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/serverconfig.h"
#include "providers/circleci/circleciparse.h"
#include "providers/httpprovider.h"
#include "providers/registry.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>

namespace gl {

class HttpClient;
struct HttpResponse;

// CircleCI API v2: approval jobs on hold (docs/VENDOR-APIS.md §1).
//
// The first poll of a project reads pipelines back to a horizon (the newest N, or D days); later polls
// read only pipelines newer than the newest seen, plus the workflows of pipelines that have not
// finished yet. Pipelines whose workflows have all ended are never fetched again.
class CircleCiProvider final : public HttpProvider
{
    Q_OBJECT
public:
    CircleCiProvider(ServerConfig server, QString token, HttpClient *http,
                     std::optional<QSslConfiguration> ssl = std::nullopt, QObject *parent = nullptr);
    ~CircleCiProvider() override;

    void fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done) override;
    std::optional<QString> refusal(const Gate &gate, Decision decision) const override;
    void decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                std::function<void(const DecisionOutcome &)> done) override;
    QString consequence(const Gate &gate, Decision decision) const override;
    bool noteGoesToServer() const override { return false; }
    void fetchCurrentUser(std::function<void(const QString &)> done) override;
    // Per project: the newest pipeline number seen and the pipelines still open (what a steady poll reads).
    nlohmann::json memory() const override;
    void restoreMemory(const nlohmann::json &memory) override;

    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    QUrl webUrl(const circleci::Pipeline &pipeline, const QString &workflowId) const;

    // What the provider remembers about a project between polls.
    struct OpenPipeline
    {
        circleci::Pipeline pipeline;
    };
    struct ProjectState
    {
        bool initialized = false;
        qint64 newestNumber = -1;
        QString newestId;                  // the pipeline numbered newestNumber
        QHash<QString, OpenPipeline> open; // pipelines with workflows that may still change
        Gates gates;                       // from the last successful read of this project
    };

    class PollRun;
    class GateFetch;

private:
    friend class PollRun;
    friend class GateFetch;
    ProviderPoll *createPoll() override;
    QString failureHint(const HttpResponse &response) const override;
    // Every page of a listing. A listing cut off (a repeated page token, too many pages) gives what it
    // listed, each item once, and the reason as cutOff; a failed page gives an error.
    template <typename T>
    void fetchAll(const QUrl &url, Result<circleci::Page<T>> (*parse)(const QByteArray &), QObject *context,
                  std::function<void(const Result<std::vector<T>> &, const QString &cutOff)> done,
                  std::vector<T> acc = {}, QSet<QString> tokens = {});

    QHash<QString, ProjectState> m_projects;
    QString m_currentUser; // cached after the first successful GET /me
};

// When each job of a workflow stopped, by job id: built once per workflow, so that placing its holds costs
// one lookup per dependency (a workflow of 100,000 holds was quadratic when each hold scanned every job).
using JobStopTimes = QHash<QString, QDateTime>;
JobStopTimes jobStopTimes(const std::vector<circleci::Job> &jobs);

// Builds the gate for an approval job from what was read about it.
Gate makeCircleGate(const QString &server, const circleci::Pipeline &pipeline,
                    const circleci::Workflow &workflow, const circleci::Job &job, const JobStopTimes &stops,
                    const QUrl &webUrl);

// "<server>/workflow/<workflow-id>/approval/<job-id>" → (workflow id, job id).
std::optional<std::pair<QString, QString>> parseCircleGateId(const QString &server, const QString &gateId);

namespace circleci {
// CircleCI's entry in the provider registry (providers/registry.h).
ProviderType providerType();
// Setting a server up (circlecisetup.cpp).
void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done);
void discoverProjects(SetupContext &ctx,
                      const std::function<void(const Result<QList<DiscoveredProject>> &)> &done);
} // namespace circleci

} // namespace gl
