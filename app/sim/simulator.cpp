// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "simulator.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace glsim {

using json = nlohmann::json;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

std::string nowIso()
{
    return s(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

json message(const char *text)
{
    return json{{"message", text}};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Writes a whole HTTP response by hand, so that any header can be set and a body can be cut short.
void writeRaw(QTcpSocket *socket, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
              const QByteArray &body, qint64 declaredLength = -1)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[k, v] : headers) {
        head += k + ": " + v + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(declaredLength >= 0 ? declaredLength : body.size()) +
            "\r\n\r\n";
    socket->write(head);
    socket->write(body);
    if (declaredLength > body.size()) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

} // namespace

void Simulator::clearRequests()
{
    m_requests.clear();
    ++m_requestsCleared;
    for (const auto &m : m_modules) {
        m->clearRecords();
    }
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*") {
        return true;
    }
    const auto bare = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag; // weak comparison (RFC 9110 §13.1.2)
    };
    const QByteArray wanted = bare(etag);
    const QList<QByteArray> tags = ifNoneMatch.split(',');
    return std::any_of(tags.begin(), tags.end(), [&](const QByteArray &tag) { return bare(tag) == wanted; });
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    return http ? http->value(name) : QByteArray();
}

QStringList SimRequest::parts(const QString &prefix) const
{
    // Split the encoded path first, so that an encoded '/' inside a part stays in that part.
    QString encodedPrefix = QString::fromLatin1(QUrl::toPercentEncoding(prefix, "/"));
    QStringList list = rawPath.mid(rawPath.startsWith(encodedPrefix) ? encodedPrefix.size() : prefix.size())
                           .split(u'/', Qt::SkipEmptyParts);
    for (QString &part : list) {
        part = QUrl::fromPercentEncoding(part.toUtf8());
    }
    return list;
}

QString SimRequest::queryValue(const QString &key) const
{
    return QUrlQuery(query).queryItemValue(key, QUrl::FullyDecoded);
}

SimReply SimModule::faultReply(int status) const
{
    SimReply reply;
    reply.status = status;
    reply.body = {{"message", status == 429 ? "Rate limit exceeded" : "Simulated failure"}};
    return reply;
}

Simulator::Simulator(QObject *parent) : QAbstractHttpServer(parent), m_modules(createModules())
{
    connect(&m_life, &QTimer::timeout, this, &Simulator::tick);
    for (const auto &m : m_modules) {
        m->setContext(
            {[this] { return baseUrl(); }, [this] { return m_pageSize; }, [this] { return m_token; }});
    }
}

SimModule *Simulator::module(const QString &key) const
{
    for (const auto &m : m_modules) {
        if (m->key() == key) {
            return m.get();
        }
    }
    return nullptr;
}

quint16 Simulator::listenLocal(quint16 port)
{
    m_port = listen(QHostAddress(m_host), port);
    return m_port;
}

void Simulator::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    sslSetup(certificate, key);
    m_tls = true;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    return url;
}

QString Simulator::addFaults(const json &faults)
{
    if (!faults.is_array()) {
        return QStringLiteral("faults: expected an array");
    }
    // Every fault is checked before any is added: a bad list adds nothing.
    QList<Fault> parsed;
    for (std::size_t i = 0; i < faults.size(); ++i) {
        const json &f = faults[i];
        const QString at = QStringLiteral("faults[%1]").arg(i);
        if (!f.is_object()) {
            return at + QStringLiteral(": expected an object");
        }
        QString error;
        const auto text = [&](const char *key) {
            const json v = f.value(key, json());
            if (!v.is_null() && !v.is_string()) {
                error = at + QStringLiteral(".%1: expected a string").arg(QLatin1String(key));
                return QString();
            }
            return q(v);
        };
        const auto number = [&](const char *key, int fallback) {
            const json v = f.value(key, json());
            if (v.is_null()) {
                return fallback;
            }
            if (!v.is_number_integer()) {
                error = at + QStringLiteral(".%1: expected an integer").arg(QLatin1String(key));
                return fallback;
            }
            return v.get<int>();
        };
        Fault fault;
        fault.method = text("method").toLatin1();
        fault.path = text("path");
        fault.times = number("times", 1);
        fault.status = number("status", 0);
        const json retry = f.value("retry_after", json());
        fault.retryAfter =
            retry.is_number_integer() ? QByteArray::number(retry.get<int>()) : text("retry_after").toLatin1();
        fault.delayMs = number("delay_ms", 0);
        fault.body = text("body");
        fault.padBytes = number("pad_bytes", 0);
        fault.redirectTo = text("redirect_to");
        const json reset = f.value("reset", json());
        if (!reset.is_null() && !reset.is_boolean()) {
            error = at + QStringLiteral(".reset: expected true or false");
        }
        fault.reset = reset.is_boolean() && reset.get<bool>();
        if (!error.isEmpty()) {
            return error;
        }
        parsed.append(fault);
    }
    m_faults += parsed;
    return {};
}

void Simulator::setSoak(const Soak &soak)
{
    m_soak = soak;
    m_soakCounts = {};
    m_soakRandom.seed(soak.seed);
}

