// Benchmark: polling an organisation. The simulator's scale scenario (N CircleCI projects of 20 pipelines,
// the newest of every 50th waiting on a hold) answers every request after a set latency, over loopback, in
// this process; the real provider polls it twice: the first poll, with nothing known, then a steady one.
// Prints `name: value` lines:
//   first_poll_<N>_s, first_poll_requests   the first poll's time and requests
//   poll_<N>_s, steady_requests             a steady poll's
//   requests_ratio                          a steady poll's requests over the lower bound (one listing per
//                                           project plus two reads per unfinished pipeline)
// Arguments: [projects=500] [latency_ms=200] [first_poll_latency_ms=latency_ms].
#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "providers/circleci/circleciprovider.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <optional>

using namespace gl;

namespace {

struct Poll
{
    double seconds = 0;
    int requests = 0;
    std::size_t gates = 0;
};

Poll pollOnce(CircleCiProvider &provider, glsim::Simulator &sim)
{
    sim.clearRequests();
    std::optional<PollResult> result;
    QElapsedTimer timer;
    timer.start();
    provider.poll([&result](const PollResult &r) { result = r; });
    while (!result) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result->ok()) {
        qFatal("the poll failed: %s", qPrintable(result->error));
    }
    return {seconds, static_cast<int>(sim.requests().size()), result->gates.size()};
}

int argument(const QStringList &args, int index, int fallback)
{
    bool ok = false;
    const int value = args.value(index).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int projects = argument(args, 1, 500);
    const int latency = argument(args, 2, 200);
    const int firstLatency = argument(args, 3, latency);
    constexpr int kHoldEvery = 50;

    glsim::Simulator sim;
    if (const QString error = sim.loadScenario(glsim::Simulator::scaleScenario(projects, 20, kHoldEvery));
        !error.isEmpty()) {
        qFatal("%s", qPrintable(error));
    }
    if (sim.listenLocal() == 0) {
        qFatal("cannot listen");
    }
    ServerConfig server;
    server.name = QStringLiteral("scale");
    server.provider = QStringLiteral("circleci");
    server.url = sim.baseUrl();
    server.projects = glsim::Simulator::scaleProjects(projects);
    server.pollDeadlineS = 86400;
    HttpClient http;
    CircleCiProvider provider(server, sim.token(), &http);

    sim.setLatency(firstLatency);
    const Poll first = pollOnce(provider, sim);
    sim.setLatency(latency);
    const Poll steady = pollOnce(provider, sim);
    // One listing per project, and for each pipeline still waiting its workflows and their jobs.
    const int unfinished = projects / kHoldEvery;
    const int lowerBound = projects + 2 * unfinished;

    QTextStream out(stdout);
    out << "projects: " << projects << "\n"
        << "latency_ms: " << latency << "\n"
        << "first_poll_latency_ms: " << firstLatency << "\n"
        << "gates: " << steady.gates << "\n"
        << "first_poll_" << projects << "_s: " << QString::number(first.seconds, 'f', 2) << "\n"
        << "first_poll_requests: " << first.requests << "\n"
        << "poll_" << projects << "_s: " << QString::number(steady.seconds, 'f', 2) << "\n"
        << "steady_requests: " << steady.requests << "\n"
        << "requests_lower_bound: " << lowerBound << "\n"
        << "requests_ratio: " << QString::number(double(steady.requests) / lowerBound, 'f', 3) << "\n";
    return 0;
}
