// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "gatestore.h"

#include <QSignalSpy>
#include <QTest>

using namespace gl;

namespace {

Gate gate(const QString &server, const QString &id, const QString &status = QStringLiteral("on_hold"))
{
    Gate g;
    g.id = server + u'/' + id;
    g.server = server;
    g.name = id;
    g.status = status;
    return g;
}

} // namespace

class TestGateStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addChangeRemove()
    {
        GateStore store;
        QSignalSpy added(&store, &GateStore::gateAdded);
        QSignalSpy changed(&store, &GateStore::gateChanged);
        QSignalSpy removed(&store, &GateStore::gateRemoved);
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1")),
                                                  gate(QStringLiteral("a"), QStringLiteral("2"))});
        QCOMPARE(added.size(), 2);
        QCOMPARE(store.size(), 2);
        // Same data again: nothing is emitted.
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1")),
                                                  gate(QStringLiteral("a"), QStringLiteral("2"))});
        QCOMPARE(added.size(), 2);
        QCOMPARE(changed.size(), 0);
        store.applySnapshot(QStringLiteral("a"),
                            {gate(QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("running")),
                             gate(QStringLiteral("a"), QStringLiteral("3"))});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("a/2"));
        QCOMPARE(added.size(), 3);
        QCOMPARE(store.gate(QStringLiteral("a/1"))->status, QStringLiteral("running"));
    }

    // The last run's gates are drawn stale while the server is checked, and only then: never over a poll's
    // result, nor another server's gates, nor twice.
    void restoredGatesAreStaleAndOnlyBeforeTheFirstPoll()
    {
        GateStore store;
        store.addServer(QStringLiteral("a"));
        const QDateTime seen(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        store.restore(QStringLiteral("a"), {{gate(QStringLiteral("a"), QStringLiteral("1")), seen},
                                            {gate(QStringLiteral("b"), QStringLiteral("1")), seen},
                                            {gate(QStringLiteral("a"), QStringLiteral("1")), seen}});
        QCOMPARE(store.size(), 1);
        QVERIFY(store.isStale(QStringLiteral("a/1")));
        QCOMPARE(store.seenAt(QStringLiteral("a/1")), seen);
        QCOMPARE(store.staleCount(QStringLiteral("a")), 1);
        QCOMPARE(store.health(QStringLiteral("a")).state, ServerState::Checking);

        store.applySnapshot(QStringLiteral("a"), {});
        QCOMPARE(store.size(), 0);
        store.restore(QStringLiteral("a"), {{gate(QStringLiteral("a"), QStringLiteral("2")), seen}});
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.staleCount(QStringLiteral("a")), 0);
    }

    void failedPollKeepsGatesAndMarksStale()
    {
        GateStore store;
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1"))});
        QVERIFY(!store.health(QStringLiteral("a")).stale());
        QSignalSpy removed(&store, &GateStore::gateRemoved);
        store.markFailed(QStringLiteral("a"), QStringLiteral("HTTP 502"));
        QCOMPARE(store.size(), 1);
        QCOMPARE(removed.size(), 0);
        QVERIFY(store.health(QStringLiteral("a")).stale());
        QCOMPARE(store.health(QStringLiteral("a")).error, QStringLiteral("HTTP 502"));
        // Confirmed again by a good poll, unchanged: fresh, and the views are told (they grey stale gates).
        QSignalSpy changed(&store, &GateStore::gateChanged);
        QVERIFY(store.isStale(QStringLiteral("a/1")));
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1"))});
        QVERIFY(!store.health(QStringLiteral("a")).stale());
        QVERIFY(!store.isStale(QStringLiteral("a/1")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Gate>().id, QStringLiteral("a/1"));
        // Once fresh, the same gate again is no change.
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1"))});
        QCOMPARE(changed.size(), 1);
    }

    // A poll that could not read everything keeps what it cannot vouch for: the gates of the projects it
    // did not read, and gates that carry no project at all (their project is unknown, so it may be one of
    // those). Only a gate of a project that was read, and is no longer there, leaves.
    void anIncompletePollKeepsUnscopedGatesStale()
    {
        GateStore store;
        Gate read = gate(QStringLiteral("a"), QStringLiteral("read"));
        read.scope = QStringLiteral("p1");
        Gate unread = gate(QStringLiteral("a"), QStringLiteral("unread"));
        unread.scope = QStringLiteral("p2");
        const Gate unscoped = gate(QStringLiteral("a"), QStringLiteral("unscoped"));
        store.applySnapshot(QStringLiteral("a"), {read, unread, unscoped});
        QCOMPARE(store.size(), 3);
        store.apply(QStringLiteral("a"),
                    Snapshot{{}, {QStringLiteral("p2")}, QStringLiteral("HTTP 502"), {}});
        QVERIFY(!store.gate(read.id));
        QVERIFY(store.gate(unread.id));
        QVERIFY(store.isStale(unread.id));
        QVERIFY(store.gate(unscoped.id));
        QVERIFY(store.isStale(unscoped.id));
        QCOMPARE(store.staleCount(QStringLiteral("a")), 2);
    }

    void serversAreIndependent()
    {
        GateStore store;
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1"))});
        store.applySnapshot(QStringLiteral("b"), {gate(QStringLiteral("b"), QStringLiteral("1"))});
        store.applySnapshot(QStringLiteral("a"), {});
        QCOMPARE(store.size(), 1);
        QVERIFY(store.gate(QStringLiteral("b/1")));
        QCOMPARE(store.gates(QStringLiteral("b")).size(), std::size_t(1));
    }

    // Equal strings of the gates kept share one copy (each poll parses its own); a gate's id stays its own.
    void keptGatesShareTheirRepeatedStrings()
    {
        GateStore store;
        Gates gates;
        for (int n = 0; n < 3; ++n) {
            Gate g = gate(QString::fromUtf8(QByteArray("a")), QString::number(n));
            g.project = QString::fromUtf8(QByteArray("gh/acme/api"));
            g.branch = QString::fromUtf8(QByteArray("main"));
            g.triggeredBy = QString::fromUtf8(QByteArray(n == 1 ? "kenji" : "ana"));
            gates.push_back(g);
        }
        QVERIFY(gates[0].project.constData() != gates[2].project.constData());
        store.applySnapshot(QStringLiteral("a"), gates);
        const Gate *a = store.gate(gates[0].id);
        const Gate *c = store.gate(gates[2].id);
        QCOMPARE(a->project.constData(), c->project.constData());
        QCOMPARE(a->branch.constData(), c->branch.constData());
        QCOMPARE(a->triggeredBy.constData(), c->triggeredBy.constData()); // not neighbours: through the pool
        QCOMPARE(a->server.constData(), c->server.constData());
        QCOMPARE(store.gate(gates[1].id)->triggeredBy, QStringLiteral("kenji"));
        // A later poll's new gate shares them too.
        Gate d = gate(QString::fromUtf8(QByteArray("a")), QStringLiteral("3"));
        d.project = QString::fromUtf8(QByteArray("gh/acme/api"));
        gates.push_back(d);
        store.applySnapshot(QStringLiteral("a"), gates);
        QCOMPARE(store.gate(d.id)->project.constData(), a->project.constData());
    }

    // Every change ends with updated(), once, after its gate signals.
    void everyChangeEndsWithUpdated()
    {
        GateStore store;
        QStringList order;
        connect(&store, &GateStore::gateAdded, this, [&] { order << QStringLiteral("added"); });
        connect(&store, &GateStore::gateRemoved, this, [&] { order << QStringLiteral("removed"); });
        connect(&store, &GateStore::updated, this, [&] { order << QStringLiteral("updated"); });
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1"))});
        QCOMPARE(order, (QStringList{QStringLiteral("added"), QStringLiteral("updated")}));
        order.clear();
        store.updateGate(gate(QStringLiteral("a"), QStringLiteral("1")), false);
        QCOMPARE(order, (QStringList{QStringLiteral("removed"), QStringLiteral("updated")}));
        order.clear();
        store.markFailed(QStringLiteral("a"), QStringLiteral("boom"));
        QCOMPARE(order, QStringList{QStringLiteral("updated")});
    }

    void updateGateAfterDecision()
    {
        GateStore store;
        store.applySnapshot(QStringLiteral("a"), {gate(QStringLiteral("a"), QStringLiteral("1"))});
        QSignalSpy removed(&store, &GateStore::gateRemoved);
        store.updateGate(gate(QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("success")), false);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(store.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGateStore)
#include "tst_gatestore.moc"
