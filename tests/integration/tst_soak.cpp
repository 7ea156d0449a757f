// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The soak test (ctest label "soak"): four servers, one per vendor, each its own simulator on loopback in
// soak mode, a fifth of whose answers fail at random (500, 502, 503, 429 with Retry-After, reset, truncated
// and HTML bodies), polled by the application's own Session and Poller for 1,000 poll cycles on a manual
// clock. Throughout: no gate is lost or appears twice, in the store or in the window's model and proxy; a
// poll that read everything leaves nothing stale; no request leaves for a server before the Retry-After it
// last answered has passed; and the memory does not grow.

#include "clock.h"
#include "config/credentialstore.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "net/httpclient.h"
#include "poller.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <array>
#include <malloc.h>
#include <map>
#include <unistd.h>

using namespace gl;
using gltest::json;

namespace {

constexpr int kCycles = 1000;    // polls of every server
constexpr int kWarmCycles = 100; // memory is measured from here on
constexpr int kProjects = 6;
constexpr int kHoldEvery = 2;
constexpr double kFaultRate = 0.2;
constexpr int kRetryAfterS = 3;
constexpr int kQuietMs = 30; // no request started for this long: the polls wait on the clock
constexpr std::array<const char *, 4> kVendors{"circleci", "gitlab", "github", "jenkins"};

// The heap in use (glibc's count): beside the RSS, which also holds what the allocator keeps for reuse.
std::size_t heapBytes()
{
    return mallinfo2().uordblks;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Clock::setInstance(&m_clock);
        QVERIFY(m_dir.isValid());
        qputenv("GL_SCALE_TOKEN", "sim-token");
        json servers = json::array();
        for (std::size_t i = 0; i < kVendors.size(); ++i) {
            const QString vendor = QString::fromLatin1(kVendors[i]);
            glsim::Simulator &sim = m_sims[i];
            QVERIFY(sim.listenLocal() != 0);
            QVERIFY(sim.loadScenario(glsim::Simulator::scaleScenario(kProjects, 3, kHoldEvery)).isEmpty());
            QUrl url = sim.baseUrl();
            if (vendor == QLatin1String("github")) {
                url.setPath(QStringLiteral("/api/v3"));
            } else if (vendor == QLatin1String("jenkins")) {
                url.setPath(QStringLiteral("/jenkins"));
            }
            json server =
                json::parse(gltest::configFor(url, glsim::Simulator::scaleProjects(kProjects, vendor),
                                              "GL_SCALE_TOKEN", vendor, kVendors[i])
                                .toStdString())["servers"][0];
            server["poll_interval_s"] = 5;
            if (vendor == QLatin1String("jenkins")) {
                server["user"] = "admin";
            }
            servers.push_back(server);
            m_serverOfPort.insert(sim.baseUrl().port(), vendor);
        }
        const QString path = m_dir.filePath(QStringLiteral("servers.json"));
        QVERIFY(gltest::writeFile(path, QByteArray::fromStdString(json{{"servers", servers}}.dump())));
        auto loaded = loadConfig(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().message));
        m_session = Session::open(*loaded, m_credentials, m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(m_session->setupErrors().isEmpty());
        m_model.setStore(m_session->store());
        m_proxy.setSourceModel(&m_model);
        connect(m_session->http(), &HttpClient::requestStarted, this, &TestSoak::onRequestStarted);
        connect(m_session->poller(), &Poller::pollFinished, this, &TestSoak::onPollFinished);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        Clock::setInstance(nullptr);
    }

