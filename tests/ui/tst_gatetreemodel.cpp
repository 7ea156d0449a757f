// The tree model against hundreds of random snapshot changes, checked by a QAbstractItemModelTester that
// lives for the whole run, and compared with a model rebuilt from scratch after every step.

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
