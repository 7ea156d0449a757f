#pragma once

// Helpers shared by the integration and UI tests: scenarios for the simulator and a config pointing at it.

#include "simulator.h"

#include <QFile>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace gltest {

using json = nlohmann::json;

inline json job(const char *name, const char *type, const char *status, json requires_ = json::array())
{
    json j = {{"name", name}, {"type", type}, {"status", status}, {"requires", std::move(requires_)}};
    if (std::string(type) == "build") {
        j["job_number"] = 100;
    }
    return j;
}

inline json workflow(const char *name, const char *status, json jobs)
{
    return {{"name", name}, {"status", status}, {"jobs", std::move(jobs)}};
}

inline json pipeline(int number, const char *branch, json workflows, int ageMinutes = 30)
{
    return {{"number", number}, {"branch", branch},          {"subject", "Commit " + std::to_string(number)},
            {"actor", "zoë"},   {"age_minutes", ageMinutes}, {"workflows", std::move(workflows)}};
}

// Two projects; three approval jobs on hold (one workflow holds two), plus approved, finished and running
// work that must not show up.
inline QByteArray basicScenario()
{
    json held = json::array({job("build", "build", "success"), job("hold", "approval", "on_hold", {"build"}),
                             job("deploy", "build", "blocked", {"hold"})});
    json approved =
        json::array({job("build", "build", "success"), job("hold", "approval", "success", {"build"}),
                     job("deploy", "build", "success", {"hold"})});
    json twoHolds =
        json::array({job("build", "build", "success"), job("approve-eu", "approval", "on_hold", {"build"}),
                     job("approve-us", "approval", "on_hold", {"build"})});
    json running = json::array({job("build", "build", "running")});
    json api = {
        {"slug", "gh/acme/api"},
        {"pipelines",
         json::array({pipeline(3, "main", json::array({workflow("release", "on_hold", held)})),
                      pipeline(2, "main", json::array({workflow("release", "success", approved)}), 90),
                      pipeline(1, "dev", json::array({workflow("build", "running", running)}), 120)})}};
    json web = {
        {"slug", "gh/acme/web"},
        {"pipelines",
         json::array({pipeline(9, "release/1.0", json::array({workflow("deploy", "on_hold", twoHolds)}))})}};
    return QByteArray::fromStdString(json{{"token", "t0ken"}, {"projects", json::array({api, web})}}.dump());
}

inline QByteArray configFor(const QUrl &url, const QStringList &projects,
                            const char *tokenEnv = "GL_TEST_TOKEN",
                            const QString &name = QStringLiteral("sim"))
{
    json ps = json::array();
    for (const auto &p : projects) {
        ps.push_back(p.toStdString());
    }
    json server = {{"name", name.toStdString()},
                   {"provider", "circleci"},
                   {"url", url.toString().toStdString()},
                   {"token_env", tokenEnv},
                   {"projects", ps}};
    return QByteArray::fromStdString(json{{"servers", json::array({server})}}.dump());
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace gltest