    void thousandPollCyclesAtAFifthFaultedLoseNothing()
    {
        // What the servers hold, read without faults: the truth every later poll is held to.
        m_session->poller()->start();
        runUntil([this] {
            for (const char *vendor : kVendors) {
                if (m_session->store()->health(QString::fromLatin1(vendor)).state != ServerState::Polled) {
                    return false;
                }
            }
            return true;
        });
        for (const char *v : kVendors) {
            const QString vendor = QString::fromLatin1(v);
            for (const Gate &g : m_session->store()->gates(vendor)) {
                m_truth[vendor].insert(g.id);
            }
            QVERIFY2(!m_truth[vendor].isEmpty(), v);
        }
        QCOMPARE(m_truth[QStringLiteral("gitlab")].size(), kProjects / kHoldEvery);
        QCOMPARE(m_truth[QStringLiteral("jenkins")].size(), kProjects / kHoldEvery);
        QCOMPARE(m_polls.size(), 0); // not counted before the soak starts

        for (std::size_t i = 0; i < m_sims.size(); ++i) {
            m_sims[i].clearRequests();
            m_sims[i].setSoak({kFaultRate, quint32(1000 + i), kRetryAfterS, 0});
        }
        m_soaking = true;
        qint64 rssWarm = -1;
        std::size_t heapWarm = 0;
        runUntil([&] {
            for (glsim::Simulator &sim : m_sims) {
                sim.clearRequests(); // the simulator's record of requests would otherwise grow all along
            }
            if (rssWarm < 0 && fewestPolls() >= kWarmCycles) {
                rssWarm = residentBytes();
                heapWarm = heapBytes();
            }
            return !m_failure.isEmpty() || fewestPolls() >= kCycles;
        });
        const qint64 rssEnd = residentBytes();
        const std::size_t heapEnd = heapBytes();
        m_soaking = false;

        int faults = 0;
        QStringList kinds;
        for (const glsim::Simulator &sim : m_sims) {
            const auto c = sim.soakCounts();
            faults += c.total;
            kinds << QStringLiteral("500:%1 502:%2 503:%3 429:%4 reset:%5 truncated:%6 html:%7")
                         .arg(c.status500)
                         .arg(c.status502)
                         .arg(c.status503)
                         .arg(c.status429)
                         .arg(c.reset)
                         .arg(c.truncated)
                         .arg(c.html);
        }
        int polls = 0;
        int failed = 0;
        for (auto it = m_polls.cbegin(); it != m_polls.cend(); ++it) {
            polls += it.value();
            failed += m_failedPolls.value(it.key());
        }
        qInfo("soak: %d polls (%d failed), %lld requests, %d faults [%s], %d refusals with Retry-After, "
              "%.1f days on the clock; after %d and %d cycles RSS %.2f and %.2f MB, heap in use %.2f and "
              "%.2f MB",
              polls, failed, m_requestCount, faults, qPrintable(kinds.join(QStringLiteral(" | "))),
              m_refusals, double(m_soakStart.secsTo(m_clock.now())) / 86400.0, kWarmCycles, kCycles,
              double(rssWarm) / 1e6, double(rssEnd) / 1e6, double(heapWarm) / 1e6, double(heapEnd) / 1e6);

        QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
        QVERIFY(fewestPolls() >= kCycles);
        // The faults did happen, and some polls got through whole and some did not.
        QVERIFY2(m_refusals > 50, qPrintable(QString::number(m_refusals)));
        QVERIFY2(failed > polls / 10 && failed < polls,
                 qPrintable(QStringLiteral("%1/%2").arg(failed).arg(polls)));
        QVERIFY2(m_requestCount > 0 && faults > m_requestCount / 10, qPrintable(QString::number(faults)));
        QVERIFY(rssWarm > 0 && rssEnd > 0);
        QVERIFY2(double(rssEnd) < double(rssWarm) * 1.05,
                 qPrintable(QStringLiteral("RSS grew from %1 to %2 bytes").arg(rssWarm).arg(rssEnd)));
    }

private:
    // Every request, as the client sends it: none to a server whose last 429 asked to wait longer. Its
    // answer, when a 429, says until when.
    void onRequestStarted(QNetworkReply *reply)
    {
        const QString server = m_serverOfPort.value(reply->url().port());
        if (m_soaking) {
            ++m_requestCount;
            if (m_soakStart.isNull()) {
                m_soakStart = m_clock.now();
            }
            const QDateTime until = m_refusedUntil.value(server);
            if (until.isValid() && m_clock.now() < until && m_failure.isEmpty()) {
                m_failure = QStringLiteral("%1: %2 sent %3 ms before the Retry-After had passed")
                                .arg(server, reply->url().path())
                                .arg(m_clock.now().msecsTo(until));
            }
        }
        ++m_activity;
        ++m_outstanding;
        QPointer<QNetworkReply> guarded(reply);
        connect(reply, &QNetworkReply::finished, this, [this, guarded, server] {
            ++m_activity;
            if (--m_outstanding == 0 && m_check.isActive()) {
                m_check.start(1); // nothing on the wire: look again as soon as what it set off has run
            }
            if (!guarded || guarded->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 429) {
                return;
            }
            bool ok = false;
            const int seconds = guarded->rawHeader("Retry-After").toInt(&ok);
            if (ok && m_soaking) {
                ++m_refusals;
                const QDateTime until = m_clock.now().addSecs(seconds);
                m_refusedUntil[server] = std::max(m_refusedUntil.value(server), until);
            }
        });
    }

