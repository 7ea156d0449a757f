// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "audit/auditview.h"

#include "text/safetext.h"

#include <QStringList>

#include <nlohmann/json.hpp>

namespace gl {

QString outcomeName(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Done:
        return QStringLiteral("done");
    case AuditOutcome::Refused:
        return QStringLiteral("refused");
    case AuditOutcome::Failed:
        return QStringLiteral("failed");
    case AuditOutcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

namespace {

bool isCompletion(const AuditRecord &r)
{
    return r.event == QLatin1String("outcome") || r.event == QLatin1String("verified");
}

// What one completing record says. A verification reads the gate again: "still waiting (…)" means the
// decision was not carried out, "no longer waiting …" that it was, "unverifiable: …" that it is not known.
AuditOutcome outcomeOf(const AuditRecord &r)
{
    if (r.event == QLatin1String("refused")) {
        return AuditOutcome::Refused;
    }
    if (r.event == QLatin1String("verified")) {
        if (r.result.startsWith(QLatin1String("still waiting"))) {
            return AuditOutcome::Failed;
        }
        if (r.result.startsWith(QLatin1String("no longer waiting"))) {
            return AuditOutcome::Done;
        }
        return AuditOutcome::Unknown;
    }
    if (r.result == QLatin1String("done")) {
        return AuditOutcome::Done;
    }
    if (r.result == QLatin1String("refused")) {
        return AuditOutcome::Refused;
    }
    if (r.result == QLatin1String("failed")) {
        return AuditOutcome::Failed;
    }
    return AuditOutcome::Unknown;
}

void settle(AuditDecision &d)
{
    const AuditRecord &first = d.first();
    if (first.event == QLatin1String("refused")) {
        d.outcome = AuditOutcome::Refused;
        d.outcomeText = first.result;
        d.completed = true;
        return;
    }
    // The outcomes of each request, then any verification: a verification settles what an unknown outcome
    // left open; otherwise the first request that was not carried out is what became of the decision.
    std::optional<AuditOutcome> outcome;
    for (const AuditRecord &r : d.records) {
        if (!isCompletion(r) && r.event != QLatin1String("intent")) {
            continue;
        }
        if (r.httpStatus != 0) {
            d.httpStatus = r.httpStatus;
        }
        if (!r.serverMessage.isEmpty()) {
            d.serverMessage = r.serverMessage;
        }
        if (!isCompletion(r)) {
            continue;
        }
        d.completed = true;
        const AuditOutcome o = outcomeOf(r);
        if (r.event == QLatin1String("verified") || !outcome || *outcome == AuditOutcome::Done) {
            outcome = o;
            d.outcomeText = r.result;
        }
    }
    d.outcome = outcome.value_or(AuditOutcome::Unknown);
}

} // namespace

std::vector<AuditDecision> auditDecisions(const std::vector<AuditRecord> &records)
{
    std::vector<AuditDecision> decisions;
    std::vector<size_t> open; // decisions whose intent a later record may complete
    for (const AuditRecord &r : records) {
        if (!isCompletion(r)) {
            decisions.push_back({});
            decisions.back().records.push_back(r);
            if (r.event == QLatin1String("intent")) {
                open.push_back(decisions.size() - 1);
            }
            continue;
        }
        size_t into = decisions.size();
        for (auto it = open.rbegin(); it != open.rend(); ++it) {
            const AuditRecord &intent = decisions[*it].first();
            if (r.intentSeq > 0 ? intent.seq == r.intentSeq : intent.gateId == r.gateId) {
                into = *it;
                break;
            }
        }
        if (into == decisions.size()) {
            decisions.push_back({});
        }
        decisions[into].records.push_back(r);
    }
    for (AuditDecision &d : decisions) {
        settle(d);
    }
    return decisions;
}

bool AuditFilter::matches(const AuditDecision &d) const
{
    const AuditRecord &first = d.first();
    const QDate day = first.time.toLocalTime().date();
    if ((from.isValid() && day < from) || (to.isValid() && day > to)) {
        return false;
    }
    if (!person.isEmpty() && first.localUser != person && first.serverUser != person) {
        return false;
    }
    if (!project.isEmpty() && first.project != project) {
        return false;
    }
    if (!outcome.isEmpty() && outcomeName(d.outcome) != outcome) {
        return false;
    }
    if (!text.isEmpty()) {
        const auto has = [this](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
        bool found = false;
        for (const AuditRecord &r : d.records) {
            found = found || has(r.gateId) || has(r.summary) || has(r.note) || has(r.server) ||
                    has(r.branch) || has(r.commitSha) || has(r.serverMessage) || has(r.result) ||
                    has(r.project);
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

std::vector<AuditRecord> recordsOf(const std::vector<AuditDecision> &decisions)
{
    std::vector<AuditRecord> records;
    for (const AuditDecision &d : decisions) {
        records.insert(records.end(), d.records.begin(), d.records.end());
    }
    std::sort(records.begin(), records.end(),
              [](const AuditRecord &a, const AuditRecord &b) { return a.seq < b.seq; });
    return records;
}

QByteArray exportRecords(const std::vector<AuditRecord> &records, AuditFormat format)
{
    const auto u8 = [](const QString &s) { return s.toStdString(); };
    if (format == AuditFormat::Json) {
        nlohmann::json array = nlohmann::json::array();
        for (const AuditRecord &r : records) {
            array.push_back({{"seq", r.seq},
                             {"time", u8(r.time.toString(Qt::ISODateWithMs))},
                             {"event", u8(r.event)},
                             {"local_user", u8(r.localUser)},
                             {"server", u8(r.server)},
                             {"server_user", u8(r.serverUser)},
                             {"provider", u8(r.provider)},
                             {"project", u8(r.project)},
                             {"gate", u8(r.gateId)},
                             {"summary", u8(r.summary)},
                             {"decision", u8(r.decision)},
                             {"note", u8(r.note)},
                             {"http_status", r.httpStatus},
                             {"server_message", u8(r.serverMessage)},
                             {"result", u8(r.result)},
                             {"step", u8(r.step)},
                             {"commit", u8(r.commitSha)},
                             {"commit_subject", u8(r.commitSubject)},
                             {"pipeline", r.pipelineNumber},
                             {"branch", u8(r.branch)},
                             {"environment", u8(r.environment)},
                             {"intent", r.intentSeq},
                             {"hash", u8(r.hash)}});
        }
        // ASCII: every control or non-ASCII character escaped, so that the file is safe to print.
        return QByteArray::fromStdString(array.dump(2, ' ', true)) + '\n';
    }
    const auto csv = [](const QString &value) { return csvField(terminalSafe(value)); };
    QString text =
        QStringLiteral("seq,time,event,local_user,server,server_user,provider,project,gate,summary,"
                       "decision,note,http_status,server_message,result,step,commit,commit_subject,"
                       "pipeline,branch,environment,intent,hash\n");
    for (const AuditRecord &r : records) {
        const QStringList fields{
            QString::number(r.seq),
            r.time.toString(Qt::ISODateWithMs),
            csv(r.event),
            csv(r.localUser),
            csv(r.server),
            csv(r.serverUser),
            csv(r.provider),
            csv(r.project),
            csv(r.gateId),
            csv(r.summary),
            csv(r.decision),
            csv(r.note),
            r.httpStatus ? QString::number(r.httpStatus) : QString(),
            csv(r.serverMessage),
            csv(r.result),
            csv(r.step),
            csv(r.commitSha),
            csv(r.commitSubject),
            r.pipelineNumber > 0 ? QString::number(r.pipelineNumber) : QString(),
            csv(r.branch),
            csv(r.environment),
            r.intentSeq > 0 ? QString::number(r.intentSeq) : QString(),
            csv(r.hash),
        };
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace gl
