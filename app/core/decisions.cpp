// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "decisions.h"

#include "audit/auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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

// What a gate read again after a decision whose answer was lost says: whether it still waits for that
// decision (so it was not carried out), and the audit log's words for it, naming the gate's state and, when
// it no longer waits, why ("you have already approved", "the deployment is no longer blocked").
struct StateAfter
{
    bool stillWaiting = false;
    QString result;
    QString state;
};

StateAfter stateAfter(const Provider *provider, const Gate &after, Decision decision)
{
    StateAfter s;
    s.state = after.statusText.isEmpty() ? after.status : after.statusText;
    const std::optional<QString> why = provider ? provider->refusal(after, decision) : std::nullopt;
    s.stillWaiting = provider && !why;
    if (s.stillWaiting) {
        s.result = QStringLiteral("still waiting (") + s.state + QStringLiteral("): not carried out");
    } else {
        s.result = QStringLiteral("no longer waiting for this decision (") + s.state + QStringLiteral(")");
        if (why) {
            s.result += QStringLiteral(": ") + *why;
        }
    }
    return s;
}

Decision decisionFromKey(const QString &key)
{
    for (const Decision d : {Decision::Approve, Decision::ApproveAndRun, Decision::Reject}) {
        if (decisionKey(d) == key) {
            return d;
        }
    }
    return Decision::Approve;
}

} // namespace

QString gateContext(const Gate &gate)
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
    if (!gate.environment.isEmpty() && gate.environment != gate.name) {
        text += QStringLiteral(" / ") + gate.environment;
    }
    return text;
}

QString gateSummary(const Gate &gate)
{
    return gateContext(gate) + QStringLiteral(" / ") + gate.name;
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
                if (!re.match(part).hasMatch()) {
                    continue;
                }
                static const QRegularExpression space(QStringLiteral("\\s"));
                if (!gate.environment.isEmpty()) {
                    return gate.environment;
                }
                if (!gate.name.contains(space)) {
                    return gate.name;
                }
                // A sentence (a Jenkins input's message, "Deploy to production?"): the word that matched, not
                // the whole question with its punctuation.
                static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}_-]+"));
                for (const QString &word : candidate.split(nonWord, Qt::SkipEmptyParts)) {
                    if (re.match(word).hasMatch()) {
                        return word;
                    }
                }
                return gate.name;
            }
        }
    }
    return {};
}

namespace {
// What would be released, for the audit log.
void describeRelease(AuditRecord &record, const Gate &g)
{
    record.server = g.server.isEmpty() ? record.server : g.server;
    record.commitSha = g.commitSha;
    record.commitSubject = g.commitSubject;
    record.pipelineNumber = g.pipelineNumber;
    record.branch = g.branch;
    record.environment = g.environment.isEmpty() ? g.workflow : g.environment;
    record.project = g.project;
    record.provider = g.provider;
    record.approvalsGiven = g.approvals.given;
    record.approvalsRequired = g.approvals.required;
    if (!g.id.isEmpty()) {
        record.summary = gateSummary(g);
    }
}
} // namespace

QString DecisionService::changeSince(const Gate &shown, const Gate &now)
{
    QStringList changes;
    if (!shown.commitSha.isEmpty() && !now.commitSha.isEmpty() && shown.commitSha != now.commitSha) {
        changes.append(DecisionText::tr("it now releases commit %1 (you confirmed %2)")
                           .arg(now.commitSha.left(12), shown.commitSha.left(12)));
    }
    if (shown.pipelineNumber > 0 && now.pipelineNumber > 0 && shown.pipelineNumber != now.pipelineNumber) {
        changes.append(DecisionText::tr("it now belongs to pipeline #%1 (you confirmed #%2)")
                           .arg(now.pipelineNumber)
                           .arg(shown.pipelineNumber));
    } else if (!shown.pipelineId.isEmpty() && !now.pipelineId.isEmpty() &&
               shown.pipelineId != now.pipelineId) {
        changes.append(DecisionText::tr("it now belongs to another pipeline (%1, you confirmed %2)")
                           .arg(now.pipelineId, shown.pipelineId));
    }
    if (!shown.environment.isEmpty() && !now.environment.isEmpty() && shown.environment != now.environment) {
        changes.append(DecisionText::tr("it now deploys to %1 (you confirmed %2)")
                           .arg(now.environment, shown.environment));
    }
    return changes.join(QStringLiteral("; "));
}

