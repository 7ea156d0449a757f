// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/github/githubprovider.h"

#include "clock.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace gl {

namespace {

constexpr int kMaxPages = 10; // waiting runs per repository: 1,000 at 100 a page
constexpr QByteArrayView kApiVersion = "2022-11-28";

struct GitHubText
{
    Q_DECLARE_TR_FUNCTIONS(GitHubProvider)
};

HeaderList apiHeaders()
{
    return {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", kApiVersion.toByteArray()}};
}

// A listing page's number: its `page` parameter, 1 when it has none (the first page); 0 when it is not a
// number.
int pageNumber(const QUrl &url)
{
    const QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("page"))) {
        return 1;
    }
    bool ok = false;
    const int n = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

bool validRepo(const QString &repo)
{
    const QStringList parts = repo.split(u'/');
    if (parts.size() != 2) {
        return false;
    }
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")) {
            return false;
        }
        for (const QChar c : part) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.') {
                return false;
            }
        }
    }
    return true;
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

} // namespace

std::optional<GitHubGateId> parseGitHubGateId(const QString &server, const QString &gateId)
{
    const QString prefix = server + QStringLiteral("/repos/");
    if (!gateId.startsWith(prefix)) {
        return std::nullopt;
    }
    const QStringList parts = gateId.mid(prefix.size()).split(u'/');
    // owner / repo / runs / <id> / environments / <id>
    if (parts.size() != 6 || parts[2] != QLatin1String("runs") || parts[4] != QLatin1String("environments")) {
        return std::nullopt;
    }
    GitHubGateId id;
    id.repo = parts[0] + u'/' + parts[1];
    bool okRun = false;
    bool okEnv = false;
    id.run = parts[3].toLongLong(&okRun);
    id.environment = parts[5].toLongLong(&okEnv);
    if (!validRepo(id.repo) || !okRun || !okEnv || id.run <= 0 || id.environment <= 0) {
        return std::nullopt;
    }
    return id;
}

// ---------------------------------------------------------------------------------------------------
// One poll: the repositories one after another (GitHub asks clients not to send requests concurrently).
class GitHubProvider::PollRun final : public ProviderPoll
{
public:
    explicit PollRun(GitHubProvider *p) : ProviderPoll(p), m_p(p) {}

    void start() override
    {
        // Each repository's requests go one after another; several repositories are read side by side.
        const QStringList &repos = m_p->config().projects;
        m_work.resize(static_cast<std::size_t>(repos.size()));
        for (qsizetype i = 0; i < repos.size(); ++i) {
            m_work[static_cast<std::size_t>(i)].repo = repos.at(i);
            enqueue([this, i] { readRepo(static_cast<std::size_t>(i)); });
        }
        pump();
    }

private:
    // What one repository's reading has gathered.
    struct Work
    {
        QString repo;
        bool read = false; // listed to the end, or cut off (incomplete, but what it listed is shown)
        std::vector<github::WorkflowRun> runs;
        QSet<qint64> listed; // the runs listed so far in this repository
        Gates gates;
    };

    void readRepo(std::size_t i)
    {
        const QString &repo = m_work[i].repo;
        if (!validRepo(repo)) {
            return repoFailed(i,
                              GitHubText::tr("\"%1\" is not a repository (expected owner/name)").arg(repo));
        }
        listRuns(i,
                 m_p->apiUrl(QStringLiteral("/repos/") + repo + QStringLiteral("/actions/runs"),
                             {{QStringLiteral("status"), QStringLiteral("waiting")},
                              {QStringLiteral("per_page"), QStringLiteral("100")}}),
                 1);
    }

