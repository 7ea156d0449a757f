// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "setuppage.h"

#include "config/cliimport.h"
#include "serverform.h"
#include "serversetup.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gl::ui {

SetupPage::SetupPage(ServerSetup *setup, QWidget *parent)
    : QWidget(parent), m_setup(setup), m_form(new ServerForm(setup, true)),
      m_done(new QPushButton(tr("&Done")))
{
    auto *title = new QLabel(tr("Set up your first server"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Greenlight watches your CI servers for pipelines that wait for a person to "
                                "approve them. Pick your vendor, paste an API token and test the connection; "
                                "then tick the projects to watch. The token is kept in the system keychain, "
                                "never in a file."));
    intro->setWordWrap(true);
    auto *demo = new QLabel(tr("To look around first, start <tt>greenlight --demo</tt>: it runs on simulated "
                               "servers and changes nothing of yours."));
    demo->setWordWrap(true);
    demo->setTextFormat(Qt::RichText);
    m_done->setDefault(true);

    auto *column = new QWidget;
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    // The vendors' own command-line tools may already hold a token: offered, read only when asked.
    const QStringList files = cliCredentialFiles(QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"));
    if (!files.isEmpty()) {
        auto *importRow = new QHBoxLayout;
        importRow->addWidget(new QLabel(tr("Import:")));
        for (const QString &file : files) {
            const bool circle = file.endsWith(QLatin1String("cli.yml"));
            auto *button = new QPushButton(circle ? tr("From the CircleCI CLI…") : tr("From glab…"));
            button->setToolTip(tr("Read the server address and token from %1").arg(file));
            connect(button, &QPushButton::clicked, this, [this, file, button] {
                const QList<CliCredentials> found = readCliCredentials(file);
                if (found.isEmpty()) {
                    m_importResult->setText(tr("%1 holds no token.").arg(file));
                    return;
                }
                const auto use = [this](const CliCredentials &c) {
                    m_form->fill(c.provider, c.url, c.token);
                    m_importResult->setText(tr("The address and token of %1 are filled in from %2; test the "
                                               "connection, then tick the projects.")
                                                .arg(c.url.host(), c.file));
                };
                if (found.size() == 1) {
                    use(found.first());
                    return;
                }
                auto *menu = new QMenu(button);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                for (const CliCredentials &c : found) {
                    menu->addAction(c.url.host(), this, [use, c] { use(c); });
                }
                menu->popup(button->mapToGlobal(QPoint(0, button->height())));
            });
            m_imports << button;
            importRow->addWidget(button);
        }
        importRow->addStretch(1);
        layout->addLayout(importRow);
        m_importResult = new QLabel;
        m_importResult->setWordWrap(true);
        layout->addWidget(m_importResult);
    }
    layout->addWidget(m_form, 1);
    auto *doneRow = new QHBoxLayout;
    doneRow->addWidget(demo, 1);
    m_saving = new QLabel;
    m_saving->hide();
    doneRow->addWidget(m_saving);
    doneRow->addWidget(m_done, 0, Qt::AlignBottom);
    layout->addLayout(doneRow);

    auto *centered = new QWidget;
    auto *row = new QHBoxLayout(centered);
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(centered);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    ServerEdit fresh;
    fresh.server.provider = QStringLiteral("circleci");
    m_form->load(fresh);
    connect(m_done, &QPushButton::clicked, this, &SetupPage::finish);
}

bool SetupPage::finish()
{
    const ServerEdit edit = m_form->edit();
    ServerSetup::Change change;
    change.servers.push_back(edit);
    if (!m_form->typedToken().isEmpty()) {
        change.tokens.insert(edit.server.name, m_form->typedToken());
    }
    if (!m_form->typedProxyCredentials().isEmpty()) {
        change.proxyCredentials.insert(edit.server.name, m_form->typedProxyCredentials());
    }
    // Storing the token may wait for the keychain (or for its password prompt): say so meanwhile.
    m_done->setEnabled(false);
    m_form->clearError();
    m_saving->setText(tr("Saving; the token goes to the system keychain…"));
    m_saving->show();
    const auto applied = m_setup->apply(change);
    m_saving->hide();
    m_done->setEnabled(true);
    if (!applied) {
        m_form->showError(applied.error().message);
        return false;
    }
    return true;
}

} // namespace gl::ui
