// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

// The simulator's Jenkins: Pipeline jobs in folders, builds paused on the `input` step, the Pipeline Stage
// View REST API ("wfapi"), the core remote API (api/json with `tree=`), the input step's approve and abort
// endpoints, API-token authentication and CSRF crumbs bound to a web session. Jenkins runs under the
// context path /jenkins/ (a provider's url is http://127.0.0.1:PORT/jenkins). Written from Jenkins's
// documentation and the plugins' public sources (docs/VENDOR-APIS.md §6, FACTS.md §4), not from the
// provider; what the simulator decides where those are silent is in docs/VENDOR-APIS.md §6.9.
//
// Scenario section "jenkins" (every field optional):
//
//   "jenkins": {
//     "users": [{"id": "ana", "fullName": "Ana Lima", "groups": ["release-managers"]},
//               {"id": "jurgen", "fullName": "Jürgen Weiß"}],
//     "me": "ana",                 // who the API token belongs to (default: the first user, else "admin")
//     "admins": ["ana"],           // Overall/Administer: may settle any input
//     "can_build": true,           // me holds Job/Build on every job (settles inputs without a submitter)
//     "can_cancel": true,          // me holds Job/Cancel on every job (aborts any input)
//     "crumb_required": false,     // true: every POST needs the crumb issued for its session cookie
//     "jobs": [{
//       "path": "release/payments api",          // folders are implied by the path
//       "builds": [{
//         "number": 42,                           // default: one less than the build listed before
//                                                 // it (newest first); the first: how many are listed
//         "status": "PAUSED_PENDING_INPUT",       // NOT_EXECUTED, ABORTED, SUCCESS, IN_PROGRESS,
//                                                 // PAUSED_PENDING_INPUT, FAILED, UNSTABLE (default SUCCESS)
//         "branch": "main", "sha": "<40 hex>",   // git BuildData (sha default: derived from path and number)
//         "cause_user": "jurgen",                 // Cause$UserIdCause; absent: an SCM change started it
//         "age_minutes": 25, "duration_seconds": 90,
//         "stages": ["Build", "Test", "Deploy"],  // the last one is where the run waits or ended
//         "inputs": [{                            // only on PAUSED_PENDING_INPUT builds, at least one open
//           "id": "Ef95dd500ae6ed3b27b89fb852296d12", // default capitalize(md5(message)); capitalised too
//           "message": "Deploy to production?",   // required
//           "ok": "Deploy",                       // default "Proceed"
//           "submitter": "ana,release-managers",  // users or groups; absent: anyone with Job/Build
//           "settled": "proceeded",               // "proceeded"/"aborted": given, still attached (a race)
//           "settled_by": "jurgen",
//           "parameters": [{"type": "StringParameterDefinition", "name": "TICKET",
//                           "description": "Change ticket", "default": "", "required": true,
//                           "choices": ["a", "b"]}]}]}]}]   // choices: ChoiceParameterDefinition only
//                                                              // (its default is its first choice)
//   }
//
// Parameter types: String, Text, Password, Boolean and Choice ParameterDefinition. "required" is the
// simulator's own (Jenkins has no such flag): a proceed without a value for it is refused.

#include "simmodule.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace glsim {

class JenkinsSim final : public SimModule
{
public:
    JenkinsSim();

    QString key() const override { return QStringLiteral("jenkins"); }
    QString prefix() const override { return QStringLiteral("/jenkins/"); }
    QString load(const nlohmann::json &section) override;
    bool authorized(const SimRequest &request) const override;
    SimReply unauthorized(const SimRequest &request) const override;
    SimReply route(const SimRequest &request) override;
    SimReply faultReply(int status) const override;
    void addHold() override;
    void tick() override;
    nlohmann::json demoSection() const override;

