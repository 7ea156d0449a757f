// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/gitlab/gitlabprovider.h"

#include "clock.h"
#include "json.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace gl {
namespace {

struct GitLabText
{
    Q_DECLARE_TR_FUNCTIONS(GitLabProvider)
};

constexpr int kMaxPages = 20;

// GitLab names a project by id or by its URL-encoded path ("group%2Fsub%2Fproject").
QString encodedProject(const QString &project)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(project));
}

QString historyLine(const gitlab::Approval &a)
{
    const QString who = a.user.username.isEmpty() ? a.user.name : a.user.username;
    QString line = a.status == QLatin1String("rejected") ? GitLabText::tr("rejected by %1").arg(who)
                                                         : GitLabText::tr("approved by %1").arg(who);
    if (!a.comment.isEmpty()) {
        line += QStringLiteral(": ") + a.comment;
    }
    return line;
}

} // namespace

std::optional<GitLabGateId> parseGitLabGateId(const QString &server, const QString &gateId)
{
    const QString prefix = server + QStringLiteral("/projects/");
    if (!gateId.startsWith(prefix)) {
        return std::nullopt;
    }
    const QStringList parts = gateId.mid(prefix.size()).split(u'/');
    if (parts.size() != 3 ||
        (parts[1] != QLatin1String("deployments") && parts[1] != QLatin1String("jobs"))) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = parts[2].toLongLong(&ok);
    if (!ok || id <= 0 || parts[0].isEmpty()) {
        return std::nullopt;
    }
    // A project is its numeric id or its path: namespaces and name of (Unicode) letters, digits, '_', '-' and
    // '.', none of them "." or "..", so that the requests made for the gate stay under /projects/<it>/.
    const QString project = QUrl::fromPercentEncoding(parts[0].toLatin1());
    const QStringList segments = project.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..") ||
            !std::all_of(segment.begin(), segment.end(), [](QChar c) {
                return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
            })) {
            return std::nullopt;
        }
    }
    return GitLabGateId{project, parts[1] == QLatin1String("deployments"), id};
}

// --- one poll ---------------------------------------------------------------------------------------

class GitLabProvider::PollRun final : public ProviderPoll
{
public:
    explicit PollRun(GitLabProvider *p) : ProviderPoll(p), m_p(p) {}

    void start() override
    {
        m_p->ensureMe(this, [this](const QString &error) {
            if (!error.isEmpty()) {
                everyProjectFailed(error); // without "me", every project fails the same way
                return finishWith({});
            }
            // Each project's requests go one after another; several projects are read side by side.
            const QStringList &projects = m_p->config().projects;
            m_work.resize(static_cast<std::size_t>(projects.size()));
            for (qsizetype i = 0; i < projects.size(); ++i) {
                Work &w = m_work[static_cast<std::size_t>(i)];
                w.project = projects.at(i);
                enqueue([this, i] { readProject(static_cast<std::size_t>(i)); });
            }
            pump();
        });
    }

private:
    // What one project's reading has gathered.
    struct Work
    {
        QString project;
        qint64 numericId = 0;
        bool read = false; // listed to the end, or cut off (incomplete, but what it listed is shown)
        std::vector<qint64> ids;
        QHash<qint64, QDateTime>
            listed; // the deployments listed so far in this project, with their updated_at
        QSet<qint64> deployableJobs;
        Gates gates;
    };

    // The same project listed twice (by id and by path) is read once: one gate, one id. The one first in the
    // configuration is kept; a later one already resolved is not read again.
    bool earlierListsTheSame(std::size_t i) const
    {
        const qint64 id = m_work[i].numericId;
        for (std::size_t j = 0; j < i; ++j) {
            if (id > 0 && m_work[j].numericId == id) {
                return true;
            }
        }
        return false;
    }

    void readProject(std::size_t i)
    {
        m_p->ensureProject(m_work[i].project, this, [this, i](const QString &error) {
            if (!error.isEmpty()) {
                return failProject(i, error);
            }
            Work &w = m_work[i];
            w.numericId = m_p->m_projects.value(w.project).id;
            if (earlierListsTheSame(i)) {
                return taskDone();
            }
            listDeployments(i, 1);
        });
    }

