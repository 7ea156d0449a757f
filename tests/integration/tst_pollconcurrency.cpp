// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// How many requests a poll keeps in flight, at every vendor: the vendor's limit (32 at CircleCI, 24 at
// GitLab, more than the six connections Qt opens to a host per access manager; six at GitHub and Jenkins)
// while the server keeps up, two once it has said it rate limits us; and a poll whose projects are read side
// by side still says its errors in the configuration's order. Against the simulator's scale scenario, with
// latency, over loopback.

#include "config/credentialstore.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using gltest::json;

namespace {

constexpr int kProjects = 48;
constexpr int kHoldEvery = 4; // p4, p8, p12 … wait

// The path of a project's first listing at each vendor, as the simulator records it (decoded).
QString listingPath(const QString &vendor, const QString &project)
{
    if (vendor == QLatin1String("circleci")) {
        return QStringLiteral("/project/") + project + QStringLiteral("/pipeline");
    }
    if (vendor == QLatin1String("gitlab")) {
        return QStringLiteral("/projects/") + project + QStringLiteral("/deployments");
    }
    if (vendor == QLatin1String("github")) {
        return QStringLiteral("/repos/") + project + QStringLiteral("/actions/runs");
    }
    return QStringLiteral("/job/") + QString(project).replace(u'/', QStringLiteral("/job/")) +
           QStringLiteral("/wfapi/runs");
}

} // namespace

class TestPollConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_dir.isValid());
        qputenv("GL_SCALE_TOKEN", "sim-token");
        QVERIFY(m_sim.loadScenario(glsim::Simulator::scaleScenario(kProjects, 3, kHoldEvery)).isEmpty());
    }

    void init()
    {
        m_sim.clearFaults();
        m_sim.clearRequests();
        m_sim.setLatency(0);
    }

    void cleanup()
    {
        m_sim.setLatency(0);
        m_session.reset();
    }

    void aPollKeepsTheVendorsLimitInFlight_data() { vendors(); }
    void aPollKeepsTheVendorsLimitInFlight()
    {
        QFETCH(QString, vendor);
        open(vendor);
        m_sim.setLatency(40);
        m_sim.resetMaxHeldBack();
        const auto result = poll();
        m_sim.setLatency(0);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(result->gates.size(), std::size_t(kProjects / kHoldEvery));
        QCOMPARE(m_sim.maxHeldBack(), limitOf(vendor));
    }

    // Once the server answers 429, the rest of the poll keeps two requests in flight, not the vendor's limit
    // L, whichever project sends them. The refused request had at most L - 1 others in flight with it; each
    // of those may send its next before the refusal is known, so from the (2L - 1)th request after it on,
    // every request finds at most one other answer held back.
    void aRateLimitedPollKeepsFewerRequestsInFlight_data() { vendors(); }
    void aRateLimitedPollKeepsFewerRequestsInFlight()
    {
        QFETCH(QString, vendor);
        open(vendor);
        const QString listing =
            listingPath(vendor, glsim::Simulator::scaleProjects(kProjects, vendor).first());
        const auto result = pollRefusedOnceAt(listing, "1");
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(result->gates.size(), std::size_t(kProjects / kHoldEvery));
        const auto &requests = m_sim.requests();
        const qsizetype refused = firstRequestTo(listing);
        QVERIFY(refused >= 0);
        const qsizetype from = refused + 2 * limitOf(vendor) - 1;
        QVERIFY2(requests.size() - from >= 10, qPrintable(QString::number(requests.size() - from)));
        for (qsizetype i = from; i < requests.size(); ++i) {
            QVERIFY2(requests[i].heldBack <= 1, qPrintable(QString::number(i) + u' ' + requests[i].path));
        }
    }

    // Retry-After holds the whole poll, not only the refused request: from shortly after the 429 (the
    // requests already sent, and those sent before its answer came, excepted) until the wait has passed, the
    // server receives nothing from this poll; then the poll goes on and reads everything.
    void aRetryAfterHoldsEveryRequestOfThePoll_data() { vendors(); }
    void aRetryAfterHoldsEveryRequestOfThePoll()
    {
        QFETCH(QString, vendor);
        open(vendor);
        const QString listing =
            listingPath(vendor, glsim::Simulator::scaleProjects(kProjects, vendor).first());
        const auto result = pollRefusedOnceAt(listing, "2");
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(result->gates.size(), std::size_t(kProjects / kHoldEvery));
        const auto &requests = m_sim.requests();
        const qsizetype refused = firstRequestTo(listing);
        QVERIFY(refused >= 0);
        const QDateTime refusedAt = requests[refused].time;
        qint64 during = 0;
        qint64 after = 0;
        for (qsizetype i = refused + 1; i < requests.size(); ++i) {
            const qint64 ms = refusedAt.msecsTo(requests[i].time);
            if (ms > 400 && ms < 1900) {
                ++during;
                qWarning() << "sent during the wait:" << ms << requests[i].path;
            } else if (ms >= 1900) {
                ++after;
            }
        }
        QCOMPARE(during, 0);
        QVERIFY2(after > 10, qPrintable(QString::number(after)));
    }

    // A 429 whose wait is longer than the client takes ends the poll's reading: nothing more is sent, and
    // every project not yet read fails with the server's answer and keeps its gates, stale.
    void aLongRetryAfterStopsThePollsRequests_data() { vendors(); }
    void aLongRetryAfterStopsThePollsRequests()
    {
        QFETCH(QString, vendor);
        open(vendor);
        const QStringList projects = glsim::Simulator::scaleProjects(kProjects, vendor);
        const QString listing = listingPath(vendor, projects.first());
        const auto result = pollRefusedOnceAt(listing, "7200");
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->retryAfterSeconds, std::optional<int>(7200));
        QVERIFY(result->unreadProjects.contains(projects.first()));
        // Of the requests sent after the refused one (asserted below), none can have finished more than one
        // project each.
        QVERIFY2(result->unreadProjects.size() >= kProjects - (2 * limitOf(vendor) - 1),
                 qPrintable(result->unreadProjects.join(u' ')));
        QVERIFY2(result->error.contains(QLatin1String("429")), qPrintable(result->error));
        const auto &requests = m_sim.requests();
        const qsizetype refused = firstRequestTo(listing);
        QVERIFY(refused >= 0);
        // The L - 1 in flight with the refused request, and what each of them sent before the refusal was
        // known.
        QVERIFY2(requests.size() - refused <= 2 * limitOf(vendor) - 1,
                 qPrintable(QString::number(requests.size() - refused)));
    }

    // Projects read side by side fail in any order; the poll says them in the configuration's order. Here the
    // third project's answer comes last.
    void errorsAreSaidInTheConfigurationsOrder_data() { vendors(); }
    void errorsAreSaidInTheConfigurationsOrder()
    {
        QFETCH(QString, vendor);
        open(vendor);
        const QStringList projects = glsim::Simulator::scaleProjects(kProjects, vendor);
        glsim::Fault slow;
        slow.path = listingPath(vendor, projects[2]);
        slow.status = 500;
        slow.delayMs = 300;
        m_sim.addFault(slow);
        glsim::Fault fast;
        fast.path = listingPath(vendor, projects[6]);
        fast.status = 500;
        m_sim.addFault(fast);
        const auto result = poll();
        QVERIFY(result.has_value());
        QCOMPARE(result->unreadProjects, (QStringList{projects[2], projects[6]}));
        const QStringList lines = result->error.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("project %1:").arg(projects[2])), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("project %1:").arg(projects[6])), qPrintable(lines[1]));
        // The other projects were read, in order: one gate each in p4, p8, p12 …
        QCOMPARE(result->gates.size(), std::size_t(kProjects / kHoldEvery));
        QVERIFY(result->gates[0].scope.endsWith(QLatin1String("scale/p4")));
        QVERIFY(result->gates[2].scope.endsWith(QLatin1String("scale/p12")));
    }

