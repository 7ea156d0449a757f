// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

// Helpers shared by the UI tests: what the window's tree shows, the confirmation dialog it opened, and a
// notification sink that records what it was asked to show.

#include "decisiondialog.h"
#include "gatefilterproxy.h"
#include "gatetreemodel.h"
#include "mainwindow.h"
#include "notifications.h"

#include <QStringList>

namespace gltest {

// The ids of the gates the tree shows (through the filter), sorted.
inline QStringList visibleGateIds(const gl::ui::MainWindow &window)
{
    QStringList out;
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty()) {
        const QModelIndex parent = stack.back();
        stack.pop_back();
        for (int r = 0; r < window.proxy()->rowCount(parent); ++r) {
            const QModelIndex i = window.proxy()->index(r, 0, parent);
            if (const QString id = i.data(gl::ui::GateTreeModel::GateIdRole).toString(); !id.isEmpty()) {
                out.append(id);
            }
            stack.push_back(i);
        }
    }
    out.sort();
    return out;
}

// The confirmation dialog the window has open, if any.
inline gl::ui::DecisionDialog *openDialog(const gl::ui::MainWindow &window)
{
    for (gl::ui::DecisionDialog *d : window.findChildren<gl::ui::DecisionDialog *>()) {
        if (d->isVisible()) {
            return d;
        }
    }
    return nullptr;
}

class RecordingSink final : public gl::ui::NotificationSink
{
public:
    quint32 show(const gl::ui::NotificationRequest &request) override
    {
        shown.append(request);
        return static_cast<quint32>(shown.size());
    }
    void close(quint32) override {}
    QString name() const override { return QStringLiteral("recording"); }
    QList<gl::ui::NotificationRequest> shown;
};

} // namespace gltest
