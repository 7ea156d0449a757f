#include "setuppage.h"

#include "serverform.h"
#include "serversetup.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    layout->addWidget(m_form, 1);
    auto *doneRow = new QHBoxLayout;
    doneRow->addWidget(demo, 1);
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
    const auto applied = m_setup->apply(change);
    if (!applied) {
        m_form->showError(applied.error().message);
        return false;
    }
    return true;
}

} // namespace gl::ui
