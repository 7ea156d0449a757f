// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

// Pure parse functions for the GitHub REST API around environments with required reviewers: waiting
// workflow runs, their pending deployments, the review history and the review's answer. No network, no
// exceptions: tests and fuzzers call them directly. Unknown enum strings (status, state, reviewer type)
// are kept as they came.
namespace gl::github {

struct User
{
    qint64 id = 0; // absent in some abbreviated objects
    QString login;
    QString name; // only on full user objects (GET /user), null when unset
    QString htmlUrl;
};

struct Team
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString htmlUrl; // https://github.com/orgs/<org>/teams/<slug>
};

struct Reviewer
{
    enum class Type
    {
        User,
        Team,
        Other
    };
    Type type = Type::Other;
    User user;        // when type is User
    Team team;        // when type is Team
    QString typeName; // "User", "Team" or what GitHub sent

    // The login of a user; "org/slug" for a team whose page names its organisation, else its slug or
    // name; the type name otherwise.
    QString displayName() const;
};

struct Environment
{
    qint64 id = 0; // what a review sends back in environment_ids
    QString name;
    QString htmlUrl;
};

struct PendingDeployment
{
    Environment environment;
    int waitTimerMinutes = 0;
    QDateTime waitTimerStartedAt;       // null when no timer runs
    bool currentUserCanApprove = false; // false when absent
    std::vector<Reviewer> reviewers;
};

struct WorkflowRun
{
    qint64 id = 0;
    QString name;
    QString displayTitle;
    qint64 runNumber = 0;
    int runAttempt = 0;
    QString event;
    QString status;     // "waiting" while a deployment waits for review
    QString conclusion; // null until the run completes
    QString headBranch;
    QString headSha;
    QString htmlUrl;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime runStartedAt;
    User actor;
    User triggeringActor;
    QString commitMessage; // head_commit.message
    QString repository;    // repository.full_name
};

struct RunPage
{
    int totalCount = 0;
    std::vector<WorkflowRun> runs;
};

// One entry of a run's review history (GET .../runs/{id}/approvals).
struct Review
{
    QString state; // "approved" | "rejected" | ...
    QString comment;
    User user;
    QStringList environments; // their names
};

// What the review (POST .../runs/{id}/pending_deployments) answers: the deployments it let through.
struct Deployment
{
    qint64 id = 0;
    QString sha;
    QString ref;
    QString environment;
    QDateTime createdAt;
    User creator;
};

struct ApiError
{
    QString message; // empty when the body had none
    QString documentationUrl;
    QStringList errors; // the "errors" entries, each as one line

    // GitHub's secondary (abuse) rate limit, told apart from the primary one by the documentation link
    // or the message.
    bool secondaryRateLimit() const;
};

Result<User> parseUser(const QByteArray &body);
// GET /user/repos: each repository's full_name ("owner/name").
Result<QStringList> parseRepositories(const QByteArray &body);
Result<std::vector<PendingDeployment>> parsePendingDeployments(const QByteArray &body);
Result<WorkflowRun> parseWorkflowRun(const QByteArray &body);
Result<RunPage> parseRunPage(const QByteArray &body);
Result<std::vector<Review>> parseReviews(const QByteArray &body);
Result<std::vector<Deployment>> parseReviewResponse(const QByteArray &body);
// Never fails: a body that is not a JSON object gives an empty ApiError.
ApiError parseError(const QByteArray &body);
// The error's message and its "errors" entries in one line; the start of the body when it is not JSON.
QString parseMessage(const QByteArray &body);

// The rel="next" target of a Link header (RFC 8288), or nullopt when there is none or the header is
// malformed anywhere. Only absolute http(s) targets are returned.
std::optional<QUrl> nextPageLink(const QByteArray &linkHeader);

// GitHub documents no length limit for a review's comment, so none is defined here.

// How long a job may wait for an environment's required reviewers. GitHub's Actions limits table (github/docs
// content/actions/reference/limits.md, "Gate approval time") says a workflow may wait up to 30 days on
// environment approvals; older "Reviewing deployments" pages said a job not approved within 30 days fails
// automatically. The exact moment the clock starts (run creation or the job reaching the environment) is
// not documented.
constexpr int kExpiryDays = 30;

} // namespace gl::github
