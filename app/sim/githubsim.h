// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

// The simulator's GitHub Actions: workflow runs held by environments with required reviewers, as GitHub
// Enterprise Server serves them under /api/v3/ (the provider's url is http://127.0.0.1:PORT/api/v3).
// Written from GitHub's REST documentation (docs/VENDOR-APIS.md §5, shared/api/FACTS.md §3), not from the
// provider; where the documentation is silent, docs/VENDOR-APIS.md §5.9 says what it does.
//
// Served (every answer carries x-ratelimit-* and x-github-api-version-selected; every 2xx GET an ETag):
//   GET  /user                                          the scenario's "me"
//   GET  /user/repos                                    every repository, by full name; per_page, page; Link
//   GET  /repos/{owner}/{repo}                          a repository (404 when the scenario has none)
//   GET  /repos/{o}/{r}/actions/runs                    newest first; status, branch, actor, event,
//                                                       head_sha, per_page (30, at most 100), page; Link
//   GET  /repos/{o}/{r}/actions/runs/{id}               one run
//   GET  /repos/{o}/{r}/actions/runs/{id}/pending_deployments   environments still waiting on it
//   POST /repos/{o}/{r}/actions/runs/{id}/pending_deployments   {environment_ids, state, comment}
//   GET  /repos/{o}/{r}/actions/runs/{id}/approvals     the reviews posted, oldest first
// Credentials: "Authorization: Bearer <token>" or "Authorization: token <token>", token being the
// scenario's top-level "token". X-GitHub-Api-Version: absent (2022-11-28), 2022-11-28 or 2026-03-10.
//
// Scenario section "github" (every field optional except where said):
//   "github": {
//     "users": [{"id": 1, "login": "ana", "name": "Ana Lima", "email": "ana@example.com"}, ...],
//     "teams": [{"id": 7, "slug": "release-managers", "name": "Release managers", "members": [1]}],
//     "me": 1,                       // the token's owner (a user id; default: the first user)
//     "rate_limit": 5000,            // requests per hour for "me"
//     "secondary_rate_limit": {"requests": 2, "retry_after": 60},  // the next N requests are refused
//     "repos": [{"full_name": "acme/api", "id": 1296269, "private": true, "default_branch": "main",
//        "environments": [{"id": 161088068, "name": "production",
//                          "reviewers": [{"type": "User", "id": 1}, {"type": "Team", "id": 7}],
//                          "wait_timer": 30, "prevent_self_review": false}],
//        "runs": [{"id": 30433642, "name": "Deploy", "run_number": 562, "run_attempt": 1,
//                  "event": "push", "head_branch": "main", "head_sha": "009b8a3a…",
//                  "display_title": "Fix rounding", "commit_message": "Fix rounding\n\nDetails",
//                  "actor": 2, "triggering_actor": 2, "workflow_id": 159038, "path": ".github/…",
//                  "status": "waiting", "conclusion": null, "age_minutes": 30,
//                  "pending": ["production"]}]}]
//   }
// Required: users[].id and .login, teams[].id and .slug, repos[].full_name ("owner/name"),
// environments[].name. Defaults: users: one "octocat"; ids of repos, environments and runs are made up
// (unique); a run's status is "waiting" when it has "pending" environments, else "completed" with
// conclusion "success"; actor: the first user who is not me; age_minutes 30. Every id a run, team or
// reviewer names must exist, and "pending" names environments of the run's repo. load() answers the first
// problem as "github.repos[0].runs[1].pending: expected an array of environment names".

#include "simmodule.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace glsim {

class GitHubSim final : public SimModule
{
public:
    QString key() const override { return QStringLiteral("github"); }
    QString prefix() const override { return QStringLiteral("/api/v3/"); }
    QString load(const nlohmann::json &section) override;
    bool authorized(const SimRequest &request) const override;
    SimReply unauthorized(const SimRequest &request) const override;
    SimReply route(const SimRequest &request) override;
    SimReply faultReply(int status) const override;
    void addHold() override; // a new run waiting on an environment with reviewers, in the next repo in turn
    void tick() override;    // approved runs (in_progress) complete with conclusion "success"
    void clearRecords() override { m_versionsSent.clear(); }
    nlohmann::json demoSection() const override;

