// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "pollcache.h"

#include "config/configwriter.h"
#include "config/serverconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace gl {

using json::Json;

namespace {

struct CacheText
{
    Q_DECLARE_TR_FUNCTIONS(PollCache)
};

std::string u8(const QString &s)
{
    return s.toStdString();
}

Json time(const QDateTime &t)
{
    return t.isValid() ? Json(u8(t.toUTC().toString(Qt::ISODateWithMs))) : Json(nullptr);
}

Json strings(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list) {
        out.push_back(u8(s));
    }
    return out;
}

Result<QStringList> stringsFrom(const Json &object, const char *key, const QString &path)
{
    GL_TRY(array, json::optionalArray(object, key, path));
    QStringList out;
    if (!array) {
        return out;
    }
    const QString at = json::field(path, key);
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (!(*array)[i].is_string()) {
            return fail(CacheText::tr("%1: expected a string, found %2")
                            .arg(json::element(at, i), json::typeName((*array)[i])));
        }
        out.append(json::qs((*array)[i].get<std::string>()));
    }
    return out;
}

Result<GateKind> kindFrom(const QString &key, const QString &path)
{
    for (GateKind kind : {GateKind::ApprovalJob, GateKind::Deployment, GateKind::ManualJob,
                          GateKind::PendingDeployment, GateKind::Input}) {
        if (gateKindKey(kind) == key) {
            return kind;
        }
    }
    return fail(CacheText::tr("%1: unknown gate kind \"%2\"").arg(path, key.left(40)));
}

// The file's identity of a server: its settings as servers.json holds them (no secret is among them).
std::string identity(const ServerConfig &server)
{
    return serverJson(server, 0).dump();
}

} // namespace

Json gateToJson(const Gate &g)
{
    Json parameters = Json::array();
    for (const GateParameter &p : g.parameters) {
        parameters.push_back({{"name", u8(p.name)},
                              {"type", u8(p.type)},
                              {"description", u8(p.description)},
                              {"default", u8(p.defaultValue)},
                              {"choices", strings(p.choices)}});
    }
    Json details = Json::array();
    for (const auto &[label, value] : g.details) {
        details.push_back(Json::array({u8(label), u8(value)}));
    }
    return {{"id", u8(g.id)},
            {"server", u8(g.server)},
            {"provider", u8(g.provider)},
            {"kind", u8(gateKindKey(g.kind))},
            {"project", u8(g.project)},
            {"pipeline_number", g.pipelineNumber},
            {"pipeline_id", u8(g.pipelineId)},
            {"branch", u8(g.branch)},
            {"commit_sha", u8(g.commitSha)},
            {"commit_subject", u8(g.commitSubject)},
            {"triggered_by", u8(g.triggeredBy)},
            {"workflow", u8(g.workflow)},
            {"workflow_id", u8(g.workflowId)},
            {"environment", u8(g.environment)},
            {"name", u8(g.name)},
            {"status", u8(g.status)},
            {"status_text", u8(g.statusText)},
            {"created_at", time(g.createdAt)},
            {"requested_by", u8(g.requestedBy)},
            {"approvals_given", g.approvals.given},
            {"approvals_required", g.approvals.required},
            {"can_approve", g.canApprove},
            {"cannot_approve_reason", u8(g.cannotApproveReason)},
            {"url", u8(g.url.toString(QUrl::FullyEncoded))},
            {"expires_at", time(g.expiresAt)},
            {"approval_history", strings(g.approvalHistory)},
            {"can_run_after_approval", g.canRunAfterApproval},
            {"approval_rules", strings(g.approvalRules)},
            {"parameters", parameters},
            {"reviewers", strings(g.reviewers)},
            {"details", details},
            {"superseded_by", u8(g.supersededBy)},
            {"scope", u8(g.scope)},
            {"native_job_id", u8(g.nativeJobId)},
            {"native_approval_request_id", u8(g.nativeApprovalRequestId)}};
}

