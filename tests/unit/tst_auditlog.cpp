// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "audit/auditlog.h"
#include "audit/auditview.h"
#include "config/keychain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace gl;

namespace {

AuditRecord record(const QString &event, const QString &note)
{
    AuditRecord r;
    r.event = event;
    r.server = QStringLiteral("acme");
    r.gateId = QStringLiteral("acme/workflow/w/approval/j");
    r.summary = QStringLiteral("gh/acme/api #7 / release / hold");
    r.decision = QStringLiteral("approve");
    r.note = note;
    return r;
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out;
}

void writeLines(const QString &path, const QList<QByteArray> &ls)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    for (const auto &l : ls) {
        f.write(l + '\n');
    }
}

// Re-hashes the chain from index `from` on, as someone who knows the format but not the key would.
QList<QByteArray> rehashFrom(QList<QByteArray> records, int from)
{
    QString prev(64, u'0');
    for (int i = 0; i < records.size(); ++i) {
        nlohmann::json j = nlohmann::json::parse(records[i].toStdString());
        if (i >= from) {
            j["prev"] = prev.toStdString();
            j.erase("hash");
            const bool signedRecord = j.contains("mac");
            j.erase("mac");
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(QByteArray(prev.toUtf8() + '\n' + QByteArray::fromStdString(j.dump())));
            j["hash"] = QString::fromLatin1(h.result().toHex()).toStdString();
            if (signedRecord) {
                j["mac"] = std::string(64, 'f'); // a signature cannot be made without the key
            }
            records[i] = QByteArray::fromStdString(j.dump());
        }
        prev = QString::fromStdString(j["hash"].get<std::string>());
    }
    return records;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The Audit window's rows: each intent with what completes it, by the intent it names or (logs of
    // earlier versions) the latest open intent of the same gate; a refusal alone; an intent without an
    // answer is unknown.
    void recordsAreGroupedIntoDecisions()
    {
        std::vector<AuditRecord> rs;
        auto add = [&rs](const QString &event, qint64 seq, const QString &gate, qint64 intent,
                         const QString &result, const QString &step = {}) {
            AuditRecord r = record(event, QStringLiteral("n"));
            r.seq = seq;
            r.gateId = gate;
            r.intentSeq = intent;
            r.result = result;
            r.step = step;
            rs.push_back(r);
        };
        add(QStringLiteral("intent"), 1, QStringLiteral("a"), 0, {});
        add(QStringLiteral("intent"), 2, QStringLiteral("b"), 0, {});
        add(QStringLiteral("outcome"), 3, QStringLiteral("a"), 1, QStringLiteral("done"),
            QStringLiteral("approve"));
        add(QStringLiteral("outcome"), 4, QStringLiteral("a"), 1, QStringLiteral("failed"),
            QStringLiteral("run"));
        add(QStringLiteral("refused"), 5, QStringLiteral("c"), 0, QStringLiteral("a rejection needs a note"));
        add(QStringLiteral("outcome"), 6, QStringLiteral("b"), 2, QStringLiteral("unknown"));
        add(QStringLiteral("verified"), 7, QStringLiteral("b"), 2,
            QStringLiteral("no longer waiting (approved)"));
        add(QStringLiteral("intent"), 8, QStringLiteral("d"), 0, {});
        add(QStringLiteral("intent"), 9, QStringLiteral("e"), 0, {});
        add(QStringLiteral("outcome"), 10, QStringLiteral("e"), 0,
            QStringLiteral("refused")); // no intent seq
        add(QStringLiteral("intent"), 11, QStringLiteral("f"), 0, {});
        add(QStringLiteral("verified"), 12, QStringLiteral("f"), 11,
            QStringLiteral("still waiting (on hold)"));

        const auto ds = auditDecisions(rs);
        QCOMPARE(ds.size(), size_t(6));
        QCOMPARE(ds[0].records.size(), size_t(3));
        QCOMPARE(ds[0].outcome, AuditOutcome::Failed); // approved, then the run failed
        QCOMPARE(ds[0].outcomeText, QStringLiteral("failed"));
        QCOMPARE(ds[1].records.size(), size_t(3));
        QCOMPARE(ds[1].outcome, AuditOutcome::Done); // unknown, then verified
        QCOMPARE(ds[2].first().seq, qint64(5));
        QCOMPARE(ds[2].outcome, AuditOutcome::Refused);
        QCOMPARE(ds[2].outcomeText, QStringLiteral("a rejection needs a note"));
        QCOMPARE(ds[3].records.size(), size_t(1));
        QCOMPARE(ds[3].outcome, AuditOutcome::Unknown);
        QVERIFY(!ds[3].completed);
        QCOMPARE(ds[4].records.size(), size_t(2));
        QCOMPARE(ds[4].outcome, AuditOutcome::Refused);
        QCOMPARE(ds[5].outcome, AuditOutcome::Failed);
        QVERIFY(ds[5].completed);
        // Export keeps the log's order whatever the order of the decisions.
        std::vector<AuditDecision> reversed(ds.rbegin(), ds.rend());
        const auto back = recordsOf(reversed);
        QCOMPARE(back.size(), rs.size());
        for (size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].seq, qint64(i + 1));
        }
    }

    void theFilterMatchesEachField()
    {
        AuditRecord r = record(QStringLiteral("intent"), QStringLiteral("Ship the hotfix"));
        r.time = QDateTime(QDate(2026, 11, 3), QTime(12, 0));
        r.localUser = QStringLiteral("ana");
        r.serverUser = QStringLiteral("ana-ci");
        r.project = QStringLiteral("gh/acme/api");
        r.branch = QStringLiteral("release/4");
        AuditDecision d;
        d.records.push_back(r);
        d.outcome = AuditOutcome::Unknown;
        QVERIFY(AuditFilter{}.matches(d));
        AuditFilter f;
        f.from = QDate(2026, 11, 3);
        f.to = QDate(2026, 11, 3);
        QVERIFY(f.matches(d));
        f.from = QDate(2026, 11, 4);
        QVERIFY(!f.matches(d));
        f = {};
        f.to = QDate(2026, 11, 2);
        QVERIFY(!f.matches(d));
        f = {};
        f.person = QStringLiteral("ana-ci");
        QVERIFY(f.matches(d));
        f.person = QStringLiteral("ana");
        QVERIFY(f.matches(d));
        f.person = QStringLiteral("bo");
        QVERIFY(!f.matches(d));
        f = {};
        f.project = QStringLiteral("gh/acme/api");
        QVERIFY(f.matches(d));
        f.project = QStringLiteral("gh/acme/web");
        QVERIFY(!f.matches(d));
        f = {};
        f.outcome = QStringLiteral("unknown");
        QVERIFY(f.matches(d));
        f.outcome = QStringLiteral("done");
        QVERIFY(!f.matches(d));
        f = {};
        f.text = QStringLiteral("HOTFIX");
        QVERIFY(f.matches(d));
        f.text = QStringLiteral("release/4");
        QVERIFY(f.matches(d));
        f.text = QStringLiteral("rollback");
        QVERIFY(!f.matches(d));
    }

    // The export the window and `audit export` share: every record with its fields, a formula guarded
    // inside its quotes, a control character escaped; JSON in ASCII.
    void exportsCsvAndJson()
    {
        AuditRecord r = record(QStringLiteral("intent"), QStringLiteral("=HYPERLINK(\"x\"),\x1b[2J"));
        r.seq = 4;
        r.project = QStringLiteral("gh/acme/api");
        r.provider = QStringLiteral("circleci");
        r.time = QDateTime(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC);
        const QString csv = QString::fromUtf8(exportRecords({r}, AuditFormat::Csv));
        const QStringList rows = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows[0].startsWith(
            QLatin1String("seq,time,event,local_user,server,server_user,provider,project")));
        QVERIFY2(rows[1].startsWith(QLatin1String("4,2026-11-03T12:00:00.000Z,intent,")),
                 qPrintable(rows[1]));
        QVERIFY2(rows[1].contains(QLatin1String(",circleci,gh/acme/api,")), qPrintable(rows[1]));
        QVERIFY2(rows[1].contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\"),\\x1b[2J\"")), qPrintable(rows[1]));
        QVERIFY(!csv.contains(QChar(0x1b)));
        const QByteArray json = exportRecords({r}, AuditFormat::Json);
        for (const char c : json) {
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        }
        const auto parsed = nlohmann::json::parse(json.toStdString());
        QCOMPARE(parsed.size(), size_t(1));
        QVERIFY(parsed[0]["note"] == "=HYPERLINK(\"x\"),\x1b[2J");
        QVERIFY(parsed[0]["project"] == "gh/acme/api");
        QVERIFY(parsed[0]["seq"] == 4);
    }

    // The chain's format as docs/ARCHITECTURE.md gives it, so that anyone can check a log without
    // Greenlight: hash = SHA-256 of the previous hash, a newline, and the record without "hash" as compact
    // JSON with sorted keys; the first record's "prev" is 64 zeros.
    void hashFollowsTheDocumentedFormula()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("Zoë ✓"))).has_value());
        QVERIFY(log.append(record(QStringLiteral("outcome"), QStringLiteral("done"))).has_value());
        QString prev(64, u'0');
        const QList<QByteArray> written = lines(log.path());
        QCOMPARE(written.size(), 2);
        for (const QByteArray &line : written) {
            nlohmann::json j = nlohmann::json::parse(line.toStdString());
            const QString hash = QString::fromStdString(j["hash"].get<std::string>());
            QCOMPARE(QString::fromStdString(j["prev"].get<std::string>()), prev);
            j.erase("hash");
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(QByteArray(prev.toUtf8() + '\n' + QByteArray::fromStdString(j.dump())));
            QCOMPARE(hash, QString::fromLatin1(h.result().toHex()));
            prev = hash;
        }
    }

    void appendsChainedRecords()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("sub/audit.jsonl")));
        QCOMPARE(log.verify().value_or(-1), 0); // no file yet: an empty, valid log
        auto first = log.append(record(QStringLiteral("intent"), QStringLiteral("Freigabe für Zoë ✓")));
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().message));
        auto second = log.append(record(QStringLiteral("outcome"), QStringLiteral("Freigabe für Zoë ✓")));
        QVERIFY(second.has_value());
        QCOMPARE(first->seq, 1);
        QCOMPARE(second->seq, 2);
        QCOMPARE(second->prev, first->hash);
        QCOMPARE(first->hash.size(), 64);
        QVERIFY(!first->localUser.isEmpty());
        QCOMPARE(log.verify().value_or(-1), 2);
        const auto all = log.readAll();
        QVERIFY(all.has_value());
        QCOMPARE(all->at(1).note, QStringLiteral("Freigabe für Zoë ✓"));
        QCOMPARE(QFile(log.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void detectsAlteredRecord()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(
                log.append(record(QStringLiteral("intent"), QStringLiteral("note %1").arg(i))).has_value());
        }
        auto ls = lines(log.path());
        ls[1].replace("note 1", "note X");
        writeLines(log.path(), ls);
        const auto verified = log.verify();
        QVERIFY(!verified.has_value());
        QVERIFY2(verified.error().message.contains(QLatin1String("line 2 (record 2) was altered")),
                 qPrintable(verified.error().message));
    }

    void detectsRemovedRecord()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n"))).has_value());
        }
        auto ls = lines(log.path());
        ls.removeAt(1);
        writeLines(log.path(), ls);
        const auto verified = log.verify();
        QVERIFY(!verified.has_value());
        QVERIFY2(verified.error().message.contains(QLatin1String("record 2 is missing")),
                 qPrintable(verified.error().message));
    }

    // Someone who knows the format removes a record and re-hashes the rest of the chain, but leaves the
    // sequence numbers: the gap gives it away. Numbering it again (a repeat) does too.
    void detectsARemovedRecordWhoseChainWasRehashed()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n%1").arg(i))).has_value());
        }
        auto ls = lines(log.path());
        const auto rehash = [](QList<QByteArray> records) {
            QString prev(64, u'0');
            for (QByteArray &line : records) {
                nlohmann::json j = nlohmann::json::parse(line.toStdString());
                j["prev"] = prev.toStdString();
                j.erase("hash");
                QCryptographicHash h(QCryptographicHash::Sha256);
                h.addData(QByteArray(prev.toUtf8() + '\n' + QByteArray::fromStdString(j.dump())));
                prev = QString::fromLatin1(h.result().toHex());
                j["hash"] = prev.toStdString();
                line = QByteArray::fromStdString(j.dump());
            }
            return records;
        };
        // The forgery method is right: the untouched chain re-hashed verifies.
        writeLines(log.path(), rehash(ls));
        QCOMPARE(log.verify().value_or(-1), 3);

        ls.removeAt(1); // seq 1, 3
        writeLines(log.path(), rehash(ls));
        auto verified = log.verify();
        QVERIFY(!verified.has_value());
        QVERIFY2(
            verified.error().message.contains(QLatin1String("record 2 is missing (line 2 holds record 3)")),
            qPrintable(verified.error().message));

        nlohmann::json again = nlohmann::json::parse(ls.at(0).toStdString()); // seq 1, 1
        ls[1] = QByteArray::fromStdString(again.dump());
        writeLines(log.path(), rehash(ls));
        verified = log.verify();
        QVERIFY(!verified.has_value());
        QVERIFY2(
            verified.error().message.contains(QLatin1String("line 2 holds record 1 where record 2 belongs")),
            qPrintable(verified.error().message));
    }

    // Every way of changing one record of five is found and the record named, with and without a key in
    // the keychain (without one, a record re-hashed is named by the anchor's trail).
    void everyTamperingIsFoundAndNamed_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("index"); // 0-based: the record changed
        QTest::addColumn<bool>("keyed");
        for (const bool keyed : {false, true}) {
            for (int i = 0; i < 5; ++i) {
                for (const char *how : {"alter", "delete", "rehash", "duplicate-key"}) {
                    QTest::addRow("%s %d%s", how, i + 1, keyed ? " keyed" : "")
                        << QString::fromLatin1(how) << i << keyed;
                }
                if (i < 4) {
                    QTest::addRow("swap %d-%d%s", i + 1, i + 2, keyed ? " keyed" : "")
                        << QStringLiteral("swap") << i << keyed;
                }
            }
            QTest::addRow("delete last 3%s", keyed ? " keyed" : "")
                << QStringLiteral("delete-tail-3") << 2 << keyed;
            QTest::addRow("empty the log%s", keyed ? " keyed" : "") << QStringLiteral("empty") << 0 << keyed;
            QTest::addRow("remove the log%s", keyed ? " keyed" : "")
                << QStringLiteral("remove") << 0 << keyed;
        }
    }
    void everyTamperingIsFoundAndNamed()
    {
        QFETCH(QString, how);
        QFETCH(int, index);
        QFETCH(bool, keyed);
        QTemporaryDir dir;
        MemorySecretStore keychain;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")),
                     dir.filePath(QStringLiteral("anchor.json")));
        if (keyed) {
            log.setKeyStore(&keychain);
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY(
                log.append(record(QStringLiteral("intent"), QStringLiteral("note %1").arg(i))).has_value());
        }
        QVERIFY(log.check().intact());
        auto ls = lines(log.path());
        if (how == QLatin1String("alter")) {
            ls[index].replace("note ", "NOTE ");
        } else if (how == QLatin1String("delete")) {
            ls.removeAt(index);
        } else if (how == QLatin1String("delete-tail-3")) {
            ls = ls.mid(0, index);
        } else if (how == QLatin1String("swap")) {
            ls.swapItemsAt(index, index + 1);
        } else if (how == QLatin1String("rehash")) {
            ls[index].replace("note ", "NOTE ");
            ls = rehashFrom(ls, index);
        } else if (how == QLatin1String("duplicate-key")) {
            // The hash covers the first "note"; a reader keeping the last would see another.
            ls[index].replace("\"note\":", "\"note\":\"approved by the CTO\",\"note\":");
        } else if (how == QLatin1String("empty")) {
            ls.clear();
        }
        if (how == QLatin1String("remove")) {
            QVERIFY(QFile::remove(log.path()));
        } else {
            writeLines(log.path(), ls);
        }
        AuditLog reader(log.path(), log.anchorPath()); // a later run
        if (keyed) {
            reader.setKeyStore(&keychain);
        }
        const AuditCheck c = reader.check();
        QVERIFY2(!c.intact(), qPrintable(how));
        QVERIFY(!reader.verify().has_value());
        const qint64 named = index + 1;
        if (how != QLatin1String("duplicate-key") && how != QLatin1String("empty") &&
            how != QLatin1String("remove")) {
            QCOMPARE(c.badSeq, named);
        } else if (how == QLatin1String("duplicate-key")) {
            QCOMPARE(c.badLine, qint64(index + 1));
        } else {
            QCOMPARE(c.badSeq, qint64(1));
        }
        QVERIFY2(c.problem.contains(QString::number(named)), qPrintable(c.problem));
        // Nothing more is chained onto a log that does not match its anchor.
        // An append reads only the log's end: it refuses when that no longer matches the anchor (a change
        // further up is for verify to find).
        const bool atTheEnd = how == QLatin1String("delete-tail-3") || how == QLatin1String("empty") ||
                              how == QLatin1String("remove") || how == QLatin1String("rehash") ||
                              (how == QLatin1String("delete") && index == 4) ||
                              (how == QLatin1String("swap") && index == 3);
        if (atTheEnd) {
            const auto appended = reader.append(record(QStringLiteral("intent"), QStringLiteral("after")));
            QVERIFY2(!appended.has_value(), qPrintable(how));
            QVERIFY2(appended.error().message.contains(QLatin1String("nothing more is written")),
                     qPrintable(appended.error().message));
        }
    }

    // The anchor's trail names a record re-hashed without a key: also a record whose append stopped
    // before its anchor was written (the next append adds it to the trail), while an anchor of an earlier
    // version, without a trail, still verifies and gains one from its next append on.
    void theTrailNamesARehashedRecordAcrossAnInterruptedAppendAndAnOldAnchor()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")),
                           dir.filePath(QStringLiteral("anchor.json")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(
                log.append(record(QStringLiteral("intent"), QStringLiteral("note %1").arg(i))).has_value());
        }
        QFile anchorFile(log.anchorPath());
        QVERIFY(anchorFile.open(QIODevice::ReadOnly));
        const QByteArray afterThree = anchorFile.readAll();
        anchorFile.close();
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("note 3"))).has_value());
        writeLines(log.anchorPath(), {afterThree.trimmed()}); // record 4's anchor was never written
        QVERIFY(log.check().intact());
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("note 4"))).has_value());
        const QList<QByteArray> good = lines(log.path());

        for (int index : {1, 3}) {
            auto ls = good;
            ls[index].replace("note ", "NOTE ");
            writeLines(log.path(), rehashFrom(ls, index));
            const AuditCheck c = log.check();
            QCOMPARE(c.badSeq, qint64(index + 1));
            QVERIFY2(
                c.problem.contains(QStringLiteral("(record %1) is not the record its anchor").arg(index + 1)),
                qPrintable(c.problem));
        }
        writeLines(log.path(), good);
        QVERIFY(log.check().intact());

        // An earlier version's anchor: no trail. It verifies; the next append starts the trail there.
        nlohmann::json old = nlohmann::json::parse(afterThree.toStdString());
        QVERIFY(old.contains("trail") && old.contains("trail_from"));
        QVERIFY(anchorFile.open(QIODevice::ReadOnly));
        nlohmann::json now = nlohmann::json::parse(anchorFile.readAll().toStdString());
        anchorFile.close();
        now.erase("trail");
        now.erase("trail_from");
        writeLines(log.anchorPath(), {QByteArray::fromStdString(now.dump())});
        QVERIFY(log.check().intact());
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("note 5"))).has_value());
        QVERIFY(anchorFile.open(QIODevice::ReadOnly));
        now = nlohmann::json::parse(anchorFile.readAll().toStdString());
        anchorFile.close();
        QCOMPARE(now["trail_from"].get<int>(), 6);
        auto ls = lines(log.path());
        ls[5].replace("note ", "NOTE ");
        writeLines(log.path(), rehashFrom(ls, 5));
        QCOMPARE(log.check().badSeq, qint64(6));
    }

    // The keychain is asked only where tokens come from it or the log is signed: a signed log is still
    // checked and appended to with its key after every token moved to the environment, and an unsigned
    // one is read without asking.
    void theKeyIsAskedForWhereTokensComeFromTheKeychainOrTheLogIsSigned()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        {
            AuditLog log(dir.filePath(QStringLiteral("signed.jsonl")),
                         dir.filePath(QStringLiteral("s.json")));
            log.useKeyStoreWhereNeeded(true, &keychain);
            QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n"))).has_value());
            QVERIFY(log.anchorIsSigned());
        }
        AuditLog signedLog(dir.filePath(QStringLiteral("signed.jsonl")),
                           dir.filePath(QStringLiteral("s.json")));
        signedLog.useKeyStoreWhereNeeded(false, &keychain);
        QVERIFY2(signedLog.check().intact(), qPrintable(signedLog.check().problem));
        const auto appended = signedLog.append(record(QStringLiteral("outcome"), QStringLiteral("n")));
        QVERIFY2(appended.has_value(), qPrintable(appended ? QString() : appended.error().message));
        QVERIFY(!appended->mac.isEmpty());

        AuditLog plain(dir.filePath(QStringLiteral("plain.jsonl")), dir.filePath(QStringLiteral("p.json")));
        QVERIFY(plain.append(record(QStringLiteral("intent"), QStringLiteral("n"))).has_value());
        const int calls = keychain.calls();
        AuditLog later(plain.path(), plain.anchorPath());
        later.useKeyStoreWhereNeeded(false, &keychain);
        QVERIFY(later.check().intact());
        QVERIFY(later.append(record(QStringLiteral("outcome"), QStringLiteral("n"))).has_value());
        QCOMPARE(keychain.calls(), calls); // not asked
        QVERIFY(!later.anchorIsSigned());
    }

    void aMissingAnchorIsFound()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")),
                           dir.filePath(QStringLiteral("a.json")));
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n"))).has_value());
        QVERIFY(QFile::remove(log.anchorPath()));
        const AuditCheck c = log.check();
        QVERIFY(!c.intact());
        QVERIFY2(c.problem.contains(QLatin1String("anchor")) && c.problem.contains(QLatin1String("missing")),
                 qPrintable(c.problem));
        QVERIFY(!log.append(record(QStringLiteral("outcome"), QStringLiteral("n"))).has_value());
    }

    // A log of an earlier version (no anchor, records without "v") is adopted at its next append.
    void anEarlierVersionsLogIsAdopted()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")),
                           dir.filePath(QStringLiteral("a.json")));
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n"))).has_value());
        QVERIFY(QFile::remove(log.anchorPath()));
        auto ls = lines(log.path());
        nlohmann::json j = nlohmann::json::parse(ls[0].toStdString());
        j.erase("v");
        ls[0] = QByteArray::fromStdString(j.dump());
        writeLines(log.path(), rehashFrom(ls, 0));
        QVERIFY2(log.check().intact(), qPrintable(log.check().problem));
        QVERIFY(log.append(record(QStringLiteral("outcome"), QStringLiteral("n"))).has_value());
        QVERIFY(QFile::exists(log.anchorPath()));
        QCOMPARE(log.verify().value_or(-1), 2);
    }

    // Stopped between writing a record and its anchor (a kill, a power cut): the anchor is one record
    // behind, and that record follows it. Accepted, and the next append brings the anchor up to date.
    void anAnchorOneRecordBehindIsAccepted()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")),
                           dir.filePath(QStringLiteral("a.json")));
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n"))).has_value());
        QFile anchor(log.anchorPath());
        QVERIFY(anchor.open(QIODevice::ReadOnly));
        const QByteArray before = anchor.readAll();
        anchor.close();
        QVERIFY(log.append(record(QStringLiteral("outcome"), QStringLiteral("n"))).has_value());
        QVERIFY(anchor.open(QIODevice::WriteOnly | QIODevice::Truncate));
        anchor.write(before);
        anchor.close();
        QVERIFY2(log.check().intact(), qPrintable(log.check().problem));
        QVERIFY(log.append(record(QStringLiteral("verified"), QStringLiteral("n"))).has_value());
        QCOMPARE(log.verify().value_or(-1), 3);
        // Two behind is not an interrupted append.
        QVERIFY(anchor.open(QIODevice::WriteOnly | QIODevice::Truncate));
        anchor.write(before);
        anchor.close();
        QVERIFY(!log.check().intact());
    }

    // With a key, the anchor is signed: rewriting it to match a shortened log is found.
    // A keychain that did not answer when the log was opened (still starting) is asked again at the next
    // append, so that a window open all day does not stay unsigned, or refuse, for one bad moment.
    void aKeychainThatFailedIsAskedAgain()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        keychain.failNext(SecretStore::Status::NoBackend, 1);
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), dir.filePath(QStringLiteral("a.json")));
        log.setKeyStore(&keychain);
        const auto first = log.append(record(QStringLiteral("intent"), QStringLiteral("n")));
        QVERIFY2(first.has_value(), qPrintable(first.error().message));
        QVERIFY(!first->mac.isEmpty());
        QVERIFY(keychain.read(AuditLog::keyEntry()).ok());
        QVERIFY(log.check().intact());
    }

    void aForgedAnchorIsFound()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), dir.filePath(QStringLiteral("a.json")));
        log.setKeyStore(&keychain);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n%1").arg(i))).has_value());
        }
        auto ls = lines(log.path());
        writeLines(log.path(), ls.mid(0, 2));
        QFile anchor(log.anchorPath());
        QVERIFY(anchor.open(QIODevice::ReadOnly));
        nlohmann::json a = nlohmann::json::parse(anchor.readAll().toStdString());
        anchor.close();
        const nlohmann::json second = nlohmann::json::parse(ls[1].toStdString());
        a["count"] = 2;
        a["last"] = second["hash"];
        QVERIFY(anchor.open(QIODevice::WriteOnly | QIODevice::Truncate));
        anchor.write(QByteArray::fromStdString(a.dump()));
        anchor.close();
        AuditLog reader(log.path(), log.anchorPath());
        reader.setKeyStore(&keychain);
        const AuditCheck c = reader.check();
        QVERIFY(!c.intact());
        QVERIFY2(c.problem.contains(QLatin1String("does not match its signature")), qPrintable(c.problem));
        // Unsigned in its place, while the keychain holds the key: found too.
        a.erase("mac");
        QVERIFY(anchor.open(QIODevice::WriteOnly | QIODevice::Truncate));
        anchor.write(QByteArray::fromStdString(a.dump()));
        anchor.close();
        AuditLog again(log.path(), log.anchorPath());
        again.setKeyStore(&keychain);
        QVERIFY2(again.check().problem.contains(QLatin1String("not signed")),
                 qPrintable(again.check().problem));
    }

    void refusesToAppendAfterTruncatedTail()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.append(record(QStringLiteral("intent"), QStringLiteral("n"))).has_value());
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"seq\":2,\"event\":\"outc");
        f.close();
        const auto appended = log.append(record(QStringLiteral("outcome"), QStringLiteral("n")));
        QVERIFY(!appended.has_value());
        QVERIFY2(appended.error().message.contains(QLatin1String("incomplete record")),
                 qPrintable(appended.error().message));
        QVERIFY(!log.verify().has_value());
    }

    void failsClosedWhenUnwritable()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const AuditLog log(dir.filePath(QStringLiteral("not-a-dir/audit.jsonl")));
        const auto appended = log.append(record(QStringLiteral("intent"), QStringLiteral("n")));
        QVERIFY(!appended.has_value());
        QVERIFY2(appended.error().message.contains(QLatin1String("audit log")),
                 qPrintable(appended.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
