// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Benchmark: what a user feels when a poll of 10,000 gates comes in, applied incrementally against a full
// model reset, in one process on the same data. Prints `name: value` lines.
//
// Setup (copied from MainWindow's constructor, without the window itself): a real GateStore, a real
// GateTreeModel following it (setStore), a GateFilterProxy over the model (filter defaults: no words, not
// only mine) and a shown QTreeView (offscreen, the tree alone at 1280×800, every column shown) configured as
// the window's tree: uniform row heights, alternating colours, sorting enabled in the model's own order
// (sortByColumn(-1)), the same column widths, and the window's expansion handlers (after a reset or a layout
// change every group is expanded with setExpanded, as MainWindow::applyExpansion does; new rows are expanded
// with the groups above them; the user has collapsed nothing). Not in it: the window's other reactions to a
// change (details pane, filter count, the times timer, making the longest-waiting gate current).
//
// One poll: of the 10,000 gates, 50 removed, 50 added (new ids: five new pipelines, each of two workflows of
// five holds, in five projects) and 100 changed (60 an approval given or taken back, 20 a new status, 20 a
// new "waiting since", which moves the gate among its siblings: the model removes and inserts it again).
// Gates stay at 10,000. Each run applies the next poll of one sequence to three setups, one after the other:
//   incremental_ms: store.applySnapshot(), then the event loop run (QCoreApplication::processEvents) until
//     the model has no update pending and a turn delivers no event (counted by an application-wide event
//     filter: the proxy's and the view's posted work, delayed layout, repaints), then a forced repaint of the
//     viewport and the loop again until quiet. incremental_batch_turns: the turns the model applied a batch
//     in.
//   incremental_max_turn_ms: the longest single step of that (the applySnapshot call, one processEvents call
//     or the forced repaint): the stall a user feels. store_apply_ms: the first of those steps, the store's
//     diff of the poll (the model defers a change of more than GateTreeModel::kAtOnce gates to later turns).
//   reset_ms: the same poll applied to the store, then model.resetFrom(store.gates()) (the window's reset
//     path, as GateTreeModel::setStore takes it) with the window's expansion of every group after the reset,
//     then the same event-loop turns and repaint; reset_max_turn_ms its longest step (the reset and the
//     expansion run in one turn).
//   reset_without_expand_ms: the same with nothing expanded after the reset (the view shows the server row
//     collapsed, as a reset leaves it: less to lay out and paint than the window shows).
//   incremental_speedup_vs_reset: reset_ms / incremental_ms; incremental_max_turn_speedup_vs_reset:
//     reset_max_turn_ms / incremental_max_turn_ms.
// Medians over kRuns runs after one warm-up poll. After every run each setup is checked: no event is left for
// a later turn, the proxy shows exactly the poll's gates, each once, the store and the model hold as many,
// and (where the window would have expanded them) every group row is expanded; qFatal otherwise.

#include "benchgates.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSet>
#include <QTextStream>
#include <QTreeView>
#include <QWindow>

#include <algorithm>
#include <memory>

using namespace gl;
using ui::GateFilterProxy;
using ui::GateTreeModel;

