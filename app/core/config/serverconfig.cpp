// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "config/serverconfig.h"

#include "json.h"
#include "net/loopback.h"
#include "paths.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace gl {
namespace {

struct ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(Config)
};

using json::Json;

Result<int> boundedInt(const Json &object, const char *key, const QString &path, int fallback, int min,
                       int max)
{
    GL_TRY(value, json::optionalInteger(object, key, path));
    if (!value) {
        return fallback;
    }
    if (*value < min || *value > max) {
        return fail(ConfigText::tr("%1: expected a whole number from %2 to %3, found %4")
                        .arg(json::field(path, key))
                        .arg(min)
                        .arg(max)
                        .arg(*value));
    }
    return static_cast<int>(*value);
}

Result<void> rejectUnknownKeys(const Json &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = json::qs(it.key());
        if (key == QLatin1String("token") || key == QLatin1String("password")) {
            return fail(ConfigText::tr("%1: tokens are never stored in servers.json; put the token in the "
                                       "keychain or in the environment variable named by \"token_env\"")
                            .arg(json::field(path, it.key().c_str())));
        }
        // "_comment", "_owner": notes a person keeps in the file; kept when Greenlight rewrites it.
        if (!known.contains(key) && !key.startsWith(u'_')) {
            return fail(
                ConfigText::tr("%1: unknown field (expected one of: %2; or a note whose name starts with "
                               "\"_\")")
                    .arg(json::field(path, it.key().c_str()), known.join(QStringLiteral(", "))));
        }
    }
    return {};
}

// "http" → 80, "https" → 443: the address requests go to, for comparing servers' origins.
QString originKey(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.scheme() + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(port);
}

Result<ProxySetting> parseProxy(const QString &text, const QString &at)
{
    ProxySetting proxy;
    if (text == QLatin1String("system")) {
        return proxy;
    }
    if (text == QLatin1String("none")) {
        proxy.mode = ProxySetting::Mode::None;
        return proxy;
    }
    // Credentials first, and without repeating the text: it would show the password.
    if (!QUrl(text).userInfo().isEmpty() || text.contains(u'@')) {
        return fail(ConfigText::tr("%1: proxy credentials do not belong in servers.json; give the proxy as "
                                   "http://host:port and keep its user name and password in the keychain")
                        .arg(at));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        return fail(ConfigText::tr("%1: expected \"system\", \"none\" or a proxy address http://host:port, "
                                   "found \"%2\"")
                        .arg(at, text));
    }
    if (url.scheme() != QLatin1String("http")) {
        return fail(
            ConfigText::tr("%1: expected an http:// proxy address (http://host:port), found the scheme "
                           "\"%2\" in \"%3\"")
                .arg(at, url.scheme(), text));
    }
    if (url.host().isEmpty()) {
        return fail(
            ConfigText::tr("%1: expected a proxy address http://host:port, the host is missing in \"%2\"")
                .arg(at, text));
    }
    if (url.port() <= 0) {
        return fail(
            ConfigText::tr("%1: expected a proxy address http://host:port, the port is missing in \"%2\"")
                .arg(at, text));
    }
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment()) {
        return fail(
            ConfigText::tr("%1: expected only http://host:port, without path, query or fragment, found "
                           "\"%2\"")
                .arg(at, text));
    }
    proxy.mode = ProxySetting::Mode::Url;
    proxy.url.setScheme(QStringLiteral("http"));
    proxy.url.setHost(url.host());
    proxy.url.setPort(url.port());
    return proxy;
}

Result<QStringList> parsePins(const Json &object, const QString &where)
{
    QStringList pins;
    const auto it = object.find("pinned_certificates");
    if (it == object.end() || it->is_null()) {
        return pins;
    }
    const QString at = json::field(where, "pinned_certificates");
    if (!it->is_array()) {
        return fail(ConfigText::tr("%1: expected an array of SHA-256 fingerprints such as [\"AB:CD:…\"], "
                                   "found %2")
                        .arg(at, json::typeName(*it)));
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const Json &p = (*it)[i];
        const QString atElement = json::element(at, i);
        if (!p.is_string()) {
            return fail(
                ConfigText::tr("%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, "
                               "AB:CD:…), found %2")
                    .arg(atElement, json::typeName(p)));
        }
        const QString text = json::qs(p.get_ref<const std::string &>());
        const auto pin = normalizedFingerprint(text);
        if (!pin) {
            return fail(
                ConfigText::tr("%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, "
                               "AB:CD:…), found \"%2\"")
                    .arg(atElement, text));
        }
        if (pins.contains(*pin)) {
            return fail(ConfigText::tr("%1: \"%2\" is listed twice").arg(atElement, text));
        }
        pins.append(*pin);
    }
    return pins;
}