DecisionService::DecisionService(const AuditLog *audit, QObject *parent) : QObject(parent), m_audit(audit) {}

DecisionService::~DecisionService()
{
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
    }
}

void DecisionService::addProvider(Provider *provider)
{
    m_providers.insert(provider->serverName(), provider);
}

void DecisionService::removeProvider(const QString &server)
{
    m_providers.remove(server);
}

bool DecisionService::inFlightAt(const QString &server) const
{
    return std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                       [&server](const QString &id) { return serverOf(id) == server; });
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
    QList<QPair<QString, QString>> parameters;
    std::optional<Gate> shown;
    bool holdsLock = false;
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
    DecisionRequest request;
    request.gateId = gateId;
    request.decision = decision;
    request.note = note;
    request.representedAs = representedAs;
    decide(request, std::move(done));
}

void DecisionService::decide(const DecisionRequest &request, std::function<void(const DecisionResult &)> done)
{
    const QString &gateId = request.gateId;
    const Decision decision = request.decision;
    if (m_inFlight.contains(gateId)) {
        // Answered to this caller only: decisionFinished(gateId) belongs to the decision on its way.
        DecisionResult r;
        r.kind = DecisionOutcome::Kind::Refused;
        r.message =
            DecisionText::tr("a decision on %1 is already in flight; nothing more was sent").arg(gateId);
        AuditRecord record;
        record.event = QStringLiteral("refused");
        record.server = serverOf(gateId);
        record.gateId = gateId;
        record.decision = decisionKey(decision);
        record.note = request.note.trimmed();
        record.result = r.message;
        if (request.shown) {
            describeRelease(record, *request.shown);
        }
        if (auto written = m_audit->append(record); !written) {
            r.message += DecisionText::tr(" The refusal could not be written to the audit log: %1")
                             .arg(written.error().message);
        }
        if (done) {
            done(r);
        }
        return;
    }
    auto attempt = std::make_shared<Attempt>();
    attempt->gateId = gateId;
    attempt->decision = decision;
    attempt->note = request.note.trimmed();
    attempt->representedAs = request.representedAs;
    attempt->parameters = request.parameters;
    attempt->shown = request.shown;
    attempt->done = std::move(done);
    attempt->record.server = serverOf(gateId);
    attempt->record.gateId = gateId;
    attempt->record.decision = decisionKey(decision);
    attempt->record.note = attempt->note;
    if (request.shown) {
        describeRelease(attempt->record, *request.shown);
    }
    m_inFlight.insert(gateId);
    Provider *provider = providerFor(gateId);
    attempt->provider = provider;
    if (!provider) {
        return refuse(attempt, DecisionOutcome::Kind::Failed,
                      DecisionText::tr("no configured server is named \"%1\" (from the gate id %2)")
                          .arg(serverOf(gateId), gateId));
    }
    const QString &trimmedNote = attempt->note;
    if (decision == Decision::Reject && trimmedNote.isEmpty()) {
        return refuse(attempt, DecisionOutcome::Kind::Refused,
                      DecisionText::tr("a rejection needs a note saying why"));
    }
    if (trimmedNote.isEmpty() && provider->noteRequired()) {
        return refuse(attempt, DecisionOutcome::Kind::Refused,
                      DecisionText::tr("this server needs a comment with every decision; add a note"));
    }
    if (trimmedNote.size() > kMaxNoteLength) {
        return refuse(attempt, DecisionOutcome::Kind::Refused,
                      DecisionText::tr("the note has %1 characters; at most %2 are kept")
                          .arg(trimmedNote.size())
                          .arg(kMaxNoteLength));
    }
    if (const int limit = provider->noteLimit(); limit > 0 && trimmedNote.size() > limit) {
        return refuse(
            attempt, DecisionOutcome::Kind::Refused,
            DecisionText::tr("the note has %1 characters and the server takes at most %2 in a comment; "
                             "shorten it (nothing is cut silently)")
                .arg(trimmedNote.size())
                .arg(limit));
    }
    Q_EMIT decisionStarted(gateId, decision);
    lockThen(attempt, QDateTime::currentDateTimeUtc().addSecs(kLockWaitSeconds));
}

