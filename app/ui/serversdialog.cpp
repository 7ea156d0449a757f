// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "serversdialog.h"

#include "serverform.h"
#include "serversetup.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace gl::ui {

ServersDialog::ServersDialog(ServerSetup *setup, QWidget *parent)
    : QDialog(parent), m_setup(setup), m_list(new QListWidget), m_form(new ServerForm(setup, false)),
      m_add(new QPushButton(tr("Add"))), m_remove(new QPushButton(tr("Remove"))), m_up(new QPushButton),
      m_down(new QPushButton), m_save(nullptr), m_protected(new QLineEdit)
{
    setWindowTitle(tr("Servers"));
    for (ServerEdit &edit : setup->current()) {
        m_rows.push_back({std::move(edit), {}, {}});
    }
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolTip(tr("Move up"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolTip(tr("Move down"));
    m_down->setAccessibleName(tr("Move down"));
    m_list->setMinimumWidth(140);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    leftLayout->addLayout(buttons);

    // The form scrolls rather than squeeze below its size (a small screen, 2× scale).
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_protected->setText(setup->protectedEnvironments().join(QStringLiteral(", ")));
    m_protected->setToolTip(
        tr("Glob patterns, separated by commas: approving a gate whose environment matches "
           "needs a note and its name typed."));
    auto *protectedRow = new QHBoxLayout;
    auto *protectedLabel = new QLabel(tr("Protected &environments:"));
    protectedLabel->setBuddy(m_protected);
    protectedRow->addWidget(protectedLabel);
    protectedRow->addWidget(m_protected, 1);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = box->button(QDialogButtonBox::Save);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(protectedRow);
    layout->addWidget(box);

    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServersDialog::select);
    // A click on empty space clears the selection, not the server the form shows: keep it marked.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_list->selectedItems().isEmpty() && m_list->currentItem()) {
            m_list->currentItem()->setSelected(true);
        }
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        keepForm();
        ServerEdit fresh;
        fresh.server.provider = QStringLiteral("gitlab");
        m_rows.push_back({fresh, {}, {}});
        m_row = -1;
        refreshList();
        m_list->setCurrentRow(static_cast<int>(m_rows.size()) - 1);
        m_form->urlEdit()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0) {
            return;
        }
        m_rows.erase(m_rows.begin() + row);
        m_row = -1;
        refreshList();
        m_list->setCurrentRow(std::min(row, static_cast<int>(m_rows.size()) - 1));
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_form->nameEdit(), &QLineEdit::textChanged, this, [this](const QString &name) {
        if (QListWidgetItem *item = m_list->item(m_row)) {
            item->setText(name.isEmpty() ? tr("(new server)") : name);
        }
    });

    refreshList();
    m_list->setCurrentRow(m_rows.empty() ? -1 : 0);
    m_form->setEnabled(!m_rows.empty());
    // A size that fits the screen it opens on.
    QSize size(900, 680);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableGeometry().size() * 9 / 10;
        size = size.boundedTo(room);
    }
    resize(size);
    splitter->setSizes({180, size.width() - 180}); // the form gets the room
}

void ServersDialog::refreshList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Row &r : m_rows) {
        const ServerEdit &edit = r.edit;
        m_list->addItem(edit.server.name.isEmpty() ? tr("(new server)") : edit.server.name);
    }
    m_remove->setEnabled(!m_rows.empty());
}

void ServersDialog::keepForm()
{
    if (m_row < 0 || m_row >= static_cast<int>(m_rows.size())) {
        return;
    }
    m_rows[static_cast<std::size_t>(m_row)] = {m_form->edit(), m_form->typedToken(),
                                               m_form->typedProxyCredentials()};
}

void ServersDialog::select(int row)
{
    keepForm();
    m_row = row;
    m_form->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < static_cast<int>(m_rows.size()));
    if (row < 0) {
        return;
    }
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    m_form->load(r.edit);
    // What was typed and not saved yet comes back with the server.
    m_form->tokenEdit()->setText(r.token);
    if (!r.proxyLogin.isEmpty()) {
        m_form->proxyUserEdit()->setText(r.proxyLogin.section(u':', 0, 0));
        m_form->proxyPasswordEdit()->setText(r.proxyLogin.section(u':', 1));
    }
}

void ServersDialog::move(int by)
{
    keepForm();
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= static_cast<int>(m_rows.size())) {
        return;
    }
    std::swap(m_rows[static_cast<std::size_t>(row)], m_rows[static_cast<std::size_t>(to)]);
    m_row = -1;
    refreshList();
    m_list->setCurrentRow(to);
}

bool ServersDialog::save()
{
    keepForm();
    ServerSetup::Change change;
    for (const Row &r : m_rows) {
        change.servers.push_back(r.edit);
        if (!r.token.isEmpty()) {
            change.tokens.insert(r.edit.server.name, r.token);
        }
        if (!r.proxyLogin.isEmpty()) {
            change.proxyCredentials.insert(r.edit.server.name, r.proxyLogin);
        }
    }
    QStringList patterns;
    for (const QString &p : m_protected->text().split(u',', Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty()) {
            patterns << p.trimmed();
        }
    }
    change.protectedEnvironments = patterns;
    const auto applied = m_setup->apply(change);
    if (applied) {
        return true;
    }
    // Show the error on the server it names ("servers[2] …"), or on the one shown.
    const QString message = applied.error().message;
    static const QRegularExpression index(QStringLiteral("servers\\[(\\d+)\\]"));
    const auto match = index.match(message);
    if (match.hasMatch()) {
        const int row = match.captured(1).toInt();
        if (row >= 0 && row < static_cast<int>(m_rows.size()) && row != m_list->currentRow()) {
            m_list->setCurrentRow(row);
        }
    }
    m_form->showError(message);
    return false;
}

} // namespace gl::ui