    void failProject(std::size_t i, const QString &error)
    {
        Work &w = m_work[i];
        projectFailed(w.project, error); // the store keeps its gates, stale
        // What the cache said of it may be what fails (the project was moved or made again): the next poll
        // reads the project afresh.
        if (m_p->m_restored.remove(w.project)) {
            m_p->m_projects.remove(w.project);
        }
        w.read = false;
        w.gates.clear();
        w.ids.clear();
        taskDone();
    }

    void listDeployments(std::size_t i, int page)
    {
        const QUrl url = m_p->apiUrl(QStringLiteral("/projects/") + encodedProject(m_work[i].project) +
                                         QStringLiteral("/deployments"),
                                     {{QStringLiteral("status"), QStringLiteral("blocked")},
                                      {QStringLiteral("per_page"), QStringLiteral("100")},
                                      {QStringLiteral("page"), QString::number(page)}});
        m_p->get(url, this, [this, i, url, page](const HttpResponse &r) {
            if (!r.ok()) {
                return failProject(i, m_p->failureText(r, url));
            }
            auto list = gitlab::parseDeployments(r.body);
            if (!list) {
                return failProject(i, url.path() + QStringLiteral(": ") + list.error().message);
            }
            Work &w = m_work[i];
            for (const auto &d : *list) {
                if (!w.listed.contains(d.id)) { // a deployment listed on two pages is read once
                    w.listed.insert(d.id, d.updatedAt);
                    w.ids.push_back(d.id);
                }
            }
            // An empty X-Next-Page ends the listing; a next page that is not after this one would read the
            // same pages again and again, and one past the cap would be cut off: both are said, for this
            // project, and what was listed so far is still read.
            const QByteArray nextPage = r.header("x-next-page").trimmed();
            if (nextPage.isEmpty()) {
                return readDeployments(i);
            }
            bool ok = false;
            const int next = nextPage.toInt(&ok);
            if (!ok || next <= page) {
                return listingCutOff(
                    i, GitLabText::tr(
                           "%1: page %2 names page %3 as the next one, so the listing would loop; the "
                           "rest was not read")
                           .arg(url.path())
                           .arg(page)
                           .arg(QString::fromLatin1(nextPage)));
            }
            if (page >= kMaxPages) {
                return listingCutOff(
                    i, GitLabText::tr("%1: more than %2 pages of blocked deployments; the rest were not read")
                           .arg(url.path())
                           .arg(kMaxPages));
            }
            listDeployments(i, next);
        });
    }

    // The listing stopped early: the project is incomplete (its gates not listed stay, stale) and what was
    // listed is read as usual.
    void listingCutOff(std::size_t i, const QString &error)
    {
        projectFailed(m_work[i].project, error);
        readDeployments(i);
    }

    // Before the gates of a project are made: a project the cache described is read again when it has
    // something waiting, since whether its pipelines' authors may approve their own deployments is a setting
    // that may have changed. One request per such project, on the first poll after a start.
    void readDeployments(std::size_t i)
    {
        const QString project = m_work[i].project;
        const bool makesGates = !m_work[i].ids.empty() || m_p->config().manualJobs;
        if (!makesGates || !m_p->m_restored.remove(project)) {
            return readDeployment(i, 0);
        }
        m_p->m_projects.remove(project);
        m_p->ensureProject(project, this, [this, i](const QString &error) {
            if (!error.isEmpty()) {
                return failProject(i, error);
            }
            readDeployment(i, 0);
        });
    }

    // The list leaves out the approval details: read each blocked deployment.
    void readDeployment(std::size_t i, std::size_t next)
    {
        Work &w = m_work[i];
        if (next >= w.ids.size()) {
            w.ids.clear();
            markSuperseded(w.gates);
            return m_p->config().manualJobs ? listManualJobs(i) : projectDone(i);
        }
        const qint64 id = w.ids[next];
        const QString key = w.project + u'\n' + QString::number(id);
        if (const auto kept = m_p->m_read.find(key); kept != m_p->m_read.end()) {
            const QDateTime listed = w.listed.value(id);
            if (listed.isValid() && listed == kept->deployment.updatedAt &&
                kept->deployment.nextDecisionChangesStatus() && kept->reused < kReuseLimit) {
                ++kept->reused;
                kept->poll = m_p->pollsStarted();
                addDeployment(w, kept->deployment);
                return readDeployment(i, next + 1);
            }
        }
        const QUrl url = m_p->apiUrl(QStringLiteral("/projects/") + encodedProject(w.project) +
                                     QStringLiteral("/deployments/") + QString::number(id));
        m_p->get(url, this, [this, i, url, next, key](const HttpResponse &r) {
            if (r.status == 404) { // gone since the list: nothing waits
                return readDeployment(i, next + 1);
            }
            if (!r.ok()) {
                return failProject(i, m_p->failureText(r, url));
            }
            auto d = gitlab::parseDeployment(r.body);
            if (!d) {
                m_p->forgetAnswer(url);
                return failProject(i, url.path() + QStringLiteral(": ") + d.error().message);
            }
            m_p->m_read.insert(key, {*d, 0, m_p->pollsStarted()});
            addDeployment(m_work[i], *d);
            readDeployment(i, next + 1);
        });
    }

