// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The simulator's GitLab REST v4: deployments held for approval on protected environments, their
// approval rules and errors, and manual jobs. Written from GitLab's API documentation
// (docs/VENDOR-APIS.md §2), not from the provider.
#include "simulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrlQuery>

namespace glsim {

using json = nlohmann::json;

namespace {

std::string iso(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs).toStdString();
}

std::string fakeSha(qint64 seed)
{
    return QCryptographicHash::hash(QByteArray::number(seed), QCryptographicHash::Sha1).toHex().toStdString();
}

json msg(const std::string &text)
{
    return json{{"message", text}};
}

} // namespace

QString Simulator::gitlabDeploymentStatus(qint64 id) const
{
    for (const auto &p : m_gitlab.value("projects", json::array())) {
        for (const auto &d : p.value("deployments", json::array())) {
            if (d["id"].get<qint64>() == id) {
                return QString::fromStdString(d["status"].get<std::string>());
            }
        }
    }
    return {};
}

QString Simulator::gitlabJobStatus(qint64 id) const
{
    for (const auto &p : m_gitlab.value("projects", json::array())) {
        for (const auto &d : p.value("deployments", json::array())) {
            if (d.contains("job") && d["job"].value("id", 0LL) == id) {
                return QString::fromStdString(d["job"].value("status", "manual"));
            }
        }
        for (const auto &j : p.value("manual_jobs", json::array())) {
            if (j["id"].get<qint64>() == id) {
                return QString::fromStdString(j["status"].get<std::string>());
            }
        }
    }
    return {};
}

