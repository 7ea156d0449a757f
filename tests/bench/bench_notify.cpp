// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Benchmark: from a gate appearing in the simulator to the Notify call reaching the notification daemon
// (a stand-in on a real session bus), through the poller, provider, store and notifier. The budget is the
// poll interval plus one second. Prints `name: value` lines. Starts its own bus with dbus-run-session
// when none is set.

#include "config/serverconfig.h"
#include "fakenotificationserver.h"
#include "gatestore.h"
#include "net/httpclient.h"
#include "notifications.h"
#include "poller.h"
#include "providers/circleci/circleciprovider.h"
#include "simulator.h"
#include "testsupport.h"

#include <QApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace gl;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return QProcess::execute(QStringLiteral("dbus-run-session"),
                                 {QStringLiteral("--"), QString::fromLocal8Bit(argv[0])});
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int kIntervalS = 3;
    constexpr int kSamples = 6;

    glsim::Simulator sim;
    sim.loadScenario(gltest::basicScenario());
    sim.listenLocal();
    FakeNotificationServer daemon;
    if (!daemon.start()) {
        qFatal("cannot register the stand-in notification daemon");
    }
    ServerConfig server;
    server.name = QStringLiteral("bench");
    server.provider = QStringLiteral("circleci");
    server.url = sim.baseUrl();
    server.projects = {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")};
    server.pollIntervalS = kIntervalS;
    HttpClient http;
    CircleCiProvider provider(server, QStringLiteral("t0ken"), &http);
    GateStore store;
    Poller poller(&store);
    poller.addServer(&provider, kIntervalS);
    ui::DBusNotificationSink sink;
    ui::Notifier notifier(&store, &sink);
    poller.start();
    if (!QTest::qWaitFor([&] { return daemon.notifications.size() == 1; }, 10000)) {
        qFatal("the first poll did not notify");
    }

    std::vector<qint64> latencies;
    for (int i = 0; i < kSamples; ++i) {
        QTest::qWait(QRandomGenerator::global()->bounded(kIntervalS * 1000)); // any moment of the cycle
        const qsizetype before = daemon.notifications.size();
        const qint64 appeared = daemon.now();
        sim.addHeldPipeline();
        if (!QTest::qWaitFor([&] { return daemon.notifications.size() > before; }, (kIntervalS + 5) * 1000)) {
            qFatal("no notification within the interval plus 5 s");
        }
        latencies.push_back(daemon.notifications.last().receivedMs - appeared);
    }
    std::sort(latencies.begin(), latencies.end());
    const qint64 budget = kIntervalS * 1000 + 1000;
    QTextStream out(stdout);
    out << "poll_interval_ms: " << kIntervalS * 1000 << "\n";
    out << "samples: " << kSamples << "\n";
    out << "latency_median_ms: " << latencies[latencies.size() / 2] << "\n";
    out << "latency_max_ms: " << latencies.back() << "\n";
    out << "budget_ms: " << budget << "\n";
    out << "latency_max_over_budget: " << QString::number(double(latencies.back()) / double(budget), 'f', 2)
        << "\n";
    return latencies.back() <= budget ? 0 : 1;
}
