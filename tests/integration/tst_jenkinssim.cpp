// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The simulator's Jenkins (app/sim/jenkinssim.h), over loopback HTTP as a client sees it: authentication as
// Jenkins answers it, folders and names with spaces, the wfapi and api/json views of a paused build, the
// input step's approve and abort endpoints and their refusals, and CSRF crumbs bound to a web session.
// These test the test server, not Greenlight; they keep the Jenkins provider's tests honest.

#include "jenkinssim.h"
#include "simulator.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using gltest::json;

namespace {

const char *const kInput = "Ef95dd500ae6ed3b27b89fb852296d12";
const char *const kSha = "0123456789abcdef0123456789abcdef01234567";

struct Answer
{
    int status = 0;
    QByteArray body;
    json data;           // the body parsed as JSON (null when it is not, so that lookups fail, not throw)
    bool isJson = false; // whether it was
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0) {
                return v;
            }
        }
        return {};
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

QString text(const json &value)
{
    return QString::fromStdString(value.dump());
}

std::set<std::string> keys(const json &object)
{
    std::set<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        out.insert(it.key());
    }
    return out;
}

// The object of `list` whose _class is `cls` (null when there is none).
json withClass(const json &list, const char *cls)
{
    for (const auto &item : list) {
        if (item.is_object() && item.value("_class", "") == cls) {
            return item;
        }
    }
    return nullptr;
}

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

// A form body as browsers and python-requests send it ('+' for spaces).
QByteArray jsonForm(const json &submitted)
{
    return "json=" + QUrl::toPercentEncoding(QString::fromStdString(submitted.dump()), " ").replace(' ', '+');
}

// Ana (in release-managers) with an API token; a folder "release" with "payments api" (build 42 paused on
// an input with a parameter that Ana may submit, 41 finished) and "ledger" (build 7 paused on two inputs:
// one only sre-oncall may submit, one anyone with Job/Build may); a top-level "nightly".
json scenario()
{
    json deploy = {{"id", kInput},
                   {"message", "Deploy to production?"},
                   {"ok", "Deploy"},
                   {"submitter", "ana,release-managers"},
                   {"parameters", json::array({json{{"type", "StringParameterDefinition"},
                                                    {"name", "TICKET"},
                                                    {"description", "Change ticket"},
                                                    {"default", ""}}})}};
    json payments = {
        {"path", "release/payments api"},
        {"builds", json::array({json{{"number", 42},
                                     {"status", "PAUSED_PENDING_INPUT"},
                                     {"branch", "main"},
                                     {"sha", kSha},
                                     {"cause_user", "jurgen"},
                                     {"age_minutes", 25},
                                     {"inputs", json::array({deploy})}},
                                json{{"number", 41}, {"status", "SUCCESS"}, {"age_minutes", 90}}})}};
    json ledger = {
        {"path", "release/ledger"},
        {"builds",
         json::array({json{
             {"number", 7},
             {"status", "PAUSED_PENDING_INPUT"},
             {"inputs",
              json::array(
                  {json{{"id", "migrate"}, {"message", "Migrate the primary?"}, {"submitter", "sre-oncall"}},
                   json{{"id", "Smoke"}, {"message", "Smoke tests passed?"}}})}}})}};
    json nightly = {{"path", "nightly"},
                    {"builds", json::array({json{{"number", 3}, {"status", "FAILED"}}})}};
    return {{"token", "jk-t0ken"},
            {"jenkins",
             {{"users", json::array({json{{"id", "ana"},
                                          {"fullName", "Ana Lima"},
                                          {"groups", json::array({"release-managers"})}},
                                     json{{"id", "jurgen"}, {"fullName", "Jürgen Weiß"}}})},
              {"me", "ana"},
              {"jobs", json::array({payments, ledger, nightly})}}}};
}

const QString kPayments = u"release/payments api"_s;
const QString kBuild42 = u"job/release/job/payments%20api/42/"_s;

// Cookies are the test's to send: this jar keeps none.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

} // namespace