QString Simulator::setSoakFromJson(const json &soak)
{
    if (!soak.is_object()) {
        return QStringLiteral("soak: expected an object");
    }
    // Every field is checked before any is set: a bad one changes nothing.
    Soak parsed;
    for (const auto &item : soak.items()) {
        const QString key = QString::fromStdString(item.key());
        const json &v = item.value();
        const auto integer = [&v](qint64 max) {
            if (!v.is_number_integer()) {
                return qint64(-1);
            }
            if (v.is_number_unsigned()) {
                return v.get<quint64>() > quint64(max) ? qint64(-1) : qint64(v.get<quint64>());
            }
            return v.get<qint64>() > max ? qint64(-1) : v.get<qint64>(); // negative: -1 or below
        };
        if (key == QLatin1String("rate")) {
            if (!v.is_number() || !(v.get<double>() >= 0.0 && v.get<double>() <= 1.0)) {
                return QStringLiteral("soak.rate: expected a fraction from 0 to 1");
            }
            parsed.rate = v.get<double>();
        } else if (key == QLatin1String("seed")) {
            const qint64 seed = integer(0xffffffffLL);
            if (seed < 0) {
                return QStringLiteral("soak.seed: expected an integer from 0 to 4294967295");
            }
            parsed.seed = static_cast<quint32>(seed);
        } else if (key == QLatin1String("retry_after")) {
            const qint64 seconds = integer(86400);
            if (seconds < 0) {
                return QStringLiteral("soak.retry_after: expected a number of seconds from 0 to 86400");
            }
            parsed.retryAfterSeconds = static_cast<int>(seconds);
        } else if (key == QLatin1String("slow_ms")) {
            const qint64 ms = integer(600000);
            if (ms < 0) {
                return QStringLiteral("soak.slow_ms: expected a number of milliseconds from 0 to 600000");
            }
            parsed.slowMs = static_cast<int>(ms);
        } else {
            return QStringLiteral("soak.%1: unknown field (expected rate, seed, retry_after, slow_ms)")
                .arg(key);
        }
    }
    setSoak(parsed);
    return {};
}

QString Simulator::loadScenario(const QByteArray &scenarioJson)
{
    // A field of the wrong type ("page_size": "x") throws from nlohmann's readers: said, not thrown on.
    try {
        return loadScenarioOrThrow(scenarioJson);
    } catch (const json::exception &e) {
        return QStringLiteral("scenario: ") + QString::fromUtf8(e.what());
    }
}

QString Simulator::loadScenarioOrThrow(const QByteArray &scenarioJson)
{
    json scenario = json::parse(scenarioJson.constBegin(), scenarioJson.constEnd(), nullptr, false);
    if (!scenario.is_object()) {
        return QStringLiteral("scenario: expected a JSON object");
    }
    m_token = q(scenario.value("token", json("sim-token")));
    m_pageSize = scenario.value("page_size", 20);
    json me = scenario.value("me", json{{"login", "release-bot"}, {"name", "Release Bot"}});
    if (!me.contains("id")) {
        me["id"] = s(newId());
    }
    json state = {{"me", me}, {"projects", json::array()}};
    const json projects = scenario.value("projects", json::array());
    if (!projects.is_array()) {
        return QStringLiteral("scenario: projects: expected an array");
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &p : projects) {
        if (!p.is_object() || !p.contains("slug") || !p["slug"].is_string()) {
            return QStringLiteral("scenario: every project needs a \"slug\"");
        }
        json project = {{"slug", p["slug"]}, {"pipelines", json::array()}};
        const std::string slug = p["slug"].get<std::string>();
        qint64 number = 0;
        for (const auto &pl : p.value("pipelines", json::array())) {
            json pipeline = pl;
            if (!pipeline.contains("id")) {
                pipeline["id"] = s(newId());
            }
            number = pipeline.value("number", number + 1);
            pipeline["number"] = number;
            if (!pipeline.contains("created_at")) {
                const int ageMin = pipeline.value("age_minutes", 60);
                pipeline["created_at"] = s(now.addSecs(-60LL * ageMin).toString(Qt::ISODateWithMs));
            }
            pipeline["project_slug"] = slug;
            json workflows = json::array();
            for (const auto &wf : pipeline.value("workflows", json::array())) {
                json workflow = wf;
                if (!workflow.contains("id")) {
                    workflow["id"] = s(newId());
                }
                workflow["pipeline_id"] = pipeline["id"];
                workflow["pipeline_number"] = number;
                workflow["project_slug"] = slug;
                if (!workflow.contains("created_at")) {
                    workflow["created_at"] = pipeline["created_at"];
                }
                if (!workflow.contains("status")) {
                    workflow["status"] = "running";
                }
                json jobs = json::array();
                std::map<std::string, std::string> idByName;
                for (auto job : workflow.value("jobs", json::array())) {
                    if (!job.contains("id")) {
                        job["id"] = s(newId());
                    }
                    if (!job.contains("type")) {
                        job["type"] = "build";
                    }
                    idByName[job.value("name", std::string())] = job["id"].get<std::string>();
                    jobs.push_back(job);
                }
                // "requires" names other jobs, as in a config file; the API shows their ids.
                for (auto &job : jobs) {
                    json deps = json::array();
                    for (const auto &r : job.value("requires", json::array())) {
                        if (r.is_string() && idByName.count(r.get<std::string>())) {
                            deps.push_back(idByName[r.get<std::string>()]);
                        }
                    }
                    if (!job.contains("dependencies")) {
                        job["dependencies"] = deps;
                    }
                    job.erase("requires");
                }
                workflow["jobs"] = jobs;
                workflows.push_back(workflow);
            }
            pipeline["workflows"] = workflows;
            project["pipelines"].push_back(pipeline);
        }
        auto &list = project["pipelines"];
        std::sort(list.begin(), list.end(), [](const json &a, const json &b) {
            return a["number"].get<qint64>() > b["number"].get<qint64>();
        });
        state["projects"].push_back(project);
    }
    m_state = std::move(state);
    if (QString error = loadGitLab(scenario.value("gitlab", json())); !error.isEmpty()) {
        return error;
    }
    for (const auto &m : m_modules) {
        if (QString error = m->load(scenario.value(m->key().toStdString(), json())); !error.isEmpty()) {
            return error;
        }
    }
    m_faults.clear();
    if (scenario.contains("faults")) {
        return addFaults(scenario["faults"]);
    }
    return {};
}

