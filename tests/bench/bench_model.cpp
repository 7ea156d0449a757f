// Benchmark: a poll of 10,000 gates with 1% changed, applied to the model incrementally, against a full
// model reset of the same data (plus re-expanding the view, which a reset collapses), in the same
// process with a tree view attached. Two incremental figures: the model applying the 100 changes (what
// the model does), and end to end, GateStore diffing the whole poll and the model following its signals.
// Prints `name: value` lines.

#include "benchgates.h"
#include "gatestore.h"
#include "gatetreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

using namespace gl;

namespace {

Gates makeGates()
{
    return glbench::benchGates(QStringLiteral("bench"), 10000,
                               QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Gates gates = makeGates();
    constexpr int kRuns = 7;

    // Baseline: a full reset of the same data, with the view re-expanded.
    std::vector<double> resetMs;
    {
        ui::GateTreeModel model;
        QTreeView view;
        view.setModel(&model);
        view.setUniformRowHeights(true); // as the dashboard does
        view.resize(1200, 800);
        view.show();
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer t;
            t.start();
            model.resetFrom(gates);
            view.expandAll();
            resetMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }

    // Incremental, model only: the 100 changed gates applied to the model.
    std::vector<double> modelMs;
    {
        ui::GateTreeModel model;
        model.resetFrom(gates);
        QTreeView view;
        view.setModel(&model);
        view.setUniformRowHeights(true);
        view.resize(1200, 800);
        view.show();
        view.expandAll();
        Gates snapshot = gates;
        for (int run = 0; run < kRuns; ++run) {
            Gates changed;
            for (std::size_t i = static_cast<std::size_t>(run); i < snapshot.size(); i += 100) {
                snapshot[i].approvals.given = (snapshot[i].approvals.given + 1) % 2;
                changed.push_back(snapshot[i]);
            }
            QElapsedTimer t;
            t.start();
            for (const Gate &g : changed) {
                model.changeGate(g);
            }
            modelMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }

    // Incremental, end to end: the store diffs the poll and the model applies only what changed.
    std::vector<double> incrementalMs;
    {
        GateStore store;
        ui::GateTreeModel model;
        model.setStore(&store);
        QTreeView view;
        view.setModel(&model);
        view.setUniformRowHeights(true); // as the dashboard does
        view.resize(1200, 800);
        view.show();
        store.applySnapshot(QStringLiteral("bench"), gates);
        while (model.updatesPending()) { // a change this large goes in over several turns of the event loop
            QCoreApplication::processEvents();
        }
        view.expandAll();
        Gates snapshot = gates;
        for (int run = 0; run < kRuns; ++run) {
            for (std::size_t i = static_cast<std::size_t>(run); i < snapshot.size();
                 i += 100) { // 1%: 100 gates
                snapshot[i].approvals.given = (snapshot[i].approvals.given + 1) % 2;
            }
            QElapsedTimer t;
            t.start();
            store.applySnapshot(QStringLiteral("bench"), snapshot);
            while (model.updatesPending()) { // the turns it takes count too
                QCoreApplication::processEvents();
            }
            incrementalMs.push_back(t.nsecsElapsed() / 1e6);
        }
        if (model.gateCount() != 10000) {
            qFatal("benchmark model lost gates");
        }
    }

    const double reset = median(resetMs);
    const double modelOnly = median(modelMs);
    const double incremental = median(incrementalMs);
    QTextStream out(stdout);
    out << "gates: " << gates.size() << "\n";
    out << "changed_per_poll: 100\n";
    out << "model_reset_ms: " << QString::number(reset, 'f', 3) << "\n";
    out << "model_incremental_ms: " << QString::number(modelOnly, 'f', 3) << "\n";
    out << "model_incremental_speedup_vs_reset: " << QString::number(reset / modelOnly, 'f', 1) << "\n";
    out << "store_and_model_incremental_ms: " << QString::number(incremental, 'f', 3) << "\n";
    out << "store_and_model_speedup_vs_reset: " << QString::number(reset / incremental, 'f', 1) << "\n";
    return 0;
}
