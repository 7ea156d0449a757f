// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/gitlab/gitlabparse.h"
#include "providers/gitlab/gitlabprovider.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace gl;
using namespace gl::gitlab;
using nlohmann::json;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(GL_TEST_DATA "/public/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return f.readAll();
}

// The documentation's approval_summary example is a fragment of GET /deployments/:id: put it into the
// base fields of a deployment so the whole object parses.
QByteArray withBase(const QByteArray &fragment)
{
    json d = json::parse(fragment.toStdString());
    d["id"] = 42;
    d["iid"] = 2;
    d["ref"] = "main";
    d["sha"] = "a91957a858320c0e17f3a0eca7cfacbff50ea29a";
    d["status"] = "blocked";
    d["created_at"] = "2016-08-11T11:32:35.444Z";
    d["user"] = {{"id", 1}, {"name", "Administrator"}, {"username", "root"}};
    d["environment"] = {{"id", 9}, {"name", "production"}, {"external_url", "https://about.gitlab.com"}};
    return QByteArray::fromStdString(d.dump());
}

} // namespace

class TestGitLabParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multipleRulesFromTheDocumentation()
    {
        const auto d =
            parseDeployment(withBase(fixture("gitlab_deployment_approval_summary_doc_example.json")));
        QVERIFY2(d.has_value(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->rules.size(), std::size_t(2));
        QCOMPARE(d->rules[0].description, QStringLiteral("qa-group"));
        QCOMPARE(d->rules[1].required, 2);
        QCOMPARE(d->rules[1].approvals.size(), std::size_t(1));
        QCOMPARE(d->rules[1].approvals[0].user.username, QStringLiteral("security-user-1"));
        QVERIFY(d->rules[1].approvals[0].comment.isEmpty()); // null in the example
        const ApprovalCount c = d->approvalCount();
        QCOMPARE(c.given, 1);    // summed over the rules
        QCOMPARE(c.required, 3); // 1 + 2
        QCOMPARE(d->environment, QStringLiteral("production"));
    }

    // The documentation's example with a rejection added to the security rule: a rejection is in the
    // history, not among the approvals given.
    void multipleRulesCountOnlyApprovals()
    {
        json d = json::parse(
            withBase(fixture("gitlab_deployment_approval_summary_doc_example.json")).toStdString());
        json rejection = d["approval_summary"]["rules"][1]["deployment_approvals"][0];
        rejection["user"]["id"] = 101;
        rejection["user"]["username"] = "security-user-2";
        rejection["status"] = "rejected";
        rejection["comment"] = "not before the audit";
        d["approval_summary"]["rules"][1]["deployment_approvals"].push_back(rejection);
        const auto parsed = parseDeployment(QByteArray::fromStdString(d.dump()));
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->rules[1].approvals.size(), std::size_t(2));
        QCOMPARE(parsed->approvalCount().given, 1);
        QCOMPARE(parsed->approvalCount().required, 3);
        bool rejected = false;
        for (const auto &h : parsed->history()) {
            rejected =
                rejected || (h.status == QLatin1String("rejected") && h.user.username == u"security-user-2");
        }
        QVERIFY(rejected);
    }

    void approvalResponseFromTheDocumentation()
    {
        const auto a = parseApproval(fixture("gitlab_deployment_approval_post_response_doc_example.json"));
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->status, QStringLiteral("approved"));
        QCOMPARE(a->comment, QStringLiteral("Looks good to me"));
        QCOMPARE(a->user.id, 100);
    }

    void unifiedSettingWithRejection()
    {
        const QByteArray body =
            R"({"id":5,"iid":1,"ref":"main","sha":"abc","status":"blocked","created_at":"2026-01-01T00:00:00Z",
            "user":{"id":2,"username":"bo","name":"Bo"},"environment":{"name":"production"},
            "deployable":{"id":77,"name":"deploy","status":"manual","web_url":"https:\/\/gl.example/j/77",
                          "commit":{"title":"Fix it","author_name":"Bo"},"pipeline":{"id":900,"web_url":"https:\/\/gl.example/p/900"}},
            "pending_approval_count":1,
            "approvals":[{"user":{"id":3,"username":"cy","name":"Cy"},"status":"approved","created_at":"2026-01-01T01:00:00Z","comment":null},
                         {"user":{"id":4,"username":"di","name":"Di"},"status":"rejected","created_at":"2026-01-01T00:30:00Z","comment":"no"}]})";
        const auto d = parseDeployment(body);
        QVERIFY2(d.has_value(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->approvalCount().given, 1);
        QCOMPARE(d->approvalCount().required, 2); // one given + one pending
        QCOMPARE(d->jobId, 77);
        QCOMPARE(d->pipelineId, 900);
        QCOMPARE(d->commitTitle, QStringLiteral("Fix it"));
        const auto history = d->history();
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].status, QStringLiteral("rejected")); // oldest first
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("object, not a list")
            << QByteArray("{}") << QStringLiteral("expected an array, found object");
        QTest::newRow("id missing") << QByteArray(R"([{"status":"blocked"}])")
                                    << QStringLiteral("[0].id: required field is missing");
        QTest::newRow("status wrong type") << QByteArray(R"([{"id":1,"status":5}])")
                                           << QStringLiteral("[0].status: expected a string, found number");
        QTest::newRow("rules not a list")
            << QByteArray(R"([{"id":1,"status":"blocked","approval_summary":{"rules":{}}}])")
            << QStringLiteral("[0].approval_summary.rules: expected an array, found object");
        QTest::newRow("html") << QByteArray("<html><title>GitLab is not responding (502)</title></html>")
                              << QStringLiteral("HTML page titled \"GitLab is not responding (502)\"");
        QTest::newRow("truncated") << QByteArray("[{\"id\":1,\"sta") << QStringLiteral("ends early");
    }
    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto list = parseDeployments(body);
        QVERIFY(!list.has_value());
        QVERIFY2(list.error().message.contains(expected), qPrintable(list.error().message));
    }

    void errorMessages()
    {
        QCOMPARE(parseMessage(R"({"message":"This deployment is not waiting for approvals."})"),
                 QStringLiteral("This deployment is not waiting for approvals."));
        QCOMPARE(parseMessage(R"({"error":"status does not have a valid value"})"),
                 QStringLiteral("status does not have a valid value"));
        QCOMPARE(parseMessage(R"x({"message":{"comment":["is too long (maximum is 255 characters)"]}})x"),
                 QStringLiteral("comment is too long (maximum is 255 characters)"));
        QCOMPARE(parseMessage("Retry later"), QStringLiteral("Retry later"));
    }

    void gateIds()
    {
        const auto id = parseGitLabGateId(
            QStringLiteral("gl"),
            QStringLiteral("gl/projects/acme%2Fplateforme%2Fd%C3%A9ploiement/deployments/201"));
        QVERIFY(id.has_value());
        QCOMPARE(id->project, QStringLiteral("acme/plateforme/déploiement"));
        QVERIFY(id->deployment);
        QCOMPARE(id->id, 201);
        const auto job = parseGitLabGateId(QStringLiteral("gl"), QStringLiteral("gl/projects/42/jobs/9100"));
        QVERIFY(job && !job->deployment && job->project == QLatin1String("42"));
        QVERIFY(!parseGitLabGateId(QStringLiteral("gl"), QStringLiteral("gl/projects/42/pipelines/1")));
        QVERIFY(!parseGitLabGateId(QStringLiteral("gl"), QStringLiteral("gl/projects/42/jobs/x")));
    }
};

QTEST_GUILESS_MAIN(TestGitLabParse)
#include "tst_gitlabparse.moc"
