// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/jenkins/jenkinsprovider.h"

#include "clock.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace gl {

namespace {

struct JenkinsText
{
    Q_DECLARE_TR_FUNCTIONS(JenkinsProvider)
};

bool validInputId(const QString &id)
{
    if (id.isEmpty() || id.size() > 200 || id == QLatin1String(".") || id == QLatin1String("..")) {
        return false;
    }
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.') {
            return false;
        }
    }
    return true;
}

QString gateIdFor(const QString &server, const QString &jobPath, qint64 build, const QString &input)
{
    return server + u'/' + jobPath + u'/' + QString::number(build) + QStringLiteral("/input/") + input;
}

// An error page's words, less Jetty's heading that only repeats the status ("HTTP ERROR 401 Unauthorized").
QString errorMessageOf(const QByteArray &body)
{
    static const QRegularExpression statusOnly(
        QStringLiteral("^HTTP ERROR \\d{3}( (Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|"
                       "Internal Server Error|Server Error|Bad Gateway|Service Unavailable))?$"));
    const QString text = jenkins::errorText(body);
    return statusOnly.match(text).hasMatch() ? QString() : text;
}

// The branch as people name it: the git plugin's "refs/remotes/origin/main" or "refs/heads/main" is "main".
QString shortBranch(const QString &branch)
{
    if (branch.startsWith(QLatin1String("refs/heads/"))) {
        return branch.mid(11);
    }
    if (branch.startsWith(QLatin1String("refs/remotes/"))) {
        const qsizetype slash = branch.indexOf(u'/', 13); // after the remote's name
        if (slash > 13 && slash + 1 < branch.size()) {
            return branch.mid(slash + 1);
        }
    }
    return branch;
}

} // namespace

std::optional<JenkinsGateId> parseJenkinsGateId(const QString &server, const QString &gateId)
{
    const QString prefix = server + u'/';
    if (!gateId.startsWith(prefix)) {
        return std::nullopt;
    }
    const QStringList parts = gateId.mid(prefix.size()).split(u'/');
    // job/<a>(/job/<b>)*/<build>/input/<id>
    if (parts.size() < 5 || parts.size() % 2 == 0 || parts[parts.size() - 2] != QLatin1String("input")) {
        return std::nullopt;
    }
    QStringList segments;
    for (qsizetype i = 0; i + 3 < parts.size(); i += 2) {
        const QString segment = QUrl::fromPercentEncoding(parts[i + 1].toUtf8());
        if (parts[i] != QLatin1String("job") || segment.isEmpty() || segment == QLatin1String(".") ||
            segment == QLatin1String("..") || segment.contains(u'/')) {
            return std::nullopt;
        }
        segments.append(segment);
    }
    JenkinsGateId id;
    id.job = segments.join(u'/');
    bool ok = false;
    id.build = parts[parts.size() - 3].toLongLong(&ok);
    id.input = parts.last();
    if (!ok || id.build <= 0 || !validInputId(id.input)) {
        return std::nullopt;
    }
    // The id must be the one this job path makes (one spelling per gate).
    const auto path = jenkins::jobUrlPath(id.job);
    if (!path || gateIdFor(server, *path, id.build, id.input) != gateId) {
        return std::nullopt;
    }
    return id;
}

// ---------------------------------------------------------------------------------------------------
// One poll: who I am, then the configured jobs one after another.
class JenkinsProvider::PollRun final : public ProviderPoll
{
public:
    explicit PollRun(JenkinsProvider *p) : ProviderPoll(p), m_p(p) {}

    void start() override
    {
        m_p->ensureMe(this, [this](const QString &error) {
            if (!error.isEmpty()) {
                everyProjectFailed(error); // without knowing who I am, every job fails the same way
                return finishWith({});
            }
            // Each job's requests go one after another; several jobs are read side by side.
            const QStringList &jobs = m_p->config().projects;
            m_work.resize(static_cast<std::size_t>(jobs.size()));
            for (qsizetype i = 0; i < jobs.size(); ++i) {
                m_work[static_cast<std::size_t>(i)].job = jobs.at(i);
                enqueue([this, i] { readJob(static_cast<std::size_t>(i)); });
            }
            pump();
        });
    }

private:
    // What one job's reading has gathered.
    struct Work
    {
        QString job;
        QString path;
        bool read = false;
        std::vector<std::pair<qint64, QStringList>> paused; // build number, the stages it waits in
        Gates gates;
    };

