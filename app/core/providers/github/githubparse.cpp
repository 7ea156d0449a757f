// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/github/githubparse.h"

#include "json.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <string_view>

namespace gl::github {
namespace {

using json::Json;
using json::number;
using json::optionalArray;
using json::text;

struct GitHubText
{
    Q_DECLARE_TR_FUNCTIONS(GitHub)
};

QString where(const QString &path)
{
    return path.isEmpty() ? GitHubText::tr("body") : path;
}

Result<QDateTime> time(const Json &o, const char *key, const QString &path)
{
    GL_TRY(v, json::optionalDateTime(o, key, path));
    return v.value_or(QDateTime());
}

Result<User> parseUserObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(
            GitHubText::tr("%1: expected a user object, found %2").arg(where(path), json::typeName(o)));
    }
    User u;
    GL_TRY(id, number(o, "id", path));
    u.id = id;
    GL_TRY(login, json::string(o, "login", path));
    u.login = login;
    GL_TRY(name, text(o, "name", path));
    u.name = name;
    GL_TRY(url, text(o, "html_url", path));
    u.htmlUrl = url;
    return u;
}

Result<User> optionalUser(const Json &o, const char *key, const QString &path)
{
    GL_TRY(obj, json::optionalObject(o, key, path));
    if (!obj) {
        return User{};
    }
    return parseUserObject(*obj, json::field(path, key));
}

Result<Team> parseTeamObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(
            GitHubText::tr("%1: expected a team object, found %2").arg(where(path), json::typeName(o)));
    }
    Team t;
    GL_TRY(id, number(o, "id", path));
    t.id = id;
    GL_TRY(slug, text(o, "slug", path));
    t.slug = slug;
    GL_TRY(name, text(o, "name", path));
    t.name = name;
    GL_TRY(url, text(o, "html_url", path));
    t.htmlUrl = url;
    if (t.slug.isEmpty() && t.name.isEmpty()) {
        return fail(GitHubText::tr("%1: a team needs a slug or a name").arg(where(path)));
    }
    return t;
}

Result<Environment> parseEnvironmentObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(GitHubText::tr("%1: expected an environment object, found %2")
                        .arg(where(path), json::typeName(o)));
    }
    Environment e;
    GL_TRY(id, json::integer(o, "id", path));
    e.id = id;
    GL_TRY(name, json::string(o, "name", path));
    e.name = name;
    GL_TRY(url, text(o, "html_url", path));
    e.htmlUrl = url;
    return e;
}

Result<Reviewer> parseReviewerObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(
            GitHubText::tr("%1: expected a reviewer object, found %2").arg(where(path), json::typeName(o)));
    }
    Reviewer r;
    GL_TRY(type, json::string(o, "type", path));
    r.typeName = type;
    if (type == QLatin1String("User")) {
        r.type = Reviewer::Type::User;
        GL_TRY(obj, json::optionalObject(o, "reviewer", path));
        if (!obj) {
            return fail(GitHubText::tr("%1: required field is missing").arg(json::field(path, "reviewer")));
        }
        GL_TRY(user, parseUserObject(*obj, json::field(path, "reviewer")));
        r.user = user;
    } else if (type == QLatin1String("Team")) {
        r.type = Reviewer::Type::Team;
        GL_TRY(obj, json::optionalObject(o, "reviewer", path));
        if (!obj) {
            return fail(GitHubText::tr("%1: required field is missing").arg(json::field(path, "reviewer")));
        }
        GL_TRY(team, parseTeamObject(*obj, json::field(path, "reviewer")));
        r.team = team;
    } // another type: kept by name, its reviewer object left unread
    return r;
}

Result<PendingDeployment> parsePendingDeploymentObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(GitHubText::tr("%1: expected a pending deployment object, found %2")
                        .arg(where(path), json::typeName(o)));
    }
    PendingDeployment d;
    GL_TRY(env, json::optionalObject(o, "environment", path));
    if (!env) {
        return fail(GitHubText::tr("%1: required field is missing").arg(json::field(path, "environment")));
    }
    GL_TRY(environment, parseEnvironmentObject(*env, json::field(path, "environment")));
    d.environment = environment;
    GL_TRY(wait, number(o, "wait_timer", path));
    d.waitTimerMinutes = static_cast<int>(std::clamp<qint64>(wait, 0, 1'000'000));
    GL_TRY(started, time(o, "wait_timer_started_at", path));
    d.waitTimerStartedAt = started;
    GL_TRY(can, json::optionalBool(o, "current_user_can_approve", path));
    d.currentUserCanApprove = can.value_or(false);
    GL_TRY(reviewers, optionalArray(o, "reviewers", path));
    if (reviewers) {
        const QString rp = json::field(path, "reviewers");
        for (std::size_t i = 0; i < reviewers->size(); ++i) {
            GL_TRY(r, parseReviewerObject((*reviewers)[i], json::element(rp, i)));
            d.reviewers.push_back(std::move(r));
        }
    }
    return d;
}

