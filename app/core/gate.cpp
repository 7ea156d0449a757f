// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
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

void GateInterner::intern(QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    const auto it = m_strings.constFind(text);
    if (it == m_strings.cend()) {
        m_strings.insert(text);
    } else if (it->constData() != text.constData()) {
        text = *it;
    }
}

void GateInterner::intern(QStringList &texts)
{
    for (QString &text : texts) {
        intern(text);
    }
}

void GateInterner::intern(QString &text, QString &last)
{
    if (text == last) { // cheaper than a lookup, and most fields repeat the gate before
        text = last;
        return;
    }
    intern(text);
    last = text;
}

void GateInterner::intern(Gate &gate)
{
    // Not the id nor the native handles: they are the gate's own.
    QString *const fields[] = {
        &gate.server,       &gate.provider,   &gate.project,       &gate.pipelineId,
        &gate.branch,       &gate.commitSha,  &gate.commitSubject, &gate.triggeredBy,
        &gate.workflow,     &gate.workflowId, &gate.environment,   &gate.name,
        &gate.status,       &gate.statusText, &gate.requestedBy,   &gate.cannotApproveReason,
        &gate.supersededBy, &gate.scope};
    static_assert(std::size(fields) == std::tuple_size_v<decltype(m_last)>);
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        intern(*fields[i], m_last[i]);
    }
    intern(gate.approvalRules);
    intern(gate.reviewers);
    if (!gate.url.isEmpty()) {
        const auto it = m_urls.constFind(gate.url);
        if (it == m_urls.cend()) {
            m_urls.insert(gate.url);
        } else {
            gate.url = *it;
        }
    }
}

void GateInterner::sweep()
{
    if (m_strings.size() + m_urls.size() < 2 * m_sweptAt + 1024) {
        return;
    }
    for (auto it = m_strings.begin(); it != m_strings.end();) {
        it = it->isDetached() ? m_strings.erase(it) : std::next(it);
    }
    for (auto it = m_urls.begin(); it != m_urls.end();) {
        it = it->isDetached() ? m_urls.erase(it) : std::next(it);
    }
    m_sweptAt = m_strings.size() + m_urls.size();
}

} // namespace gl
