// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/circleci/circleciparse.h"

#include "json.h"

#include <QCoreApplication>

namespace gl::circleci {
namespace {

using json::Json;

template <typename T, typename ParseItem>
Result<Page<T>> parsePage(const QByteArray &body, ParseItem parseItem)
{
    GL_TRY(root, json::parse(body));
    if (!root.is_object()) {
        return fail(QCoreApplication::translate("circleci", "expected an object with \"items\", found %1")
                        .arg(json::typeName(root)));
    }
    GL_TRY(items, json::array(root, "items", {}));
    Page<T> page;
    page.items.reserve(items->size());
    for (std::size_t i = 0; i < items->size(); ++i) {
        GL_TRY(item, parseItem((*items)[i], json::element(QStringLiteral("items"), i)));
        page.items.push_back(std::move(item));
    }
    GL_TRY(token, json::optionalString(root, "next_page_token", {}));
    page.nextPageToken = token.value_or(QString());
    return page;
}

Result<QString> optionalText(const Json &object, const char *key, const QString &path)
{
    GL_TRY(value, json::optionalString(object, key, path));
    return value.value_or(QString());
}

Result<Pipeline> parsePipelineItem(const Json &item, const QString &path)
{
    Pipeline p;
    GL_TRY(id, json::string(item, "id", path));
    p.id = id;
    GL_TRY(number, json::integer(item, "number", path));
    p.number = number;
    GL_TRY(slug, optionalText(item, "project_slug", path));
    p.projectSlug = slug;
    GL_TRY(state, optionalText(item, "state", path));
    p.state = state;
    GL_TRY(created, json::dateTime(item, "created_at", path));
    p.createdAt = created;
    GL_TRY(vcs, json::optionalObject(item, "vcs", path));
    if (vcs) {
        const QString vcsPath = json::field(path, "vcs");
        GL_TRY(branch, optionalText(*vcs, "branch", vcsPath));
        p.branch = branch;
        GL_TRY(tag, optionalText(*vcs, "tag", vcsPath));
        p.tag = tag;
        GL_TRY(revision, optionalText(*vcs, "revision", vcsPath));
        p.revision = revision;
        GL_TRY(commit, json::optionalObject(*vcs, "commit", vcsPath));
        if (commit) {
            GL_TRY(subject, optionalText(*commit, "subject", json::field(vcsPath, "commit")));
            p.subject = subject;
        }
    }
    GL_TRY(trigger, json::optionalObject(item, "trigger", path));
    if (trigger) {
        GL_TRY(actor, json::optionalObject(*trigger, "actor", json::field(path, "trigger")));
        if (actor) {
            GL_TRY(login, optionalText(*actor, "login", json::field(json::field(path, "trigger"), "actor")));
            p.actor = login;
        }
    }
    return p;
}

Result<Workflow> parseWorkflowItem(const Json &item, const QString &path)
{
    Workflow w;
    GL_TRY(id, json::string(item, "id", path));
    w.id = id;
    GL_TRY(name, json::string(item, "name", path));
    w.name = name;
    GL_TRY(status, json::string(item, "status", path));
    w.status = status;
    GL_TRY(pipelineId, optionalText(item, "pipeline_id", path));
    w.pipelineId = pipelineId;
    GL_TRY(pipelineNumber, json::optionalInteger(item, "pipeline_number", path));
    w.pipelineNumber = pipelineNumber.value_or(0);
    GL_TRY(slug, optionalText(item, "project_slug", path));
    w.projectSlug = slug;
    GL_TRY(created, json::dateTime(item, "created_at", path));
    w.createdAt = created;
    GL_TRY(stopped, json::optionalDateTime(item, "stopped_at", path));
    w.stoppedAt = stopped.value_or(QDateTime());
    GL_TRY(startedBy, optionalText(item, "started_by", path));
    w.startedBy = startedBy;
    return w;
}

Result<Job> parseJobItem(const Json &item, const QString &path)
{
    Job j;
    GL_TRY(id, json::string(item, "id", path));
    j.id = id;
    GL_TRY(name, json::string(item, "name", path));
    j.name = name;
    GL_TRY(type, json::string(item, "type", path));
    j.type = type;
    GL_TRY(status, json::string(item, "status", path));
    j.status = status;
    GL_TRY(number, json::optionalInteger(item, "job_number", path));
    j.jobNumber = number;
    GL_TRY(started, json::optionalDateTime(item, "started_at", path));
    j.startedAt = started.value_or(QDateTime());
    GL_TRY(stopped, json::optionalDateTime(item, "stopped_at", path));
    j.stoppedAt = stopped.value_or(QDateTime());
    GL_TRY(requestId, optionalText(item, "approval_request_id", path));
    j.approvalRequestId = requestId;
    GL_TRY(approvedBy, optionalText(item, "approved_by", path));
    j.approvedBy = approvedBy;
    GL_TRY(canceledBy, optionalText(item, "canceled_by", path));
    j.canceledBy = canceledBy;
    const auto deps = item.find("dependencies");
    if (deps != item.end() && !deps->is_null()) {
        const QString depsPath = json::field(path, "dependencies");
        if (!deps->is_array()) {
            return fail(QCoreApplication::translate("circleci", "%1: expected an array, found %2")
                            .arg(depsPath, json::typeName(*deps)));
        }
        for (std::size_t i = 0; i < deps->size(); ++i) {
            const Json &d = (*deps)[i];
            if (!d.is_string()) {
                return fail(QCoreApplication::translate("circleci", "%1: expected a job id string, found %2")
                                .arg(json::element(depsPath, i), json::typeName(d)));
            }
            j.dependencies.append(json::qs(d.get_ref<const std::string &>()));
        }
    }
    return j;
}

} // namespace

bool Job::isPendingApproval() const
{
    return type == QLatin1String("approval") && status == QLatin1String("on_hold");
}

Result<Page<Pipeline>> parsePipelinePage(const QByteArray &body)
{
    return parsePage<Pipeline>(body, parsePipelineItem);
}

Result<Pipeline> parsePipeline(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parsePipelineItem(root, {});
}

Result<Page<Workflow>> parseWorkflowPage(const QByteArray &body)
{
    return parsePage<Workflow>(body, parseWorkflowItem);
}

Result<Workflow> parseWorkflow(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    return parseWorkflowItem(root, {});
}

Result<Page<Job>> parseJobPage(const QByteArray &body)
{
    return parsePage<Job>(body, parseJobItem);
}

Result<User> parseUser(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    User u;
    GL_TRY(id, json::string(root, "id", {}));
    u.id = id;
    GL_TRY(login, optionalText(root, "login", {}));
    u.login = login;
    GL_TRY(name, optionalText(root, "name", {}));
    u.name = name;
    return u;
}

QString parseMessage(const QByteArray &body)
{
    const Json root = json::parseOrDiscarded(body);
    if (root.is_object()) {
        const auto it = root.find("message");
        if (it != root.end() && it->is_string()) {
            return json::qs(it->get_ref<const std::string &>()).left(500);
        }
    }
    return {};
}

bool isTerminalWorkflowStatus(const QString &status)
{
    static const QStringList terminal = {QStringLiteral("success"),      QStringLiteral("failed"),
                                         QStringLiteral("error"),        QStringLiteral("canceled"),
                                         QStringLiteral("unauthorized"), QStringLiteral("not_run")};
    return terminal.contains(status);
}

} // namespace gl::circleci
