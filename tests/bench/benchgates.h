// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

// The gates the window benchmarks work on: projects gh/acme/project-0 … 49 of 20 pipelines, each with two
// workflows of five holds, filled in that order up to count (10,000 fills them all), every string built on
// its own as a poll's parse builds it.

#include "gate.h"

#include <QDateTime>

namespace glbench {

// Gate number n: hold j of workflow w of pipeline pl of project p, as a parser builds it.
inline gl::Gate benchGate(const QString &server, int p, int pl, int w, int j, int n, const QDateTime &base)
{
    gl::Gate g;
    g.server = server;
    g.provider = QStringLiteral("circleci");
    g.project = QStringLiteral("gh/acme/project-%1").arg(p);
    g.scope = g.project;
    g.pipelineNumber = pl;
    g.workflow = QStringLiteral("release-%1").arg(w);
    g.workflowId = QStringLiteral("wf-%1-%2-%3").arg(p).arg(pl).arg(w);
    g.name = QStringLiteral("hold-%1").arg(j);
    g.id = server + QStringLiteral("/workflow/%1/approval/%2").arg(g.workflowId).arg(j);
    g.status = QStringLiteral("on_hold");
    g.branch = QStringLiteral("release/%1").arg(pl);
    g.commitSha = QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('0'));
    g.commitSubject = QStringLiteral("Change number %1").arg(n);
    g.triggeredBy = g.requestedBy = QStringLiteral("person-%1").arg(n % 17);
    g.createdAt = base.addSecs(static_cast<qint64>(n) * 7);
    g.expiresAt = g.createdAt.addDays(90);
    return g;
}

inline gl::Gates benchGates(const QString &server, int count, const QDateTime &base)
{
    gl::Gates gates;
    gates.reserve(static_cast<std::size_t>(count));
    int n = 0;
    for (int p = 0; p < 50 && n < count; ++p) {
        for (int pl = 1; pl <= 20 && n < count; ++pl) {
            for (int w = 0; w < 2 && n < count; ++w) {
                for (int j = 0; j < 5 && n < count; ++j, ++n) {
                    gates.push_back(benchGate(server, p, pl, w, j, n, base));
                }
            }
        }
    }
    return gates;
}

} // namespace glbench