namespace {

constexpr int kGates = 10000;
constexpr int kRuns = 11; // measured, after one warm-up
constexpr int kRemoved = 50;
constexpr int kAdded = 50; // kNewPipelines × 2 workflows × 5 holds
constexpr int kNewPipelines = 5;
constexpr int kApprovalChanges = 60;
constexpr int kStatusChanges = 20;
constexpr int kWaitingChanges = 20;
constexpr int kChanged = kApprovalChanges + kStatusChanges + kWaitingChanges;

const QString kServer = QStringLiteral("bench");
const QDateTime kBase(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

// The next poll after `gates`: kRemoved gone, kChanged changed, kAdded new, spread over the whole tree.
Gates nextPoll(const Gates &gates, int poll)
{
    const std::size_t picks = kRemoved + kChanged;
    const std::size_t step = gates.size() / picks;
    const std::size_t offset = static_cast<std::size_t>(poll * 7) % step;
    Gates out;
    out.reserve(gates.size() + kAdded);
    int removed = 0;
    int approvals = 0;
    int statuses = 0;
    int changes = 0;
    for (std::size_t i = 0; i < gates.size(); ++i) {
        Gate g = gates[i];
        if (i % step == offset && i / step < picks) {
            const std::size_t pick = i / step; // 0 … 149
            if (pick % 3 == 0) {
                ++removed; // 50
                continue;
            }
            const int kind = changes++ % 5; // 3 in 5 approvals, 1 status, 1 waiting since
            if (kind < 3) {
                ++approvals;
                g.approvals.required = 2;
                g.approvals.given = (g.approvals.given + 1) % 2;
                g.statusText = g.approvals.given ? QStringLiteral("1 of 2 approvals") : QString();
            } else if (kind == 3) {
                ++statuses;
                g.status = g.status == QStringLiteral("on_hold") ? QStringLiteral("blocked")
                                                                 : QStringLiteral("on_hold");
            } else {
                g.createdAt =
                    kBase.addSecs(kGates * 7 + poll * 3600 + static_cast<qint64>(pick)); // re-requested
            }
        }
        out.push_back(std::move(g));
    }
    if (removed != kRemoved || approvals != kApprovalChanges || statuses != kStatusChanges ||
        changes != kChanged) {
        qFatal("the poll's mix is not the one announced");
    }
    // New pipelines (numbers above any before), each in another project, built as benchGates builds gates.
    for (int m = 0; m < kNewPipelines; ++m) {
        const int p = (poll * 11 + m * 10) % 50;
        const int pl = 100 + poll;
        for (int w = 0; w < 2; ++w) {
            for (int j = 0; j < 5; ++j) {
                const int n = kGates + poll * kAdded + m * 10 + w * 5 + j;
                out.push_back(glbench::benchGate(kServer, p, pl, w, j, n, kBase));
            }
        }
    }
    return out;
}

// Counts the events delivered to any object of the application (an application-wide event filter).
class EventCounter final : public QObject
{
public:
    qint64 delivered = 0;
    bool eventFilter(QObject *, QEvent *) override
    {
        ++delivered;
        return false;
    }
};

// Store → model → proxy → shown tree view, wired as MainWindow wires them.
struct Setup
{
    enum class Apply
    {
        Incremental,
        Reset,
        ResetWithoutExpand
    };

    Setup(Apply how, const EventCounter &counter) : apply(how), events(counter)
    {
        store.addServer(kServer); // the session adds every configured server before its first poll
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setUniformRowHeights(true);
        view.setAlternatingRowColors(true);
        view.setSelectionMode(QAbstractItemView::ExtendedSelection);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setEditTriggers(QAbstractItemView::NoEditTriggers);
        view.setAnimated(false);
        view.setSortingEnabled(true);
        view.sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a header is clicked
        view.setTextElideMode(Qt::ElideRight);
        view.header()->setStretchLastSection(false);
        view.header()->setSectionResizeMode(GateTreeModel::NameColumn, QHeaderView::Stretch);
        const QList<QPair<int, int>> widths = {
            {GateTreeModel::StatusColumn, 150},   {GateTreeModel::WaitingColumn, 62},
            {GateTreeModel::TriggeredColumn, 95}, {GateTreeModel::BranchColumn, 110},
            {GateTreeModel::CommitColumn, 72},    {GateTreeModel::ApprovalsColumn, 72},
            {GateTreeModel::ExpiresColumn, 82}};
        for (const auto &[column, width] : widths) {
            view.header()->setSectionResizeMode(column, QHeaderView::Interactive);
            view.setColumnWidth(column, width);
        }
        // The window's expansion: new rows open with the groups above them, a reset or a new layout opens
        // every group the user has not collapsed (none here).
        QObject::connect(&proxy, &QAbstractItemModel::rowsInserted, &view,
                         [this](const QModelIndex &where, int first, int last) {
                             for (QModelIndex i = where; i.isValid(); i = i.parent()) {
                                 if (!collapsed.contains(i.data(GateTreeModel::KeyRole).toString())) {
                                     view.setExpanded(i, true);
                                 }
                             }
                             applyExpansion(where, first, last);
                         });
        if (apply != Apply::ResetWithoutExpand) {
            QObject::connect(&proxy, &QAbstractItemModel::modelReset, &view, [this] { applyExpansion({}); });
        }
        QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, &view, [this] { applyExpansion({}); });
        QObject::connect(&model, &GateTreeModel::updatesApplied, &view, [this] { ++batchTurns; });
        model.setStore(&store);
        applyExpansion({});
        view.resize(1280, 800);
        view.show();
        QElapsedTimer waited;
        waited.start();
        while (!view.windowHandle() || !view.windowHandle()->isExposed()) {
            QCoreApplication::processEvents();
            if (waited.elapsed() > 10000) {
                qFatal("the tree view is not exposed");
            }
        }
    }

    // MainWindow::applyExpansion without the choice of a current gate.
    void applyExpansion(const QModelIndex &proxyParent, int first = -1, int last = -1)
    {
        std::vector<QModelIndex> stack{proxyParent};
        bool top = true;
        while (!stack.empty()) {
            const QModelIndex parent = stack.back();
            stack.pop_back();
            const int from = top && first >= 0 ? first : 0;
            const int to =
                top && first >= 0 ? std::min(last + 1, proxy.rowCount(parent)) : proxy.rowCount(parent);
            top = false;
            for (int r = from; r < to; ++r) {
                const QModelIndex i = proxy.index(r, 0, parent);
                if (proxy.hasChildren(i)) {
                    view.setExpanded(i, !collapsed.contains(i.data(GateTreeModel::KeyRole).toString()));
                    stack.push_back(i);
                }
            }
        }
    }

    struct Timing
    {
        double totalMs = 0;
        double maxTurnMs = 0;
        double firstTurnMs = 0; // the poll's arrival: the store's diff (and, for a reset, the reset)
        int batchTurns = 0;     // turns in which the model applied a batch
    };

    // Applies one poll the setup's way and runs the event loop until the model has no update pending and a
    // turn finds no event left to deliver (the proxy's and the view's posted work: delayed layout, geometry
    // updates, repaints), then forces a repaint of the viewport and runs the loop until it is quiet again.
    Timing take(const Gates &poll)
    {
        Timing out;
        qint64 worst = 0;
        const auto turn = [&worst](auto &&work) {
            QElapsedTimer t;
            t.start();
            work();
            worst = std::max(worst, t.nsecsElapsed());
        };
        const auto untilQuiet = [&] {
            for (int turns = 0;; ++turns) {
                const qint64 before = events.delivered;
                turn([] { QCoreApplication::processEvents(); });
                if (events.delivered == before) {
                    return;
                }
                if (turns > 10000) {
                    qFatal("the event loop does not settle");
                }
            }
        };
        batchTurns = 0;
        QElapsedTimer total;
        total.start();
        turn([&] { // the turn the poll's result arrives in
            store.applySnapshot(kServer, poll);
            if (apply != Apply::Incremental) {
                model.resetFrom(store.gates());
            }
        });
        out.firstTurnMs = static_cast<double>(worst) / 1e6;
        while (model.updatesPending()) { // a change this large goes in over several turns
            turn([] { QCoreApplication::processEvents(); });
        }
        untilQuiet();
        turn([this] { view.viewport()->repaint(); }); // whatever layout and paint is left
        untilQuiet();
        out.totalMs = static_cast<double>(total.nsecsElapsed()) / 1e6;
        out.maxTurnMs = static_cast<double>(worst) / 1e6;
        out.batchTurns = batchTurns;
        return out;
    }

    // Nothing may be left for later: a turn of the loop after take() delivers no event.
    void expectQuiet(const char *what) const
    {
        const qint64 before = events.delivered;
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::processEvents();
        }
        if (events.delivered != before) {
            qFatal("%s: %lld events were delivered after the measurement", what,
                   static_cast<long long>(events.delivered - before));
        }
    }

