// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// libFuzzer target: every parse function must return a value or an error for any input, never crash.
// Built whole (fuzz_parsers, and fuzz_smoke in ctest) or, for faster coverage-guided runs, one group at a
// time: GL_FUZZ_GROUP set to 1 (CircleCI), 2 (GitLab), 3 (GitHub), 4 (Jenkins) or 5 (the config loader
// and the JSON reader). Each input then goes through only that group's parsers, seeded with its fixtures.
#include "config/serverconfig.h"
#include "json.h"
#include "providers/circleci/circleciparse.h"
#include "providers/github/githubparse.h"
#include "providers/gitlab/gitlabparse.h"
#include "providers/gitlab/gitlabprovider.h"
#include "providers/jenkins/jenkinsparse.h"

#include <cstddef>
#include <cstdint>

#ifndef GL_FUZZ_GROUP
#define GL_FUZZ_GROUP 0 // every group
#endif

namespace {

constexpr bool wanted(int group)
{
    return GL_FUZZ_GROUP == 0 || GL_FUZZ_GROUP == group;
}

void circleci(const QByteArray &body)
{
    (void)gl::circleci::parsePipelinePage(body);
    (void)gl::circleci::parsePipeline(body);
    (void)gl::circleci::parseWorkflowPage(body);
    (void)gl::circleci::parseWorkflow(body);
    (void)gl::circleci::parseJobPage(body);
    (void)gl::circleci::parseUser(body);
    (void)gl::circleci::parseMessage(body);
}

void gitlab(const QByteArray &body, const QString &text)
{
    (void)gl::gitlab::parseDeployments(body);
    (void)gl::gitlab::parseDeployment(body);
    (void)gl::gitlab::parseJobs(body);
    (void)gl::gitlab::parseJob(body);
    (void)gl::gitlab::parseUser(body);
    (void)gl::gitlab::parseProject(body);
    (void)gl::gitlab::parseApproval(body);
    (void)gl::gitlab::parseMessage(body);
    (void)gl::parseGitLabGateId(QStringLiteral("gl"), text);
}

void github(const QByteArray &body)
{
    (void)gl::github::parseUser(body);
    if (const auto pending = gl::github::parsePendingDeployments(body)) {
        for (const auto &deployment : *pending) {
            for (const auto &reviewer : deployment.reviewers) {
                (void)reviewer.displayName();
            }
        }
    }
    (void)gl::github::parseWorkflowRun(body);
    (void)gl::github::parseRunPage(body);
    (void)gl::github::parseReviews(body);
    (void)gl::github::parseReviewResponse(body);
    (void)gl::github::parseError(body).secondaryRateLimit();
    (void)gl::github::parseMessage(body);
    (void)gl::github::nextPageLink(body);
    (void)gl::github::parseRepositories(body);
}

void jenkins(const QByteArray &body, const QString &text)
{
    (void)gl::jenkins::jobUrlPath(text);
    (void)gl::jenkins::parseRuns(body);
    (void)gl::jenkins::parsePendingInputActions(body);
    (void)gl::jenkins::parseBuild(body);
    if (const auto job = gl::jenkins::parseJob(body)) {
        (void)job->isFolder();
    }
    (void)gl::jenkins::parseCrumb(body);
    (void)gl::jenkins::parseMe(body);
    (void)gl::jenkins::parseAuthorities(body);
    (void)gl::jenkins::errorText(body);
}

void config(const QByteArray &body)
{
    (void)gl::json::parse(body);
    (void)gl::parseConfig(body, QStringLiteral("fuzz.json"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(body);
    if (wanted(1)) {
        circleci(body);
    }
    if (wanted(2)) {
        gitlab(body, text);
    }
    if (wanted(3)) {
        github(body);
    }
    if (wanted(4)) {
        jenkins(body, text);
    }
    if (wanted(5)) {
        config(body);
    }
    return 0;
}
