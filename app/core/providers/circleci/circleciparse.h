// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Pure parse functions for CircleCI API v2 responses (docs/VENDOR-APIS.md §1). No network, no
// exceptions: tests and fuzzers call them directly.
namespace gl::circleci {

template <typename T> struct Page
{
    std::vector<T> items;
    QString nextPageToken; // empty when there is no next page
};

struct Pipeline
{
    QString id;
    qint64 number = 0;
    QString projectSlug;
    QString state;
    QDateTime createdAt;
    QString branch;
    QString tag;
    QString revision;
    QString subject;
    QString actor;
};

struct Workflow
{
    QString id;
    QString name;
    QString status; // kept verbatim: the enum grows (e.g. "queued")
    QString pipelineId;
    qint64 pipelineNumber = 0;
    QString projectSlug;
    QDateTime createdAt;
    QDateTime stoppedAt;
    QString startedBy;
};

struct Job
{
    QString id;
    QString name;
    QString type; // "build" | "approval"
    QString status;
    std::optional<qint64> jobNumber; // absent on approval jobs in some responses
    QDateTime startedAt;             // null on approval jobs that never started
    QDateTime stoppedAt;
    QStringList dependencies;
    QString approvalRequestId;
    QString approvedBy;
    QString canceledBy;

    bool isPendingApproval() const;
};

struct User
{
    QString id;
    QString login;
    QString name;
};

Result<Page<Pipeline>> parsePipelinePage(const QByteArray &body);
Result<Pipeline> parsePipeline(const QByteArray &body);
Result<Page<Workflow>> parseWorkflowPage(const QByteArray &body);
Result<Workflow> parseWorkflow(const QByteArray &body);
Result<Page<Job>> parseJobPage(const QByteArray &body);
Result<User> parseUser(const QByteArray &body);
// The "message" of an error or MessageResponse body; empty when there is none.
QString parseMessage(const QByteArray &body);

// Statuses after which a workflow can no longer change. Unknown strings count as not terminal, so a
// new status never hides a hold.
bool isTerminalWorkflowStatus(const QString &status);

} // namespace gl::circleci
