// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace gl {

// How requests to one server travel (the "proxy" field of servers.json). See docs/NETWORK.md.
struct ProxySetting
{
    enum class Mode
    {
        System, // the desktop's or the environment's settings (http_proxy, https_proxy, no_proxy)
        None,   // straight to the server, whatever the environment says
        Url,    // through the HTTP proxy at url (http://host:port)
    };
    Mode mode = Mode::System;
    QUrl url; // Mode::Url only: scheme, host and port, nothing else
    // Proxy credentials: never read from servers.json (the keychain supplies them).
    QString user;
    QString password;

    bool operator==(const ProxySetting &) const = default;
};

struct ServerConfig
{
    QString name;
    QString provider; // "circleci"
    QUrl url;
    QString tokenEnv;
    QStringList projects;
    QString caFile;
    QString user;
    int pollIntervalS = 60;
    // The longest one poll of the server may take before it is stopped and reported as failed.
    int pollDeadlineS = 900;
    // How far back the first poll looks (CircleCI): the newest N pipelines or D days, whichever is fewer.
    int historyPipelines = 100;
    int historyDays = 14;
    bool manualJobs = false; // GitLab: also show `when: manual` jobs
    // SHA-256 fingerprints of certificates trusted for this server whatever their chain or name, in the
    // form "AB:CD:…" (32 upper-case hex pairs). See docs/NETWORK.md.
    QStringList pinnedCertificates;
    ProxySetting proxy;
};

struct Config
{
    QString path;
    int pollIntervalS = 60;
    // Glob patterns of environments whose approval needs a note and the name typed to confirm.
    QStringList protectedEnvironments{QStringLiteral("prod*")};
    std::vector<ServerConfig> servers;

    const ServerConfig *server(const QString &name) const;
    // Whether some server's token comes from the system keychain (it names no token_env).
    bool tokensFromKeychain() const;
};

QStringList supportedProviders();

// A SHA-256 fingerprint in the form "ab:cd:…" (either case) as "AB:CD:…"; nullopt for anything else.
std::optional<QString> normalizedFingerprint(const QString &text);

// Reads and validates servers.json. Errors name the file, the server and the field, and say what was
// expected, e.g. `servers.json: servers[1] ("acme").url: expected https://…, found "ftp://x"`.
Result<Config> loadConfig(const QString &path);
Result<Config> parseConfig(const QByteArray &text, const QString &sourceName);

// paths::configFile(): servers.json in the user's config folder, e.g. ~/.config/greenlight/servers.json.
QString defaultConfigPath();

} // namespace gl
