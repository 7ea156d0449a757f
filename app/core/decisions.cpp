#include "decisions.h"

#include "audit/auditlog.h"

#include <QCoreApplication>

namespace gl {
namespace {

struct DecisionText
{
    Q_DECLARE_TR_FUNCTIONS(DecisionService)
};

QString serverOf(const QString &gateId)
{
    return gateId.section(u'/', 0, 0);
}

} // namespace

QString gateSummary(const Gate &gate)
{
    QString text = gate.project;
    if (gate.pipelineNumber > 0) {
        text += QStringLiteral(" #") + QString::number(gate.pipelineNumber);
    }
    if (!gate.branch.isEmpty()) {
        text += QStringLiteral(" (") + gate.branch + u')';
    }
    if (!gate.workflow.isEmpty()) {
        text += QStringLiteral(" / ") + gate.workflow;
    }
    if (!gate.environment.isEmpty()) {
        text += QStringLiteral(" / ") + gate.environment;
    }
    return text + QStringLiteral(" / ") + gate.name;
}

DecisionService::DecisionService(const AuditLog *audit, QObject *parent) : QObject(parent), m_audit(audit) {}

void DecisionService::addProvider(Provider *provider)
{
    m_providers.insert(provider->serverName(), provider);
}

Provider *DecisionService::providerFor(const QString &gateId) const
{
    return m_providers.value(serverOf(gateId)).data();
}

void DecisionService::finish(const QString &gateId, const DecisionResult &result,
                             const std::function<void(const DecisionResult &)> &done)
{
    m_inFlight.remove(gateId);
    Q_EMIT decisionFinished(gateId, result);
    if (done) {
        done(result);
    }
}

void DecisionService::decide(const QString &gateId, Decision decision, const QString &note,
                             std::function<void(const DecisionResult &)> done)
{
    auto refuse = [&](DecisionOutcome::Kind kind, const QString &message) {
        DecisionResult r;
        r.kind = kind;
        r.message = message;
        Q_EMIT decisionFinished(gateId, r);
        if (done) {
            done(r);
        }
    };
    if (m_inFlight.contains(gateId)) {
        return refuse(
            DecisionOutcome::Kind::Refused,
            DecisionText::tr("a decision on %1 is already in flight; nothing more was sent").arg(gateId));
    }
    Provider *provider = providerFor(gateId);
    if (!provider) {
        return refuse(DecisionOutcome::Kind::Failed,
                      DecisionText::tr("no configured server is named \"%1\" (from the gate id %2)")
                          .arg(serverOf(gateId), gateId));
    }
    const QString trimmedNote = note.trimmed();
    if (decision == Decision::Reject && trimmedNote.isEmpty()) {
        return refuse(DecisionOutcome::Kind::Refused,
                      DecisionText::tr("a rejection needs a note saying why"));
    }
    if (trimmedNote.size() > kMaxNoteLength) {
        return refuse(DecisionOutcome::Kind::Refused,
                      DecisionText::tr("the note has %1 characters; at most %2 are kept")
                          .arg(trimmedNote.size())
                          .arg(kMaxNoteLength));
    }
    m_inFlight.insert(gateId);
    Q_EMIT decisionStarted(gateId, decision);
    QPointer<Provider> guard(provider);

    provider->fetchGate(gateId, [this, guard, gateId, decision, trimmedNote,
                                 done](const Result<Gate> &fetched) {
        DecisionResult result;
        if (!fetched) {
            result.message =
                DecisionText::tr("cannot read the gate from server %1 before deciding: %2; nothing was sent")
                    .arg(serverOf(gateId), fetched.error().message);
            return finish(gateId, result, done);
        }
        result.gate = *fetched;
        if (!guard) {
            result.message = DecisionText::tr("the server was removed; nothing was sent");
            return finish(gateId, result, done);
        }
        if (const auto why = guard->refusal(*fetched, decision)) {
            result.kind = DecisionOutcome::Kind::Refused;
            result.message = *why + DecisionText::tr("; nothing was sent");
            return finish(gateId, result, done);
        }
        AuditRecord intent;
        intent.event = QStringLiteral("intent");
        intent.server = fetched->server;
        intent.gateId = gateId;
        intent.summary = gateSummary(*fetched);
        intent.decision = decisionKey(decision);
        intent.note = trimmedNote;
        if (auto written = m_audit->append(intent); !written) {
            result.message = DecisionText::tr("the audit log cannot be written, so nothing was sent: %1")
                                 .arg(written.error().message);
            return finish(gateId, result, done);
        }
        result.sent = true;
        guard->decide(
            *fetched, decision, trimmedNote,
            [this, guard, gateId, decision, intent, result, done](const DecisionOutcome &outcome) mutable {
                result.kind = outcome.kind;
                result.httpStatus = outcome.httpStatus;
                result.serverMessage = outcome.serverMessage;
                result.sent = outcome.kind != DecisionOutcome::Kind::Failed || outcome.httpStatus != 0;
                AuditRecord record = intent;
                record.event = QStringLiteral("outcome");
                record.httpStatus = outcome.httpStatus;
                record.serverMessage = outcome.serverMessage;
                record.result = outcomeKey(outcome.kind);
                QString auditProblem;
                if (auto written = m_audit->append(record); !written) {
                    auditProblem = DecisionText::tr(" The outcome could not be written to the audit log: %1")
                                       .arg(written.error().message);
                }
                const QString verb = decision == Decision::Approve ? DecisionText::tr("approved")
                                                                   : DecisionText::tr("rejected");
                switch (outcome.kind) {
                case DecisionOutcome::Kind::Done:
                    result.message = DecisionText::tr("%1: %2").arg(verb, gateSummary(result.gate));
                    break;
                case DecisionOutcome::Kind::Refused:
                case DecisionOutcome::Kind::Failed:
                    result.message = DecisionText::tr("not %1: %2").arg(verb, outcome.description);
                    break;
                case DecisionOutcome::Kind::Unknown:
                    break;
                }
                if (outcome.kind != DecisionOutcome::Kind::Unknown || !guard) {
                    if (outcome.kind == DecisionOutcome::Kind::Unknown) {
                        result.message =
                            DecisionText::tr("the outcome is unknown: %1").arg(outcome.description);
                    }
                    result.message += auditProblem;
                    return finish(gateId, result, done);
                }
                // The request may or may not have been carried out. Never send it again: look.
                guard->fetchGate(gateId, [this, gateId, record, result, outcome, auditProblem, verb, guard,
                                          decision, done](const Result<Gate> &after) mutable {
                    AuditRecord verified = record;
                    verified.event = QStringLiteral("verified");
                    verified.httpStatus = 0;
                    verified.serverMessage.clear();
                    if (!after) {
                        verified.result = QStringLiteral("unverifiable: ") + after.error().message;
                        result.message =
                            DecisionText::tr("the outcome is unknown (%1) and the gate could not be read "
                                             "again (%2); check it before trying again")
                                .arg(outcome.description, after.error().message);
                    } else if (guard && !guard->refusal(*after, decision)) {
                        verified.result = QStringLiteral("still waiting: ") + after->status;
                        result.kind = DecisionOutcome::Kind::Failed;
                        result.message =
                            DecisionText::tr("not %1: the request failed (%2) and the gate still waits")
                                .arg(verb, outcome.description);
                    } else {
                        verified.result = QStringLiteral("no longer waiting: ") + after->status;
                        result.kind = DecisionOutcome::Kind::Done;
                        result.message =
                            DecisionText::tr("%1 (confirmed by reading it again after a failed answer: "
                                             "status %2): %3")
                                .arg(verb, after->status, gateSummary(result.gate));
                    }
                    if (auto written = m_audit->append(verified); !written) {
                        auditProblem +=
                            DecisionText::tr(" The verification could not be written to the audit log: %1")
                                .arg(written.error().message);
                    }
                    result.message += auditProblem;
                    finish(gateId, result, done);
                });
            });
    });
}

} // namespace gl