// Decisions of every Greenlight process of this user meet at one lock beside the audit log, held from
// reading the gate to recording the outcome: a second process (or window) deciding the same gate reads it
// only after the first is done, and finds it decided. The wait is for another process: real time.
void DecisionService::lockThen(const std::shared_ptr<Attempt> &a, const QDateTime &giveUpAt)
{
    if (m_lockHolders == 0) {
        if (m_lockFd < 0) {
            const QByteArray path = QFile::encodeName(m_audit->path() + QStringLiteral(".lock"));
            QDir().mkpath(QFileInfo(m_audit->path()).path());
            m_lockFd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
            if (m_lockFd < 0) {
                return refuse(
                    a, DecisionOutcome::Kind::Failed,
                    DecisionText::tr(
                        "the audit log cannot be written, so nothing was sent: cannot open its lock %1: %2")
                        .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno))));
            }
        }
        if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK && errno != EINTR) {
                return refuse(a, DecisionOutcome::Kind::Failed,
                              DecisionText::tr("cannot take the decision lock: %1; nothing was sent")
                                  .arg(QString::fromLocal8Bit(std::strerror(errno))));
            }
            if (QDateTime::currentDateTimeUtc() > giveUpAt) {
                return refuse(
                    a, DecisionOutcome::Kind::Failed,
                    DecisionText::tr("another Greenlight has been deciding for %n s; nothing was sent. "
                                     "Try again when it is done.",
                                     nullptr, kLockWaitSeconds));
            }
            QTimer::singleShot(100, this, [this, a, giveUpAt] { lockThen(a, giveUpAt); });
            return;
        }
    }
    ++m_lockHolders;
    a->holdsLock = true;
    // Read the gate fresh: the server's current state decides, not the last poll's.
    a->provider->fetchGate(a->gateId, [this, a](const Result<Gate> &fetched) { onFetched(a, fetched); });
}

void DecisionService::refuse(const std::shared_ptr<Attempt> &a, DecisionOutcome::Kind kind,
                             const QString &message)
{
    a->result.kind = kind;
    a->result.message = message;
    AuditRecord record = a->record;
    record.event = QStringLiteral("refused");
    record.httpStatus = 0;
    record.serverMessage.clear();
    record.result = message;
    if (auto written = m_audit->append(record); !written) {
        a->auditProblem = DecisionText::tr(" The refusal could not be written to the audit log: %1")
                              .arg(written.error().message);
    }
    finish(a);
}

