// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/circleci/circleciprovider.h"

#include "clock.h"
#include "json.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCircle, "greenlight.circleci", QtWarningMsg)

namespace gl {

namespace {

constexpr int kMaxPages = 50;         // per listing: a guard against a server that never ends
constexpr int kHoldLifetimeDays = 90; // CircleCI cancels non-terminal workflows after 90 days

struct CircleText
{
    Q_DECLARE_TR_FUNCTIONS(CircleCiProvider)
};

// Why a listing must stop before the page token it was given, or empty: the server gave a token it gave
// before (it would list the same pages for ever), or the listing reached kMaxPages. Either way what was read
// is not the whole listing, so the project's poll fails rather than show part of it as all of it.
QString pageCutOff(const QUrl &url, const QString &nextToken, const QSet<QString> &tokens)
{
    if (tokens.contains(nextToken)) {
        return CircleText::tr("%1: the server gave the same page token twice; the listing was stopped as "
                              "incomplete")
            .arg(url.path());
    }
    if (tokens.size() + 1 >= kMaxPages) {
        return CircleText::tr("%1: more than %2 pages; the listing was stopped as incomplete")
            .arg(url.path())
            .arg(kMaxPages);
    }
    return {};
}

QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// A project slug keeps its slashes ("gh/org/repo", "circleci/<org>/<project>"); each part is escaped.
QString slugPath(const QString &slug)
{
    QStringList parts = slug.split(u'/');
    for (auto &part : parts) {
        part = pathSegment(part);
    }
    return parts.join(u'/');
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// One poll of every configured project.
class CircleCiProvider::PollRun final : public ProviderPoll
{
public:
    explicit PollRun(CircleCiProvider *provider)
        : ProviderPoll(provider), m_provider(provider), m_now(Clock::utcNow())
    {
        for (const QString &slug : std::as_const(provider->config().projects)) {
            Work &w = m_work[slug];
            w.before = provider->m_projects.value(slug);
        }
    }

    void start() override
    {
        for (const QString &slug : std::as_const(m_provider->config().projects)) {
            enqueue([this, slug] { fetchPipelines(slug, {}, 0); });
        }
        pump();
    }

private:
    struct Work
    {
        ProjectState before;
        QString error;
        // The pipeline listing was stopped (a repeated page token, too many pages): what it listed is read
        // and shown, and the project's poll fails, so that its other gates stay, stale.
        QString cutOff;
        qint64 newestNumber = -1;
        QString newestId;
        std::vector<circleci::Pipeline> pipelines; // new this poll, plus the still-open ones
        QHash<QString, OpenPipeline> open;
        Gates gates;
        QSet<QString> pageTokens; // of the pipeline listing, to see a server that repeats one
    };

    static bool numberingChanged(const ProjectState &known,
                                 const std::vector<circleci::Pipeline> &newestFirst)
    {
        if (newestFirst.empty()) {
            return false;
        }
        if (newestFirst.front().number < known.newestNumber) {
            return true;
        }
        return std::any_of(newestFirst.begin(), newestFirst.end(), [&known](const circleci::Pipeline &p) {
            return p.number == known.newestNumber && !known.newestId.isEmpty() && p.id != known.newestId;
        });
    }

    void setError(const QString &slug, const QString &message)
    {
        Work &w = m_work[slug];
        if (w.error.isEmpty()) {
            w.error = CircleText::tr("project %1: %2").arg(slug, message);
        }
    }

    // A listing of the project was cut off: the project is incomplete (see Work::cutOff); what it listed
    // is read on.
    void listingCutOff(const QString &slug, const QString &cutOff)
    {
        Work &w = m_work[slug];
        if (!cutOff.isEmpty() && w.cutOff.isEmpty()) {
            w.cutOff = CircleText::tr("project %1: %2").arg(slug, cutOff);
        }
    }

    void fetchPipelines(const QString &slug, const QString &pageToken, int pages)
    {
        QList<QPair<QString, QString>> query;
        if (!pageToken.isEmpty()) {
            query.append({QStringLiteral("page-token"), pageToken});
        }
        const QUrl url = m_provider->apiUrl(
            QStringLiteral("/project/") + slugPath(slug) + QStringLiteral("/pipeline"), query);
        m_provider->get(url, this, [this, slug, pages, url](const HttpResponse &response) {
            onPipelines(slug, pages, url, response);
            taskDone();
        });
    }

    void onPipelines(const QString &slug, int pages, const QUrl &url, const HttpResponse &response)
    {
        Work &w = m_work[slug];
        if (!w.error.isEmpty()) {
            return;
        }
        if (!response.ok()) {
            setError(slug, m_provider->failureText(response, url));
            return;
        }
        auto page = circleci::parsePipelinePage(response.body);
        if (!page) {
            setError(slug, CircleText::tr("%1: %2").arg(url.path(), page.error().message));
            return;
        }
        const ServerConfig &server = m_provider->config();
        const QDateTime horizon = m_now.addDays(-server.historyDays);
        if (pages == 0 && w.before.initialized && numberingChanged(w.before, page->items)) {
            // The project's numbering went back, or the pipeline remembered as the newest has another id now
            // (the project was deleted and made again, or the cache was written for another server under
            // this URL): what was remembered of it no longer holds, and it is read as on a first poll.
            w.before = ProjectState{};
        }
        bool reachedKnown = false;
        for (auto &pipeline : page->items) {
            if (w.before.initialized) {
                // The horizon bounds a listing that starts from memory too: after a long pause (a restart
                // days later) the pipelines older than it are not read, as on a first poll.
                if (pipeline.number <= w.before.newestNumber || pipeline.createdAt < horizon) {
                    reachedKnown = true;
                    break;
                }
            } else if (static_cast<int>(w.pipelines.size()) >= server.historyPipelines ||
                       pipeline.createdAt < horizon) {
                reachedKnown = true;
                break;
            }
            if (pipeline.number > w.newestNumber) {
                w.newestNumber = pipeline.number;
                w.newestId = pipeline.id;
            }
            if (std::none_of(w.pipelines.begin(), w.pipelines.end(),
                             [&](const auto &known) { return known.id == pipeline.id; })) {
                w.pipelines.push_back(std::move(pipeline));
            }
        }
        if (!w.before.initialized && static_cast<int>(w.pipelines.size()) >= server.historyPipelines) {
            reachedKnown = true; // the horizon is reached; the next page would be wasted
        }
        if (!reachedKnown && !page->nextPageToken.isEmpty()) {
            if (const QString cut = pageCutOff(url, page->nextPageToken, w.pageTokens); !cut.isEmpty()) {
                listingCutOff(slug, cut);
            } else {
                w.pageTokens.insert(page->nextPageToken);
                enqueue([this, slug, token = page->nextPageToken, pages] {
                    fetchPipelines(slug, token, pages + 1);
                });
                return;
            }
        }
        // The listing is complete (or was cut off): read the workflows of new and still-open pipelines.
        for (const auto &open : std::as_const(w.before.open)) {
            const bool listedAgain = std::any_of(w.pipelines.begin(), w.pipelines.end(),
                                                 [&](const auto &p) { return p.id == open.pipeline.id; });
            if (!listedAgain && open.pipeline.createdAt > m_now.addDays(-kHoldLifetimeDays)) {
                w.pipelines.push_back(open.pipeline);
            }
        }
        for (const auto &pipeline : w.pipelines) {
            enqueue([this, slug, pipeline] { fetchWorkflows(slug, pipeline); });
        }
    }

    void fetchWorkflows(const QString &slug, const circleci::Pipeline &pipeline)
    {
        if (!m_work[slug].error.isEmpty()) {
            taskDone();
            return;
        }
        const QUrl url = m_provider->apiUrl(QStringLiteral("/pipeline/") + pathSegment(pipeline.id) +
                                            QStringLiteral("/workflow"));
        m_provider->fetchAll<circleci::Workflow>(
            url, circleci::parseWorkflowPage, this,
            [this, slug, pipeline](const Result<std::vector<circleci::Workflow>> &workflows,
                                   const QString &cutOff) {
                listingCutOff(slug, cutOff);
                onWorkflows(slug, pipeline, workflows);
                taskDone();
            });
    }

    void onWorkflows(const QString &slug, const circleci::Pipeline &pipeline,
                     const Result<std::vector<circleci::Workflow>> &workflows)
    {
        Work &w = m_work[slug];
        if (!w.error.isEmpty()) {
            return;
        }
        if (!workflows) {
            if (workflows.error().httpStatus == 404 && w.before.open.contains(pipeline.id)) {
                return; // a pipeline remembered open is gone (its project was deleted): nothing waits there
            }
            setError(slug, workflows.error().message);
            return;
        }
        const bool allEnded =
            !workflows->empty() && std::all_of(workflows->begin(), workflows->end(), [](const auto &wf) {
                return circleci::isTerminalWorkflowStatus(wf.status);
            });
        // A pipeline without workflows may still be setting up; give up on it after an hour or an error.
        const bool setupOver =
            pipeline.state == QLatin1String("errored") || pipeline.createdAt < m_now.addSecs(-3600);
        if (!allEnded && !(workflows->empty() && setupOver)) {
            w.open.insert(pipeline.id, OpenPipeline{pipeline});
        }
        for (const auto &workflow : *workflows) {
            // "on_hold" says a job waits for approval; but while parallel jobs still run, the workflow reads
            // "running" with an approval job already on hold. Read the jobs of every workflow not yet ended.
            if (!circleci::isTerminalWorkflowStatus(workflow.status) &&
                workflow.status != QLatin1String("queued")) {
                enqueue([this, slug, pipeline, workflow] { fetchJobs(slug, pipeline, workflow); });
            }
        }
    }

    void fetchJobs(const QString &slug, const circleci::Pipeline &pipeline,
                   const circleci::Workflow &workflow)
    {
        if (!m_work[slug].error.isEmpty()) {
            taskDone();
            return;
        }
        const QUrl url = m_provider->apiUrl(QStringLiteral("/workflow/") + pathSegment(workflow.id) +
                                            QStringLiteral("/job"));
        m_provider->fetchAll<circleci::Job>(
            url, circleci::parseJobPage, this,
            [this, slug, pipeline, workflow](const Result<std::vector<circleci::Job>> &jobs,
                                             const QString &cutOff) {
                listingCutOff(slug, cutOff);
                onJobs(slug, pipeline, workflow, jobs);
                taskDone();
            });
    }

    void onJobs(const QString &slug, const circleci::Pipeline &pipeline, const circleci::Workflow &workflow,
                const Result<std::vector<circleci::Job>> &jobs)
    {
        Work &w = m_work[slug];
        if (!w.error.isEmpty()) {
            return;
        }
        if (!jobs) {
            setError(slug, jobs.error().message);
            return;
        }
        const QUrl web = m_provider->webUrl(pipeline, workflow.id);
        const JobStopTimes stops = jobStopTimes(*jobs);
        for (const auto &job : *jobs) {
            if (job.isPendingApproval()) {
                w.gates.push_back(
                    makeCircleGate(m_provider->config().name, pipeline, workflow, job, stops, web));
                w.gates.back().scope = slug;
            }
        }
    }

    void allTasksDone() override
    {
        PollResult result;
        QStringList errors;
        for (const QString &slug : std::as_const(m_provider->config().projects)) {
            Work &w = m_work[slug];
            ProjectState &state = m_provider->m_projects[slug];
            if (!w.error.isEmpty()) {
                errors.append(w.error);
                result.unreadProjects.append(slug); // the store keeps its gates, stale
                state = w.before;                   // and the next poll starts from what we knew
                continue;
            }
            if (!w.cutOff.isEmpty()) {
                // What was listed is shown, current; the rest of the project stays, stale. The next poll
                // starts from what was known before, so that nothing this listing left out is skipped.
                errors.append(w.cutOff);
                result.unreadProjects.append(slug);
                state = w.before;
                std::sort(w.gates.begin(), w.gates.end(),
                          [](const Gate &a, const Gate &b) { return a.id < b.id; });
                result.gates.insert(result.gates.end(), w.gates.begin(), w.gates.end());
                continue;
            } else {
                state.initialized = true;
                if (w.newestNumber > w.before.newestNumber) {
                    state.newestNumber = w.newestNumber;
                    state.newestId = w.newestId;
                }
                state.open = std::move(w.open);
                std::sort(w.gates.begin(), w.gates.end(),
                          [](const Gate &a, const Gate &b) { return a.id < b.id; });
                state.gates = std::move(w.gates);
            }
            result.gates.insert(result.gates.end(), state.gates.begin(), state.gates.end());
        }
        result.error = errors.join(u'\n');
        ProviderPoll::finish(std::move(result));
    }

    CircleCiProvider *m_provider;
    QDateTime m_now;
    QHash<QString, Work> m_work;
};

// ---------------------------------------------------------------------------------------------------

CircleCiProvider::CircleCiProvider(ServerConfig server, QString token, HttpClient *http,
                                   std::optional<QSslConfiguration> ssl, QObject *parent)
    : HttpProvider(QStringLiteral("circleci"), std::move(server), std::move(token), http, std::move(ssl),
                   parent)
{
    // Who I am; one pipeline or workflow (a listing ends in /pipeline, /workflow or /job).
    setEndpointPaths(QStringLiteral("/api/v2/me$"), QStringLiteral("/api/v2/(pipeline|workflow)/[^/]+$"));
}

CircleCiProvider::~CircleCiProvider() = default;

QUrl CircleCiProvider::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    return apiUrlFor(config().url, QStringLiteral("/api/v2"), path, query);
}

QUrl CircleCiProvider::webUrl(const circleci::Pipeline &pipeline, const QString &workflowId) const
{
    // app.circleci.com/pipelines/<vcs>/<org>/<repo>/<number>/workflows/<id>; "gh" is written "github".
    QString slug = pipeline.projectSlug;
    if (slug.startsWith(QLatin1String("gh/"))) {
        slug = QStringLiteral("github/") + slug.mid(3);
    } else if (slug.startsWith(QLatin1String("bb/"))) {
        slug = QStringLiteral("bitbucket/") + slug.mid(3);
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    const QString host = config().url.host();
    url.setHost(host == QLatin1String("circleci.com") ? QStringLiteral("app.circleci.com") : host);
    if (config().url.scheme() == QLatin1String("http")) {
        url.setScheme(QStringLiteral("http"));
        url.setPort(config().url.port());
    }
    url.setPath(QStringLiteral("/pipelines/") + slug + u'/' + QString::number(pipeline.number) +
                QStringLiteral("/workflows/") + workflowId);
    return url;
}

template <typename T>
void CircleCiProvider::fetchAll(
    const QUrl &url, Result<circleci::Page<T>> (*parse)(const QByteArray &), QObject *context,
    std::function<void(const Result<std::vector<T>> &, const QString &cutOff)> done, std::vector<T> acc,
    QSet<QString> tokens)
{
    get(url, context,
        [this, url, parse, context, done = std::move(done), acc = std::move(acc),
         tokens = std::move(tokens)](const HttpResponse &response) mutable {
            if (!response.ok()) {
                done(Unexpected(Error{failureText(response, url), response.status}), {});
                return;
            }
            auto page = parse(response.body);
            if (!page) {
                done(fail(CircleText::tr("%1: %2").arg(url.path(), page.error().message)), {});
                return;
            }
            std::move(page->items.begin(), page->items.end(), std::back_inserter(acc));
            const QString cut =
                page->nextPageToken.isEmpty() ? QString() : pageCutOff(url, page->nextPageToken, tokens);
            if (page->nextPageToken.isEmpty() || !cut.isEmpty()) {
                // A server that lists an item on two pages does not make two of it.
                QSet<QString> ids;
                std::erase_if(acc, [&ids](const T &item) {
                    const bool seen = ids.contains(item.id);
                    ids.insert(item.id);
                    return seen;
                });
                done(std::move(acc), cut);
                return;
            }
            tokens.insert(page->nextPageToken);
            QUrl next = url;
            QUrlQuery query(next);
            query.removeAllQueryItems(QStringLiteral("page-token"));
            query.addQueryItem(QStringLiteral("page-token"),
                               QString::fromLatin1(QUrl::toPercentEncoding(page->nextPageToken)));
            next.setQuery(query);
            fetchAll<T>(next, parse, context, std::move(done), std::move(acc), std::move(tokens));
        });
}

QString CircleCiProvider::failureHint(const HttpResponse &response) const
{
    // CircleCI answers a token it does not accept with 401 or 403 alike.
    return response.status == 403 ? tokenHint() : HttpProvider::failureHint(response);
}

ProviderPoll *CircleCiProvider::createPoll()
{
    return new PollRun(this);
}

namespace {

json::Json pipelineJson(const circleci::Pipeline &p)
{
    const auto u8 = [](const QString &s) { return s.toStdString(); };
    return {{"id", u8(p.id)},
            {"number", p.number},
            {"project_slug", u8(p.projectSlug)},
            {"state", u8(p.state)},
            {"created_at", u8(p.createdAt.toUTC().toString(Qt::ISODateWithMs))},
            {"branch", u8(p.branch)},
            {"tag", u8(p.tag)},
            {"revision", u8(p.revision)},
            {"subject", u8(p.subject)},
            {"actor", u8(p.actor)}};
}

Result<circleci::Pipeline> pipelineFrom(const json::Json &v, const QString &path)
{
    if (!v.is_object()) {
        return fail(CircleText::tr("%1: expected an object").arg(path));
    }
    circleci::Pipeline p;
    GL_TRY(id, json::string(v, "id", path));
    GL_TRY(number, json::integer(v, "number", path));
    GL_TRY(created, json::dateTime(v, "created_at", path));
    p.id = id;
    p.number = number;
    p.createdAt = created;
    const std::pair<const char *, QString *> texts[] = {
        {"project_slug", &p.projectSlug}, {"state", &p.state},     {"branch", &p.branch}, {"tag", &p.tag},
        {"revision", &p.revision},        {"subject", &p.subject}, {"actor", &p.actor}};
    for (const auto &[key, target] : texts) {
        GL_TRY(text, json::text(v, key, path));
        *target = text;
    }
    return p;
}

} // namespace

json::Json CircleCiProvider::memory() const
{
    json::Json projects = json::Json::object();
    for (auto it = m_projects.cbegin(); it != m_projects.cend(); ++it) {
        if (!it->initialized) {
            continue;
        }
        json::Json open = json::Json::array();
        for (const OpenPipeline &o : it->open) {
            open.push_back(pipelineJson(o.pipeline));
        }
        projects[it.key().toStdString()] = {{"newest_number", it->newestNumber},
                                            {"newest_id", it->newestId.toStdString()},
                                            {"open", std::move(open)}};
    }
    return {{"projects", std::move(projects)}};
}

void CircleCiProvider::restoreMemory(const json::Json &memory)
{
    const auto projects = memory.is_object() ? memory.find("projects") : memory.end();
    if (projects == memory.end() || !projects->is_object()) {
        return;
    }
    for (const QString &slug : config().projects) {
        const auto saved = projects->find(slug.toStdString());
        if (saved == projects->end() || m_projects.value(slug).initialized) {
            continue;
        }
        const QString path = QStringLiteral("projects.") + slug;
        const auto newest = json::integer(*saved, "newest_number", path);
        const auto newestId = json::text(*saved, "newest_id", path);
        const auto open = json::array(*saved, "open", path);
        if (!newest || !newestId || !open) {
            continue; // that project starts afresh
        }
        ProjectState state;
        state.initialized = true;
        state.newestNumber = *newest;
        state.newestId = *newestId;
        bool whole = true;
        for (std::size_t i = 0; i < (*open)->size() && whole; ++i) {
            auto pipeline = pipelineFrom((**open)[i], json::element(json::field(path, "open"), i));
            whole = pipeline.has_value();
            if (whole) {
                state.open.insert(pipeline->id, OpenPipeline{*pipeline});
            }
        }
        if (whole) {
            m_projects.insert(slug, std::move(state));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Reads one approval job fresh from the server: the workflow, its pipeline and its jobs.
class CircleCiProvider::GateFetch final : public QObject
{
public:
    GateFetch(CircleCiProvider *provider, QString workflowId, QString jobId,
              std::function<void(const Result<Gate> &)> done)
        : QObject(provider), m_provider(provider), m_workflowId(std::move(workflowId)),
          m_jobId(std::move(jobId)), m_done(std::move(done))
    {}

    void start()
    {
        const QUrl url = m_provider->apiUrl(QStringLiteral("/workflow/") + pathSegment(m_workflowId));
        m_provider->get(url, this, [this, url](const HttpResponse &response) {
            if (!response.ok()) {
                return finish(fail(m_provider->failureText(response, url)));
            }
            auto workflow = circleci::parseWorkflow(response.body);
            if (!workflow) {
                return finish(fail(url.path() + QStringLiteral(": ") + workflow.error().message));
            }
            m_workflow = *workflow;
            fetchPipeline();
        });
    }

private:
    void fetchPipeline()
    {
        const QUrl url =
            m_provider->apiUrl(QStringLiteral("/pipeline/") + pathSegment(m_workflow.pipelineId));
        m_provider->get(url, this, [this, url](const HttpResponse &response) {
            // The pipeline says what would be released (commit, branch): without it, nothing is decided.
            if (!response.ok()) {
                return finish(fail(m_provider->failureText(response, url)));
            }
            auto pipeline = circleci::parsePipeline(response.body);
            if (!pipeline) {
                return finish(fail(url.path() + QStringLiteral(": ") + pipeline.error().message));
            }
            m_pipeline = *pipeline;
            fetchJobs();
        });
    }

    void fetchJobs()
    {
        const QUrl url = m_provider->apiUrl(QStringLiteral("/workflow/") + pathSegment(m_workflowId) +
                                            QStringLiteral("/job"));
        m_provider->fetchAll<circleci::Job>(
            url, circleci::parseJobPage, this,
            [this](const Result<std::vector<circleci::Job>> &jobs, const QString &cutOff) {
                if (!jobs) {
                    return finish(fail(jobs.error().message));
                }
                if (!cutOff.isEmpty()) {
                    return finish(fail(cutOff)); // a gate is decided on its whole workflow only
                }
                for (const auto &job : *jobs) {
                    if (job.id == m_jobId) {
                        if (job.type != QLatin1String("approval")) {
                            return finish(fail(CircleText::tr("job \"%1\" is not an approval job (type %2)")
                                                   .arg(job.name, job.type)));
                        }
                        return finish(makeCircleGate(m_provider->config().name, m_pipeline, m_workflow, job,
                                                     jobStopTimes(*jobs),
                                                     m_provider->webUrl(m_pipeline, m_workflow.id)));
                    }
                }
                finish(fail(CircleText::tr("workflow %1 has no job %2").arg(m_workflowId, m_jobId)));
            });
    }

    void finish(const Result<Gate> &result)
    {
        auto done = std::move(m_done);
        deleteLater();
        done(result);
    }

    CircleCiProvider *m_provider;
    QString m_workflowId;
    QString m_jobId;
    std::function<void(const Result<Gate> &)> m_done;
    circleci::Workflow m_workflow;
    circleci::Pipeline m_pipeline;
};

void CircleCiProvider::fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done)
{
    const auto ids = parseCircleGateId(config().name, gateId);
    if (!ids) {
        done(fail(CircleText::tr("\"%1\" is not a CircleCI gate id of server %2 (expected "
                                 "%2/workflow/<workflow-id>/approval/<job-id>)")
                      .arg(gateId, config().name)));
        return;
    }
    auto *fetch = new GateFetch(this, ids->first, ids->second, std::move(done));
    fetch->start();
}

std::optional<QString> CircleCiProvider::refusal(const Gate &gate, Decision decision) const
{
    if (decision == Decision::ApproveAndRun) {
        return CircleText::tr(
            "CircleCI runs the waiting jobs on approval; there is nothing to start separately");
    }
    if (gate.status != QLatin1String("on_hold")) {
        return CircleText::tr("the approval job \"%1\" is no longer on hold (status: %2)")
            .arg(gate.name, gate.status);
    }
    if (gate.expiresAt.isValid() && gate.expiresAt < Clock::utcNow()) {
        return CircleText::tr("the approval job \"%1\" has passed CircleCI's 90-day limit").arg(gate.name);
    }
    return std::nullopt;
}

void CircleCiProvider::decide(const Gate &gate, Decision decision, const DecisionOptions &,
                              std::function<void(const DecisionOutcome &)> done)
{
    const QUrl url =
        decision != Decision::Reject
            ? apiUrl(QStringLiteral("/workflow/") + pathSegment(gate.workflowId) +
                     QStringLiteral("/approve/") +
                     pathSegment(gate.nativeApprovalRequestId.isEmpty() ? gate.nativeJobId
                                                                        : gate.nativeApprovalRequestId))
            : apiUrl(QStringLiteral("/jobs/") + pathSegment(gate.nativeJobId) + QStringLiteral("/cancel"));
    post(url, {}, this, [this, url, done = std::move(done)](const HttpResponse &response) {
        DecisionOutcome outcome = outcomeOf(response, url);
        outcome.serverMessage = circleci::parseMessage(response.body);
        if (response.ok()) {
            outcome.description = outcome.serverMessage;
        }
        done(outcome);
    });
}

void CircleCiProvider::fetchCurrentUser(std::function<void(const QString &)> done)
{
    if (!m_currentUser.isEmpty()) {
        done(m_currentUser);
        return;
    }
    get(apiUrl(QStringLiteral("/me")), this, [this, done = std::move(done)](const HttpResponse &response) {
        if (response.ok()) {
            if (auto user = circleci::parseUser(response.body)) {
                m_currentUser = user->login.isEmpty() ? user->id : user->login;
            }
        }
        done(m_currentUser);
    });
}

QString CircleCiProvider::consequence(const Gate &gate, Decision decision) const
{
    if (decision != Decision::Reject) {
        return CircleText::tr(
                   "CircleCI approves the job \"%1\" and workflow \"%2\" runs the jobs that wait on it.")
            .arg(gate.name, gate.workflow);
    }
    return CircleText::
        tr("CircleCI cancels the approval job \"%1\"; the jobs that wait on it in workflow \"%2\" never run.")
            .arg(gate.name, gate.workflow);
}

// ---------------------------------------------------------------------------------------------------

JobStopTimes jobStopTimes(const std::vector<circleci::Job> &jobs)
{
    JobStopTimes stops;
    stops.reserve(static_cast<qsizetype>(jobs.size()));
    for (const auto &job : jobs) {
        if (job.stoppedAt.isValid()) {
            stops.insert(job.id, job.stoppedAt);
        }
    }
    return stops;
}

Gate makeCircleGate(const QString &server, const circleci::Pipeline &pipeline,
                    const circleci::Workflow &workflow, const circleci::Job &job, const JobStopTimes &stops,
                    const QUrl &webUrl)
{
    Gate g;
    g.id = server + QStringLiteral("/workflow/") + workflow.id + QStringLiteral("/approval/") + job.id;
    g.server = server;
    g.provider = QStringLiteral("circleci");
    g.kind = GateKind::ApprovalJob;
    g.project = !pipeline.projectSlug.isEmpty() ? pipeline.projectSlug : workflow.projectSlug;
    g.pipelineNumber = pipeline.number != 0 ? pipeline.number : workflow.pipelineNumber;
    g.pipelineId = pipeline.id.isEmpty() ? workflow.pipelineId : pipeline.id;
    g.branch = !pipeline.branch.isEmpty() ? pipeline.branch : pipeline.tag;
    g.commitSha = pipeline.revision;
    g.commitSubject = pipeline.subject;
    g.triggeredBy = pipeline.actor;
    g.requestedBy = pipeline.actor;
    g.workflow = workflow.name;
    g.workflowId = workflow.id;
    g.name = job.name;
    g.status = job.status;
    if (job.status == QLatin1String("on_hold")) {
        g.statusText = CircleText::tr("needs approval");
    }
    // The hold began when the last job it depends on stopped; approval jobs often have no started_at.
    QDateTime since = job.startedAt;
    if (!since.isValid()) {
        for (const QString &dependency : job.dependencies) {
            const QDateTime stopped = stops.value(dependency);
            if (stopped.isValid() && (!since.isValid() || stopped > since)) {
                since = stopped;
            }
        }
    }
    g.createdAt = since.isValid() ? since : workflow.createdAt;
    g.approvals = ApprovalCount{job.status == QLatin1String("success") ? 1 : 0, 1};
    g.url = webUrl;
    g.expiresAt = workflow.createdAt.isValid() ? workflow.createdAt.addDays(kHoldLifetimeDays) : QDateTime();
    g.nativeJobId = job.id;
    g.nativeApprovalRequestId = job.approvalRequestId.isEmpty() ? job.id : job.approvalRequestId;
    return g;
}

std::optional<std::pair<QString, QString>> parseCircleGateId(const QString &server, const QString &gateId)
{
    const QString prefix = server + QStringLiteral("/workflow/");
    if (!gateId.startsWith(prefix)) {
        return std::nullopt;
    }
    const QStringList parts = gateId.mid(prefix.size()).split(u'/');
    // CircleCI's workflow and job ids are UUIDs: letters, digits and dashes. Anything else (a dot, a percent
    // sign) could make the request for it a request for another path of the same host, with the token.
    const auto plainId = [](const QString &id) {
        return !id.isEmpty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](QChar c) {
            return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-');
        });
    };
    if (parts.size() != 3 || parts[1] != QLatin1String("approval") || !plainId(parts[0]) ||
        !plainId(parts[2])) {
        return std::nullopt;
    }
    return std::pair{parts[0], parts[2]};
}

ProviderType circleci::providerType()
{
    ProviderType t;
    // CircleCI publishes no concurrency limit; its rate limit answers 429 with Retry-After, and the poll then
    // drops to two in flight (docs/VENDOR-APIS.md §1.11).
    t.maxInFlight = 32;
    t.id = QStringLiteral("circleci");
    t.displayName = QStringLiteral("CircleCI");
    t.defaultUrl = QUrl(QStringLiteral("https://circleci.com"));
    t.tokenPage = [](const QUrl &) {
        return QUrl(QStringLiteral("https://app.circleci.com/settings/user/tokens"));
    };
    t.leastPrivilege = [] {
        return QCoreApplication::translate(
            "ServerProbe", "A personal API token acts with your own rights: it lists the projects "
                           "you can see, and approves where you have push access to the repository.");
    };
    t.projectExample = [] {
        return QCoreApplication::translate("ServerProbe",
                                           "gh/org/repo, bb/org/repo or circleci/<org id>/<project id>");
    };
    t.create = [](const ServerConfig &server, const QString &token, HttpClient *http,
                  const std::optional<QSslConfiguration> &ssl, QObject *parent) -> std::unique_ptr<Provider> {
        return std::make_unique<CircleCiProvider>(server, token, http, ssl, parent);
    };
    t.credential = [](const ServerConfig &, const QString &token) {
        return QPair<QByteArray, QByteArray>{"Authorization", "Bearer " + token.toUtf8()};
    };
    t.errorMessage = [](const QByteArray &body) { return circleci::parseMessage(body); };
    t.demoServer = QStringLiteral(
        R"({ "name": "demo-circleci", "provider": "circleci", "url": "%1", "token_env": "%2",
    "projects": ["gh/acme/api", "gh/acme/web-storefront", "circleci/43G3kM5RtfFE7v5sa4nWAU/44n9pujWcTnVZ2b5S8Fnat"] })");
    t.testConnection = &circleci::testConnection;
    t.discoverProjects = &circleci::discoverProjects;
    return t;
}

} // namespace gl
