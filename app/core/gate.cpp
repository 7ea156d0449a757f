#include "gate.h"

namespace gl {

QString gateKindKey(GateKind kind)
{
    switch (kind) {
    case GateKind::ApprovalJob:
        return QStringLiteral("approval-job");
    case GateKind::Deployment:
        return QStringLiteral("deployment");
    case GateKind::ManualJob:
        return QStringLiteral("manual-job");
    case GateKind::PendingDeployment:
        return QStringLiteral("pending-deployment");
    case GateKind::Input:
        return QStringLiteral("input");
    }
    return {};
}

QString providerDisplayName(const QString &provider)
{
    if (provider == QLatin1String("circleci")) {
        return QStringLiteral("CircleCI");
    }
    if (provider == QLatin1String("gitlab")) {
        return QStringLiteral("GitLab");
    }
    if (provider == QLatin1String("github")) {
        return QStringLiteral("GitHub");
    }
    if (provider == QLatin1String("jenkins")) {
        return QStringLiteral("Jenkins");
    }
    return provider;
}

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return QStringLiteral("approve");
    case Decision::Reject:
        return QStringLiteral("reject");
    case Decision::ApproveAndRun:
        return QStringLiteral("approve-and-run");
    }
    return {};
}

} // namespace gl