    void listRuns(std::size_t i, const QUrl &url, int page)
    {
        m_p->read(url, this, [this, i, url, page](const HttpResponse &r) {
            if (!r.ok()) {
                return repoFailed(i, m_p->failureText(r, url));
            }
            auto runs = github::parseRunPage(r.body);
            if (!runs) {
                m_p->forgetAnswer(url);
                return repoFailed(i, url.path() + QStringLiteral(": ") + runs.error().message);
            }
            Work &w = m_work[i];
            for (auto &run : runs->runs) {
                if (run.status == QLatin1String("waiting") && !w.listed.contains(run.id)) {
                    w.listed.insert(run.id); // a run listed on two pages is read once
                    w.runs.push_back(std::move(run));
                }
            }
            const auto next = github::nextPageLink(r.header("link"));
            if (!next) {
                return nextRun(i, 0);
            }
            if (next->host() != url.host() || next->scheme() != url.scheme() || next->port() != url.port()) {
                return repoFailed(i, GitHubText::tr("%1: the next page points to another server (%2)")
                                         .arg(url.path(), next->host()));
            }
            // A next page numbered no higher than this one would loop (GitHub may name the repository by id
            // in its links, so the page number is compared, not the URL); one past the cap would be cut off.
            // Either is said, for this repository, and the runs listed so far are still read.
            if (const int to = pageNumber(*next); to > 0 && to <= pageNumber(url)) {
                return listingCutOff(
                    i,
                    GitHubText::tr(
                        "%1: page %2 links back to page %3, so the listing would loop; the rest was not read")
                        .arg(url.path())
                        .arg(pageNumber(url))
                        .arg(to));
            }
            if (page >= kMaxPages) {
                return listingCutOff(i,
                                     GitHubText::tr("%1: more than %2 pages of waiting runs; the rest were "
                                                    "not read")
                                         .arg(url.path())
                                         .arg(kMaxPages));
            }
            listRuns(i, *next, page + 1);
        });
    }

    void listingCutOff(std::size_t i, const QString &error)
    {
        projectFailed(m_work[i].repo, error); // the repository is incomplete: its runs not listed stay, stale
        nextRun(i, 0);
    }

    void nextRun(std::size_t i, std::size_t next)
    {
        Work &w = m_work[i];
        if (next >= w.runs.size()) {
            w.read = true;
            w.runs.clear();
            return taskDone();
        }
        m_p->readRun(w.repo, w.runs[next], this, [this, i, next](const Result<Gates> &gates) {
            if (!gates) {
                return repoFailed(i, gates.error().message);
            }
            Work &work = m_work[i];
            for (Gate g : *gates) {
                g.scope = work.repo;
                work.gates.push_back(std::move(g));
            }
            nextRun(i, next + 1);
        });
    }

    void repoFailed(std::size_t i, const QString &error)
    {
        Work &w = m_work[i];
        projectFailed(w.repo, error);
        w.gates.clear();
        w.runs.clear();
        taskDone();
    }

    // Every repository read (or failed): the gates, in the configuration's order.
    void allTasksDone() override
    {
        Gates result;
        for (const Work &w : m_work) {
            if (w.read) {
                result.insert(result.end(), w.gates.begin(), w.gates.end());
            }
        }
        finishWith(std::move(result));
    }

    GitHubProvider *m_p;
    std::vector<Work> m_work; // one per configured repository, in order
};

// ---------------------------------------------------------------------------------------------------

GitHubProvider::GitHubProvider(ServerConfig server, QString token, HttpClient *http,
                               std::optional<QSslConfiguration> ssl, QObject *parent)
    : HttpProvider(QStringLiteral("github"), std::move(server), std::move(token), http, std::move(ssl),
                   parent)
{
    // Who I am; one workflow run (its pending deployments and approvals are listings).
    setEndpointPaths(QStringLiteral("^(/api/v3)?/user$"), QStringLiteral("/actions/runs/[0-9]+$"));
}

ProviderPoll *GitHubProvider::createPoll()
{
    return new PollRun(this);
}

QUrl GitHubProvider::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    return apiUrlFor(config().url, QString(), path, query); // the configured url is the API's base
}

void GitHubProvider::read(const QUrl &url, QObject *context, std::function<void(const HttpResponse &)> done)
{
    get(url, context, std::move(done), apiHeaders());
}

std::optional<int> GitHubProvider::waitAsked(const HttpResponse &r) const
{
    const bool limited = r.status == 403 || r.status == 429;
    if ((limited || r.status == 503) && r.retryAfterSeconds()) {
        return r.retryAfterSeconds();
    }
    if (r.header("x-ratelimit-remaining") == "0") {
        // x-ratelimit-reset is a Unix time.
        bool ok = false;
        const qint64 reset = r.header("x-ratelimit-reset").toLongLong(&ok);
        const qint64 wait = ok ? reset - Clock::utcNow().toSecsSinceEpoch() : 60;
        return static_cast<int>(std::clamp<qint64>(wait, 1, 3600));
    }
    if (limited && github::parseError(r.body).secondaryRateLimit()) {
        return 60; // no retry-after: GitHub asks for at least a minute
    }
    return std::nullopt;
}