    void readJob(std::size_t i)
    {
        Work &w = m_work[i];
        const auto path = jenkins::jobUrlPath(w.job);
        if (!path) {
            return jobFailed(i, path.error().message);
        }
        w.path = *path;
        const QUrl url = m_p->rootUrl(w.path + QStringLiteral("/wfapi/runs"));
        m_p->get(url, this, [this, i, url](const HttpResponse &r) {
            if (!r.ok()) {
                return jobFailed(i, m_p->failureText(r, url));
            }
            auto runs = jenkins::parseRuns(r.body);
            if (!runs) {
                return jobFailed(i, url.path() + QStringLiteral(": ") + runs.error().message);
            }
            Work &work = m_work[i];
            for (const auto &run : *runs) {
                bool ok = false;
                const qint64 number = run.id.toLongLong(&ok);
                if (run.status == QLatin1String("PAUSED_PENDING_INPUT") && ok && number > 0) {
                    work.paused.push_back({number, run.pausedStages});
                }
            }
            nextBuild(i, 0);
        });
    }

    void nextBuild(std::size_t i, std::size_t next)
    {
        Work &w = m_work[i];
        if (next >= w.paused.size()) {
            w.read = true;
            w.paused.clear();
            return taskDone();
        }
        const qint64 number = w.paused[next].first;
        const QStringList stages = w.paused[next].second;
        m_p->readBuild(w.job, w.path, number, stages, this, [this, i, next](const Result<Gates> &gates) {
            if (!gates) {
                return jobFailed(i, gates.error().message);
            }
            Work &work = m_work[i];
            work.gates.insert(work.gates.end(), gates->begin(), gates->end());
            nextBuild(i, next + 1);
        });
    }

    void jobFailed(std::size_t i, const QString &error)
    {
        Work &w = m_work[i];
        projectFailed(w.job, error);
        w.gates.clear();
        w.paused.clear();
        taskDone();
    }

    // Every job read (or failed): the gates, in the configuration's order.
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

    JenkinsProvider *m_p;
    std::vector<Work> m_work; // one per configured job, in order
};

// ---------------------------------------------------------------------------------------------------

JenkinsProvider::JenkinsProvider(ServerConfig server, QString token, HttpClient *http,
                                 std::optional<QSslConfiguration> ssl, QObject *parent)
    : HttpProvider(QStringLiteral("jenkins"), std::move(server), std::move(token), http, std::move(ssl),
                   parent)
{
    // Who I am, my groups and a CSRF crumb; one build (its runs and pending inputs are listings).
    // A job may be called "me" or "2024": its own path has /job/ before the name.
    setEndpointPaths(QStringLiteral("(?<!/job)/(me|whoAmI|crumbIssuer)/api/json$"),
                     QStringLiteral("(?<!/job)/[0-9]+/api/json$"));
}

ProviderPoll *JenkinsProvider::createPoll()
{
    return new PollRun(this);
}

QUrl JenkinsProvider::rootUrl(const QString &encodedPath, const QList<QPair<QString, QString>> &query) const
{
    return apiUrlFor(config().url, QString(), u'/' + encodedPath, query);
}

QString JenkinsProvider::failureHint(const HttpResponse &r) const
{
    if (r.status == 401 || r.status == 403) {
        // Jenkins answers a wrong API token with 401, and a request it takes as anonymous with 403.
        const QString token = config().tokenEnv.isEmpty()
                                  ? JenkinsText::tr("the server's token")
                                  : JenkinsText::tr("the token in %1").arg(config().tokenEnv);
        if (r.status == 401) {
            return JenkinsText::tr(" (Jenkins did not accept the user \"%1\" with this API token: check the "
                                   "user name and %2)")
                .arg(config().user, token);
        }
        if (r.header("x-you-are-authenticated-as") == "anonymous") {
            return JenkinsText::tr(" (Jenkins took the request as anonymous, not as the user \"%1\": check "
                                   "the user name and %2)")
                .arg(config().user, token);
        }
        const QByteArray permission = r.header("x-required-permission");
        if (!permission.isEmpty()) {
            return JenkinsText::tr(" (the user \"%1\" lacks the permission %2)")
                .arg(config().user, QString::fromLatin1(permission));
        }
    }
    return HttpProvider::failureHint(r);
}

