// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Benchmark: one CircleCI workflow holding many approval jobs, polled through the real provider from the
// simulator over loopback (one page of jobs). A poll must cost time linear in the jobs: the figure is the
// time for ten times the jobs over ten times the time for the smaller count, run in the same process
// (1.0 is linear; a poll quadratic in the jobs gives about 10). Prints `name: value` lines.

#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "providers/circleci/circleciprovider.h"
#include "simulator.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace gl;
using gltest::json;

namespace {

QByteArray heldWorkflow(int holds)
{
    json build = gltest::job("build", "build", "success");
    build["stopped_at"] = "2026-11-30T10:00:00Z";
    json jobs = json::array({build});
    for (int i = 0; i < holds; ++i) {
        // Approval jobs carry no started_at: each hold's start is read from the job it waits on.
        json hold = {{"name", "hold-" + std::to_string(i)},
                     {"type", "approval"},
                     {"status", "on_hold"},
                     {"requires", json::array({"build"})}};
        jobs.push_back(std::move(hold));
    }
    json pipeline = gltest::pipeline(1, "main", json::array({gltest::workflow("release", "on_hold", jobs)}));
    json scenario = {{"token", "t0ken"},
                     {"projects", json::array({json{{"slug", "gh/acme/big"}, {"pipelines", {pipeline}}}})}};
    return QByteArray::fromStdString(scenario.dump());
}

// Seconds for one poll of a workflow with `holds` approval jobs on hold (the fastest of `runs`).
double pollSeconds(int holds, int runs)
{
    glsim::Simulator sim;
    if (const QString error = sim.loadScenario(heldWorkflow(holds)); !error.isEmpty()) {
        qFatal("%s", qPrintable(error));
    }
    sim.setPageSize(holds + 1);
    sim.listenLocal();
    ServerConfig server;
    server.name = QStringLiteral("bench");
    server.provider = QStringLiteral("circleci");
    server.url = sim.baseUrl();
    server.projects = {QStringLiteral("gh/acme/big")};
    HttpClient http;
    double best = 1e9;
    for (int run = 0; run < runs; ++run) {
        CircleCiProvider provider(server, QStringLiteral("t0ken"), &http);
        provider.setPageBodyBytes(http.maxBodyBytes()); // one page holds every job
        std::optional<PollResult> result;
        QElapsedTimer timer;
        timer.start();
        provider.poll([&result](const PollResult &r) { result = r; });
        while (!result) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
        if (!result->ok() || result->gates.size() != size_t(holds)) {
            qFatal("the poll of %d holds gave %zu gates: %s", holds, result->gates.size(),
                   qPrintable(result->error));
        }
    }
    return best;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kSmall = 4000;
    constexpr int kLarge = 40000; // ten times; its page of jobs stays under the 16 MiB body cap
    const double small = pollSeconds(kSmall, 3);
    const double large = pollSeconds(kLarge, 2);
    const double scaling = large / (10.0 * small);
    QTextStream out(stdout);
    out << "circleci_holds_small: " << kSmall << "\n";
    out << "circleci_holds_small_s: " << QString::number(small, 'f', 3) << "\n";
    out << "circleci_holds_large: " << kLarge << "\n";
    out << "circleci_holds_large_s: " << QString::number(large, 'f', 3) << "\n";
    out << "circleci_us_per_hold_large: " << QString::number(large / kLarge * 1e6, 'f', 1) << "\n";
    out << "circleci_holds_scaling: " << QString::number(scaling, 'f', 2) << "\n";
    out << "peak_rss_mb_with_simulator: " << QString::number(peakRssMb(), 'f', 0) << "\n";
    return 0;
}
