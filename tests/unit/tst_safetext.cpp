// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Server text made harmless for a terminal and for the window.

#include "gate.h"
#include "text/safetext.h"

#include <QTest>

using namespace gl;

class TestSafeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void terminal_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("plain") << QStringLiteral("release/1.0 zoë 日本")
                               << QStringLiteral("release/1.0 zoë 日本");
        QTest::addRow("clear screen") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
        QTest::addRow("title") << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
        QTest::addRow("carriage return") << QStringLiteral("ok\rFAKE") << QStringLiteral("ok\\x0dFAKE");
        QTest::addRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\x09b");
        QTest::addRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
        QTest::addRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\x9b2J");
        QTest::addRow("NEL") << QString(QChar(0x85)) << QStringLiteral("\\x85");
        QTest::addRow("RLO") << QStringLiteral("gnp") + QChar(0x202e) + QStringLiteral("exe")
                             << QStringLiteral("gnp\\u202eexe");
        QTest::addRow("LRE PDF") << QString(QChar(0x202a)) + QChar(0x202c)
                                 << QStringLiteral("\\u202a\\u202c");
        QTest::addRow("isolates") << QString(QChar(0x2066)) + QChar(0x2069)
                                  << QStringLiteral("\\u2066\\u2069");
        QTest::addRow("newline kept") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
        QTest::addRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
    }

    void terminal()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(terminalSafe(in), out);
        const QString safe = terminalSafe(in);
        for (const char32_t c : safe.toUcs4()) {
            QVERIFY(!isUnsafeChar(c));
        }
    }

    void newlinesCanBeEscapedToo()
    {
        QCOMPARE(terminalSafe(QStringLiteral("a\nb"), false), QStringLiteral("a\\nb"));
    }

    void display()
    {
        const QChar fffd(0xfffd);
        QCOMPARE(displaySafe(QStringLiteral("plain zoë")), QStringLiteral("plain zoë"));
        QCOMPARE(displaySafe(QStringLiteral("a\x1b[2Jb")),
                 QStringLiteral("a") + fffd + QStringLiteral("[2Jb"));
        QCOMPARE(displaySafe(QStringLiteral("gnp") + QChar(0x202e) + QStringLiteral("exe")),
                 QStringLiteral("gnp") + fffd + QStringLiteral("exe"));
        QCOMPARE(displaySafe(QStringLiteral("one\ntwo")), QStringLiteral("one\ntwo"));
    }

    void csv_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("plain") << QStringLiteral("ship it") << QStringLiteral("ship it");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::addRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::addRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::addRow("-") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::addRow("@") << QStringLiteral("@SUM(1,2)") << QStringLiteral("\"'@SUM(1,2)\"");
        QTest::addRow("quoted formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::addRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::addRow("spaces first") << QStringLiteral("  =1") << QStringLiteral("'  =1");
        QTest::addRow("full-width =") << QString(QChar(0xff1d)) + QStringLiteral("1")
                                      << QStringLiteral("'") + QChar(0xff1d) + QStringLiteral("1");
        QTest::addRow("full-width +") << QString(QChar(0xff0b)) << QStringLiteral("'") + QChar(0xff0b);
        QTest::addRow("full-width -") << QString(QChar(0xff0d)) << QStringLiteral("'") + QChar(0xff0d);
        QTest::addRow("full-width @") << QString(QChar(0xff20)) << QStringLiteral("'") + QChar(0xff20);
        QTest::addRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void csv()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(csvField(in), out);
    }

    // What is shown is cleaned; what goes back to the server is left as it came.
    void aGateKeepsWhatIsSentBack()
    {
        const QString rlo(QChar(0x202e));
        Gate g;
        g.id = QStringLiteral("s/x") + rlo;
        g.branch = QStringLiteral("main") + rlo;
        g.project = QStringLiteral("p\x1b[31m");
        g.triggeredBy = rlo;
        g.name = QStringLiteral("hold\x07");
        g.approvalHistory = {QStringLiteral("approved by \x1b[2J")};
        g.approvalRules = {QStringLiteral("rule") + rlo};
        g.details = {{QStringLiteral("k\x1b"), QStringLiteral("v") + rlo}};
        GateParameter p;
        p.name = QStringLiteral("N") + rlo;
        p.description = QStringLiteral("d") + rlo;
        g.parameters.push_back(p);
        makeDisplaySafe(g);
        for (const QString &s :
             {g.branch, g.project, g.triggeredBy, g.name, g.approvalHistory.first(), g.details.first().first,
              g.details.first().second, g.parameters.front().description}) {
            for (const char32_t c : s.toUcs4()) {
                QVERIFY2(!isUnsafeChar(c), qPrintable(s));
            }
            QVERIFY(s.contains(QChar(0xfffd)));
        }
        QCOMPARE(g.id, QStringLiteral("s/x") + rlo);
        QCOMPARE(g.approvalRules.first(), QStringLiteral("rule") + rlo);
        QCOMPARE(g.parameters.front().name, QStringLiteral("N") + rlo);
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