int Simulator::count(const QByteArray &method, const QString &pathPart) const
{
    return static_cast<int>(
        std::count_if(m_requests.begin(), m_requests.end(), [&](const RecordedRequest &r) {
            return (method.isEmpty() || r.method == method) &&
                   (pathPart.isEmpty() || r.path.contains(pathPart));
        }));
}

namespace {

bool hasMember(const json &object, const char *name, const std::string &value)
{
    if (!object.is_object()) {
        return false;
    }
    const auto it = object.find(name);
    return it != object.end() && it->is_string() && it->get_ref<const std::string &>() == value;
}

json *element(json &array, std::size_t i)
{
    return array.is_array() && i < array.size() ? &array[i] : nullptr;
}

json *member(json &object, const char *name)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(name);
    return it == object.end() ? nullptr : &*it;
}

} // namespace

json *Simulator::placed(Kind kind, const std::string &key, const Place &place)
{
    json *projects = member(m_state, "projects");
    json *project = projects ? element(*projects, place.project) : nullptr;
    if (!project || kind == Kind::Project) {
        return project && hasMember(*project, "slug", key) ? project : nullptr;
    }
    json *pipelines = member(*project, "pipelines");
    json *pipeline = pipelines ? element(*pipelines, place.pipeline) : nullptr;
    if (!pipeline || kind == Kind::Pipeline) {
        return pipeline && hasMember(*pipeline, "id", key) ? pipeline : nullptr;
    }
    json *workflows = member(*pipeline, "workflows");
    json *workflow = workflows ? element(*workflows, place.workflow) : nullptr;
    return workflow && hasMember(*workflow, "id", key) ? workflow : nullptr;
}

json *Simulator::circleObject(Kind kind, const std::string &key, Place *place)
{
    auto &places = m_places[static_cast<int>(kind)];
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto it = places.find(key);
        if (it != places.end()) {
            if (json *found = placed(kind, key, it->second)) {
                if (place) {
                    *place = it->second;
                }
                return found;
            }
        }
        if (attempt == 0) {
            indexCircle();
        }
    }
    return nullptr;
}