QString Simulator::loadGitLab(const json &scenario)
{
    m_gitlab = json::object();
    if (!scenario.is_object()) {
        return {};
    }
    json users = scenario.value("users", json::array());
    m_gitlab["users"] = users;
    m_gitlab["me"] = scenario.value("me", users.empty() ? 0 : users[0].value("id", 0));
    m_gitlab["projects"] = json::array();
    m_gitlab["etags"] = scenario.value("etags", true);
    if (scenario.contains("scopes")) { // the token's scopes, for GET /personal_access_tokens/self
        m_gitlab["scopes"] = scenario["scopes"];
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (json p : scenario.value("projects", json::array())) {
        if (!p.contains("id") || !p.contains("path")) {
            return QStringLiteral("scenario: every gitlab project needs \"id\" and \"path\"");
        }
        if (!p.contains("deployments")) {
            p["deployments"] = json::array();
        }
        if (!p.contains("manual_jobs")) {
            p["manual_jobs"] = json::array();
        }
        for (auto &d : p["deployments"]) {
            d["created_at"] = iso(now.addSecs(-60LL * d.value("age_minutes", 30)));
            if (!d.contains("status")) {
                d["status"] = "blocked";
            }
            if (d.contains("rules")) { // multiple approval rules; without them, the unified setting
                for (auto &r : d["rules"]) {
                    if (!r.contains("approvals")) {
                        r["approvals"] = json::array();
                    }
                }
            }
            if (!d.contains("approvals")) {
                d["approvals"] = json::array();
            }
        }
        for (auto &j : p["manual_jobs"]) {
            j["created_at"] = iso(now.addSecs(-60LL * j.value("age_minutes", 30)));
            if (!j.contains("status")) {
                j["status"] = "manual";
            }
        }
        m_gitlab["projects"].push_back(p);
    }
    return {};
}

json Simulator::gitlabUser(qint64 id) const
{
    for (const auto &u : m_gitlab.value("users", json::array())) {
        if (u.value("id", 0LL) == id) {
            return {{"id", id},
                    {"username", u.value("username", "")},
                    {"name", u.value("name", "")},
                    {"state", "active"},
                    {"avatar_url", nullptr},
                    {"web_url", webBase() + u.value("username", std::string())}};
        }
    }
    return {{"id", id}, {"username", "user" + std::to_string(id)}, {"name", "User " + std::to_string(id)}};
}

json Simulator::gitlabDeployment(const json &p, const json &d, bool extended) const
{
    const json job = d.value("job", json::object());
    const std::string pipelineUrl =
        webBase() + p["path"].get<std::string>() + "/-/pipelines/" + std::to_string(d.value("pipeline", 0));
    json out = {
        {"id", d["id"]},
        {"iid", d.value("iid", d["id"].get<qint64>())},
        {"ref", d.value("ref", "main")},
        {"sha", d.value("sha", fakeSha(d["id"].get<qint64>()))},
        {"created_at", d["created_at"]},
        {"updated_at", d.value("updated_at", d["created_at"])},
        {"status", d["status"]},
        {"user", gitlabUser(d.value("user", 0LL))},
        {"environment",
         {{"id", 1}, {"name", d.value("environment", "production")}, {"external_url", nullptr}}},
        {"deployable",
         {{"id", job.value("id", 0)},
          {"status", job.value("status", "manual")},
          {"stage", job.value("stage", "deploy")},
          {"name", job.value("name", "deploy")},
          {"ref", d.value("ref", "main")},
          {"web_url",
           webBase() + p["path"].get<std::string>() + "/-/jobs/" + std::to_string(job.value("id", 0))},
          {"commit", {{"title", d.value("commit_title", "")}, {"author_name", d.value("commit_author", "")}}},
          {"pipeline",
           {{"id", d.value("pipeline", 0)}, {"ref", d.value("ref", "main")}, {"web_url", pipelineUrl}}}}}};
    if (!extended) {
        return out;
    }
    if (d.contains("rules")) {
        json rules = json::array();
        for (const auto &r : d["rules"]) {
            json approvals = json::array();
            for (const auto &a : r["approvals"]) {
                approvals.push_back({{"user", gitlabUser(a["user"].get<qint64>())},
                                     {"status", a["status"]},
                                     {"created_at", a["created_at"]},
                                     {"comment", a.value("comment", json())}});
            }
            rules.push_back({{"user_id", nullptr},
                             {"group_id", r.value("group_id", 0)},
                             {"access_level", nullptr},
                             {"access_level_description", r.value("description", "")},
                             {"required_approvals", r.value("required", 1)},
                             {"deployment_approvals", approvals}});
        }
        out["approval_summary"] = {{"rules", rules}};
        out["pending_approval_count"] = 0;
        out["approvals"] = json::array();
    } else {
        json approvals = json::array();
        int given = 0;
        for (const auto &a : d["approvals"]) {
            given += a["status"] == "approved";
            approvals.push_back({{"user", gitlabUser(a["user"].get<qint64>())},
                                 {"status", a["status"]},
                                 {"created_at", a["created_at"]},
                                 {"comment", a.value("comment", json())}});
        }
        out["approvals"] = approvals;
        out["pending_approval_count"] = std::max(0, d.value("required_approval_count", 1) - given);
    }
    return out;
}

json Simulator::gitlabJob(const json &p, const json &j) const
{
    return {
        {"id", j["id"]},
        {"name", j.value("name", "job")},
        {"stage", j.value("stage", "deploy")},
        {"status", j["status"]},
        {"ref", j.value("ref", "main")},
        {"created_at", j.value("created_at", json())},
        {"web_url",
         webBase() + p["path"].get<std::string>() + "/-/jobs/" + std::to_string(j["id"].get<qint64>())},
        {"user", gitlabUser(j.value("user", 0LL))},
        {"commit",
         {{"id", j.value("sha", fakeSha(j.value("pipeline", 0LL)))}, {"title", j.value("commit_title", "")}}},
        {"pipeline", {{"id", j.value("pipeline", 0)}, {"ref", j.value("ref", "main")}}}};
}

std::string Simulator::webBase() const
{
    return baseUrl().toString().toStdString() + "/";
}

QByteArray Simulator::pageLinks(const QString &path, const QUrlQuery &query, int page, int pages) const
{
    const auto link = [&](int to, const char *rel) -> QByteArray { // not a QStringBuilder of temporaries
        QUrlQuery q = query;
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(to));
        QUrl url = baseUrl();
        url.setPath(QStringLiteral("/api/v4/") + path, QUrl::StrictMode);
        url.setQuery(q);
        return "<" + url.toEncoded() + ">; rel=\"" + rel + "\"";
    };
    QList<QByteArray> links;
    if (page > 1) {
        links << link(page - 1, "prev");
    }
    if (page < pages) {
        links << link(page + 1, "next");
    }
    links << link(1, "first") << link(pages, "last");
    return links.join(", ");
}