Result<Gate> gateFromJson(const Json &v, const QString &path)
{
    if (!v.is_object()) {
        return fail(CacheText::tr("%1: expected an object, found %2").arg(path, json::typeName(v)));
    }
    Gate g;
    GL_TRY(id, json::string(v, "id", path));
    GL_TRY(server, json::string(v, "server", path));
    GL_TRY(provider, json::string(v, "provider", path));
    GL_TRY(kindKey, json::string(v, "kind", path));
    GL_TRY(kind, kindFrom(kindKey, json::field(path, "kind")));
    g.id = id;
    g.server = server;
    g.provider = provider;
    g.kind = kind;
    const std::pair<const char *, QString *> texts[] = {
        {"project", &g.project},
        {"pipeline_id", &g.pipelineId},
        {"branch", &g.branch},
        {"commit_sha", &g.commitSha},
        {"commit_subject", &g.commitSubject},
        {"triggered_by", &g.triggeredBy},
        {"workflow", &g.workflow},
        {"workflow_id", &g.workflowId},
        {"environment", &g.environment},
        {"name", &g.name},
        {"status", &g.status},
        {"status_text", &g.statusText},
        {"requested_by", &g.requestedBy},
        {"cannot_approve_reason", &g.cannotApproveReason},
        {"superseded_by", &g.supersededBy},
        {"scope", &g.scope},
        {"native_job_id", &g.nativeJobId},
        {"native_approval_request_id", &g.nativeApprovalRequestId}};
    for (const auto &[key, target] : texts) {
        GL_TRY(text, json::text(v, key, path));
        *target = text;
    }
    GL_TRY(number, json::number(v, "pipeline_number", path));
    GL_TRY(given, json::number(v, "approvals_given", path));
    GL_TRY(required, json::number(v, "approvals_required", path));
    GL_TRY(canApprove, json::optionalBool(v, "can_approve", path));
    GL_TRY(canRun, json::optionalBool(v, "can_run_after_approval", path));
    GL_TRY(created, json::optionalDateTime(v, "created_at", path));
    GL_TRY(expires, json::optionalDateTime(v, "expires_at", path));
    GL_TRY(url, json::text(v, "url", path));
    g.pipelineNumber = number;
    g.approvals = {static_cast<int>(given), static_cast<int>(required)};
    g.canApprove = canApprove.value_or(false); // an entry that does not say is not one to act on
    g.canRunAfterApproval = canRun.value_or(false);
    g.createdAt = created.value_or(QDateTime());
    g.expiresAt = expires.value_or(QDateTime());
    g.url = QUrl(url, QUrl::StrictMode);
    GL_TRY(history, stringsFrom(v, "approval_history", path));
    GL_TRY(rules, stringsFrom(v, "approval_rules", path));
    GL_TRY(reviewers, stringsFrom(v, "reviewers", path));
    g.approvalHistory = history;
    g.approvalRules = rules;
    g.reviewers = reviewers;
    GL_TRY(parameters, json::optionalArray(v, "parameters", path));
    for (std::size_t i = 0; parameters && i < parameters->size(); ++i) {
        const Json &p = (*parameters)[i];
        const QString at = json::element(json::field(path, "parameters"), i);
        if (!p.is_object()) {
            return fail(CacheText::tr("%1: expected an object, found %2").arg(at, json::typeName(p)));
        }
        GateParameter parameter;
        GL_TRY(name, json::string(p, "name", at));
        GL_TRY(type, json::text(p, "type", at));
        GL_TRY(description, json::text(p, "description", at));
        GL_TRY(defaultValue, json::text(p, "default", at));
        GL_TRY(choices, stringsFrom(p, "choices", at));
        g.parameters.push_back({name, type, description, defaultValue, choices});
    }
    GL_TRY(details, json::optionalArray(v, "details", path));
    for (std::size_t i = 0; details && i < details->size(); ++i) {
        const Json &d = (*details)[i];
        if (!d.is_array() || d.size() != 2 || !d[0].is_string() || !d[1].is_string()) {
            return fail(CacheText::tr("%1: expected a label and a value")
                            .arg(json::element(json::field(path, "details"), i)));
        }
        g.details.append({json::qs(d[0].get<std::string>()), json::qs(d[1].get<std::string>())});
    }
    return g;
}

