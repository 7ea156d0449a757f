// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The simulator's own promises (README, "The simulator"), over loopback HTTP as a client sees them: the
// authentication schemes it accepts and the /_sim/ control endpoints a standalone run is driven with.
// These test the test server, not Greenlight; they keep the other tests honest.

#include "simulator.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using gltest::json;

namespace {

struct Answer
{
    int status = 0;
    json body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray retryAfter;
};

// JSON as text, for QCOMPARE to print.
QString text(const json &value)
{
    return QString::fromStdString(value.dump());
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.listenLocal() != 0); }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty()); // token "t0ken"
        m_sim.clearFaults();
        m_sim.clearRequests();
        m_sim.setSoak({});
    }

    // A scenario with a field of the wrong type is an error, not an uncaught exception.
    void aBadScenarioIsAnErrorNotAThrow_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::addRow("page_size a string") << QByteArray("{\"page_size\":\"x\"}");
        QTest::addRow("me a number") << QByteArray("{\"me\":5}");
        QTest::addRow("pipelines an object")
            << QByteArray("{\"projects\":[{\"slug\":\"gh/a/b\",\"pipelines\":{\"x\":1}}]}");
        QTest::addRow("number a string")
            << QByteArray("{\"projects\":[{\"slug\":\"gh/a/b\",\"pipelines\":[{\"number\":\"x\"}]}]}");
    }

    void aBadScenarioIsAnErrorNotAThrow()
    {
        QFETCH(QByteArray, scenario);
        glsim::Simulator sim;
        QString error;
        try {
            error = sim.loadScenario(scenario);
        } catch (...) {
            QFAIL("loadScenario threw");
        }
        QVERIFY2(error.startsWith(QLatin1String("scenario")), qPrintable(error));
    }

    // GitLab paths with a project and nothing after it, for every verb: an answer, never a read past the
    // path's end.
    void gitlabShortPathsAreAnswered()
    {
        QVERIFY(m_sim.loadScenario(gltest::gitlabScenario()).isEmpty());
        const QList<QPair<QByteArray, QByteArray>> token{{"PRIVATE-TOKEN", "gl-t0ken"}};
        for (const QByteArray verb : {"GET", "POST", "PUT", "DELETE"}) {
            for (const QString &path : {u"/api/v4/projects/1"_s, u"/api/v4/projects"_s, u"/api/v4/"_s,
                                        u"/api/v4/projects/1/"_s, u"/api/v4/x"_s}) {
                const Answer a = call(verb, path, "{}", token);
                QVERIFY2(a.status >= 200 && a.status < 500, qPrintable(verb + ' ' + path));
            }
        }
        QCOMPARE(call("POST", u"/api/v4/projects/1"_s, "{}", token).status, 404);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("Bearer") << QByteArray("Authorization") << QByteArray("Bearer t0ken") << 200;
        QTest::newRow("Bearer, wrong token")
            << QByteArray("Authorization") << QByteArray("Bearer t0ke") << 401;
        QTest::newRow("Circle-Token") << QByteArray("Circle-Token") << QByteArray("t0ken") << 200;
        QTest::newRow("Circle-Token, wrong") << QByteArray("Circle-Token") << QByteArray("token") << 401;
        QTest::newRow("PRIVATE-TOKEN") << QByteArray("PRIVATE-TOKEN") << QByteArray("t0ken") << 200;
        QTest::newRow("basic, token as user, empty password")
            << QByteArray("Authorization") << "Basic " + QByteArray("t0ken:").toBase64() << 200;
        QTest::newRow("basic, token alone")
            << QByteArray("Authorization") << "Basic " + QByteArray("t0ken").toBase64() << 200;
        QTest::newRow("basic, wrong user")
            << QByteArray("Authorization") << "Basic " + QByteArray("x:t0ken").toBase64() << 401;
        QTest::newRow("none") << QByteArray() << QByteArray() << 401;
    }

    void authentication()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        const Answer a = call("GET", u"/api/v2/project/gh/acme/api/pipeline"_s, {}, {{header, value}});
        QCOMPARE(a.status, status);
        if (status == 200) {
            QCOMPARE(a.body["items"].size(), std::size_t(3));
        } else {
            QCOMPARE(text(a.body["message"]), text(json("You must log in first.")));
        }
    }

    // POST /_sim/faults adds, DELETE removes them all; a bad fault list is refused with the reason.
    void faultsAreAddedAndClearedOverHttp()
    {
        const QString pipelines = u"/api/v2/project/gh/acme/api/pipeline"_s;
        Answer a = call("POST", u"/_sim/faults"_s, R"([{"path":"/pipeline","status":503,"times":-1}])");
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body["faults"]), text(json(1)));
        QCOMPARE(call("GET", pipelines).status, 503);
        QCOMPARE(call("GET", pipelines).status, 503);
        a = call("DELETE", u"/_sim/faults"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(call("GET", pipelines).status, 200);

        a = call("POST", u"/_sim/faults"_s, R"([{"path":"/pipeline","status":"soon"}])");
        QCOMPARE(a.status, 400);
        QCOMPARE(text(a.body["message"]), text(json("faults[0].status: expected an integer")));
        QCOMPARE(call("GET", pipelines).status, 200); // nothing was added
    }

    // GET /_sim/requests lists what was served and how it was authorised; DELETE empties it. Control
    // requests are not recorded.
    void requestsAreListedAndClearedOverHttp()
    {
        QCOMPARE(call("GET", u"/api/v2/project/gh/acme/web/pipeline"_s).status, 200);
        QCOMPARE(call("GET", u"/api/v2/me"_s, {}, {{"Circle-Token", "t0ken"}}).status, 200);
        Answer a = call("GET", u"/_sim/requests"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body["count"]), text(json(2)));
        QCOMPARE(text(a.body["requests"][0]["path"]), text(json("/api/v2/project/gh/acme/web/pipeline")));
        QCOMPARE(text(a.body["requests"][0]["authorized_with"]), text(json("Bearer")));
        QCOMPARE(text(a.body["requests"][1]["method"]), text(json("GET")));
        QCOMPARE(text(a.body["requests"][1]["authorized_with"]), text(json("Circle-Token")));
        QCOMPARE(call("DELETE", u"/_sim/requests"_s).status, 200);
        a = call("GET", u"/_sim/requests"_s);
        QCOMPARE(text(a.body["count"]), text(json(0)));
        QCOMPARE(m_sim.requests().size(), 0);
    }

    // POST /_sim/holds adds one pipeline held for approval, which the API then serves.
    void holdsAreAddedOverHttp()
    {
        const int before = m_sim.heldApprovalCount();
        QCOMPARE(before, 3); // basicScenario: hold, approve-eu, approve-us
        const Answer a = call("POST", u"/_sim/holds"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body["held"]), text(json(before + 1)));
        QCOMPARE(m_sim.heldApprovalCount(), before + 1);
        QCOMPARE(call("GET", u"/_sim/nothing"_s).status, 404);
    }

    // The scale scenario: N projects of 20 pipelines, the newest of every 50th waiting on a hold.
    void theScaleScenarioServesEveryProject()
    {
        QVERIFY(m_sim.loadScenario(glsim::Simulator::scaleScenario(100, 20, 50)).isEmpty());
        const QList<QPair<QByteArray, QByteArray>> auth = {{"Circle-Token", "sim-token"}};
        Answer a = call("GET", u"/api/v2/project/gh/scale/p100/pipeline"_s, {}, auth);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body["items"].size(), std::size_t(20));
        QCOMPARE(a.body["items"][0]["number"].get<int>(), 20); // newest first
        const std::string held = a.body["items"][0]["id"].get<std::string>();
        a = call("GET", u"/api/v2/pipeline/"_s + QString::fromStdString(held) + u"/workflow"_s, {}, auth);
        QCOMPARE(text(a.body["items"][0]["status"]), text(json("on_hold")));
        a = call("GET", u"/api/v2/project/gh/scale/p99/pipeline"_s, {}, auth);
        const std::string quiet = a.body["items"][0]["id"].get<std::string>();
        a = call("GET", u"/api/v2/pipeline/"_s + QString::fromStdString(quiet) + u"/workflow"_s, {}, auth);
        QCOMPARE(text(a.body["items"][0]["status"]), text(json("success")));
        QCOMPARE(call("GET", u"/api/v2/project/gh/scale/p101/pipeline"_s, {}, auth).status, 404);
    }

    // Latency holds every answer back: a client that waits less than it gives up (the answer comes
    // later); without it, the same request is answered.
    void latencyHoldsEveryAnswerBack()
    {
        m_sim.setLatency(5000);
        m_nam.setTransferTimeout(300);
        const Answer late = call("GET", u"/api/v2/project/gh/acme/api/pipeline"_s);
        m_sim.setLatency(0);
        m_nam.setTransferTimeout(0);
        QCOMPARE(late.status, 0);             // timed out, no answer
        QCOMPARE(m_sim.requests().size(), 1); // it was received
        QCOMPARE(call("GET", u"/api/v2/project/gh/acme/api/pipeline"_s).status, 200);
    }

    // Soak mode at 0.2: about a fifth of 1000 requests faulted, every kind of fault among them, each as an
    // explicit fault of its kind answers; its counts agree with the requests it recorded.
    void soakModeFaultsAboutTheRateItIsSet()
    {
        m_sim.setSoak({0.2, 7, 1, 5});
        QCOMPARE(m_sim.soak().rate, 0.2);
        QCOMPARE(m_sim.soak().seed, quint32(7));
        const QString pipelines = u"/api/v2/project/gh/acme/api/pipeline"_s;
        for (int i = 0; i < 1000; ++i) {
            const qsizetype before = m_sim.requests().size();
            const Answer a = call("GET", pipelines);
            QVERIFY(m_sim.requests().size() > before);
            if (m_sim.requests().size() > before + 1) {
                continue; // Qt sent the GET again on a connection closed without an answer: not checked
            }
            const QString kind = m_sim.requests().last().soakFault;
            const QString message =
                QString::fromStdString(a.body.is_object() ? a.body.value("message", "") : "");
            if (kind == u"429"_s) {
                QCOMPARE(a.status, 429);
                QCOMPARE(a.retryAfter, QByteArray("1"));
                QCOMPARE(message, u"Rate limit exceeded"_s);
            } else if (kind == u"500"_s || kind == u"502"_s || kind == u"503"_s) {
                QCOMPARE(QString::number(a.status), kind);
                QCOMPARE(message, u"Simulated failure"_s);
            } else if (kind == u"html"_s) {
                QCOMPARE(a.status, 200);
                QCOMPARE(a.contentType, QByteArray("text/html"));
            } else if (kind == u"reset"_s || kind == u"truncated"_s) {
                QVERIFY2(a.error != QNetworkReply::NoError, qPrintable(kind));
            } else {
                QVERIFY2(kind.isEmpty() || kind == u"slow"_s, qPrintable(kind));
                QCOMPARE(a.status, 200);
                QCOMPARE(a.body.value("items", json::array()).size(), std::size_t(3));
            }
        }
        const QList<glsim::RecordedRequest> &requests = m_sim.requests();
        QVERIFY(requests.size() >= 1000);
        QMap<QString, int> kinds;
        int faulted = 0;
        for (const glsim::RecordedRequest &r : requests) {
            if (!r.soakFault.isEmpty()) {
                ++faulted;
                ++kinds[r.soakFault];
            }
            QVERIFY(r.answered.isValid());
            QVERIFY(r.answered >= r.time);
        }
        QVERIFY2(faulted >= 150 && faulted <= 250, qPrintable(QString::number(faulted)));
        for (const char *kind : {"500", "502", "503", "429", "reset", "truncated", "html", "slow"}) {
            QVERIFY2(kinds.value(QLatin1String(kind)) > 0, kind);
        }
        QCOMPARE(kinds.size(), 8);
        const glsim::SoakCounts counts = m_sim.soakCounts();
        QCOMPARE(counts.total, faulted);
        QCOMPARE(counts.status500, kinds.value(u"500"_s));
        QCOMPARE(counts.status502, kinds.value(u"502"_s));
        QCOMPARE(counts.status503, kinds.value(u"503"_s));
        QCOMPARE(counts.status429, kinds.value(u"429"_s));
        QCOMPARE(counts.reset, kinds.value(u"reset"_s));
        QCOMPARE(counts.truncated, kinds.value(u"truncated"_s));
        QCOMPARE(counts.html, kinds.value(u"html"_s));
        QCOMPARE(counts.slow, kinds.value(u"slow"_s));

        // Without slowness there is no slow answer; rate 0 faults nothing.
        m_sim.setSoak({0.5, 7, 1, 0});
        for (int i = 0; i < 100; ++i) {
            (void)call("GET", pipelines);
        }
        QCOMPARE(m_sim.soakCounts().slow, 0);
        QVERIFY(m_sim.soakCounts().total > 0);
        m_sim.setSoak({});
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(call("GET", pipelines).status, 200);
        }
        QCOMPARE(m_sim.soakCounts().total, 0);
    }

    // The same seed gives the same faults in the same order; another seed others.
    void soakModeIsReproducibleFromItsSeed()
    {
        const QStringList first = soakSequence(7, 200);
        const QStringList again = soakSequence(7, 200);
        const QStringList other = soakSequence(8, 200);
        QCOMPARE(first.size(), 200);
        QVERIFY(first.count(QString()) < 200); // some were faulted
        QCOMPARE(again, first);
        QVERIFY(other != first);
    }

    // Even at rate 1 the control endpoints answer, are not counted, and draw nothing from the sequence.
    void soakModeLeavesControlEndpointsAlone()
    {
        const QStringList alone = soakSequence(3, 20, 1.0);
        QCOMPARE(alone.count(QString()), 0); // rate 1: every API request faulted

        m_sim.clearRequests();
        m_sim.setSoak({1.0, 3, 1, 5});
        const QString pipelines = u"/api/v2/project/gh/acme/api/pipeline"_s;
        for (int i = 0; i < 20; ++i) {
            (void)call("GET", pipelines);
            Answer a = call("GET", u"/_sim/requests"_s);
            QCOMPARE(a.status, 200);
            QCOMPARE(text(a.body["count"]), text(json(m_sim.requests().size())));
            a = call("POST", u"/_sim/holds"_s);
            QCOMPARE(a.status, 200);
            a = call("POST", u"/_sim/faults"_s, "[]");
            QCOMPARE(a.status, 200);
            QCOMPARE(call("DELETE", u"/_sim/faults"_s).status, 200);
            a = call("GET", u"/_sim/soak"_s);
            QCOMPARE(a.status, 200);
            QCOMPARE(text(a.body["counts"]["total"]), text(json(m_sim.requests().size())));
        }
        QStringList interleaved;
        for (const glsim::RecordedRequest &r : m_sim.requests()) {
            QCOMPARE(r.path, pipelines); // no control request recorded
            interleaved.append(r.soakFault);
        }
        QVERIFY(interleaved.size() >= 20); // Qt sends a GET again after a reset
        QCOMPARE(interleaved.mid(0, 20), alone);
        QCOMPARE(m_sim.soakCounts().total, interleaved.size());
        QCOMPARE(call("POST", u"/_sim/soak"_s, "{\"rate\":0}").status, 200); // switched off over HTTP
        QCOMPARE(m_sim.soak().rate, 0.0);
        QCOMPARE(call("GET", pipelines).status, 200);
    }

    // POST /_sim/soak sets the soak mode; a bad field is refused, named, and changes nothing.
    void soakControlEndpointRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::addRow("rate 2") << QByteArray("{\"rate\":2}") << u"soak.rate"_s;
        QTest::addRow("rate negative") << QByteArray("{\"rate\":-0.1}") << u"soak.rate"_s;
        QTest::addRow("rate a string") << QByteArray("{\"rate\":\"0.2\"}") << u"soak.rate"_s;
        QTest::addRow("seed negative") << QByteArray("{\"rate\":0.2,\"seed\":-1}") << u"soak.seed"_s;
        QTest::addRow("seed too big") << QByteArray("{\"rate\":0.2,\"seed\":4294967296}") << u"soak.seed"_s;
        QTest::addRow("seed a fraction") << QByteArray("{\"rate\":0.2,\"seed\":1.5}") << u"soak.seed"_s;
        QTest::addRow("retry_after negative")
            << QByteArray("{\"rate\":0.2,\"retry_after\":-1}") << u"soak.retry_after"_s;
        QTest::addRow("slow_ms a string") << QByteArray("{\"slow_ms\":\"5\"}") << u"soak.slow_ms"_s;
        QTest::addRow("unknown field") << QByteArray("{\"rat\":0.2}") << u"soak.rat"_s;
        QTest::addRow("not an object") << QByteArray("[0.2]") << u"soak"_s;
        QTest::addRow("not JSON") << QByteArray("rate=0.2") << u"soak"_s;
    }

    void soakControlEndpointRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        m_sim.setSoak({0.1, 5, 2, 0});
        const Answer a = call("POST", u"/_sim/soak"_s, body);
        QCOMPARE(a.status, 400);
        const QString message = QString::fromStdString(a.body.value("message", ""));
        QVERIFY2(message.startsWith(named + u':'), qPrintable(message));
        QCOMPARE(m_sim.soak().rate, 0.1); // unchanged
        QCOMPARE(m_sim.soak().seed, quint32(5));
        QCOMPARE(m_sim.soak().retryAfterSeconds, 2);

        const Answer ok =
            call("POST", u"/_sim/soak"_s, "{\"rate\":0.25,\"seed\":7,\"retry_after\":3,\"slow_ms\":4}");
        QCOMPARE(ok.status, 200);
        QCOMPARE(m_sim.soak().rate, 0.25);
        QCOMPARE(m_sim.soak().seed, quint32(7));
        QCOMPARE(m_sim.soak().retryAfterSeconds, 3);
        QCOMPARE(m_sim.soak().slowMs, 4);
    }

    // A decision faulted by the soak mode is what an explicit fault makes it: a status answers instead of
    // deciding; a reset, a broken body or a slow answer comes after the decision was taken.
    void soakModeFaultsADecisionAsExplicitFaultsDo()
    {
        m_sim.setSoak({1.0, 11, 1, 5});
        QSet<QString> seen;
        for (int i = 0; i < 400 && seen.size() < 8; ++i) {
            // A job of its own each time: an earlier POST that Qt sends again late (after a reset) is
            // then told apart by its path, and never taken for this one.
            const QStringList before = m_sim.heldApprovals();
            m_sim.addHeldPipeline();
            QStringList added = m_sim.heldApprovals();
            added.removeIf([&before](const QString &h) { return before.contains(h); });
            QCOMPARE(added.size(), 1);
            const QStringList held = added.first().split(u'/');
            const QString path = u"/api/v2/workflow/"_s + held[0] + u"/approve/"_s + held[1];
            const qsizetype from = m_sim.requests().size();
            (void)call("POST", path);
            // The POST as first sent (after a reset, Qt sends it again: refused, the job no longer holds).
            const QList<glsim::RecordedRequest> requests = m_sim.requests();
            const auto first =
                std::find_if(requests.cbegin() + from, requests.cend(),
                             [&path](const glsim::RecordedRequest &r) { return r.path == path; });
            QVERIFY2(first != requests.cend(), qPrintable(path));
            const QString kind = first->soakFault;
            QVERIFY(!kind.isEmpty());
            seen.insert(kind);
            const bool status = kind == u"500"_s || kind == u"502"_s || kind == u"503"_s || kind == u"429"_s;
            QVERIFY2(m_sim.jobStatus(held[1]) == (status ? u"on_hold"_s : u"success"_s), qPrintable(kind));
        }
        QCOMPARE(seen.size(), 8);
    }