Result<ServerConfig> parseServer(const Json &object, const QString &path, int defaultInterval)
{
    if (!object.is_object()) {
        return fail(ConfigText::tr("%1: expected an object, found %2").arg(path, json::typeName(object)));
    }
    ServerConfig server;
    GL_TRY(name, json::string(object, "name", path));
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!nameRe.match(name).hasMatch()) {
        return fail(ConfigText::tr("%1: expected letters, digits, '.', '_' or '-' (at most 64), found \"%2\"")
                        .arg(json::field(path, "name"), name));
    }
    server.name = name;
    const QString where = path + QStringLiteral(" (\"") + name + QStringLiteral("\")");

    if (auto known = rejectUnknownKeys(
            object, where,
            {QStringLiteral("name"), QStringLiteral("provider"), QStringLiteral("url"),
             QStringLiteral("token_env"), QStringLiteral("projects"), QStringLiteral("ca_file"),
             QStringLiteral("user"), QStringLiteral("poll_interval_s"), QStringLiteral("poll_deadline_s"),
             QStringLiteral("history_pipelines"), QStringLiteral("history_days"),
             QStringLiteral("manual_jobs"), QStringLiteral("pinned_certificates"), QStringLiteral("proxy")});
        !known) {
        return gl::Unexpected(known.error());
    }

    GL_TRY(provider, json::string(object, "provider", where));
    if (!supportedProviders().contains(provider)) {
        return fail(ConfigText::tr("%1: expected one of %2, found \"%3\"")
                        .arg(json::field(where, "provider"), supportedProviders().join(QStringLiteral(", ")),
                             provider));
    }
    server.provider = provider;

    GL_TRY(urlText, json::string(object, "url", where));
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return fail(ConfigText::tr("%1: expected an https:// address, found \"%2\"")
                        .arg(json::field(where, "url"), urlText));
    }
    if (!isAllowedScheme(url)) {
        return fail(ConfigText::tr("%1: plain http:// is allowed only to loopback addresses (127.0.0.1, ::1, "
                                   "localhost); use https:// for \"%2\"")
                        .arg(json::field(where, "url"), url.host()));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return fail(
            ConfigText::tr("%1: expected a base address without user, query or fragment, found \"%2\"")
                .arg(json::field(where, "url"), url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    server.url = url;

    GL_TRY(tokenEnv, json::optionalString(object, "token_env", where));
    if (tokenEnv) {
        static const QRegularExpression envRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!envRe.match(*tokenEnv).hasMatch()) {
            return fail(ConfigText::tr("%1: expected an environment variable name, found \"%2\"")
                            .arg(json::field(where, "token_env"), *tokenEnv));
        }
        server.tokenEnv = *tokenEnv;
    }

    GL_TRY(projects, json::array(object, "projects", where));
    if (projects->empty()) {
        return fail(ConfigText::tr("%1: expected at least one project").arg(json::field(where, "projects")));
    }
    for (std::size_t i = 0; i < projects->size(); ++i) {
        const Json &p = (*projects)[i];
        const QString at = json::element(json::field(where, "projects"), i);
        if (!p.is_string() || p.get_ref<const std::string &>().empty()) {
            return fail(ConfigText::tr("%1: expected a non-empty project string, found %2")
                            .arg(at, json::typeName(p)));
        }
        const QString project = json::qs(p.get_ref<const std::string &>());
        if (server.projects.contains(project)) {
            return fail(ConfigText::tr("%1: \"%2\" is listed twice").arg(at, project));
        }
        server.projects.append(project);
    }

    GL_TRY(caFile, json::optionalString(object, "ca_file", where));
    if (caFile) {
        const QFileInfo info(*caFile);
        if (!info.isFile() || !info.isReadable()) {
            return fail(ConfigText::tr("%1: expected a readable PEM file, \"%2\" is not one")
                            .arg(json::field(where, "ca_file"), *caFile));
        }
        server.caFile = info.absoluteFilePath();
    }
    GL_TRY(pins, parsePins(object, where));
    server.pinnedCertificates = pins;
    GL_TRY(proxyText, json::optionalString(object, "proxy", where));
    if (proxyText) {
        GL_TRY(proxy, parseProxy(*proxyText, json::field(where, "proxy")));
        server.proxy = proxy;
    }
    GL_TRY(user, json::optionalString(object, "user", where));
    server.user = user.value_or(QString());
    GL_TRY(manualJobs, json::optionalBool(object, "manual_jobs", where));
    server.manualJobs = manualJobs.value_or(false);

    GL_TRY(interval, boundedInt(object, "poll_interval_s", where, defaultInterval, 5, 86400));
    server.pollIntervalS = interval;
    GL_TRY(deadline, boundedInt(object, "poll_deadline_s", where, ServerConfig{}.pollDeadlineS, 1, 86400));
    server.pollDeadlineS = deadline;
    GL_TRY(historyPipelines, boundedInt(object, "history_pipelines", where, 100, 1, 10000));
    server.historyPipelines = historyPipelines;
    GL_TRY(historyDays, boundedInt(object, "history_days", where, 14, 1, 90));
    server.historyDays = historyDays;
    if (const ProviderType *type = providerType(server.provider); type && type->check) {
        if (const QString error = type->check(server, where); !error.isEmpty()) {
            return fail(error);
        }
    }
    return server;
}

} // namespace