private:
    static int limitOf(const QString &vendor) { return providerType(vendor)->maxInFlight; }

    static void vendors()
    {
        QTest::addColumn<QString>("vendor");
        for (const char *vendor : {"circleci", "gitlab", "github", "jenkins"}) {
            QTest::newRow(vendor) << QString::fromLatin1(vendor);
        }
    }

    void open(const QString &vendor)
    {
        QUrl url = m_sim.baseUrl();
        if (vendor == QLatin1String("github")) {
            url.setPath(QStringLiteral("/api/v3"));
        } else if (vendor == QLatin1String("jenkins")) {
            url.setPath(QStringLiteral("/jenkins"));
        }
        json config = json::parse(gltest::configFor(url, glsim::Simulator::scaleProjects(kProjects, vendor),
                                                    "GL_SCALE_TOKEN", QStringLiteral("scale"),
                                                    vendor.toLatin1().constData())
                                      .toStdString());
        if (vendor == QLatin1String("jenkins")) {
            config["servers"][0]["user"] = "admin";
        }
        const QString path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(path, QByteArray::fromStdString(config.dump())));
        auto loaded = loadConfig(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().message));
        m_session = Session::open(*loaded, m_credentials, m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(m_session->setupErrors().isEmpty());
        m_sim.clearRequests();
    }

    // A poll at 40 ms a request whose first request to `path` is answered 429 with that Retry-After.
    std::optional<PollResult> pollRefusedOnceAt(const QString &path, const QByteArray &retryAfter)
    {
        glsim::Fault limited;
        limited.path = path;
        limited.status = 429;
        limited.retryAfter = retryAfter;
        m_sim.addFault(limited);
        m_sim.setLatency(40);
        auto result = poll();
        m_sim.setLatency(0);
        return result;
    }

    // The index of the first request the simulator received to `path`, or -1.
    qsizetype firstRequestTo(const QString &path) const
    {
        const auto &requests = m_sim.requests();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests[i].path.endsWith(path)) {
                return i;
            }
        }
        return -1;
    }

    std::optional<PollResult> poll()
    {
        auto result = std::make_shared<std::optional<PollResult>>(); // outlives a failed wait
        m_session->providers().front()->poll([result](const PollResult &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 30000);
        return *result;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    std::unique_ptr<Session> m_session;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPollConcurrency)
#include "tst_pollconcurrency.moc"