QString GitHubProvider::failureHint(const HttpResponse &r) const
{
    if (r.status == 401) {
        return tokenHint();
    }
    if (r.status == 403 || r.status == 429) {
        if (github::parseError(r.body).secondaryRateLimit()) {
            return GitHubText::tr(" (GitHub's secondary rate limit: too many requests at once)");
        }
        if (r.header("x-ratelimit-remaining") == "0") {
            return GitHubText::tr(" (the token's hourly request budget is used up)");
        }
        return GitHubText::tr(" (the token may lack the right to this repository's deployments)");
    }
    if (r.status == 404) {
        return GitHubText::tr(" (no such repository, or the token cannot see it)");
    }
    return HttpProvider::failureHint(r);
}

void GitHubProvider::readRun(const QString &repo, const github::WorkflowRun &run, QObject *context,
                             const std::function<void(const Result<Gates> &)> &done)
{
    const QString base =
        QStringLiteral("/repos/") + repo + QStringLiteral("/actions/runs/") + QString::number(run.id);
    const QUrl pendingUrl = apiUrl(base + QStringLiteral("/pending_deployments"));
    read(pendingUrl, context, [this, repo, run, base, pendingUrl, context, done](const HttpResponse &r) {
        if (!r.ok()) {
            return done(fail(failureText(r, pendingUrl)));
        }
        auto pending = github::parsePendingDeployments(r.body);
        if (!pending) {
            forgetAnswer(pendingUrl);
            return done(fail(pendingUrl.path() + QStringLiteral(": ") + pending.error().message));
        }
        const QUrl historyUrl = apiUrl(base + QStringLiteral("/approvals"));
        read(historyUrl, context,
             [this, repo, run, historyUrl, pending = *pending, done](const HttpResponse &h) {
                 if (!h.ok()) {
                     return done(fail(failureText(h, historyUrl)));
                 }
                 auto reviews = github::parseReviews(h.body);
                 if (!reviews) {
                     forgetAnswer(historyUrl);
                     return done(fail(historyUrl.path() + QStringLiteral(": ") + reviews.error().message));
                 }
                 Gates gates;
                 for (const auto &p : pending) {
                     gates.push_back(makeGate(repo, run, p, *reviews));
                 }
                 done(gates);
             });
    });
}

Gate GitHubProvider::makeGate(const QString &repo, const github::WorkflowRun &run,
                              const github::PendingDeployment &p,
                              const std::vector<github::Review> &reviews) const
{
    Gate g;
    g.id = config().name + QStringLiteral("/repos/") + repo + QStringLiteral("/runs/") +
           QString::number(run.id) + QStringLiteral("/environments/") + QString::number(p.environment.id);
    g.server = config().name;
    g.provider = QStringLiteral("github");
    g.kind = GateKind::PendingDeployment;
    g.project = run.repository.isEmpty() ? repo : run.repository;
    g.scope = repo;
    g.pipelineNumber = run.runNumber;
    g.pipelineId = QString::number(run.id);
    g.branch = run.headBranch;
    g.commitSha = run.headSha;
    g.commitSubject = run.displayTitle.isEmpty() ? firstLine(run.commitMessage) : run.displayTitle;
    g.triggeredBy = run.actor.login;
    g.requestedBy = run.triggeringActor.login.isEmpty() ? run.actor.login : run.triggeringActor.login;
    g.workflow = run.name;
    g.workflowId = QString::number(run.id);
    g.environment = p.environment.name;
    g.name = p.environment.name;
    g.status = QStringLiteral("waiting");
    g.statusText = GitHubText::tr("needs review");
    g.createdAt = p.waitTimerStartedAt.isValid() ? p.waitTimerStartedAt
                  : run.updatedAt.isValid()      ? run.updatedAt
                                                 : run.createdAt;
    // "Only one of the required reviewers needs to approve."
    g.approvals = ApprovalCount{0, 1};
    for (const auto &reviewer : p.reviewers) {
        g.reviewers.append(reviewer.displayName());
    }
    g.canApprove = p.currentUserCanApprove;
    if (!g.canApprove) {
        g.cannotApproveReason =
            g.reviewers.isEmpty()
                ? GitHubText::tr("GitHub does not let this token review the deployment to %1")
                      .arg(g.environment)
                : GitHubText::tr("GitHub lets only the required reviewers of %1 decide (%2)")
                      .arg(g.environment, g.reviewers.join(QStringLiteral(", ")));
    }
    g.url = QUrl(run.htmlUrl);
    if (run.createdAt.isValid()) {
        g.expiresAt = run.createdAt.addDays(github::kExpiryDays);
    }
    // The run's reviews: of this environment, and of the run's others ("approved by ana for staging"), which
    // are all a waiting environment has to show (one approval ends its wait).
    for (const auto &review : reviews) {
        const QString who = review.user.login;
        QString line = review.state == QLatin1String("approved") ? GitHubText::tr("approved by %1").arg(who)
                       : review.state == QLatin1String("rejected")
                           ? GitHubText::tr("rejected by %1").arg(who)
                           : GitHubText::tr("%1 by %2").arg(review.state, who);
        if (!review.environments.contains(p.environment.name) && !review.environments.isEmpty()) {
            line = GitHubText::tr("%1 for %2", "approved by ana for staging")
                       .arg(line, review.environments.join(QStringLiteral(", ")));
        }
        g.approvalHistory.append(review.comment.isEmpty() ? line
                                                          : line + QStringLiteral(": ") + review.comment);
    }
    if (p.waitTimerMinutes > 0) {
        QString timer = GitHubText::tr("%n min", nullptr, p.waitTimerMinutes);
        if (p.waitTimerStartedAt.isValid()) {
            const QDateTime ends = p.waitTimerStartedAt.addSecs(qint64(p.waitTimerMinutes) * 60);
            timer += ends > Clock::utcNow()
                         ? GitHubText::tr(", until %1")
                               .arg(QLocale().toString(ends.toLocalTime(), QLocale::ShortFormat))
                         : GitHubText::tr(", ended");
        }
        g.details.append({GitHubText::tr("Wait timer"), timer});
    }
    g.nativeJobId = QString::number(p.environment.id);
    g.nativeApprovalRequestId = QString::number(run.id);
    return g;
}