Result<WorkflowRun> parseWorkflowRunObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(GitHubText::tr("%1: expected a workflow run object, found %2")
                        .arg(where(path), json::typeName(o)));
    }
    WorkflowRun r;
    GL_TRY(id, json::integer(o, "id", path));
    r.id = id;
    GL_TRY(name, text(o, "name", path));
    r.name = name;
    GL_TRY(title, text(o, "display_title", path));
    r.displayTitle = title;
    GL_TRY(runNumber, number(o, "run_number", path));
    r.runNumber = runNumber;
    GL_TRY(attempt, number(o, "run_attempt", path));
    r.runAttempt = static_cast<int>(std::clamp<qint64>(attempt, 0, 1'000'000));
    GL_TRY(event, text(o, "event", path));
    r.event = event;
    GL_TRY(status, json::string(o, "status", path));
    r.status = status;
    GL_TRY(conclusion, text(o, "conclusion", path));
    r.conclusion = conclusion;
    GL_TRY(branch, text(o, "head_branch", path));
    r.headBranch = branch;
    GL_TRY(sha, text(o, "head_sha", path));
    r.headSha = sha;
    GL_TRY(url, text(o, "html_url", path));
    r.htmlUrl = url;
    GL_TRY(created, time(o, "created_at", path));
    r.createdAt = created;
    GL_TRY(updated, time(o, "updated_at", path));
    r.updatedAt = updated;
    GL_TRY(started, time(o, "run_started_at", path));
    r.runStartedAt = started;
    GL_TRY(actor, optionalUser(o, "actor", path));
    r.actor = actor;
    GL_TRY(triggering, optionalUser(o, "triggering_actor", path));
    r.triggeringActor = triggering;
    GL_TRY(commit, json::optionalObject(o, "head_commit", path));
    if (commit) {
        GL_TRY(message, text(*commit, "message", json::field(path, "head_commit")));
        r.commitMessage = message;
    }
    GL_TRY(repo, json::optionalObject(o, "repository", path));
    if (repo) {
        GL_TRY(fullName, text(*repo, "full_name", json::field(path, "repository")));
        r.repository = fullName;
    }
    return r;
}

Result<Review> parseReviewObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(
            GitHubText::tr("%1: expected a review object, found %2").arg(where(path), json::typeName(o)));
    }
    Review r;
    GL_TRY(state, json::string(o, "state", path));
    r.state = state;
    GL_TRY(comment, text(o, "comment", path));
    r.comment = comment;
    GL_TRY(user, optionalUser(o, "user", path));
    r.user = user;
    GL_TRY(envs, optionalArray(o, "environments", path));
    if (envs) {
        const QString ep = json::field(path, "environments");
        for (std::size_t i = 0; i < envs->size(); ++i) {
            const Json &e = (*envs)[i];
            const QString at = json::element(ep, i);
            if (!e.is_object()) {
                return fail(GitHubText::tr("%1: expected an environment object, found %2")
                                .arg(at, json::typeName(e)));
            }
            GL_TRY(envName, json::string(e, "name", at));
            r.environments.append(envName);
        }
    }
    return r;
}

Result<Deployment> parseDeploymentObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(
            GitHubText::tr("%1: expected a deployment object, found %2").arg(where(path), json::typeName(o)));
    }
    Deployment d;
    GL_TRY(id, json::integer(o, "id", path));
    d.id = id;
    GL_TRY(sha, text(o, "sha", path));
    d.sha = sha;
    GL_TRY(ref, text(o, "ref", path));
    d.ref = ref;
    GL_TRY(environment, text(o, "environment", path));
    d.environment = environment;
    GL_TRY(created, time(o, "created_at", path));
    d.createdAt = created;
    GL_TRY(creator, optionalUser(o, "creator", path));
    d.creator = creator;
    return d;
}

