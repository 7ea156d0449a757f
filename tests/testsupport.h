// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

// Helpers shared by the integration and UI tests: scenarios for the simulator and a config pointing at it.

#include "simulator.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTest>
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

// GitLab: me (id 1) and two colleagues; acme/api with a deployment blocked on two rules (one approval
// given with a comment), one on the unified setting, one I triggered myself, and a manual job;
// a subgroup project with a non-ASCII path.
inline QByteArray gitlabScenario()
{
    json users = json::array({json{{"id", 1}, {"username", "ana"}, {"name", "Ana Lima"}},
                              json{{"id", 2}, {"username", "jürgen"}, {"name", "Jürgen Weiß"}},
                              json{{"id", 3}, {"username", "kenji"}, {"name", "Kenji Sato"}}});
    json rules =
        json::array({json{{"description", "qa-group"}, {"required", 1}, {"members", json::array({1, 3})}},
                     json{{"description", "security-group"},
                          {"required", 2},
                          {"members", json::array({1, 3})},
                          {"approvals", json::array({json{{"user", 3},
                                                          {"status", "approved"},
                                                          {"created_at", "2026-11-21T09:00:00Z"},
                                                          {"comment", "pen test passed"}}})}}});
    json api = {
        {"id", 42},
        {"path", "acme/api"},
        {"deployments",
         json::array({json{{"id", 101},
                           {"ref", "main"},
                           {"environment", "production"},
                           {"user", 2},
                           {"job", {{"id", 9001}, {"name", "deploy-prod"}}},
                           {"pipeline", 5001},
                           {"commit_title", "Raise payout limit"},
                           {"rules", rules},
                           {"age_minutes", 40}},
                      json{{"id", 102},
                           {"ref", "main"},
                           {"environment", "staging"},
                           {"user", 2},
                           {"job", {{"id", 9002}, {"name", "deploy-staging"}}},
                           {"pipeline", 5002},
                           {"commit_title", "Fix VAT"},
                           {"required_approval_count", 1},
                           {"age_minutes", 20}},
                      json{{"id", 103},
                           {"ref", "hotfix"},
                           {"environment", "production"},
                           {"user", 1},
                           {"job", {{"id", 9003}, {"name", "deploy-prod"}}},
                           {"pipeline", 5003},
                           {"commit_title", "My own hotfix"},
                           {"required_approval_count", 1},
                           {"age_minutes", 10}},
                      json{{"id", 105},
                           {"ref", "main"},
                           {"environment", "production-us"},
                           {"user", 2},
                           {"job", {{"id", 9005}, {"name", "deploy-us"}}},
                           {"pipeline", 5005},
                           {"commit_title", "US rollout"},
                           {"rules", json::array({json{{"description", "sre-oncall"},
                                                       {"required", 1},
                                                       {"members", json::array({3})}}})}},
                      json{{"id", 104},
                           {"status", "success"},
                           {"environment", "production"},
                           {"user", 2},
                           {"job", {{"id", 9004}, {"name", "deploy-prod"}, {"status", "success"}}}}})},
        {"manual_jobs", json::array({json{{"id", 9100},
                                          {"name", "db-migrate"},
                                          {"stage", "migrate"},
                                          {"user", 3},
                                          {"pipeline", 5001},
                                          {"age_minutes", 15}}})}};
    json sub = {{"id", 77},
                {"path", "acme/plateforme/déploiement"},
                {"deployments", json::array({json{{"id", 201},
                                                  {"environment", "prod-eu"},
                                                  {"user", 3},
                                                  {"job", {{"id", 9201}, {"name", "déployer"}}},
                                                  {"pipeline", 6001},
                                                  {"required_approval_count", 2}}})}};
    json scenario = {{"token", "gl-t0ken"},
                     {"gitlab", {{"users", users}, {"me", 1}, {"projects", json::array({api, sub})}}}};
    return QByteArray::fromStdString(scenario.dump());
}

inline QByteArray configFor(const QUrl &url, const QStringList &projects,
                            const char *tokenEnv = "GL_TEST_TOKEN",
                            const QString &name = QStringLiteral("sim"), const char *provider = "circleci",
                            bool manualJobs = false)
{
    json ps = json::array();
    for (const auto &p : projects) {
        ps.push_back(p.toStdString());
    }
    json server = {{"name", name.toStdString()},
                   {"provider", provider},
                   {"url", url.toString().toStdString()},
                   {"token_env", tokenEnv},
                   {"projects", ps}};
    if (manualJobs) {
        server["manual_jobs"] = true;
    }
    return QByteArray::fromStdString(json{{"servers", json::array({server})}}.dump());
}

