// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "gatefilterproxy.h"

#include "gatetreemodel.h"

namespace gl::ui {

GateFilterProxy::GateFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(GateTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void GateFilterProxy::setText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateRowsFilter();
}

void GateFilterProxy::setOnlyMine(bool onlyMine)
{
    if (onlyMine == m_onlyMine) {
        return;
    }
    m_onlyMine = onlyMine;
    invalidateRowsFilter();
}

bool GateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool isGate = !index.data(GateTreeModel::GateIdRole).toString().isEmpty();
    if (!isGate) {
        // Groups show through their gates (recursive filtering); without a filter, everything shows.
        return !filtering();
    }
    if (m_onlyMine && !index.data(GateTreeModel::CanApproveRole).toBool()) {
        return false;
    }
    const QString text = index.data(GateTreeModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

} // namespace gl::ui
