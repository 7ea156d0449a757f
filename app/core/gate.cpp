#include "gate.h"

#include "providers/registry.h"

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
    if (const ProviderType *type = providerType(provider)) {
        return type->displayName;
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
