// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "audit/auditlog.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace gl {

// What became of a decision, as its records tell it.
enum class AuditOutcome
{
    Done,    // the server carried it out (or reading the gate again showed it no longer waits for it)
    Refused, // nothing was sent, or the server refused it
    Failed,  // sent and not carried out
    Unknown, // sent, and no answer tells what the server did (the gate could not be read again, or the run
             // stopped before its answer and the gate was not read since)
};

QString outcomeName(AuditOutcome outcome); // "done", "refused", "failed", "unknown": for exports and filters

// One decision: the record that started it (an intent, or a refusal that sent nothing) and every record
// that completes it (one outcome per request it made, then any verification), in the log's order.
struct AuditDecision
{
    std::vector<AuditRecord> records;
    AuditOutcome outcome = AuditOutcome::Unknown;
    QString outcomeText;    // what the records say became of it, in words: the last result that is not "done"
    QString serverMessage;  // the server's last message about it, where it sent one
    int httpStatus = 0;     // of the last answer
    bool completed = false; // an outcome or verification was recorded; false: the run stopped before it

    const AuditRecord &first() const { return records.front(); }
    const AuditRecord &last() const { return records.back(); }
};

// The log's records grouped into decisions, oldest first. A completion names its intent (intentSeq); in logs
// of earlier versions the latest open intent of the same gate. A completion whose intent is not in the log
// (it is never, in a log that verifies) is a decision of its own.
std::vector<AuditDecision> auditDecisions(const std::vector<AuditRecord> &records);

// What the Audit window shows: every field is "any" when empty (or invalid, for the dates).
struct AuditFilter
{
    QDate from; // local dates, both included
    QDate to;
    QString person;  // the local user or the server account, exactly
    QString project; // as recorded, exactly
    QString outcome; // outcomeName(), exactly
    QString text;    // in the gate, summary, note, server, branch, commit or server message; case-insensitive

    bool matches(const AuditDecision &decision) const;
};

// The records of the decisions, in the log's order, as `greenlight audit export` writes them: CSV with a
// header row (each field guarded against spreadsheet formulas), or a JSON array. Both are ASCII-safe.
enum class AuditFormat
{
    Csv,
    Json
};
QByteArray exportRecords(const std::vector<AuditRecord> &records, AuditFormat format);
std::vector<AuditRecord> recordsOf(const std::vector<AuditDecision> &decisions);

} // namespace gl