void DecisionService::onFetched(const std::shared_ptr<Attempt> &a, const Result<Gate> &fetched)
{
    if (!fetched) {
        return refuse(
            a, DecisionOutcome::Kind::Failed,
            DecisionText::tr("cannot read the gate from server %1 before deciding: %2; nothing was sent")
                .arg(serverOf(a->gateId), fetched.error().message));
    }
    a->result.gate = *fetched;
    if (!a->provider) {
        return refuse(a, DecisionOutcome::Kind::Failed,
                      DecisionText::tr("the server was removed; nothing was sent"));
    }
    if (a->shown) {
        if (const QString changed = changeSince(*a->shown, *fetched); !changed.isEmpty()) {
            describeRelease(a->record, *fetched);
            return refuse(
                a, DecisionOutcome::Kind::Refused,
                DecisionText::tr("%1 changed since you confirmed it: %2; nothing was sent. Look at it "
                                 "again and decide anew.")
                    .arg(gateSummary(*a->shown), changed));
        }
    }
    describeRelease(a->record, *fetched);
    if (const auto why = a->provider->refusal(a->result.gate, a->decision)) {
        return refuse(a, DecisionOutcome::Kind::Refused, *why + DecisionText::tr("; nothing was sent"));
    }
    if (!a->representedAs.isEmpty() && a->decision != Decision::Reject &&
        !a->result.gate.approvalRules.contains(a->representedAs)) {
        return refuse(a, DecisionOutcome::Kind::Refused,
                      DecisionText::tr("you cannot approve as \"%1\" here (you may approve as: %2); nothing "
                                       "was sent")
                          .arg(a->representedAs, a->result.gate.approvalRules.join(QStringLiteral(", "))));
    }
    for (const auto &parameter : std::as_const(a->parameters)) {
        const QString &name = parameter.first; // not a structured binding: clang 14 cannot capture one
        const auto &known = a->result.gate.parameters;
        if (std::none_of(known.begin(), known.end(),
                         [&](const GateParameter &p) { return p.name == name; })) {
            return refuse(
                a, DecisionOutcome::Kind::Refused,
                DecisionText::tr("the gate asks for no parameter \"%1\"; nothing was sent").arg(name));
        }
    }
    a->record.event = QStringLiteral("intent");
    if (!a->representedAs.isEmpty()) {
        a->record.summary += DecisionText::tr(" (approving as %1)").arg(a->representedAs);
    }
    a->provider->fetchCurrentUser([this, a](const QString &serverUser) {
        a->record.serverUser = serverUser;
        send(a);
    });
}

