// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>
#include <vector>

namespace gl {

enum class GateKind
{
    ApprovalJob,
    Deployment,
    ManualJob,
    PendingDeployment,
    Input
};
enum class Decision
{
    Approve,
    Reject,
    ApproveAndRun, // GitLab: approve a deployment, then play its manual job
};

QString gateKindKey(GateKind kind); // stable machine names: "approval-job", …
QString decisionKey(Decision decision);
QString providerDisplayName(const QString &provider); // "circleci" → "CircleCI"

// A value the vendor asks for with the decision (a Jenkins input parameter).
struct GateParameter
{
    QString name;
    QString type; // the vendor's word: "StringParameterDefinition", "BooleanParameterDefinition", …
    QString description;
    QString defaultValue;
    QStringList choices; // a choice parameter's values, else empty
    bool operator==(const GateParameter &) const = default;
};

struct ApprovalCount
{
    int given = 0;
    int required = 1;
    bool operator==(const ApprovalCount &) const = default;
};

// One thing that waits for a human.
struct Gate
{
    QString id;       // "<server>/<provider-native path>", stable across polls
    QString server;   // server name from servers.json
    QString provider; // "circleci", …
    GateKind kind = GateKind::ApprovalJob;
    QString project;
    qint64 pipelineNumber = 0;
    QString pipelineId;
    QString branch;
    QString commitSha;
    QString commitSubject;
    QString triggeredBy;
    QString workflow;    // workflow name (CircleCI) or empty
    QString workflowId;  // provider-native workflow id
    QString environment; // deployment environment, where the vendor has one
    QString name;        // the job / gate name
    QString status;      // provider status string, e.g. "on_hold"
    QString statusText;  // the state as a person reads it, from the provider ("waiting for approval"); may be
                         // empty
    QDateTime createdAt; // when it started waiting (best known)
    QString requestedBy;
    ApprovalCount approvals;
    bool canApprove = true;
    QString cannotApproveReason;
    QUrl url;                    // web page
    QDateTime expiresAt;         // invalid when the vendor has no expiry
    QStringList approvalHistory; // "approved by ana: looks good", oldest first
    // The job stays waiting after the last approval and can be started with it (GitLab's approve-and-run).
    bool canRunAfterApproval = false;
    QStringList approvalRules;             // the rules or roles one may approve as (GitLab's represented_as)
    std::vector<GateParameter> parameters; // values the decision carries (Jenkins input parameters)
    QStringList reviewers;                 // who may decide, as the vendor names them (users, teams, groups)
    // Vendor facts for the details pane, label then value, already translated ("Wait timer", "30 min").
    QList<QPair<QString, QString>> details;
    QString supersededBy; // a newer gate to the same environment waits too: which (empty when none)
    // The configured project it was read under: when that project cannot be read, it stays (stale).
    QString scope;
    // Provider-native handles needed to act on the gate.
    QString nativeJobId;
    QString nativeApprovalRequestId;

    bool operator==(const Gate &) const = default;
};

using Gates = std::vector<Gate>;

// Makes equal strings share one copy of their data. A poll's gates repeat the same server, provider,
// project, branch, people, status, commit and workflow names, each parsed into a string of its own; the
// store passes every gate it keeps through intern(), so that 10,000 gates hold each value once. Values no
// gate holds any more are dropped by sweep().
class GateInterner
{
public:
    void intern(Gate &gate);
    void intern(QString &text);
    void intern(QStringList &texts);
    // Forgets the values only the interner holds; cheap to call after every poll (it waits until the pool
    // has doubled since the last sweep).
    void sweep();
    int size() const { return static_cast<int>(m_strings.size()); }

private:
    void intern(QString &text, QString &last);
    QSet<QString> m_strings;
    std::array<QString, 18>
        m_last; // the value each field had in the gate before: a poll lists neighbours together
    QSet<QUrl> m_urls;
    qsizetype m_sweptAt = 0;
};

// What Greenlight knows of a server. Only Polled says that its gates are all there is.
enum class ServerState
{
    Checking, // configured, not polled yet
    NotSetUp, // cannot be polled as configured (no token, bad CA file): the error says what to do
    Failing,  // the last poll failed, wholly or for some projects: the gates it showed before are kept, stale
    Polled,   // the last poll read every project
};

// Health of one server as the last poll left it.
struct ServerHealth
{
    QString server;
    ServerState state = ServerState::Checking;
    QDateTime lastSuccess; // the last poll that read every project; invalid if none did
    QDateTime lastAttempt;
    QString error;            // empty when the last poll succeeded
    QDateTime retryNotBefore; // set while rate-limited or backing off
    bool stale() const { return !error.isEmpty(); }
};

} // namespace gl

Q_DECLARE_METATYPE(gl::Gate)