    void addDeployment(Work &w, const gitlab::Deployment &d)
    {
        if (d.status == QLatin1String("blocked")) {
            w.deployableJobs.insert(d.jobId);
            w.gates.push_back(m_p->deploymentGate(w.project, d));
        }
    }

    // Of several blocked deployments to one environment, approving an older one would deploy older code
    // after the newer waits: each older one says which newer one supersedes it.
    static void markSuperseded(Gates &gates)
    {
        const auto number = [](const Gate &g) {
            return g.id.section(u'/', -1).toLongLong();
        }; // deployment id
        QHash<QString, const Gate *> newest;
        for (const Gate &g : gates) {
            const Gate *&n = newest[g.environment];
            if (!n || number(g) > number(*n)) {
                n = &g;
            }
        }
        for (Gate &g : gates) {
            const Gate *n = newest.value(g.environment);
            if (n && n != &g) {
                g.supersededBy = GitLabText::tr("deployment #%1 to %2 (pipeline #%3) is newer and waits too")
                                     .arg(number(*n))
                                     .arg(n->environment)
                                     .arg(n->pipelineNumber);
            }
        }
    }

    // Newest first, one page: older manual jobs are usually abandoned, not waiting.
    void listManualJobs(std::size_t i)
    {
        const QUrl url = m_p->apiUrl(QStringLiteral("/projects/") + encodedProject(m_work[i].project) +
                                         QStringLiteral("/jobs"),
                                     {{QStringLiteral("scope[]"), QStringLiteral("manual")},
                                      {QStringLiteral("per_page"), QStringLiteral("100")}});
        m_p->get(url, this, [this, i, url](const HttpResponse &r) {
            if (!r.ok()) {
                return failProject(i, m_p->failureText(r, url));
            }
            auto jobs = gitlab::parseJobs(r.body);
            if (!jobs) {
                return failProject(i, url.path() + QStringLiteral(": ") + jobs.error().message);
            }
            Work &w = m_work[i];
            const QDateTime horizon = Clock::utcNow().addDays(-m_p->config().historyDays);
            for (const auto &j : *jobs) {
                // A deployment's own job is shown as the deployment.
                if (j.status == QLatin1String("manual") && !w.deployableJobs.contains(j.id) &&
                    (!j.createdAt.isValid() || j.createdAt >= horizon)) {
                    w.gates.push_back(m_p->jobGate(w.project, j));
                }
            }
            projectDone(i);
        });
    }

    void projectDone(std::size_t i)
    {
        m_work[i].read = true;
        taskDone();
    }

    // Every project read (or failed): the gates, in the configuration's order.
    void allTasksDone() override
    {
        // What this poll did not list is no longer blocked (or its project failed): read afresh if it is
        // again.
        m_p->m_read.removeIf([this](const auto &entry) { return entry.value().poll < m_p->pollsStarted(); });
        Gates result;
        QSet<qint64> shown; // GitLab's project ids whose gates are in the result
        for (const Work &w : m_work) {
            if (w.read && (w.numericId <= 0 || !shown.contains(w.numericId))) {
                shown.insert(w.numericId);
                result.insert(result.end(), w.gates.begin(), w.gates.end());
            }
        }
        finishWith(std::move(result));
    }

    GitLabProvider *m_p;
    std::vector<Work> m_work; // one per configured project, in order
};

// --- provider ---------------------------------------------------------------------------------------

