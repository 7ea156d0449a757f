// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The poller on a clock the test moves: back-off, Retry-After and stale ages without sleeping. The
// network is real (the simulator over loopback); only the waiting between polls is on the test's clock.

#include "clock.h"
#include "config/credentialstore.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "net/httpclient.h"
#include "poller.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using gltest::json;

class TestPoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        Clock::setInstance(m_clock.get());
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearFaults();
        const QString path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(path, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                            QStringLiteral("gh/acme/web")})));
        auto config = loadConfig(path);
        QVERIFY(config.has_value());
        m_session = Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_session->http()->setMaxRetryAfter(std::chrono::seconds(0)); // the poller, not the client, waits
        m_finished = std::make_unique<QSignalSpy>(m_session->poller(), &Poller::pollFinished);
    }

    void cleanup()
    {
        m_finished.reset();
        m_session.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void afterAnErrorTheNextPollWaitsForTheBackOffOnTheClock()
    {
        failAlways(500);
        m_session->poller()->start();
        QVERIFY(waitForPolls(1));
        const ServerHealth h = health();
        QCOMPARE(h.state, ServerState::Failing);
        QVERIFY(!h.lastSuccess.isValid());
        // The interval is 60 s; the first back-off is that, with ±20% jitter.
        const qint64 wait = h.lastAttempt.secsTo(h.retryNotBefore);
        QVERIFY2(wait >= 48 && wait <= 72, qPrintable(QString::number(wait)));
        m_clock->advanceSecs(wait - 1);
        QVERIFY(!m_session->poller()->polling(QStringLiteral("sim")));
        m_clock->advanceSecs(2);
        QVERIFY(m_session->poller()->polling(QStringLiteral("sim")));
        QVERIFY(waitForPolls(2));
        // The second failure doubles it.
        const ServerHealth again = health();
        const qint64 second = again.lastAttempt.secsTo(again.retryNotBefore);
        QVERIFY2(second >= 96 && second <= 144, qPrintable(QString::number(second)));
    }

    void retryAfterIsObeyedEvenWhenLongerThanTheBackOff()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/pipeline");
        f.status = 429;
        f.retryAfter = "600";
        f.times = -1;
        m_sim.addFault(f);
        m_session->poller()->start();
        QVERIFY(waitForPolls(1));
        const ServerHealth h = health();
        QCOMPARE(h.state, ServerState::Failing);
        QVERIFY2(h.error.contains(QLatin1String("429")), qPrintable(h.error));
        QVERIFY(h.lastAttempt.secsTo(h.retryNotBefore) >= 600);
        m_clock->advanceSecs(599);
        QVERIFY(!m_session->poller()->polling(QStringLiteral("sim")));
        m_clock->advanceSecs(2);
        QVERIFY(m_session->poller()->polling(QStringLiteral("sim")));
    }

    void aFailedPollKeepsTheGatesStaleAndTheirAgeMovesWithTheClock()
    {
        ui::GateTreeModel model;
        model.setStore(m_session->store());
        m_session->poller()->start();
        QVERIFY(waitForPolls(1));
        QCOMPARE(m_session->store()->size(), 3);
        const QDateTime goodPoll = health().lastSuccess;
        QCOMPARE(goodPoll, m_clock->now());

        failAlways(503);
        m_clock->advanceSecs(67); // the next poll is due after the 60 s interval and up to 6 s more
        QVERIFY(waitForPolls(2));
        QCOMPARE(m_session->store()->size(), 3); // kept
        const Gates gates = m_session->store()->gates();
        for (const Gate &g : gates) {
            QVERIFY(m_session->store()->isStale(g.id));
            QCOMPARE(m_session->store()->seenAt(g.id), goodPoll);
        }
        QCOMPARE(health().lastSuccess, goodPoll); // a failed poll is not a success
        QVERIFY(health().lastAttempt > goodPoll);
        const QModelIndex row = model.indexOfGate(gates.front().id);
        QCOMPARE(row.siblingAtColumn(ui::GateTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("stale, seen 1 min ago"));
        QVERIFY(row.data(ui::GateTreeModel::StaleRole).toBool());

        QSignalSpy repainted(&model, &QAbstractItemModel::dataChanged);
        m_clock->advanceSecs(9 * 60);
        QCOMPARE(row.siblingAtColumn(ui::GateTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("stale, seen 10 min ago"));
        // The window's timer asks the model to repaint what moves with time: the stale age is part of it.
        repainted.clear();
        model.refreshTimes();
        const bool statusRepainted =
            std::any_of(repainted.begin(), repainted.end(), [&](const QList<QVariant> &args) {
                const auto from = args.at(0).toModelIndex();
                const auto to = args.at(1).toModelIndex();
                return from.parent() == row.parent() && from.row() <= row.row() && row.row() <= to.row() &&
                       from.column() <= ui::GateTreeModel::StatusColumn &&
                       ui::GateTreeModel::StatusColumn <= to.column();
            });
        QVERIFY(statusRepainted);

        // The server answers again: the gates are confirmed, fresh, and the success is now.
        m_sim.clearFaults();
        const qsizetype before = m_finished->size();
        m_session->poller()->refresh(QStringLiteral("sim"));
        QVERIFY(waitForPolls(before + 1));
        QCOMPARE(health().state, ServerState::Polled);
        QCOMPARE(health().lastSuccess, m_clock->now());
        for (const Gate &g : m_session->store()->gates()) {
            QVERIFY(!m_session->store()->isStale(g.id));
        }
        QCOMPARE(model.indexOfGate(gates.front().id)
                     .siblingAtColumn(ui::GateTreeModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("needs approval"));
    }

    void oneProjectFailingKeepsOnlyItsGatesAndRemovesWhatTheOtherNoLongerShows()
    {
        m_session->poller()->start();
        QVERIFY(waitForPolls(1));
        const Gates before = m_session->store()->gates();
        QCOMPARE(before.size(), std::size_t(3));
        // gh/acme/web cannot be read; gh/acme/api can, and one of its holds was approved elsewhere.
        glsim::Fault f;
        f.path = QStringLiteral("gh/acme/web");
        f.status = 502;
        f.times = -1;
        m_sim.addFault(f);
        auto api = std::find_if(before.begin(), before.end(),
                                [](const Gate &g) { return g.project == QLatin1String("gh/acme/api"); });
        QVERIFY(api != before.end());
        const QString approved = api->id;
        bool done = false;
        m_session->providers().front()->decide(*api, Decision::Approve, {}, [&](const DecisionOutcome &o) {
            done = o.kind == DecisionOutcome::Kind::Done;
        });
        QTRY_VERIFY(done);
        m_session->poller()->refresh(QStringLiteral("sim"));
        QVERIFY(waitForPolls(2));
        QVERIFY(!m_session->store()->gate(approved));
        for (const Gate &g : m_session->store()->gates()) {
            QCOMPARE(m_session->store()->isStale(g.id), g.project == QLatin1String("gh/acme/web"));
        }
        QVERIFY(health().error.contains(QLatin1String("gh/acme/web")));
    }

    // Refresh while a poll is on its way: that poll is not interrupted, and another one follows as soon as
    // it ends (what the user asked for may have changed after the first one started), without the clock.
    void aRefreshDuringAPollPollsAgainOnceItEnds()
    {
        m_session->poller()->start();
        QVERIFY(m_session->poller()->polling(QStringLiteral("sim")));
        m_session->poller()->refresh(QStringLiteral("sim"));
        QVERIFY(waitForPolls(1));
        QVERIFY(QTest::qWaitFor([&] { return m_finished->size() >= 2; }, 20000));
        QCOMPARE(m_finished->size(), 2);
        QVERIFY(!m_session->poller()->polling(QStringLiteral("sim")));
    }

    // poll_interval_s per server overrides the top-level one: "fast" polls every 30 s, "slow" every 300 s
    // (the top level's), each on its own schedule, each up to a tenth later (never in lock-step).
    void eachServerPollsAtItsOwnInterval()
    {
        json config =
            json::parse(gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")}).toStdString());
        json fast = config["servers"][0];
        fast["name"] = "fast";
        fast["poll_interval_s"] = 30;
        json slow = config["servers"][0];
        slow["name"] = "slow";
        config["servers"] = json::array({fast, slow});
        config["poll_interval_s"] = 300;
        const QString path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(path, QByteArray::fromStdString(config.dump())));
        auto loaded = loadConfig(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().message));
        m_finished.reset();
        m_session =
            Session::open(*loaded, m_credentials, m_dir.filePath(QStringLiteral("audit-intervals.jsonl")));
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        const auto polls = [&](const QString &server) {
            qsizetype n = 0;
            for (const auto &args : finished) {
                n += args.at(0).toString() == server ? 1 : 0;
            }
            return n;
        };
        const QString f = QStringLiteral("fast");
        const QString sl = QStringLiteral("slow");
        m_session->poller()->start();
        QVERIFY(QTest::qWaitFor([&] { return polls(f) == 1 && polls(sl) == 1; }, 20000));

        // The clock moves a second at a time; each poll starts between its interval and a tenth more after
        // the one before ended, and the spread is drawn afresh each time: not every gap is the same.
        // A poll that started this second is polling, or (when both started in the same second and the test
        // waited for the other) already counted as finished.
        qint64 sinceFast = 0;
        qint64 sinceSlow = 0;
        qsizetype fastSeen = polls(f);
        qsizetype slowSeen = polls(sl);
        QList<qint64> fastGaps;
        while (fastGaps.size() < 12) {
            m_clock->advanceSecs(1);
            ++sinceFast;
            ++sinceSlow;
            if (m_session->poller()->polling(f) || polls(f) > fastSeen) {
                QVERIFY2(sinceFast >= 30 && sinceFast <= 33, qPrintable(QString::number(sinceFast)));
                fastGaps << sinceFast;
                sinceFast = 0;
                QVERIFY(QTest::qWaitFor([&] { return polls(f) == fastSeen + 1; }, 20000));
                fastSeen = polls(f);
            }
            if (m_session->poller()->polling(sl) || polls(sl) > slowSeen) {
                QVERIFY2(sinceSlow >= 300 && sinceSlow <= 330, qPrintable(QString::number(sinceSlow)));
                sinceSlow = 0;
                QVERIFY(QTest::qWaitFor([&] { return polls(sl) == slowSeen + 1; }, 20000));
                slowSeen = polls(sl);
            }
            QVERIFY(sinceFast <= 33 && sinceSlow <= 330);
        }
        QCOMPARE(polls(sl), 2); // 12 × 30–33 s: the slow server's second poll, not its third
        QVERIFY2(
            std::any_of(fastGaps.begin(), fastGaps.end(), [&](qint64 g) { return g != fastGaps.front(); }),
            qPrintable(QString::number(fastGaps.front())));
    }

    // While the screen is locked a good poll is followed by four intervals (and up to a tenth more), not
    // one; unlocking polls at once a server whose last poll ended an interval or more ago.
    void whileIdleAGoodPollWaitsFourIntervalsAndLeavingIdlePollsWhatIsDue()
    {
        Poller *poller = m_session->poller();
        poller->setIdle(true);
        poller->start();
        QVERIFY(waitForPolls(1));
        const QString sim = QStringLiteral("sim");
        m_clock->advanceSecs(239); // 4 × 60 s, less one
        QVERIFY(!poller->polling(sim));
        m_clock->advanceSecs(27); // to 266 s: past 240 s and a tenth more
        QVERIFY(poller->polling(sim));
        QVERIFY(waitForPolls(2));
        m_clock->advanceSecs(61); // an interval since that poll, and still idle: no poll
        QVERIFY(!poller->polling(sim));
        poller->setIdle(false);
        QVERIFY(poller->polling(sim)); // due since a second ago: at once
        QVERIFY(waitForPolls(3));
        // Back at the usual pace.
        m_clock->advanceSecs(67);
        QVERIFY(poller->polling(sim));
    }

    // Unlocking before an interval has passed does not poll early: the next poll is an interval after the
    // last, not the idle wait after it.
    void leavingIdleBeforeTheIntervalWaitsForTheIntervalOnly()
    {
        Poller *poller = m_session->poller();
        poller->setIdle(true);
        poller->start();
        QVERIFY(waitForPolls(1));
        const QString sim = QStringLiteral("sim");
        m_clock->advanceSecs(30);
        poller->setIdle(false);
        QVERIFY(!poller->polling(sim));
        m_clock->advanceSecs(29);
        QVERIFY(!poller->polling(sim));
        m_clock->advanceSecs(2);
        QVERIFY(poller->polling(sim));
    }

    // The window coming to the front polls a server whose last poll ended half its interval (at least
    // 15 s) or more ago, and leaves alone one polled more recently and one that is failing (its back-off).
    void comingToTheFrontPollsWhatIsOlderThanHalfItsInterval()
    {
        Poller *poller = m_session->poller();
        const QString sim = QStringLiteral("sim");
        QCOMPARE(poller->freshnessSeconds(sim), 30);
        poller->start();
        QVERIFY(waitForPolls(1));
        m_clock->advanceSecs(29);
        poller->catchUp();
        QVERIFY(!poller->polling(sim));
        m_clock->advanceSecs(1);
        poller->catchUp();
        QVERIFY(poller->polling(sim));
        QVERIFY(waitForPolls(2));

        failAlways(500);
        m_clock->advanceSecs(67);
        QVERIFY(poller->polling(sim));
        QVERIFY(waitForPolls(3));
        m_clock->advanceSecs(40); // within the back-off (48–72 s)
        poller->catchUp();
        QVERIFY(!poller->polling(sim));
    }

private:
    void failAlways(int status)
    {
        glsim::Fault f;
        f.path = QStringLiteral("/pipeline");
        f.status = status;
        f.times = -1;
        m_sim.addFault(f);
    }
    bool waitForPolls(qsizetype n)
    {
        return QTest::qWaitFor([&] { return m_finished->size() >= n; }, 20000);
    }
    ServerHealth health() const { return m_session->store()->health(QStringLiteral("sim")); }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QSignalSpy> m_finished;
    int m_n = 0;
};

QTEST_MAIN(TestPoller)
#include "tst_poller.moc"