PollCache::PollCache(QString dir) : m_dir(std::move(dir)) {}

QString PollCache::fileFor(const ServerConfig &server) const
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(identity(server)), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return m_dir + QStringLiteral("/server-") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

std::optional<PollCache::Entry> PollCache::load(const ServerConfig &server, QString *why) const
{
    const auto no = [why](const QString &reason) -> std::optional<Entry> {
        if (why) {
            *why = reason;
        }
        return std::nullopt;
    };
    const QString path = fileFor(server);
    QFile file(path);
    if (!file.exists()) {
        return no({});
    }
    constexpr qint64 kMaxBytes = 256LL * 1024 * 1024; // 10,000 gates take about 15 MB
    if (file.size() > kMaxBytes) {
        return no(CacheText::tr("%1: larger than %2 MB, ignored").arg(path).arg(kMaxBytes >> 20));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return no(CacheText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    }
    auto parsed = json::parse(file.readAll());
    if (!parsed) {
        return no(CacheText::tr("%1: %2").arg(path, parsed.error().message));
    }
    const Json &doc = *parsed;
    const auto version = doc.is_object() ? doc.find("version") : doc.end();
    if (!doc.is_object() || version == doc.end() || *version != kVersion) {
        return no(CacheText::tr("%1: not a version %2 cache file, ignored").arg(path).arg(kVersion));
    }
    const auto id = doc.find("server");
    if (id == doc.end() || !id->is_string() || id->get<std::string>() != identity(server)) {
        return no(
            CacheText::tr("%1: written for another configuration of %2, ignored").arg(path, server.name));
    }
    Entry entry;
    auto saved = json::dateTime(doc, "saved_at", QString());
    if (!saved) {
        return no(CacheText::tr("%1: %2").arg(path, saved.error().message));
    }
    entry.savedAt = *saved;
    auto gates = json::optionalArray(doc, "gates", QString());
    if (!gates) {
        return no(CacheText::tr("%1: %2").arg(path, gates.error().message));
    }
    for (std::size_t i = 0; *gates && i < (**gates).size(); ++i) {
        const Json &item = (**gates)[i];
        const QString at = json::element(QStringLiteral("gates"), i);
        auto gate = gateFromJson(item.is_object() && item.contains("gate") ? item["gate"] : Json(), at);
        auto seen = item.is_object() ? json::dateTime(item, "seen_at", at) : Result<QDateTime>(QDateTime());
        if (!gate || !seen) {
            return no(CacheText::tr("%1: %2").arg(path, !gate ? gate.error().message : seen.error().message));
        }
        if (gate->server != server.name) {
            return no(CacheText::tr("%1: %2 names server \"%3\", not \"%4\"")
                          .arg(path, at, gate->server.left(60), server.name));
        }
        entry.gates.push_back({std::move(*gate), *seen});
    }
    const auto memory = doc.find("memory");
    entry.memory = memory == doc.end() ? Json() : *memory;
    return entry;
}

bool PollCache::save(const ServerConfig &server, const Entry &entry, QString *error) const
{
    const auto failed = [error](const QString &reason) {
        if (error) {
            *error = reason;
        }
        return false;
    };
    if (!QDir().mkpath(m_dir)) {
        return failed(CacheText::tr("%1: the folder cannot be created").arg(m_dir));
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Json gates = Json::array();
    for (const auto &seen : entry.gates) {
        gates.push_back({{"gate", gateToJson(seen.gate)}, {"seen_at", time(seen.seenAt)}});
    }
    const Json doc = {{"version", kVersion},
                      {"server", identity(server)},
                      {"saved_at", time(entry.savedAt)},
                      {"gates", std::move(gates)},
                      {"memory", entry.memory}};
    const QByteArray bytes =
        QByteArray::fromStdString(doc.dump(-1, ' ', false, Json::error_handler_t::replace));
    const QString path = fileFor(server);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(CacheText::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return failed(CacheText::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    }
    return true;
}

void PollCache::remove(const ServerConfig &server) const
{
    QFile::remove(fileFor(server));
}

} // namespace gl