private:
    // The soak faults of `count` GET requests (the first `count` the simulator recorded) from this seed.
    QStringList soakSequence(quint32 seed, int count, double rate = 0.2)
    {
        m_sim.clearRequests();
        m_sim.setSoak({rate, seed, 1, 5});
        for (int i = 0; i < count; ++i) {
            (void)call("GET", u"/api/v2/project/gh/acme/api/pipeline"_s);
        }
        QStringList kinds;
        for (const glsim::RecordedRequest &r : m_sim.requests()) {
            kinds.append(r.soakFault);
        }
        m_sim.setSoak({});
        return kinds.mid(0, count);
    }

    Answer call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                QList<QPair<QByteArray, QByteArray>> headers = {{"Authorization", "Bearer t0ken"}})
    {
        QUrl url = m_sim.baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers) {
            if (!name.isEmpty()) {
                request.setRawHeader(name, value);
            }
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        // Woken by the answer itself (a qWaitFor would poll every 10 ms, which the soak tests' 1,800 calls
        // would turn into a minute), with a guard for an answer that never comes.
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(10000);
        if (!reply->isFinished()) {
            loop.exec();
        }
        if (!reply->isFinished()) {
            reply->abort();
        }
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                json::parse(reply->readAll().toStdString(), nullptr, false), reply->error(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                reply->rawHeader("Retry-After")};
    }

    glsim::Simulator m_sim;
    QNetworkAccessManager m_nam;
};

QTEST_MAIN(TestSimulator)
#include "tst_simulator.moc"