void Simulator::indexCircle()
{
    for (auto &places : m_places) {
        places.clear();
    }
    json *projects = member(m_state, "projects");
    if (!projects || !projects->is_array()) {
        return;
    }
    const auto idOf = [](const json &object, const char *name) {
        const auto it = object.is_object() ? object.find(name) : object.end();
        return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (std::size_t i = 0; i < projects->size(); ++i) {
        json &project = (*projects)[i];
        m_places[static_cast<int>(Kind::Project)].emplace(idOf(project, "slug"), Place{i, 0, 0});
        json *pipelines = member(project, "pipelines");
        for (std::size_t j = 0; pipelines && pipelines->is_array() && j < pipelines->size(); ++j) {
            json &pipeline = (*pipelines)[j];
            m_places[static_cast<int>(Kind::Pipeline)].emplace(idOf(pipeline, "id"), Place{i, j, 0});
            json *workflows = member(pipeline, "workflows");
            for (std::size_t k = 0; workflows && workflows->is_array() && k < workflows->size(); ++k) {
                m_places[static_cast<int>(Kind::Workflow)].emplace(idOf((*workflows)[k], "id"),
                                                                   Place{i, j, k});
            }
        }
    }
}

json *Simulator::findWorkflow(const QString &id, json **pipelineOut, json **projectOut)
{
    Place place;
    json *workflow = circleObject(Kind::Workflow, s(id), &place);
    if (workflow) {
        json &project = m_state["projects"][place.project];
        if (pipelineOut) {
            *pipelineOut = &project["pipelines"][place.pipeline];
        }
        if (projectOut) {
            *projectOut = &project;
        }
    }
    return workflow;
}

json *Simulator::findJob(const QString &id, json **workflowOut)
{
    const std::string key = s(id);
    for (auto &project : m_state["projects"]) {
        for (auto &pipeline : project["pipelines"]) {
            for (auto &workflow : pipeline["workflows"]) {
                for (auto &job : workflow["jobs"]) {
                    if (job["id"] == key) {
                        if (workflowOut) {
                            *workflowOut = &workflow;
                        }
                        return &job;
                    }
                }
            }
        }
    }
    return nullptr;
}

QString Simulator::jobStatus(const QString &jobId) const
{
    auto *self = const_cast<Simulator *>(this);
    const json *job = self->findJob(jobId);
    return job ? q(job->value("status", json())) : QString();
}

QString Simulator::workflowStatus(const QString &workflowId) const
{
    auto *self = const_cast<Simulator *>(this);
    const json *wf = self->findWorkflow(workflowId);
    return wf ? q(wf->value("status", json())) : QString();
}

bool Simulator::setPipelineRevision(const QString &workflowId, const QString &sha)
{
    for (auto &project : m_state["projects"]) {
        for (auto &pipeline : project["pipelines"]) {
            for (const auto &workflow : pipeline["workflows"]) {
                if (q(workflow.value("id", json())) == workflowId) {
                    pipeline["revision"] = sha.toStdString();
                    return true;
                }
            }
        }
    }
    return false;
}

int Simulator::heldApprovalCount() const
{
    int n = 0;
    for (const auto &project : m_state["projects"]) {
        for (const auto &pipeline : project["pipelines"]) {
            for (const auto &workflow : pipeline["workflows"]) {
                for (const auto &job : workflow["jobs"]) {
                    n += job.value("type", "") == "approval" && job.value("status", "") == "on_hold";
                }
            }
        }
    }
    return n;
}

QStringList Simulator::heldApprovals() const
{
    QStringList out;
    for (const auto &project : m_state["projects"]) {
        for (const auto &pipeline : project["pipelines"]) {
            for (const auto &workflow : pipeline["workflows"]) {
                for (const auto &job : workflow["jobs"]) {
                    if (job.value("type", "") == "approval" && job.value("status", "") == "on_hold") {
                        out.append(q(workflow["id"]) + u'/' + q(job["id"]));
                    }
                }
            }
        }
    }
    return out;
}

// After a job changed: jobs whose dependencies all succeeded start; the workflow's status follows.
void Simulator::settleWorkflow(json &workflow)
{
    std::map<std::string, std::string> status;
    for (const auto &job : workflow["jobs"]) {
        status[job["id"].get<std::string>()] = job.value("status", "");
    }
    bool anyHold = false, anyActive = false, anyFailed = false, anyCanceled = false;
    for (auto &job : workflow["jobs"]) {
        const std::string st = job.value("status", "");
        if (st == "blocked" || st == "not_running" || st == "queued") {
            bool ready = true, dead = false;
            for (const auto &d : job["dependencies"]) {
                const std::string ds = status[d.get<std::string>()];
                ready = ready && ds == "success";
                dead = dead || ds == "canceled" || ds == "failed";
            }
            if (dead) {
                job["status"] = "canceled";
            } else if (ready) {
                job["status"] = "running";
                job["started_at"] = nowIso();
            }
        }
        const std::string now = job.value("status", "");
        anyHold = anyHold || now == "on_hold";
        anyActive =
            anyActive || now == "running" || now == "blocked" || now == "queued" || now == "not_running";
        anyFailed = anyFailed || now == "failed";
        anyCanceled = anyCanceled || now == "canceled";
    }
    std::string wf = "success";
    if (anyHold && !anyActive) {
        wf = "on_hold";
    } else if (anyActive || anyHold) {
        wf = "running";
    } else if (anyFailed) {
        wf = "failed";
    } else if (anyCanceled) {
        wf = "canceled";
    }
    workflow["status"] = wf;
    if (wf != "on_hold" && wf != "running") {
        workflow["stopped_at"] = nowIso();
    }
}

void Simulator::startLife(int tickMs, int newHoldEverySeconds)
{
    m_newHoldEveryMs = newHoldEverySeconds * 1000;
    m_holdTurn = 0;
    m_sinceNewHoldMs = 0;
    m_life.start(tickMs);
}

void Simulator::tick()
{
    for (auto &project : m_state["projects"]) {
        for (auto &pipeline : project["pipelines"]) {
            for (auto &workflow : pipeline["workflows"]) {
                bool changed = false;
                for (auto &job : workflow["jobs"]) {
                    if (job.value("status", "") == "running" && QRandomGenerator::global()->bounded(3) == 0) {
                        job["status"] = "success";
                        job["stopped_at"] = nowIso();
                        changed = true;
                    }
                }
                if (changed) {
                    settleWorkflow(workflow);
                }
            }
        }
    }
    for (const auto &m : m_modules) {
        m->tick();
    }
    if (m_newHoldEveryMs > 0) {
        m_sinceNewHoldMs += m_life.interval();
        if (m_sinceNewHoldMs >= m_newHoldEveryMs) {
            m_sinceNewHoldMs = 0;
            // Each new hold lands at one vendor in turn: CircleCI, then each module.
            const int turn = m_holdTurn++ % static_cast<int>(m_modules.size() + 1);
            if (turn == 0) {
                addHeldPipeline();
            } else {
                m_modules[static_cast<size_t>(turn - 1)]->addHold();
            }
        }
    }
}

void Simulator::addHeldPipeline()
{
    auto &projects = m_state["projects"];
    if (projects.empty()) {
        return;
    }
    auto &project = projects[QRandomGenerator::global()->bounded(static_cast<int>(projects.size()))];
    auto &pipelines = project["pipelines"];
    const qint64 number = pipelines.empty() ? 1 : pipelines[0]["number"].get<qint64>() + 1;
    static const char *const subjects[] = {"Bump dependencies", "Fix rounding in invoice totals",
                                           "Add Straße field to address form", "Tune cache TTL for /search",
                                           "Translate onboarding to 日本語"};
    static const char *const actors[] = {"zoë", "mateus", "anaïs", "kenji", "priya"};
    const auto pick = [](int n) { return QRandomGenerator::global()->bounded(n); };
    const std::string created = nowIso();
    const std::string slug = project["slug"].get<std::string>();
    json build = {{"id", s(newId())},
                  {"name", "build"},
                  {"type", "build"},
                  {"status", "success"},
                  {"job_number", 1000 + number},
                  {"started_at", created},
                  {"stopped_at", created},
                  {"dependencies", json::array()},
                  {"project_slug", slug}};
    const std::string approvalId = s(newId());
    json hold = {{"id", approvalId},
                 {"name", "hold-production"},
                 {"type", "approval"},
                 {"status", "on_hold"},
                 {"started_at", nullptr},
                 {"dependencies", json::array({build["id"]})},
                 {"approval_request_id", approvalId},
                 {"project_slug", slug}};
    json deploy = {{"id", s(newId())},      {"name", "deploy-production"},
                   {"type", "build"},       {"status", "blocked"},
                   {"started_at", nullptr}, {"dependencies", json::array({approvalId})},
                   {"project_slug", slug}};
    json pipeline = {{"id", s(newId())},
                     {"number", number},
                     {"created_at", created},
                     {"project_slug", slug},
                     {"branch", "main"},
                     {"revision", s(newId().remove(u'-'))},
                     {"subject", subjects[pick(5)]},
                     {"actor", actors[pick(5)]},
                     {"state", "created"}};
    pipeline["workflows"] = json::array({json{{"id", s(newId())},
                                              {"name", "release"},
                                              {"status", "on_hold"},
                                              {"created_at", created},
                                              {"pipeline_id", pipeline["id"]},
                                              {"pipeline_number", number},
                                              {"project_slug", slug},
                                              {"jobs", json::array({build, hold, deploy})}}});
    pipelines.insert(pipelines.begin(), pipeline);
}

// ---------------------------------------------------------------------------------------------------

bool Simulator::authorized(const QHttpServerRequest &request) const
{
    const QByteArray expected = m_token.toUtf8();
    const QByteArray auth = request.value("Authorization");
    if (auth == "Bearer " + expected) {
        return true;
    }
    if (auth.startsWith("Basic ")) { // token as user name, empty password (legacy)
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6));
        if (decoded == expected + ':' || decoded == expected) {
            return true;
        }
    }
    return request.value("Circle-Token") == expected || request.value("PRIVATE-TOKEN") == expected;
}