GitLabProvider::GitLabProvider(ServerConfig server, QString token, HttpClient *http,
                               std::optional<QSslConfiguration> ssl, QObject *parent)
    : HttpProvider(QStringLiteral("gitlab"), std::move(server), std::move(token), http, std::move(ssl),
                   parent)
{
    // Who I am; one project, deployment or job (the project is one encoded segment).
    setEndpointPaths(QStringLiteral("/api/v4/user$"),
                     QStringLiteral("/api/v4/projects/[^/]+(/(deployments|jobs)/[0-9]+)?$"));
}

QUrl GitLabProvider::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    return apiUrlFor(config().url, QStringLiteral("/api/v4"), path, query);
}

std::optional<int> GitLabProvider::waitAsked(const HttpResponse &r) const
{
    if (r.status == 429 || r.status == 503) {
        return r.retryAfterSeconds();
    }
    if (r.header("ratelimit-remaining") == "0") {
        // GitLab's RateLimit-Reset is a Unix time.
        bool ok = false;
        const qint64 reset = r.header("ratelimit-reset").toLongLong(&ok);
        const qint64 wait = ok ? reset - Clock::utcNow().toSecsSinceEpoch() : 60;
        return static_cast<int>(std::clamp<qint64>(wait, 1, 3600));
    }
    return std::nullopt;
}

QString GitLabProvider::failureHint(const HttpResponse &response) const
{
    // A 403 at GitLab is about a role or a rule, not the token; a 429 says its wait in the error status.
    return response.status == 401 ? tokenHint() : QString();
}

void GitLabProvider::ensureMe(QObject *context, std::function<void(const QString &)> done)
{
    if (m_me) {
        return done({});
    }
    const QUrl url = apiUrl(QStringLiteral("/user"));
    get(url, context, [this, url, done = std::move(done)](const HttpResponse &r) {
        if (!r.ok()) {
            return done(failureText(r, url));
        }
        auto me = gitlab::parseUser(r.body);
        if (!me) {
            return done(url.path() + QStringLiteral(": ") + me.error().message);
        }
        m_me = *me;
        done({});
    });
}

void GitLabProvider::ensureProject(const QString &project, QObject *context,
                                   std::function<void(const QString &)> done)
{
    if (m_projects.contains(project)) {
        return done({});
    }
    const QUrl url = apiUrl(QStringLiteral("/projects/") + encodedProject(project));
    get(url, context, [this, url, project, done = std::move(done)](const HttpResponse &r) {
        if (!r.ok()) {
            return done(failureText(r, url));
        }
        auto p = gitlab::parseProject(r.body);
        if (!p) {
            return done(url.path() + QStringLiteral(": ") + p.error().message);
        }
        m_projects.insert(project, *p);
        done({});
    });
}

void GitLabProvider::fetchCurrentUser(std::function<void(const QString &)> done)
{
    ensureMe(this,
             [this, done = std::move(done)](const QString &) { done(m_me ? m_me->username : QString()); });
}

ProviderPoll *GitLabProvider::createPoll()
{
    return new PollRun(this);
}

json::Json GitLabProvider::memory() const
{
    json::Json projects = json::Json::object();
    for (auto it = m_projects.cbegin(); it != m_projects.cend(); ++it) {
        projects[it.key().toStdString()] = {{"id", it->id},
                                            {"path_with_namespace", it->pathWithNamespace.toStdString()},
                                            {"web_url", it->webUrl.toStdString()},
                                            {"allow_self_approval", it->allowSelfApproval}};
    }
    return {{"projects", std::move(projects)}};
}

void GitLabProvider::restoreMemory(const json::Json &memory)
{
    const auto projects = memory.is_object() ? memory.find("projects") : memory.end();
    if (projects == memory.end() || !projects->is_object()) {
        return;
    }
    for (const QString &configured : config().projects) {
        const auto saved = projects->find(configured.toStdString());
        if (saved == projects->end() || m_projects.contains(configured)) {
            continue;
        }
        const QString path = QStringLiteral("projects.") + configured;
        const auto id = json::integer(*saved, "id", path);
        const auto name = json::string(*saved, "path_with_namespace", path);
        const auto web = json::text(*saved, "web_url", path);
        const auto self = json::optionalBool(*saved, "allow_self_approval", path);
        if (id && *id > 0 && name && web && self) {
            m_projects.insert(configured, gitlab::Project{*id, *name, *web, self->value_or(false)});
            m_restored.insert(configured);
        }
    }
}