void JenkinsProvider::ensureMe(QObject *context, std::function<void(const QString &)> done)
{
    if (m_meKnown) {
        return done({});
    }
    const QUrl url = rootUrl(QStringLiteral("me/api/json"));
    get(url, context, [this, url, context, done = std::move(done)](const HttpResponse &r) {
        if (!r.ok()) {
            return done(failureText(r, url));
        }
        auto me = jenkins::parseMe(r.body);
        if (!me) {
            return done(url.path() + QStringLiteral(": ") + me.error().message);
        }
        m_me = me->id;
        // The groups, where Jenkins lists them (whoAmI): a submitter list may name a group I am in.
        const QUrl whoUrl = rootUrl(QStringLiteral("whoAmI/api/json"));
        get(whoUrl, context, [this, done](const HttpResponse &who) {
            if (who.ok()) {
                if (auto authorities = jenkins::parseAuthorities(who.body)) {
                    m_authorities = *authorities;
                }
            }
            m_meKnown = true;
            done({});
        });
    });
}

void JenkinsProvider::fetchCurrentUser(std::function<void(const QString &)> done)
{
    ensureMe(this, [this, done = std::move(done)](const QString &) { done(m_me); });
}

void JenkinsProvider::readBuild(const QString &job, const QString &jobPath, qint64 number,
                                const QStringList &stages, QObject *context,
                                const std::function<void(const Result<Gates> &)> &done)
{
    const QString run = jobPath + u'/' + QString::number(number);
    const QUrl pendingUrl = rootUrl(run + QStringLiteral("/wfapi/pendingInputActions"));
    get(pendingUrl, context,
        [this, job, jobPath, stages, run, pendingUrl, context, done](const HttpResponse &r) {
            if (!r.ok()) {
                return done(fail(failureText(r, pendingUrl)));
            }
            auto inputs = jenkins::parsePendingInputActions(r.body);
            if (!inputs) {
                return done(fail(pendingUrl.path() + QStringLiteral(": ") + inputs.error().message));
            }
            if (inputs->empty()) {
                return done(Gates{});
            }
            const QUrl buildUrl = rootUrl(run + QStringLiteral("/api/json"));
            get(buildUrl, context,
                [this, job, jobPath, stages, buildUrl, inputs = *inputs, done](const HttpResponse &b) {
                    if (!b.ok()) {
                        return done(fail(failureText(b, buildUrl)));
                    }
                    auto build = jenkins::parseBuild(b.body);
                    if (!build) {
                        return done(fail(buildUrl.path() + QStringLiteral(": ") + build.error().message));
                    }
                    Gates gates;
                    for (const auto &input : inputs) {
                        if (validInputId(input.id)) {
                            gates.push_back(makeGate(job, jobPath, *build, input, stages));
                        }
                    }
                    done(gates);
                });
        });
}

Gate JenkinsProvider::makeGate(const QString &job, const QString &jobPath, const jenkins::Build &build,
                               const jenkins::PendingInput &input, const QStringList &stages) const
{
    Gate g;
    g.id = gateIdFor(config().name, jobPath, build.number, input.id);
    g.server = config().name;
    g.provider = QStringLiteral("jenkins");
    g.kind = GateKind::Input;
    g.project = job;
    g.scope = job;
    g.pipelineNumber = build.number;
    g.pipelineId = QString::number(build.number);
    g.branch = shortBranch(build.branch);
    g.commitSha = build.sha;
    g.triggeredBy = g.requestedBy = build.causeUserName.isEmpty() ? build.causeUserId : build.causeUserName;
    // The stage it waits in, as Stage View shows it ("Deploy"); the job's own name only when wfapi named
    // none (the project above already ends with it).
    g.workflow = stages.isEmpty() ? job.section(u'/', -1) : stages.join(QStringLiteral(", "));
    g.name = input.message.isEmpty() ? input.id : input.message;
    g.status = QStringLiteral("waiting");
    g.statusText = JenkinsText::tr("waiting for input");
    g.createdAt = build.timestamp;
    g.approvals = ApprovalCount{0, 1};
    // The submitters the build's InputAction lists, where Jenkins exports them.
    bool submittersKnown = false;
    for (const auto &execution : build.inputs) {
        if (execution.id == input.id) {
            submittersKnown = true;
            g.reviewers = execution.submitters;
            if (execution.settled) {
                g.status = QStringLiteral("answered");
            }
        }
    }
    if (!g.reviewers.isEmpty()) {
        bool mine = false;
        for (const QString &who : std::as_const(g.reviewers)) {
            mine = mine || who.compare(m_me, Qt::CaseInsensitive) == 0 ||
                   m_authorities.contains(who, Qt::CaseInsensitive);
        }
        g.canApprove = mine;
        if (!mine) {
            g.cannotApproveReason = JenkinsText::tr("Jenkins lets only %1 answer this input (you are %2)")
                                        .arg(g.reviewers.join(QStringLiteral(", ")), m_me);
        }
    }
    for (const auto &p : input.parameters) {
        g.parameters.push_back({p.name, p.type, p.description, p.defaultValue, p.choices});
    }
    if (submittersKnown && g.reviewers.isEmpty()) { // no submitters: Jenkins leaves it to the job's builders
        g.details.append(
            {JenkinsText::tr("Who may decide"), JenkinsText::tr("anyone with Job/Build on this job")});
    }
    if (!input.proceedText.isEmpty()) {
        g.details.append({JenkinsText::tr("Proceed button"), input.proceedText});
    }
    QUrl web = rootUrl(jobPath + u'/' + QString::number(build.number) + QStringLiteral("/input/"));
    g.url = web;
    g.nativeJobId = input.id;
    g.nativeApprovalRequestId = QString::number(build.number);
    return g;
}

