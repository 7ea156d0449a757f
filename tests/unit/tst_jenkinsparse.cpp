// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/jenkins/jenkinsparse.h"

#include <QFile>
#include <QTest>

using namespace gl;
using namespace gl::jenkins;

// moc does not read raw strings as C++ does (it pairs their quotes as ordinary strings): inside JSON values
// it takes "//" for a comment and "#" for a directive, and an odd number of quotes hides the test functions
// that follow. Bodies with URLs are files in tests/data/jenkins (written for these tests in the shapes the
// remote API and wfapi answer); the raw strings here hold neither.
namespace {

QByteArray file(const QString &relative)
{
    QFile f(QStringLiteral(GL_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(relative));
    }
    return f.readAll();
}

QDateTime utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// Which parse function a bad input row goes to.
enum Parser
{
    Inputs,
    Runs,
    BuildBody,
    JobBody,
    CrumbBody
};

} // namespace

class TestJenkinsParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorities()
    {
        const auto r =
            jenkins::parseAuthorities("{\"name\": \"ana\", \"authenticated\": true, \"authorities\": "
                                      "[\"authenticated\", \"release-managers\"]}");
        QVERIFY(r.has_value());
        QCOMPARE(*r, (QStringList{QStringLiteral("authenticated"), QStringLiteral("release-managers")}));
        const auto none = jenkins::parseAuthorities("{\"name\": \"ana\"}");
        QVERIFY(none.has_value() && none->isEmpty());
        QVERIFY(!jenkins::parseAuthorities("[1]").has_value());
    }

    // The stage view plugin's own fixture: one element of wfapi/pendingInputActions.
    void pendingInputFixture()
    {
        const QByteArray item = file(QStringLiteral("public/jenkins_wfapi_pendingInputAction_item.json"));
        const auto list = parsePendingInputActions('[' + item + ']');
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), std::size_t(1));
        const PendingInput &in = list->front();
        QCOMPARE(in.id, QStringLiteral("Run-test-suites"));
        QCOMPARE(in.message, QStringLiteral("Workflow Configuration"));
        QCOMPARE(in.proceedText, QStringLiteral("Okay"));
        QCOMPARE(in.proceedUrl,
                 QStringLiteral("/jenkins/job/Workflow/24/wfapi/inputSubmit?inputId=Run-test-suites"));
        QCOMPARE(in.abortUrl, QStringLiteral("/jenkins/job/Workflow/24/input/Run-test-suites/abort"));
        QCOMPARE(in.parameters.size(), std::size_t(5));
        const InputParameter &tests = in.parameters[0];
        QCOMPARE(tests.type, QStringLiteral("BooleanParameterDefinition"));
        QCOMPARE(tests.name, QStringLiteral("Run test suites?"));
        QCOMPARE(tests.description, QStringLiteral("A checkbox option"));
        QCOMPARE(tests.defaultValue, QStringLiteral("true"));
        QCOMPARE(in.parameters[1].defaultValue, QStringLiteral("false"));
        QCOMPARE(in.parameters[2].type, QStringLiteral("StringParameterDefinition"));
        QCOMPARE(in.parameters[2].defaultValue, QStringLiteral("Hello"));
        QCOMPARE(in.parameters[3].name, QStringLiteral("Enter a passord")); // sic
        QCOMPARE(in.parameters[3].defaultValue, QStringLiteral("MyPasswd"));
        const InputParameter &pick = in.parameters[4];
        QCOMPARE(pick.type, QStringLiteral("ChoiceParameterDefinition"));
        QCOMPARE(pick.defaultValue, QStringLiteral("Choice 1"));
        QCOMPARE(pick.choices, (QStringList{QStringLiteral("Choice 1"), QStringLiteral("Choice 2"),
                                            QStringLiteral("Choice 3")}));
        QVERIFY(tests.choices.isEmpty());
    }

    // An input without parameters or OK caption (the stage view plugin's basic test shape), and
    // parameters whose definition Greenlight does not know.
    void pendingInputUnknownShapes()
    {
        const QByteArray body = R"([
          {"id": "Ef95dd500ae6ed3b27b89fb852296d12", "message": "Is the build okay?", "inputs": []},
          {"id": "p", "message": "m", "inputs": [
            {"type": "RunParameterDefinition", "name": "run", "definition": {}},
            {"type": "FileParameterDefinition", "name": "file"},
            {"type": "X", "name": "odd", "definition": {"defaultVal": {"nested": true}, "choices": ["a", 2, null, {"b": 1}]}},
            {"type": "Y", "name": "list", "definition": ["not", "a", "map"]},
            {"name": "noType", "definition": {"defaultVal": 42}}
          ]}
        ])";
        const auto list = parsePendingInputActions(body);
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE((*list)[0].id, QStringLiteral("Ef95dd500ae6ed3b27b89fb852296d12"));
        QVERIFY((*list)[0].proceedText.isEmpty());
        QVERIFY((*list)[0].parameters.empty());
        const auto &params = (*list)[1].parameters;
        QCOMPARE(params.size(), std::size_t(5));
        QCOMPARE(params[0].type, QStringLiteral("RunParameterDefinition"));
        QVERIFY(params[0].defaultValue.isEmpty());
        QCOMPARE(params[1].name, QStringLiteral("file"));
        QVERIFY(params[2].defaultValue.isEmpty()); // an object is no default
        QCOMPARE(params[2].choices, (QStringList{QStringLiteral("a"), QStringLiteral("2")}));
        QVERIFY(params[3].choices.isEmpty());
        QCOMPARE(params[4].defaultValue, QStringLiteral("42"));
        QVERIFY(params[4].type.isEmpty());
    }

    void runs()
    {
        const auto list = parseRuns(file(QStringLiteral("jenkins/wfapi_runs.json")));
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), std::size_t(2));
        const Run &paused = (*list)[0];
        QCOMPARE(paused.id, QStringLiteral("24"));
        QCOMPARE(paused.name, QStringLiteral("#24"));
        QCOMPARE(paused.status, QStringLiteral("PAUSED_PENDING_INPUT"));
        QCOMPARE(paused.startTime, utcMs(2016, 2, 11, 14, 53, 33));
        QCOMPARE(paused.durationMs, 87000);
        QCOMPARE(paused.pausedStages, QStringList{QStringLiteral("Deploy")});
        QCOMPARE((*list)[1].status, QStringLiteral("SUCCESS"));
        QVERIFY((*list)[1].pausedStages.isEmpty());
        QCOMPARE((*list)[1].durationMs, 61234);

        const auto bare = parseRuns(R"([{"id": "1", "status": "NOT_BUILT_YET", "startTimeMillis": 0}])");
        QVERIFY(bare.has_value());
        QCOMPARE(bare->front().status, QStringLiteral("NOT_BUILT_YET")); // unknown status kept
        QVERIFY(!bare->front().startTime.isValid());

        // Stages that are not objects with a name are passed over; a stage that ran is not where it waits.
        const auto odd = parseRuns(
            "[{\"id\": \"2\", \"status\": \"PAUSED_PENDING_INPUT\", \"stages\": [null, 3, "
            "{\"name\": \"Build\", \"status\": \"SUCCESS\"}, {\"status\": \"PAUSED_PENDING_INPUT\"}, "
            "{\"name\": \"  Approve  \", \"status\": \"PAUSED_PENDING_INPUT\"}]}]");
        QVERIFY2(odd.has_value(), qPrintable(odd ? QString() : odd.error().message));
        QCOMPARE(odd->front().pausedStages, QStringList{QStringLiteral("Approve")});
    }

    // A build paused at an input with parameters, beside one already answered; actions with nulls, empty
    // objects, other classes and a second git checkout (a shared library).
    void buildPausedForInput()
    {
        const auto b = parseBuild(file(QStringLiteral("jenkins/build_paused_for_input.json")));
        QVERIFY2(b.has_value(), qPrintable(b ? QString() : b.error().message));
        QCOMPARE(b->number, 24);
        QCOMPARE(b->url, QStringLiteral("https://jenkins.example/job/release/job/payments%20api/24/"));
        QVERIFY(b->result.isEmpty()); // null while running
        QVERIFY(b->building);
        QCOMPARE(b->timestamp, utcMs(2026, 1, 1, 0, 0, 0, 123));
        QCOMPARE(b->displayName, QStringLiteral("#24"));
        QCOMPARE(b->causeUserId, QStringLiteral("ann"));
        QCOMPARE(b->causeUserName, QStringLiteral("Ann Example"));
        QCOMPARE(b->causeText, QStringLiteral("Started by user Ann Example"));
        QCOMPARE(b->sha, QStringLiteral("8f3c2a1e9d7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a")); // the first checkout
        QCOMPARE(b->branch, QStringLiteral("refs/remotes/origin/main"));
        QCOMPARE(b->inputs.size(), std::size_t(2));

        const InputExecution &deploy = b->inputs[0];
        QCOMPARE(deploy.id, QStringLiteral("Deploy-to-prod"));
        QVERIFY(!deploy.settled);
        QCOMPARE(deploy.message, QStringLiteral("Deploy payments api to production?")); // not the cut name
        QCOMPARE(deploy.ok, QStringLiteral("Deploy"));
        QCOMPARE(deploy.submitters,
                 (QStringList{QStringLiteral("alice"), QStringLiteral("release-managers")}));
        QCOMPARE(deploy.parameters.size(), std::size_t(3));
        QCOMPARE(deploy.parameters[0].name, QStringLiteral("REGION"));
        QCOMPARE(deploy.parameters[0].type, QStringLiteral("ChoiceParameterDefinition"));
        QCOMPARE(deploy.parameters[0].description, QStringLiteral("Where to deploy"));
        QCOMPARE(deploy.parameters[0].defaultValue, QStringLiteral("eu-west-1"));
        QCOMPARE(deploy.parameters[0].choices,
                 (QStringList{QStringLiteral("eu-west-1"), QStringLiteral("us-east-1")}));
        QCOMPARE(deploy.parameters[1].defaultValue, QStringLiteral("false"));
        QVERIFY(deploy.parameters[2].defaultValue.isEmpty()); // a password's value is not exported
        QVERIFY(deploy.parameters[2].description.isEmpty());  // null

        const InputExecution &answered = b->inputs[1];
        QVERIFY(answered.settled);
        QCOMPARE(answered.message, QStringLiteral("Is the build okay?"));
        QVERIFY(answered.submitters.isEmpty()); // no submitter: anyone with Job/Build
        QVERIFY(answered.parameters.empty());
    }

    void finishedBuildWithoutActions()
    {
        const auto b = parseBuild(
            R"({"number": 23, "result": "SUCCESS", "building": false, "actions": [null, {}, 5, "x", {"_class": 7}]})");
        QVERIFY2(b.has_value(), qPrintable(b ? QString() : b.error().message));
        QCOMPARE(b->result, QStringLiteral("SUCCESS"));
        QVERIFY(!b->building);
        QVERIFY(b->inputs.empty());
        QVERIFY(b->sha.isEmpty());
        QVERIFY(b->causeUserId.isEmpty());
        QVERIFY(!b->timestamp.isValid());
        // A cause that names no user (an SCM change) is the text; the user comes from a later one.
        const auto timer = parseBuild(
            R"({"number": 3, "actions": [{"_class": "hudson.model.CauseAction", "causes": [null,
                {"shortDescription": "Started by an SCM change"}, {"shortDescription": "Started by user Bo", "userId": "bo", "userName": "Bo"}]}]})");
        QVERIFY(timer.has_value());
        QCOMPARE(timer->causeText, QStringLiteral("Started by an SCM change"));
        QCOMPARE(timer->causeUserId, QStringLiteral("bo"));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("input parameter name a number")
            << int(Inputs) << QByteArray(R"([{"id": "a", "inputs": [{"name": "ok"}, {"name": 5}]}])")
            << QStringLiteral("[0].inputs[1].name: expected a string, found number");
        QTest::newRow("input id missing") << int(Inputs) << QByteArray(R"([{"id": "a"}, {"message": "m"}])")
                                          << QStringLiteral("[1].id: required field is missing");
        QTest::newRow("inputs not a list") << int(Inputs) << QByteArray(R"([{"id": "a", "inputs": {}}])")
                                           << QStringLiteral("[0].inputs: expected an array, found object");
        QTest::newRow("run id a number") << int(Runs) << QByteArray(R"([{"id": 24}])")
                                         << QStringLiteral("[0].id: expected a string, found number");
        QTest::newRow("run start a string")
            << int(Runs) << QByteArray(R"([{"id": "1", "startTimeMillis": "soon"}])")
            << QStringLiteral("[0].startTimeMillis: expected an integer, found string");
        QTest::newRow("build number missing") << int(BuildBody) << QByteArray(R"({"result": null})")
                                              << QStringLiteral("number: required field is missing");
        QTest::newRow("settled a string")
            << int(BuildBody) << QByteArray(R"({"number": 1, "actions": [null, {},
                 {"_class": "org.jenkinsci.plugins.workflow.support.steps.input.InputAction",
                  "executions": [{"id": "x", "settled": "yes"}]}]})")
            << QStringLiteral("actions[2].executions[0].settled: expected true or false, found string");
        QTest::newRow("submitter a list")
            << int(BuildBody) << QByteArray(R"({"number": 1, "actions": [
                 {"_class": "org.jenkinsci.plugins.workflow.support.steps.input.InputAction",
                  "executions": [{"id": "x", "input": {"submitter": ["a"]}}]}]})")
            << QStringLiteral("actions[0].executions[0].input.submitter: expected a string, found array");
        QTest::newRow("sha a number")
            << int(BuildBody)
            << QByteArray(R"({"number": 1, "actions": [{"_class": "hudson.plugins.git.util.BuildData",
                 "lastBuiltRevision": {"SHA1": 1}}]})")
            << QStringLiteral("actions[0].lastBuiltRevision.SHA1: expected a string, found number");
        QTest::newRow("build a list")
            << int(BuildBody) << QByteArray("[]") << QStringLiteral("expected an object, found array");
        QTest::newRow("build number a string")
            << int(JobBody) << QByteArray(R"({"builds": [{"number": "24"}]})")
            << QStringLiteral("builds[0].number: expected an integer, found string");
        QTest::newRow("child name missing") << int(JobBody) << QByteArray(R"({"jobs": [{"name": "a"}, {}]})")
                                            << QStringLiteral("jobs[1].name: required field is missing");
        QTest::newRow("crumb missing")
            << int(CrumbBody) << QByteArray(R"({"crumbRequestField": "Jenkins-Crumb"})")
            << QStringLiteral("crumb: required field is missing");
        QTest::newRow("login page") << int(CrumbBody)
                                    << QByteArray(
                                           "<html><head><title>Sign in [Jenkins]</title></head></html>")
                                    << QStringLiteral("HTML page titled \"Sign in [Jenkins]\"");
        QTest::newRow("not JSON") << int(Runs) << QByteArray("Jenkins is getting ready to work")
                                  << QStringLiteral("invalid JSON at byte 1 of 32");
        QTest::newRow("truncated") << int(Inputs) << QByteArray("[{\"id\": \"a\", \"inp")
                                   << QStringLiteral("ends early");
    }
    void badInput()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString error;
        switch (which) {
        case 0: {
            const auto r = parsePendingInputActions(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        case 1: {
            const auto r = parseRuns(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        case 2: {
            const auto r = parseBuild(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        case 3: {
            const auto r = parseJob(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        default: {
            const auto r = parseCrumb(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        }
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void jobAndFolders()
    {
        const auto job = parseJob(file(QStringLiteral("jenkins/job_workflow.json")));
        QVERIFY2(job.has_value(), qPrintable(job ? QString() : job.error().message));
        QCOMPARE(job->className, QStringLiteral("org.jenkinsci.plugins.workflow.job.WorkflowJob"));
        QCOMPARE(job->name, QStringLiteral("payments api"));
        QCOMPARE(job->fullName, QStringLiteral("release/payments api"));
        QCOMPARE(job->url, QStringLiteral("https://jenkins.example/job/release/job/payments%20api/"));
        QCOMPARE(job->buildNumbers, (std::vector<qint64>{24, 23}));
        QVERIFY(job->jobs.empty());
        QVERIFY(!job->isFolder());

        const auto folder = parseJob(file(QStringLiteral("jenkins/folder.json")));
        QVERIFY2(folder.has_value(), qPrintable(folder ? QString() : folder.error().message));
        QVERIFY(folder->isFolder());
        QCOMPARE(folder->fullName, QStringLiteral("release"));
        QVERIFY(folder->buildNumbers.empty());
        QCOMPARE(folder->jobs.size(), std::size_t(2));
        QCOMPARE(folder->jobs[0].name, QStringLiteral("payments api"));
        QCOMPARE(folder->jobs[0].className, QStringLiteral("org.jenkinsci.plugins.workflow.job.WorkflowJob"));
        QCOMPARE(folder->jobs[1].name, QStringLiteral("déploiement"));
        QCOMPARE(folder->jobs[1].url,
                 QStringLiteral("https://jenkins.example/job/release/job/d%C3%A9ploiement/"));

        const auto empty = parseJob(R"({"_class": "some.plugin.CustomFolder", "name": "e", "jobs": []})");
        QVERIFY(empty.has_value());
        QVERIFY(empty->isFolder()); // an empty folder still lists its jobs
        const auto multibranch = parseJob(
            R"({"_class": "org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject", "name": "m"})");
        QVERIFY(multibranch.has_value());
        QVERIFY(multibranch->isFolder()); // asked with a tree that left "jobs" out
        const auto freestyle = parseJob(R"({"_class": "hudson.model.FreeStyleProject", "name": "f"})");
        QVERIFY(freestyle.has_value());
        QVERIFY(!freestyle->isFolder());
    }

    void crumb()
    {
        const auto c = parseCrumb(
            R"({"_class": "hudson.security.csrf.DefaultCrumbIssuer", "crumb": "4f1ad2b0c3e9", "crumbRequestField": "Jenkins-Crumb"})");
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->field, QStringLiteral("Jenkins-Crumb"));
        QCOMPARE(c->crumb, QStringLiteral("4f1ad2b0c3e9"));
        QVERIFY(!parseCrumb(R"({"crumb": "", "crumbRequestField": "Jenkins-Crumb"})").has_value());
    }

    void me()
    {
        const auto me = parseMe(
            R"({"_class": "hudson.model.User", "description": null, "fullName": "Ann Example", "id": "ann", "property": []})");
        QVERIFY2(me.has_value(), qPrintable(me ? QString() : me.error().message));
        QCOMPARE(me->id, QStringLiteral("ann"));
        QCOMPARE(me->fullName, QStringLiteral("Ann Example"));

        const auto whoAmI = parseMe(
            R"({"_class": "hudson.security.WhoAmI", "anonymous": false, "authenticated": true, "authorities": ["authenticated"], "name": "bo"})");
        QVERIFY2(whoAmI.has_value(), qPrintable(whoAmI ? QString() : whoAmI.error().message));
        QCOMPARE(whoAmI->id, QStringLiteral("bo"));
        QVERIFY(whoAmI->fullName.isEmpty());

        const auto anonymous = parseMe(
            R"({"_class": "hudson.security.WhoAmI", "anonymous": true, "authenticated": true, "name": "anonymous"})");
        QVERIFY(!anonymous.has_value());
        QVERIFY2(anonymous.error().message.contains(QLatin1String("anonymous")),
                 qPrintable(anonymous.error().message));
        const auto nobody = parseMe(R"({"fullName": "x"})");
        QVERIFY(!nobody.has_value());
        QVERIFY2(nobody.error().message.contains(QLatin1String("id: required field is missing")),
                 qPrintable(nobody.error().message));
    }

    void jobUrlPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("one job") << QStringLiteral("Workflow") << QStringLiteral("job/Workflow");
        QTest::newRow("folder and a space")
            << QStringLiteral("release/payments api") << QStringLiteral("job/release/job/payments%20api");
        QTest::newRow("non-ASCII as UTF-8")
            << QStringLiteral("équipe/déploiement") << QStringLiteral("job/%C3%A9quipe/job/d%C3%A9ploiement");
        QTest::newRow("percent, hash, question mark")
            << QStringLiteral("a%b/c#d?e") << QStringLiteral("job/a%25b/job/c%23d%3Fe");
        QTest::newRow("unreserved kept")
            << QStringLiteral("my-job_1.2~x") << QStringLiteral("job/my-job_1.2~x");
        QTest::newRow("plus, ampersand, semicolon")
            << QStringLiteral("a+b&c;d") << QStringLiteral("job/a%2Bb%26c%3Bd");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("double slash") << QStringLiteral("release//api") << QString();
        QTest::newRow("leading slash") << QStringLiteral("/release") << QString();
        QTest::newRow("trailing slash") << QStringLiteral("release/") << QString();
        QTest::newRow("dot dot") << QStringLiteral("release/../admin") << QString();
        QTest::newRow("only dot dot") << QStringLiteral("..") << QString();
        QTest::newRow("dot") << QStringLiteral("./release") << QString();
    }
    void jobUrlPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, url);
        const auto r = jobUrlPath(path);
        if (url.isEmpty()) {
            QVERIFY2(!r.has_value(), qPrintable(r ? *r : QString()));
            QVERIFY(!r.error().message.isEmpty());
        } else {
            QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
            QCOMPARE(*r, url);
        }
    }

    void errorTexts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("Failure page")
            << QByteArray(
                   "<!DOCTYPE html><html><head><title>Jenkins</title>\n"
                   "<script>var s = \"<p>not this</p>\";</script><style>p { color: red }</style></head>\n"
                   "<body><div id=\"side-panel\"><a href=\"/\">Dashboard</a></div>\n"
                   "<div id=\"main-panel\"><h1><svg class=\"icon-error\"></svg>\n  Error</h1>\n"
                   "<p>This input has been already given</p></div>\n"
                   "<!-- <p>nor this</p> --><footer><a href=\"https://www.jenkins.io/\">Jenkins "
                   "2.440</a></footer>"
                   "</body></html>")
            << QStringLiteral("Error: This input has been already given");
        QTest::newRow("Jetty 404")
            << QByteArray(
                   "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
                   "<title>Error 404 Not Found</title>\n</head>\n<body><h2>HTTP ERROR 404 Not Found</h2>\n"
                   "<table>\n<tr><th>URI:</th><td>/job/nope/api/json</td></tr>\n"
                   "<tr><th>STATUS:</th><td>404</td></tr>\n</table>\n<hr/><a "
                   "href=\"https://eclipse.org/jetty\">"
                   "Powered by Jetty:// 10.0.18</a><hr/>\n</body>\n</html>")
            << QStringLiteral("HTTP ERROR 404 Not Found");
        QTest::newRow("Oops page")
            << QByteArray(
                   "<html><body><h1 style=\"text-align: center\">Oops!</h1>"
                   "<div id=\"error-description\"><h2 style=\"text-align: center\">A problem occurred while "
                   "processing the request</h2><p style=\"text-align: center\">Logging "
                   "ID=3f2a</p></div></body></html>")
            << QStringLiteral("Oops! A problem occurred while processing the request Logging ID=3f2a");
        QTest::newRow("entities and whitespace")
            << QByteArray(
                   "<p>You need to be &quot;alice&quot;\n   to&nbsp;submit &amp; approve &#8212; &#x41;.</p>")
            << QStringLiteral("You need to be \"alice\" to submit & approve \u2014 A.");
        QTest::newRow("title only")
            << QByteArray("<html><head><title>403 Forbidden</title></head><body></body></html>")
            << QStringLiteral("403 Forbidden");
        QTest::newRow("no blocks, no title")
            << QByteArray("<div><b>Bad</b>   <i>request</i></div>") << QStringLiteral("Bad request");
        QTest::newRow("JSON message")
            << QByteArray(R"({"message": "No such job", "status": 404})") << QStringLiteral("No such job");
        QTest::newRow("plain text") << QByteArray("No valid crumb was included in the request\n")
                                    << QStringLiteral("No valid crumb was included in the request");
        QTest::newRow("empty") << QByteArray("  \n") << QString();
        QTest::newRow("unterminated tag")
            << QByteArray("<p>unterminated <b") << QStringLiteral("unterminated");
        QTest::newRow("unterminated comment")
            << QByteArray("<h1>Error</h1><!-- <p>x</p>") << QStringLiteral("Error");
    }
    void errorTexts()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(errorText(body), text);
    }

    void errorTextIsCapped()
    {
        const QByteArray body = "<p>" + QByteArray(5000, 'x') + "</p>";
        const QString text = errorText(body);
        QCOMPARE(text.size(), 500);
        QVERIFY(text.startsWith(QLatin1String("xxxx")));
    }
};

QTEST_GUILESS_MAIN(TestJenkinsParse)
#include "tst_jenkinsparse.moc"
