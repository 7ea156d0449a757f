// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "simulator.h"

#include <QCryptographicHash>

namespace glsim {

using json = nlohmann::json;

namespace {

json buildJob(const char *name, const char *status, int number)
{
    return {{"name", name}, {"type", "build"}, {"status", status}, {"job_number", number}};
}

json approvalJob(const char *name, const char *status, const char *dependency)
{
    return {
        {"name", name}, {"type", "approval"}, {"status", status}, {"requires", json::array({dependency})}};
}

json heldRelease(const char *holdName, int firstJob)
{
    json build = buildJob("build", "success", firstJob);
    json test = buildJob("test", "success", firstJob + 1);
    test["requires"] = json::array({"build"});
    json hold = approvalJob(holdName, "on_hold", "test");
    json deploy = {
        {"name", "deploy"}, {"type", "build"}, {"status", "blocked"}, {"requires", json::array({holdName})}};
    return json::array({build, test, hold, deploy});
}

json pipeline(int number, const char *branch, const char *subject, const char *actor, int ageMinutes,
              json workflows)
{
    return {{"number", number},
            {"branch", branch},
            {"subject", subject},
            {"actor", actor},
            {"age_minutes", ageMinutes},
            {"workflows", std::move(workflows)},
            {"revision", QCryptographicHash::hash(QByteArray::number(number), QCryptographicHash::Sha1)
                             .toHex()
                             .toStdString()}};
}

json workflow(const char *name, const char *status, json jobs)
{
    return {{"name", name}, {"status", status}, {"jobs", std::move(jobs)}};
}

} // namespace

// A realistic morning: three projects, holds on several branches, finished and failed workflows, and
// names that are not ASCII.
QByteArray Simulator::demoScenario()
{
    json done = json::array({buildJob("build", "success", 10), buildJob("test", "success", 11)});
    json failed = json::array({buildJob("build", "success", 20), buildJob("test", "failed", 21)});
    json approvedEarlier = heldRelease("hold-production", 30);
    approvedEarlier[2]["status"] = "success";
    approvedEarlier[3]["status"] = "success";

    json api = {
        {"slug", "gh/acme/api"},
        {"pipelines",
         json::array(
             {pipeline(1482, "main", "Raise payout limit for verified merchants", "zoë.martin", 12,
                       json::array({workflow("release", "on_hold", heldRelease("hold-production", 9120))})),
              pipeline(1481, "release/2026.11", "Backport: fix VAT rounding (Mehrwertsteuer)", "jürgen", 95,
                       json::array({workflow("release", "on_hold", heldRelease("approve-eu-rollout", 9100)),
                                    workflow("nightly-checks", "success", done)})),
              pipeline(1480, "feature/ledger-v2", "Ledger v2: dual-write behind flag", "priya", 180,
                       json::array({workflow("build-and-test", "failed", failed)})),
              pipeline(1479, "main", "Bump openssl to 3.0.15", "renovate-bot", 420,
                       json::array({workflow("release", "success", approvedEarlier)}))})}};
    json web = {{"slug", "gh/acme/web-storefront"},
                {"pipelines",
                 json::array({pipeline(733, "main", "Checkout: Apple Pay für Österreich", "anaïs", 35,
                                       json::array({workflow("deploy", "on_hold",
                                                             heldRelease("freigabe-produktion", 5410))})),
                              pipeline(732, "main", "Copy: 「カートに追加」 label for ja-JP", "kenji", 300,
                                       json::array({workflow("deploy", "success", done)}))})}};
    json mobile = {
        {"slug", "circleci/43G3kM5RtfFE7v5sa4nWAU/44n9pujWcTnVZ2b5S8Fnat"},
        {"pipelines",
         json::array({pipeline(88, "release/4.2", "Release 4.2.0 — notes in Português", "mateus", 1440 * 3,
                               json::array({workflow("store-release", "on_hold",
                                                     heldRelease("承認-app-store", 700))})),
                      pipeline(87, "main", "Crash fix on cold start", "mateus", 1440 * 4,
                               json::array({workflow("store-release", "success", done)}))})}};
    // GitLab: deployments held on protected environments, and a manual job.
    json users = json::array({json{{"id", 1}, {"username", "release-manager"}, {"name", "Release Manager"}},
                              json{{"id", 2}, {"username", "søren"}, {"name", "Søren Kierkegaard"}},
                              json{{"id", 3}, {"username", "amélie"}, {"name", "Amélie Poulain"}}});
    json rules = json::array(
        {json{{"description", "release-managers"}, {"required", 1}, {"members", json::array({1})}},
         json{{"description", "security"},
              {"required", 1},
              {"members", json::array({3})},
              {"approvals", json::array({json{{"user", 3},
                                              {"status", "approved"},
                                              {"created_at", "2026-11-21T08:10:00Z"},
                                              {"comment", "Dependency scan clean"}}})}}});
    json payments = {{"id", 10},
                     {"path", "acme/payments"},
                     {"deployments", json::array({json{{"id", 501},
                                                       {"ref", "main"},
                                                       {"environment", "production"},
                                                       {"user", 2},
                                                       {"job", {{"id", 7001}, {"name", "deploy-production"}}},
                                                       {"pipeline", 88120},
                                                       {"commit_title", "SEPA instant payouts"},
                                                       {"rules", rules},
                                                       {"age_minutes", 50}},
                                                  json{{"id", 502},
                                                       {"ref", "main"},
                                                       {"environment", "staging"},
                                                       {"user", 3},
                                                       {"job", {{"id", 7002}, {"name", "deploy-staging"}}},
                                                       {"pipeline", 88121},
                                                       {"commit_title", "Retry webhooks with jitter"},
                                                       {"required_approval_count", 1},
                                                       {"age_minutes", 8}},
                                                  json{{"id", 503},
                                                       {"ref", "hotfix/refunds"},
                                                       {"environment", "production"},
                                                       {"user", 1},
                                                       {"job", {{"id", 7003}, {"name", "deploy-production"}}},
                                                       {"pipeline", 88122},
                                                       {"commit_title", "Hotfix: refund rounding"},
                                                       {"required_approval_count", 1},
                                                       {"age_minutes", 25}}})},
                     {"manual_jobs", json::array({json{{"id", 7100},
                                                       {"name", "db-migrate"},
                                                       {"stage", "migrate"},
                                                       {"user", 2},
                                                       {"pipeline", 88120},
                                                       {"commit_title", "SEPA instant payouts"},
                                                       {"age_minutes", 50}}})}};
    json plateforme = {{"id", 11},
                       {"path", "acme/plateforme/déploiement"},
                       {"deployments", json::array({json{{"id", 601},
                                                         {"ref", "main"},
                                                         {"environment", "prod-eu"},
                                                         {"user", 3},
                                                         {"job", {{"id", 7201}, {"name", "déployer-eu"}}},
                                                         {"pipeline", 90001},
                                                         {"commit_title", "Bascule vers le nouveau CDN"},
                                                         {"required_approval_count", 2},
                                                         {"age_minutes", 130}}})}};
    json scenario = {{"token", "demo"},
                     {"me", {{"login", "release-manager"}, {"name", "Release Manager"}}},
                     {"projects", json::array({api, web, mobile})},
                     {"gitlab",
                      {{"users", users},
                       {"me", 1},
                       {"scopes", json::array({"api"})},
                       {"projects", json::array({payments, plateforme})}}}};
    for (const auto &module : createModules()) {
        if (json section = module->demoSection(); !section.is_null()) {
            scenario[module->key().toStdString()] = std::move(section);
        }
    }
    return QByteArray::fromStdString(scenario.dump(2));
}

QByteArray Simulator::scaleScenario(int projects, int pipelines, int holdEvery)
{
    const auto held = [holdEvery](int p) { return holdEvery > 0 && p % holdEvery == 0; };
    json circle = json::array();
    json gitlab = json::array();
    json github = json::array();
    json jenkins = json::array();
    for (int p = 1; p <= projects; ++p) {
        json ps = json::array();
        for (int n = pipelines; n >= 1; --n) {
            const bool waits = n == pipelines && held(p);
            json jobs = waits ? heldRelease("hold", n * 10)
                              : json::array({buildJob("build", "success", n * 10),
                                             buildJob("test", "success", n * 10 + 1)});
            ps.push_back(
                pipeline(n, "main", "Routine change", "ana", (pipelines - n) * 7 + 1,
                         json::array({workflow("release", waits ? "on_hold" : "success", std::move(jobs))})));
        }
        const std::string name = "scale/p" + std::to_string(p);
        circle.push_back({{"slug", "gh/" + name}, {"pipelines", std::move(ps)}});

        json deployments = json::array();
        json runs = json::array();
        json builds = json::array();
        if (held(p)) {
            deployments.push_back({{"id", 500000 + p},
                                   {"environment", "production"},
                                   {"user", 1},
                                   {"job", {{"id", 700000 + p}, {"name", "deploy"}}},
                                   {"pipeline", 900000 + p},
                                   {"commit_title", "Routine change"},
                                   {"age_minutes", 5}});
            runs.push_back({{"name", "Deploy"},
                            {"head_branch", "main"},
                            {"display_title", "Routine change"},
                            {"age_minutes", 5},
                            {"pending", json::array({"production"})}});
            builds.push_back({{"number", pipelines},
                              {"status", "PAUSED_PENDING_INPUT"},
                              {"age_minutes", 5},
                              {"inputs", json::array({json{{"message", "Deploy?"}, {"ok", "Deploy"}}})}});
        }
        runs.push_back({{"name", "CI"}, {"display_title", "Routine change"}, {"age_minutes", 60}});
        builds.push_back(
            {{"number", std::max(1, pipelines - 1)}, {"status", "SUCCESS"}, {"age_minutes", 60}});
        gitlab.push_back({{"id", 100000 + p}, {"path", name}, {"deployments", std::move(deployments)}});
        github.push_back(
            {{"full_name", name},
             {"id", 200000 + p},
             {"environments",
              json::array({json{{"name", "production"},
                                {"reviewers", json::array({json{{"type", "User"}, {"id", 1}}})}}})},
             {"runs", std::move(runs)}});
        jenkins.push_back({{"path", name}, {"builds", std::move(builds)}});
    }
    const json manager = {{"id", 1}, {"username", "release-manager"}, {"name", "Release Manager"}};
    const json scenario = {
        {"token", "sim-token"},
        {"projects", std::move(circle)},
        {"gitlab",
         {{"users", json::array({manager})},
          {"me", 1},
          {"scopes", json::array({"api"})},
          {"projects", gitlab}}},
        {"github",
         {{"users",
           json::array({json{{"id", 1}, {"login", "release-manager"}, {"name", "Release Manager"}}})},
          {"me", 1},
          {"rate_limit", 1000000},
          {"repos", std::move(github)}}},
        {"jenkins", {{"jobs", std::move(jenkins)}}}};
    return QByteArray::fromStdString(scenario.dump());
}

QStringList Simulator::scaleProjects(int projects, const QString &vendor)
{
    QStringList names;
    names.reserve(projects);
    const QString prefix =
        vendor == QLatin1String("circleci") ? QStringLiteral("gh/scale/p") : QStringLiteral("scale/p");
    for (int p = 1; p <= projects; ++p) {
        names.append(prefix + QString::number(p));
    }
    return names;
}

} // namespace glsim
