// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/gitlab/gitlabparse.h"

#include "json.h"

#include <QCoreApplication>

#include <algorithm>

namespace gl::gitlab {
namespace {

using json::Json;
using json::number;
using json::text;

struct GitLabText
{
    Q_DECLARE_TR_FUNCTIONS(GitLab)
};

Result<User> parseUserObject(const Json &o, const QString &path)
{
    User u;
    GL_TRY(id, json::integer(o, "id", path));
    u.id = id;
    GL_TRY(username, text(o, "username", path));
    u.username = username;
    GL_TRY(name, text(o, "name", path));
    u.name = name;
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

Result<Approval> parseApprovalObject(const Json &o, const QString &path)
{
    Approval a;
    GL_TRY(user, optionalUser(o, "user", path));
    a.user = user;
    GL_TRY(status, json::string(o, "status", path));
    a.status = status;
    GL_TRY(created, json::optionalDateTime(o, "created_at", path));
    a.createdAt = created.value_or(QDateTime());
    GL_TRY(comment, text(o, "comment", path));
    a.comment = comment;
    return a;
}

Result<std::vector<Approval>> approvalList(const Json &o, const char *key, const QString &path)
{
    std::vector<Approval> out;
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        return out;
    }
    const QString at = json::field(path, key);
    if (!it->is_array()) {
        return fail(GitLabText::tr("%1: expected an array, found %2").arg(at, json::typeName(*it)));
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        GL_TRY(a, parseApprovalObject((*it)[i], json::element(at, i)));
        out.push_back(std::move(a));
    }
    return out;
}

Result<Deployment> parseDeploymentObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(GitLabText::tr("%1: expected a deployment object, found %2")
                        .arg(path.isEmpty() ? GitLabText::tr("body") : path, json::typeName(o)));
    }
    Deployment d;
    GL_TRY(id, json::integer(o, "id", path));
    d.id = id;
    GL_TRY(iid, number(o, "iid", path));
    d.iid = iid;
    GL_TRY(ref, text(o, "ref", path));
    d.ref = ref;
    GL_TRY(sha, text(o, "sha", path));
    d.sha = sha;
    GL_TRY(status, json::string(o, "status", path));
    d.status = status;
    GL_TRY(created, json::optionalDateTime(o, "created_at", path));
    d.createdAt = created.value_or(QDateTime());
    GL_TRY(updated, json::optionalDateTime(o, "updated_at", path));
    d.updatedAt = updated.value_or(QDateTime());
    GL_TRY(user, optionalUser(o, "user", path));
    d.user = user;
    GL_TRY(env, json::optionalObject(o, "environment", path));
    if (env) {
        GL_TRY(name, text(*env, "name", json::field(path, "environment")));
        d.environment = name;
    }
    GL_TRY(job, json::optionalObject(o, "deployable", path));
    if (job) {
        const QString jp = json::field(path, "deployable");
        GL_TRY(jobId, number(*job, "id", jp));
        d.jobId = jobId;
        GL_TRY(jobName, text(*job, "name", jp));
        d.jobName = jobName;
        GL_TRY(jobStatus, text(*job, "status", jp));
        d.jobStatus = jobStatus;
        GL_TRY(jobUrl, text(*job, "web_url", jp));
        d.jobWebUrl = jobUrl;
        GL_TRY(pipeline, json::optionalObject(*job, "pipeline", jp));
        if (pipeline) {
            GL_TRY(pid, number(*pipeline, "id", json::field(jp, "pipeline")));
            d.pipelineId = pid;
            GL_TRY(purl, text(*pipeline, "web_url", json::field(jp, "pipeline")));
            d.pipelineWebUrl = purl;
        }
        GL_TRY(commit, json::optionalObject(*job, "commit", jp));
        if (commit) {
            GL_TRY(title, text(*commit, "title", json::field(jp, "commit")));
            d.commitTitle = title;
            GL_TRY(author, text(*commit, "author_name", json::field(jp, "commit")));
            d.commitAuthor = author;
        }
    }
    GL_TRY(pending, json::optionalInteger(o, "pending_approval_count", path));
    if (pending) {
        d.pendingApprovalCount = static_cast<int>(*pending);
    }
    GL_TRY(approvals, approvalList(o, "approvals", path));
    d.approvals = std::move(approvals);
    GL_TRY(summary, json::optionalObject(o, "approval_summary", path));
    if (summary) {
        const QString sp = json::field(path, "approval_summary");
        GL_TRY(rules, json::array(*summary, "rules", sp));
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const Json &r = (*rules)[i];
            const QString rp = json::element(json::field(sp, "rules"), i);
            Rule rule;
            GL_TRY(desc, text(r, "access_level_description", rp));
            rule.description = desc;
            GL_TRY(required, json::integer(r, "required_approvals", rp));
            rule.required = static_cast<int>(required);
            GL_TRY(ruleApprovals, approvalList(r, "deployment_approvals", rp));
            rule.approvals = std::move(ruleApprovals);
            d.rules.push_back(std::move(rule));
        }
    }
    return d;
}