QString GitLabProvider::canonicalProject(const QString &project) const
{
    const qint64 id = m_projects.value(project).id;
    return id > 0 ? QString::number(id) : project;
}

QString GitLabProvider::configuredFor(const QString &project) const
{
    if (config().projects.contains(project)) {
        return project;
    }
    const qint64 id = m_projects.value(project).id;
    for (const QString &configured : config().projects) {
        if (id > 0 && m_projects.value(configured).id == id) {
            return configured;
        }
    }
    return project;
}

Gate GitLabProvider::deploymentGate(const QString &project, const gitlab::Deployment &d) const
{
    const gitlab::Project info = m_projects.value(project);
    Gate g;
    g.id = config().name + QStringLiteral("/projects/") + encodedProject(canonicalProject(project)) +
           QStringLiteral("/deployments/") + QString::number(d.id);
    g.server = config().name;
    g.provider = QStringLiteral("gitlab");
    g.kind = GateKind::Deployment;
    g.project = info.pathWithNamespace.isEmpty() ? project : info.pathWithNamespace;
    g.scope = configuredFor(project);
    g.pipelineNumber = d.pipelineId;
    g.branch = d.ref;
    g.commitSha = d.sha;
    g.commitSubject = d.commitTitle;
    g.triggeredBy = g.requestedBy = d.user.username;
    g.environment = d.environment;
    g.workflowId = QStringLiteral("env:") + d.environment;
    g.name = d.jobName.isEmpty() ? d.environment : d.jobName;
    g.status = d.status;
    if (d.status == QLatin1String("blocked")) {
        g.statusText = GitLabText::tr("needs approval");
    }
    g.createdAt = d.createdAt;
    g.approvals = d.approvalCount();
    for (const auto &a : d.history()) {
        g.approvalHistory.append(historyLine(a));
    }
    g.canRunAfterApproval = !d.rules.empty(); // with rules the job stays manual after approval
    for (const auto &rule : d.rules) {
        if (!rule.description.isEmpty()) {
            g.approvalRules.append(rule.description);
        }
    }
    g.url = QUrl(d.jobWebUrl.isEmpty() ? d.pipelineWebUrl : d.jobWebUrl);
    g.nativeJobId = QString::number(d.jobId);
    if (m_me && d.user.id == m_me->id && !info.allowSelfApproval) {
        g.canApprove = false;
        g.cannotApproveReason =
            GitLabText::tr("you triggered this deployment, and GitLab does not let you approve your "
                           "own deployment in this project");
    }
    for (const auto &a : d.history()) {
        if (m_me && a.user.id == m_me->id && a.status == QLatin1String("approved")) {
            g.canApprove = false;
            g.cannotApproveReason = GitLabText::tr("you have approved it already; it waits for others");
        }
    }
    return g;
}

Gate GitLabProvider::jobGate(const QString &project, const gitlab::Job &j) const
{
    const gitlab::Project info = m_projects.value(project);
    Gate g;
    g.id = config().name + QStringLiteral("/projects/") + encodedProject(canonicalProject(project)) +
           QStringLiteral("/jobs/") + QString::number(j.id);
    g.server = config().name;
    g.provider = QStringLiteral("gitlab");
    g.kind = GateKind::ManualJob;
    g.project = info.pathWithNamespace.isEmpty() ? project : info.pathWithNamespace;
    g.scope = configuredFor(project);
    g.pipelineNumber = j.pipelineId;
    g.branch = j.ref;
    g.commitSha = j.sha;
    g.commitSubject = j.commitTitle;
    g.triggeredBy = g.requestedBy = j.user.username;
    g.workflow = j.stage;
    g.workflowId = QStringLiteral("stage:") + j.stage;
    g.name = j.name;
    g.status = j.status;
    if (j.status == QLatin1String("manual")) {
        g.statusText = GitLabText::tr("ready to run");
    }
    g.createdAt = j.createdAt;
    g.approvals = ApprovalCount{0, 1};
    g.url = QUrl(j.webUrl);
    g.nativeJobId = QString::number(j.id);
    return g;
}