std::optional<Fault> Simulator::takeFault(const QByteArray &method, const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if ((f.method.isEmpty() || f.method == method) && (f.path.isEmpty() || path.contains(f.path))) {
            Fault taken = f;
            if (f.times > 0 && --f.times == 0) {
                m_faults.removeAt(i);
            }
            return taken;
        }
    }
    return std::nullopt;
}

QString Simulator::drawSoakFault()
{
    if (m_soak.rate <= 0) {
        return {};
    }
    if (m_soakRandom.generateDouble() >= m_soak.rate) {
        return {};
    }
    static const char *const kinds[] = {"500", "502", "503", "429", "reset", "truncated", "html", "slow"};
    const int count = m_soak.slowMs > 0 ? 8 : 7; // "slow" last: left out when there is no slowness
    return QString::fromLatin1(kinds[m_soakRandom.bounded(count)]);
}

// The soak mode's fault of this kind, as an explicit fault of the same kind would be written, counted.
Fault Simulator::soakFault(const QString &kind)
{
    Fault fault;
    if (kind == QLatin1String("500")) {
        fault.status = 500;
        ++m_soakCounts.status500;
    } else if (kind == QLatin1String("502")) {
        fault.status = 502;
        ++m_soakCounts.status502;
    } else if (kind == QLatin1String("503")) {
        fault.status = 503;
        ++m_soakCounts.status503;
    } else if (kind == QLatin1String("429")) {
        fault.status = 429;
        fault.retryAfter = QByteArray::number(m_soak.retryAfterSeconds);
        ++m_soakCounts.status429;
    } else if (kind == QLatin1String("reset")) {
        fault.reset = true;
        ++m_soakCounts.reset;
    } else if (kind == QLatin1String("truncated")) {
        fault.body = kind;
        ++m_soakCounts.truncated;
    } else if (kind == QLatin1String("html")) {
        fault.body = kind;
        ++m_soakCounts.html;
    } else if (kind == QLatin1String("slow")) {
        fault.delayMs = m_soak.slowMs;
        ++m_soakCounts.slow;
    }
    ++m_soakCounts.total;
    return fault;
}