    // For tests. A run's status ("waiting", "in_progress", "completed", …) and conclusion ("success",
    // "failure"; empty while it has none); both empty for an unknown run.
    QString runStatus(qint64 runId) const;
    QString runConclusion(qint64 runId) const;
    // The names of the environments a run still waits on, in the scenario's order.
    QStringList pendingEnvironments(qint64 runId) const;
    int waitingRunCount() const;
    int reviewCount() const { return m_reviewsPosted; }    // accepted POSTs to pending_deployments
    int notModifiedCount() const { return m_notModified; } // 304 answers
    // The X-GitHub-Api-Version header of every request the module saw (empty where none was sent).
    const QList<QByteArray> &apiVersionsSent() const { return m_versionsSent; }
    // The next `requests` requests are refused as over the secondary rate limit, with Retry-After.
    void setSecondaryRateLimit(int requests, int retryAfterSeconds = 60);
    // At most `size` runs a page, whatever per_page asks (GitHub's maximum is 100).
    void setRunsPageSize(int size) { m_runsPageSize = size; }
    // A broken server: the last page of runs links back to the first as the next page.
    void setLoopPages(bool on) { m_loopPages = on; }
    int rateRemaining() const;

private:
    struct User
    {
        qint64 id = 0;
        QString login;
        QString name;
        QString email;
        QString type; // "User", "Bot"
    };
    struct Team
    {
        qint64 id = 0;
        QString slug;
        QString name;
        QString description;
        QList<qint64> members;
    };
    struct Reviewer
    {
        bool team = false;
        qint64 id = 0;
    };
    struct Environment
    {
        qint64 id = 0;
        QString name;
        QList<Reviewer> reviewers;
        int waitTimer = 0;
        bool preventSelfReview = false;
        QDateTime createdAt;
    };
    struct Review
    {
        QString state;
        QString comment;
        QList<qint64> environments;
        qint64 user = 0;
        QDateTime at;
    };
    struct Run
    {
        qint64 id = 0;
        QString name;
        QString displayTitle;
        QString commitMessage;
        qint64 runNumber = 0;
        int runAttempt = 1;
        QString event;
        QString status;
        QString conclusion;
        QString headBranch;
        QString headSha;
        qint64 workflowId = 0;
        QString path;
        qint64 actor = 0;
        qint64 triggeringActor = 0;
        QDateTime createdAt;
        QDateTime updatedAt;
        QStringList pending;
        QDateTime waitStartedAt;
        bool approved = false; // every environment approved: tick() completes it
        QList<Review> reviews;
    };
    struct Repo
    {
        qint64 id = 0;
        QString owner;
        QString name;
        bool isPrivate = true;
        QString defaultBranch;
        QString description;
        QList<Environment> environments;
        QList<Run> runs;
    };

    SimReply dispatch(const SimRequest &request, const QStringList &parts);
    SimReply listRuns(const SimRequest &request, const Repo &repo);
    SimReply userRepos(const SimRequest &request) const;
    void addPageLinks(SimReply &reply, const SimRequest &request, int page, int pages) const;
    SimReply review(const SimRequest &request, Repo &repo, Run &run);
    void addRateHeaders(SimReply &reply) const;
    void renewWindow() const;

    const User *findUser(qint64 id) const;
    const Team *findTeam(qint64 id) const;
    Repo *findRepo(const QString &owner, const QString &name);
    Run *findRun(qint64 id, Repo **repo = nullptr);
    const Run *findRun(qint64 id) const;
    bool mayReview(const Environment &environment, const Run &run) const;
    std::string api() const; // "http://127.0.0.1:PORT/api/v3"
    std::string web() const; // "http://127.0.0.1:PORT"
    nlohmann::json simpleUser(qint64 id) const;
    nlohmann::json teamView(const Team &team, const QString &org) const;
    nlohmann::json repoView(const Repo &repo, bool full) const;
    nlohmann::json runView(const Repo &repo, const Run &run) const;
    nlohmann::json environmentView(const Repo &repo, const Environment &environment, bool dated) const;

    QList<User> m_users;
    QList<Team> m_teams;
    QList<Repo> m_repos;
    qint64 m_me = 0;
    int m_rateLimit = 5000;
    mutable int m_used = 0;
    mutable QDateTime m_windowStart;
    mutable int m_anonymousUsed = 0;
    int m_secondaryLeft = 0;
    int m_secondaryRetryAfter = 60;
    int m_runsPageSize = 100;
    bool m_loopPages = false;
    int m_reviewsPosted = 0;
    int m_notModified = 0;
    int m_holds = 0;
    qint64 m_nextDeploymentId = 1;
    mutable QList<QByteArray> m_versionsSent;
};

} // namespace glsim
