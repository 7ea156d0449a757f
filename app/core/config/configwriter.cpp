// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "config/configwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace gl {

using json::Json;

namespace {

struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigWriter)
};

std::string u8(const QString &text)
{
    return text.toStdString();
}

// The keys serverJson() manages: they are removed from the original object before the new values go in,
// so that a field cleared in the dialog disappears from the file.
const std::vector<std::string> &managedKeys()
{
    static const std::vector<std::string> keys = {"name",
                                                  "provider",
                                                  "url",
                                                  "token_env",
                                                  "projects",
                                                  "ca_file",
                                                  "user",
                                                  "poll_interval_s",
                                                  "poll_deadline_s",
                                                  "history_pipelines",
                                                  "history_days",
                                                  "manual_jobs",
                                                  "pinned_certificates",
                                                  "proxy"};
    return keys;
}

} // namespace

json::Json serverJson(const ServerConfig &server, int defaultPollIntervalS)
{
    Json object = Json::object();
    object["name"] = u8(server.name);
    object["provider"] = u8(server.provider);
    object["url"] = u8(server.url.toString());
    if (!server.tokenEnv.isEmpty()) {
        object["token_env"] = u8(server.tokenEnv);
    }
    Json projects = Json::array();
    for (const QString &project : server.projects) {
        projects.push_back(u8(project));
    }
    object["projects"] = projects;
    if (!server.caFile.isEmpty()) {
        object["ca_file"] = u8(server.caFile);
    }
    if (!server.user.isEmpty()) {
        object["user"] = u8(server.user);
    }
    if (server.pollIntervalS != defaultPollIntervalS) {
        object["poll_interval_s"] = server.pollIntervalS;
    }
    const ServerConfig defaults;
    if (server.pollDeadlineS != defaults.pollDeadlineS) {
        object["poll_deadline_s"] = server.pollDeadlineS;
    }
    if (server.historyPipelines != defaults.historyPipelines) {
        object["history_pipelines"] = server.historyPipelines;
    }
    if (server.historyDays != defaults.historyDays) {
        object["history_days"] = server.historyDays;
    }
    if (server.manualJobs) {
        object["manual_jobs"] = true;
    }
    if (!server.pinnedCertificates.isEmpty()) {
        Json pins = Json::array();
        for (const QString &pin : server.pinnedCertificates) {
            pins.push_back(u8(pin));
        }
        object["pinned_certificates"] = pins;
    }
    switch (server.proxy.mode) {
    case ProxySetting::Mode::System:
        break; // the default
    case ProxySetting::Mode::None:
        object["proxy"] = "none";
        break;
    case ProxySetting::Mode::Url:
        object["proxy"] = u8(server.proxy.url.toString());
        break;
    }
    return object;
}

Result<QByteArray> renderConfig(const QByteArray &current, const std::vector<ServerEdit> &servers,
                                const QString &sourceName,
                                const std::optional<QStringList> &protectedEnvironments)
{
    Json document = Json::object();
    if (!current.trimmed().isEmpty()) {
        auto parsed = json::parse(current);
        if (!parsed || !parsed->is_object()) {
            return fail(
                WriterText::tr("%1: the file is not a JSON object, so it is not rewritten; fix or move "
                               "it first")
                    .arg(sourceName));
        }
        document = std::move(*parsed);
    }
    const int defaultInterval =
        document.contains("poll_interval_s") && document["poll_interval_s"].is_number_integer()
            ? document["poll_interval_s"].get<int>()
            : Config{}.pollIntervalS;
    Json old =
        document.contains("servers") && document["servers"].is_array() ? document["servers"] : Json::array();
    Json out = Json::array();
    for (const ServerEdit &edit : servers) {
        Json object = Json::object();
        if (!edit.originalName.isEmpty()) {
            for (const Json &o : old) {
                if (o.is_object() && o.contains("name") && o["name"] == u8(edit.originalName)) {
                    object = o;
                    break;
                }
            }
        }
        for (const std::string &key : managedKeys()) {
            object.erase(key);
        }
        // The managed keys first, in their usual order, then what was kept.
        Json merged = serverJson(edit.server, defaultInterval);
        for (auto it = object.begin(); it != object.end(); ++it) {
            merged[it.key()] = it.value();
        }
        out.push_back(std::move(merged));
    }
    document["servers"] = std::move(out);
    if (protectedEnvironments) {
        Json patterns = Json::array();
        for (const QString &pattern : *protectedEnvironments) {
            patterns.push_back(u8(pattern));
        }
        document["protected_environments"] = std::move(patterns);
    }
    const QByteArray text = QByteArray::fromStdString(document.dump(2)) + '\n';
    if (auto check = parseConfig(text, sourceName); !check) {
        return gl::Unexpected(check.error());
    }
    return text;
}

Result<QByteArray> readConfigText(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return QByteArray();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(WriterText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

Result<void> writeConfigText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        return fail(WriterText::tr("%1: cannot be written: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace gl