bool Simulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static const QHash<QHttpServerRequest::Method, QByteArray> methods = {
        {QHttpServerRequest::Method::Get, "GET"},   {QHttpServerRequest::Method::Post, "POST"},
        {QHttpServerRequest::Method::Put, "PUT"},   {QHttpServerRequest::Method::Delete, "DELETE"},
        {QHttpServerRequest::Method::Head, "HEAD"}, {QHttpServerRequest::Method::Patch, "PATCH"}};
    const QByteArray method = methods.value(request.method(), "OTHER");
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QString rawPath = request.url().path(QUrl::FullyEncoded);
    if (path.startsWith(QLatin1String("/_sim/"))) {
        // Control endpoints for a simulator run on its own (`greenlight sim`); not recorded, no faults.
        const Reply reply = control(method, path, request.body());
        writeRaw(socket, reply.status, {{"Content-Type", "application/json"}},
                 QByteArray::fromStdString(reply.body.dump()));
        return true;
    }
    RecordedRequest rec{method,
                        path,
                        request.url().query(QUrl::FullyEncoded),
                        request.value("Authorization"),
                        request.value("Circle-Token"),
                        request.value("PRIVATE-TOKEN"),
                        request.body(),
                        QDateTime::currentDateTimeUtc(),
                        m_heldBack,
                        {},
                        {}};

    // An explicit fault first; else, in soak mode, maybe one of its own. The soak mode draws for every API
    // request, faulted explicitly or not, so that its sequence follows the requests alone. A soak fault is
    // a Fault like any other and goes the same way below; for a POST (a decision) that means what it means
    // for an explicit fault: a status (500, 502, 503, 429) answers *instead of* carrying the request out
    // (nothing is decided), while a reset, a truncated or HTML body and a slow answer come *after* it was
    // carried out (decided, but the client does not hear so, or hears late).
    std::optional<Fault> fault = takeFault(method, path);
    if (const QString kind = drawSoakFault(); !kind.isEmpty() && !fault) {
        fault = soakFault(kind);
        rec.soakFault = kind;
    }
    m_requests.append(rec);
    const qsizetype recordIndex = m_requests.size() - 1;
    const int recordGeneration = m_requestsCleared;
    QPointer<QTcpSocket> sock(socket);
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    int status = 200;
    QByteArray body;

    if (fault && !fault->redirectTo.isEmpty()) {
        QByteArray location = fault->redirectTo.toUtf8() + rawPath.toUtf8();
        if (!rec.query.isEmpty()) {
            location += '?' + rec.query.toUtf8();
        }
        status = 307;
        headers = {{"Location", location}};
    } else if (fault && fault->status != 0 && !moduleFor(path)) {
        status = fault->status;
        body = QByteArray::fromStdString(
            message(status == 429 ? "Rate limit exceeded" : "Simulated failure").dump());
    } else if (SimModule *m = moduleFor(path)) {
        const SimRequest req{method, path, rawPath, rec.query, rec.body, &request};
        SimReply reply = fault && fault->status != 0 ? m->faultReply(fault->status)
                         : m->authorized(req)        ? m->route(req)
                                                     : m->unauthorized(req);
        status = reply.status;
        if (reply.raw) {
            body = *reply.raw;
            headers[0] = {"Content-Type", reply.contentType};
        } else {
            body = QByteArray::fromStdString(reply.body.dump());
        }
        headers += reply.headers;
    } else if (!authorized(request)) {
        status = 401;
        body = QByteArray::fromStdString(message("You must log in first.").dump());
    } else {
        const bool gitlab = rawPath.startsWith(QLatin1String("/api/v4/"));
        const Reply reply = gitlab ? gitlabRoute(method, gitlabParts(rawPath), rec.query, rec.body)
                                   : route(method, path, rec.query);
        status = reply.status;
        body = QByteArray::fromStdString(reply.body.dump());
        headers += reply.headers;
        // GitLab's answers go through Rails' Rack::ETag and Rack::ConditionalGet: a weak ETag on every 2xx
        // GET, and 304 with no body when If-None-Match names it. A scenario can say "etags": false for a
        // server (or a proxy in front of it) that sends none.
        if (gitlab && method == "GET" && status >= 200 && status < 300 && m_gitlab.value("etags", true)) {
            const QByteArray etag =
                "W/\"" + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex() + '"';
            headers.append({"ETag", etag});
            if (const QByteArray asked = request.value("If-None-Match");
                !asked.isEmpty() && etagMatches(asked, etag)) {
                status = 304;
                body.clear();
            }
        }
    }
    if (fault && !fault->retryAfter.isEmpty()) {
        headers.append({"Retry-After", fault->retryAfter});
    }
    qint64 declared = -1;
    if (fault) {
        if (fault->body == QLatin1String("truncated")) {
            declared = body.size();
            body = body.left(body.size() / 2);
        } else if (fault->body == QLatin1String("not_json")) {
            body = "Service temporarily unavailable. Please try again.";
            headers[0] = {"Content-Type", "text/plain"};
        } else if (fault->body == QLatin1String("html")) {
            body = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                   "Gateway</h1></body></html>";
            headers[0] = {"Content-Type", "text/html"};
        } else if (fault->body == QLatin1String("empty")) {
            body.clear();
        }
        if (fault->padBytes > 0) {
            body.append(QByteArray(fault->padBytes, ' '));
        }
    }
    m_requests[recordIndex].status = status;
    Q_EMIT requestServed(method, path, status);

    auto send = [this, recordIndex, recordGeneration, sock, status, headers, body, declared,
                 reset = fault && fault->reset] {
        if (recordGeneration == m_requestsCleared && recordIndex < m_requests.size()) {
            m_requests[recordIndex].answered = QDateTime::currentDateTimeUtc();
        }
        if (!sock) {
            return;
        }
        if (reset) {
            sock->abort();
            return;
        }
        writeRaw(sock, status, headers, body, declared);
    };
    const int delay = m_latencyMs + (fault ? fault->delayMs : 0);
    if (delay > 0) {
        m_maxHeldBack = std::max(m_maxHeldBack, ++m_heldBack);
        QTimer::singleShot(delay, this, [this, send] {
            --m_heldBack;
            send();
        });
    } else {
        send();
    }
    return true;
}

void Simulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeRaw(socket, 404, {{"Content-Type", "application/json"}}, R"({"message":"Not found"})");
}

SimModule *Simulator::moduleFor(const QString &path) const
{
    for (const auto &m : m_modules) {
        if (path.startsWith(m->prefix())) {
            return m.get();
        }
    }
    return nullptr;
}

Simulator::Reply Simulator::page(const json &items, const QString &kind, const QString &pageToken)
{
    int offset = 0;
    if (!pageToken.isEmpty()) {
        const QByteArray decoded =
            QByteArray::fromBase64(pageToken.toLatin1(), QByteArray::Base64UrlEncoding);
        const QList<QByteArray> parts = decoded.split(':');
        bool ok = false;
        if (parts.size() == 2 && parts[0] == kind.toLatin1()) {
            offset = parts[1].toInt(&ok);
        }
        if (!ok || offset < 0) {
            return {400, message("Invalid page-token."), {}};
        }
    }
    json out = {{"items", json::array()}, {"next_page_token", nullptr}};
    const int total = static_cast<int>(items.size());
    for (int i = offset; i < std::min(total, offset + m_pageSize); ++i) {
        out["items"].push_back(items[i]);
    }
    if (offset + m_pageSize < total || (m_repeatPageToken && offset > 0)) {
        const int next = m_repeatPageToken ? m_pageSize : offset + m_pageSize;
        const QByteArray token = kind.toLatin1() + ':' + QByteArray::number(next);
        out["next_page_token"] =
            token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
    }
    return {200, out, {}};
}

