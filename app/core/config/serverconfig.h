#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace gl {

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
    // How far back the first poll looks (CircleCI): the newest N pipelines or D days, whichever is fewer.
    int historyPipelines = 100;
    int historyDays = 14;
    bool manualJobs = false; // GitLab: also show `when: manual` jobs
};

struct Config
{
    QString path;
    int pollIntervalS = 60;
    // Glob patterns of environments whose approval needs a note and the name typed to confirm.
    QStringList protectedEnvironments{QStringLiteral("prod*")};
    std::vector<ServerConfig> servers;

    const ServerConfig *server(const QString &name) const;
};

QStringList supportedProviders();

// Reads and validates servers.json. Errors name the file, the server and the field, and say what was
// expected, e.g. `servers.json: servers[1] ("acme").url: expected https://…, found "ftp://x"`.
Result<Config> loadConfig(const QString &path);
Result<Config> parseConfig(const QByteArray &text, const QString &sourceName);

// paths::configFile(): servers.json in the user's config folder, e.g. ~/.config/greenlight/servers.json.
QString defaultConfigPath();

} // namespace gl
