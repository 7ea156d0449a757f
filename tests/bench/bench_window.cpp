// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Benchmark: the real MainWindow (its model, proxy and tree view, wired as the dashboard wires them) with
// 10,000 gates. Prints `name: value` lines:
//   first_fill_max_stall_ms, poll_max_stall_ms, max_stall_ms: the longest event-loop iteration while a
//     poll result is applied through GateStore into the window and everything it starts settles (first
//     the 10,000 gates into an empty window, then a poll with 100 gates added, 100 removed, 100 changed);
//     measured as the largest gap between two timeouts of a 0 ms heartbeat timer, i.e. between two turns
//     of the event loop, with events processed.
//   rss_empty_kb, rss_10k_kb, rss_ratio_10k, kb_per_gate: resident memory (/proc/self/statm) of the shown
//     window before any gate, and after both polls, in the same process; rss_10k_after_malloc_trim_kb the
//     same after glibc's malloc_trim(0), taken after the others (what the allocator keeps of freed memory).
//   store_alone_first_fill_ms, first_fill_apply_ms, poll_apply_ms: the store's apply of the first poll
//     with nothing following it, and through the window (the synchronous part of each poll).
//   idle_cpu_pct, wakeups_per_s, timer_events_per_s, ctx_switches_per_s: over IDLE_SECONDS (default 60)
//     with the 10,000 gates, the top of the tree on screen (about 26 gates waiting 30 to 40 minutes, whose
//     "N min" texts move every minute) and nothing changing: user+system CPU time (getrusage, every thread)
//     over wall time; the main thread's event-dispatcher wake-ups (QAbstractEventDispatcher::awake, once for
//     every return from its poll); QEvent::Timer events delivered to any object; voluntary and involuntary
//     context switches of the process (getrusage).
// Usage: bench_window [IDLE_SECONDS]

#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"
#include "mainwindow.h"
#include "session.h"
#include "uisupport.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace gl;

namespace {

constexpr int kProjects = 50;
constexpr int kPipelines = 20;
constexpr int kWorkflows = 2;
constexpr int kJobs = 5; // 50 × 20 × 2 × 5 = 10,000

// Every string built on its own, as a provider's parse builds them from each poll's JSON: equal values do
// not share data unless the application makes them.
QString s(const char *text)
{
    return QString::fromUtf8(QByteArray(text));
}

Gate makeGate(int p, int pl, int w, int j, const QDateTime &now)
{
    const int workflow = (p * (kPipelines + 1) + (pl - 1)) * kWorkflows + w; // room for a new pipeline
    const int n = workflow * 8 + j;                                          // room for a sixth job
    Gate g;
    g.server = s("bench");
    g.provider = s("circleci");
    g.kind = GateKind::ApprovalJob;
    g.project = s("gh/acme/project-") + QString::number(p);
    g.scope = g.project + QString(); // a copy of its own
    g.scope.detach();
    g.pipelineNumber = 1000 + pl;
    g.pipelineId = QStringLiteral("5034460f-c7c4-4c43-9457-%1").arg(p * 100 + pl, 12, 10, QLatin1Char('0'));
    g.branch = s("release/") + QString::number(pl);
    g.commitSha = QStringLiteral("%1").arg(p * 100 + pl, 40, 16, QLatin1Char('a'));
    g.commitSubject = s("Bump the payments client to ") + QString::number(pl);
    g.triggeredBy = s("person-") + QString::number((p + pl) % 17);
    g.requestedBy = s("person-") + QString::number((p + pl) % 17);
    g.workflow = s("release-") + QString::number(w);
    g.workflowId = QStringLiteral("7a1b2c3d-0000-4000-8000-%1").arg(workflow, 12, 10, QLatin1Char('0'));
    g.name = s("hold-") + QString::number(j);
    g.status = s("on_hold");
    g.statusText = s("waiting for approval");
    g.nativeJobId = QStringLiteral("9e8d7c6b-1111-4222-8333-%1").arg(n, 12, 10, QLatin1Char('0'));
    g.id =
        g.server + QStringLiteral("/workflow/") + g.workflowId + QStringLiteral("/approval/") + g.nativeJobId;
    g.url = QUrl(QStringLiteral("https://app.circleci.com/pipelines/gh/acme/project-%1/%2/workflows/%3")
                     .arg(p)
                     .arg(g.pipelineNumber)
                     .arg(g.workflowId));
    // Minutes to hours ago: the first rows on screen show "N min", whose text moves every minute.
    g.createdAt = now.addSecs(-600 - static_cast<qint64>(workflow * kJobs + j) * 7);
    g.expiresAt = g.createdAt.addDays(15);
    g.approvals = {0, 1};
    g.canApprove = (j % 4) != 0;
    if (!g.canApprove) {
        g.cannotApproveReason = s("You are not allowed to approve this job.");
    }
    return g;
}

Gates firstPoll(const QDateTime &now)
{
    Gates gates;
    gates.reserve(kProjects * kPipelines * kWorkflows * kJobs);
    for (int p = 0; p < kProjects; ++p) {
        for (int pl = 1; pl <= kPipelines; ++pl) {
            for (int w = 0; w < kWorkflows; ++w) {
                for (int j = 0; j < kJobs; ++j) {
                    gates.push_back(makeGate(p, pl, w, j, now));
                }
            }
        }
    }
    return gates;
}

// The same poll again, built anew, with 1% of the gates gone, 1% changed and 1% new: 60 in existing
// workflows (a sixth job), 40 in eight new pipelines.
Gates secondPoll(const QDateTime &now, int *added, int *removed, int *changed)
{
    Gates gates = firstPoll(now);
    Gates out;
    out.reserve(gates.size() + 100);
    *added = *removed = *changed = 0;
    for (std::size_t i = 0; i < gates.size(); ++i) {
        if (i % 100 == 37) {
            ++*removed;
            continue;
        }
        Gate g = std::move(gates[i]);
        if (i % 100 == 71) {
            g.approvals.given = 1;
            g.approvals.required = 2;
            g.statusText = s("1 of 2 approvals");
            ++*changed;
        }
        out.push_back(std::move(g));
    }
    for (int k = 0; k < 60; ++k) {
        out.push_back(makeGate(k % kProjects, 1 + (k * 7) % kPipelines, k % kWorkflows, kJobs, now));
        ++*added;
    }
    for (int k = 0; k < 8; ++k) {
        for (int j = 0; j < kJobs; ++j) {
            out.push_back(makeGate(k * 6, kPipelines + 1, 0, j, now));
            ++*added;
        }
    }
    return out;
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 contextSwitches()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u); // every thread, those that ended too
    return u.ru_nvcsw + u.ru_nivcsw;
}

