// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/circleci/circleciparse.h"
#include "providers/circleci/circleciprovider.h"

#include <QFile>
#include <QTest>

using namespace gl;
using namespace gl::circleci;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(GL_TEST_DATA "/public/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return f.readAll();
}

} // namespace

class TestCircleCiParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pipelinePageFixture()
    {
        const auto page = parsePipelinePage(fixture("circleci_project_pipelines_page_2020.json"));
        QVERIFY2(page.has_value(), qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page->items.size(), std::size_t(1));
        QVERIFY(page->nextPageToken.startsWith(QLatin1String("AARLwwWYCXtgaRy9")));
        const Pipeline &p = page->items.front();
        QCOMPARE(p.id, QStringLiteral("98b1071e-c364-4b39-91b9-820b8588e2ae"));
        QCOMPARE(p.number, 154);
        QCOMPARE(p.projectSlug, QStringLiteral("gh/LF-Engineering/da-ds"));
        QCOMPARE(p.branch, QStringLiteral("master"));
        QCOMPARE(p.revision, QStringLiteral("db4e4736effbf25d0b48f9027dd81660fc114cb4"));
        QCOMPARE(p.subject, QStringLiteral("Confirmed - no more needed"));
        QCOMPARE(p.actor, QStringLiteral("lukaszgryglicki"));
        QCOMPARE(p.createdAt, QDateTime(QDate(2020, 12, 24), QTime(12, 59, 23, 906), Qt::UTC));
    }

    void jobPageFixtureWithApprovedApprovalJob()
    {
        const auto page =
            parseJobPage(fixture("circleci_workflow_jobs_with_approved_approval_job_2020.json"));
        QVERIFY2(page.has_value(), qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page->items.size(), std::size_t(2));
        QVERIFY(page->nextPageToken.isEmpty());
        const Job &approval = page->items[0];
        QCOMPARE(approval.type, QStringLiteral("approval"));
        QCOMPARE(approval.status, QStringLiteral("success"));
        QVERIFY(!approval.jobNumber.has_value()); // absent in this real response
        QVERIFY(!approval.startedAt.isValid());   // null in this real response
        QCOMPARE(approval.approvedBy, QStringLiteral("382334b0-ea3e-40f6-8dbb-130e7cb3816c"));
        QCOMPARE(approval.approvalRequestId, approval.id);
        QVERIFY(!approval.isPendingApproval()); // approved already: not a gate
        const Job &build = page->items[1];
        QCOMPARE(build.jobNumber, std::optional<qint64>(1008));
        QCOMPARE(build.dependencies, QStringList{approval.id});
        QVERIFY(build.stoppedAt.isValid());
    }

    void openApiExampleWorkflow()
    {
        // The reference sample of a workflow (docs/VENDOR-APIS.md §1.12) parses with its nullable fields.
        const QByteArray body =
            R"({"pipeline_id":"5034460f-c7c4-4c43-9457-de07e2029e7b","canceled_by":"026a6d28-c22e-4aab-a8b4-bd7131a8ea35","id":"497f6eca-6276-4993-bfeb-53cbbbba6f08","name":"build-and-test","project_slug":"gh/CircleCI-Public/api-preview-docs","errored_by":"c6e40f70-a80a-4ccc-8e01-6c2c2a52c2a6","tag":"setup","status":"success","started_by":"03987f6a-4c27-4dc1-b6ab-c7e83bb3e713","pipeline_number":25,"created_at":"2019-08-24T14:15:22Z","stopped_at":null})";
        const auto w = parseWorkflow(body);
        QVERIFY2(w.has_value(), qPrintable(w ? QString() : w.error().message));
        QCOMPARE(w->pipelineNumber, 25);
        QVERIFY(!w->stoppedAt.isValid());
        QVERIFY(isTerminalWorkflowStatus(w->status));
    }

    void emptyPage()
    {
        const auto page = parseWorkflowPage(R"({"items":[],"next_page_token":null})");
        QVERIFY(page.has_value());
        QVERIFY(page->items.empty());
        QVERIFY(page->nextPageToken.isEmpty());
    }

    void unknownStatusesAreKeptNotDropped()
    {
        const auto jobs = parseJobPage(
            R"({"items":[{"id":"a","name":"hold","type":"approval","status":"awaiting_quorum","started_at":null,"dependencies":[],"project_slug":"gh/o/r"},
                         {"id":"b","name":"hold2","type":"approval","status":"on_hold","job_number":null,"dependencies":null,"project_slug":"gh/o/r"},
                         {"id":"c","name":"x","type":"future-kind","status":"on_hold","dependencies":[]}],"next_page_token":null})");
        QVERIFY2(jobs.has_value(), qPrintable(jobs ? QString() : jobs.error().message));
        QCOMPARE(jobs->items.size(), std::size_t(3));
        QCOMPARE(jobs->items[0].status, QStringLiteral("awaiting_quorum"));
        QVERIFY(!jobs->items[0].isPendingApproval());
        QVERIFY(jobs->items[1].isPendingApproval());
        QVERIFY(!jobs->items[1].jobNumber.has_value());
        QVERIFY(!jobs->items[2].isPendingApproval()); // only approval jobs are gates
        // An unknown workflow status is never treated as finished, so its holds are watched.
        QVERIFY(!isTerminalWorkflowStatus(QStringLiteral("queued")));
        QVERIFY(!isTerminalWorkflowStatus(QStringLiteral("something_new")));
        QVERIFY(isTerminalWorkflowStatus(QStringLiteral("canceled")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty body") << QByteArray("") << QStringLiteral("empty body");
        QTest::newRow("truncated") << QByteArray("{\"items\":[{\"id\":\"a\",\"name\":\"b")
                                   << QStringLiteral("ends early");
        QTest::newRow("html error page")
            << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>")
            << QStringLiteral("HTML page titled \"502 Bad Gateway\"");
        QTest::newRow("not json") << QByteArray("Service temporarily unavailable")
                                  << QStringLiteral("invalid JSON at byte 1 of 31");
        QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("expected an object");
        QTest::newRow("items missing") << QByteArray(R"({"next_page_token":null})")
                                       << QStringLiteral("items: required field is missing");
        QTest::newRow("items not array")
            << QByteArray(R"({"items":{}})") << QStringLiteral("items: expected an array, found object");
        QTest::newRow("status wrong type")
            << QByteArray(
                   R"({"items":[{"id":"a","name":"n","type":"build","status":"success","dependencies":[]},{"id":"b","name":"n","type":"approval","status":3}]})")
            << QStringLiteral("items[1].status: expected a string, found number");
        QTest::newRow("id missing") << QByteArray(R"({"items":[{"name":"n","type":"build","status":"x"}]})")
                                    << QStringLiteral("items[0].id: required field is missing");
        QTest::newRow("dependency wrong type")
            << QByteArray(
                   R"({"items":[{"id":"a","name":"n","type":"build","status":"x","dependencies":[1]}]})")
            << QStringLiteral("items[0].dependencies[0]: expected a job id string, found number");
        QTest::newRow("bad time")
            << QByteArray(
                   R"({"items":[{"id":"a","name":"n","type":"build","status":"x","started_at":"yesterday"}]})")
            << QStringLiteral("items[0].started_at: expected an ISO 8601 time");
        QTest::newRow("token wrong type") << QByteArray(R"({"items":[],"next_page_token":42})")
                                          << QStringLiteral("next_page_token: expected a string");
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto page = parseJobPage(body);
        QVERIFY(!page.has_value());
        QVERIFY2(page.error().message.contains(expected), qPrintable(page.error().message));
    }

    void pipelineNumberMustBeInteger()
    {
        const auto page =
            parsePipelinePage(R"({"items":[{"id":"p","number":"12","created_at":"2026-01-01T00:00:00Z"}]})");
        QVERIFY(!page.has_value());
        QVERIFY2(page.error().message.contains(
                     QLatin1String("items[0].number: expected an integer, found string")),
                 qPrintable(page.error().message));
    }

    void messageOfErrorBody()
    {
        QCOMPARE(parseMessage(R"({"message":"Workflow not found"})"), QStringLiteral("Workflow not found"));
        QCOMPARE(parseMessage("<html>"), QString());
        QCOMPARE(parseMessage(R"({"message":5})"), QString());
    }

    void gateFromJobs()
    {
        Pipeline p;
        p.id = QStringLiteral("pl");
        p.number = 7;
        p.projectSlug = QStringLiteral("gh/acme/api");
        p.branch = QStringLiteral("main");
        p.actor = QStringLiteral("zoë");
        Workflow w;
        w.id = QStringLiteral("wf");
        w.name = QStringLiteral("release");
        w.createdAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        Job test;
        test.id = QStringLiteral("t");
        test.stoppedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 7), Qt::UTC);
        Job hold;
        hold.id = QStringLiteral("h");
        hold.name = QStringLiteral("hold");
        hold.type = QStringLiteral("approval");
        hold.status = QStringLiteral("on_hold");
        hold.dependencies = {QStringLiteral("t")};
        const Gate g = makeCircleGate(QStringLiteral("acme"), p, w, hold, jobStopTimes({test, hold}), QUrl());
        QCOMPARE(g.id, QStringLiteral("acme/workflow/wf/approval/h"));
        QCOMPARE(g.createdAt, test.stoppedAt); // the hold began when its dependency stopped
        QCOMPARE(g.nativeApprovalRequestId, QStringLiteral("h"));
        QCOMPARE(g.expiresAt, w.createdAt.addDays(90));
        QCOMPARE(g.triggeredBy, QStringLiteral("zoë"));
        const auto ids = parseCircleGateId(QStringLiteral("acme"), g.id);
        QVERIFY(ids.has_value());
        QCOMPARE(ids->first, QStringLiteral("wf"));
        QCOMPARE(ids->second, QStringLiteral("h"));
        QVERIFY(!parseCircleGateId(QStringLiteral("acme"), QStringLiteral("acme/workflow/wf/job/h")));
        QVERIFY(!parseCircleGateId(QStringLiteral("other"), g.id));

        // Waiting on several jobs, the hold began when the last of them stopped; unknown ids count for
        // nothing.
        Job lint;
        lint.id = QStringLiteral("l");
        lint.stoppedAt = test.stoppedAt.addSecs(120);
        Job late; // stopped last, but the hold does not wait on it
        late.id = QStringLiteral("x");
        late.stoppedAt = test.stoppedAt.addSecs(600);
        hold.dependencies = {QStringLiteral("t"), QStringLiteral("l"), QStringLiteral("gone")};
        QCOMPARE(
            makeCircleGate(QStringLiteral("acme"), p, w, hold, jobStopTimes({test, lint, late, hold}), QUrl())
                .createdAt,
            lint.stoppedAt);
    }
};

QTEST_GUILESS_MAIN(TestCircleCiParse)
#include "tst_circleciparse.moc"
