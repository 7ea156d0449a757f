// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Benchmark: start to the first painted gate, from the last run's cache, against a bare Qt Widgets window
// (a QMainWindow holding a QTreeView of one row) in the same process. A start here is what follows the
// process's own: reading servers.json, Session::open with the cache folder (PollCache: the last run's gates
// drawn, stale), the MainWindow built and shown, until its tree's viewport has painted with the gates in
// it; the baseline, building and showing its window until its tree has painted. No poll runs (the server is
// not reached). Each is the median of 7 runs, after one of each to warm up (fonts, style).
// Prints `name: value` lines:
//   bare_window_ms, start_10_ms, start_ratio            10 gates in the cache (a team's morning)
//   start_10k_ms, start_ratio_10k                       10,000 gates
#include "benchgates.h"
#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "gatetreemodel.h"
#include "mainwindow.h"
#include "pollcache.h"
#include "session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace gl;

namespace {

// Sets *painted once the widget has painted and ready() holds.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready) : m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_ready()) {
            painted = true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
};

void waitFor(const PaintWatch &watch)
{
    while (!watch.painted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

double bareWindow()
{
    QElapsedTimer t;
    t.start();
    QMainWindow window;
    auto *model = new QStandardItemModel(&window);
    model->appendRow(new QStandardItem(QStringLiteral("hold")));
    auto *view = new QTreeView;
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1200, 800);
    PaintWatch watch(view->viewport(), [] { return true; });
    window.show();
    waitFor(watch);
    return double(t.nsecsElapsed()) / 1e6;
}

double greenlightWindow(const QString &configPath, const QString &cacheDir, const QString &auditPath,
                        const CredentialStore &credentials, int gates)
{
    QElapsedTimer t;
    t.start();
    auto config = loadConfig(configPath);
    if (!config) {
        qFatal("%s", qPrintable(config.error().message));
    }
    auto session = Session::open(*config, credentials, auditPath, SessionCache{cacheDir, true});
    ui::MainWindow window(session.get(), configPath);
    window.resize(1200, 800);
    ui::MainWindow *w = &window;
    PaintWatch watch(window.tree()->viewport(), [w, gates] { return w->model()->gateCount() == gates; });
    window.show();
    waitFor(watch);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    return ms;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTemporaryDir dir;
    qputenv("GL_BENCH_TOKEN", "bench-token");
    EnvironmentCredentialStore credentials;
    const QString auditPath = dir.filePath(QStringLiteral("audit.jsonl"));

    struct Case
    {
        int gates;
        QString config;
        QString cache;
    };
    std::vector<Case> cases;
    for (int gates : {10, 10000}) {
        const QString name = QStringLiteral("bench");
        QStringList projects;
        for (int p = 0; p < 50; ++p) { // as benchGates names them
            projects << QStringLiteral("gh/acme/project-%1").arg(p);
        }
        QString list;
        for (const QString &p : std::as_const(projects)) {
            list += (list.isEmpty() ? QString() : QStringLiteral(", ")) + u'"' + p + u'"';
        }
        // A port nothing listens on: the poller is not started, and nothing is sent.
        const QByteArray json =
            QStringLiteral("{ \"servers\": [ { \"name\": \"%1\", \"provider\": \"circleci\", "
                           "\"url\": \"http://127.0.0.1:9\", \"token_env\": \"GL_BENCH_TOKEN\", "
                           "\"projects\": [%2] } ] }")
                .arg(name, list)
                .toUtf8();
        const QString configPath = dir.filePath(QStringLiteral("servers-%1.json").arg(gates));
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            qFatal("cannot write %s", qPrintable(configPath));
        }
        file.close();
        auto config = loadConfig(configPath);
        if (!config) {
            qFatal("%s", qPrintable(config.error().message));
        }
        const QString cacheDir = dir.filePath(QStringLiteral("cache-%1").arg(gates));
        PollCache::Entry entry;
        entry.savedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (Gate &g : glbench::benchGates(name, gates, entry.savedAt.addDays(-1))) {
            entry.gates.push_back({std::move(g), entry.savedAt});
        }
        QString error;
        if (!PollCache(cacheDir).save(config->servers.front(), entry, &error)) {
            qFatal("%s", qPrintable(error));
        }
        cases.push_back({gates, configPath, cacheDir});
    }

    bareWindow(); // warm-up
    for (const Case &c : cases) {
        greenlightWindow(c.config, c.cache, auditPath, credentials, c.gates);
    }
    constexpr int kRuns = 7;
    std::vector<double> bare;
    std::vector<std::vector<double>> starts(cases.size());
    for (int run = 0; run < kRuns; ++run) {
        bare.push_back(bareWindow());
        for (std::size_t i = 0; i < cases.size(); ++i) {
            starts[i].push_back(
                greenlightWindow(cases[i].config, cases[i].cache, auditPath, credentials, cases[i].gates));
        }
    }
    const double baseline = median(bare);
    const double start10 = median(starts[0]);
    const double start10k = median(starts[1]);
    QTextStream out(stdout);
    out << "bare_window_ms: " << QString::number(baseline, 'f', 2) << "\n"
        << "start_10_ms: " << QString::number(start10, 'f', 2) << "\n"
        << "start_ratio: " << QString::number(start10 / baseline, 'f', 2) << "\n"
        << "start_10k_ms: " << QString::number(start10k, 'f', 2) << "\n"
        << "start_ratio_10k: " << QString::number(start10k / baseline, 'f', 2) << "\n";
    return 0;
}
