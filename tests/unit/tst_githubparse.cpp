// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/github/githubparse.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace gl;
using namespace gl::github;

// moc does not read raw strings as C++ does (it pairs their quotes as ordinary strings): inside JSON values
// it takes "//" for a comment and "#" for a directive, and an odd number of quotes hides the test functions
// that follow. Raw strings here write slashes as \/ and hold no "#"; other bodies are files or built.
namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(GL_TEST_DATA "/public/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return f.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// A waiting run in the shape of GET /repos/{owner}/{repo}/actions/runs/{run_id}, trimmed to what is read
// and a few fields that are not (written for these tests).
QByteArray waitingRun()
{
    QFile f(QStringLiteral(GL_TEST_DATA "/github/workflow_run_waiting.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing tests/data/github/workflow_run_waiting.json");
    }
    return f.readAll();
}

// An error body as GitHub sends it.
QByteArray errorBody(const char *message, const char *documentationUrl)
{
    nlohmann::json body = {{"message", message}};
    if (documentationUrl) {
        body["documentation_url"] = documentationUrl;
    }
    return QByteArray::fromStdString(body.dump());
}

// Which parse function a bad input row goes to.
enum Parser
{
    Pending,
    Page,
    Reviews,
    Response,
    UserBody
};

} // namespace

class TestGitHubParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repositories()
    {
        const auto r = github::parseRepositories(
            "[{\"id\": 1, \"full_name\": \"acme/api\"}, {\"id\": 2, \"full_name\": \"acme/web\"}]");
        QVERIFY(r.has_value());
        QCOMPARE(*r, (QStringList{QStringLiteral("acme/api"), QStringLiteral("acme/web")}));
        const auto missing = github::parseRepositories("[{\"id\": 1}]");
        QVERIFY(!missing.has_value());
        QVERIFY2(missing.error().message.contains(QLatin1String("[0].full_name")),
                 qPrintable(missing.error().message));
        QVERIFY(!github::parseRepositories("{}").has_value());
    }

    void pendingDeploymentsFixture()
    {
        const auto list = parsePendingDeployments(fixture("github_get_pending_deployments_response.json"));
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), std::size_t(1));
        const PendingDeployment &d = list->front();
        QCOMPARE(d.environment.id, 161088068);
        QCOMPARE(d.environment.name, QStringLiteral("staging"));
        QCOMPARE(d.environment.htmlUrl, QStringLiteral("https://github.com/github/hello-world/deployments/"
                                                       "activity_log?environments_filter=staging"));
        QCOMPARE(d.waitTimerMinutes, 30);
        QCOMPARE(d.waitTimerStartedAt, utc(2020, 11, 23, 22, 0, 40));
        QVERIFY(d.currentUserCanApprove);
        QCOMPARE(d.reviewers.size(), std::size_t(2));
        const Reviewer &user = d.reviewers[0];
        QCOMPARE(user.type, Reviewer::Type::User);
        QCOMPARE(user.typeName, QStringLiteral("User"));
        QCOMPARE(user.user.login, QStringLiteral("octocat"));
        QCOMPARE(user.user.id, 1);
        QCOMPARE(user.user.htmlUrl, QStringLiteral("https://github.com/octocat"));
        QCOMPARE(user.displayName(), QStringLiteral("octocat"));
        const Reviewer &team = d.reviewers[1];
        QCOMPARE(team.type, Reviewer::Type::Team);
        QCOMPARE(team.team.slug, QStringLiteral("justice-league"));
        QCOMPARE(team.team.name, QStringLiteral("Justice League"));
        QCOMPARE(team.team.id, 1);
        QCOMPARE(team.displayName(), QStringLiteral("github/justice-league")); // org from the team's page
    }

    void reviewResponseFixture()
    {
        const auto list = parseReviewResponse(fixture("github_review_pending_deployments_response.json"));
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), std::size_t(1));
        const Deployment &d = list->front();
        QCOMPARE(d.id, 1);
        QCOMPARE(d.sha, QStringLiteral("a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d"));
        QCOMPARE(d.ref, QStringLiteral("topic-branch"));
        QCOMPARE(d.environment, QStringLiteral("production"));
        QCOMPARE(d.createdAt, utc(2012, 7, 20, 1, 19, 13));
        QCOMPARE(d.creator.login, QStringLiteral("octocat"));
    }

    void approvalsHistoryFixture()
    {
        const auto list = parseReviews(fixture("github_run_approvals_history_response.json"));
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), std::size_t(1));
        const Review &r = list->front();
        QCOMPARE(r.state, QStringLiteral("approved"));
        QCOMPARE(r.comment, QStringLiteral("Ship it!"));
        QCOMPARE(r.user.login, QStringLiteral("octocat"));
        QCOMPARE(r.environments, QStringList{QStringLiteral("staging")});
    }

    // One run waiting on two environments: staging the token may approve, production it may not; the
    // production timer has not started, and optional fields are missing.
    void runWaitingOnTwoEnvironments()
    {
        const QByteArray body = R"([
          {"environment": {"id": 11, "name": "staging"}, "wait_timer": 0, "wait_timer_started_at": null,
           "current_user_can_approve": true,
           "reviewers": [{"type": "Team", "reviewer": {"id": 7, "slug": "release-managers", "name": "Release managers"}}]},
          {"environment": {"id": 12, "name": "production", "html_url": "https:\/\/github.com/o/r/deployments"},
           "current_user_can_approve": false,
           "reviewers": [{"type": "User", "reviewer": {"login": "l"}},
                         {"type": "Team", "reviewer": {"name": "Only a name"}},
                         {"type": "Bot", "reviewer": {"anything": 1}}]},
          {"environment": {"id": 13, "name": "qa"}}
        ])";
        const auto list = parsePendingDeployments(body);
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), std::size_t(3));
        const PendingDeployment &staging = (*list)[0];
        QCOMPARE(staging.environment.id, 11);
        QVERIFY(!staging.waitTimerStartedAt.isValid());
        QVERIFY(staging.currentUserCanApprove);
        QCOMPARE(staging.reviewers.size(), std::size_t(1));
        QCOMPARE(staging.reviewers[0].type, Reviewer::Type::Team);
        QCOMPARE(staging.reviewers[0].displayName(), QStringLiteral("release-managers")); // no page: slug
        const PendingDeployment &production = (*list)[1];
        QCOMPARE(production.environment.name, QStringLiteral("production"));
        QVERIFY(!production.currentUserCanApprove);
        QCOMPARE(production.waitTimerMinutes, 0); // absent
        QCOMPARE(production.reviewers.size(), std::size_t(3));
        QCOMPARE(production.reviewers[0].user.login, QStringLiteral("l"));
        QCOMPARE(production.reviewers[0].user.id, 0); // abbreviated object without an id
        QCOMPARE(production.reviewers[1].displayName(), QStringLiteral("Only a name"));
        QCOMPARE(production.reviewers[2].type, Reviewer::Type::Other);
        QCOMPARE(production.reviewers[2].typeName, QStringLiteral("Bot")); // unknown type kept
        QCOMPARE(production.reviewers[2].displayName(), QStringLiteral("Bot"));
        const PendingDeployment &qa = (*list)[2];
        QVERIFY(!qa.currentUserCanApprove); // absent: not allowed
        QVERIFY(qa.reviewers.empty());
    }

    void workflowRun()
    {
        const auto r = parseWorkflowRun(waitingRun());
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->id, 30433642);
        QCOMPARE(r->name, QStringLiteral("Deploy"));
        QCOMPARE(r->displayTitle, QStringLiteral("Release 2.4 to production"));
        QCOMPARE(r->runNumber, 562);
        QCOMPARE(r->runAttempt, 2);
        QCOMPARE(r->event, QStringLiteral("push"));
        QCOMPARE(r->status, QStringLiteral("waiting"));
        QVERIFY(r->conclusion.isEmpty());
        QCOMPARE(r->headBranch, QStringLiteral("main"));
        QCOMPARE(r->headSha, QStringLiteral("acb5820ced9479c074f688cc328bf03f341a511d"));
        QCOMPARE(r->htmlUrl, QStringLiteral("https://github.com/octo-org/octo-repo/actions/runs/30433642"));
        QCOMPARE(r->createdAt, utc(2026, 1, 5, 9, 0, 0));
        QCOMPARE(r->updatedAt, utc(2026, 1, 5, 9, 3, 10));
        QCOMPARE(r->runStartedAt, utc(2026, 1, 5, 9, 1, 0));
        QCOMPARE(r->actor.login, QStringLiteral("octocat"));
        QCOMPARE(r->triggeringActor.login, QStringLiteral("hubot"));
        QCOMPARE(r->triggeringActor.id, 2);
        QCOMPARE(r->commitMessage, QStringLiteral("Bump version to 2.4\n\nRelease notes inside"));
        QCOMPARE(r->repository, QStringLiteral("octo-org/octo-repo"));
    }

    void runPageWithMissingOptionalFields()
    {
        const QByteArray body =
            QByteArray(R"({"total_count": 2, "workflow_runs": [)") + waitingRun() +
            R"(, {"id": 5, "status": "completed", "conclusion": "failure", "head_commit": null,
                                      "actor": null}]})";
        const auto page = parseRunPage(body);
        QVERIFY2(page.has_value(), qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page->totalCount, 2);
        QCOMPARE(page->runs.size(), std::size_t(2));
        QCOMPARE(page->runs[0].id, 30433642);
        const WorkflowRun &bare = page->runs[1];
        QCOMPARE(bare.id, 5);
        QCOMPARE(bare.conclusion, QStringLiteral("failure"));
        QVERIFY(bare.commitMessage.isEmpty());
        QVERIFY(bare.actor.login.isEmpty());
        QVERIFY(bare.repository.isEmpty());
        QVERIFY(!bare.runStartedAt.isValid());
        QCOMPARE(bare.runAttempt, 0);

        const auto empty = parseRunPage(R"({"total_count": 0, "workflow_runs": []})");
        QVERIFY(empty.has_value());
        QVERIFY(empty->runs.empty());
    }

    void badInput_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("environment id a string")
            << int(Pending)
            << QByteArray(R"([{"environment":{"id":11,"name":"a"}},{"environment":{"id":"12","name":"b"}}])")
            << QStringLiteral("[1].environment.id: expected an integer, found string");
        QTest::newRow("environment missing") << int(Pending) << QByteArray(R"([{"wait_timer":1}])")
                                             << QStringLiteral("[0].environment: required field is missing");
        QTest::newRow("reviewer login a number")
            << int(Pending)
            << QByteArray(
                   R"([{"environment":{"id":1,"name":"a"},"reviewers":[{"type":"User","reviewer":{"login":"a"}},{"type":"User","reviewer":{"login":7}}]}])")
            << QStringLiteral("[0].reviewers[1].reviewer.login: expected a string, found number");
        QTest::newRow("can approve a string")
            << int(Pending)
            << QByteArray(R"([{"environment":{"id":1,"name":"a"},"current_user_can_approve":"yes"}])")
            << QStringLiteral("[0].current_user_can_approve: expected true or false, found string");
        QTest::newRow("timer start not a time")
            << int(Pending)
            << QByteArray(R"([{"environment":{"id":1,"name":"a"},"wait_timer_started_at":"soon"}])")
            << QStringLiteral("[0].wait_timer_started_at: expected an ISO 8601 time");
        QTest::newRow("object, not a list")
            << int(Pending) << QByteArray("{}") << QStringLiteral("expected an array, found object");
        QTest::newRow("run status missing")
            << int(Page)
            << QByteArray(R"({"total_count":1,"workflow_runs":[{"id":1,"status":"queued"},{"id":2}]})")
            << QStringLiteral("workflow_runs[1].status: required field is missing");
        QTest::newRow("runs not a list") << int(Page) << QByteArray(R"({"total_count":1,"workflow_runs":{}})")
                                         << QStringLiteral("workflow_runs: expected an array, found object");
        QTest::newRow("review environment name missing")
            << int(Reviews) << QByteArray(R"([{"state":"approved","environments":[{"id":1}]}])")
            << QStringLiteral("[0].environments[0].name: required field is missing");
        QTest::newRow("deployment id missing") << int(Response) << QByteArray(R"([{"sha":"abc"}])")
                                               << QStringLiteral("[0].id: required field is missing");
        QTest::newRow("user login missing") << int(UserBody) << QByteArray(R"({"id":1})")
                                            << QStringLiteral("login: required field is missing");
        QTest::newRow("html") << int(Pending) << QByteArray("<html><title>Unicorn! · GitHub</title></html>")
                              << QStringLiteral("HTML page titled \"Unicorn! · GitHub\"");
        QTest::newRow("not JSON") << int(Page) << QByteArray("Service unavailable")
                                  << QStringLiteral("invalid JSON at byte 1 of 19");
        QTest::newRow("truncated") << int(Reviews) << QByteArray("[{\"state\":\"appr")
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
            const auto r = parsePendingDeployments(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        case 1: {
            const auto r = parseRunPage(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        case 2: {
            const auto r = parseReviews(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        case 3: {
            const auto r = parseReviewResponse(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        default: {
            const auto r = parseUser(body);
            QVERIFY(!r.has_value());
            error = r.error().message;
            break;
        }
        }
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void user()
    {
        const auto u = parseUser(
            R"({"login":"mona","id":583231,"name":"Mona Lisa","html_url":"https:\/\/github.com/mona","type":"User"})");
        QVERIFY2(u.has_value(), qPrintable(u ? QString() : u.error().message));
        QCOMPARE(u->login, QStringLiteral("mona"));
        QCOMPARE(u->id, 583231);
        QCOMPARE(u->name, QStringLiteral("Mona Lisa"));
        QCOMPARE(u->htmlUrl, QStringLiteral("https://github.com/mona"));
        const auto noName = parseUser(R"({"login":"x","id":2,"name":null})");
        QVERIFY(noName.has_value());
        QVERIFY(noName->name.isEmpty());
    }

    void errors()
    {
        const ApiError validation = parseError(
            R"({"message":"Validation Failed","errors":[{"resource":"Deployment","field":"environment_ids","code":"missing_field"},{"message":"comment is required"},"plain text"],"documentation_url":"https:\/\/docs.github.com/rest"})");
        QCOMPARE(validation.message, QStringLiteral("Validation Failed"));
        QCOMPARE(validation.documentationUrl, QStringLiteral("https://docs.github.com/rest"));
        QCOMPARE(validation.errors,
                 (QStringList{QStringLiteral("Deployment environment_ids missing_field"),
                              QStringLiteral("comment is required"), QStringLiteral("plain text")}));
        QVERIFY(!validation.secondaryRateLimit());
        QCOMPARE(
            parseMessage(R"({"message":"Validation Failed","errors":[{"message":"comment is required"}]})"),
            QStringLiteral("Validation Failed: comment is required"));
        const QByteArray notFound =
            R"({"message":"Not Found","documentation_url":"https:\/\/docs.github.com/rest"})";
        QCOMPARE(parseMessage(notFound), QStringLiteral("Not Found"));
        QCOMPARE(parseMessage("Bad gateway\n"), QStringLiteral("Bad gateway"));

        const ApiError none = parseError("<html>no</html>");
        QVERIFY(none.message.isEmpty());
        QVERIFY(none.errors.isEmpty());
        QVERIFY(!none.secondaryRateLimit());
        QVERIFY(parseError("").message.isEmpty());
        QVERIFY(parseError(R"({"message":5,"errors":"x"})").message.isEmpty());
    }

    void secondaryRateLimit_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("secondary");
        QTest::newRow("current documentation link")
            << errorBody("You have exceeded a limit.",
                         "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api"
                         "#about-secondary-rate-limits")
            << true;
        QTest::newRow("old abuse link") << errorBody("You have triggered an abuse detection mechanism.",
                                                     "https://developer.github.com/v3/#abuse-rate-limits")
                                        << true;
        QTest::newRow("message only") << errorBody("You have exceeded a Secondary Rate Limit. Please wait a "
                                                   "few minutes before you try again.",
                                                   nullptr)
                                      << true;
        QTest::newRow("primary limit") << errorBody("API rate limit exceeded for user ID 1.",
                                                    "https://docs.github.com/rest/overview/"
                                                    "rate-limits-for-the-rest-api#about-primary-rate-limits")
                                       << false;
        QTest::newRow("forbidden") << errorBody("Resource not accessible by personal access token", nullptr)
                                   << false;
        QTest::newRow("not JSON") << QByteArray("secondary rate limit") << false;
    }
    void secondaryRateLimit()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, secondary);
        QCOMPARE(parseError(body).secondaryRateLimit(), secondary);
    }

    void linkHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next"); // empty: none
        QTest::newRow("GitHub's four links")
            << QByteArray(
                   "<https://api.github.com/repositories/1300192/actions/runs?page=2>; rel=\"prev\", "
                   "<https://api.github.com/repositories/1300192/actions/runs?page=4>; rel=\"next\", "
                   "<https://api.github.com/repositories/1300192/actions/runs?page=515>; rel=\"last\", "
                   "<https://api.github.com/repositories/1300192/actions/runs?page=1>; rel=\"first\"")
            << QStringLiteral("https://api.github.com/repositories/1300192/actions/runs?page=4");
        QTest::newRow("next last, unquoted, no spaces")
            << QByteArray(
                   "<https://api.github.com/x?page=9>;rel=last,<https://api.github.com/x?page=3>;rel=next")
            << QStringLiteral("https://api.github.com/x?page=3");
        QTest::newRow("several rel values") << QByteArray("<https://h.example/a?page=2>; rel=\"next last\"")
                                            << QStringLiteral("https://h.example/a?page=2");
        QTest::newRow("case, tabs and other parameters")
            << QByteArray("<https://h.example/a?page=1>; rel=\"prev\"; title=\"a, "
                          "\\\"b\\\"\",\t<https://h.example/a?page=3> ;\tREL=\"Next\" ; type=\"text/html\"")
            << QStringLiteral("https://h.example/a?page=3");
        QTest::newRow("first next wins")
            << QByteArray("<https://h.example/1>; rel=next, <https://h.example/2>; rel=next")
            << QStringLiteral("https://h.example/1");
        QTest::newRow("only last") << QByteArray("<https://h.example/a?page=515>; rel=\"last\"") << QString();
        QTest::newRow("prev and first only")
            << QByteArray(
                   "<https://h.example/a?page=1>; rel=\"prev\", <https://h.example/a?page=1>; rel=\"first\"")
            << QString();
        QTest::newRow("nextish is not next")
            << QByteArray("<https://h.example/a>; rel=\"next-archive\"") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("blank") << QByteArray("   ") << QString();
        QTest::newRow("no angle brackets") << QByteArray("https://h.example/a; rel=\"next\"") << QString();
        QTest::newRow("unclosed bracket") << QByteArray("<https://h.example/a; rel=\"next\"") << QString();
        QTest::newRow("unterminated quote") << QByteArray("<https://h.example/a>; rel=\"next") << QString();
        QTest::newRow("trailing comma") << QByteArray("<https://h.example/a>; rel=\"next\",") << QString();
        QTest::newRow("garbage after a good next")
            << QByteArray("<https://h.example/a>; rel=\"next\", garbage") << QString();
        QTest::newRow("missing semicolon") << QByteArray("<https://h.example/a> rel=\"next\"") << QString();
        QTest::newRow("relative target") << QByteArray(R"(</a?page=2>; rel="next")") << QString();
        QTest::newRow("other scheme") << QByteArray(R"(<javascript:alert(1)>; rel="next")") << QString();
        QTest::newRow("empty target") << QByteArray(R"(<>; rel="next")") << QString();
        QTest::newRow("space inside target")
            << QByteArray("<https://h.example/a b>; rel=\"next\"") << QString();
    }
    void linkHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        const std::optional<QUrl> url = nextPageLink(header);
        if (next.isEmpty()) {
            QVERIFY2(!url.has_value(), qPrintable(url ? url->toString() : QString()));
        } else {
            QVERIFY(url.has_value());
            QCOMPARE(url->toString(), next);
        }
    }
};

QTEST_GUILESS_MAIN(TestGitHubParse)
#include "tst_githubparse.moc"
