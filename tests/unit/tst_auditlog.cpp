#include "audit/auditlog.h"

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

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
        QVERIFY2(verified.error().message.contains(QLatin1String("does not follow the record before it")),
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
        QVERIFY2(verified.error().message.contains(QLatin1String("has sequence number 3, expected 2")),
                 qPrintable(verified.error().message));

        nlohmann::json again = nlohmann::json::parse(ls.at(0).toStdString()); // seq 1, 1
        ls[1] = QByteArray::fromStdString(again.dump());
        writeLines(log.path(), rehash(ls));
        verified = log.verify();
        QVERIFY(!verified.has_value());
        QVERIFY2(verified.error().message.contains(QLatin1String("has sequence number 1, expected 2")),
                 qPrintable(verified.error().message));
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