template <typename T, typename F> Result<std::vector<T>> parseArray(const QByteArray &body, F parseOne)
{
    GL_TRY(root, json::parse(body));
    if (!root.is_array()) {
        return fail(GitHubText::tr("expected an array, found %1").arg(json::typeName(root)));
    }
    std::vector<T> out;
    out.reserve(root.size());
    for (std::size_t i = 0; i < root.size(); ++i) {
        GL_TRY(item, parseOne(root[i], json::element(QString(), i)));
        out.push_back(std::move(item));
    }
    return out;
}

// One "errors" entry as a line: a string as it is; an object by its message, else by what it names.
QString errorLine(const Json &e)
{
    if (e.is_string()) {
        return json::qs(e.get_ref<const std::string &>());
    }
    if (!e.is_object()) {
        return {};
    }
    const auto message = e.find("message");
    if (message != e.end() && message->is_string() && !message->get_ref<const std::string &>().empty()) {
        return json::qs(message->get_ref<const std::string &>());
    }
    QStringList parts;
    for (const char *key : {"resource", "field", "code"}) {
        const auto it = e.find(key);
        if (it != e.end() && it->is_string() && !it->get_ref<const std::string &>().empty()) {
            parts.append(json::qs(it->get_ref<const std::string &>()));
        }
    }
    return parts.join(u' ');
}

// RFC 8288 link-value list, read strictly: any syntax error makes the whole header malformed.
class LinkHeaderReader
{
public:
    explicit LinkHeaderReader(const QByteArray &header) : m_s(header) {}

    std::optional<QUrl> next()
    {
        std::optional<QUrl> found;
        skipSpace();
        if (atEnd()) {
            return std::nullopt;
        }
        while (true) {
            skipSpace();
            if (atEnd() || m_s[m_i] != '<') {
                return std::nullopt;
            }
            const qsizetype close = m_s.indexOf('>', m_i + 1);
            if (close < 0) {
                return std::nullopt;
            }
            const QByteArray target = m_s.mid(m_i + 1, close - m_i - 1).trimmed();
            m_i = close + 1;
            bool isNext = false;
            // Parameters: ; name [= token | quoted-string]
            while (true) {
                skipSpace();
                if (atEnd() || m_s[m_i] == ',') {
                    break;
                }
                if (m_s[m_i] != ';') {
                    return std::nullopt;
                }
                ++m_i;
                skipSpace();
                const QByteArray name = token().toLower();
                if (name.isEmpty()) {
                    return std::nullopt;
                }
                skipSpace();
                QByteArray value;
                if (!atEnd() && m_s[m_i] == '=') {
                    ++m_i;
                    skipSpace();
                    const auto v = atEnd() ? std::nullopt : (m_s[m_i] == '"' ? quoted() : optionalToken());
                    if (!v) {
                        return std::nullopt;
                    }
                    value = *v;
                }
                if (name == "rel") {
                    const QList<QByteArray> rels = value.simplified().toLower().split(' ');
                    isNext = isNext || rels.contains("next");
                }
            }
            if (isNext && !found) {
                if (target.isEmpty()) {
                    return std::nullopt;
                }
                const QUrl url(QString::fromUtf8(target), QUrl::StrictMode);
                const QString scheme = url.scheme().toLower();
                if (!url.isValid() || url.host().isEmpty() ||
                    (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
                    return std::nullopt;
                }
                found = url;
            }
            if (atEnd()) {
                return found;
            }
            ++m_i; // the comma
            skipSpace();
            if (atEnd()) {
                return std::nullopt; // a trailing comma
            }
        }
    }

private:
    bool atEnd() const { return m_i >= m_s.size(); }
    void skipSpace()
    {
        while (!atEnd() && (m_s[m_i] == ' ' || m_s[m_i] == '\t')) {
            ++m_i;
        }
    }
    static bool isTokenChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
    }
    QByteArray token()
    {
        const qsizetype start = m_i;
        while (!atEnd() && isTokenChar(m_s[m_i])) {
            ++m_i;
        }
        return m_s.mid(start, m_i - start);
    }
    std::optional<QByteArray> optionalToken()
    {
        const QByteArray t = token();
        if (t.isEmpty()) {
            return std::nullopt;
        }
        return t;
    }
    std::optional<QByteArray> quoted()
    {
        QByteArray out;
        ++m_i; // the opening quote
        while (!atEnd()) {
            const char c = m_s[m_i++];
            if (c == '"') {
                return out;
            }
            if (c == '\\') {
                if (atEnd()) {
                    return std::nullopt;
                }
                out.append(m_s[m_i++]);
            } else {
                out.append(c);
            }
        }
        return std::nullopt; // unterminated
    }

    const QByteArray m_s;
    qsizetype m_i = 0;
};

} // namespace