// GitHub: one repository; run 501 waits on staging (a team I am in reviews it) and production (I review it),
// run 502 on "audit" (only jurgen reviews it); run 503 is done. extraRuns more runs wait on staging.
inline json githubScenario(int extraRuns = 0)
{
    json runs = json::array({json{{"id", 501},
                                  {"name", "Deploy"},
                                  {"run_number", 77},
                                  {"head_branch", "main"},
                                  {"head_sha", "009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d"},
                                  {"display_title", "Fix rounding"},
                                  {"actor", 2},
                                  {"age_minutes", 40},
                                  {"pending", json::array({"staging", "production"})}},
                             json{{"id", 502},
                                  {"name", "Audit"},
                                  {"run_number", 78},
                                  {"head_branch", "main"},
                                  {"display_title", "Rotate keys"},
                                  {"actor", 2},
                                  {"pending", json::array({"audit"})}},
                             json{{"id", 503},
                                  {"name", "Deploy"},
                                  {"run_number", 76},
                                  {"head_branch", "main"},
                                  {"display_title", "Done already"},
                                  {"actor", 2},
                                  {"status", "completed"}}});
    for (int i = 0; i < extraRuns; ++i) {
        runs.push_back({{"id", 1000 + i},
                        {"name", "Deploy"},
                        {"run_number", 1000 + i},
                        {"head_branch", "main"},
                        {"display_title", "Change " + std::to_string(i)},
                        {"actor", 2},
                        {"pending", json::array({"staging"})}});
    }
    json repo = {{"full_name", "acme/api"},
                 {"id", 1296269},
                 {"environments",
                  json::array({json{{"id", 11},
                                    {"name", "staging"},
                                    {"reviewers", json::array({json{{"type", "Team"}, {"id", 7}}})}},
                               json{{"id", 12},
                                    {"name", "production"},
                                    {"wait_timer", 30},
                                    {"reviewers", json::array({json{{"type", "User"}, {"id", 1}}})}},
                               json{{"id", 13},
                                    {"name", "audit"},
                                    {"reviewers", json::array({json{{"type", "User"}, {"id", 2}}})}}})},
                 {"runs", runs}};
    return {{"token", "gh-t0ken"},
            {"github",
             {{"users", json::array({json{{"id", 1}, {"login", "ana"}, {"name", "Ana Lima"}},
                                     json{{"id", 2}, {"login", "jurgen"}, {"name", "Jürgen Weiß"}}})},
              {"teams", json::array({json{{"id", 7},
                                          {"slug", "release-managers"},
                                          {"name", "Release managers"},
                                          {"members", json::array({1})}}})},
              {"me", 1},
              {"repos", json::array({repo})}}}};
}

// Jenkins: job "release/payments api" with builds 42 (a plain input I may answer), 41 (an input with two
// parameters, for my group), 40 (an input only jurgen may answer) and 39 (done).
inline json jenkinsScenario(bool crumbRequired = true)
{
    json plain = {{"number", 42},
                  {"status", "PAUSED_PENDING_INPUT"},
                  {"branch", "main"},
                  {"sha", "1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"},
                  {"cause_user", "jurgen"},
                  {"stages", json::array({"Build", "Ship it"})},
                  {"inputs", json::array({json{{"id", "Deploy"},
                                               {"message", "Deploy to production?"},
                                               {"ok", "Ship"},
                                               {"submitter", "ana,release-managers"}}})}};
    json withParameters = {
        {"number", 41},
        {"status", "PAUSED_PENDING_INPUT"},
        {"inputs",
         json::array({json{{"id", "Release"},
                           {"message", "Release which way?"},
                           {"submitter", "release-managers"},
                           {"parameters", json::array({json{{"type", "StringParameterDefinition"},
                                                            {"name", "TICKET"},
                                                            {"description", "Change ticket"},
                                                            {"default", "CHG-1"}},
                                                       json{{"type", "ChoiceParameterDefinition"},
                                                            {"name", "REGION"},
                                                            {"choices", json::array({"eu", "us"})}}})}}})}};
    json notMine = {
        {"number", 40},
        {"status", "PAUSED_PENDING_INPUT"},
        {"inputs",
         json::array({json{{"id", "Audit"}, {"message", "Audit sign-off?"}, {"submitter", "jurgen"}}})}};
    json done = {{"number", 39}, {"status", "SUCCESS"}};
    return {
        {"token", "jk-t0ken"},
        {"jenkins",
         {{"users",
           json::array(
               {json{{"id", "ana"}, {"fullName", "Ana Lima"}, {"groups", json::array({"release-managers"})}},
                json{{"id", "jurgen"}, {"fullName", "Jürgen Weiß"}}})},
          {"me", "ana"},
          {"crumb_required", crumbRequired},
          {"jobs", json::array({json{{"path", "release/payments api"},
                                     {"builds", json::array({plain, withParameters, notMine, done})}}})}}}};
}

// The last POST the simulator served (empty when none).
inline glsim::RecordedRequest lastPost(const glsim::Simulator &sim)
{
    glsim::RecordedRequest last;
    for (const auto &r : sim.requests()) {
        if (r.method == "POST") {
            last = r;
        }
    }
    return last;
}

// The gate id of a held approval as glsim::Simulator::heldApprovals() names it ("<workflow>/<job>"), on the
// server the tests call "sim".
inline QString circleGateId(const QString &held)
{
    return QStringLiteral("sim/workflow/") + held.section(u'/', 0, 0) + QStringLiteral("/approval/") +
           held.section(u'/', 1, 1);
}

#ifdef GL_BINARY // the tests' compile definition (the benchmarks run no binary)
struct CliRun
{
    int code = -1; // -1: it did not end within a minute
    QString out, err;
};

// Runs the greenlight binary with HOME in home and the given servers.json and audit log; no standard input.
inline CliRun runCli(const QStringList &args, const QString &home, const QString &config,
                     const QString &audit)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GL_BINARY),
            args + QStringList{QStringLiteral("--config"), config, QStringLiteral("--audit-log"), audit});
    p.closeWriteChannel();
    CliRun r;
    if (QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
        r.code = p.exitCode();
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
#endif

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace gltest
