// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

// Pure parse functions for Jenkins: the remote API (/api/json) of jobs, folders and builds, the Pipeline
// Stage View REST API (wfapi) of runs and their pending `input` steps, the crumb issuer and the current
// user. No network, no exceptions: tests and fuzzers call them directly. Statuses and results are kept as
// they came.
namespace gl::jenkins {

// "release/payments api" -> "job/release/job/payments%20api": each folder or job name percent-encoded
// (UTF-8; everything but A-Z a-z 0-9 - . _ ~). An empty path, an empty segment, "." or ".." is an error.
Result<QString> jobUrlPath(const QString &jobPath);

// One run in GET /job/<path>/wfapi/runs.
struct Run
{
    QString id;          // the build number as a string
    QString name;        // "#24"
    QString status;      // IN_PROGRESS, PAUSED_PENDING_INPUT, SUCCESS, FAILED, ABORTED, ...
    QDateTime startTime; // null when startTimeMillis is absent or 0
    qint64 durationMs = 0;
    QStringList pausedStages; // the names of its stages that wait for input (status PAUSED_PENDING_INPUT)
};

// A parameter an input step asks for. From wfapi: type, name, description and a definition holding
// defaultVal (a boolean for BooleanParameterDefinition, a string for String, Password and Choice) and, for
// a choice, choices; other parameter types have an empty definition. From the remote API:
// defaultParameterValue.value and choices. A default that is not a string is written out ("true").
struct InputParameter
{
    QString type; // "StringParameterDefinition", ...
    QString name;
    QString description;
    QString defaultValue;
    QStringList choices;
};

// One element of GET /job/<path>/<n>/wfapi/pendingInputActions.
struct PendingInput
{
    QString id;
    QString message;
    QString proceedText; // the OK button's caption; absent when the step set none
    std::vector<InputParameter> parameters;
    QString proceedUrl; // <run>/wfapi/inputSubmit?inputId=<id>, as Jenkins wrote it (server-relative)
    QString abortUrl;   // <run>/input/<id>/abort
};

// An input step of a build, from the remote API's InputAction (executions[]).
struct InputExecution
{
    QString id;
    bool settled = false; // already answered
    QString message;
    QString ok;
    QStringList submitters; // the step's comma list, split and trimmed; empty when anyone with Job/Build may
    std::vector<InputParameter> parameters;
};

// GET /job/<path>/<n>/api/json
struct Build
{
    qint64 number = 0;
    QString url;
    QString result; // null while running
    bool building = false;
    QDateTime timestamp;
    QString displayName;
    QString causeUserId; // the first cause naming a user (hudson.model.Cause$UserIdCause)
    QString causeUserName;
    QString causeText; // the first cause's shortDescription
    QString sha;       // hudson.plugins.git.util.BuildData: lastBuiltRevision.SHA1 of the first one
    QString branch;    // and its lastBuiltRevision.branch[0].name
    std::vector<InputExecution> inputs;
};

struct JobRef
{
    QString name;
    QString className;
    QString url;
};

// GET /job/<path>/api/json of a job or a folder.
struct Job
{
    QString className; // _class
    QString name;
    QString fullName;
    QString url;
    std::vector<qint64> buildNumbers; // builds[].number, newest first as Jenkins lists them
    std::vector<JobRef> jobs;         // a folder's children
    bool listsJobs = false;           // the body had a "jobs" array (an empty folder has one too)

    bool isFolder() const;
};

// GET /crumbIssuer/api/json
struct Crumb
{
    QString field; // crumbRequestField, the header name: "Jenkins-Crumb"
    QString crumb;
};

// GET /me/api/json (id, fullName) or /whoAmI/api/json (name).
struct Me
{
    QString id;
    QString fullName;
};

Result<std::vector<Run>> parseRuns(const QByteArray &body);
Result<std::vector<PendingInput>> parsePendingInputActions(const QByteArray &body);
Result<Build> parseBuild(const QByteArray &body);
Result<Job> parseJob(const QByteArray &body);
Result<Crumb> parseCrumb(const QByteArray &body);
// An anonymous whoAmI answer is an error: it means the credentials were not taken.
Result<Me> parseMe(const QByteArray &body);
// whoAmI/api/json's "authorities": the groups Jenkins puts the user in (empty when it lists none).
Result<QStringList> parseAuthorities(const QByteArray &body);
// The readable message of an error answer: an HTML page's headings and paragraphs (tags stripped,
// whitespace collapsed) or a JSON "message"; at most 500 characters. Never fails; empty for an empty body.
QString errorText(const QByteArray &htmlOrJson);

} // namespace gl::jenkins