QString Reviewer::displayName() const
{
    switch (type) {
    case Type::User:
        return user.login;
    case Type::Team: {
        static const QRegularExpression orgRe(QStringLiteral("/orgs/([^/]+)/teams/"));
        QString slugOrName = team.slug.isEmpty() ? team.name : team.slug;
        const auto m = orgRe.match(team.htmlUrl);
        if (m.hasMatch() && !team.slug.isEmpty()) {
            return m.captured(1) + u'/' + team.slug;
        }
        return slugOrName;
    }
    case Type::Other:
        break;
    }
    return typeName;
}

bool ApiError::secondaryRateLimit() const
{
    return documentationUrl.endsWith(QLatin1String("secondary-rate-limits")) ||
           documentationUrl.endsWith(QLatin1String("#abuse-rate-limits")) ||
           message.contains(QLatin1String("secondary rate limit"), Qt::CaseInsensitive);
}

Result<User> parseUser(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parseUserObject(root, {});
}

Result<QStringList> parseRepositories(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    if (!root.is_array()) {
        return fail(GitHubText::tr("expected an array of repositories, found %1").arg(json::typeName(root)));
    }
    QStringList names;
    for (size_t i = 0; i < root.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        if (!root[i].is_object()) {
            return fail(GitHubText::tr("%1: expected a repository object, found %2")
                            .arg(path, json::typeName(root[i])));
        }
        GL_TRY(name, json::string(root[i], "full_name", path));
        names.append(name);
    }
    return names;
}

Result<std::vector<PendingDeployment>> parsePendingDeployments(const QByteArray &body)
{
    return parseArray<PendingDeployment>(body, parsePendingDeploymentObject);
}

Result<WorkflowRun> parseWorkflowRun(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parseWorkflowRunObject(root, {});
}

Result<RunPage> parseRunPage(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    if (!root.is_object()) {
        return fail(
            GitHubText::tr("expected an object with \"workflow_runs\", found %1").arg(json::typeName(root)));
    }
    RunPage page;
    GL_TRY(total, json::integer(root, "total_count", {}));
    page.totalCount = static_cast<int>(std::clamp<qint64>(total, 0, std::numeric_limits<int>::max()));
    GL_TRY(runs, json::array(root, "workflow_runs", {}));
    page.runs.reserve(runs->size());
    for (std::size_t i = 0; i < runs->size(); ++i) {
        GL_TRY(run, parseWorkflowRunObject((*runs)[i], json::element(QStringLiteral("workflow_runs"), i)));
        page.runs.push_back(std::move(run));
    }
    return page;
}

Result<std::vector<Review>> parseReviews(const QByteArray &body)
{
    return parseArray<Review>(body, parseReviewObject);
}

Result<std::vector<Deployment>> parseReviewResponse(const QByteArray &body)
{
    return parseArray<Deployment>(body, parseDeploymentObject);
}

ApiError parseError(const QByteArray &body)
{
    ApiError e;
    const Json root = json::parseOrDiscarded(body);
    if (!root.is_object()) {
        return e;
    }
    const auto message = root.find("message");
    if (message != root.end() && message->is_string()) {
        e.message = json::qs(message->get_ref<const std::string &>()).left(500);
    }
    const auto doc = root.find("documentation_url");
    if (doc != root.end() && doc->is_string()) {
        e.documentationUrl = json::qs(doc->get_ref<const std::string &>()).left(500);
    }
    const auto errors = root.find("errors");
    if (errors != root.end() && errors->is_array()) {
        for (const Json &item : *errors) {
            const QString line = errorLine(item).left(300);
            if (!line.isEmpty()) {
                e.errors.append(line);
            }
            if (e.errors.size() >= 20) {
                break;
            }
        }
    }
    return e;
}

QString parseMessage(const QByteArray &body)
{
    const Json root = json::parseOrDiscarded(body);
    if (!root.is_object()) {
        return QString::fromUtf8(body.trimmed().left(200)).simplified();
    }
    const ApiError e = parseError(body);
    if (e.errors.isEmpty()) {
        return e.message;
    }
    const QString details = e.errors.join(QStringLiteral("; "));
    return (e.message.isEmpty() ? details : e.message + QStringLiteral(": ") + details).left(500);
}

std::optional<QUrl> nextPageLink(const QByteArray &linkHeader)
{
    if (linkHeader.size() > 16 * 1024) {
        return std::nullopt;
    }
    return LinkHeaderReader(linkHeader).next();
}

} // namespace gl::github
