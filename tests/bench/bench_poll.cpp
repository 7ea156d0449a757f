// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Benchmark: polling an organisation. The simulator's scale scenario answers every request after a set
// latency, over loopback, in this process: N CircleCI projects of 20 pipelines (the newest of every 50th
// waiting on a hold) and N GitLab projects (every 50th with a blocked deployment). The real providers poll
// both servers at once, as the window does: first with nothing known, then steadily.
// Prints `name: value` lines:
//   first_poll_<N>_s, first_poll_requests   the first poll of both servers: time until both finished,
//   requests poll_<N>_s, steady_requests             a steady poll of the CircleCI server alone
//   requests_ratio                          its requests over the lower bound (one listing per project plus
//                                           two reads per unfinished pipeline)
//   gitlab_first_poll_<N>_s, gitlab_poll_<N>_s, gitlab_steady_requests, gitlab_requests_ratio
//                                           the same for the GitLab server (lower bound: one listing per
//                                           project plus one read per blocked deployment, the floor without
//                                           validators; an unchanged deployment one approval from leaving is
//                                           not read again)
//   gitlab_not_modified, gitlab_full_answers_ratio
//                                           of those requests, the answers that came back 304 (ETags); the
//                                           others (full answers) over the lower bound
//   restart_poll_<N>_s, restart_requests, restart_requests_ratio
//                                           a restart: new providers and connections, started from what the
//                                           first ones left in the cache folder (PollCache, real files),
//                                           then the first poll of both servers at once; its requests over
//                                           those of a steady poll of both
// Arguments: [projects=500] [latency_ms=200] [first_poll_latency_ms=latency_ms].
#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "pollcache.h"
#include "providers/circleci/circleciprovider.h"
#include "providers/gitlab/gitlabprovider.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

using namespace gl;