void DecisionService::send(const std::shared_ptr<Attempt> &a)
{
    if (!a->provider) {
        return refuse(a, DecisionOutcome::Kind::Failed,
                      DecisionText::tr("the server was removed; nothing was sent"));
    }
    // Fail closed: no record of the intent on disk, no request.
    auto written = m_audit->append(a->record);
    if (!written) {
        a->result.message = DecisionText::tr("the audit log cannot be written, so nothing was sent: %1")
                                .arg(written.error().message);
        return finish(a);
    }
    // The outcome and any verification name the intent they complete.
    a->record.intentSeq = written->seq;
    a->result.sent = true;
    DecisionOptions options;
    options.note = a->note;
    options.representedAs = a->decision == Decision::Reject ? QString() : a->representedAs;
    options.parameters = a->parameters;
    a->provider->decide(a->result.gate, a->decision, options,
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
    // One record per request the decision made: what the server did at each step.
    std::vector<DecisionOutcome::Step> steps = outcome.steps;
    if (steps.empty()) {
        steps.push_back({QString(), outcome.kind, outcome.httpStatus, outcome.serverMessage});
    }
    for (const auto &step : steps) {
        a->record.step = step.name;
        a->record.httpStatus = step.httpStatus;
        a->record.serverMessage = step.serverMessage;
        a->record.result = outcomeKey(step.kind);
        if (auto written = m_audit->append(a->record); !written) {
            a->auditProblem = DecisionText::tr(" The outcome could not be written to the audit log: %1")
                                  .arg(written.error().message);
        }
    }
    a->record.step.clear();
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
    } else if (const StateAfter s = stateAfter(a->provider, *after, a->decision); s.stillWaiting) {
        verified.result = s.result;
        result.kind = DecisionOutcome::Kind::Failed;
        result.message = DecisionText::tr("not %1: the request failed (%2) and the gate still waits")
                             .arg(a->verb(), outcome.description);
    } else {
        verified.result = s.result;
        result.kind = DecisionOutcome::Kind::Done;
        result.message =
            DecisionText::tr("%1 (confirmed by reading it again after a failed answer: the gate no "
                             "longer waits for it; its state: %2): %3")
                .arg(a->verb(), s.state, gateSummary(result.gate));
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
    if (std::exchange(a->holdsLock, false) && --m_lockHolders == 0 && m_lockFd >= 0) {
        ::flock(m_lockFd, LOCK_UN);
    }
    Q_EMIT decisionFinished(a->gateId, a->result);
    if (a->done) {
        a->done(a->result);
    }
}

QStringList RecoveryReport::lines() const
{
    QStringList out;
    auto what = [](const AuditRecord &r) {
        const QString verb =
            r.decision == QLatin1String("reject") ? DecisionText::tr("reject") : DecisionText::tr("approve");
        return DecisionText::tr("the decision to %1 %2 (audit record %3)")
            .arg(verb, r.summary.isEmpty() ? r.gateId : r.summary)
            .arg(r.seq);
    };
    for (const AuditRecord &v : verified) {
        AuditRecord intent = v;
        intent.seq = v.intentSeq;
        out.append(DecisionText::tr("An earlier run stopped before the answer to %1; the server now says: %2")
                       .arg(what(intent), v.result));
    }
    for (const AuditRecord &r : stillUnknown) {
        out.append(DecisionText::tr("The outcome of %1 is still unknown: its server could not be read; check "
                                    "the gate %2 on the server")
                       .arg(what(r), r.gateId));
    }
    if (!problem.isEmpty()) {
        out.append(problem);
    }
    return out;
}

bool DecisionService::takeLock(QString *problem)
{
    if (m_lockHolders > 0) {
        ++m_lockHolders;
        return true;
    }
    if (m_lockFd < 0) {
        const QByteArray path = QFile::encodeName(m_audit->path() + QStringLiteral(".lock"));
        QDir().mkpath(QFileInfo(m_audit->path()).path());
        m_lockFd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_lockFd < 0) {
            *problem = DecisionText::tr("cannot open the decision lock %1: %2")
                           .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        *problem =
            DecisionText::tr("another Greenlight is deciding; the decisions of earlier runs are looked "
                             "at later");
        return false;
    }
    ++m_lockHolders;
    return true;
}

void DecisionService::releaseLock()
{
    if (m_lockHolders > 0 && --m_lockHolders == 0 && m_lockFd >= 0) {
        ::flock(m_lockFd, LOCK_UN);
    }
}

void DecisionService::completeDangling(const std::function<void(const RecoveryReport &)> &done)
{
    auto report = std::make_shared<RecoveryReport>();
    auto records = m_audit->readAll();
    if (!records) {
        report->problem = records.error().message;
        return done(*report);
    }
    std::vector<AuditRecord> open = AuditLog::danglingIntents(*records);
    if (open.empty()) {
        return done(*report);
    }
    // Held until every gate was read: a decision of another process between its intent and its outcome is
    // not dangling, and must not be completed from here.
    if (QString problem; !takeLock(&problem)) {
        report->problem = problem;
        report->stillUnknown = std::move(open);
        return done(*report);
    }
    // Read the log again under the lock: what was open before may have been completed meanwhile.
    records = m_audit->readAll();
    open = records ? AuditLog::danglingIntents(*records) : std::vector<AuditRecord>{};
    auto pending = std::make_shared<int>(1);
    auto finishOne = [this, report, pending, done] {
        if (--*pending == 0) {
            releaseLock();
            done(*report);
        }
    };
    for (const AuditRecord &intent : open) {
        Provider *provider = m_inFlight.contains(intent.gateId) ? nullptr : providerFor(intent.gateId);
        if (!provider) {
            report->stillUnknown.push_back(intent);
            continue;
        }
        ++*pending;
        QPointer<Provider> guard(provider);
        provider->fetchGate(intent.gateId, [this, report, intent, guard,
                                            finishOne](const Result<Gate> &after) {
            if (!after || !guard) {
                report->stillUnknown.push_back(intent);
                return finishOne();
            }
            AuditRecord verified = intent;
            verified.event = QStringLiteral("verified");
            verified.intentSeq = intent.seq;
            verified.httpStatus = 0;
            verified.serverMessage.clear();
            verified.step.clear();
            verified.result =
                stateAfter(guard, *after, decisionFromKey(intent.decision)).result +
                QStringLiteral(" (read at the next start; the run that sent it stopped before its answer)");
            if (auto written = m_audit->append(verified); written) {
                report->verified.push_back(*written);
            } else {
                report->stillUnknown.push_back(intent);
                report->problem = written.error().message;
            }
            finishOne();
        });
    }
    finishOne();
}

} // namespace gl
