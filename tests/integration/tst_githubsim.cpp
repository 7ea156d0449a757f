// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The simulator's GitHub Actions module (app/sim/githubsim.h) over loopback HTTP, as a client sees it:
// credentials, waiting runs page by page with their Link header, pending deployments with user and team
// reviewers, approving and rejecting with GitHub's validation, conditional requests, both rate limits,
// API versions and the scenario's errors. Shapes are compared with GitHub's own examples in
// tests/data/public. These test the test server, not Greenlight; they keep the other tests honest.

#include "githubsim.h"
#include "simulator.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

const char *const kToken = "gh-t0ken";
const char *const kReviewDoc =
    "https://docs.github.com/rest/actions/workflow-runs#review-pending-deployments-for-a-workflow-run";

struct Answer
{
    int status = 0;
    json body;
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// JSON as text, for QCOMPARE to print.
QString text(const json &value)
{
    return QString::fromStdString(value.dump());
}

QStringList keys(const json &object)
{
    QStringList out;
    for (auto it = object.begin(); object.is_object() && it != object.end(); ++it) {
        out << QString::fromStdString(it.key());
    }
    out.sort();
    return out;
}

json fixture(const char *name)
{
    QFile f(QStringLiteral(GL_TEST_DATA "/public/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    const QByteArray data = f.readAll();
    return json::parse(data.constBegin(), data.constEnd(), nullptr, false);
}

// rel → URL of an RFC 8288 Link header.
QHash<QString, QString> links(const QByteArray &header)
{
    QHash<QString, QString> out;
    static const QRegularExpression link(QStringLiteral("<([^>]*)>;\\s*rel=\"([^\"]*)\""));
    for (auto it = link.globalMatch(QString::fromUtf8(header)); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(2), m.captured(1));
    }
    return out;
}

json reviewer(const char *type, int id)
{
    return {{"type", type}, {"id", id}};
}

json run(qint64 id, int ageMinutes, json pending, int actor = 2)
{
    json r = {{"id", id},
              {"name", "Deploy"},
              {"display_title", "Change " + std::to_string(id)},
              {"head_branch", "main"},
              {"actor", actor},
              {"age_minutes", ageMinutes}};
    if (!pending.is_null()) {
        r["pending"] = std::move(pending);
    }
    return r;
}

// Me (ana, 1) and two colleagues; acme/api has four environments: staging (me as a user), production (a
// team I am in, 30 minutes' wait timer), prod-eu (a team I am not in) and guarded (me, but it prevents
// self-review). Seven runs wait, newest first: 30433642 on staging and production, 30433643 on prod-eu,
// 30433644 (mine) on guarded, 30433645 on production, three more on staging; and three do not wait.
json gitHubSection()
{
    json users = json::array({json{{"id", 1}, {"login", "ana"}, {"name", "Ana Lima"}},
                              json{{"id", 2}, {"login", "jurgen"}, {"name", "Jürgen Weiß"}},
                              json{{"id", 3}, {"login", "kenji"}, {"name", "Kenji Sato"}}});
    json teams =
        json::array({json{{"id", 7},
                          {"slug", "release-managers"},
                          {"name", "Release managers"},
                          {"members", json::array({1})}},
                     json{{"id", 8}, {"slug", "sre"}, {"name", "SRE"}, {"members", json::array({3})}}});
    json environments = json::array(
        {json{{"id", 161088068}, {"name", "staging"}, {"reviewers", json::array({reviewer("User", 1)})}},
         json{{"id", 161088069},
              {"name", "production"},
              {"reviewers", json::array({reviewer("Team", 7)})},
              {"wait_timer", 30}},
         json{{"id", 161088070}, {"name", "prod-eu"}, {"reviewers", json::array({reviewer("Team", 8)})}},
         json{{"id", 161088071},
              {"name", "guarded"},
              {"reviewers", json::array({reviewer("User", 1)})},
              {"prevent_self_review", true}}});
    json done = run(30433600, 100, nullptr);
    json failed = run(30433601, 200, nullptr);
    failed["conclusion"] = "failure";
    json running = run(30433602, 50, nullptr);
    running["status"] = "in_progress";
    json runs = json::array(
        {run(30433642, 5, json::array({"staging", "production"})),
         run(30433643, 10, json::array({"prod-eu"})), run(30433644, 15, json::array({"guarded"}), 1),
         run(30433645, 20, json::array({"production"}), 3), run(30433646, 25, json::array({"staging"})),
         run(30433647, 30, json::array({"staging"})), run(30433648, 35, json::array({"staging"})), done,
         failed, running});
    runs[0]["head_sha"] = "009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d";
    return {
        {"users", users},
        {"teams", teams},
        {"me", 1},
        {"repos",
         json::array({json{
             {"full_name", "acme/api"}, {"id", 1296269}, {"environments", environments}, {"runs", runs}}})}};
}

QByteArray bytes(const json &value)
{
    return QByteArray::fromStdString(value.dump());
}

QByteArray scenario(const json &github)
{
    return QByteArray::fromStdString(json{{"token", kToken}, {"github", github}}.dump());
}

} // namespace

class TestGitHubSim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.listenLocal() != 0); }

    void init()
    {
        QVERIFY(gh());
        QCOMPARE(m_sim.loadScenario(scenario(gitHubSection())), QString());
        m_sim.clearFaults();
        m_sim.clearRequests();
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("Bearer") << QByteArray("Bearer gh-t0ken") << 200;
        QTest::newRow("token") << QByteArray("token gh-t0ken") << 200;
        QTest::newRow("bearer, lower case") << QByteArray("bearer gh-t0ken") << 200;
        QTest::newRow("Bearer, wrong token") << QByteArray("Bearer gh-t0ke") << 401;
        QTest::newRow("token, wrong token") << QByteArray("token gh-t0ken2") << 401;
        QTest::newRow("Basic") << "Basic " + QByteArray("gh-t0ken:").toBase64() << 401;
        QTest::newRow("scheme only") << QByteArray("Bearer") << 401;
        QTest::newRow("token alone") << QByteArray("gh-t0ken") << 401;
        QTest::newRow("none") << QByteArray() << 401;
    }

    // Bearer or token, the scenario's token; else 401 "Bad credentials" (which PyGithub turns into
    // BadCredentialsException), still with rate-limit headers.
    void authentication()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        const Answer a = call("GET", u"/api/v3/user"_s, {}, {{"Authorization", value}});
        QCOMPARE(a.status, status);
        QVERIFY(!a.header("x-ratelimit-limit").isEmpty());
        QCOMPARE(a.header("x-ratelimit-resource"), QByteArray("core"));
        if (status == 200) {
            QCOMPARE(text(a.body["login"]), text("ana"));
        } else {
            QCOMPARE(text(a.body), text({{"message", "Bad credentials"},
                                         {"documentation_url", "https://docs.github.com/rest"}}));
            QCOMPARE(a.header("x-ratelimit-limit"), QByteArray("60"));
            QCOMPARE(gh()->rateRemaining(), 5000); // the user's budget is not touched
        }
    }

    void userAndRepository()
    {
        const QString base = m_sim.baseUrl().toString();
        Answer a = call("GET", u"/api/v3/user"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body["id"]), text(1));
        QCOMPARE(text(a.body["name"]), text("Ana Lima"));
        QCOMPARE(text(a.body["type"]), text("User"));
        QCOMPARE(text(a.body["node_id"]), text("MDQ6VXNlcjE=")); // GitHub's own id of user 1
        QCOMPARE(text(a.body["html_url"]), text(base.toStdString() + "/ana"));

        a = call("GET", u"/api/v3/repos/acme/api"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body["id"]), text(1296269));
        QCOMPARE(text(a.body["name"]), text("api"));
        QCOMPARE(text(a.body["full_name"]), text("acme/api"));
        QCOMPARE(text(a.body["private"]), text(true));
        QCOMPARE(text(a.body["owner"]["login"]), text("acme"));
        QCOMPARE(text(a.body["html_url"]), text(base.toStdString() + "/acme/api"));
        QCOMPARE(text(a.body["url"]), text(base.toStdString() + "/api/v3/repos/acme/api"));
        QCOMPARE(call("GET", u"/api/v3/repos/ACME/Api"_s).status, 200); // names are not case-sensitive

        a = call("GET", u"/api/v3/repos/acme/nope"_s);
        QCOMPARE(a.status, 404);
        QCOMPARE(text(a.body),
                 text({{"message", "Not Found"},
                       {"documentation_url", "https://docs.github.com/rest/repos/repos#get-a-repository"}}));
        QCOMPARE(call("GET", u"/api/v3/repos/acme/nope/actions/runs"_s).status, 404);
        QCOMPARE(call("GET", u"/api/v3/repos/acme/api/actions/runs/1"_s).status, 404);
        QCOMPARE(call("GET", u"/api/v3/repos/acme/api/actions/runs/30433642/nothing"_s).status, 404);
    }

    // Seven waiting runs, three a page: newest first, total_count on every page, and a Link header with
    // absolute URLs that keep status and per_page; following rel="next" reads each run once.
    void waitingRunsArePagedWithLinks()
    {
        const QString base = m_sim.baseUrl().toString();
        QUrl url = m_sim.baseUrl();
        url.setPath(u"/api/v3/repos/acme/api/actions/runs"_s);
        url.setQuery(u"status=waiting&per_page=3"_s);
        QList<qint64> ids;
        QList<QHash<QString, QString>> pages;
        for (int guard = 0; guard < 10 && url.isValid(); ++guard) {
            const Answer a = callUrl("GET", url);
            QCOMPARE(a.status, 200);
            QCOMPARE(text(a.body["total_count"]), text(7));
            for (const json &r : a.body["workflow_runs"]) {
                QCOMPARE(text(r["status"]), text("waiting"));
                ids << r["id"].get<qint64>();
            }
            pages << links(a.header("link"));
            url = QUrl(pages.last().value(u"next"_s));
        }
        QCOMPARE(ids, (QList<qint64>{30433642, 30433643, 30433644, 30433645, 30433646, 30433647, 30433648}));
        QCOMPARE(pages.size(), 3);
        const auto page = [&](int n) -> QString {
            return base + u"/api/v3/repos/acme/api/actions/runs?status=waiting&per_page=3&page="_s +
                   QString::number(n);
        };
        QCOMPARE(pages[0].value(u"next"_s), page(2));
        QCOMPARE(pages[0].value(u"last"_s), page(3));
        QCOMPARE(pages[0].size(), 2); // no prev, no first on the first page
        QCOMPARE(pages[1].value(u"prev"_s), page(1));
        QCOMPARE(pages[1].value(u"next"_s), page(3));
        QCOMPARE(pages[1].value(u"last"_s), page(3));
        QCOMPARE(pages[1].value(u"first"_s), page(1));
        QCOMPARE(pages[2].value(u"prev"_s), page(2));
        QCOMPARE(pages[2].value(u"first"_s), page(1));
        QCOMPARE(pages[2].size(), 2); // no next, no last on the last page

        // One page only: no Link header. Defaults: 30 a page.
        const Answer all = call("GET", u"/api/v3/repos/acme/api/actions/runs"_s);
        QCOMPARE(text(all.body["total_count"]), text(10));
        QCOMPARE(all.body["workflow_runs"].size(), std::size_t(10));
        QVERIFY(all.headers.contains("etag"));
        QVERIFY(!all.headers.contains("link"));
        // Past the end: nothing, still counted.
        const Answer beyond =
            call("GET", u"/api/v3/repos/acme/api/actions/runs?status=waiting&per_page=3&page=4"_s);
        QCOMPARE(text(beyond.body["total_count"]), text(7));
        QCOMPARE(beyond.body["workflow_runs"].size(), std::size_t(0));
        QCOMPARE(links(beyond.header("link")).value(u"prev"_s), page(3));
    }

    void runFieldsAndFilters()
    {
        const std::string base = m_sim.baseUrl().toString().toStdString();
        Answer a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433642"_s);
        QCOMPARE(a.status, 200);
        const json &r = a.body;
        for (const char *field : {"id",
                                  "name",
                                  "display_title",
                                  "run_number",
                                  "run_attempt",
                                  "event",
                                  "status",
                                  "conclusion",
                                  "head_branch",
                                  "head_sha",
                                  "workflow_id",
                                  "html_url",
                                  "url",
                                  "created_at",
                                  "updated_at",
                                  "run_started_at",
                                  "actor",
                                  "triggering_actor",
                                  "head_commit",
                                  "repository"}) {
            QVERIFY2(r.contains(field), field);
        }
        QCOMPARE(text(r["display_title"]), text("Change 30433642"));
        QCOMPARE(text(r["conclusion"]), text(nullptr));
        QCOMPARE(text(r["head_sha"]), text("009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d"));
        QCOMPARE(text(r["head_commit"]["id"]), text("009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d"));
        QCOMPARE(text(r["head_commit"]["author"]["name"]), text("Jürgen Weiß"));
        QCOMPARE(text(r["actor"]["login"]), text("jurgen"));
        QCOMPARE(text(r["triggering_actor"]["id"]), text(2));
        QCOMPARE(text(r["repository"]["full_name"]), text("acme/api"));
        QCOMPARE(text(r["repository"]["id"]), text(1296269));
        QCOMPARE(text(r["html_url"]), text(base + "/acme/api/actions/runs/30433642"));
        QCOMPARE(text(r["url"]), text(base + "/api/v3/repos/acme/api/actions/runs/30433642"));
        const QDateTime created =
            QDateTime::fromString(QString::fromStdString(r["created_at"].get<std::string>()), Qt::ISODate);
        QVERIFY(created.isValid());
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc()) - 5 * 60) < 120); // age_minutes 5

        const auto idsOf = [&](const QString &query) { // the answer outlives the loop over its runs
            QList<qint64> ids;
            const Answer page = call("GET", u"/api/v3/repos/acme/api/actions/runs?"_s + query);
            for (const json &run : page.body["workflow_runs"]) {
                ids << run["id"].get<qint64>();
            }
            return ids;
        };
        QCOMPARE(idsOf(u"status=completed"_s), (QList<qint64>{30433600, 30433601}));
        QCOMPARE(idsOf(u"status=success"_s), QList<qint64>{30433600});
        QCOMPARE(idsOf(u"status=failure"_s), QList<qint64>{30433601});
        QCOMPARE(idsOf(u"status=in_progress"_s), QList<qint64>{30433602});
        QCOMPARE(idsOf(u"status=waiting&actor=kenji"_s), QList<qint64>{30433645});
        a = call("GET", u"/api/v3/repos/acme/api/actions/runs?status=wating"_s);
        QCOMPARE(a.status, 422);
        QVERIFY(text(a.body["message"]).contains(u"wating"_s));
    }

    // Two environments wait on one run: me as a user reviewer, and a team I am in; shapes as GitHub's own
    // example. Where the reviewers are others, or the environment prevents my self-review, I cannot approve.
    void pendingDeployments()
    {
        const json example = fixture("github_get_pending_deployments_response.json");
        QVERIFY(example.is_array() && !example.empty());
        const std::string base = m_sim.baseUrl().toString().toStdString();
        Answer a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433642/pending_deployments"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.size(), std::size_t(2));
        const json &staging = a.body[0];
        const json &production = a.body[1];
        QCOMPARE(keys(staging), keys(example[0]));
        QCOMPARE(keys(staging["environment"]), keys(example[0]["environment"]));
        QCOMPARE(text(staging["environment"]["id"]), text(161088068));
        QCOMPARE(text(staging["environment"]["name"]), text("staging"));
        QCOMPARE(text(staging["environment"]["node_id"]), text("MDExOkVudmlyb25tZW50MTYxMDg4MDY4"));
        QCOMPARE(text(staging["environment"]["html_url"]),
                 text(base + "/acme/api/deployments/activity_log?environments_filter=staging"));
        QCOMPARE(text(staging["current_user_can_approve"]), text(true));
        QCOMPARE(text(staging["wait_timer"]), text(0));
        QCOMPARE(staging["reviewers"].size(), std::size_t(1));
        QCOMPARE(text(staging["reviewers"][0]["type"]), text("User"));
        QCOMPARE(keys(staging["reviewers"][0]["reviewer"]), keys(example[0]["reviewers"][0]["reviewer"]));
        QCOMPARE(text(staging["reviewers"][0]["reviewer"]["login"]), text("ana"));

        QCOMPARE(text(production["environment"]["id"]), text(161088069));
        QCOMPARE(text(production["current_user_can_approve"]), text(true)); // through the team
        QCOMPARE(text(production["wait_timer"]), text(30));
        QVERIFY(production["wait_timer_started_at"].is_string());
        QCOMPARE(text(production["reviewers"][0]["type"]), text("Team"));
        QCOMPARE(keys(production["reviewers"][0]["reviewer"]), keys(example[0]["reviewers"][1]["reviewer"]));
        QCOMPARE(text(production["reviewers"][0]["reviewer"]["slug"]), text("release-managers"));
        QCOMPARE(text(production["reviewers"][0]["reviewer"]["html_url"]),
                 text(base + "/orgs/acme/teams/release-managers"));

        a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433643/pending_deployments"_s);
        QCOMPARE(a.body.size(), std::size_t(1));
        QCOMPARE(text(a.body[0]["environment"]["name"]), text("prod-eu"));
        QCOMPARE(text(a.body[0]["current_user_can_approve"]), text(false)); // a team I am not in
        a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433644/pending_deployments"_s);
        QCOMPARE(text(a.body[0]["current_user_can_approve"]),
                 text(false)); // my own run, self-review prevented
        a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433600/pending_deployments"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body), text(json::array())); // nothing waits on a completed run
    }

    // Approving one of two environments leaves the run waiting on the other; approving that one too lets
    // it run, and a tick completes it. The history lists both reviews, shaped as GitHub's example.
    void approveOneEnvironmentThenTheOther()
    {
        const QString pending = u"/api/v3/repos/acme/api/actions/runs/30433642/pending_deployments"_s;
        Answer a = call("POST", pending,
                        bytes(json{{"environment_ids", json::array({161088068})},
                                   {"state", "approved"},
                                   {"comment", "Ship it!"}}));
        QCOMPARE(a.status, 200);
        const json deployments = fixture("github_review_pending_deployments_response.json");
        QVERIFY(deployments.is_array() && !deployments.empty());
        QCOMPARE(a.body.size(), std::size_t(1));
        QCOMPARE(keys(a.body[0]), keys(deployments[0]));
        QCOMPARE(text(a.body[0]["environment"]), text("staging"));
        QCOMPARE(text(a.body[0]["sha"]), text("009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d"));
        QCOMPARE(text(a.body[0]["ref"]), text("main"));
        QCOMPARE(keys(a.body[0]["creator"]), keys(deployments[0]["creator"]));
        QCOMPARE(gh()->runStatus(30433642), u"waiting"_s);
        QCOMPARE(gh()->pendingEnvironments(30433642), QStringList{u"production"_s});
        a = call("GET", pending);
        QCOMPARE(a.body.size(), std::size_t(1));
        QCOMPARE(text(a.body[0]["environment"]["name"]), text("production"));
        QCOMPARE(text(call("GET", u"/api/v3/repos/acme/api/actions/runs/30433642"_s).body["status"]),
                 text("waiting"));

        a = call("POST", pending,
                 bytes(json{{"environment_ids", json::array({161088069})},
                            {"state", "approved"},
                            {"comment", "Prod too"}}));
        QCOMPARE(a.status, 200);
        QCOMPARE(gh()->runStatus(30433642), u"in_progress"_s);
        QCOMPARE(gh()->runConclusion(30433642), QString());
        QCOMPARE(text(call("GET", pending).body), text(json::array()));
        a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433642"_s);
        QCOMPARE(text(a.body["status"]), text("in_progress"));
        QCOMPARE(text(a.body["conclusion"]), text(nullptr));
        gh()->tick();
        QCOMPARE(gh()->runStatus(30433642), u"completed"_s);
        QCOMPARE(gh()->runConclusion(30433642), u"success"_s);
        QCOMPARE(gh()->waitingRunCount(), 6);
        QCOMPARE(gh()->reviewCount(), 2);

        const json example = fixture("github_run_approvals_history_response.json");
        QVERIFY(example.is_array() && !example.empty());
        a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433642/approvals"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.size(), std::size_t(2));
        QCOMPARE(keys(a.body[0]), keys(example[0]));
        QCOMPARE(keys(a.body[0]["environments"][0]), keys(example[0]["environments"][0]));
        QCOMPARE(keys(a.body[0]["user"]), keys(example[0]["user"]));
        QCOMPARE(text(a.body[0]["state"]), text("approved"));
        QCOMPARE(text(a.body[0]["comment"]), text("Ship it!"));
        QCOMPARE(text(a.body[0]["environments"][0]["id"]), text(161088068));
        QCOMPARE(text(a.body[0]["user"]["login"]), text("ana"));
        QCOMPARE(text(a.body[1]["comment"]), text("Prod too"));
        QCOMPARE(text(a.body[1]["environments"][0]["name"]), text("production"));
    }

    // Rejecting fails the run at once, with nothing left waiting; a second review of it is refused.
    void reject()
    {
        const QString pending = u"/api/v3/repos/acme/api/actions/runs/30433645/pending_deployments"_s;
        Answer a = call("POST", pending,
                        bytes(json{{"environment_ids", json::array({161088069})},
                                   {"state", "rejected"},
                                   {"comment", "Not today"}}));
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body), text(json::array()));
        QCOMPARE(gh()->runStatus(30433645), u"completed"_s);
        QCOMPARE(gh()->runConclusion(30433645), u"failure"_s);
        QCOMPARE(gh()->pendingEnvironments(30433645), QStringList());
        QCOMPARE(text(call("GET", pending).body), text(json::array()));
        a = call("GET", u"/api/v3/repos/acme/api/actions/runs/30433645/approvals"_s);
        QCOMPARE(a.body.size(), std::size_t(1));
        QCOMPARE(text(a.body[0]["state"]), text("rejected"));
        QCOMPARE(text(a.body[0]["comment"]), text("Not today"));
        gh()->tick(); // a rejected run stays failed
        QCOMPARE(gh()->runConclusion(30433645), u"failure"_s);

        a = call("POST", pending,
                 bytes(json{{"environment_ids", json::array({161088069})},
                            {"state", "approved"},
                            {"comment", "after all"}}));
        QCOMPARE(a.status, 422);
        QCOMPARE(text(a.body["message"]),
                 text("Environment 161088069 is not waiting for a review on this workflow run."));
        QCOMPARE(gh()->reviewCount(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<qint64>("runId");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        // Each field is left out where it is `none`.
        const auto body = [](const json &ids, const json &state, const json &comment) {
            json b = json::object();
            const std::pair<const char *, const json *> fields[] = {
                {"environment_ids", &ids}, {"state", &state}, {"comment", &comment}};
            for (const auto &[key, value] : fields) {
                if (!value->is_discarded()) {
                    b[key] = *value;
                }
            }
            return QByteArray::fromStdString(b.dump());
        };
        const json none(json::value_t::discarded);
        const json ids = json::array({161088068});
        QTest::newRow("no comment") << qint64(30433642) << body(ids, "approved", none) << 422
                                    << u"Invalid request.\n\n\"comment\" wasn't supplied."_s;
        QTest::newRow("empty comment") << qint64(30433642) << body(ids, "approved", "") << 422
                                       << u"Invalid request.\n\n\"comment\" wasn't supplied."_s;
        QTest::newRow("null comment") << qint64(30433642) << body(ids, "approved", nullptr) << 422
                                      << u"Invalid request.\n\n\"comment\" wasn't supplied."_s;
        QTest::newRow("no state, no comment")
            << qint64(30433642) << body(ids, none, none) << 422
            << u"Invalid request.\n\n\"state\", \"comment\" weren't supplied."_s;
        QTest::newRow("no environments") << qint64(30433642) << body(json::array(), "approved", "ok") << 422
                                         << u"Invalid request.\n\n\"environment_ids\" wasn't supplied."_s;
        QTest::newRow("comment a number")
            << qint64(30433642) << body(ids, "approved", 5) << 422
            << u"Invalid request.\n\nFor 'properties/comment', 5 is not a string."_s;
        QTest::newRow("state unknown")
            << qint64(30433642) << body(ids, "maybe", "ok") << 422
            << u"Invalid request.\n\nFor 'properties/state', \"maybe\" is not one of [\"approved\", \"rejected\"]."_s;
        QTest::newRow("ids not an array")
            << qint64(30433642) << body(161088068, "approved", "ok") << 422
            << u"Invalid request.\n\nFor 'properties/environment_ids', 161088068 is not an array."_s;
        QTest::newRow("id not a number")
            << qint64(30433642) << body(json::array({"161088068"}), "approved", "ok") << 422
            << u"Invalid request.\n\nFor 'items', \"161088068\" is not an integer."_s;
        QTest::newRow("not JSON") << qint64(30433642) << QByteArray("environment_ids=1") << 400
                                  << u"Problems parsing JSON"_s;
        QTest::newRow("environment not waiting on the run")
            << qint64(30433642) << body(json::array({161088070}), "approved", "ok") << 422
            << u"Environment 161088070 is not waiting for a review on this workflow run."_s;
        QTest::newRow("one of two not waiting")
            << qint64(30433642) << body(json::array({161088068, 161088071}), "approved", "ok") << 422
            << u"Environment 161088071 is not waiting for a review on this workflow run."_s;
        QTest::newRow("not a reviewer")
            << qint64(30433643) << body(json::array({161088070}), "rejected", "no") << 422
            << u"You are not a required reviewer of environment \"prod-eu\" (161088070) "
               u"and cannot approve or reject its deployment."_s;
        QTest::newRow("self-review prevented")
            << qint64(30433644) << body(json::array({161088071}), "approved", "mine") << 422
            << u"You cannot review your own deployment to environment \"guarded\": it prevents self-review."_s;
    }

    // GitHub's validation answers, and a refused review changes nothing.
    void validation()
    {
        QFETCH(qint64, runId);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QStringList before = gh()->pendingEnvironments(runId);
        QVERIFY(!before.isEmpty());
        const Answer a =
            call("POST", u"/api/v3/repos/acme/api/actions/runs/%1/pending_deployments"_s.arg(runId), body);
        QCOMPARE(a.status, status);
        QCOMPARE(text(a.body), text({{"message", message.toStdString()}, {"documentation_url", kReviewDoc}}));
        QCOMPARE(gh()->reviewCount(), 0);
        QCOMPARE(gh()->runStatus(runId), u"waiting"_s);
        QCOMPARE(gh()->pendingEnvironments(runId), before);
        QCOMPARE(text(call("GET", u"/api/v3/repos/acme/api/actions/runs/%1/approvals"_s.arg(runId)).body),
                 text(json::array()));
    }

    // A GET answer's ETag, sent back in If-None-Match, gets 304 with no body, and does not count against
    // the rate limit; an ETag that no longer matches (the answer changed) gets the new answer.
    void conditionalRequests()
    {
        const QString path = u"/api/v3/repos/acme/api/actions/runs/30433642/pending_deployments"_s;
        const Answer first = call("GET", path);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("etag");
        QVERIFY2(etag.startsWith("W/\"") && etag.endsWith('"') && etag.size() > 10, etag.constData());
        const int remaining = first.header("x-ratelimit-remaining").toInt();
        QCOMPARE(remaining, 4999);
        QCOMPARE(gh()->rateRemaining(), remaining);

        Answer again = call("GET", path, {}, {{"Authorization", "Bearer gh-t0ken"}, {"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QCOMPARE(again.raw, QByteArray());
        QCOMPARE(again.header("etag"), etag);
        QCOMPARE(again.header("x-ratelimit-remaining").toInt(), remaining);
        QCOMPARE(gh()->rateRemaining(), remaining);
        QCOMPARE(gh()->notModifiedCount(), 1);
        // Weak comparison: the same tag without W/ matches too, and so does one of a list.
        again = call(
            "GET", path, {},
            {{"Authorization", "Bearer gh-t0ken"}, {"If-None-Match", QByteArray("\"x\", " + etag.mid(2))}});
        QCOMPARE(again.status, 304);
        QCOMPARE(gh()->notModifiedCount(), 2);
        QCOMPARE(gh()->rateRemaining(), remaining);

        again =
            call("GET", path, {}, {{"Authorization", "Bearer gh-t0ken"}, {"If-None-Match", "W/\"other\""}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("etag"), etag);
        QCOMPARE(gh()->rateRemaining(), remaining - 1);

        QCOMPARE(call("POST", path,
                      bytes(json{{"environment_ids", json::array({161088068})},
                                 {"state", "approved"},
                                 {"comment", "ok"}}))
                     .status,
                 200);
        again = call("GET", path, {}, {{"Authorization", "Bearer gh-t0ken"}, {"If-None-Match", etag}});
        QCOMPARE(again.status, 200);
        QVERIFY(again.header("etag") != etag);
        QCOMPARE(again.body.size(), std::size_t(1));
        QCOMPARE(gh()->notModifiedCount(), 2);
    }

    // The primary limit: each answer says what is left; once it is used up, 403 with remaining 0.
    void primaryRateLimit()
    {
        json section = gitHubSection();
        section["rate_limit"] = 3;
        QCOMPARE(m_sim.loadScenario(scenario(section)), QString());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 1; i <= 3; ++i) {
            const Answer a = call("GET", u"/api/v3/repos/acme/api"_s);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.header("x-ratelimit-limit"), QByteArray("3"));
            QCOMPARE(a.header("x-ratelimit-used").toInt(), i);
            QCOMPARE(a.header("x-ratelimit-remaining").toInt(), 3 - i);
            const qint64 reset = a.header("x-ratelimit-reset").toLongLong();
            QVERIFY2(reset >= now + 3590 && reset <= now + 3610, a.header("x-ratelimit-reset").constData());
        }
        QCOMPARE(gh()->rateRemaining(), 0);
        for (const QByteArray &verb : {QByteArray("GET"), QByteArray("POST")}) {
            const Answer a = call(verb, u"/api/v3/repos/acme/api/actions/runs/30433642/pending_deployments"_s,
                                  bytes(json{{"environment_ids", json::array({161088068})},
                                             {"state", "approved"},
                                             {"comment", "ok"}}));
            QCOMPARE(a.status, 403);
            QCOMPARE(a.header("x-ratelimit-remaining"), QByteArray("0"));
            QCOMPARE(a.header("x-ratelimit-used"), QByteArray("3"));
            QVERIFY(
                a.body["message"].get<std::string>().starts_with("API rate limit exceeded for user ID 1."));
            QCOMPARE(text(a.body["documentation_url"]),
                     text("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"));
            QVERIFY(!a.headers.contains("retry-after"));
        }
        QCOMPARE(gh()->reviewCount(), 0);
        QCOMPARE(gh()->pendingEnvironments(30433642), (QStringList{u"staging"_s, u"production"_s}));
    }

    // The secondary limit: 403 with Retry-After and GitHub's documentation anchor, while the primary
    // budget is left (so a client can tell the two apart); from a test or from the scenario.
    void secondaryRateLimit()
    {
        gh()->setSecondaryRateLimit(2, 30);
        for (int i = 0; i < 2; ++i) {
            const Answer a = call("GET", u"/api/v3/user"_s);
            QCOMPARE(a.status, 403);
            QCOMPARE(a.header("retry-after"), QByteArray("30"));
            QVERIFY(text(a.body["message"]).contains(u"secondary rate limit"_s));
            QVERIFY(a.body["documentation_url"].get<std::string>().ends_with("#secondary-rate-limits"));
            QCOMPARE(a.header("x-ratelimit-remaining"), QByteArray("5000"));
        }
        QCOMPARE(gh()->rateRemaining(), 5000);
        Answer a = call("GET", u"/api/v3/user"_s);
        QCOMPARE(a.status, 200);
        QVERIFY(!a.headers.contains("retry-after"));

        json section = gitHubSection();
        section["secondary_rate_limit"] = {{"requests", 1}, {"retry_after", 5}};
        QCOMPARE(m_sim.loadScenario(scenario(section)), QString());
        a = call("GET", u"/api/v3/user"_s);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.header("retry-after"), QByteArray("5"));
        QCOMPARE(call("GET", u"/api/v3/user"_s).status, 200);
    }

    void apiVersions_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("selected");
        QTest::newRow("none") << QByteArray() << 200 << QByteArray("2022-11-28");
        QTest::newRow("2022-11-28") << QByteArray("2022-11-28") << 200 << QByteArray("2022-11-28");
        QTest::newRow("2026-03-10") << QByteArray("2026-03-10") << 200 << QByteArray("2026-03-10");
        QTest::newRow("unknown") << QByteArray("2021-01-01") << 400 << QByteArray();
        QTest::newRow("not a date") << QByteArray("v3") << 400 << QByteArray();
        QTest::newRow("not UTF-8") << QByteArray("2022-11-28\xff") << 400 << QByteArray();
    }

    // Absent means 2022-11-28; the two versions GitHub serves are accepted; any other is a 400.
    void apiVersions()
    {
        QFETCH(QByteArray, sent);
        QFETCH(int, status);
        QFETCH(QByteArray, selected);
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer gh-t0ken"}};
        if (!sent.isEmpty()) {
            headers.append({"X-GitHub-Api-Version", sent});
        }
        const Answer a = call("GET", u"/api/v3/user"_s, {}, headers);
        QCOMPARE(a.status, status);
        QCOMPARE(a.header("x-github-api-version-selected"), selected);
        QCOMPARE(gh()->apiVersionsSent(), QList<QByteArray>{sent});
        if (status == 400) {
            QVERIFY(a.body["message"].get<std::string>().starts_with(
                "Unsupported 'X-GitHub-Api-Version' header"));
            QVERIFY(text(a.body["message"]).contains(QString::fromUtf8(sent))); // invalid UTF-8 as U+FFFD
            QCOMPARE(text(a.body["documentation_url"]),
                     text("https://docs.github.com/rest/overview/api-versions"));
        }
    }

    void badScenarios_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<QString>("error");
        const auto with = [](const std::function<void(json &)> &change) {
            json section = gitHubSection();
            change(section);
            return scenario(section);
        };
        QTest::newRow("not an object") << scenario("github") << u"github: expected an object"_s;
        QTest::newRow("pending not an array")
            << with([](json &g) { g["repos"][0]["runs"][1]["pending"] = "prod-eu"; })
            << u"github.repos[0].runs[1].pending: expected an array of environment names"_s;
        QTest::newRow("pending a number")
            << with([](json &g) { g["repos"][0]["runs"][1]["pending"] = json::array({161088070}); })
            << u"github.repos[0].runs[1].pending: expected an array of environment names"_s;
        QTest::newRow("pending an unknown environment") << with([](json &g) {
            g["repos"][0]["runs"][0]["pending"] = json::array({"staging", "qa"});
        }) << u"github.repos[0].runs[0].pending[1]: acme/api has no environment \"qa\""_s;
        QTest::newRow("unknown actor") << with([](json &g) { g["repos"][0]["runs"][2]["actor"] = 99; })
                                       << u"github.repos[0].runs[2].actor: no user with id 99"_s;
        QTest::newRow("reviewer of another type")
            << with([](json &g) { g["repos"][0]["environments"][1]["reviewers"][0]["type"] = "Bot"; })
            << u"github.repos[0].environments[1].reviewers[0].type: expected \"User\" or \"Team\""_s;
        QTest::newRow("unknown team")
            << with([](json &g) { g["repos"][0]["environments"][1]["reviewers"][0]["id"] = 9; })
            << u"github.repos[0].environments[1].reviewers[0].id: no team with id 9"_s;
        QTest::newRow("team member unknown") << with([](json &g) {
            g["teams"][1]["members"] = json::array({3, 4});
        }) << u"github.teams[1].members[1]: no user with id 4"_s;
        QTest::newRow("full name without owner") << with([](json &g) { g["repos"][0]["full_name"] = "api"; })
                                                 << u"github.repos[0].full_name: expected \"owner/name\""_s;
        QTest::newRow("me unknown") << with([](json &g) { g["me"] = 5; })
                                    << u"github.me: no user with id 5"_s;
        QTest::newRow("user without login") << with([](json &g) { g["users"][1].erase("login"); })
                                            << u"github.users[1].login: missing (expected a string)"_s;
        QTest::newRow("duplicate run id") << with([](json &g) { g["repos"][0]["runs"][3]["id"] = 30433642; })
                                          << u"github.repos[0].runs[3].id: another run has id 30433642"_s;
        QTest::newRow("pending but completed")
            << with([](json &g) { g["repos"][0]["runs"][0]["status"] = "completed"; })
            << u"github.repos[0].runs[0].status: a run with pending environments is \"waiting\""_s;
        QTest::newRow("waiting on nothing")
            << with([](json &g) { g["repos"][0]["runs"][7]["status"] = "waiting"; })
            << u"github.repos[0].runs[7].pending: a waiting run waits on at least one environment"_s;
        QTest::newRow("wait timer too long")
            << with([](json &g) { g["repos"][0]["environments"][1]["wait_timer"] = 4294967296 + 30; })
            << u"github.repos[0].environments[1].wait_timer: expected minutes from 0 to 43200"_s;
        QTest::newRow("rate limit not a number")
            << with([](json &g) { g["rate_limit"] = "many"; }) << u"github.rate_limit: expected an integer"_s;
        QTest::newRow("runs not an array") << with([](json &g) { g["repos"][0]["runs"] = json::object(); })
                                           << u"github.repos[0].runs: expected an array of objects"_s;
    }

    // A scenario the module cannot serve is refused with where and why, and never throws.
    void badScenarios()
    {
        QFETCH(QByteArray, scenario);
        QFETCH(QString, error);
        QCOMPARE(m_sim.loadScenario(scenario), error);
    }

    // Without a "github" section the module serves an empty GitHub (its user only); the demo's section loads,
    // and POST /_sim/holds with {"vendor":"github"} adds a waiting run that the API then lists.
    void emptyDemoAndHolds()
    {
        QCOMPARE(m_sim.loadScenario(json{{"token", kToken}}.dump().c_str()), QString());
        Answer a = call("GET", u"/api/v3/user"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(text(a.body["login"]), text("octocat"));
        QCOMPARE(gh()->waitingRunCount(), 0);

        QCOMPARE(m_sim.loadScenario(glsim::Simulator::demoScenario()), QString());
        QCOMPARE(gh()->waitingRunCount(), 4);
        const QList<QPair<QByteArray, QByteArray>> demo{{"Authorization", "Bearer demo"}};
        a = call("GET", u"/api/v3/repos/acme/storefront/actions/runs/7000000101/pending_deployments"_s, {},
                 demo);
        QCOMPARE(a.body.size(), std::size_t(2));
        a = call("GET", u"/api/v3/repos/acme/infra/actions/runs/7000000201/pending_deployments"_s, {}, demo);
        QCOMPARE(text(a.body[0]["current_user_can_approve"]), text(false));
        const int before =
            call("GET", u"/api/v3/repos/acme/storefront/actions/runs?status=waiting"_s, {}, demo)
                .body["total_count"]
                .get<int>();
        a = call("POST", u"/_sim/holds"_s, bytes(json{{"vendor", "github"}}), {});
        QCOMPARE(a.status, 200);
        QCOMPARE(gh()->waitingRunCount(), 5);
        a = call("GET", u"/api/v3/repos/acme/storefront/actions/runs?status=waiting"_s, {}, demo);
        QCOMPARE(text(a.body["total_count"]), text(before + 1));
        const json &newest = a.body["workflow_runs"][0];
        const qint64 id = newest["id"].get<qint64>();
        QCOMPARE(gh()->runStatus(id), u"waiting"_s);
        QCOMPARE(gh()->pendingEnvironments(id).size(), 1);
        QCOMPARE(call("POST", u"/_sim/holds"_s, bytes(json{{"vendor", "nobody"}}), {}).status, 400);
    }

    // Faults injected at the shared server answer with GitHub's bodies.
    void faults()
    {
        QVERIFY(m_sim.addFaults(json::array({json{{"path", "/actions/runs"}, {"status", 502}}})).isEmpty());
        const Answer a = call("GET", u"/api/v3/repos/acme/api/actions/runs"_s);
        QCOMPARE(a.status, 502);
        QCOMPARE(text(a.body["message"]), text("Server Error"));
        QVERIFY(a.headers.contains("x-ratelimit-remaining"));
        QCOMPARE(call("GET", u"/api/v3/repos/acme/api/actions/runs"_s).status, 200);
    }

private:
    glsim::GitHubSim *gh() const { return m_sim.module<glsim::GitHubSim>(); }

    Answer call(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {{"Authorization", "Bearer gh-t0ken"}})
    {
        QUrl url = m_sim.baseUrl();
        const qsizetype mark = pathAndQuery.indexOf(u'?');
        url.setPath(pathAndQuery.left(mark));
        if (mark >= 0) {
            url.setQuery(pathAndQuery.mid(mark + 1));
        }
        return callUrl(verb, url, body, headers);
    }

    Answer callUrl(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {
                       {"Authorization", "Bearer gh-t0ken"}})
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers) {
            if (!value.isEmpty()) {
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
        a.raw = reply->readAll();
        a.body = json::parse(a.raw.constBegin(), a.raw.constEnd(), nullptr, false);
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            a.headers.insert(name.toLower(), value);
        }
        return a;
    }

    glsim::Simulator m_sim;
    QNetworkAccessManager m_nam;
};

QTEST_MAIN(TestGitHubSim)
#include "tst_githubsim.moc"