void JenkinsProvider::fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done)
{
    const auto id = parseJenkinsGateId(config().name, gateId);
    if (!id) {
        return done(fail(JenkinsText::tr("\"%1\" is not a Jenkins gate id of server %2 (expected "
                                         "%2/job/<folder>/job/<job>/<build>/input/<id>)")
                             .arg(gateId, config().name)));
    }
    ensureMe(this, [this, id = *id, gateId, done](const QString &error) {
        if (!error.isEmpty()) {
            return done(fail(error));
        }
        const QString path = *jenkins::jobUrlPath(id.job);
        readBuild(id.job, path, id.build, {}, this, [this, id, gateId, done](const Result<Gates> &gates) {
            if (!gates) {
                return done(fail(gates.error().message));
            }
            for (const Gate &g : *gates) {
                if (g.id == gateId) {
                    return done(g);
                }
            }
            Gate g; // answered already, or the build went on
            g.id = gateId;
            g.server = config().name;
            g.provider = QStringLiteral("jenkins");
            g.kind = GateKind::Input;
            g.project = id.job;
            g.scope = id.job;
            g.pipelineNumber = id.build;
            g.pipelineId = QString::number(id.build);
            g.status = QStringLiteral("answered");
            g.nativeJobId = id.input;
            done(g);
        });
    });
}

std::optional<QString> JenkinsProvider::refusal(const Gate &gate, Decision decision) const
{
    if (decision == Decision::ApproveAndRun) {
        return JenkinsText::tr(
            "Jenkins goes on by itself once the input is answered; there is nothing to start "
            "separately");
    }
    if (gate.status != QLatin1String("waiting")) {
        return JenkinsText::tr("build #%1 of %2 no longer waits for this input (it was answered or the build "
                               "went on)")
            .arg(gate.pipelineNumber)
            .arg(gate.project);
    }
    if (!gate.canApprove) {
        return gate.cannotApproveReason;
    }
    return std::nullopt;
}

void JenkinsProvider::ensureCrumb(std::function<void(const QString &)> done)
{
    if (m_crumb) {
        return done({});
    }
    const QUrl url = rootUrl(QStringLiteral("crumbIssuer/api/json"));
    get(url, this, [this, url, done = std::move(done)](const HttpResponse &r) {
        if (r.failure == HttpResponse::Failure::None && r.status == 404) {
            m_crumb = jenkins::Crumb{}; // CSRF protection is off: no crumb
            return done({});
        }
        if (!r.ok()) {
            return done(failureText(r, url));
        }
        auto crumb = jenkins::parseCrumb(r.body);
        if (!crumb) {
            return done(url.path() + QStringLiteral(": ") + crumb.error().message);
        }
        m_crumb = *crumb;
        done({});
    });
}

