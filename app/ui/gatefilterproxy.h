// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace gl::ui {

// Filters gates by words (each must appear in the gate's project, branch, environment, workflow, name,
// people or commit) and, optionally, to those I can approve. A group shows while a gate below it shows.
class GateFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GateFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setOnlyMine(bool onlyMine);
    bool onlyMine() const { return m_onlyMine; }
    bool filtering() const { return m_onlyMine || !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    bool m_onlyMine = false;
};

} // namespace gl::ui
