// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

// Pure parse functions for GitLab REST v4 deployment approvals and manual jobs
// (docs/VENDOR-APIS.md §2). No network, no exceptions.
namespace gl::gitlab {

struct User
{
    qint64 id = 0;
    QString username;
    QString name;
};

struct Approval
{
    User user;
    QString status; // "approved" | "rejected"
    QDateTime createdAt;
    QString comment; // may be null in the API
};

struct Rule
{
    QString description; // access_level_description: the group, role or user name
    int required = 0;
    std::vector<Approval> approvals;
};

struct Deployment
{
    qint64 id = 0;
    qint64 iid = 0;
    QString ref;
    QString sha;
    QString status;
    QDateTime createdAt;
    QDateTime updatedAt; // changes with the status; an approval that leaves it blocked does not change it
    User user;           // who triggered it
    QString environment;
    qint64 jobId = 0;
    QString jobName;
    QString jobStatus;
    QString jobWebUrl;
    qint64 pipelineId = 0;
    QString pipelineWebUrl;
    QString commitTitle;
    QString commitAuthor;
    // Unified setting (older): pending count and a flat list; multiple rules (15.0+): the summary.
    std::optional<int> pendingApprovalCount;
    std::vector<Approval> approvals;
    std::vector<Rule> rules;

    // Given and required, summed over the rules (or from the unified setting).
    ApprovalCount approvalCount() const;
    // Everyone who approved or rejected, with their comments, oldest first.
    std::vector<Approval> history() const;
    // Whether any approval or rejection still to come changes its status (one approval missing, under the
    // unified setting or a single rule) and with it updated_at: while updated_at stays, so does the rest.
    bool nextDecisionChangesStatus() const;
};

struct Job
{
    qint64 id = 0;
    QString name;
    QString stage;
    QString status;
    QString ref;
    QDateTime createdAt;
    qint64 pipelineId = 0;
    QString webUrl;
    QString commitTitle;
    QString sha;
    User user;
};

struct Project
{
    qint64 id = 0;
    QString pathWithNamespace;
    QString webUrl;
    bool allowSelfApproval = false; // allow_pipeline_trigger_approve_deployment
};

Result<std::vector<Deployment>> parseDeployments(const QByteArray &body);
Result<Deployment> parseDeployment(const QByteArray &body);
Result<std::vector<Job>> parseJobs(const QByteArray &body);
Result<Job> parseJob(const QByteArray &body);
Result<User> parseUser(const QByteArray &body);
Result<Project> parseProject(const QByteArray &body);
Result<Approval> parseApproval(const QByteArray &body);
// GitLab's error text: {"message": "..."}, {"message": {"field": ["..."]}}, {"error": "..."}.
QString parseMessage(const QByteArray &body);

constexpr int kCommentLimit = 255;

} // namespace gl::gitlab
