#include "decisions.h"

#include "audit/auditlog.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

QString protectedName(const Gate &gate, const QStringList &patterns)
{
    static const QRegularExpression separators(QStringLiteral("[-_/. ]+"));
    for (const QString &pattern : patterns) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                    QRegularExpression::CaseInsensitiveOption);
        for (const QString &candidate : {gate.environment, gate.workflow, gate.name}) {
            if (candidate.isEmpty()) {
                continue;
            }
            QStringList parts = candidate.split(separators, Qt::SkipEmptyParts);
            parts.prepend(candidate);
            for (const QString &part : std::as_const(parts)) {
                if (re.match(part).hasMatch()) {
                    return gate.environment.isEmpty() ? gate.name : gate.environment;
                }
            }
        }
    }
    return {};
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

// One decision from request to result; passed from stage to stage.
struct DecisionService::Attempt
{
    QString gateId;
    Decision decision = Decision::Approve;
    QString note;
    QString representedAs;
    std::function<void(const DecisionResult &)> done;
    QPointer<Provider> provider;
    DecisionResult result;
    AuditRecord record; // the intent, then reused for outcome and verification
    QString auditProblem;

    QString verb() const
    {
        switch (decision) {
        case Decision::Approve:
            return DecisionText::tr("approved");
        case Decision::ApproveAndRun:
            return DecisionText::tr("approved and started");
        case Decision::Reject:
            break;
        }
        return DecisionText::tr("rejected");
    }
};

void DecisionService::decide(const QString &gateId, Decision decision, const QString &note,
                             std::function<void(const DecisionResult &)> done, const QString &representedAs)
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
        // Answered to this caller only: decisionFinished(gateId) belongs to the decision on its way.
        DecisionResult r;
        r.kind = DecisionOutcome::Kind::Refused;
        r.message =
            DecisionText::tr("a decision on %1 is already in flight; nothing more was sent").arg(gateId);
        if (done) {
            done(r);
        }
        return;
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
    if (const int limit = provider->noteLimit(); limit > 0 && trimmedNote.size() > limit) {
        return refuse(
            DecisionOutcome::Kind::Refused,
            DecisionText::tr("the note has %1 characters and the server takes at most %2 in a comment; "
                             "shorten it (nothing is cut silently)")
                .arg(trimmedNote.size())
                .arg(limit));
    }
    auto attempt = std::make_shared<Attempt>();
    attempt->gateId = gateId;
    attempt->decision = decision;
    attempt->note = trimmedNote;
    attempt->representedAs = representedAs;
    attempt->done = std::move(done);
    attempt->provider = provider;
    m_inFlight.insert(gateId);
    Q_EMIT decisionStarted(gateId, decision);
    // Read the gate fresh: the server's current state decides, not the last poll's.
    provider->fetchGate(gateId,
                        [this, attempt](const Result<Gate> &fetched) { onFetched(attempt, fetched); });
}

void DecisionService::onFetched(const std::shared_ptr<Attempt> &a, const Result<Gate> &fetched)
{
    if (!fetched) {
        a->result.message =
            DecisionText::tr("cannot read the gate from server %1 before deciding: %2; nothing was sent")
                .arg(serverOf(a->gateId), fetched.error().message);
        return finish(a);
    }
    a->result.gate = *fetched;
    a->result.gate.representedAs = a->representedAs;
    if (!a->provider) {
        a->result.message = DecisionText::tr("the server was removed; nothing was sent");
        return finish(a);
    }
    if (const auto why = a->provider->refusal(a->result.gate, a->decision)) {
        a->result.kind = DecisionOutcome::Kind::Refused;
        a->result.message = *why + DecisionText::tr("; nothing was sent");
        return finish(a);
    }
    a->record.event = QStringLiteral("intent");
    a->record.server = fetched->server;
    a->record.gateId = a->gateId;
    a->record.summary = gateSummary(*fetched);
    if (!a->representedAs.isEmpty()) {
        a->record.summary += DecisionText::tr(" (approving as %1)").arg(a->representedAs);
    }
    a->record.decision = decisionKey(a->decision);
    a->record.note = a->note;
    a->provider->fetchCurrentUser([this, a](const QString &serverUser) {
        a->record.serverUser = serverUser;
        send(a);
    });
}