namespace {

json pipelineView(const json &p)
{
    json vcs = {
        {"provider_name", "GitHub"},
        {"origin_repository_url", "https://github.com/" + p["project_slug"].get<std::string>().substr(3)},
        {"target_repository_url", "https://github.com/" + p["project_slug"].get<std::string>().substr(3)},
        {"revision", p.value("revision", "0000000000000000000000000000000000000000")},
        {"commit", {{"subject", p.value("subject", "")}, {"body", ""}}}};
    if (p.contains("tag")) {
        vcs["tag"] = p["tag"];
    } else {
        vcs["branch"] = p.value("branch", "main");
    }
    return {{"id", p["id"]},
            {"errors", json::array()},
            {"project_slug", p["project_slug"]},
            {"updated_at", p["created_at"]},
            {"number", p["number"]},
            {"state", p.value("state", "created")},
            {"created_at", p["created_at"]},
            {"trigger",
             {{"type", "webhook"},
              {"received_at", p["created_at"]},
              {"actor", {{"login", p.value("actor", "ci-user")}, {"avatar_url", nullptr}}}}},
            {"vcs", vcs}};
}

json workflowView(const json &w, const json &me)
{
    return {{"pipeline_id", w["pipeline_id"]},
            {"id", w["id"]},
            {"name", w.value("name", "workflow")},
            {"project_slug", w["project_slug"]},
            {"status", w["status"]},
            {"started_by", me["id"]},
            {"pipeline_number", w["pipeline_number"]},
            {"created_at", w["created_at"]},
            {"stopped_at", w.value("stopped_at", json())}};
}

json jobView(const json &j, const std::string &slug)
{
    json v = {{"dependencies", j.value("dependencies", json::array())},
              {"id", j["id"]},
              {"name", j.value("name", "job")},
              {"project_slug", slug},
              {"status", j.value("status", "success")},
              {"type", j["type"]},
              {"started_at", j.value("started_at", json())}};
    for (const char *optional : {"job_number", "stopped_at", "approved_by", "canceled_by"}) {
        if (j.contains(optional)) {
            v[optional] = j[optional];
        }
    }
    if (j["type"] == "approval") {
        v["approval_request_id"] = j.value("approval_request_id", j["id"]);
    }
    return v;
}

} // namespace

Simulator::Reply Simulator::control(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (path == QLatin1String("/_sim/requests") && method == "GET") {
        json list = json::array();
        for (const auto &r : std::as_const(m_requests)) {
            list.push_back({{"method", r.method.toStdString()},
                            {"path", s(r.path)},
                            {"query", s(r.query)},
                            {"authorized_with", r.authorization.isEmpty()
                                                    ? (r.circleToken.isEmpty() ? "" : "Circle-Token")
                                                    : r.authorization.split(' ').value(0).toStdString()},
                            {"time", s(r.time.toString(Qt::ISODateWithMs))},
                            {"soak_fault", s(r.soakFault)}});
        }
        return {200, {{"count", list.size()}, {"requests", list}}, {}};
    }
    if (path == QLatin1String("/_sim/requests") && method == "DELETE") {
        clearRequests();
        return {200, message("Cleared."), {}};
    }
    if (path == QLatin1String("/_sim/faults") && method == "POST") {
        const json faults = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        if (const QString error = addFaults(faults); !error.isEmpty()) {
            return {400, {{"message", s(error)}}, {}};
        }
        return {200, {{"faults", m_faults.size()}}, {}};
    }
    if (path == QLatin1String("/_sim/faults") && method == "DELETE") {
        m_faults.clear();
        return {200, message("Cleared."), {}};
    }
    if (path == QLatin1String("/_sim/soak") && method == "POST") {
        // {"rate":0.2,"seed":7,"retry_after":1,"slow_ms":0}; rate 0 (or {}) switches the soak mode off.
        const json soak = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        if (const QString error = setSoakFromJson(soak); !error.isEmpty()) {
            return {400, {{"message", s(error)}}, {}};
        }
        return {200, {{"rate", m_soak.rate}, {"seed", m_soak.seed}}, {}};
    }
    if (path == QLatin1String("/_sim/soak") && method == "GET") {
        return {200,
                {{"rate", m_soak.rate},
                 {"seed", m_soak.seed},
                 {"retry_after", m_soak.retryAfterSeconds},
                 {"slow_ms", m_soak.slowMs},
                 {"counts",
                  {{"500", m_soakCounts.status500},
                   {"502", m_soakCounts.status502},
                   {"503", m_soakCounts.status503},
                   {"429", m_soakCounts.status429},
                   {"reset", m_soakCounts.reset},
                   {"truncated", m_soakCounts.truncated},
                   {"html", m_soakCounts.html},
                   {"slow", m_soakCounts.slow},
                   {"total", m_soakCounts.total}}}},
                {}};
    }
    if (path == QLatin1String("/_sim/holds") && method == "POST") {
        // {"vendor": "github"} adds the hold at that module; without it, at CircleCI.
        const json request = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        const QString vendor = request.is_object() ? q(request.value("vendor", json())) : QString();
        if (vendor.isEmpty() || vendor == QLatin1String("circleci")) {
            addHeldPipeline();
        } else if (SimModule *m = module(vendor)) {
            m->addHold();
        } else {
            return {400, {{"message", "unknown vendor: " + s(vendor)}}, {}};
        }
        return {200, {{"held", heldApprovalCount()}}, {}};
    }
    return {404, message("Unknown control endpoint"), {}};
}

// GitLab names projects by URL-encoded path ("acme%2Fapi"): split first, decode each part after.
QStringList Simulator::gitlabParts(const QString &rawPath)
{
    QStringList parts = rawPath.mid(8).split(u'/', Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = QUrl::fromPercentEncoding(part.toUtf8());
    }
    return parts;
}