    // After every poll: the server's gates in the store are exactly the ones it holds (stale or not),
    // a poll that read everything left none stale, and the model and its proxy show each gate once.
    void onPollFinished(const QString &server, bool ok)
    {
        ++m_activity;
        if (!m_soaking || !m_failure.isEmpty()) {
            return;
        }
        ++m_polls[server];
        if (!ok) {
            ++m_failedPolls[server];
        }
        const GateStore *store = m_session->store();
        QSet<QString> held;
        for (const Gate &g : store->gates(server)) {
            held.insert(g.id);
        }
        const QString poll = QStringLiteral("%1, poll %2: ").arg(server).arg(m_polls[server]);
        if (held != m_truth.value(server)) {
            const QSet<QString> lost = m_truth.value(server) - held;
            const QSet<QString> extra = held - m_truth.value(server);
            m_failure = poll + QStringLiteral("lost %1, extra %2")
                                   .arg(QStringList(lost.cbegin(), lost.cend()).join(u' '),
                                        QStringList(extra.cbegin(), extra.cend()).join(u' '));
            return;
        }
        const ServerHealth health = store->health(server);
        if (ok != (health.state == ServerState::Polled) || (ok && store->staleCount(server) != 0)) {
            m_failure = poll + QStringLiteral("ok %1, state %2, %3 stale")
                                   .arg(ok)
                                   .arg(int(health.state))
                                   .arg(store->staleCount(server));
            return;
        }
        if (!ok && health.error.isEmpty()) {
            m_failure = poll + QStringLiteral("failed without saying why");
            return;
        }
        QStringList shown;
        collectGates(m_proxy, QModelIndex(), shown);
        const QSet<QString> unique(shown.cbegin(), shown.cend());
        if (shown.size() != store->size() || unique.size() != shown.size()) {
            m_failure = poll + QStringLiteral("the window shows %1 gate rows (%2 different) for %3 gates")
                                   .arg(shown.size())
                                   .arg(unique.size())
                                   .arg(store->size());
        }
    }

    static void collectGates(const QAbstractItemModel &model, const QModelIndex &parent, QStringList &out)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const QString id = index.data(ui::GateTreeModel::GateIdRole).toString();
            if (!id.isEmpty()) {
                out.append(id);
            }
            collectGates(model, index, out);
        }
    }

    int fewestPolls() const
    {
        int fewest = std::numeric_limits<int>::max();
        for (const char *vendor : kVendors) {
            fewest = std::min(fewest, m_polls.value(QString::fromLatin1(vendor)));
        }
        return fewest;
    }

    bool idle() const
    {
        for (const char *vendor : kVendors) {
            if (m_session->poller()->polling(QString::fromLatin1(vendor))) {
                return false;
            }
        }
        return true;
    }

    // Runs the event loop while requests come and go; once every server is idle, or nothing has been sent
    // or answered for a while (1 ms with no request on the wire, kQuietMs with some: the polls wait on the
    // clock, for a Retry-After or the next poll), moves the clock to the next timer's deadline. Until done()
    // says so.
    template <typename Done> void runUntil(Done done)
    {
        while (!done()) {
            if (!idle()) {
                QEventLoop loop;
                m_check.setSingleShot(true);
                quint64 seen = m_activity;
                const auto check = connect(&m_check, &QTimer::timeout, &loop, [&] {
                    if (m_activity == seen) {
                        loop.quit();
                    } else {
                        seen = m_activity;
                        m_check.start(m_outstanding == 0 ? 1 : kQuietMs);
                    }
                });
                const auto finished = connect(m_session->poller(), &Poller::pollFinished, &loop, [&] {
                    if (idle()) {
                        loop.quit();
                    }
                });
                m_check.start(m_outstanding == 0 ? 1 : kQuietMs);
                loop.exec();
                m_check.stop();
                disconnect(check);
                disconnect(finished);
                if (done()) {
                    break;
                }
            }
            const QDateTime next = m_clock.nextDeadline();
            QVERIFY2(next.isValid(), "nothing left to wait for");
            m_clock.advance(std::chrono::milliseconds(std::max<qint64>(1, m_clock.now().msecsTo(next))));
        }
    }

    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
    std::array<glsim::Simulator, 4> m_sims;
    QHash<int, QString> m_serverOfPort;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    std::unique_ptr<Session> m_session;
    ui::GateTreeModel m_model;
    ui::GateFilterProxy m_proxy;

    bool m_soaking = false;
    QDateTime m_soakStart;
    QHash<QString, QSet<QString>> m_truth;
    QHash<QString, int> m_polls;
    QHash<QString, int> m_failedPolls;
    QHash<QString, QDateTime> m_refusedUntil;
    qint64 m_requestCount = 0;
    int m_refusals = 0;
    quint64 m_activity = 0; // requests started and finished, polls finished
    int m_outstanding = 0;  // requests started and not finished
    QTimer m_check;
    QString m_failure; // the first thing that went wrong
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