    // For tests. A build's wfapi status ("PAUSED_PENDING_INPUT", "IN_PROGRESS", "SUCCESS", "ABORTED", …), or
    // empty when there is no such build.
    QString buildStatus(const QString &jobPath, int number) const;
    struct InputState
    {
        bool settled = false;
        QString outcome; // "proceeded" or "aborted" once settled
        QString by;      // the user who settled it ("SYSTEM" when its build was aborted at another input)
        nlohmann::json values; // proceeded: the parameter values submitted, by name (an object)
        bool listed = false;   // still attached to the run (listed in pendingInputActions and executions)
    };
    std::optional<InputState> inputState(const QString &jobPath, int number, const QString &inputId) const;
    int crumbsIssued() const { return m_crumbsIssued; }
    int postsRefusedForCrumb() const { return m_refusedForCrumb; }
    int sessionsIssued() const { return static_cast<int>(m_sessions.size()); }
    // Distinct sessions (issued here) whose cookie came back on a request.
    int sessionsSeen() const { return static_cast<int>(m_sessionsSeen.size()); }
    QString sessionCookieName() const { return m_cookieName; }
    // Jenkins's id for an input without one: the MD5 of its message in hex, first character upper-cased.
    static QString defaultInputId(const QString &message);

private:
    struct Parameter
    {
        QString type; // "StringParameterDefinition", …
        QString name;
        QString description;
        nlohmann::json defaultValue;
        QStringList choices;
        bool required = false;
    };
    struct Input
    {
        QString id;
        QString message;
        QString ok;
        std::optional<QString> submitter;
        std::vector<Parameter> parameters;
        bool listed = true;
        QString outcome;
        QString by;
        nlohmann::json values = nlohmann::json::object();
    };
    struct Build
    {
        int number = 0;
        QString status;
        QString branch;
        QString sha;
        QString causeUser;
        qint64 startMs = 0;
        qint64 endMs = 0;       // finished runs
        qint64 pausedAtMs = 0;  // when the current pause began
        qint64 pausedForMs = 0; // pauses that ended
        QStringList stages;
        std::vector<Input> inputs;
        bool hadInputs = false;
    };
    struct Job
    {
        QString path;
        std::vector<Build> builds; // newest first
    };
    struct User
    {
        QString id;
        QString fullName;
        QStringList groups;
    };

    SimReply routeJob(const SimRequest &request, const QStringList &parts);
    SimReply routeBuild(const SimRequest &request, Job &job, Build &build, const QStringList &rest);
    SimReply submit(const SimRequest &request, Job &job, Build &build, Input &input, const QString &how);
    bool credentialsValid(const SimRequest &request) const;
    QString sessionOf(const SimRequest &request) const;
    bool crumbValid(const SimRequest &request) const;
    SimReply issueCrumb(const SimRequest &request);
    void stamp(SimReply &reply) const;

    nlohmann::json rootJson(bool deep) const;
    nlohmann::json itemJson(const QString &path, bool deep) const;
    nlohmann::json itemRef(const QString &path) const;
    nlohmann::json folderJson(const QString &path, bool deep) const;
    nlohmann::json jobJson(const Job &job, bool deep) const;
    QString color(const Job &job) const;
    nlohmann::json buildJson(const Job &job, const Build &build, bool deepLinks) const;
    nlohmann::json buildRef(const Job &job, const Build &build) const;
    nlohmann::json runJson(const Job &job, const Build &build) const;
    nlohmann::json pendingInputJson(const Job &job, const Build &build, const Input &input) const;
    nlohmann::json userJson(const User &user) const;
    static nlohmann::json parameterJson(const Parameter &parameter);
    const User *user(const QString &id) const;
    QStringList children(const QString &folder) const;
    bool isFolder(const QString &path) const;
    Job *job(const QString &path);
    const Job *job(const QString &path) const;
    QString absolute(const QString &contextRelative) const;
    QString jobUrl(const QString &path) const; // "/jenkins/job/a/job/b%20c/"
    QString buildUrl(const Job &job, const Build &build) const;
    bool canSubmit(const Input &input) const;
    void settle(Build &build, Input &input, const QString &outcome, const QString &by,
                const nlohmann::json &values);

    std::vector<Job> m_jobs;
    QStringList m_folders;
    std::vector<User> m_users;
    QString m_me;
    QStringList m_admins;
    bool m_crumbRequired = false;
    bool m_canBuild = true;
    bool m_canCancel = true;
    QHash<QString, QString> m_sessions; // session id → crumb issued for it
    QSet<QString> m_sessionsSeen;
    int m_crumbsIssued = 0;
    int m_refusedForCrumb = 0;
    int m_holdTurn = 0;
    QString m_cookieName;
    QByteArray m_salt;
    QString m_instanceSession; // X-Jenkins-Session
};

} // namespace glsim