void GitHubProvider::fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done)
{
    const auto id = parseGitHubGateId(config().name, gateId);
    if (!id) {
        return done(fail(GitHubText::tr("\"%1\" is not a GitHub gate id of server %2 (expected "
                                        "%2/repos/<owner>/<repo>/runs/<id>/environments/<id>)")
                             .arg(gateId, config().name)));
    }
    const QUrl runUrl = apiUrl(QStringLiteral("/repos/") + id->repo + QStringLiteral("/actions/runs/") +
                               QString::number(id->run));
    read(runUrl, this, [this, id = *id, runUrl, done](const HttpResponse &r) {
        if (!r.ok()) {
            return done(fail(failureText(r, runUrl)));
        }
        auto run = github::parseWorkflowRun(r.body);
        if (!run) {
            forgetAnswer(runUrl);
            return done(fail(runUrl.path() + QStringLiteral(": ") + run.error().message));
        }
        readRun(id.repo, *run, this, [this, id, run = *run, done](const Result<Gates> &gates) {
            if (!gates) {
                return done(fail(gates.error().message));
            }
            for (const Gate &g : *gates) {
                if (g.nativeJobId == QString::number(id.environment)) {
                    return done(g);
                }
            }
            // Not pending any more: the run as it is now, so that the refusal says what it is.
            Gate g;
            g.id = config().name + QStringLiteral("/repos/") + id.repo + QStringLiteral("/runs/") +
                   QString::number(id.run) + QStringLiteral("/environments/") +
                   QString::number(id.environment);
            g.server = config().name;
            g.provider = QStringLiteral("github");
            g.kind = GateKind::PendingDeployment;
            g.project = id.repo;
            g.scope = id.repo;
            g.pipelineNumber = run.runNumber;
            g.pipelineId = QString::number(run.id);
            g.branch = run.headBranch;
            g.commitSha = run.headSha;
            g.commitSubject = run.displayTitle;
            g.workflow = run.name;
            g.workflowId = QString::number(run.id);
            // The environment was reviewed, or the run went on: it is no longer a gate.
            g.status = QStringLiteral("reviewed");
            g.statusText = run.conclusion.isEmpty() ? run.status : run.status + u'/' + run.conclusion;
            g.url = QUrl(run.htmlUrl);
            g.nativeJobId = QString::number(id.environment);
            g.nativeApprovalRequestId = QString::number(id.run);
            done(g);
        });
    });
}

std::optional<QString> GitHubProvider::refusal(const Gate &gate, Decision decision) const
{
    if (decision == Decision::ApproveAndRun) {
        return GitHubText::tr(
            "GitHub goes on with the run by itself once approved; there is nothing to start "
            "separately");
    }
    if (gate.status != QLatin1String("waiting")) {
        return GitHubText::tr("run #%1 no longer waits for a review of this environment (the run is %2)")
            .arg(gate.pipelineNumber)
            .arg(gate.statusText.isEmpty() ? gate.status : gate.statusText);
    }
    if (!gate.canApprove) {
        return gate.cannotApproveReason;
    }
    return std::nullopt;
}