void DecisionService::send(const std::shared_ptr<Attempt> &a)
{
    if (!a->provider) {
        a->result.message = DecisionText::tr("the server was removed; nothing was sent");
        return finish(a);
    }
    // Fail closed: no record of the intent on disk, no request.
    if (auto written = m_audit->append(a->record); !written) {
        a->result.message = DecisionText::tr("the audit log cannot be written, so nothing was sent: %1")
                                .arg(written.error().message);
        return finish(a);
    }
    a->result.sent = true;
    a->provider->decide(a->result.gate, a->decision, a->note,
                        [this, a](const DecisionOutcome &outcome) { onOutcome(a, outcome); });
}

void DecisionService::onOutcome(const std::shared_ptr<Attempt> &a, const DecisionOutcome &outcome)
{
    DecisionResult &result = a->result;
    result.kind = outcome.kind;
    result.httpStatus = outcome.httpStatus;
    result.serverMessage = outcome.serverMessage;
    result.sent = outcome.kind != DecisionOutcome::Kind::Failed || outcome.httpStatus != 0;
    a->record.event = QStringLiteral("outcome");
    a->record.httpStatus = outcome.httpStatus;
    a->record.serverMessage = outcome.serverMessage;
    a->record.result = outcomeKey(outcome.kind);
    if (auto written = m_audit->append(a->record); !written) {
        a->auditProblem = DecisionText::tr(" The outcome could not be written to the audit log: %1")
                              .arg(written.error().message);
    }
    switch (outcome.kind) {
    case DecisionOutcome::Kind::Done:
        result.message = DecisionText::tr("%1: %2").arg(a->verb(), gateSummary(result.gate));
        break;
    case DecisionOutcome::Kind::Refused:
    case DecisionOutcome::Kind::Failed:
        result.message = DecisionText::tr("not %1: %2").arg(a->verb(), outcome.description);
        break;
    case DecisionOutcome::Kind::Unknown:
        if (a->provider) {
            // The request may or may not have been carried out. Never send it again: look.
            a->provider->fetchGate(
                a->gateId, [this, a, outcome](const Result<Gate> &after) { onVerified(a, outcome, after); });
            return;
        }
        result.message = DecisionText::tr("the outcome is unknown: %1").arg(outcome.description);
        break;
    }
    finish(a);
}

void DecisionService::onVerified(const std::shared_ptr<Attempt> &a, const DecisionOutcome &outcome,
                                 const Result<Gate> &after)
{
    DecisionResult &result = a->result;
    AuditRecord &verified = a->record;
    verified.event = QStringLiteral("verified");
    verified.httpStatus = 0;
    verified.serverMessage.clear();
    if (!after) {
        verified.result = QStringLiteral("unverifiable: ") + after.error().message;
        result.message =
            DecisionText::tr("the outcome is unknown (%1) and the gate could not be read again (%2); "
                             "check it before trying again")
                .arg(outcome.description, after.error().message);
    } else if (a->provider && !a->provider->refusal(*after, a->decision)) {
        verified.result = QStringLiteral("still waiting: ") + after->status;
        result.kind = DecisionOutcome::Kind::Failed;
        result.message = DecisionText::tr("not %1: the request failed (%2) and the gate still waits")
                             .arg(a->verb(), outcome.description);
    } else {
        verified.result = QStringLiteral("no longer waiting: ") + after->status;
        result.kind = DecisionOutcome::Kind::Done;
        result.message =
            DecisionText::tr("%1 (confirmed by reading it again after a failed answer: status %2): %3")
                .arg(a->verb(), after->status, gateSummary(result.gate));
    }
    if (auto written = m_audit->append(verified); !written) {
        a->auditProblem += DecisionText::tr(" The verification could not be written to the audit log: %1")
                               .arg(written.error().message);
    }
    finish(a);
}

void DecisionService::finish(const std::shared_ptr<Attempt> &a)
{
    a->result.message += a->auditProblem;
    m_inFlight.remove(a->gateId);
    Q_EMIT decisionFinished(a->gateId, a->result);
    if (a->done) {
        a->done(a->result);
    }
}

} // namespace gl