    void check(const QStringList &expected, const char *what) const
    {
        QStringList shown;
        int groups = 0;
        int collapsedGroups = 0;
        std::vector<QModelIndex> stack{QModelIndex()};
        while (!stack.empty()) {
            const QModelIndex parent = stack.back();
            stack.pop_back();
            for (int r = 0; r < proxy.rowCount(parent); ++r) {
                const QModelIndex i = proxy.index(r, 0, parent);
                if (const QString id = i.data(GateTreeModel::GateIdRole).toString(); !id.isEmpty()) {
                    shown.append(id);
                } else {
                    ++groups;
                    collapsedGroups += view.isExpanded(i) ? 0 : 1;
                }
                stack.push_back(i);
            }
        }
        shown.sort();
        if (shown != expected) {
            qFatal("%s: the proxy shows %lld gate rows, %lld distinct, expected %lld", what,
                   static_cast<long long>(shown.size()),
                   static_cast<long long>(QSet<QString>(shown.begin(), shown.end()).size()),
                   static_cast<long long>(expected.size()));
        }
        if (model.gateCount() != expected.size() || store.size() != expected.size()) {
            qFatal("%s: the model holds %d gates, the store %d, expected %lld", what, model.gateCount(),
                   store.size(), static_cast<long long>(expected.size()));
        }
        if (apply != Apply::ResetWithoutExpand && collapsedGroups != 0) {
            qFatal("%s: %d of %d group rows are collapsed", what, collapsedGroups, groups);
        }
    }

