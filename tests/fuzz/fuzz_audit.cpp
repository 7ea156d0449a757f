// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// libFuzzer target: the audit log reader. The input is a log file, optionally followed by a line "#anchor"
// and the anchor file's content. Reading, verifying, grouping into decisions and exporting must give a
// result or a named problem for any input, never crash, and never accept what the chain does not hold.
#include "audit/auditlog.h"
#include "audit/auditview.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf("\n#anchor\n");
    const QString logPath = dir.filePath(QStringLiteral("audit.jsonl"));
    const QString anchorPath = dir.filePath(QStringLiteral("anchor.json"));
    if (!writeAll(logPath, split < 0 ? input : input.left(split + 1))) {
        return 0;
    }
    QFile::remove(anchorPath);
    if (split >= 0 && !writeAll(anchorPath, input.mid(split + 9))) {
        return 0;
    }
    const gl::AuditLog log(logPath, anchorPath);
    const gl::AuditCheck check = log.check();
    // What check() lets through is what readAll() returns, and verify() agrees with it.
    const auto all = log.readAll();
    const auto verified = log.verify();
    if (check.intact() != all.has_value() || check.intact() != verified.has_value() ||
        (all && all->size() != check.records.size())) {
        std::abort();
    }
    const auto decisions = gl::auditDecisions(check.records);
    if (gl::recordsOf(decisions).size() != check.records.size()) {
        std::abort(); // grouping loses or invents a record
    }
    (void)gl::AuditLog::danglingIntents(check.records);
    gl::AuditFilter filter;
    filter.text = QStringLiteral("a");
    for (const auto &d : decisions) {
        (void)filter.matches(d);
    }
    (void)gl::exportRecords(check.records, gl::AuditFormat::Csv);
    (void)gl::exportRecords(check.records, gl::AuditFormat::Json);
    return 0;
}