Simulator::Reply Simulator::gitlabRoute(const QByteArray &method, const QStringList &parts,
                                        const QString &rawQuery, const QByteArray &body)
{
    const QUrlQuery query(rawQuery);
    const qint64 me = m_gitlab.value("me", 0LL);
    if (parts == QStringList{QStringLiteral("user")} && method == "GET") {
        return {200, gitlabUser(me), {}};
    }
    // The token's own record: its scopes decide whether it may approve ("api") or only read ("read_api").
    if (parts == QStringList{QStringLiteral("personal_access_tokens"), QStringLiteral("self")} &&
        method == "GET") {
        if (!m_gitlab.contains("scopes")) {
            return {404, msg("404 Not Found"), {}}; // a server that does not know the endpoint
        }
        return {200,
                {{"id", 1},
                 {"name", "greenlight"},
                 {"active", true},
                 {"revoked", false},
                 {"scopes", m_gitlab["scopes"]},
                 {"user_id", me}},
                {}};
    }
    // Discovery: the projects I am a member of, with at least the given role (default: every member).
    if (parts == QStringList{QStringLiteral("projects")} && method == "GET") {
        const int minLevel = query.queryItemValue(QStringLiteral("min_access_level")).toInt();
        json all = json::array();
        for (const auto &p : m_gitlab["projects"]) {
            if (p.value("access_level", 40) >= minLevel) {
                const std::string path = p["path"].get<std::string>();
                all.push_back({{"id", p["id"]},
                               {"path_with_namespace", path},
                               {"name_with_namespace", p.value("title", path)},
                               {"web_url", webBase() + path}});
            }
        }
        const int perPage = std::clamp(query.queryItemValue(QStringLiteral("per_page")).toInt(), 1, 100);
        const int page = std::max(1, query.queryItemValue(QStringLiteral("page")).toInt());
        const int pageSize = std::min(perPage, m_pageSize);
        const int total = static_cast<int>(all.size());
        json items = json::array();
        // The broken server's pages after the first also repeat the last item of the page before.
        const int first = std::max(0, (page - 1) * pageSize - (m_repeatPageToken && page > 1 ? 1 : 0));
        for (int i = first; i < std::min(total, page * pageSize); ++i) {
            items.push_back(all[static_cast<std::size_t>(i)]);
        }
        QList<QPair<QByteArray, QByteArray>> headers;
        headers.append(
            {"X-Next-Page", page * pageSize < total ? QByteArray::number(page + 1) : QByteArray()});
        return {200, items, headers};
    }
    if (parts.size() < 2 || parts[0] != QLatin1String("projects")) {
        return {404, msg("404 Not Found"), {}};
    }
    json *project = nullptr;
    for (auto &p : m_gitlab["projects"]) {
        if (std::to_string(p["id"].get<qint64>()) == parts[1].toStdString() ||
            p["path"] == parts[1].toStdString()) {
            project = &p;
        }
    }
    if (!project) {
        return {404, msg("404 Project Not Found"), {}};
    }
    json &p = *project;
    if (parts.size() == 2 && method == "GET") {
        return {200,
                {{"id", p["id"]},
                 {"path_with_namespace", p["path"]},
                 {"web_url", webBase() + p["path"].get<std::string>()},
                 {"allow_pipeline_trigger_approve_deployment", p.value("allow_self_approval", false)}},
                {}};
    }
    if (parts.size() < 3) { // a POST or PUT to the project itself: read no further than its path
        return {404, msg("404 Not Found"), {}};
    }
    const QString &what = parts[2];
    if (what == QLatin1String("deployments") && parts.size() == 3 && method == "GET") {
        const QString status = query.queryItemValue(QStringLiteral("status"));
        json all = json::array();
        for (const auto &d : p["deployments"]) {
            if (status.isEmpty() || d["status"] == status.toStdString()) {
                all.push_back(gitlabDeployment(p, d, false));
            }
        }
        const int perPage = std::clamp(query.queryItemValue(QStringLiteral("per_page")).toInt(), 1, 100);
        const int page = std::max(1, query.queryItemValue(QStringLiteral("page")).toInt());
        const int total = static_cast<int>(all.size());
        const int pageSize = std::min(perPage, m_pageSize);
        json items = json::array();
        // The broken server's pages after the first also repeat the last item of the page before.
        const int first = std::max(0, (page - 1) * pageSize - (m_repeatPageToken && page > 1 ? 1 : 0));
        for (int i = first; i < std::min(total, page * pageSize); ++i) {
            items.push_back(all[static_cast<std::size_t>(i)]);
        }
        const int pages = std::max(1, (total + pageSize - 1) / pageSize);
        QList<QPair<QByteArray, QByteArray>> headers = {
            {"X-Page", QByteArray::number(page)},
            {"X-Per-Page", QByteArray::number(pageSize)},
            {"X-Total", QByteArray::number(total)},
            {"X-Total-Pages", QByteArray::number(pages)},
            {"X-Next-Page", page < pages ? QByteArray::number(page + 1)
                            : m_repeatPageToken && pages > 1
                                ? QByteArray("1") // a broken server: back to page 1
                                : QByteArray()}};
        // RFC 8288 links, as GitLab sends them: clients such as python-gitlab follow rel="next".
        headers.append({"Link", pageLinks(QStringLiteral("projects/") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(parts[1])) +
                                              QStringLiteral("/deployments"),
                                          query, page, pages)});
        return {200, items, headers};
    }
    if (what == QLatin1String("deployments") && parts.size() >= 4) {
        json *deployment = nullptr;
        for (auto &d : p["deployments"]) {
            if (std::to_string(d["id"].get<qint64>()) == parts[3].toStdString()) {
                deployment = &d;
            }
        }
        if (!deployment) {
            return {404, msg("404 Not found"), {}};
        }
        json &d = *deployment;
        if (parts.size() == 4 && method == "GET") {
            return {200, gitlabDeployment(p, d, true), {}};
        }
        if (parts.size() == 5 && parts[4] == QLatin1String("approval") && method == "POST") {
            return gitlabApprove(p, d, body, me);
        }
    }
    if (what == QLatin1String("jobs") && parts.size() == 3 && method == "GET") {
        json items = json::array();
        const bool manualOnly = rawQuery.contains(QLatin1String("manual"));
        for (const auto &d : p["deployments"]) {
            const json &job = d.value("job", json::object());
            if (!manualOnly || job.value("status", "manual") == "manual") {
                json j = job;
                j["status"] = job.value("status", "manual");
                j["ref"] = d.value("ref", "main");
                j["created_at"] = d["created_at"];
                items.push_back(gitlabJob(p, j));
            }
        }
        for (const auto &j : p["manual_jobs"]) {
            if (!manualOnly || j["status"] == "manual") {
                items.push_back(gitlabJob(p, j));
            }
        }
        return {200, items, {}};
    }
    if (what == QLatin1String("jobs") && parts.size() >= 4) {
        json *job = nullptr;
        for (auto &j : p["manual_jobs"]) {
            if (std::to_string(j["id"].get<qint64>()) == parts[3].toStdString()) {
                job = &j;
            }
        }
        for (auto &d : p["deployments"]) {
            if (d.contains("job") && std::to_string(d["job"].value("id", 0LL)) == parts[3].toStdString()) {
                if (!d["job"].contains("status")) {
                    d["job"]["status"] = "manual";
                }
                job = &d["job"];
            }
        }
        if (!job) {
            return {404, msg("404 Not found"), {}};
        }
        if (parts.size() == 4 && method == "GET") {
            return {200, gitlabJob(p, *job), {}};
        }
        if (parts.size() == 5 && parts[4] == QLatin1String("play") && method == "POST") {
            if (job->value("status", "") != "manual") {
                return {400, msg("400 Bad request - Unplayable Job"), {}};
            }
            (*job)["status"] = "pending";
            return {200, gitlabJob(p, *job), {}};
        }
    }
    return {404, msg("404 Not Found"), {}};
}