Simulator::Reply Simulator::route(const QByteArray &method, const QString &path, const QString &rawQuery)
{
    // API v1.1's list of followed projects: the only list of a user's projects CircleCI offers.
    if (path == QLatin1String("/api/v1.1/projects") && method == "GET") {
        json items = json::array();
        for (const auto &project : m_state["projects"]) {
            const QStringList slug = QString::fromStdString(project["slug"].get<std::string>()).split(u'/');
            const bool github = slug.value(0) == QLatin1String("gh");
            if (slug.size() != 3 || (!github && slug.value(0) != QLatin1String("bb"))) {
                continue; // an opaque circleci/<org>/<project> slug has no VCS address
            }
            const std::string host = github ? "https://github.com/" : "https://bitbucket.org/";
            items.push_back({{"vcs_url", host + s(slug[1]) + "/" + s(slug[2])},
                             {"vcs_type", github ? "github" : "bitbucket"},
                             {"username", s(slug[1])},
                             {"reponame", s(slug[2])},
                             {"followed", true}});
        }
        return {200, items, {}};
    }
    if (!path.startsWith(QLatin1String("/api/v2/"))) {
        return {404, message("Not found"), {}};
    }
    const QStringList parts = path.mid(8).split(u'/', Qt::SkipEmptyParts);
    const QString pageToken =
        QUrlQuery(rawQuery).queryItemValue(QStringLiteral("page-token"), QUrl::FullyDecoded);
    if (method == "GET") {
        return circleGet(parts, pageToken);
    }
    if (method == "POST") {
        return circlePost(parts);
    }
    return {405, message("Method not allowed"), {}};
}

Simulator::Reply Simulator::circleGet(const QStringList &parts, const QString &pageToken)
{
    const json &me = m_state["me"];
    if (parts == QStringList{QStringLiteral("me")}) {
        return {200, me, {}};
    }
    // /project/<slug…>/pipeline: the slug keeps its slashes (or arrives escaped and is decoded).
    if (parts.size() >= 3 && parts.first() == QLatin1String("project") &&
        parts.last() == QLatin1String("pipeline")) {
        const std::string slug = s(parts.mid(1, parts.size() - 2).join(u'/'));
        if (const json *project = circleObject(Kind::Project, slug)) {
            json items = json::array();
            for (const auto &p : (*project)["pipelines"]) {
                items.push_back(pipelineView(p));
            }
            return page(items, QStringLiteral("pipeline/") + QString::fromStdString(slug), pageToken);
        }
        return {404, message("Project not found"), {}};
    }
    if (parts.size() >= 2 && parts[0] == QLatin1String("pipeline")) {
        if (const json *p = circleObject(Kind::Pipeline, s(parts[1]))) {
            if (parts.size() == 2) {
                return {200, pipelineView(*p), {}};
            }
            if (parts.size() == 3 && parts[2] == QLatin1String("workflow")) {
                json items = json::array();
                for (const auto &w : (*p)["workflows"]) {
                    items.push_back(workflowView(w, me));
                }
                return page(items, QStringLiteral("workflow/") + parts[1], pageToken);
            }
        }
        return {404, message("Pipeline not found"), {}};
    }
    if (parts.size() >= 2 && parts[0] == QLatin1String("workflow")) {
        json *workflow = findWorkflow(parts[1]);
        if (!workflow) {
            return {404, message("Workflow not found"), {}};
        }
        if (parts.size() == 2) {
            return {200, workflowView(*workflow, me), {}};
        }
        if (parts.size() == 3 && parts[2] == QLatin1String("job")) {
            json items = json::array();
            for (const auto &j : (*workflow)["jobs"]) {
                items.push_back(jobView(j, (*workflow)["project_slug"].get<std::string>()));
            }
            return page(items, QStringLiteral("job/") + parts[1], pageToken);
        }
    }
    return {404, message("Not found"), {}};
}

Simulator::Reply Simulator::circlePost(const QStringList &parts)
{
    const json &me = m_state["me"];
    // POST /workflow/{id}/approve/{approval_request_id}
    if (parts.size() == 4 && parts[0] == QLatin1String("workflow") && parts[2] == QLatin1String("approve")) {
        json *workflow = findWorkflow(parts[1]);
        if (!workflow) {
            return {404, message("Workflow not found"), {}};
        }
        for (auto &job : (*workflow)["jobs"]) {
            if (job["type"] == "approval" && job.value("approval_request_id", job["id"]) == s(parts[3])) {
                if (job.value("status", "") != "on_hold") {
                    return {400, message("Job is not on hold"), {}};
                }
                job["status"] = "success";
                job["approved_by"] = me["id"];
                job["started_at"] = nowIso();
                job["stopped_at"] = nowIso();
                settleWorkflow(*workflow);
                return {202, message("Accepted."), {}};
            }
        }
        return {404, message("Approval request not found"), {}};
    }
    // POST /jobs/{job-id}/cancel
    if (parts.size() == 3 && parts[0] == QLatin1String("jobs") && parts[2] == QLatin1String("cancel")) {
        json *workflow = nullptr;
        json *job = findJob(parts[1], &workflow);
        if (!job) {
            return {404, message("Job not found"), {}};
        }
        const std::string st = job->value("status", "");
        if (st != "on_hold" && st != "running" && st != "queued" && st != "blocked") {
            return {400, message("Job is not running"), {}};
        }
        (*job)["status"] = "canceled";
        (*job)["canceled_by"] = me["id"];
        (*job)["stopped_at"] = nowIso();
        settleWorkflow(*workflow);
        return {200, message("Job cancelled successfully"), {}};
    }
    // POST /workflow/{id}/cancel
    if (parts.size() == 3 && parts[0] == QLatin1String("workflow") && parts[2] == QLatin1String("cancel")) {
        json *workflow = findWorkflow(parts[1]);
        if (!workflow) {
            return {404, message("Workflow not found"), {}};
        }
        for (auto &job : (*workflow)["jobs"]) {
            const std::string st = job.value("status", "");
            if (st == "on_hold" || st == "running" || st == "blocked" || st == "queued") {
                job["status"] = "canceled";
            }
        }
        settleWorkflow(*workflow);
        return {202, message("Accepted."), {}};
    }
    return {404, message("Not found"), {}};
}

} // namespace glsim
