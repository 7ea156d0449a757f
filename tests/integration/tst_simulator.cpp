// The simulator's own promises (README, "The simulator"), over loopback HTTP as a client sees them: the
// authentication schemes it accepts and the /_sim/ control endpoints a standalone run is driven with.
// These test the test server, not Greenlight; they keep the other tests honest.

#include "simulator.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

using namespace Qt::StringLiterals;
using gltest::json;

namespace {

struct Answer
{
    int status = 0;
    json body;
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

private:
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
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)) {
            reply->abort();
        }
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                json::parse(reply->readAll().toStdString(), nullptr, false)};
    }

    glsim::Simulator m_sim;
    QNetworkAccessManager m_nam;
};

QTEST_MAIN(TestSimulator)
#include "tst_simulator.moc"