void GitHubProvider::decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                            std::function<void(const DecisionOutcome &)> done)
{
    const auto id = parseGitHubGateId(config().name, gate.id);
    if (!id) {
        DecisionOutcome o;
        o.description = GitHubText::tr("not a GitHub gate: %1").arg(gate.id);
        return done(o);
    }
    const nlohmann::json body = {{"environment_ids", nlohmann::json::array({id->environment})},
                                 {"state", decision == Decision::Reject ? "rejected" : "approved"},
                                 {"comment", options.note.toStdString()}};
    const QUrl url = apiUrl(QStringLiteral("/repos/") + id->repo + QStringLiteral("/actions/runs/") +
                            QString::number(id->run) + QStringLiteral("/pending_deployments"));
    post(
        url, QByteArray::fromStdString(body.dump()), this,
        [this, url, done = std::move(done)](const HttpResponse &r) { done(outcomeOf(r, url)); },
        "application/json", apiHeaders());
}

QString GitHubProvider::consequence(const Gate &gate, Decision decision) const
{
    if (decision == Decision::Reject) {
        return GitHubText::tr("GitHub rejects the deployment to %1: run \"%2\" #%3 fails there and does not "
                              "deploy.")
            .arg(gate.environment, gate.workflow)
            .arg(gate.pipelineNumber);
    }
    return GitHubText::tr("GitHub approves the deployment to %1, with your note as the review's comment; run "
                          "\"%2\" #%3 goes on.")
        .arg(gate.environment, gate.workflow)
        .arg(gate.pipelineNumber);
}

void GitHubProvider::fetchCurrentUser(std::function<void(const QString &)> done)
{
    if (!m_login.isEmpty()) {
        return done(m_login);
    }
    const QUrl url = apiUrl(QStringLiteral("/user"));
    read(url, this, [this, url, done = std::move(done)](const HttpResponse &r) {
        if (r.ok()) {
            if (auto user = github::parseUser(r.body)) {
                m_login = user->login;
            } else {
                forgetAnswer(url);
            }
        }
        done(m_login);
    });
}

ProviderType github::providerType()
{
    ProviderType t;
    t.id = QStringLiteral("github");
    t.displayName = QStringLiteral("GitHub");
    t.defaultUrl = QUrl(QStringLiteral("https://api.github.com"));
    t.tokenPage = [](const QUrl &server) {
        // github.com's API lives on api.github.com; Enterprise Server's under /api/v3 of the same host.
        QUrl page = server;
        if (page.host() == QLatin1String("api.github.com")) {
            page.setHost(QStringLiteral("github.com"));
        }
        page.setPath(QStringLiteral("/settings/tokens"));
        return page;
    };
    t.leastPrivilege = [] {
        return QCoreApplication::translate(
            "ServerProbe",
            "A fine-grained token with read access to Actions and Deployments lists what waits; to approve "
            "or "
            "reject you must be one of the environment's required reviewers (a classic token needs the repo "
            "scope).");
    };
    t.projectExample = [] { return QCoreApplication::translate("ServerProbe", "owner/repo"); };
    t.create = [](const ServerConfig &server, const QString &token, HttpClient *http,
                  const std::optional<QSslConfiguration> &ssl, QObject *parent) -> std::unique_ptr<Provider> {
        return std::make_unique<GitHubProvider>(server, token, http, ssl, parent);
    };
    t.credential = [](const ServerConfig &, const QString &token) {
        return QPair<QByteArray, QByteArray>{"Authorization", "Bearer " + token.toUtf8()};
    };
    t.errorMessage = [](const QByteArray &body) { return github::parseMessage(body); };
    t.check = [](const ServerConfig &server, const QString &where) -> QString {
        for (const QString &repo : server.projects) {
            if (!validRepo(repo)) {
                return QCoreApplication::translate("ServerConfig",
                                                   "%1.projects: expected owner/repository, found \"%2\"")
                    .arg(where, repo);
            }
        }
        return {};
    };
    t.testConnection = &github::testConnection;
    t.discoverProjects = &github::discoverProjects;
    t.demoServer = QStringLiteral(
        R"({ "name": "demo-github", "provider": "github", "url": "%1/api/v3", "token_env": "%2",
    "projects": ["acme/storefront", "acme/infra"] })");
    return t;
}

} // namespace gl