namespace {

struct Poll
{
    double seconds = 0;
    int requests = 0;
    std::size_t gates = 0;
};

// Polls the providers at once; each one's time is until its own poll finished.
std::vector<Poll> pollAll(const std::vector<Provider *> &providers)
{
    std::vector<std::optional<PollResult>> results(providers.size());
    std::vector<Poll> polls(providers.size());
    QElapsedTimer timer;
    timer.start();
    for (std::size_t i = 0; i < providers.size(); ++i) {
        providers[i]->poll([&results, &polls, &timer, i](const PollResult &r) {
            results[i] = r;
            polls[i].seconds = double(timer.nsecsElapsed()) / 1e9;
        });
    }
    while (std::any_of(results.begin(), results.end(), [](const auto &r) { return !r.has_value(); })) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    for (std::size_t i = 0; i < providers.size(); ++i) {
        if (!results[i]->ok()) {
            qFatal("the poll of %s failed: %s", qPrintable(providers[i]->serverName()),
                   qPrintable(results[i]->error));
        }
        polls[i].requests = results[i]->requests;
        polls[i].gates = results[i]->gates.size();
    }
    return polls;
}

ServerConfig serverFor(const QString &vendor, const glsim::Simulator &sim, int projects)
{
    ServerConfig server;
    server.name = vendor;
    server.provider = vendor;
    server.url = sim.baseUrl();
    server.projects = glsim::Simulator::scaleProjects(projects, vendor);
    server.pollDeadlineS = 86400;
    return server;
}

int argument(const QStringList &args, int index, int fallback)
{
    bool ok = false;
    const int value = args.value(index).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int projects = argument(args, 1, 500);
    const int latency = argument(args, 2, 200);
    const int firstLatency = argument(args, 3, latency);
    constexpr int kHoldEvery = 50;

    glsim::Simulator sim;
    if (const QString error = sim.loadScenario(glsim::Simulator::scaleScenario(projects, 20, kHoldEvery));
        !error.isEmpty()) {
        qFatal("%s", qPrintable(error));
    }
    if (sim.listenLocal() == 0) {
        qFatal("cannot listen");
    }
    const ServerConfig circleServer = serverFor(QStringLiteral("circleci"), sim, projects);
    const ServerConfig gitlabServer = serverFor(QStringLiteral("gitlab"), sim, projects);
    QTemporaryDir scratch;
    const PollCache cache(scratch.filePath(QStringLiteral("cache")));
    std::vector<Poll> first;
    Poll steady;
    Poll gitlabSteady;
    int gitlabNotModified = 0;
    {
        HttpClient http;
        CircleCiProvider circle(circleServer, sim.token(), &http);
        GitLabProvider gitlab(gitlabServer, sim.token(), &http);
        sim.setLatency(firstLatency);
        first = pollAll({&circle, &gitlab});
        sim.setLatency(latency);
        steady = pollAll({&circle}).front();
        const int notModifiedBefore = gitlab.notModifiedAnswers();
        gitlabSteady = pollAll({&gitlab}).front();
        gitlabNotModified = gitlab.notModifiedAnswers() - notModifiedBefore;
        for (const auto &[server, provider] :
             {std::pair<const ServerConfig &, Provider &>{circleServer, circle}, {gitlabServer, gitlab}}) {
            QString error;
            if (!cache.save(server, {QDateTime::currentDateTimeUtc(), {}, provider.memory()}, &error)) {
                qFatal("%s", qPrintable(error));
            }
        }
    }
    std::vector<Poll> restart;
    {
        HttpClient http;
        CircleCiProvider circle(circleServer, sim.token(), &http);
        GitLabProvider gitlab(gitlabServer, sim.token(), &http);
        for (const auto &[server, provider] :
             {std::pair<const ServerConfig &, Provider &>{circleServer, circle}, {gitlabServer, gitlab}}) {
            QString why;
            const auto entry = cache.load(server, &why);
            if (!entry) {
                qFatal("the cache of %s: %s", qPrintable(server.name), qPrintable(why));
            }
            provider.restoreMemory(entry->memory);
        }
        restart = pollAll({&circle, &gitlab});
    }
    // One listing per project, and for each pipeline still waiting its workflows and their jobs.
    const int unfinished = projects / kHoldEvery;
    const int lowerBound = projects + 2 * unfinished;
    // One listing of blocked deployments per project, and one read of each: the floor without validators
    // (GitLab's updated_at and ETags take the steady poll below it).
    const int gitlabLowerBound = projects + unfinished;

    QTextStream out(stdout);
    out << "projects: " << projects << "\n"
        << "latency_ms: " << latency << "\n"
        << "first_poll_latency_ms: " << firstLatency << "\n"
        << "gates: " << steady.gates << "\n"
        << "first_poll_" << projects
        << "_s: " << QString::number(std::max(first[0].seconds, first[1].seconds), 'f', 2) << "\n"
        << "first_poll_requests: " << first[0].requests + first[1].requests << "\n"
        << "poll_" << projects << "_s: " << QString::number(steady.seconds, 'f', 2) << "\n"
        << "steady_requests: " << steady.requests << "\n"
        << "requests_lower_bound: " << lowerBound << "\n"
        << "requests_ratio: " << QString::number(double(steady.requests) / lowerBound, 'f', 3) << "\n"
        << "gitlab_gates: " << gitlabSteady.gates << "\n"
        << "gitlab_first_poll_" << projects << "_s: " << QString::number(first[1].seconds, 'f', 2) << "\n"
        << "gitlab_poll_" << projects << "_s: " << QString::number(gitlabSteady.seconds, 'f', 2) << "\n"
        << "gitlab_steady_requests: " << gitlabSteady.requests << "\n"
        << "gitlab_requests_ratio: "
        << QString::number(double(gitlabSteady.requests) / gitlabLowerBound, 'f', 3) << "\n"
        << "gitlab_not_modified: " << gitlabNotModified << "\n"
        << "gitlab_full_answers_ratio: "
        << QString::number(double(gitlabSteady.requests - gitlabNotModified) / gitlabLowerBound, 'f', 3)
        << "\n"
        << "restart_poll_" << projects
        << "_s: " << QString::number(std::max(restart[0].seconds, restart[1].seconds), 'f', 2) << "\n"
        << "restart_requests: " << restart[0].requests + restart[1].requests << "\n"
        << "restart_requests_ratio: "
        << QString::number(double(restart[0].requests + restart[1].requests) /
                               (steady.requests + gitlabSteady.requests),
                           'f', 3)
        << "\n";
    return 0;
}