class TimerEventCounter final : public QObject
{
public:
    qint64 count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Timer) {
            ++count;
        }
        return false;
    }
};

// Runs the event loop until done() holds and then for settleMs more, and returns the longest gap between two
// turns of the loop (ms).
template <typename Done> double longestStall(const std::function<void()> &apply, Done done, int settleMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 worst = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    heartbeat.start();
    QTimer::singleShot(0, apply);
    QEventLoop loop;
    qint64 doneAt = -1;
    QTimer check;
    check.setInterval(0);
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (doneAt < 0 && done()) {
            doneAt = clock.nsecsElapsed();
        }
        if (doneAt >= 0 && clock.nsecsElapsed() - doneAt > qint64(settleMs) * 1000000) {
            loop.quit();
        }
        if (clock.nsecsElapsed() > qint64(900) * 1000000000) {
            qFatal("the window did not settle within 15 minutes");
        }
    });
    check.start();
    loop.exec();
    heartbeat.stop();
    return static_cast<double>(worst) / 1e6;
}

int shownGates(const ui::MainWindow &window)
{
    return static_cast<int>(gltest::visibleGateIds(window).size());
}

// Delivers what is queued (posted events, deferred deletions, zero-time timers, repaints) until the loop has
// nothing left to do, instead of sleeping for a while.
void settle()
{
    for (int turn = 0; turn < 20; ++turn) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/greenlight-bench-bus");
    QApplication app(argc, argv);
    gl::installTranslations();
    const int idleSeconds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 60;

    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("servers.json"));
    {
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly)) {
            qFatal("cannot write the configuration");
        }
        QByteArray projects;
        for (int p = 0; p < kProjects; ++p) {
            projects += (p ? ", \"" : "\"") + QByteArray("gh/acme/project-") + QByteArray::number(p) + '"';
        }
        // Never polled: the bench hands the store its polls itself.
        f.write("{ \"servers\": [ { \"name\": \"bench\", \"provider\": \"circleci\", \"url\": "
                "\"http://127.0.0.1:9\", \"token_env\": \"GL_BENCH_TOKEN\", \"projects\": [" +
                projects + "] } ] }");
    }
    qputenv("GL_BENCH_TOKEN", "t0ken");
    auto config = loadConfig(configPath);
    if (!config) {
        qFatal("the configuration does not load");
    }
    EnvironmentCredentialStore credentials;
    auto session = Session::open(*config, credentials, dir.filePath(QStringLiteral("audit.jsonl")));
    ui::MainWindow window(session.get(), configPath);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        qFatal("the window is not exposed");
    }
    settle();
    const qint64 rssEmpty = rssKb();

    GateStore *store = session->store();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    double storeOnlyMs = 0;
    {
        GateStore alone;
        const Gates gates = firstPoll(now);
        QElapsedTimer t;
        t.start();
        alone.applySnapshot(QStringLiteral("bench"), gates);
        storeOnlyMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    Gates poll = firstPoll(now);
    const int total = static_cast<int>(poll.size());
    double firstApplyMs = 0;
    const double firstStall = longestStall(
        [&] {
            QElapsedTimer t;
            t.start();
            store->applySnapshot(QStringLiteral("bench"), poll);
            firstApplyMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
            poll.clear();
        },
        [&] { return window.model()->gateCount() == total; }, 1000);
    if (shownGates(window) != total) {
        qFatal("the window does not show every gate");
    }

    int added = 0;
    int removed = 0;
    int changed = 0;
    poll = secondPoll(now, &added, &removed, &changed);
    const int after = total + added - removed;
    double pollApplyMs = 0;
    const double pollStall = longestStall(
        [&] {
            QElapsedTimer t;
            t.start();
            store->applySnapshot(QStringLiteral("bench"), poll);
            pollApplyMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
            poll.clear();
        },
        [&] { return window.model()->gateCount() == after; }, 1000);
    if (shownGates(window) != after || store->size() != after) {
        qFatal("the window does not show the second poll's gates");
    }
    settle();
    const qint64 rss10k = rssKb();
#ifdef __GLIBC__
    // What of that is freed memory the allocator keeps (not a target figure: the application does not trim).
    malloc_trim(0);
    const qint64 rssTrimmed = rssKb();
#else
    const qint64 rssTrimmed = rss10k;
#endif

    // Idle: nothing changes for idleSeconds, with the top of the tree on screen (gates waiting for minutes:
    // their texts move every minute, the most often of any).
    window.tree()->scrollToTop();
    settle();
    TimerEventCounter timers;
    app.installEventFilter(&timers);
    qint64 wakeups = 0;
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake,
                     [&] { ++wakeups; });
    const qint64 switches0 = contextSwitches();
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    wakeups = 0;
    {
        QEventLoop loop;
        QTimer::singleShot(idleSeconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const qint64 switches = contextSwitches() - switches0;
    app.removeEventFilter(&timers);

    QTextStream out(stdout);
    out << "gates: " << total << "\n";
    out << "second_poll_added_removed_changed: " << added << " " << removed << " " << changed << "\n";
    out << "first_fill_max_stall_ms: " << QString::number(firstStall, 'f', 1) << "\n";
    out << "store_alone_first_fill_ms: " << QString::number(storeOnlyMs, 'f', 1) << "\n";
    out << "first_fill_apply_ms: " << QString::number(firstApplyMs, 'f', 1) << "\n";
    out << "poll_apply_ms: " << QString::number(pollApplyMs, 'f', 1) << "\n";
    out << "poll_max_stall_ms: " << QString::number(pollStall, 'f', 1) << "\n";
    out << "max_stall_ms: " << QString::number(std::max(firstStall, pollStall), 'f', 1) << "\n";
    out << "rss_empty_kb: " << rssEmpty << "\n";
    out << "rss_10k_kb: " << rss10k << "\n";
    out << "rss_ratio_10k: " << QString::number(double(rss10k) / double(rssEmpty), 'f', 2) << "\n";
    out << "rss_10k_after_malloc_trim_kb: " << rssTrimmed << "\n";
    out << "kb_per_gate: " << QString::number(double(rss10k - rssEmpty) / after, 'f', 2) << "\n";
    out << "idle_seconds: " << QString::number(seconds, 'f', 1) << "\n";
    out << "idle_cpu_pct: " << QString::number(100.0 * cpu / seconds, 'f', 3) << "\n";
    out << "wakeups_per_s: " << QString::number(double(wakeups) / seconds, 'f', 3) << "\n";
    out << "timer_events_per_s: " << QString::number(double(timers.count) / seconds, 'f', 3) << "\n";
    out << "ctx_switches_per_s: " << QString::number(double(switches) / seconds, 'f', 3) << "\n";
    return 0;
}