const ServerConfig *Config::server(const QString &name) const
{
    for (const auto &s : servers) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

bool Config::tokensFromKeychain() const
{
    return std::any_of(servers.begin(), servers.end(),
                       [](const ServerConfig &s) { return s.tokenEnv.isEmpty(); });
}

QStringList supportedProviders()
{
    QStringList ids;
    for (const ProviderType &type : providerTypes()) {
        ids << type.id;
    }
    return ids;
}

std::optional<QString> normalizedFingerprint(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$"));
    if (!re.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text.toUpper();
}

QString defaultConfigPath()
{
    return paths::configFile();
}

Result<Config> parseConfig(const QByteArray &text, const QString &sourceName)
{
    auto prefixed = [&](const Error &e) { return fail(sourceName + QStringLiteral(": ") + e.message); };
    auto root = json::parse(text);
    if (!root) {
        return prefixed(root.error());
    }
    if (!root->is_object()) {
        return prefixed(Error{
            ConfigText::tr("expected an object with \"servers\", found %1").arg(json::typeName(*root))});
    }
    Config config;
    config.path = sourceName;
    if (auto known = rejectUnknownKeys(*root, {},
                                       {QStringLiteral("poll_interval_s"), QStringLiteral("servers"),
                                        QStringLiteral("protected_environments")});
        !known) {
        return prefixed(known.error());
    }
    auto interval = boundedInt(*root, "poll_interval_s", {}, 60, 5, 86400);
    if (!interval) {
        return prefixed(interval.error());
    }
    config.pollIntervalS = *interval;
    if (const auto it = root->find("protected_environments"); it != root->end()) {
        if (!it->is_array()) {
            return prefixed(
                Error{ConfigText::tr("protected_environments: expected an array of patterns such as "
                                     "[\"prod*\"], found %1")
                          .arg(json::typeName(*it))});
        }
        config.protectedEnvironments.clear();
        for (std::size_t i = 0; i < it->size(); ++i) {
            const auto &p = (*it)[i];
            if (!p.is_string() || p.get_ref<const std::string &>().empty()) {
                return prefixed(
                    Error{ConfigText::tr("protected_environments[%1]: expected a non-empty pattern, found %2")
                              .arg(i)
                              .arg(json::typeName(p))});
            }
            config.protectedEnvironments.append(json::qs(p.get_ref<const std::string &>()));
        }
    }
    auto servers = json::array(*root, "servers", {});
    if (!servers) {
        return prefixed(servers.error());
    }
    QSet<QString> names;
    for (std::size_t i = 0; i < (*servers)->size(); ++i) {
        auto server = parseServer((**servers)[i], json::element(QStringLiteral("servers"), i), *interval);
        if (!server) {
            return prefixed(server.error());
        }
        // One HttpClient serves every server and picks the proxy by the request's address, so servers at
        // one address must agree on it.
        for (const ServerConfig &earlier : config.servers) {
            if (originKey(earlier.url) == originKey(server->url) && !(earlier.proxy == server->proxy)) {
                return prefixed(
                    Error{ConfigText::tr("servers[%1] (\"%2\").proxy: \"%3\" uses the same address "
                                         "(%4) with another proxy setting; servers at one "
                                         "address share one proxy")
                              .arg(i)
                              .arg(server->name, earlier.name, originKey(server->url))});
            }
        }
        if (names.contains(server->name)) {
            return prefixed(
                Error{ConfigText::tr("servers[%1].name: \"%2\" is used by an earlier server; names "
                                     "must be unique")
                          .arg(i)
                          .arg(server->name)});
        }
        names.insert(server->name);
        config.servers.push_back(std::move(*server));
    }
    return config;
}

Result<Config> loadConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ConfigText::tr("%1: cannot read the configuration: %2").arg(path, file.errorString()));
    }
    return parseConfig(file.readAll(), path);
}

} // namespace gl