void GitLabProvider::fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done)
{
    const auto id = parseGitLabGateId(config().name, gateId);
    if (!id) {
        return done(fail(GitLabText::tr("\"%1\" is not a GitLab gate id of server %2 (expected "
                                        "%2/projects/<project>/deployments/<id> or .../jobs/<id>)")
                             .arg(gateId, config().name)));
    }
    ensureMe(this, [this, id = *id, done](const QString &error) {
        if (!error.isEmpty()) {
            return done(fail(error));
        }
        ensureProject(id.project, this, [this, id, done](const QString &projectError) {
            if (!projectError.isEmpty()) {
                return done(fail(projectError));
            }
            const QUrl url =
                apiUrl(QStringLiteral("/projects/") + encodedProject(id.project) +
                       (id.deployment ? QStringLiteral("/deployments/") : QStringLiteral("/jobs/")) +
                       QString::number(id.id));
            get(url, this, [this, url, id, done](const HttpResponse &r) {
                if (!r.ok()) {
                    return done(fail(failureText(r, url)));
                }
                if (id.deployment) {
                    auto d = gitlab::parseDeployment(r.body);
                    return d ? done(deploymentGate(id.project, *d))
                             : done(fail(url.path() + QStringLiteral(": ") + d.error().message));
                }
                auto j = gitlab::parseJob(r.body);
                return j ? done(jobGate(id.project, *j))
                         : done(fail(url.path() + QStringLiteral(": ") + j.error().message));
            });
        });
    });
}

std::optional<QString> GitLabProvider::refusal(const Gate &gate, Decision decision) const
{
    if (gate.kind == GateKind::ManualJob) {
        if (decision == Decision::Reject) {
            return GitLabText::tr("a GitLab manual job cannot be rejected; leave it unplayed");
        }
        if (gate.status != QLatin1String("manual")) {
            return GitLabText::tr("the job \"%1\" is no longer waiting to be played (status: %2)")
                .arg(gate.name, gate.status);
        }
        return std::nullopt;
    }
    if (gate.status != QLatin1String("blocked")) {
        return GitLabText::tr("This deployment is not waiting for approvals (status: %1).").arg(gate.status);
    }
    if (decision != Decision::Reject && !gate.canApprove) {
        return gate.cannotApproveReason;
    }
    if (decision == Decision::ApproveAndRun && !gate.canRunAfterApproval) {
        return GitLabText::tr(
            "this environment uses GitLab's unified approval setting, which starts the job itself "
            "after the last approval; approve it instead");
    }
    return std::nullopt;
}

void GitLabProvider::decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                            std::function<void(const DecisionOutcome &)> done)
{
    const auto id = parseGitLabGateId(config().name, gate.id);
    if (!id) {
        DecisionOutcome o;
        o.description = GitLabText::tr("not a GitLab gate: %1").arg(gate.id);
        return done(o);
    }
    const QString base = QStringLiteral("/projects/") + encodedProject(id->project);
    auto play = [this, base](qint64 jobId, std::function<void(const DecisionOutcome &)> finished) {
        const QUrl url =
            apiUrl(base + QStringLiteral("/jobs/") + QString::number(jobId) + QStringLiteral("/play"));
        post(url, "{}", this, [this, url, finished = std::move(finished)](const HttpResponse &r) {
            finished(outcomeOf(r, url));
        });
    };
    if (!id->deployment) {
        return play(id->id, std::move(done));
    }
    nlohmann::json body = {{"status", decision == Decision::Reject ? "rejected" : "approved"}};
    if (!options.note.isEmpty()) {
        body["comment"] = options.note.toStdString();
    }
    if (!options.representedAs.isEmpty() && decision != Decision::Reject) {
        body["represented_as"] = options.representedAs.toStdString();
    }
    const QUrl url = apiUrl(base + QStringLiteral("/deployments/") + QString::number(id->id) +
                            QStringLiteral("/approval"));
    post(url, QByteArray::fromStdString(body.dump()), this,
         [this, url, decision, play, jobId = gate.nativeJobId.toLongLong(),
          done = std::move(done)](const HttpResponse &r) {
             DecisionOutcome approved = outcomeOf(r, url);
             if (decision != Decision::ApproveAndRun || approved.kind != DecisionOutcome::Kind::Done) {
                 return done(approved);
             }
             // Approved (GitLab has recorded it, whatever comes next); now start the job that waits.
             play(jobId, [done, approved](const DecisionOutcome &played) {
                 DecisionOutcome both = played.kind == DecisionOutcome::Kind::Done ? approved : played;
                 both.steps = {
                     {QStringLiteral("approve"), approved.kind, approved.httpStatus, approved.serverMessage},
                     {QStringLiteral("run"), played.kind, played.httpStatus, played.serverMessage}};
                 if (played.kind != DecisionOutcome::Kind::Done) {
                     // A 5xx or a lost answer may have started it: unknown, to be read again. A refusal (or
                     // nothing sent) leaves the approval standing without the run.
                     both.kind = played.kind == DecisionOutcome::Kind::Unknown
                                     ? DecisionOutcome::Kind::Unknown
                                     : DecisionOutcome::Kind::Refused;
                     both.description =
                         GitLabText::tr("approved, but the job did not start: %1").arg(played.description);
                 }
                 done(both);
             });
         });
}