class TestJenkinsSim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        m_nam.setCookieJar(new NoCookies(&m_nam));
    }

    void init() { load(scenario()); }

    // Without credentials Jenkins answers 403, not 401 (clients must send them preemptively), and says why
    // in headers; an Authorization that is not Basic counts as none.
    void anonymousIsForbidden_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("bearer token") << QByteArray("Bearer jk-t0ken");
    }
    void anonymousIsForbidden()
    {
        QFETCH(QByteArray, authorization);
        const Answer a = call("GET", u"api/json"_s, {}, {{"Authorization", authorization}});
        QCOMPARE(a.status, 403);
        QCOMPARE(a.header("X-You-Are-Authenticated-As"), QByteArray("anonymous"));
        QCOMPARE(a.header("X-Required-Permission"), QByteArray("hudson.model.Hudson.Read"));
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        QVERIFY(a.body.contains("/jenkins/login?from=%2Fjenkins%2Fapi%2Fjson"));
        QCOMPARE(a.header("X-Jenkins"), QByteArray("2.440.3"));
        QVERIFY(a.header("WWW-Authenticate").isEmpty());
    }

    // Credentials that fail are refused with 401 and a Basic challenge (BasicHeaderProcessor).
    void wrongCredentials_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("wrong token") << basic("ana", "jk-t0ke");
        QTest::newRow("token of another user") << basic("jurgen", "jk-t0ken");
        QTest::newRow("no colon") << QByteArray("Basic " + QByteArray("ana").toBase64());
    }
    void wrongCredentials()
    {
        QFETCH(QByteArray, authorization);
        const Answer a = call("GET", u"api/json"_s, {}, {{"Authorization", authorization}});
        QCOMPARE(a.status, 401);
        QCOMPARE(a.header("WWW-Authenticate"), QByteArray("Basic realm=\"Jenkins\""));
        QCOMPARE(a.header("X-Jenkins"), QByteArray("2.440.3"));
        QVERIFY(a.body.contains("HTTP ERROR 401"));
        QVERIFY(a.header("X-You-Are-Authenticated-As").isEmpty());
    }

    void rightCredentialsAnyCaseOfTheUserId()
    {
        QCOMPARE(call("GET", u"api/json"_s, {}, {{"Authorization", basic("Ana", "jk-t0ken")}}).status, 200);
    }

    // whoAmI answers anonymous requests too; me/api/json is the token's owner.
    void whoAmIAndMe()
    {
        Answer a = call("GET", u"whoAmI/api/json"_s, {}, {});
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.data["name"]), text("anonymous"));
        QCOMPARE(text(a.data["anonymous"]), text(true));
        a = call("GET", u"whoAmI/api/json"_s);
        QCOMPARE(text(a.data["_class"]), text("hudson.security.WhoAmI"));
        QCOMPARE(text(a.data["name"]), text("ana"));
        QCOMPARE(text(a.data["anonymous"]), text(false));
        QCOMPARE(text(a.data["authorities"]), text(json::array({"authenticated", "release-managers"})));
        a = call("GET", u"me/api/json"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.data["_class"]), text("hudson.model.User"));
        QCOMPARE(text(a.data["id"]), text("ana"));
        QCOMPARE(text(a.data["fullName"]), text("Ana Lima"));
        QCOMPARE(text(a.data["absoluteUrl"]), text(absolute(u"user/ana"_s)));
    }

    void rootListsTopLevelItems()
    {
        const Answer a = call("GET", u"api/json"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.data["_class"]), text("hudson.model.Hudson"));
        QCOMPARE(text(a.data["mode"]), text("NORMAL"));
        QCOMPARE(a.data["jobs"].size(), std::size_t(2)); // nightly, release (sorted by name)
        QCOMPARE(text(a.data["jobs"][0]["name"]), text("nightly"));
        QCOMPARE(text(a.data["jobs"][0]["_class"]), text("org.jenkinsci.plugins.workflow.job.WorkflowJob"));
        QCOMPARE(text(a.data["jobs"][0]["color"]), text("red"));
        QCOMPARE(text(a.data["jobs"][1]["_class"]), text("com.cloudbees.hudson.plugins.folder.Folder"));
        QCOMPARE(text(a.data["jobs"][1]["url"]), text(absolute(u"job/release/"_s)));
        QVERIFY(!a.data["jobs"][1].contains("jobs")); // depth 0: a folder's items only with tree=
    }

    // A job in a folder, with a space in its name: job/<folder>/job/<name>, each segment encoded.
    void folderPathWithSpaces()
    {
        Answer a = call("GET", u"job/release/api/json"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.data["_class"]), text("com.cloudbees.hudson.plugins.folder.Folder"));
        QCOMPARE(a.data["jobs"].size(), std::size_t(2));
        QCOMPARE(text(a.data["jobs"][0]["name"]), text("ledger"));
        QCOMPARE(text(a.data["jobs"][1]["name"]), text("payments api"));
        QCOMPARE(text(a.data["jobs"][1]["fullName"]), text("release/payments api"));
        QCOMPARE(text(a.data["jobs"][1]["_class"]), text("org.jenkinsci.plugins.workflow.job.WorkflowJob"));
        QCOMPARE(text(a.data["jobs"][1]["url"]), text(absolute(u"job/release/job/payments%20api/"_s)));

        a = call("GET", u"job/release/job/payments%20api/api/json"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.data["name"]), text("payments api"));
        QCOMPARE(text(a.data["fullName"]), text("release/payments api"));
        QCOMPARE(text(a.data["fullDisplayName"]), text("release \u00bb payments api"));
        QCOMPARE(text(a.data["color"]), text("blue_anime")); // 41 succeeded, 42 goes on
        QCOMPARE(a.data["builds"].size(), std::size_t(2));
        QCOMPARE(text(a.data["builds"][0]["number"]), text(42));
        QCOMPARE(text(a.data["builds"][0]["url"]), text(absolute(kBuild42)));
        QCOMPARE(text(a.data["lastBuild"]["number"]), text(42));
        QCOMPARE(text(a.data["lastCompletedBuild"]["number"]), text(41));
        QCOMPARE(text(a.data["nextBuildNumber"]), text(43));

        // Not decoded before splitting, the name would not be found; a name alone is not a path.
        QCOMPARE(call("GET", u"job/release/job/payments/api/json"_s).status, 404);
        QCOMPARE(call("GET", u"job/payments%20api/api/json"_s).status, 404);
        QCOMPARE(call("GET", u"job/release%2Fpayments%20api/api/json"_s).status, 404);
    }

    // Unknown URLs get Jenkins's HTML 404, not JSON.
    void unknownJobIsAnHtml404()
    {
        const Answer a = call("GET", u"job/release/job/nothing/api/json"_s);
        QCOMPARE(a.status, 404);
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        QVERIFY(a.body.contains("HTTP ERROR 404"));
        QVERIFY(!a.isJson);
        QCOMPARE(a.header("X-Jenkins"), QByteArray("2.440.3"));
        QCOMPARE(call("GET", kBuild42.chopped(3) + u"40/api/json"_s).status, 404);
    }

    // tree= selects properties (every object keeps its _class) and reaches into folders.
    void treeSelectsProperties()
    {
        Answer a = call("GET", u"api/json"_s, {}, defaultHeaders(), u"tree=jobs[name,jobs[name,color]]"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(keys(a.data), (std::set<std::string>{"_class", "jobs"}));
        QCOMPARE(keys(a.data["jobs"][0]), (std::set<std::string>{"_class", "name"}));
        const json release = a.data["jobs"][1];
        QCOMPARE(text(release["name"]), text("release"));
        QCOMPARE(release["jobs"].size(), std::size_t(2));
        QCOMPARE(keys(release["jobs"][1]), (std::set<std::string>{"_class", "color", "name"}));
        QCOMPARE(text(release["jobs"][1]["color"]), text("blue_anime"));

        // Named without brackets, a list of objects keeps only their _class; {M,N} cuts a list.
        a = call("GET", u"job/release/job/payments%20api/api/json"_s, {}, defaultHeaders(),
                 u"tree=builds{0,1},name"_s);
        QCOMPARE(a.data["builds"].size(), std::size_t(1));
        QCOMPARE(keys(a.data["builds"][0]), (std::set<std::string>{"_class"}));
        QCOMPARE(text(a.data["name"]), text("payments api"));

        a = call("GET", u"job/release/job/payments%20api/api/json"_s, {}, defaultHeaders(),
                 u"tree=lastBuild[number,result,building]"_s);
        QCOMPARE(text(a.data["lastBuild"]),
                 text(json{{"_class", "org.jenkinsci.plugins.workflow.job.WorkflowRun"},
                           {"number", 42},
                           {"result", nullptr},
                           {"building", true}}));
        QCOMPARE(call("GET", u"api/json"_s, {}, defaultHeaders(), u"tree=jobs[name"_s).status, 500);
    }

    // wfapi/runs: newest first, the run's timings and status, the link to its pending inputs when paused.
    void wfapiRuns()
    {
        const Answer a = call("GET", u"job/release/job/payments%20api/wfapi/runs"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.data.size(), std::size_t(2));
        const json run = a.data[0];
        QCOMPARE(keys(run), (std::set<std::string>{"_links", "id", "name", "status", "startTimeMillis",
                                                   "endTimeMillis", "durationMillis", "queueDurationMillis",
                                                   "pauseDurationMillis", "stages"}));
        QCOMPARE(text(run["id"]), text("42"));
        QCOMPARE(text(run["name"]), text("#42"));
        QCOMPARE(text(run["status"]), text("PAUSED_PENDING_INPUT"));
        QCOMPARE(text(run["_links"]["self"]["href"]),
                 text("/jenkins/" + kBuild42.toStdString() + "wfapi/describe"));
        QCOMPARE(text(run["_links"]["pendingInputActions"]["href"]),
                 text("/jenkins/" + kBuild42.toStdString() + "wfapi/pendingInputActions"));
        const qint64 start = run["startTimeMillis"].get<qint64>();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(start <= now - 24 * 60000 && start >= now - 26 * 60000); // 25 minutes ago
        QVERIFY(run["pauseDurationMillis"].get<qint64>() > 0);
        QCOMPARE(text(run["stages"].back()["status"]), text("PAUSED_PENDING_INPUT"));
        QCOMPARE(text(a.data[1]["status"]), text("SUCCESS"));
        QVERIFY(!a.data[1]["_links"].contains("pendingInputActions"));
        QCOMPARE(text(a.data[1]["stages"].back()["status"]), text("SUCCESS"));

        const Answer d = call("GET", kBuild42 + u"wfapi/describe"_s);
        QCOMPARE(text(d.data["status"]), text("PAUSED_PENDING_INPUT"));
        QCOMPARE(d.data["stages"].size(), std::size_t(3));
    }

    // Like JobExt, wfapi/runs stops after 11 runs (no paging) or at ?since=#n.
    void wfapiRunsAreCut()
    {
        json s = scenario();
        json builds = json::array();
        for (int n = 15; n >= 1; --n) {
            builds.push_back({{"number", n}});
        }
        s["jenkins"]["jobs"][2]["builds"] = builds;
        load(s);
        Answer a = call("GET", u"job/nightly/wfapi/runs"_s);
        QCOMPARE(a.data.size(), std::size_t(11));
        QCOMPARE(text(a.data[10]["name"]), text("#5"));
        a = call("GET", u"job/nightly/wfapi/runs"_s, {}, defaultHeaders(), u"since=%2312"_s);
        QCOMPARE(a.data.size(), std::size_t(4));
        QCOMPARE(text(a.data[3]["name"]), text("#12"));
    }

    // pendingInputActions has exactly the fixture's fields (one element of the stage view's own test data).
    void pendingInputActionsMatchTheFixture()
    {
        QFile file(QStringLiteral(GL_TEST_DATA "/public/jenkins_wfapi_pendingInputAction_item.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const json fixture = json::parse(file.readAll().toStdString());
        const Answer a = call("GET", kBuild42 + u"wfapi/pendingInputActions"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.data.size(), std::size_t(1));
        const json item = a.data[0];
        QCOMPARE(keys(item), keys(fixture));
        QCOMPARE(keys(item["inputs"][0]), keys(fixture["inputs"][2])); // a StringParameterDefinition
        QCOMPARE(keys(item["inputs"][0]["definition"]), keys(fixture["inputs"][2]["definition"]));
        QCOMPARE(text(item["id"]), text(kInput));
        QCOMPARE(text(item["proceedText"]), text("Deploy"));
        QCOMPARE(text(item["message"]), text("Deploy to production?"));
        QCOMPARE(text(item["inputs"][0]["type"]), text("StringParameterDefinition"));
        QCOMPARE(text(item["inputs"][0]["name"]), text("TICKET"));
        QCOMPARE(text(item["inputs"][0]["description"]), text("Change ticket"));
        const std::string run = "/jenkins/" + kBuild42.toStdString();
        QCOMPARE(text(item["proceedUrl"]), text(run + "wfapi/inputSubmit?inputId=" + kInput));
        QCOMPARE(text(item["abortUrl"]), text(run + "input/" + kInput + "/abort"));
        QCOMPARE(text(item["redirectApprovalUrl"]), text(run + "input/"));
        QCOMPARE(text(call("GET", kBuild42 + u"wfapi/nextPendingInputAction"_s).data["id"]), text(kInput));
    }

    // The core API's build: result and building, who started it, the commit, and the input step's export.
    void buildApiJson()
    {
        const Answer a = call("GET", kBuild42 + u"api/json"_s);
        QCOMPARE(a.status, 200);
        const json &b = a.data;
        QCOMPARE(text(b["_class"]), text("org.jenkinsci.plugins.workflow.job.WorkflowRun"));
        QCOMPARE(text(b["number"]), text(42));
        QCOMPARE(text(b["result"]), text(nullptr));
        QCOMPARE(text(b["building"]), text(true));
        QCOMPARE(text(b["displayName"]), text("#42"));
        QCOMPARE(text(b["fullDisplayName"]), text("release \u00bb payments api #42"));
        QCOMPARE(text(b["url"]), text(absolute(kBuild42)));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(b["timestamp"].get<qint64>() <= now - 24 * 60000);

        const json cause = withClass(b["actions"], "hudson.model.CauseAction")["causes"][0];
        QCOMPARE(text(cause["userId"]), text("jurgen"));
        QCOMPARE(text(cause["userName"]), text("Jürgen Weiß"));
        QCOMPARE(text(cause["shortDescription"]), text("Started by user Jürgen Weiß"));
        const json git = withClass(b["actions"], "hudson.plugins.git.util.BuildData");
        QCOMPARE(text(git["lastBuiltRevision"]["SHA1"]), text(kSha));
        QCOMPARE(text(git["lastBuiltRevision"]["branch"][0]["name"]), text("refs/remotes/origin/main"));

        const json input =
            withClass(b["actions"], "org.jenkinsci.plugins.workflow.support.steps.input.InputAction");
        QCOMPARE(text(input["waitingForInput"]), text(true));
        QCOMPARE(input["executions"].size(), std::size_t(1));
        const json execution = input["executions"][0];
        QCOMPARE(text(execution["id"]), text(kInput));
        QCOMPARE(text(execution["settled"]), text(false));
        QCOMPARE(text(execution["input"]["message"]), text("Deploy to production?"));
        QCOMPARE(text(execution["input"]["ok"]), text("Deploy"));
        QCOMPARE(text(execution["input"]["submitter"]), text("ana,release-managers"));
        QCOMPARE(text(execution["input"]["parameters"][0]["name"]), text("TICKET"));
        QCOMPARE(text(execution["input"]["parameters"][0]["_class"]),
                 text("hudson.model.StringParameterDefinition"));

        // The finished build: a result, no input action, started by an SCM change.
        const Answer done = call("GET", u"job/release/job/payments%20api/41/api/json"_s);
        QCOMPARE(text(done.data["result"]), text("SUCCESS"));
        QCOMPARE(text(done.data["building"]), text(false));
        QVERIFY(
            withClass(done.data["actions"], "org.jenkinsci.plugins.workflow.support.steps.input.InputAction")
                .is_null());
        QCOMPARE(text(withClass(done.data["actions"], "hudson.model.CauseAction")["causes"][0]["_class"]),
                 text("hudson.triggers.SCMTrigger$SCMTriggerCause"));
        QCOMPARE(text(call("GET", u"job/nightly/3/api/json"_s).data["result"]), text("FAILURE"));
    }

    // proceedEmpty approves an input without parameters: 200, the input leaves the run, which goes on, and
    // succeeds on the next tick.
    void proceedEmptyApproves()
    {
        const Answer a = call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s);
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.isEmpty());
        const auto state = jenkins()->inputState(u"release/ledger"_s, 7, u"Smoke"_s);
        QVERIFY(state);
        QVERIFY(state->settled);
        QCOMPARE(state->outcome, u"proceeded"_s);
        QCOMPARE(state->by, u"ana"_s);
        QVERIFY(!state->listed);
        QCOMPARE(text(state->values), text(json::object()));
        // The other input still holds the run.
        QCOMPARE(jenkins()->buildStatus(u"release/ledger"_s, 7), u"PAUSED_PENDING_INPUT"_s);
        QCOMPARE(call("GET", u"job/release/job/ledger/7/wfapi/pendingInputActions"_s).data.size(),
                 std::size_t(1));
    }

    void lastInputSettledRunGoesOnThenSucceeds()
    {
        json s = scenario();
        s["jenkins"]["jobs"][1]["builds"][0]["inputs"].erase(0); // only "Smoke" left
        load(s);
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s).status, 200);
        QCOMPARE(jenkins()->buildStatus(u"release/ledger"_s, 7), u"IN_PROGRESS"_s);
        Answer b = call("GET", u"job/release/job/ledger/7/api/json"_s);
        QCOMPARE(text(b.data["building"]), text(true));
        const json action =
            withClass(b.data["actions"], "org.jenkinsci.plugins.workflow.support.steps.input.InputAction");
        QCOMPARE(text(action["executions"]), text(json::array()));
        QCOMPARE(text(action["waitingForInput"]), text(false));
        QCOMPARE(text(call("GET", u"job/release/job/ledger/7/wfapi/describe"_s).data["status"]),
                 text("IN_PROGRESS"));
        jenkins()->tick();
        QCOMPARE(jenkins()->buildStatus(u"release/ledger"_s, 7), u"SUCCESS"_s);
        b = call("GET", u"job/release/job/ledger/7/api/json"_s);
        QCOMPARE(text(b.data["result"]), text("SUCCESS"));
        QCOMPARE(text(b.data["building"]), text(false));
    }

    // proceed takes the values as a form field json={"parameter":[{name, value}]}; they are recorded.
    void proceedWithParameters()
    {
        const QByteArray body =
            jsonForm({{"parameter", json::array({json{{"name", "TICKET"}, {"value", "CHG 42"}}})}});
        QVERIFY(body.contains('+')); // spaces as a form encodes them
        const Answer a =
            call("POST", kBuild42 + u"input/"_s + QLatin1String(kInput) + u"/proceed"_s, body, formHeaders());
        QCOMPARE(a.status, 200);
        const auto state = jenkins()->inputState(kPayments, 42, QLatin1String(kInput));
        QVERIFY(state && state->settled);
        QCOMPARE(state->outcome, u"proceeded"_s);
        QCOMPARE(text(state->values), text(json{{"TICKET", "CHG 42"}}));
        QCOMPARE(jenkins()->buildStatus(kPayments, 42), u"IN_PROGRESS"_s);
        QCOMPARE(call("GET", kBuild42 + u"wfapi/pendingInputActions"_s).data.size(), std::size_t(0));
    }

    // wfapi/inputSubmit?inputId= is the same with a JSON null for an answer; its errors are all 500.
    void inputSubmit()
    {
        const QByteArray body = jsonForm({{"parameter", json{{"name", "TICKET"}, {"value", "CHG-7"}}}});
        Answer a = call("POST", kBuild42 + u"wfapi/inputSubmit"_s, body, formHeaders(),
                        u"inputId="_s + QLatin1String(kInput));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QByteArray("null"));
        QCOMPARE(text(jenkins()->inputState(kPayments, 42, QLatin1String(kInput))->values),
                 text(json{{"TICKET", "CHG-7"}}));

        a = call("POST", u"job/release/job/ledger/7/wfapi/inputSubmit"_s, jsonForm(json::object()),
                 formHeaders(),
                 u"inputId=smoke"_s); // ids are not normalised here
        QCOMPARE(a.status, 500);
        QVERIFY(a.body.contains("does not have an Input with an ID of 'smoke'"));
        a = call("POST", u"job/release/job/ledger/7/wfapi/inputSubmit"_s, jsonForm(json::object()),
                 formHeaders(), u"inputId=Migrate"_s);
        QCOMPARE(a.status, 500);
        QVERIFY(a.body.contains("You need to be sre-oncall to submit this."));
        QCOMPARE(jenkins()->buildStatus(u"release/ledger"_s, 7), u"PAUSED_PENDING_INPUT"_s);
        QCOMPARE(call("GET", kBuild42 + u"wfapi/inputSubmit"_s).status, 405);
    }

    // The simulator refuses proceedEmpty on an input with parameters (Jenkins would hand the pipeline null).
    void proceedEmptyWithParametersIsRefused()
    {
        const Answer a = call("POST", kBuild42 + u"input/"_s + QLatin1String(kInput) + u"/proceedEmpty"_s);
        QCOMPARE(a.status, 400);
        QVERIFY(a.header("X-Error").startsWith("This input has parameters"));
        QVERIFY(!jenkins()->inputState(kPayments, 42, QLatin1String(kInput))->settled);
        QCOMPARE(jenkins()->buildStatus(kPayments, 42), u"PAUSED_PENDING_INPUT"_s);
    }

    void parameterErrors()
    {
        json s = scenario();
        s["jenkins"]["jobs"][0]["builds"][0]["inputs"][0]["parameters"][0]["required"] = true;
        s["jenkins"]["jobs"][0]["builds"][0]["inputs"][0]["parameters"].push_back(
            {{"type", "ChoiceParameterDefinition"},
             {"name", "REGION"},
             {"choices", json::array({"eu", "us"})}});
        load(s);
        const QString proceed = kBuild42 + u"input/"_s + QLatin1String(kInput) + u"/proceed"_s;
        // A required value missing (the simulator's own rule): a Failure page.
        Answer a = call("POST", proceed, jsonForm({{"parameter", json::array()}}), formHeaders());
        QCOMPARE(a.status, 400);
        QCOMPARE(a.header("X-Error"), QByteArray("Required parameter TICKET was not given"));
        a = call("POST", proceed,
                 jsonForm({{"parameter", json::array({json{{"name", "TICKET"}, {"value", ""}}})}}),
                 formHeaders());
        QCOMPARE(a.status, 400);
        // What Jenkins throws on: an exception, 500.
        a = call("POST", proceed,
                 jsonForm({{"parameter", json::array({json{{"name", "TICKETS"}, {"value", "x"}}})}}),
                 formHeaders());
        QCOMPARE(a.status, 500);
        QVERIFY(a.body.contains("No such parameter definition: TICKETS"));
        a = call("POST", proceed,
                 jsonForm({{"parameter", json::array({json{{"name", "TICKET"}, {"value", "x"}},
                                                      json{{"name", "REGION"}, {"value", "apac"}}})}}),
                 formHeaders());
        QCOMPARE(a.status, 500);
        QVERIFY(a.body.contains("Illegal choice for parameter REGION: apac"));
        QCOMPARE(call("POST", proceed, {}, formHeaders()).status, 500); // no json field at all
        QVERIFY(!jenkins()->inputState(kPayments, 42, QLatin1String(kInput))->settled);
        a = call("POST", proceed,
                 jsonForm({{"parameter", json::array({json{{"name", "TICKET"}, {"value", "x"}},
                                                      json{{"name", "REGION"}, {"value", "us"}}})}}),
                 formHeaders());
        QCOMPARE(a.status, 200);
        QCOMPARE(text(jenkins()->inputState(kPayments, 42, QLatin1String(kInput))->values),
                 text(json{{"TICKET", "x"}, {"REGION", "us"}}));
    }

    // abort rejects: the run is ABORTED at once, and its other inputs go with it.
    void abortRejects()
    {
        const Answer a = call("POST", u"job/release/job/ledger/7/input/Smoke/abort"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(jenkins()->buildStatus(u"release/ledger"_s, 7), u"ABORTED"_s);
        const auto smoke = jenkins()->inputState(u"release/ledger"_s, 7, u"Smoke"_s);
        QCOMPARE(smoke->outcome, u"aborted"_s);
        QCOMPARE(smoke->by, u"ana"_s);
        const auto migrate = jenkins()->inputState(u"release/ledger"_s, 7, u"Migrate"_s);
        QCOMPARE(migrate->outcome, u"aborted"_s);
        QCOMPARE(migrate->by, u"SYSTEM"_s);
        const Answer b = call("GET", u"job/release/job/ledger/7/api/json"_s);
        QCOMPARE(text(b.data["result"]), text("ABORTED"));
        QCOMPARE(text(b.data["building"]), text(false));
        QCOMPARE(text(call("GET", u"job/release/job/ledger/wfapi/runs"_s).data[0]["status"]),
                 text("ABORTED"));
        jenkins()->tick();
        QCOMPARE(jenkins()->buildStatus(u"release/ledger"_s, 7), u"ABORTED"_s);
    }

    // "This input has been already given": for an input given but still attached to its run (two
    // submissions racing). Once settled here, the input has left the run and its URL is a 404.
    void alreadyGiven()
    {
        json s = scenario();
        s["jenkins"]["jobs"][1]["builds"][0]["inputs"][1]["settled"] = "proceeded";
        s["jenkins"]["jobs"][1]["builds"][0]["inputs"][1]["settled_by"] = "jurgen";
        load(s);
        for (const char *action : {"proceedEmpty", "abort"}) {
            const Answer a = call("POST", u"job/release/job/ledger/7/input/Smoke/"_s + QLatin1String(action));
            QCOMPARE(a.status, 400);
            QCOMPARE(a.header("X-Error"), QByteArray("This input has been already given"));
            QVERIFY(a.body.contains("This input has been already given"));
        }
        QCOMPARE(jenkins()->inputState(u"release/ledger"_s, 7, u"Smoke"_s)->by, u"jurgen"_s);

        load(scenario());
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s).status, 200);
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s).status, 404);
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Smoke/abort"_s).status, 404);
    }

    // Only the submitters (users or groups, any case) and admins settle an input that names submitters.
    void notASubmitter()
    {
        Answer a = call("POST", u"job/release/job/ledger/7/input/Migrate/proceedEmpty"_s);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.header("X-Error"), QByteArray("You need to be sre-oncall to submit this."));
        QVERIFY(!jenkins()->inputState(u"release/ledger"_s, 7, u"Migrate"_s)->settled);

        json s = scenario();
        s["jenkins"]["jobs"][1]["builds"][0]["inputs"][0]["submitter"] = "jurgen, Release-Managers";
        load(s);
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Migrate/proceedEmpty"_s).status, 200);

        s = scenario();
        s["jenkins"]["admins"] = json::array({"ana"});
        load(s);
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Migrate/proceedEmpty"_s).status, 200);

        // Abort needs the submitter list or Job/Cancel.
        s = scenario();
        s["jenkins"]["can_cancel"] = false;
        load(s);
        a = call("POST", u"job/release/job/ledger/7/input/Migrate/abort"_s);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.header("X-Error"),
                 QByteArray("You need to be 'sre-oncall' (or have Job/Cancel permissions) to cancel this."));
        load(scenario());
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Migrate/abort"_s).status, 200);

        // No submitter: Job/Build decides.
        s = scenario();
        s["jenkins"]["can_build"] = false;
        load(s);
        a = call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.header("X-Error"), QByteArray("You need to have Job/Build permissions to submit this."));
    }

    void postEndpointsRequirePost()
    {
        QCOMPARE(call("GET", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s).status, 405);
        QVERIFY(!jenkins()->inputState(u"release/ledger"_s, 7, u"Smoke"_s)->settled);
    }

    // An input's id defaults to capitalize(md5(message)); a given id is capitalised too.
    void inputIds()
    {
        QCOMPARE(glsim::JenkinsSim::defaultInputId(u"Deploy to production?"_s),
                 u"A61b61d2d652c2824ae4d9acb5cb8e5a"_s);
        json s = scenario();
        s["jenkins"]["jobs"][0]["builds"][0]["inputs"][0].erase("id");
        load(s);
        Answer a = call("GET", kBuild42 + u"wfapi/pendingInputActions"_s);
        QCOMPARE(text(a.data[0]["id"]), text("A61b61d2d652c2824ae4d9acb5cb8e5a"));
        a = call("GET", u"job/release/job/ledger/7/wfapi/pendingInputActions"_s);
        QCOMPARE(text(a.data[0]["id"]), text("Migrate"));
    }

    // With crumb_required, a POST needs the crumb issued for the session its cookie names.
    void postWithoutCrumbIsRefused()
    {
        loadWithCrumbs();
        const Answer a = call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s);
        QCOMPARE(a.status, 403);
        QVERIFY(a.body.contains("No valid crumb was included in the request"));
        QCOMPARE(jenkins()->postsRefusedForCrumb(), 1);
        QVERIFY(!jenkins()->inputState(u"release/ledger"_s, 7, u"Smoke"_s)->settled);
        // A crumb without its session cookie is no better.
        const QByteArray crumb = fetchCrumb().first;
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s, {},
                      withAuth({{"Jenkins-Crumb", crumb}}))
                     .status,
                 403);
        QCOMPARE(jenkins()->postsRefusedForCrumb(), 2);
        QCOMPARE(call("POST", u"job/nothing/build"_s).status, 403); // checked before the URL is resolved
    }

    void crumbOfAnotherSessionIsRefused()
    {
        loadWithCrumbs();
        const auto [crumbA, cookieA] = fetchCrumb();
        const auto [crumbB, cookieB] = fetchCrumb();
        QVERIFY(crumbA != crumbB);
        QVERIFY(cookieA != cookieB);
        QCOMPARE(jenkins()->sessionsIssued(), 2);
        Answer a = call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s, {},
                        withAuth({{"Jenkins-Crumb", crumbA}, {"Cookie", cookieB}}));
        QCOMPARE(a.status, 403);
        QCOMPARE(jenkins()->postsRefusedForCrumb(), 1);
        a = call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s, {},
                 withAuth({{"Jenkins-Crumb", crumbB}, {"Cookie", cookieB}}));
        QCOMPARE(a.status, 200);
    }

    // One crumb, fetched once, serves every POST of its session; asking again in the session gives the same.
    void crumbFetchedOnceServesTwoPosts()
    {
        loadWithCrumbs();
        const auto [crumb, cookie] = fetchCrumb();
        QCOMPARE(jenkins()->crumbsIssued(), 1);
        const Headers headers = withAuth({{"Jenkins-Crumb", crumb}, {"Cookie", cookie}});
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s, {}, headers).status,
                 200);
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Migrate/abort"_s, {}, headers).status, 200);
        QCOMPARE(jenkins()->crumbsIssued(), 1);
        QCOMPARE(jenkins()->sessionsSeen(), 1);
        QCOMPARE(jenkins()->postsRefusedForCrumb(), 0);
        QCOMPARE(jenkins()->buildStatus(u"release/ledger"_s, 7), u"ABORTED"_s);

        const Answer again = call("GET", u"crumbIssuer/api/json"_s, {}, withAuth({{"Cookie", cookie}}));
        QCOMPARE(text(again.data["crumb"]), text(crumb.toStdString()));
        QVERIFY(again.header("Set-Cookie").isEmpty());
        QCOMPARE(jenkins()->sessionsIssued(), 1);
        QCOMPARE(jenkins()->crumbsIssued(), 2);

        // The crumb may also come as a form field.
        load(scenarioWithCrumbs());
        const auto [crumb2, cookie2] = fetchCrumb();
        const QByteArray body =
            "Jenkins-Crumb=" + crumb2 + '&' +
            jsonForm({{"parameter", json::array({json{{"name", "TICKET"}, {"value", "CHG-1"}}})}});
        QCOMPARE(call("POST", kBuild42 + u"input/"_s + QLatin1String(kInput) + u"/proceed"_s, body,
                      withAuth({{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", cookie2}}))
                     .status,
                 200);
    }

    void crumbIssuerAnswer()
    {
        const Answer a = call("GET", u"crumbIssuer/api/json"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.data["_class"]), text("hudson.security.csrf.DefaultCrumbIssuer"));
        QCOMPARE(text(a.data["crumbRequestField"]), text("Jenkins-Crumb"));
        QCOMPARE(QByteArray::fromStdString(a.data["crumb"].get<std::string>()).size(), 64);
        const QByteArray cookie = a.header("Set-Cookie");
        QVERIFY2(cookie.startsWith(QByteArray(jenkins()->sessionCookieName().toLatin1() + '=')),
                 cookie.constData());
        QVERIFY(cookie.startsWith("JSESSIONID."));
        QVERIFY(cookie.contains("; Path=/jenkins"));
        QVERIFY(cookie.contains("HttpOnly"));
        // Without crumb_required, API-token POSTs need none (Jenkins 2.96 and later).
        QCOMPARE(call("POST", u"job/release/job/ledger/7/input/Smoke/proceedEmpty"_s).status, 200);
        QCOMPARE(jenkins()->postsRefusedForCrumb(), 0);
    }

    void badScenarios_data()
    {
        QTest::addColumn<QByteArray>("patch"); // a JSON object merged into scenario()["jenkins"]
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, json patch, const char *error) {
            QTest::newRow(name) << QByteArray::fromStdString(patch.dump()) << QString::fromUtf8(error);
        };
        json s = scenario()["jenkins"];
        json badMessage = s["jobs"];
        badMessage[0]["builds"][0]["inputs"][0]["message"] = 42;
        row("input message not a string", {{"jobs", badMessage}},
            "jenkins.jobs[0].builds[0].inputs[0].message: expected a string");
        json noMessage = s["jobs"];
        noMessage[1]["builds"][0]["inputs"][1].erase("message");
        row("input message missing", {{"jobs", noMessage}},
            "jenkins.jobs[1].builds[0].inputs[1].message: expected a string");
        json badStatus = s["jobs"];
        badStatus[0]["builds"][1]["status"] = "DONE";
        row("status unknown", {{"jobs", badStatus}},
            "jenkins.jobs[0].builds[1].status: expected one of NOT_EXECUTED, ABORTED, SUCCESS, IN_PROGRESS, "
            "PAUSED_PENDING_INPUT, FAILED, UNSTABLE");
        json inputsOnDone = s["jobs"];
        inputsOnDone[0]["builds"][1]["inputs"] = json::array({json{{"message", "x"}}});
        row("inputs on a finished build", {{"jobs", inputsOnDone}},
            "jenkins.jobs[0].builds[1].inputs: only a PAUSED_PENDING_INPUT build waits on inputs");
        json pausedOnNothing = s["jobs"];
        pausedOnNothing[0]["builds"][0].erase("inputs");
        row("paused without an input", {{"jobs", pausedOnNothing}},
            "jenkins.jobs[0].builds[0].inputs: a PAUSED_PENDING_INPUT build needs an input not settled");
        json badSha = s["jobs"];
        badSha[0]["builds"][0]["sha"] = "abc";
        row("sha too short", {{"jobs", badSha}}, "jenkins.jobs[0].builds[0].sha: expected 40 hex digits");
        json twice = s["jobs"];
        twice[0]["builds"][1]["number"] = 42;
        row("build number twice", {{"jobs", twice}}, "jenkins.jobs[0].builds[1].number: 42 is listed twice");
        json badNumber = s["jobs"];
        badNumber[0]["builds"][1]["number"] = "41";
        row("build number a string", {{"jobs", badNumber}},
            "jenkins.jobs[0].builds[1].number: expected a positive integer");
        json badParameter = s["jobs"];
        badParameter[0]["builds"][0]["inputs"][0]["parameters"][0]["type"] = "FileParameterDefinition";
        row("parameter type", {{"jobs", badParameter}},
            "jenkins.jobs[0].builds[0].inputs[0].parameters[0].type: expected one of "
            "StringParameterDefinition, "
            "TextParameterDefinition, PasswordParameterDefinition, BooleanParameterDefinition, "
            "ChoiceParameterDefinition");
        json folderJob = s["jobs"];
        folderJob.push_back({{"path", "release"}});
        row("a job that is a folder", {{"jobs", folderJob}},
            "jenkins.jobs[3].path: \"release\" is a folder of another job, not a pipeline job");
        json emptySegment = s["jobs"];
        emptySegment[2]["path"] = "release//x";
        row("empty path segment", {{"jobs", emptySegment}},
            "jenkins.jobs[2].path: expected names separated by '/'");
        row("me unknown", {{"me", "zoe"}}, "jenkins.me: \"zoe\" is not one of jenkins.users");
        row("crumb flag", {{"crumb_required", "yes"}}, "jenkins.crumb_required: expected true or false");
        row("jobs not an array", {{"jobs", json::object()}}, "jenkins.jobs: expected an array");
        row("group not a string",
            {{"users", json::array({json{{"id", "ana"}, {"groups", json::array({1})}}})}},
            "jenkins.users[0].groups[0]: expected a string");
    }

    void badScenarios()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, error);
        json s = scenario();
        s["jenkins"].merge_patch(json::parse(patch.toStdString()));
        QCOMPARE(m_sim.loadScenario(QByteArray::fromStdString(s.dump())), error);
    }

    void sectionNotAnObject()
    {
        QCOMPARE(m_sim.loadScenario(QByteArray("{\"jenkins\":[]}")), u"jenkins: expected an object"_s);
        // Without a section the module serves an empty Jenkins for its default user.
        QVERIFY(m_sim.loadScenario(QByteArray("{\"token\":\"t\"}")).isEmpty());
        const Answer a = call("GET", u"api/json"_s, {}, {{"Authorization", basic("admin", "t")}});
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.data["jobs"]), text(json::array()));
    }

    // The demo: a folder with two jobs (one name with a space), three paused builds (a plain input, one with
    // a parameter, one whose submitters leave me out); /_sim/holds {"vendor":"jenkins"} adds a paused build.
    void demo()
    {
        QVERIFY(m_sim.loadScenario(glsim::Simulator::demoScenario()).isEmpty());
        const QByteArray auth = basic("release-manager", m_sim.token().toUtf8());
        Answer a = call("GET", u"job/release/api/json"_s, {}, {{"Authorization", auth}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.data["jobs"].size(), std::size_t(2));
        int pausedBuilds = 0;
        bool withParameter = false;
        bool notMine = false;
        for (const auto &j : a.data["jobs"]) {
            const QString name = QString::fromStdString(j["name"].get<std::string>());
            const QString base = u"job/release/job/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
            for (const auto &run : call("GET", base + u"/wfapi/runs"_s, {}, {{"Authorization", auth}}).data) {
                if (run["status"] != "PAUSED_PENDING_INPUT") {
                    continue;
                }
                ++pausedBuilds;
                const Answer inputs =
                    call("GET",
                         base + u'/' + QString::fromStdString(run["id"].get<std::string>()) + u"/api/json"_s,
                         {}, {{"Authorization", auth}});
                const json execution = withClass(
                    inputs.data["actions"],
                    "org.jenkinsci.plugins.workflow.support.steps.input.InputAction")["executions"][0];
                withParameter = withParameter || !execution["input"]["parameters"].empty();
                notMine = notMine || execution["input"]["submitter"] == "sre-oncall";
            }
        }
        QCOMPARE(pausedBuilds, 3);
        QVERIFY(withParameter);
        QVERIFY(notMine);
        QVERIFY(a.data["jobs"][1]["name"].get<std::string>().find(' ') != std::string::npos);

        QUrl holds = m_sim.baseUrl();
        holds.setPath(u"/_sim/holds"_s);
        QNetworkRequest request(holds);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.post(request, QByteArray("{\"vendor\":\"jenkins\"}"));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(jenkins()->buildStatus(u"release/payments api"_s, 59), u"PAUSED_PENDING_INPUT"_s);
    }

    // A fault answers as Jenkins would (HTML, with its version header).
    void faultsAnswerInJenkinsStyle()
    {
        glsim::Fault fault;
        fault.path = u"/jenkins/"_s;
        fault.status = 503;
        m_sim.addFault(fault);
        const Answer a = call("GET", u"api/json"_s);
        QCOMPARE(a.status, 503);
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        QVERIFY(a.body.contains("getting ready to work"));
        QCOMPARE(a.header("X-Jenkins"), QByteArray("2.440.3"));
        QCOMPARE(call("GET", u"api/json"_s).status, 200);
    }

private:
    glsim::JenkinsSim *jenkins() const { return m_sim.module<glsim::JenkinsSim>(); }

    void load(const json &s)
    {
        const QString error = m_sim.loadScenario(QByteArray::fromStdString(s.dump()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_sim.clearFaults();
        m_sim.clearRequests();
    }
    static json scenarioWithCrumbs()
    {
        json s = scenario();
        s["jenkins"]["crumb_required"] = true;
        return s;
    }
    void loadWithCrumbs() { load(scenarioWithCrumbs()); }

    // A crumb and the cookie of the session it was issued for ("JSESSIONID.x=y").
    std::pair<QByteArray, QByteArray> fetchCrumb()
    {
        const Answer a = call("GET", u"crumbIssuer/api/json"_s);
        const QByteArray cookie = a.header("Set-Cookie").split(';').value(0);
        return {QByteArray::fromStdString(a.data.value("crumb", std::string())), cookie};
    }

    static Headers defaultHeaders() { return {{"Authorization", basic("ana", "jk-t0ken")}}; }
    static Headers withAuth(Headers more) { return defaultHeaders() + more; }
    static Headers formHeaders() { return withAuth({{"Content-Type", "application/x-www-form-urlencoded"}}); }

    // The absolute URL Jenkins writes into api/json, as a string.
    std::string absolute(const QString &relative) const
    {
        return QString(m_sim.baseUrl().toString() + u"/jenkins/"_s + relative).toStdString();
    }

    QUrl url(const QString &relative) const
    {
        QUrl u = m_sim.baseUrl();
        u.setPath(u"/jenkins/"_s + relative, QUrl::TolerantMode);
        return u;
    }

    Answer call(const QByteArray &verb, const QString &relative, const QByteArray &body = {},
                const Headers &headers = defaultHeaders(), const QString &query = {})
    {
        QUrl u = url(relative);
        if (!query.isEmpty()) {
            u.setQuery(query, QUrl::TolerantMode);
        }
        QNetworkRequest request(u);
        for (const auto &[name, value] : headers) {
            if (!name.isEmpty() && !value.isEmpty()) {
                request.setRawHeader(name, value);
            }
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)) {
            reply->abort();
        }
        reply->deleteLater();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.data = json::parse(a.body.toStdString(), nullptr, false);
        a.isJson = !a.data.is_discarded();
        if (!a.isJson) {
            a.data = nullptr;
        }
        a.headers = reply->rawHeaderPairs();
        return a;
    }

    glsim::Simulator m_sim;
    QNetworkAccessManager m_nam;
};

QTEST_MAIN(TestJenkinsSim)
#include "tst_jenkinssim.moc"