Simulator::Reply Simulator::gitlabApprove(json &p, json &d, const QByteArray &body, qint64 me)
{
    // Parameters arrive as JSON or as a form.
    json params = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!params.is_object()) {
        params = json::object();
        const QUrlQuery form(QString::fromUtf8(body));
        for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded)) {
            params[k.toStdString()] = v.toStdString();
        }
    }
    const std::string status = params.value("status", "");
    if (status != "approved" && status != "rejected") {
        return {400, json{{"error", "status does not have a valid value"}}, {}};
    }
    json comment = params.value("comment", json());
    if (comment.is_string() && QString::fromStdString(comment.get<std::string>()).size() > 255) {
        return {400,
                json{{"message", {{"comment", json::array({"is too long (maximum is 255 characters)"})}}}},
                {}};
    }
    if (!d.value("protected", true)) {
        return {400, msg("This environment is not protected."), {}};
    }
    if (status == "approved" && d.value("user", 0LL) == me && !p.value("allow_self_approval", false)) {
        return {
            400,
            msg("You cannot approve your own deployment. This configuration can be adjusted in the protected "
                "environment settings."),
            {}};
    }
    if (d["status"] != "blocked") {
        return {400, msg("This deployment is not waiting for approvals."), {}};
    }
    const json approval = {{"user", me},
                           {"status", status},
                           {"created_at", iso(QDateTime::currentDateTimeUtc())},
                           {"comment", comment}};
    auto upsert = [&](json &list) {
        for (auto &a : list) {
            if (a["user"] == me) {
                if (a["status"] !=
                    status) { // switching updates status and comment; the same again changes nothing
                    a = approval;
                }
                return;
            }
        }
        list.push_back(approval);
    };
    if (d.contains("rules")) {
        json *rule = nullptr;
        const std::string represented = params.value("represented_as", "");
        for (auto &r : d["rules"]) {
            const json members = r.value("members", json::array());
            const bool member = std::find(members.begin(), members.end(), json(me)) != members.end();
            if (member && (represented.empty() || r.value("description", "") == represented)) {
                rule = &r;
                break;
            }
        }
        if (!rule) {
            return {
                400,
                represented.empty()
                    ? msg("You don't have permission to approve this deployment. Contact the project or "
                          "group owner for help.")
                    : msg("There are no approval rules for the given `represent_as` parameter. Use a valid "
                          "User/Group/Role name instead."),
                {}};
        }
        upsert((*rule)["approvals"]);
    } else {
        upsert(d["approvals"]);
    }
    // An approval is a record of its own (belongs_to the deployment, no touch): it changes the deployment's
    // updated_at only when it changes the deployment's status.
    const json statusBefore = d["status"];
    if (status == "rejected") {
        d["status"] = "failed";
        d["job"]["status"] = "failed";
    } else if (d.contains("rules")) {
        bool met = true;
        for (const auto &r : d["rules"]) {
            int given = 0;
            for (const auto &a : r["approvals"]) {
                given += a["status"] == "approved";
            }
            met = met && given >= r.value("required", 1);
        }
        if (met) {
            d["status"] = "created"; // unblocked; with rules the job stays manual until someone runs it
        }
    } else {
        int given = 0;
        for (const auto &a : d["approvals"]) {
            given += a["status"] == "approved";
        }
        if (given >= d.value("required_approval_count", 1)) {
            d["status"] = "running";
            d["job"]["status"] = "pending";
        }
    }
    if (d["status"] != statusBefore) {
        d["updated_at"] = iso(QDateTime::currentDateTimeUtc());
    }
    json out = approval;
    out["user"] = gitlabUser(me);
    return {201, out, {}};
}

} // namespace glsim