Result<Job> parseJobObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(GitLabText::tr("%1: expected a job object, found %2")
                        .arg(path.isEmpty() ? GitLabText::tr("body") : path, json::typeName(o)));
    }
    Job j;
    GL_TRY(id, json::integer(o, "id", path));
    j.id = id;
    GL_TRY(name, json::string(o, "name", path));
    j.name = name;
    GL_TRY(stage, text(o, "stage", path));
    j.stage = stage;
    GL_TRY(status, json::string(o, "status", path));
    j.status = status;
    GL_TRY(ref, text(o, "ref", path));
    j.ref = ref;
    GL_TRY(created, json::optionalDateTime(o, "created_at", path));
    j.createdAt = created.value_or(QDateTime());
    GL_TRY(url, text(o, "web_url", path));
    j.webUrl = url;
    GL_TRY(user, optionalUser(o, "user", path));
    j.user = user;
    GL_TRY(pipeline, json::optionalObject(o, "pipeline", path));
    if (pipeline) {
        GL_TRY(pid, number(*pipeline, "id", json::field(path, "pipeline")));
        j.pipelineId = pid;
    }
    GL_TRY(commit, json::optionalObject(o, "commit", path));
    if (commit) {
        GL_TRY(title, text(*commit, "title", json::field(path, "commit")));
        j.commitTitle = title;
        GL_TRY(sha, text(*commit, "id", json::field(path, "commit")));
        j.sha = sha;
    }
    return j;
}

template <typename T, typename F> Result<std::vector<T>> parseArray(const QByteArray &body, F parseOne)
{
    GL_TRY(root, json::parse(body));
    if (!root.is_array()) {
        return fail(GitLabText::tr("expected an array, found %1").arg(json::typeName(root)));
    }
    std::vector<T> out;
    for (std::size_t i = 0; i < root.size(); ++i) {
        GL_TRY(item, parseOne(root[i], QStringLiteral("[%1]").arg(i)));
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace

ApprovalCount Deployment::approvalCount() const
{
    if (!rules.empty()) {
        ApprovalCount c{0, 0};
        for (const Rule &r : rules) {
            c.required += r.required;
            c.given +=
                static_cast<int>(std::count_if(r.approvals.begin(), r.approvals.end(), [](const Approval &a) {
                    return a.status == QLatin1String("approved");
                }));
        }
        return c;
    }
    const int given =
        static_cast<int>(std::count_if(approvals.begin(), approvals.end(), [](const Approval &a) {
            return a.status == QLatin1String("approved");
        }));
    return ApprovalCount{given, given + std::max(0, pendingApprovalCount.value_or(0))};
}

bool Deployment::nextDecisionChangesStatus() const
{
    if (rules.size() > 1) { // another rule's approvals may keep it blocked
        return false;
    }
    if (rules.empty() && !pendingApprovalCount) {
        return false;
    }
    const ApprovalCount c = approvalCount();
    return c.required - c.given == 1;
}

std::vector<Approval> Deployment::history() const
{
    std::vector<Approval> all = approvals;
    for (const Rule &r : rules) {
        all.insert(all.end(), r.approvals.begin(), r.approvals.end());
    }
    std::sort(all.begin(), all.end(),
              [](const Approval &a, const Approval &b) { return a.createdAt < b.createdAt; });
    return all;
}

Result<std::vector<Deployment>> parseDeployments(const QByteArray &body)
{
    return parseArray<Deployment>(body, parseDeploymentObject);
}

Result<Deployment> parseDeployment(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parseDeploymentObject(root, {});
}

Result<std::vector<Job>> parseJobs(const QByteArray &body)
{
    return parseArray<Job>(body, parseJobObject);
}

Result<Job> parseJob(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parseJobObject(root, {});
}

Result<User> parseUser(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parseUserObject(root, {});
}

Result<Project> parseProject(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    Project p;
    GL_TRY(id, json::integer(root, "id", {}));
    p.id = id;
    GL_TRY(path, text(root, "path_with_namespace", {}));
    p.pathWithNamespace = path;
    GL_TRY(url, text(root, "web_url", {}));
    p.webUrl = url;
    GL_TRY(allow, json::optionalBool(root, "allow_pipeline_trigger_approve_deployment", {}));
    p.allowSelfApproval = allow.value_or(false);
    return p;
}

Result<Approval> parseApproval(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parseApprovalObject(root, {});
}

QString parseMessage(const QByteArray &body)
{
    const Json root = json::parseOrDiscarded(body);
    if (!root.is_object()) {
        return QString::fromUtf8(body.trimmed().left(200)); // GitLab's 429 body is plain text
    }
    for (const char *key : {"message", "error"}) {
        const auto it = root.find(key);
        if (it == root.end()) {
            continue;
        }
        if (it->is_string()) {
            return json::qs(it->get_ref<const std::string &>()).left(500);
        }
        if (it->is_object()) { // {"message": {"field": ["is invalid"]}}
            QStringList parts;
            for (auto f = it->begin(); f != it->end(); ++f) {
                QStringList reasons;
                if (f->is_array()) {
                    for (const auto &r : *f) {
                        if (r.is_string()) {
                            reasons.append(json::qs(r.get_ref<const std::string &>()));
                        }
                    }
                }
                parts.append(json::qs(f.key()) + u' ' + reasons.join(QStringLiteral(", ")));
            }
            return parts.join(QStringLiteral("; ")).left(500);
        }
    }
    return {};
}

} // namespace gl::gitlab