    const Apply apply;
    const EventCounter &events;
    GateStore store;
    GateTreeModel model;
    GateFilterProxy proxy;
    QTreeView view;
    QSet<QString> collapsed; // the groups the user collapsed: none
    int batchTurns = 0;
};

QStringList idsOf(const Gates &gates)
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(gates.size()));
    for (const Gate &g : gates) {
        ids.append(g.id);
    }
    ids.sort();
    if (std::adjacent_find(ids.begin(), ids.end()) != ids.end()) {
        qFatal("the benchmark's poll repeats a gate id");
    }
    return ids;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString ms(double v)
{
    return QString::number(v, 'f', 1);
}

QString ratio(double a, double b)
{
    return QString::number(a / b, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    gl::installTranslations();
    EventCounter events;
    app.installEventFilter(&events);

    Gates poll = glbench::benchGates(kServer, kGates, kBase);
    if (static_cast<int>(poll.size()) != kGates) {
        qFatal("benchGates made %zu gates", poll.size());
    }
    std::vector<std::unique_ptr<Setup>> setups;
    for (auto how : {Setup::Apply::Incremental, Setup::Apply::Reset, Setup::Apply::ResetWithoutExpand}) {
        setups.push_back(std::make_unique<Setup>(how, events));
        Setup &s = *setups.back();
        s.take(poll); // the first 10,000 gates, each setup its own way
        s.expectQuiet("first poll");
        s.check(idsOf(poll), "first poll");
    }
    Setup &incremental = *setups[0];
    Setup &reset = *setups[1];
    Setup &resetBare = *setups[2];

    std::vector<double> incrementalMs, incrementalTurnMs, storeMs, resetMs, resetTurnMs, resetBareMs,
        batchTurns;
    for (int run = 0; run <= kRuns; ++run) { // run 0 warms up
        poll = nextPoll(poll, run + 1);
        const QStringList expected = idsOf(poll);
        if (expected.size() != kGates) {
            qFatal("the poll holds %lld gates", static_cast<long long>(expected.size()));
        }
        const Setup::Timing inc = incremental.take(poll);
        incremental.expectQuiet("incremental");
        incremental.check(expected, "incremental");
        const Setup::Timing res = reset.take(poll);
        reset.expectQuiet("reset");
        reset.check(expected, "reset");
        const Setup::Timing bare = resetBare.take(poll);
        resetBare.expectQuiet("reset without expanding");
        resetBare.check(expected, "reset without expanding");
        if (run == 0) {
            continue;
        }
        incrementalMs.push_back(inc.totalMs);
        incrementalTurnMs.push_back(inc.maxTurnMs);
        storeMs.push_back(inc.firstTurnMs);
        batchTurns.push_back(inc.batchTurns);
        resetMs.push_back(res.totalMs);
        resetTurnMs.push_back(res.maxTurnMs);
        resetBareMs.push_back(bare.totalMs);
    }

    const double incrementalMedian = median(incrementalMs);
    const double incrementalTurn = median(incrementalTurnMs);
    const double resetMedian = median(resetMs);
    const double resetTurn = median(resetTurnMs);
    QTextStream out(stdout);
    out << "gates: " << kGates << "\n";
    out << "removed_per_poll: " << kRemoved << "\n";
    out << "added_per_poll: " << kAdded << "\n";
    out << "changed_per_poll: " << kChanged << "\n";
    out << "changed_approvals_per_poll: " << kApprovalChanges << "\n";
    out << "changed_status_per_poll: " << kStatusChanges << "\n";
    out << "changed_waiting_since_per_poll: " << kWaitingChanges << "\n";
    out << "runs: " << kRuns << "\n";
    out << "reset_ms: " << ms(resetMedian) << "\n";
    out << "reset_max_turn_ms: " << ms(resetTurn) << "\n";
    out << "reset_without_expand_ms: " << ms(median(resetBareMs)) << "\n";
    out << "store_apply_ms: " << ms(median(storeMs)) << "\n";
    out << "incremental_ms: " << ms(incrementalMedian) << "\n";
    out << "incremental_max_turn_ms: " << ms(incrementalTurn) << "\n";
    out << "incremental_batch_turns: " << median(batchTurns) << "\n";
    out << "incremental_speedup_vs_reset: " << ratio(resetMedian, incrementalMedian) << "\n";
    out << "incremental_speedup_vs_reset_without_expand: " << ratio(median(resetBareMs), incrementalMedian)
        << "\n";
    out << "incremental_max_turn_speedup_vs_reset: " << ratio(resetTurn, incrementalTurn) << "\n";
    return 0;
}
