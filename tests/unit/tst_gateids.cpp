// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Gate ids come from the window, the command line and the audit log; each vendor's grammar is checked before
// any request is made for one, so that no id becomes a request, with the token, for another path.

#include "providers/circleci/circleciprovider.h"
#include "providers/github/githubprovider.h"
#include "providers/gitlab/gitlabprovider.h"
#include "providers/jenkins/jenkinsprovider.h"

#include <QTest>

using namespace gl;

class TestGateIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void circleci_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        const QString w = QStringLiteral("5034460f-c7c4-4c43-9457-de07e2029e7b");
        const QString j = QStringLiteral("8d6a3f1e-1111-4222-8333-944455556666");
        QTest::addRow("good") << QStringLiteral("s/workflow/%1/approval/%2").arg(w, j) << true;
        QTest::addRow("dot-dot workflow") << QStringLiteral("s/workflow/../approval/%1").arg(j) << false;
        QTest::addRow("dot-dot job") << QStringLiteral("s/workflow/%1/approval/..").arg(w) << false;
        QTest::addRow("encoded dot-dot") << QStringLiteral("s/workflow/%2e%2e/approval/%1").arg(j) << false;
        QTest::addRow("query") << QStringLiteral("s/workflow/%1?x=1/approval/%2").arg(w, j) << false;
        QTest::addRow("fragment") << QStringLiteral("s/workflow/%1/approval/%2#x").arg(w, j) << false;
        QTest::addRow("backslash") << QStringLiteral("s/workflow/a\\b/approval/%1").arg(j) << false;
        QTest::addRow("other server") << QStringLiteral("t/workflow/%1/approval/%2").arg(w, j) << false;
        QTest::addRow("extra part") << QStringLiteral("s/workflow/%1/approval/%2/x").arg(w, j) << false;
        QTest::addRow("empty job") << QStringLiteral("s/workflow/%1/approval/").arg(w) << false;
        QTest::addRow("non-ASCII") << QStringLiteral("s/workflow/%1/approval/ä").arg(w) << false;
    }

    void circleci()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(parseCircleGateId(QStringLiteral("s"), id).has_value(), valid);
    }

    void gitlab_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addRow("path") << QStringLiteral("s/projects/acme%2Fapi/deployments/7") << true;
        QTest::addRow("numeric project") << QStringLiteral("s/projects/42/jobs/7") << true;
        QTest::addRow("nested group") << QStringLiteral("s/projects/a%2Fb.c%2Fd-e_f/jobs/7") << true;
        QTest::addRow("dot-dot project") << QStringLiteral("s/projects/..%2F..%2Fuser/jobs/7") << false;
        QTest::addRow("dot project") << QStringLiteral("s/projects/.%2Fx/jobs/7") << false;
        QTest::addRow("empty segment") << QStringLiteral("s/projects/a%2F%2Fb/jobs/7") << false;
        QTest::addRow("query in project") << QStringLiteral("s/projects/a%3Fx%3D1/jobs/7") << false;
        QTest::addRow("percent in project") << QStringLiteral("s/projects/a%252e/jobs/7") << false;
        QTest::addRow("zero id") << QStringLiteral("s/projects/a/jobs/0") << false;
        QTest::addRow("negative id") << QStringLiteral("s/projects/a/jobs/-3") << false;
        QTest::addRow("other kind") << QStringLiteral("s/projects/a/pipelines/3") << false;
    }

    void gitlab()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(parseGitLabGateId(QStringLiteral("s"), id).has_value(), valid);
    }

    void github_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addRow("good") << QStringLiteral("s/repos/acme/api/runs/12/environments/3") << true;
        QTest::addRow("dot-dot owner") << QStringLiteral("s/repos/../api/runs/12/environments/3") << false;
        QTest::addRow("encoded") << QStringLiteral("s/repos/a%2e/api/runs/12/environments/3") << false;
        QTest::addRow("run not a number") << QStringLiteral("s/repos/a/b/runs/x/environments/3") << false;
        QTest::addRow("zero environment") << QStringLiteral("s/repos/a/b/runs/1/environments/0") << false;
    }

    void github()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(parseGitHubGateId(QStringLiteral("s"), id).has_value(), valid);
    }

    void jenkins_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addRow("dot-dot job") << QStringLiteral("s/job/../12/input/Deploy") << false;
        QTest::addRow("encoded dot-dot") << QStringLiteral("s/job/%2e%2e/12/input/Deploy") << false;
        QTest::addRow("not job") << QStringLiteral("s/view/x/12/input/Deploy") << false;
        QTest::addRow("zero build") << QStringLiteral("s/job/app/0/input/Deploy") << false;
    }

    void jenkins()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(parseJenkinsGateId(QStringLiteral("s"), id).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(TestGateIds)
#include "tst_gateids.moc"
