// libFuzzer target: every parse function must return a value or an error for any input, never crash.
#include "config/serverconfig.h"
#include "json.h"
#include "providers/circleci/circleciparse.h"
#include "providers/gitlab/gitlabparse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)gl::json::parse(body);
    (void)gl::circleci::parsePipelinePage(body);
    (void)gl::circleci::parsePipeline(body);
    (void)gl::circleci::parseWorkflowPage(body);
    (void)gl::circleci::parseWorkflow(body);
    (void)gl::circleci::parseJobPage(body);
    (void)gl::circleci::parseUser(body);
    (void)gl::circleci::parseMessage(body);
    (void)gl::gitlab::parseDeployments(body);
    (void)gl::gitlab::parseDeployment(body);
    (void)gl::gitlab::parseJobs(body);
    (void)gl::gitlab::parseJob(body);
    (void)gl::gitlab::parseUser(body);
    (void)gl::gitlab::parseProject(body);
    (void)gl::gitlab::parseApproval(body);
    (void)gl::gitlab::parseMessage(body);
    (void)gl::parseConfig(body, QStringLiteral("fuzz.json"));
    return 0;
}