QString GitLabProvider::consequence(const Gate &gate, Decision decision) const
{
    if (gate.kind == GateKind::ManualJob) {
        return decision == Decision::Reject
                   ? GitLabText::tr("GitLab has no reject for a manual job; it stays unplayed.")
                   : GitLabText::tr("GitLab starts the manual job \"%1\" (play).").arg(gate.name);
    }
    switch (decision) {
    case Decision::Approve:
        return gate.canRunAfterApproval
                   ? GitLabText::tr(
                         "GitLab records your approval for %1; once every rule is met the deployment is "
                         "unblocked, and its job \"%2\" still has to be run.")
                         .arg(gate.environment, gate.name)
                   : GitLabText::tr(
                         "GitLab records your approval for %1; after the last required approval the job "
                         "\"%2\" starts.")
                         .arg(gate.environment, gate.name);
    case Decision::ApproveAndRun:
        return GitLabText::tr("GitLab records your approval for %1, then Greenlight runs the job \"%2\".")
            .arg(gate.environment, gate.name);
    case Decision::Reject:
        break;
    }
    return GitLabText::tr("GitLab rejects the deployment to %1: the job \"%2\" fails and does not deploy.")
        .arg(gate.environment, gate.name);
}

ProviderType gitlab::providerType()
{
    ProviderType t;
    // GitLab limits requests per minute (set per instance), not how many at once; a 429 comes with
    // Retry-After and the poll drops to two in flight (docs/VENDOR-APIS.md §2.8).
    t.maxInFlight = 24;
    t.id = QStringLiteral("gitlab");
    t.displayName = QStringLiteral("GitLab");
    t.defaultUrl = QUrl(QStringLiteral("https://gitlab.com"));
    t.tokenPage = [](const QUrl &server) {
        QUrl page = server;
        page.setPath(server.path() + QStringLiteral("/-/user_settings/personal_access_tokens"));
        return page;
    };
    t.leastPrivilege = [] {
        return QCoreApplication::translate(
            "ServerProbe",
            "A personal access token with the read_api scope lists what waits. To approve or reject, it "
            "needs the api scope, and you need the role the environment's protection asks for "
            "(Developer by default).");
    };
    t.projectExample = [] {
        return QCoreApplication::translate("ServerProbe", "group/project or a project id");
    };
    t.options = {QStringLiteral("manual_jobs")};
    t.create = [](const ServerConfig &server, const QString &token, HttpClient *http,
                  const std::optional<QSslConfiguration> &ssl, QObject *parent) -> std::unique_ptr<Provider> {
        return std::make_unique<GitLabProvider>(server, token, http, ssl, parent);
    };
    t.credential = [](const ServerConfig &, const QString &token) {
        return QPair<QByteArray, QByteArray>{"PRIVATE-TOKEN", token.toUtf8()};
    };
    t.errorMessage = [](const QByteArray &body) { return gitlab::parseMessage(body); };
    t.demoServer = QStringLiteral(
        R"({ "name": "demo-gitlab", "provider": "gitlab", "url": "%1", "token_env": "%2", "manual_jobs": true,
    "projects": ["acme/payments", "acme/plateforme/déploiement"] })");
    t.testConnection = &gitlab::testConnection;
    t.discoverProjects = &gitlab::discoverProjects;
    return t;
}

} // namespace gl
