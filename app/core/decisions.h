// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "audit/auditlog.h"
#include "gate.h"
#include "providers/provider.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace gl {

// One decision as the person confirmed it.
struct DecisionRequest
{
    QString gateId;
    Decision decision = Decision::Approve;
    QString note;
    QString representedAs; // one of the gate's approvalRules to approve as (empty: the server's default)
    QList<QPair<QString, QString>> parameters; // values for the gate's parameters, by name
    // The gate as the confirmation showed it. When set, nothing is sent if the gate read just before
    // sending points at another commit or pipeline: the person did not confirm that.
    std::optional<Gate> shown;
};

struct DecisionResult
{
    DecisionOutcome::Kind kind = DecisionOutcome::Kind::Failed;
    QString message;   // for the user: what happened, or why nothing was sent
    bool sent = false; // a request reached (or may have reached) the server
    Gate gate;         // as read just before deciding (may be empty when it could not be read)
    int httpStatus = 0;
    QString serverMessage;
};

// What completing the intents of earlier runs found.
struct RecoveryReport
{
    std::vector<AuditRecord> verified; // the "verified" records written, one per intent completed
    std::vector<AuditRecord>
        stillUnknown; // intents left open: their server is not configured or not readable
    QString problem;  // the log could not be read, or another Greenlight is deciding

    bool empty() const { return verified.empty() && stillUnknown.empty() && problem.isEmpty(); }
    // One line per intent completed or left open, and the problem, in words for the person.
    QStringList lines() const;
};

// Decides gates: refuses what the server would refuse, writes the intent to the audit log (fsynced)
// before anything is sent and the outcome after, and never re-sends a request whose outcome is unknown:
// it reads the gate again and records what it found.
class DecisionService final : public QObject
{
    Q_OBJECT
public:
    explicit DecisionService(const AuditLog *audit, QObject *parent = nullptr);
    ~DecisionService() override;
    static constexpr int kLockWaitSeconds = 60;

    void addProvider(Provider *provider);
    void removeProvider(const QString &server);
    // Whether a decision on one of the server's gates is on its way.
    bool inFlightAt(const QString &server) const;
    Provider *providerFor(const QString &gateId) const;
    bool inFlight(const QString &gateId) const { return m_inFlight.contains(gateId); }

    static constexpr int kMaxNoteLength = 2000;

    // representedAs: GitLab, the approval rule to approve as when I belong to several (empty: default).
    void decide(const QString &gateId, Decision decision, const QString &note,
                std::function<void(const DecisionResult &)> done = {}, const QString &representedAs = {});
    void decide(const DecisionRequest &request, std::function<void(const DecisionResult &)> done = {});

    // Completes each intent of an earlier run that no outcome follows (the run was killed between writing
    // the intent and the answer): reads the gate again from its server and writes a "verified" record of
    // what the server now says. Never sends a decision. Intents whose server cannot be read stay open.
    void completeDangling(const std::function<void(const RecoveryReport &)> &done);

    // What changed between the gate as shown and as read now that the person did not confirm; empty if
    // nothing did.
    static QString changeSince(const Gate &shown, const Gate &now);

Q_SIGNALS:
    void decisionStarted(const QString &gateId, gl::Decision decision);
    void decisionFinished(const QString &gateId, const gl::DecisionResult &result);

private:
    struct Attempt;
    void lockThen(const std::shared_ptr<Attempt> &attempt, const QDateTime &giveUpAt);
    void onFetched(const std::shared_ptr<Attempt> &attempt, const Result<Gate> &fetched);
    void send(const std::shared_ptr<Attempt> &attempt);
    void onOutcome(const std::shared_ptr<Attempt> &attempt, const DecisionOutcome &outcome);
    void onVerified(const std::shared_ptr<Attempt> &attempt, const DecisionOutcome &outcome,
                    const Result<Gate> &after);
    void finish(const std::shared_ptr<Attempt> &attempt);
    bool takeLock(QString *problem); // without waiting
    void releaseLock();
    // Nothing was sent: say why, to the caller and in the audit log.
    void refuse(const std::shared_ptr<Attempt> &attempt, DecisionOutcome::Kind kind, const QString &message);

    const AuditLog *m_audit;
    QHash<QString, QPointer<Provider>> m_providers;
    QSet<QString> m_inFlight;
    int m_lockFd = -1;     // <audit log>.lock, shared with every Greenlight process of this user
    int m_lockHolders = 0; // decisions of this process holding it
};

// "acme/storefront #1204 (main) / Deploy / production": where a gate is, without its name; an environment
// that is also the gate's name (GitHub's) is said once.
QString gateContext(const Gate &gate);
// gateContext and the name: "… / Deploy / staging".
QString gateSummary(const Gate &gate);

// Whether a gate releases to a protected environment: its environment, workflow or name, or a part of
// one ("hold-production" → "production"), matches one of the glob patterns (case-insensitive).
// Returns the name a person types to confirm (the environment, else the gate's name; for a name that is a
// sentence, the word that matched: "production" of "Deploy to production?"), or empty.
QString protectedName(const Gate &gate, const QStringList &patterns);

} // namespace gl

Q_DECLARE_METATYPE(gl::DecisionResult)