void JenkinsProvider::decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                             std::function<void(const DecisionOutcome &)> done)
{
    const auto id = parseJenkinsGateId(config().name, gate.id);
    if (!id) {
        DecisionOutcome o;
        o.description = JenkinsText::tr("not a Jenkins gate: %1").arg(gate.id);
        return done(o);
    }
    ensureCrumb([this, gate, decision, options, id = *id, done = std::move(done)](const QString &error) {
        if (!error.isEmpty()) {
            DecisionOutcome o; // nothing was sent
            o.description = JenkinsText::tr("cannot get Jenkins's CSRF crumb: %1").arg(error);
            return done(o);
        }
        const QString input = *jenkins::jobUrlPath(id.job) + u'/' + QString::number(id.build) +
                              QStringLiteral("/input/") +
                              QString::fromLatin1(QUrl::toPercentEncoding(id.input));
        QByteArray body;
        QString action;
        if (decision == Decision::Reject) {
            action = QStringLiteral("/abort");
        } else if (gate.parameters.empty()) {
            action = QStringLiteral("/proceedEmpty");
        } else {
            action = QStringLiteral("/proceed");
            nlohmann::json parameters = nlohmann::json::array();
            for (const GateParameter &p : gate.parameters) {
                QString value = p.defaultValue;
                for (const auto &[name, chosen] : options.parameters) {
                    if (name == p.name) {
                        value = chosen;
                    }
                }
                nlohmann::json v = value.toStdString();
                if (p.type.startsWith(QLatin1String("Boolean"))) {
                    v = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                }
                parameters.push_back({{"name", p.name.toStdString()}, {"value", v}});
            }
            const nlohmann::json form = {{"parameter", parameters}};
            body = "json=" + QUrl::toPercentEncoding(QString::fromStdString(form.dump()));
        }
        HeaderList headers;
        if (m_crumb && !m_crumb->field.isEmpty()) {
            headers.append({m_crumb->field.toUtf8(), m_crumb->crumb.toUtf8()});
        }
        const QUrl url = rootUrl(input + action);
        post(
            url, body.isEmpty() ? QByteArray("json=%7B%7D") : body, this,
            [this, url, done](const HttpResponse &r) {
                DecisionOutcome o = outcomeOf(r, url);
                if (r.status == 403 &&
                    o.serverMessage.contains(QLatin1String("crumb"), Qt::CaseInsensitive)) {
                    m_crumb.reset(); // the session ended: the next decision fetches a new one
                }
                done(o);
            },
            "application/x-www-form-urlencoded", headers);
    });
}

QString JenkinsProvider::consequence(const Gate &gate, Decision decision) const
{
    if (decision == Decision::Reject) {
        return JenkinsText::tr(
                   "Jenkins aborts build #%1 of %2 at the input \"%3\": the build ends as aborted.")
            .arg(gate.pipelineNumber)
            .arg(gate.project, gate.name);
    }
    return gate.parameters.empty()
               ? JenkinsText::tr("Jenkins proceeds past the input \"%1\" and build #%2 of %3 goes on.")
                     .arg(gate.name)
                     .arg(gate.pipelineNumber)
                     .arg(gate.project)
               : JenkinsText::tr("Jenkins proceeds past the input \"%1\" with a value for each parameter it "
                                 "asks for, and "
                                 "build #%2 of %3 goes on.")
                     .arg(gate.name)
                     .arg(gate.pipelineNumber)
                     .arg(gate.project);
}

ProviderType jenkins::providerType()
{
    ProviderType t;
    t.id = QStringLiteral("jenkins");
    t.displayName = QStringLiteral("Jenkins");
    t.tokenPage = [](const QUrl &server) {
        QUrl page = server;
        page.setPath(server.path() + QStringLiteral("/me/configure"));
        return page;
    };
    t.leastPrivilege = [] {
        return QCoreApplication::translate(
            "ServerProbe",
            "An API token of your own Jenkins user (your user's Security page): Overall/Read and "
            "Job/Read list what waits; answering an input needs Job/Build, or being one of its "
            "submitters.");
    };
    t.projectExample = [] {
        return QCoreApplication::translate("ServerProbe", "folder/job (the job's full name)");
    };
    t.options = {QStringLiteral("user")};
    t.create = [](const ServerConfig &server, const QString &token, HttpClient *http,
                  const std::optional<QSslConfiguration> &ssl, QObject *parent) -> std::unique_ptr<Provider> {
        return std::make_unique<JenkinsProvider>(server, token, http, ssl, parent);
    };
    t.credential = [](const ServerConfig &server, const QString &token) {
        return QPair<QByteArray, QByteArray>{"Authorization",
                                             "Basic " + (server.user + u':' + token).toUtf8().toBase64()};
    };
    t.errorMessage = &errorMessageOf;
    t.check = [](const ServerConfig &server, const QString &where) -> QString {
        if (server.user.isEmpty()) {
            return QCoreApplication::translate("ServerConfig",
                                               "%1.user: expected the Jenkins user whose API token this is")
                .arg(where);
        }
        for (const QString &job : server.projects) {
            if (auto path = jenkins::jobUrlPath(job); !path) {
                return QCoreApplication::translate("ServerConfig", "%1.projects: \"%2\": %3")
                    .arg(where, job, path.error().message);
            }
        }
        return {};
    };
    t.testConnection = &jenkins::testConnection;
    t.discoverProjects = &jenkins::discoverProjects;
    t.demoServer = QStringLiteral(
        R"({ "name": "demo-jenkins", "provider": "jenkins", "url": "%1/jenkins", "user": "release-manager",
    "token_env": "%2", "projects": ["release/payments api", "release/ledger-service"] })");
    return t;
}

} // namespace gl
