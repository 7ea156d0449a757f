// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The simulator's GitHub Actions (githubsim.h): workflow runs waiting on environments with required
// reviewers, their review, the review history, GitHub's rate limits, conditional requests and API
// versions. Written from GitHub's REST documentation (docs/VENDOR-APIS.md §5), not from the provider.
#include "githubsim.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace glsim {

using json = nlohmann::json;

namespace {

const char *const kDocs = "https://docs.github.com/rest";
const char *const kUserDoc = "https://docs.github.com/rest/users/users#get-the-authenticated-user";
const char *const kRepoDoc = "https://docs.github.com/rest/repos/repos#get-a-repository";
const char *const kRunsDoc =
    "https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository";
const char *const kRunDoc = "https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run";
const char *const kPendingDoc =
    "https://docs.github.com/rest/actions/workflow-runs#get-pending-deployments-for-a-workflow-run";
const char *const kReviewDoc =
    "https://docs.github.com/rest/actions/workflow-runs#review-pending-deployments-for-a-workflow-run";
const char *const kApprovalsDoc =
    "https://docs.github.com/rest/actions/workflow-runs#get-the-review-history-for-a-workflow-run";
const char *const kVersionsDoc = "https://docs.github.com/rest/overview/api-versions";
const char *const kRateDoc = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";
const char *const kSecondaryDoc =
    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#secondary-rate-limits";

const QByteArray kDefaultVersion = "2022-11-28";
const int kUnauthenticatedLimit = 60;
const int kWindowSeconds = 3600;

const QStringList &statuses()
{
    static const QStringList list = {QStringLiteral("queued"),    QStringLiteral("in_progress"),
                                     QStringLiteral("completed"), QStringLiteral("waiting"),
                                     QStringLiteral("requested"), QStringLiteral("pending")};
    return list;
}

const QStringList &conclusions()
{
    static const QStringList list = {
        QStringLiteral("success"),   QStringLiteral("failure"),         QStringLiteral("neutral"),
        QStringLiteral("cancelled"), QStringLiteral("skipped"),         QStringLiteral("timed_out"),
        QStringLiteral("stale"),     QStringLiteral("action_required"), QStringLiteral("startup_failure")};
    return list;
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

json iso(const QDateTime &t)
{
    return t.isValid() ? json(s(t.toUTC().toString(Qt::ISODate))) : json();
}

json textOrNull(const QString &text)
{
    return text.isEmpty() ? json() : json(s(text));
}

json fail(const std::string &message, const char *doc)
{
    return {{"message", message}, {"documentation_url", doc}};
}

void addHeader(SimReply &reply, const char *name, const QByteArray &value)
{
    reply.headers.append(qMakePair(QByteArray(name), value));
}

SimReply answer(int status, json body)
{
    SimReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

// GitHub's legacy global node ids: base64 of "0<length of type>:<type><id>" ("MDQ6VXNlcjE=" is "04:User1").
std::string nodeId(const char *type, qint64 id)
{
    const QByteArray name(type);
    const QByteArray raw = "0" + QByteArray::number(name.size()) + ':' + name + QByteArray::number(id);
    return raw.toBase64().toStdString();
}

QByteArray digest(const QByteArray &seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha1);
}

QString fakeSha(const QByteArray &seed)
{
    return QString::fromLatin1(digest(seed).toHex());
}

// A stable number from a name (an organisation's id, a workflow's id).
qint64 stableId(const QByteArray &seed, qint64 base)
{
    const QByteArray d = digest(seed);
    return base +
           ((static_cast<quint8>(d[0]) << 16) | (static_cast<quint8>(d[1]) << 8) | static_cast<quint8>(d[2]));
}

std::string pathPart(const QString &text)
{
    return QUrl::toPercentEncoding(text).toStdString();
}

std::string shown(const json &value)
{
    return value.dump();
}

// Reads one scenario section; the first problem met is kept, named by where it is.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &at, const QString &what)
    {
        if (error.isEmpty()) {
            error = at + QStringLiteral(": ") + what;
        }
    }
    static QString at(const QString &where, const char *key) { return where + u'.' + QLatin1String(key); }
    static QString at(const QString &where, std::size_t index)
    {
        return where + u'[' + QString::number(index) + u']';
    }
    static const json *field(const json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    qint64 integer(const json &object, const char *key, const QString &where, qint64 fallback,
                   bool required = false)
    {
        const json *v = field(object, key);
        if (!v) {
            if (required) {
                fail(at(where, key), QStringLiteral("missing (expected an integer)"));
            }
            return fallback;
        }
        if (!v->is_number_integer()) {
            fail(at(where, key), QStringLiteral("expected an integer"));
            return fallback;
        }
        return v->get<qint64>();
    }
    QString text(const json &object, const char *key, const QString &where, const QString &fallback,
                 bool required = false)
    {
        const json *v = field(object, key);
        if (!v) {
            if (required) {
                fail(at(where, key), QStringLiteral("missing (expected a string)"));
            }
            return fallback;
        }
        if (!v->is_string() || (required && v->get<std::string>().empty())) {
            fail(at(where, key), QStringLiteral("expected a non-empty string"));
            return fallback;
        }
        return q(*v);
    }
    bool flag(const json &object, const char *key, const QString &where, bool fallback)
    {
        const json *v = field(object, key);
        if (v && !v->is_boolean()) {
            fail(at(where, key), QStringLiteral("expected true or false"));
            return fallback;
        }
        return v ? v->get<bool>() : fallback;
    }
    // An array of objects (empty when absent).
    json objects(const json &object, const char *key, const QString &where)
    {
        const json *v = field(object, key);
        if (!v) {
            return json::array();
        }
        if (!v->is_array()) {
            fail(at(where, key), QStringLiteral("expected an array of objects"));
            return json::array();
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_object()) {
                fail(at(at(where, key), i), QStringLiteral("expected an object"));
                return json::array();
            }
        }
        return *v;
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------------
// The scenario

QString GitHubSim::load(const json &section)
{
    if (!section.is_null() && !section.is_object()) {
        return QStringLiteral("github: expected an object");
    }
    const json sec = section.is_object() ? section : json::object();
    const QString top = QStringLiteral("github");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Reader r;

    QList<User> users;
    const json userList = r.objects(sec, "users", top);
    for (std::size_t i = 0; i < userList.size() && !r.failed(); ++i) {
        const QString at = Reader::at(Reader::at(top, "users"), i);
        User u;
        u.id = r.integer(userList[i], "id", at, 0, true);
        u.login = r.text(userList[i], "login", at, {}, true);
        u.name = r.text(userList[i], "name", at, u.login);
        u.email = r.text(userList[i], "email", at, {});
        u.type = r.text(userList[i], "type", at, QStringLiteral("User"));
        if (!r.failed() &&
            std::any_of(users.begin(), users.end(), [&](const User &o) { return o.id == u.id; })) {
            r.fail(Reader::at(at, "id"), QStringLiteral("another user has id %1").arg(u.id));
        }
        users.append(u);
    }
    if (users.isEmpty()) {
        users.append(
            {1, QStringLiteral("octocat"), QStringLiteral("The Octocat"), {}, QStringLiteral("User")});
    }
    const auto userExists = [&](qint64 id) {
        return std::any_of(users.begin(), users.end(), [&](const User &u) { return u.id == id; });
    };

    QList<Team> teams;
    const json teamList = r.objects(sec, "teams", top);
    for (std::size_t i = 0; i < teamList.size() && !r.failed(); ++i) {
        const QString at = Reader::at(Reader::at(top, "teams"), i);
        const json &t = teamList[i];
        Team team;
        team.id = r.integer(t, "id", at, 0, true);
        team.slug = r.text(t, "slug", at, {}, true);
        team.name = r.text(t, "name", at, team.slug);
        team.description = r.text(t, "description", at, {});
        const json *members = Reader::field(t, "members");
        if (members && !members->is_array()) {
            r.fail(Reader::at(at, "members"), QStringLiteral("expected an array of user ids"));
        }
        for (std::size_t m = 0; members && members->is_array() && m < members->size(); ++m) {
            const json &id = (*members)[m];
            const QString mAt = Reader::at(Reader::at(at, "members"), m);
            if (!id.is_number_integer()) {
                r.fail(mAt, QStringLiteral("expected a user id"));
            } else if (!userExists(id.get<qint64>())) {
                r.fail(mAt, QStringLiteral("no user with id %1").arg(id.get<qint64>()));
            } else {
                team.members.append(id.get<qint64>());
            }
        }
        if (!r.failed() &&
            std::any_of(teams.begin(), teams.end(), [&](const Team &o) { return o.id == team.id; })) {
            r.fail(Reader::at(at, "id"), QStringLiteral("another team has id %1").arg(team.id));
        }
        teams.append(team);
    }
    const auto teamExists = [&](qint64 id) {
        return std::any_of(teams.begin(), teams.end(), [&](const Team &t) { return t.id == id; });
    };

    const qint64 me = r.integer(sec, "me", top, users.first().id);
    if (!r.failed() && !userExists(me)) {
        r.fail(Reader::at(top, "me"), QStringLiteral("no user with id %1").arg(me));
    }
    const qint64 rateLimit = r.integer(sec, "rate_limit", top, 5000);
    if (!r.failed() && (rateLimit < 0 || rateLimit > 1000000)) {
        r.fail(Reader::at(top, "rate_limit"),
               QStringLiteral("expected a number of requests from 0 to 1000000"));
    }
    int secondary = 0;
    int retryAfter = 60;
    if (const json *sl = Reader::field(sec, "secondary_rate_limit")) {
        const QString at = Reader::at(top, "secondary_rate_limit");
        if (!sl->is_object()) {
            r.fail(at, QStringLiteral("expected an object"));
        } else {
            secondary =
                static_cast<int>(std::clamp<qint64>(r.integer(*sl, "requests", at, 0, true), 0, 1000000));
            retryAfter =
                static_cast<int>(std::clamp<qint64>(r.integer(*sl, "retry_after", at, 60), 0, 86400));
        }
    }

    QList<Repo> repos;
    QList<qint64> environmentIds;
    QList<qint64> runIds;
    qint64 madeUpEnvironment = 900000000;
    qint64 madeUpRun = 7000000000;
    const json repoList = r.objects(sec, "repos", top);
    for (std::size_t i = 0; i < repoList.size() && !r.failed(); ++i) {
        const QString at = Reader::at(Reader::at(top, "repos"), i);
        const json &p = repoList[i];
        Repo repo;
        const QString fullName = r.text(p, "full_name", at, {}, true);
        const QStringList split = fullName.split(u'/');
        if (!r.failed() && (split.size() != 2 || split[0].isEmpty() || split[1].isEmpty())) {
            r.fail(Reader::at(at, "full_name"), QStringLiteral("expected \"owner/name\""));
        }
        repo.owner = split.value(0);
        repo.name = split.value(1);
        repo.id = r.integer(p, "id", at, 1000 + static_cast<qint64>(i));
        repo.isPrivate = r.flag(p, "private", at, true);
        repo.defaultBranch = r.text(p, "default_branch", at, QStringLiteral("main"));
        repo.description = r.text(p, "description", at, {});
        for (const Repo &other : std::as_const(repos)) {
            if (!r.failed() && other.owner.compare(repo.owner, Qt::CaseInsensitive) == 0 &&
                other.name.compare(repo.name, Qt::CaseInsensitive) == 0) {
                r.fail(Reader::at(at, "full_name"), QStringLiteral("another repository is %1").arg(fullName));
            }
            if (!r.failed() && other.id == repo.id) {
                r.fail(Reader::at(at, "id"), QStringLiteral("another repository has id %1").arg(repo.id));
            }
        }

        const json envList = r.objects(p, "environments", at);
        for (std::size_t e = 0; e < envList.size() && !r.failed(); ++e) {
            const QString eAt = Reader::at(Reader::at(at, "environments"), e);
            const json &ej = envList[e];
            Environment env;
            env.id = r.integer(ej, "id", eAt, ++madeUpEnvironment);
            env.name = r.text(ej, "name", eAt, {}, true);
            const qint64 waitTimer = r.integer(ej, "wait_timer", eAt, 0);
            env.waitTimer = static_cast<int>(std::clamp<qint64>(waitTimer, 0, 43200));
            if (!r.failed() && (waitTimer < 0 || waitTimer > 43200)) {
                r.fail(Reader::at(eAt, "wait_timer"), QStringLiteral("expected minutes from 0 to 43200"));
            }
            env.preventSelfReview = r.flag(ej, "prevent_self_review", eAt, false);
            env.createdAt = now.addDays(-30);
            const json reviewers = r.objects(ej, "reviewers", eAt);
            for (std::size_t v = 0; v < reviewers.size() && !r.failed(); ++v) {
                const QString vAt = Reader::at(Reader::at(eAt, "reviewers"), v);
                const QString type = r.text(reviewers[v], "type", vAt, {}, true);
                const qint64 id = r.integer(reviewers[v], "id", vAt, 0, true);
                if (r.failed()) {
                    break;
                }
                if (type != QLatin1String("User") && type != QLatin1String("Team")) {
                    r.fail(Reader::at(vAt, "type"), QStringLiteral("expected \"User\" or \"Team\""));
                } else if (type == QLatin1String("User") ? !userExists(id) : !teamExists(id)) {
                    r.fail(Reader::at(vAt, "id"),
                           QStringLiteral("no %1 with id %2")
                               .arg(type == QLatin1String("User") ? QStringLiteral("user")
                                                                  : QStringLiteral("team"))
                               .arg(id));
                }
                env.reviewers.append({type == QLatin1String("Team"), id});
            }
            if (!r.failed() && environmentIds.contains(env.id)) {
                r.fail(Reader::at(eAt, "id"), QStringLiteral("another environment has id %1").arg(env.id));
            }
            if (!r.failed() && std::any_of(repo.environments.begin(), repo.environments.end(),
                                           [&](const Environment &o) { return o.name == env.name; })) {
                r.fail(Reader::at(eAt, "name"),
                       QStringLiteral("another environment is named %1").arg(env.name));
            }
            environmentIds.append(env.id);
            repo.environments.append(env);
        }

        const json runList = r.objects(p, "runs", at);
        qint64 number = 0;
        for (std::size_t n = 0; n < runList.size() && !r.failed(); ++n) {
            const QString rAt = Reader::at(Reader::at(at, "runs"), n);
            const json &rj = runList[n];
            Run run;
            run.id = r.integer(rj, "id", rAt, ++madeUpRun);
            run.name = r.text(rj, "name", rAt, QStringLiteral("Deploy"));
            run.commitMessage = r.text(rj, "commit_message", rAt, {});
            run.displayTitle =
                r.text(rj, "display_title", rAt,
                       run.commitMessage.isEmpty() ? run.name : run.commitMessage.section(u'\n', 0, 0));
            if (run.commitMessage.isEmpty()) {
                run.commitMessage = run.displayTitle;
            }
            number = r.integer(rj, "run_number", rAt, number + 1);
            run.runNumber = number;
            const qint64 attempt = r.integer(rj, "run_attempt", rAt, 1);
            run.runAttempt = static_cast<int>(std::clamp<qint64>(attempt, 1, 1000));
            if (!r.failed() && (attempt < 1 || attempt > 1000)) {
                r.fail(Reader::at(rAt, "run_attempt"), QStringLiteral("expected 1 to 1000"));
            }
            run.event = r.text(rj, "event", rAt, QStringLiteral("push"));
            run.headBranch = r.text(rj, "head_branch", rAt, repo.defaultBranch);
            run.headSha = r.text(rj, "head_sha", rAt, fakeSha(QByteArray::number(run.id)));
            run.workflowId = r.integer(rj, "workflow_id", rAt,
                                       stableId(fullName.toUtf8() + '/' + run.name.toUtf8(), 100000000));
            run.path = r.text(rj, "path", rAt,
                              QStringLiteral(".github/workflows/") + run.name.toLower().replace(u' ', u'-') +
                                  QStringLiteral(".yml"));
            qint64 defaultActor = me;
            for (const User &u : std::as_const(users)) {
                if (u.id != me) {
                    defaultActor = u.id;
                    break;
                }
            }
            run.actor = r.integer(rj, "actor", rAt, defaultActor);
            if (!r.failed() && !userExists(run.actor)) {
                r.fail(Reader::at(rAt, "actor"), QStringLiteral("no user with id %1").arg(run.actor));
            }
            run.triggeringActor = r.integer(rj, "triggering_actor", rAt, run.actor);
            if (!r.failed() && !userExists(run.triggeringActor)) {
                r.fail(Reader::at(rAt, "triggering_actor"),
                       QStringLiteral("no user with id %1").arg(run.triggeringActor));
            }
            const json *pending = Reader::field(rj, "pending");
            if (pending &&
                (!pending->is_array() || !std::all_of(pending->begin(), pending->end(),
                                                      [](const json &v) { return v.is_string(); }))) {
                r.fail(Reader::at(rAt, "pending"), QStringLiteral("expected an array of environment names"));
            }
            for (std::size_t k = 0; pending && !r.failed() && k < pending->size(); ++k) {
                const QString name = q((*pending)[k]);
                if (!std::any_of(repo.environments.begin(), repo.environments.end(),
                                 [&](const Environment &env) { return env.name == name; })) {
                    r.fail(Reader::at(Reader::at(rAt, "pending"), k),
                           QStringLiteral("%1 has no environment \"%2\"").arg(fullName, name));
                } else if (!run.pending.contains(name)) {
                    run.pending.append(name);
                }
            }
            run.status =
                r.text(rj, "status", rAt,
                       run.pending.isEmpty() ? QStringLiteral("completed") : QStringLiteral("waiting"));
            if (!r.failed() && !statuses().contains(run.status)) {
                r.fail(Reader::at(rAt, "status"),
                       QStringLiteral("expected one of ") + statuses().join(QStringLiteral(", ")));
            }
            if (!r.failed() && !run.pending.isEmpty() && run.status != QLatin1String("waiting")) {
                r.fail(Reader::at(rAt, "status"),
                       QStringLiteral("a run with pending environments is \"waiting\""));
            }
            if (!r.failed() && run.pending.isEmpty() && run.status == QLatin1String("waiting")) {
                r.fail(Reader::at(rAt, "pending"),
                       QStringLiteral("a waiting run waits on at least one environment"));
            }
            const bool completed = run.status == QLatin1String("completed");
            run.conclusion = r.text(rj, "conclusion", rAt, completed ? QStringLiteral("success") : QString());
            if (!r.failed() && !run.conclusion.isEmpty() && !completed) {
                r.fail(Reader::at(rAt, "conclusion"),
                       QStringLiteral("only a completed run has a conclusion"));
            }
            if (!r.failed() && !run.conclusion.isEmpty() && !conclusions().contains(run.conclusion)) {
                r.fail(Reader::at(rAt, "conclusion"),
                       QStringLiteral("expected one of ") + conclusions().join(QStringLiteral(", ")));
            }
            const qint64 age = r.integer(rj, "age_minutes", rAt, 30);
            if (!r.failed() && age < 0) {
                r.fail(Reader::at(rAt, "age_minutes"), QStringLiteral("expected 0 or more"));
            }
            run.createdAt = now.addSecs(-60 * age);
            run.updatedAt = run.createdAt;
            run.waitStartedAt = run.createdAt;
            if (!r.failed() && runIds.contains(run.id)) {
                r.fail(Reader::at(rAt, "id"), QStringLiteral("another run has id %1").arg(run.id));
            }
            runIds.append(run.id);
            repo.runs.append(run);
        }
        repos.append(repo);
    }
    if (r.failed()) {
        return r.error;
    }

    m_users = users;
    m_teams = teams;
    m_repos = repos;
    m_me = me;
    m_rateLimit = static_cast<int>(rateLimit);
    m_used = 0;
    m_windowStart = now;
    m_anonymousUsed = 0;
    m_secondaryLeft = secondary;
    m_secondaryRetryAfter = retryAfter;
    m_reviewsPosted = 0;
    m_notModified = 0;
    m_holds = 0;
    m_nextDeploymentId = 1;
    m_versionsSent.clear();
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Credentials, limits, versions, conditional requests

bool GitHubSim::authorized(const SimRequest &request) const
{
    const QByteArray auth = request.header("Authorization").trimmed();
    const qsizetype space = auth.indexOf(' ');
    if (space <= 0) {
        return false;
    }
    const QByteArray scheme = auth.left(space).toLower();
    const QByteArray token = auth.mid(space + 1).trimmed();
    const QString expected = context().token ? context().token() : QString();
    return (scheme == "bearer" || scheme == "token") && !expected.isEmpty() && token == expected.toUtf8();
}

SimReply GitHubSim::unauthorized(const SimRequest &request) const
{
    const QByteArray version = request.header("X-GitHub-Api-Version");
    m_versionsSent.append(version);
    renewWindow();
    // Requests without valid credentials count against the address's own, smaller budget.
    m_anonymousUsed = std::min(m_anonymousUsed + 1, kUnauthenticatedLimit);
    SimReply reply = answer(401, fail("Bad credentials", kDocs));
    reply.headers = {
        {"x-ratelimit-limit", QByteArray::number(kUnauthenticatedLimit)},
        {"x-ratelimit-remaining", QByteArray::number(kUnauthenticatedLimit - m_anonymousUsed)},
        {"x-ratelimit-used", QByteArray::number(m_anonymousUsed)},
        {"x-ratelimit-reset", QByteArray::number(m_windowStart.addSecs(kWindowSeconds).toSecsSinceEpoch())},
        {"x-ratelimit-resource", "core"}};
    if (version.isEmpty() || version == kDefaultVersion || version == "2026-03-10") {
        addHeader(reply, "x-github-api-version-selected", version.isEmpty() ? kDefaultVersion : version);
    }
    return reply;
}

void GitHubSim::renewWindow() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_windowStart.isValid() || m_windowStart.secsTo(now) >= kWindowSeconds) {
        m_windowStart = now;
        m_used = 0;
        m_anonymousUsed = 0;
    }
}

int GitHubSim::rateRemaining() const
{
    renewWindow();
    return std::max(0, m_rateLimit - m_used);
}

void GitHubSim::setSecondaryRateLimit(int requests, int retryAfterSeconds)
{
    m_secondaryLeft = std::max(0, requests);
    m_secondaryRetryAfter = std::max(0, retryAfterSeconds);
}

void GitHubSim::addRateHeaders(SimReply &reply) const
{
    addHeader(reply, "x-ratelimit-limit", QByteArray::number(m_rateLimit));
    addHeader(reply, "x-ratelimit-remaining", QByteArray::number(std::max(0, m_rateLimit - m_used)));
    addHeader(reply, "x-ratelimit-used", QByteArray::number(std::min(m_used, m_rateLimit)));
    addHeader(reply, "x-ratelimit-reset",
              QByteArray::number(m_windowStart.addSecs(kWindowSeconds).toSecsSinceEpoch()));
    addHeader(reply, "x-ratelimit-resource", "core");
}

SimReply GitHubSim::faultReply(int status) const
{
    renewWindow();
    json body;
    switch (status) {
    case 401:
        body = fail("Bad credentials", kDocs);
        break;
    case 403: // a token without the permission (rate limits have their own knobs: rate_limit, secondary)
        body = fail("Resource not accessible by personal access token", kDocs);
        break;
    case 404:
        body = fail("Not Found", kDocs);
        break;
    case 422:
        body = fail("Validation Failed", kDocs);
        break;
    case 429:
        body =
            fail("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                 kSecondaryDoc);
        break;
    default:
        body = status >= 500 ? fail("Server Error", kDocs) : fail("Simulated failure", kDocs);
    }
    SimReply reply = answer(status, std::move(body));
    addRateHeaders(reply);
    return reply;
}

SimReply GitHubSim::route(const SimRequest &request)
{
    const QByteArray version = request.header("X-GitHub-Api-Version");
    m_versionsSent.append(version);
    renewWindow();
    const bool versionKnown = version.isEmpty() || version == kDefaultVersion || version == "2026-03-10";
    const auto finish = [&](SimReply reply) {
        addRateHeaders(reply);
        if (versionKnown) {
            addHeader(reply, "x-github-api-version-selected", version.isEmpty() ? kDefaultVersion : version);
        }
        return reply;
    };
    // The secondary limit refuses before the primary budget is looked at, and costs nothing of it.
    if (m_secondaryLeft > 0) {
        --m_secondaryLeft;
        SimReply reply = answer(
            403,
            fail("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                 kSecondaryDoc));
        addHeader(reply, "retry-after", QByteArray::number(m_secondaryRetryAfter));
        return finish(std::move(reply));
    }
    if (m_used >= m_rateLimit) {
        return finish(answer(403, fail("API rate limit exceeded for user ID " + std::to_string(m_me) +
                                           ". Wait until x-ratelimit-reset (UTC epoch seconds) before trying "
                                           "again, or make fewer requests: conditional requests answered 304 "
                                           "do not count.",
                                       kRateDoc)));
    }
    ++m_used;
    if (!versionKnown) {
        return finish(
            answer(400, fail("Unsupported 'X-GitHub-Api-Version' header value: " +
                                 QString::fromUtf8(version).toStdString() + // valid UTF-8 whatever was sent
                                 ". Supported versions are: 2022-11-28, 2026-03-10.",
                             kVersionsDoc)));
    }
    SimReply reply = dispatch(request, request.parts(prefix()));
    if (request.method == "GET" && reply.status >= 200 && reply.status < 300 && !reply.raw) {
        const QByteArray etag =
            "W/\"" +
            QCryptographicHash::hash(QByteArray::fromStdString(reply.body.dump()), QCryptographicHash::Sha256)
                .toHex() +
            '"';
        addHeader(reply, "etag", etag);
        addHeader(reply, "cache-control", "private, max-age=60, s-maxage=60");
        addHeader(reply, "vary", "Accept, Authorization, Cookie, X-GitHub-OTP");
        const QByteArray ifNoneMatch = request.header("If-None-Match");
        if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
            --m_used; // a 304 does not count against the primary rate limit
            ++m_notModified;
            reply.status = 304;
            reply.body = nullptr;
            reply.raw = QByteArray();
        }
    }
    return finish(std::move(reply));
}

// ---------------------------------------------------------------------------------------------------
// Lookups and views

const GitHubSim::User *GitHubSim::findUser(qint64 id) const
{
    for (const User &u : m_users) {
        if (u.id == id) {
            return &u;
        }
    }
    return nullptr;
}

const GitHubSim::Team *GitHubSim::findTeam(qint64 id) const
{
    for (const Team &t : m_teams) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

GitHubSim::Repo *GitHubSim::findRepo(const QString &owner, const QString &name)
{
    for (Repo &repo : m_repos) { // owner and name are not case-sensitive at GitHub
        if (repo.owner.compare(owner, Qt::CaseInsensitive) == 0 &&
            repo.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &repo;
        }
    }
    return nullptr;
}

GitHubSim::Run *GitHubSim::findRun(qint64 id, Repo **repoOut)
{
    for (Repo &repo : m_repos) {
        for (Run &run : repo.runs) {
            if (run.id == id) {
                if (repoOut) {
                    *repoOut = &repo;
                }
                return &run;
            }
        }
    }
    return nullptr;
}

const GitHubSim::Run *GitHubSim::findRun(qint64 id) const
{
    return const_cast<GitHubSim *>(this)->findRun(id, nullptr);
}

std::string GitHubSim::web() const
{
    return context().baseUrl ? context().baseUrl().toString().toStdString() : std::string("http://127.0.0.1");
}

std::string GitHubSim::api() const
{
    return web() + "/api/v3";
}

json GitHubSim::simpleUser(qint64 id) const
{
    const User *u = findUser(id);
    const std::string login = u ? s(u->login) : "ghost";
    const std::string users = api() + "/users/" + pathPart(QString::fromStdString(login));
    return {{"login", login},
            {"id", id},
            {"node_id", nodeId("User", id)},
            {"avatar_url", web() + "/avatars/u/" + std::to_string(id)},
            {"gravatar_id", ""},
            {"url", users},
            {"html_url", web() + "/" + pathPart(QString::fromStdString(login))},
            {"followers_url", users + "/followers"},
            {"following_url", users + "/following{/other_user}"},
            {"gists_url", users + "/gists{/gist_id}"},
            {"starred_url", users + "/starred{/owner}{/repo}"},
            {"subscriptions_url", users + "/subscriptions"},
            {"organizations_url", users + "/orgs"},
            {"repos_url", users + "/repos"},
            {"events_url", users + "/events{/privacy}"},
            {"received_events_url", users + "/received_events"},
            {"type", u ? s(u->type) : "User"},
            {"site_admin", false}};
}

json GitHubSim::teamView(const Team &team, const QString &org) const
{
    const std::string url = api() + "/teams/" + std::to_string(team.id);
    return {{"id", team.id},
            {"node_id", nodeId("Team", team.id)},
            {"url", url},
            {"html_url", web() + "/orgs/" + pathPart(org) + "/teams/" + pathPart(team.slug)},
            {"name", s(team.name)},
            {"slug", s(team.slug)},
            {"description", textOrNull(team.description)},
            {"privacy", "closed"},
            {"permission", "pull"},
            {"members_url", url + "/members{/member}"},
            {"repositories_url", url + "/repos"},
            {"parent", nullptr}};
}

json GitHubSim::repoView(const Repo &repo, bool full) const
{
    const std::string fullName = pathPart(repo.owner) + "/" + pathPart(repo.name);
    const std::string url = api() + "/repos/" + fullName;
    // The owner is a scenario user of that login, or else an organisation.
    json owner;
    for (const User &u : m_users) {
        if (u.login.compare(repo.owner, Qt::CaseInsensitive) == 0) {
            owner = simpleUser(u.id);
        }
    }
    if (owner.is_null()) {
        const qint64 orgId = stableId(repo.owner.toLower().toUtf8(), 9000000);
        owner = simpleUser(orgId);
        owner["login"] = s(repo.owner);
        owner["node_id"] = nodeId("Organization", orgId);
        owner["url"] = api() + "/orgs/" + pathPart(repo.owner);
        owner["html_url"] = web() + "/" + pathPart(repo.owner);
        const std::string users = api() + "/users/" + pathPart(repo.owner);
        for (const char *key : {"followers_url", "subscriptions_url", "organizations_url", "repos_url",
                                "received_events_url"}) {
            std::string value = owner[key].get<std::string>();
            owner[key] = users + value.substr(value.rfind('/'));
        }
        owner["following_url"] = users + "/following{/other_user}";
        owner["gists_url"] = users + "/gists{/gist_id}";
        owner["starred_url"] = users + "/starred{/owner}{/repo}";
        owner["events_url"] = users + "/events{/privacy}";
        owner["type"] = "Organization";
    }
    json out = {{"id", repo.id},
                {"node_id", nodeId("Repository", repo.id)},
                {"name", s(repo.name)},
                {"full_name", s(repo.owner) + "/" + s(repo.name)},
                {"private", repo.isPrivate},
                {"owner", owner},
                {"html_url", web() + "/" + fullName},
                {"description", textOrNull(repo.description)},
                {"fork", false},
                {"url", url}};
    if (!full) {
        return out;
    }
    out["deployments_url"] = url + "/deployments";
    out["environments_url"] = url + "/environments";
    out["clone_url"] = web() + "/" + fullName + ".git";
    out["default_branch"] = s(repo.defaultBranch);
    out["visibility"] = repo.isPrivate ? "private" : "public";
    out["archived"] = false;
    out["disabled"] = false;
    out["created_at"] = iso(m_windowStart.addDays(-400));
    out["updated_at"] = iso(m_windowStart.addDays(-1));
    out["pushed_at"] = iso(m_windowStart.addSecs(-600));
    out["permissions"] = {
        {"admin", false}, {"maintain", false}, {"push", true}, {"triage", true}, {"pull", true}};
    return out;
}

json GitHubSim::environmentView(const Repo &repo, const Environment &env, bool dated) const
{
    const std::string fullName = pathPart(repo.owner) + "/" + pathPart(repo.name);
    json out = {{"id", env.id},
                {"node_id", nodeId("Environment", env.id)},
                {"name", s(env.name)},
                {"url", api() + "/repos/" + fullName + "/environments/" + pathPart(env.name)},
                {"html_url", web() + "/" + fullName +
                                 "/deployments/activity_log?environments_filter=" + pathPart(env.name)}};
    if (dated) {
        out["created_at"] = iso(env.createdAt);
        out["updated_at"] = iso(env.createdAt);
    }
    return out;
}

json GitHubSim::runView(const Repo &repo, const Run &run) const
{
    const std::string fullName = pathPart(repo.owner) + "/" + pathPart(repo.name);
    const std::string repoUrl = api() + "/repos/" + fullName;
    const std::string url = repoUrl + "/actions/runs/" + std::to_string(run.id);
    const qint64 checkSuite = run.id + 11000000000;
    const User *author = findUser(run.triggeringActor);
    const std::string authorName = author ? s(author->name) : "ghost";
    const std::string authorEmail = author && !author->email.isEmpty()
                                        ? s(author->email)
                                        : std::to_string(run.triggeringActor) + "+" +
                                              (author ? s(author->login) : "ghost") +
                                              "@users.noreply.github.com";
    const json person = {{"name", authorName}, {"email", authorEmail}};
    return {{"id", run.id},
            {"name", s(run.name)},
            {"node_id", nodeId("WorkflowRun", run.id)},
            {"head_branch", s(run.headBranch)},
            {"head_sha", s(run.headSha)},
            {"path", s(run.path)},
            {"display_title", s(run.displayTitle)},
            {"run_number", run.runNumber},
            {"event", s(run.event)},
            {"status", s(run.status)},
            {"conclusion", textOrNull(run.conclusion)},
            {"workflow_id", run.workflowId},
            {"check_suite_id", checkSuite},
            {"check_suite_node_id", nodeId("CheckSuite", checkSuite)},
            {"url", url},
            {"html_url", web() + "/" + fullName + "/actions/runs/" + std::to_string(run.id)},
            {"pull_requests", json::array()},
            {"created_at", iso(run.createdAt)},
            {"updated_at", iso(run.updatedAt)},
            {"actor", simpleUser(run.actor)},
            {"run_attempt", run.runAttempt},
            {"referenced_workflows", json::array()},
            {"run_started_at", iso(run.createdAt)},
            {"triggering_actor", simpleUser(run.triggeringActor)},
            {"jobs_url", url + "/jobs"},
            {"logs_url", url + "/logs"},
            {"check_suite_url", repoUrl + "/check-suites/" + std::to_string(checkSuite)},
            {"artifacts_url", url + "/artifacts"},
            {"cancel_url", url + "/cancel"},
            {"rerun_url", url + "/rerun"},
            {"previous_attempt_url",
             run.runAttempt > 1 ? json(url + "/attempts/" + std::to_string(run.runAttempt - 1)) : json()},
            {"workflow_url", repoUrl + "/actions/workflows/" + std::to_string(run.workflowId)},
            {"head_commit",
             {{"id", s(run.headSha)},
              {"tree_id", s(fakeSha(run.headSha.toLatin1() + "/tree"))},
              {"message", s(run.commitMessage)},
              {"timestamp", iso(run.createdAt)},
              {"author", person},
              {"committer", person}}},
            {"repository", repoView(repo, false)},
            {"head_repository", repoView(repo, false)}};
}

bool GitHubSim::mayReview(const Environment &env, const Run &run) const
{
    if (env.preventSelfReview && run.actor == m_me) {
        return false;
    }
    return std::any_of(env.reviewers.begin(), env.reviewers.end(), [&](const Reviewer &r) {
        if (!r.team) {
            return r.id == m_me;
        }
        const Team *t = findTeam(r.id);
        return t && t->members.contains(m_me);
    });
}

// ---------------------------------------------------------------------------------------------------
// Endpoints

SimReply GitHubSim::dispatch(const SimRequest &request, const QStringList &parts)
{
    const bool get = request.method == "GET";
    if (parts == QStringList{QStringLiteral("user")} && get) {
        const User *u = findUser(m_me);
        json out = simpleUser(m_me);
        out["name"] = u ? s(u->name) : "ghost";
        out["company"] = nullptr;
        out["blog"] = "";
        out["location"] = nullptr;
        out["email"] = u ? textOrNull(u->email) : json();
        out["hireable"] = nullptr;
        out["bio"] = nullptr;
        out["twitter_username"] = nullptr;
        out["public_repos"] = 0;
        out["public_gists"] = 0;
        out["followers"] = 0;
        out["following"] = 0;
        out["created_at"] = iso(m_windowStart.addDays(-1000));
        out["updated_at"] = iso(m_windowStart.addDays(-10));
        return answer(200, out);
    }
    if (parts == QStringList{QStringLiteral("user"), QStringLiteral("repos")} && get) {
        return userRepos(request);
    }
    if (parts.size() < 3 || parts[0] != QLatin1String("repos")) {
        return answer(404,
                      fail("Not Found", parts == QStringList{QStringLiteral("user")} ? kUserDoc : kDocs));
    }
    Repo *repo = findRepo(parts[1], parts[2]);
    const char *doc = parts.size() == 3                              ? kRepoDoc
                      : parts.size() == 5                            ? kRunsDoc
                      : parts.size() == 6                            ? kRunDoc
                      : parts.value(6) == QLatin1String("approvals") ? kApprovalsDoc
                      : get                                          ? kPendingDoc
                                                                     : kReviewDoc;
    const bool runs =
        parts.size() >= 5 && parts[3] == QLatin1String("actions") && parts[4] == QLatin1String("runs");
    if (parts.size() > 3 && (!runs || parts.size() > 7)) {
        return answer(404, fail("Not Found", kDocs));
    }
    if (!repo) {
        return answer(404, fail("Not Found", doc));
    }
    if (parts.size() == 3) {
        return get ? answer(200, repoView(*repo, true)) : answer(404, fail("Not Found", kDocs));
    }
    if (parts.size() == 5) {
        return get ? listRuns(request, *repo) : answer(404, fail("Not Found", kDocs));
    }
    bool ok = false;
    const qint64 runId = parts[5].toLongLong(&ok);
    Run *run = nullptr;
    for (Run &candidate : repo->runs) {
        if (ok && candidate.id == runId) {
            run = &candidate;
        }
    }
    if (!run) {
        return answer(404, fail("Not Found", doc));
    }
    if (parts.size() == 6) {
        return get ? answer(200, runView(*repo, *run)) : answer(404, fail("Not Found", kDocs));
    }
    if (parts[6] == QLatin1String("pending_deployments") && get) {
        json out = json::array();
        for (const QString &name : std::as_const(run->pending)) {
            for (const Environment &env : std::as_const(repo->environments)) {
                if (env.name != name) {
                    continue;
                }
                json reviewers = json::array();
                for (const Reviewer &rv : env.reviewers) {
                    const Team *t = rv.team ? findTeam(rv.id) : nullptr;
                    reviewers.push_back({{"type", rv.team ? "Team" : "User"},
                                         {"reviewer", t ? teamView(*t, repo->owner) : simpleUser(rv.id)}});
                }
                out.push_back(
                    {{"environment", environmentView(*repo, env, false)},
                     {"wait_timer", env.waitTimer},
                     {"wait_timer_started_at", env.waitTimer > 0 ? iso(run->waitStartedAt) : json()},
                     {"current_user_can_approve", mayReview(env, *run)},
                     {"reviewers", reviewers}});
            }
        }
        return answer(200, out);
    }
    if (parts[6] == QLatin1String("pending_deployments") && request.method == "POST") {
        return review(request, *repo, *run);
    }
    if (parts[6] == QLatin1String("approvals") && get) {
        json out = json::array();
        for (const Review &rv : std::as_const(run->reviews)) {
            json environments = json::array();
            for (const qint64 id : rv.environments) {
                for (const Environment &env : std::as_const(repo->environments)) {
                    if (env.id == id) {
                        environments.push_back(environmentView(*repo, env, true));
                    }
                }
            }
            out.push_back({{"state", s(rv.state)},
                           {"comment", s(rv.comment)},
                           {"environments", environments},
                           {"user", simpleUser(rv.user)}});
        }
        return answer(200, out);
    }
    return answer(404, fail("Not Found", kDocs));
}

void GitHubSim::addPageLinks(SimReply &reply, const SimRequest &request, int page, int pages) const
{
    if (pages <= 1 && page <= 1) {
        return;
    }
    {
        // RFC 8288, as GitHub sends it: absolute URLs with the other parameters kept and page last.
        const auto link = [&](int to, const char *rel) -> QByteArray { // not a QStringBuilder of temporaries
            QUrlQuery query(request.query);
            query.removeAllQueryItems(QStringLiteral("page"));
            query.addQueryItem(QStringLiteral("page"), QString::number(to));
            return "<" + QByteArray::fromStdString(web()) + request.rawPath.toUtf8() + '?' +
                   query.toString(QUrl::FullyEncoded).toUtf8() + ">; rel=\"" + rel + '"';
        };
        QList<QByteArray> links;
        if (page > 1) {
            links << link(page - 1, "prev");
        }
        if (page < pages) {
            links << link(page + 1, "next") << link(pages, "last");
        } else if (m_loopPages) {
            links << link(1, "next");
        }
        if (page > 1) {
            links << link(1, "first");
        }
        addHeader(reply, "link", links.join(", "));
    }
}

// GET /user/repos: every repository of the scenario (the user can reach them all), by full name, paged.
SimReply GitHubSim::userRepos(const SimRequest &request) const
{
    QList<const Repo *> repos;
    for (const Repo &repo : m_repos) {
        repos.append(&repo);
    }
    std::sort(repos.begin(), repos.end(), [](const Repo *a, const Repo *b) {
        return a->owner + u'/' + a->name < b->owner + u'/' + b->name;
    });
    bool ok = false;
    int perPage = request.queryValue(QStringLiteral("per_page")).toInt(&ok);
    perPage = !ok || perPage < 1 ? 30 : std::min(perPage, 100);
    int page = request.queryValue(QStringLiteral("page")).toInt(&ok);
    page = !ok || page < 1 ? 1 : page;
    const int total = static_cast<int>(repos.size());
    const int pages = std::max(1, (total + perPage - 1) / perPage);
    json items = json::array();
    for (qint64 i = static_cast<qint64>(page - 1) * perPage;
         i < std::min<qint64>(total, static_cast<qint64>(page) * perPage); ++i) {
        items.push_back(repoView(*repos[static_cast<qsizetype>(i)], false));
    }
    SimReply reply = answer(200, items);
    addPageLinks(reply, request, page, pages);
    return reply;
}

SimReply GitHubSim::listRuns(const SimRequest &request, const Repo &repo)
{
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty() && !statuses().contains(status) && !conclusions().contains(status)) {
        return answer(422, fail("Invalid request.\n\nFor 'status', " + shown(s(status)) +
                                    " is neither a status nor a conclusion of a workflow run.",
                                kRunsDoc));
    }
    const QString branch = request.queryValue(QStringLiteral("branch"));
    const QString actor = request.queryValue(QStringLiteral("actor"));
    const QString event = request.queryValue(QStringLiteral("event"));
    const QString headSha = request.queryValue(QStringLiteral("head_sha"));
    QList<const Run *> selected;
    for (const Run &run : repo.runs) {
        const User *a = findUser(run.actor);
        if ((status.isEmpty() || run.status == status || run.conclusion == status) &&
            (branch.isEmpty() || run.headBranch == branch) &&
            (actor.isEmpty() || (a && a->login.compare(actor, Qt::CaseInsensitive) == 0)) &&
            (event.isEmpty() || run.event == event) && (headSha.isEmpty() || run.headSha == headSha)) {
            selected.append(&run);
        }
    }
    std::sort(selected.begin(), selected.end(), [](const Run *a, const Run *b) {
        return a->createdAt != b->createdAt ? a->createdAt > b->createdAt : a->id > b->id;
    });
    bool ok = false;
    int perPage = request.queryValue(QStringLiteral("per_page")).toInt(&ok);
    perPage = !ok || perPage < 1 ? 30 : std::min(perPage, 100);
    int page = request.queryValue(QStringLiteral("page")).toInt(&ok);
    page = !ok || page < 1 ? 1 : page;
    perPage = std::min(perPage, m_runsPageSize);
    const int total = static_cast<int>(selected.size());
    const int pages = std::max(1, (total + perPage - 1) / perPage);
    json items = json::array();
    for (qint64 i = static_cast<qint64>(page - 1) * perPage;
         i < std::min<qint64>(total, static_cast<qint64>(page) * perPage); ++i) {
        items.push_back(runView(repo, *selected[static_cast<qsizetype>(i)]));
    }
    SimReply reply = answer(200, {{"total_count", total}, {"workflow_runs", items}});
    addPageLinks(reply, request, page, pages);
    return reply;
}

SimReply GitHubSim::review(const SimRequest &request, Repo &repo, Run &run)
{
    const json body = json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (!body.is_object()) {
        return answer(400, fail("Problems parsing JSON", kReviewDoc));
    }
    // GitHub's validation style: what is missing first (an empty value counts as missing), then types.
    QStringList missing;
    for (const char *key : {"environment_ids", "state", "comment"}) {
        const json *v = Reader::field(body, key);
        if (!v || (v->is_string() && v->get<std::string>().empty()) || (v->is_array() && v->empty())) {
            missing << u'"' + QLatin1String(key) + u'"';
        }
    }
    if (!missing.isEmpty()) {
        return answer(422, fail("Invalid request.\n\n" + s(missing.join(QStringLiteral(", "))) +
                                    (missing.size() == 1 ? " wasn't supplied." : " weren't supplied."),
                                kReviewDoc));
    }
    const json &ids = body["environment_ids"];
    const json &state = body["state"];
    const json &comment = body["comment"];
    if (!ids.is_array()) {
        return answer(422, fail("Invalid request.\n\nFor 'properties/environment_ids', " + shown(ids) +
                                    " is not an array.",
                                kReviewDoc));
    }
    for (const json &id : ids) {
        if (!id.is_number_integer()) {
            return answer(422, fail("Invalid request.\n\nFor 'items', " + shown(id) + " is not an integer.",
                                    kReviewDoc));
        }
    }
    if (!state.is_string() || (state != "approved" && state != "rejected")) {
        return answer(422, fail("Invalid request.\n\nFor 'properties/state', " + shown(state) +
                                    " is not one of [\"approved\", \"rejected\"].",
                                kReviewDoc));
    }
    if (!comment.is_string()) {
        return answer(
            422, fail("Invalid request.\n\nFor 'properties/comment', " + shown(comment) + " is not a string.",
                      kReviewDoc));
    }
    // Every environment named must be waiting on this run, and mine to review; otherwise nothing changes.
    QList<const Environment *> chosen;
    for (const json &idValue : ids) {
        const qint64 id = idValue.get<qint64>();
        const Environment *env = nullptr;
        for (const Environment &candidate : std::as_const(repo.environments)) {
            if (candidate.id == id && run.pending.contains(candidate.name)) {
                env = &candidate;
            }
        }
        if (!env) {
            return answer(422, fail("Environment " + std::to_string(id) +
                                        " is not waiting for a review on this workflow run.",
                                    kReviewDoc));
        }
        if (!mayReview(*env, run)) {
            const bool self = env->preventSelfReview && run.actor == m_me;
            return answer(422, fail(self ? "You cannot review your own deployment to environment \"" +
                                               s(env->name) + "\": it prevents self-review."
                                         : "You are not a required reviewer of environment \"" +
                                               s(env->name) + "\" (" + std::to_string(env->id) +
                                               ") and cannot approve or reject its deployment.",
                                    kReviewDoc));
        }
        if (!chosen.contains(env)) {
            chosen.append(env);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Review record{q(state), q(comment), {}, m_me, now};
    json deployments = json::array();
    const std::string fullName = pathPart(repo.owner) + "/" + pathPart(repo.name);
    for (const Environment *env : std::as_const(chosen)) {
        record.environments.append(env->id);
        if (state == "approved") {
            run.pending.removeAll(env->name);
            const qint64 id = m_nextDeploymentId++;
            const std::string url = api() + "/repos/" + fullName + "/deployments/" + std::to_string(id);
            deployments.push_back({{"url", url},
                                   {"id", id},
                                   {"node_id", nodeId("Deployment", id)},
                                   {"sha", s(run.headSha)},
                                   {"ref", s(run.headBranch)},
                                   {"task", "deploy"},
                                   {"payload", json::object()},
                                   {"original_environment", s(env->name)},
                                   {"environment", s(env->name)},
                                   {"description", ""},
                                   {"creator", simpleUser(run.triggeringActor)},
                                   {"created_at", iso(now)},
                                   {"updated_at", iso(now)},
                                   {"statuses_url", url + "/statuses"},
                                   {"repository_url", api() + "/repos/" + fullName},
                                   {"transient_environment", false},
                                   {"production_environment", env->name == QLatin1String("production")}});
        }
    }
    run.reviews.append(record);
    ++m_reviewsPosted;
    run.updatedAt = now;
    if (state == "rejected") {
        run.pending.clear();
        run.status = QStringLiteral("completed");
        run.conclusion = QStringLiteral("failure");
    } else if (run.pending.isEmpty()) {
        run.status = QStringLiteral("in_progress");
        run.approved = true;
    }
    return answer(200, deployments);
}

// ---------------------------------------------------------------------------------------------------
// Tests and demo

QString GitHubSim::runStatus(qint64 runId) const
{
    const Run *run = findRun(runId);
    return run ? run->status : QString();
}

QString GitHubSim::runConclusion(qint64 runId) const
{
    const Run *run = findRun(runId);
    return run ? run->conclusion : QString();
}

QStringList GitHubSim::pendingEnvironments(qint64 runId) const
{
    const Run *run = findRun(runId);
    return run ? run->pending : QStringList();
}

int GitHubSim::waitingRunCount() const
{
    int n = 0;
    for (const Repo &repo : m_repos) {
        n += static_cast<int>(std::count_if(repo.runs.begin(), repo.runs.end(), [](const Run &r) {
            return r.status == QLatin1String("waiting");
        }));
    }
    return n;
}

void GitHubSim::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Repo &repo : m_repos) {
        for (Run &run : repo.runs) {
            if (run.approved && run.status == QLatin1String("in_progress")) {
                run.status = QStringLiteral("completed");
                run.conclusion = QStringLiteral("success");
                run.approved = false;
                run.updatedAt = now;
            }
        }
    }
}

void GitHubSim::addHold()
{
    QList<QPair<int, int>> gates; // (repo, environment) with someone to review it
    for (int i = 0; i < m_repos.size(); ++i) {
        for (int e = 0; e < m_repos[i].environments.size(); ++e) {
            if (!m_repos[i].environments[e].reviewers.isEmpty()) {
                gates.append({i, e});
            }
        }
    }
    if (gates.isEmpty()) {
        return;
    }
    static const char *const titles[] = {"Bump dependencies", "Add Straße field to address form",
                                         "Translate onboarding to 日本語", "Tune cache TTL for /search",
                                         "Raise payout limit for verified merchants"};
    const auto [repoIndex, envIndex] = gates[m_holds % gates.size()];
    Repo &repo = m_repos[repoIndex];
    qint64 id = 7100000000;
    qint64 number = 0;
    for (const Repo &other : std::as_const(m_repos)) {
        for (const Run &run : other.runs) {
            id = std::max(id, run.id + 1);
        }
    }
    for (const Run &run : std::as_const(repo.runs)) {
        number = std::max(number, run.runNumber);
    }
    QList<qint64> others;
    for (const User &u : std::as_const(m_users)) {
        if (u.id != m_me) {
            others.append(u.id);
        }
    }
    Run run;
    run.id = id;
    run.name = QStringLiteral("Deploy");
    run.displayTitle = QString::fromUtf8(titles[m_holds % 5]);
    run.commitMessage = run.displayTitle;
    run.runNumber = number + 1;
    run.event = QStringLiteral("push");
    run.status = QStringLiteral("waiting");
    run.headBranch = repo.defaultBranch;
    run.headSha = fakeSha(QByteArray::number(id));
    run.workflowId = stableId(repo.owner.toUtf8() + '/' + repo.name.toUtf8() + "/Deploy", 100000000);
    run.path = QStringLiteral(".github/workflows/deploy.yml");
    run.actor = others.isEmpty() ? m_me : others[m_holds % others.size()];
    run.triggeringActor = run.actor;
    run.createdAt = QDateTime::currentDateTimeUtc();
    run.updatedAt = run.createdAt;
    run.waitStartedAt = run.createdAt;
    run.pending = {repo.environments[envIndex].name};
    repo.runs.append(run);
    ++m_holds;
}

// Two repositories, four runs waiting: one on two environments (staging to me, production to a team I am
// in), one where I am only a team reviewer, one whose reviewers are others (I cannot approve), one where I
// am one of two user reviewers; and finished and failed runs that must not show up as waiting.
json GitHubSim::demoSection() const
{
    const auto reviewer = [](const char *type, int id) { return json{{"type", type}, {"id", id}}; };
    const auto run = [](qint64 id, const char *name, int number, const char *branch, const char *title,
                        int actor, int age, json pending) {
        json r = {{"id", id},
                  {"name", name},
                  {"run_number", number},
                  {"head_branch", branch},
                  {"display_title", title},
                  {"actor", actor},
                  {"age_minutes", age}};
        if (pending.empty()) {
            r["status"] = "completed";
        } else {
            r["pending"] = std::move(pending);
        }
        return r;
    };
    json users = json::array({json{{"id", 1}, {"login", "release-manager"}, {"name", "Release Manager"}},
                              json{{"id", 2}, {"login", "joao-silva"}, {"name", "João Silva"}},
                              json{{"id", 3}, {"login", "kenji-sato"}, {"name", "佐藤 健二"}},
                              json{{"id", 4}, {"login", "amelie-p"}, {"name", "Amélie Poulain"}},
                              json{{"id", 5}, {"login", "soren-k"}, {"name", "Søren Kierkegaard"}}});
    json teams = json::array(
        {json{{"id", 7},
              {"slug", "release-managers"},
              {"name", "Release managers"},
              {"description", "Approve production releases"},
              {"members", json::array({1, 4})}},
         json{{"id", 8}, {"slug", "sre-oncall"}, {"name", "SRE on-call"}, {"members", json::array({3, 5})}}});
    json failed = run(7000000104, "CI", 1201, "feature/wishlist", "Wunschliste: Teilen per Link", 4, 240, {});
    failed["conclusion"] = "failure";
    json storefront = {
        {"full_name", "acme/storefront"},
        {"id", 5001001},
        {"description", "The web shop"},
        {"environments",
         json::array(
             {json{{"id", 161088070}, {"name", "staging"}, {"reviewers", json::array({reviewer("User", 1)})}},
              json{{"id", 161088071},
                   {"name", "production"},
                   {"reviewers", json::array({reviewer("Team", 7)})},
                   {"wait_timer", 30},
                   {"prevent_self_review", true}}})},
        {"runs",
         json::array(
             {run(7000000101, "Deploy", 1204, "main", "Checkout: Apple Pay für Österreich", 2, 12,
                  json::array({"staging", "production"})),
              run(7000000102, "Deploy", 1203, "release/2026.11",
                  "Backport: fix VAT rounding (Mehrwertsteuer)", 4, 95, json::array({"production"})),
              run(7000000103, "Deploy", 1202, "main", "Copy: 「カートに追加」 label for ja-JP", 3, 300, {}),
              failed})}};
    json infra = {{"full_name", "acme/infra"},
                  {"id", 5001002},
                  {"description", "Terraform for every environment"},
                  {"environments",
                   json::array({json{{"id", 161088080},
                                     {"name", "prod-eu"},
                                     {"reviewers", json::array({reviewer("Team", 8)})},
                                     {"wait_timer", 10}},
                                json{{"id", 161088081},
                                     {"name", "production"},
                                     {"reviewers", json::array({reviewer("User", 1), reviewer("User", 5)})},
                                     {"prevent_self_review", true}}})},
                  {"runs", json::array({run(7000000201, "Terraform apply", 88, "main",
                                            "Bascule vers le nouveau CDN", 3, 130, json::array({"prod-eu"})),
                                        run(7000000202, "Terraform apply", 87, "main",
                                            "Rotate TLS certificates for *.acme.example", 2, 25,
                                            json::array({"production"})),
                                        run(7000000203, "Terraform apply", 86, "main",
                                            "Raise Postgres max_connections", 5, 1440, {})})}};
    return {{"users", users},
            {"teams", teams},
            {"me", 1},
            {"rate_limit", 5000},
            {"repos", json::array({storefront, infra})}};
}

} // namespace glsim
