// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The tree model against hundreds of random snapshot changes, checked by a QAbstractItemModelTester that
// lives for the whole run, and compared with a model rebuilt from scratch after every step.

#include "clock.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <functional>

using namespace gl;
using namespace gl::ui;

namespace {

Gate makeGate(QRandomGenerator &rng, int n)
{
    Gate g;
    g.server = QStringLiteral("srv%1").arg(rng.bounded(2));
    g.project = QStringLiteral("gh/acme/p%1").arg(rng.bounded(4));
    g.pipelineNumber = rng.bounded(1, 6);
    g.workflow = QStringLiteral("wf%1").arg(rng.bounded(2));
    g.workflowId = g.project + u'/' + QString::number(g.pipelineNumber) + u'/' + g.workflow;
    g.name = QStringLiteral("hold-%1").arg(n);
    g.id = g.server + QStringLiteral("/workflow/") + g.workflowId + QStringLiteral("/approval/") +
           QString::number(n);
    g.status = QStringLiteral("on_hold");
    g.createdAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(rng.bounded(100000));
    g.branch = QStringLiteral("main");
    g.canApprove = rng.bounded(4) != 0;
    return g;
}

// The tree as text: every row's key and texts, depth first.
QString dump(const QAbstractItemModel &m, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out += QString(depth, u' ') + i.data(GateTreeModel::KeyRole).toString() + u'|' + i.data().toString() +
               u'|' + m.index(r, GateTreeModel::StatusColumn, parent).data().toString() + u'\n';
        out += dump(m, i, depth + 1);
    }
    return out;
}

// Every line of two dumps equal.
bool sameDump(const QAbstractItemModel &a, const QAbstractItemModel &b)
{
    return dump(a) == dump(b);
}

// One workflow's gates, created a minute apart from `start`.
Gates workflowGates(int from, int count, const QDateTime &start)
{
    Gates out;
    for (int n = from; n < from + count; ++n) {
        Gate g;
        g.server = QStringLiteral("srv0");
        g.project = QStringLiteral("gh/acme/p0");
        g.pipelineNumber = 1;
        g.workflow = QStringLiteral("wf0");
        g.workflowId = QStringLiteral("w");
        g.name = QStringLiteral("hold-%1").arg(n, 3, 10, QLatin1Char('0'));
        g.id = QStringLiteral("srv0/workflow/w/approval/") + g.name;
        g.status = QStringLiteral("on_hold");
        g.createdAt = start.addSecs(60 * n);
        out.push_back(g);
    }
    return out;
}

} // namespace

constexpr int kSteps = 300;

class TestGateTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomSnapshotsKeepTheModelConsistent()
    {
        GateStore store;
        GateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy; // the window's view sits on a proxy, which must follow every change
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&model);
        model.setStore(&store);

        QRandomGenerator rng(20261122);
        QHash<QString, Gates> current; // per server
        int next = 0;
        for (int step = 0; step < kSteps; ++step) {
            const QString server = QStringLiteral("srv%1").arg(rng.bounded(2));
            Gates &gates = current[server];
            Gates snapshot;
            for (const Gate &g : gates) {
                const int roll = rng.bounded(10);
                if (roll == 0) {
                    continue; // decided elsewhere: gone
                }
                Gate kept = g;
                if (roll == 1) {
                    kept.status = QStringLiteral("on_hold"); // unchanged
                    kept.approvals.given = 1 - kept.approvals.given;
                } else if (roll == 2) {
                    kept.createdAt = kept.createdAt.addSecs(rng.bounded(-500, 500)); // moves among siblings
                } else if (roll == 3) {
                    kept.requestedBy = QStringLiteral("person %1").arg(step);
                } else if (roll == 4) {
                    kept.canApprove = !kept.canApprove;
                }
                snapshot.push_back(kept);
            }
            for (int k = rng.bounded(0, 6); k > 0; --k) {
                Gate g = makeGate(rng, next++);
                g.server = server;
                g.id = server + g.id.mid(g.id.indexOf(u'/'));
                snapshot.push_back(g);
            }
            gates = snapshot;
            store.applySnapshot(server, snapshot);

            QCOMPARE(model.gateCount(), store.size());
            GateTreeModel rebuilt; // built afresh from the store: every configured server has its row
            rebuilt.setStore(&store);
            const QStringList got = dump(model).split(u'\n');
            const QStringList want = dump(rebuilt).split(u'\n');
            for (qsizetype line = 0; line < std::max(got.size(), want.size()); ++line) {
                QCOMPARE(got.value(line), want.value(line));
            }
            // The proxy the view sits on followed every change too.
            const QStringList seen = dump(proxy).split(u'\n');
            for (qsizetype line = 0; line < std::max(seen.size(), want.size()); ++line) {
                QCOMPARE(seen.value(line), want.value(line));
            }
        }
        QVERIFY(next > kSteps);
    }

    // A gate that changes is re-filtered and re-sorted by the window's proxy: the model says which row
    // changed, and the proxy acts on that row only.
    void aChangedGateIsReFilteredAndReSortedByTheProxy()
    {
        GateStore store;
        GateTreeModel model;
        GateFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setStore(&store);
        QRandomGenerator rng(7);
        Gate a = makeGate(rng, 1);
        Gate b = makeGate(rng, 2);
        for (Gate *g : {&a, &b}) { // one workflow holds both
            g->server = QStringLiteral("srv0");
            g->project = QStringLiteral("gh/acme/p0");
            g->pipelineNumber = 1;
            g->workflow = QStringLiteral("wf0");
            g->workflowId = QStringLiteral("w");
            g->id = QStringLiteral("srv0/workflow/w/approval/") + g->name;
            g->requestedBy = QStringLiteral("ana");
        }
        a.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        b.createdAt = a.createdAt.addSecs(600);
        store.applySnapshot(QStringLiteral("srv0"), {a, b});
        proxy.sort(GateTreeModel::WaitingColumn, Qt::AscendingOrder); // longest waiting first
        const auto shown = [&] {
            QStringList out;
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < proxy.rowCount(parent); ++r) {
                    const QModelIndex i = proxy.index(r, 0, parent);
                    if (const QString id = i.data(GateTreeModel::GateIdRole).toString(); !id.isEmpty()) {
                        out.append(i.data().toString());
                    }
                    walk(i);
                }
            };
            walk({});
            return out;
        };
        QCOMPARE(shown(), (QStringList{a.name, b.name}));

        b.createdAt = a.createdAt.addSecs(-600); // b turns out to be older
        store.applySnapshot(QStringLiteral("srv0"), {a, b});
        QCOMPARE(shown(), (QStringList{b.name, a.name}));

        // A change that moves nothing (one more approval): the view repaints what the proxy says changed,
        // so that must be the gate's own row.
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex row = proxy.mapFromSource(model.indexOfGate(a.id));
        QVERIFY(row.isValid());
        a.approvals.given = 1;
        store.applySnapshot(QStringLiteral("srv0"), {a, b});
        QCOMPARE(proxy.index(row.row(), GateTreeModel::ApprovalsColumn, row.parent()).data().toString(),
                 model.indexOfGate(a.id).siblingAtColumn(GateTreeModel::ApprovalsColumn).data().toString());
        const bool repainted = std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &args) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            return from.parent() == row.parent() && from.row() <= row.row() && row.row() <= to.row() &&
                   from.column() <= GateTreeModel::ApprovalsColumn &&
                   GateTreeModel::ApprovalsColumn <= to.column();
        });
        QVERIFY2(repainted, qPrintable(QString::number(changed.size())));

        proxy.setText(QStringLiteral("kenji"));
        QCOMPARE(shown(), QStringList());
        a.requestedBy = QStringLiteral("kenji"); // handed over
        store.applySnapshot(QStringLiteral("srv0"), {a, b});
        QCOMPARE(shown(), QStringList{a.name});
    }

    // More than GateTreeModel::kAtOnce gates at once go in over several turns of the event loop, a batch at
    // a time, and end with exactly the rows a model built afresh from the store has; through the proxy too.
    void aLargeStoreChangeArrivesInBatchesAndEndsWithTheExactRows()
    {
        GateStore store;
        store.addServer(QStringLiteral("srv0"));
        GateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GateFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setStore(&store);
        model.setChunkSize(10);
        model.setTurnBudget(std::chrono::milliseconds(0)); // one batch a turn
        QSignalSpy batches(&model, &GateTreeModel::updatesApplied);
        QRandomGenerator rng(16);
        Gates gates;
        for (int n = 0; n < 100; ++n) {
            Gate g = makeGate(rng, n);
            g.server = QStringLiteral("srv0");
            g.id = QStringLiteral("srv0") + g.id.mid(g.id.indexOf(u'/'));
            gates.push_back(g);
        }
        store.applySnapshot(QStringLiteral("srv0"), gates);
        QCOMPARE(store.size(), 100);
        QCOMPARE(model.gateCount(), 0); // not yet: the store's turn is the store's
        QVERIFY(model.updatesPending());
        QTRY_VERIFY(!model.updatesPending());
        QCOMPARE(batches.size(), 10);
        QCOMPARE(model.gateCount(), 100);
        GateTreeModel rebuilt;
        rebuilt.setStore(&store);
        QVERIFY(sameDump(model, rebuilt));
        QVERIFY(sameDump(proxy, rebuilt));

        // Then 40 gone, 20 changed (some moved among their siblings), 30 new: the same again.
        Gates next;
        for (int n = 0; n < 100; ++n) {
            if (n % 5 == 1 || n % 5 == 3) {
                continue;
            }
            Gate g = gates[static_cast<std::size_t>(n)];
            if (n % 5 == 0) {
                g.approvals.given = 1;
                g.createdAt = g.createdAt.addSecs(n % 2 ? 3600 : -3600);
            }
            next.push_back(g);
        }
        for (int n = 100; n < 130; ++n) {
            Gate g = makeGate(rng, n);
            g.server = QStringLiteral("srv0");
            g.id = QStringLiteral("srv0") + g.id.mid(g.id.indexOf(u'/'));
            next.push_back(g);
        }
        store.applySnapshot(QStringLiteral("srv0"), next);
        QVERIFY(model.updatesPending());
        QTRY_VERIFY(!model.updatesPending());
        QCOMPARE(model.gateCount(), store.size());
        GateTreeModel again;
        again.setStore(&store);
        QVERIFY(sameDump(model, again));
        QVERIFY(sameDump(proxy, again));
    }

    // New gates that end up next to each other go in with one beginInsertRows, and their group's count is
    // repainted once, not once a gate.
    void newNeighboursGoInTogether()
    {
        GateStore store;
        store.addServer(QStringLiteral("srv0"));
        GateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        store.applySnapshot(QStringLiteral("srv0"), workflowGates(0, 3, start));
        const QModelIndex workflow = model.indexOfGate(workflowGates(0, 1, start).front().id).parent();
        QVERIFY(workflow.isValid());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store.applySnapshot(QStringLiteral("srv0"), workflowGates(0, 8, start)); // five more, after the three
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(0).toModelIndex(), QModelIndex(workflow));
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 7);
        const auto counts = std::count_if(changed.begin(), changed.end(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().column() == GateTreeModel::StatusColumn &&
                   args.at(1).toModelIndex().column() == GateTreeModel::StatusColumn;
        });
        QCOMPARE(counts, 4); // the counts of the workflow, pipeline, project and server rows, once each
        QCOMPARE(model.index(0, GateTreeModel::StatusColumn).data().toString(), QStringLiteral("8 waiting"));
    }

    // The window repaints the times of the rows on screen only: the rows it names, in ranges of neighbours,
    // and nothing else; and it learns when the next of those texts will change.
    void timesRepaintOnlyTheRowsNamed()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
        Clock::setInstance(&clock);
        GateTreeModel model;
        Gates gates = workflowGates(0, 20, clock.now().addSecs(-30 * 60)); // 30 min ago, then a minute apart
        gates[15].expiresAt = clock.now().addSecs(3600 + 125);             // "in 1 h", "in 59 min" in 126 s
        for (const Gate &g : gates) {
            model.addGate(g);
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QModelIndexList rows;
        for (int i : {3, 4, 5, 10}) {
            rows.append(model.indexOfGate(gates[static_cast<std::size_t>(i)].id));
        }
        const QDateTime next = model.refreshTimes(rows);
        QCOMPARE(changed.size(), 2);
        const auto range = [&](int k) {
            const QModelIndex from = changed.at(k).at(0).toModelIndex();
            const QModelIndex to = changed.at(k).at(1).toModelIndex();
            return QStringLiteral("%1-%2:%3-%4")
                .arg(from.row())
                .arg(to.row())
                .arg(from.column())
                .arg(to.column());
        };
        const QString columns =
            QStringLiteral(":%1-%2").arg(GateTreeModel::StatusColumn).arg(GateTreeModel::ExpiresColumn);
        QCOMPARE(range(0), QStringLiteral("3-5") + columns);
        QCOMPARE(range(1), QStringLiteral("10-10") + columns);
        // Row 3 started 27 min ago (to the second): its "27 min" turns "28 min" in 60 s, the soonest.
        QCOMPARE(next, clock.now().addSecs(60));
        // Row 15's expiry moves first: "in 1 h" becomes "in 59 min" in 126 s; its waiting text in 60 s.
        QCOMPARE(model.nextTimeChange({model.indexOfGate(gates[15].id)}), clock.now().addSecs(60));
        clock.advanceSecs(61);
        QCOMPARE(model.nextTimeChange({model.indexOfGate(gates[15].id)}), clock.now().addSecs(59));
        clock.advanceSecs(59 - 1);                            // 119 s: the waiting text changed at 120 s
        gates[15].createdAt = clock.now().addSecs(-3 * 3600); // "3 h": next waiting change in an hour
        model.changeGate(gates[15]);
        QCOMPARE(model.nextTimeChange({model.indexOfGate(gates[15].id)}), clock.now().addSecs(126 - 119));
        QVERIFY(!model.nextTimeChange(QModelIndexList()).isValid());
        Clock::setInstance(nullptr);
    }

    // Gate rows hold the store's gates, not copies of their own.
    void gateRowsShareTheStoresGates()
    {
        GateStore store;
        GateTreeModel model;
        model.setStore(&store);
        const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const Gates gates = workflowGates(0, 40, start); // more than kAtOnce: the batches too
        store.applySnapshot(QStringLiteral("srv0"), gates);
        QTRY_VERIFY(!model.updatesPending());
        for (const Gate &g : gates) {
            QCOMPARE(model.gate(model.indexOfGate(g.id)), store.gate(g.id));
        }
        Gates changed = gates;
        changed[7].approvals.given = 1;
        store.applySnapshot(QStringLiteral("srv0"), changed);
        QCOMPARE(model.gate(model.indexOfGate(changed[7].id)), store.gate(changed[7].id));
    }

    void gateRowsKnowTheirGates()
    {
        GateTreeModel model;
        QRandomGenerator rng(1);
        Gate g = makeGate(rng, 1);
        model.addGate(g);
        const QModelIndex i = model.indexOfGate(g.id);
        QVERIFY(i.isValid());
        QCOMPARE(model.gate(i)->id, g.id);
        QCOMPARE(i.data(GateTreeModel::GateIdRole).toString(), g.id);
        QCOMPARE(model.index(0, GateTreeModel::StatusColumn).data().toString(), QStringLiteral("1 waiting"));
        model.setInFlight(g.id, true);
        QCOMPARE(model.indexOfGate(g.id).siblingAtColumn(GateTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("sending…"));
        model.setInFlight(g.id, false);
        model.setOutcome(g.id, QStringLiteral("refused"), true);
        QCOMPARE(model.indexOfGate(g.id).siblingAtColumn(GateTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("refused"));
        model.removeGate(g.id);
        QCOMPARE(model.rowCount(), 0); // empty groups leave with their last gate
        QVERIFY(!model.indexOfKey(QStringLiteral("s:") + g.server).isValid());
    }
};

QTEST_MAIN(TestGateTreeModel)
#include "tst_gatetreemodel.moc"
