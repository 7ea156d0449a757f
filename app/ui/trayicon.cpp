// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "trayicon.h"

#include "decisions.h"
#include "gateicons.h"
#include "gatestore.h"
#include "mainwindow.h"
#include "notifications.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace gl::ui {

TrayIcon::TrayIcon(GateStore *store, Notifier *notifier, MainWindow *window, QObject *parent)
    : QObject(parent), m_store(store), m_notifier(notifier), m_window(window),
      m_tray(new QSystemTrayIcon(this)), m_menu(std::make_unique<QMenu>())
{
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showDashboard();
        }
    });
    auto *coalesce = new QTimer(this);
    coalesce->setSingleShot(true);
    coalesce->setInterval(0);
    connect(coalesce, &QTimer::timeout, this, &TrayIcon::update);
    auto later = [coalesce] { coalesce->start(); };
    connect(store, &GateStore::gateAdded, this, later);
    connect(store, &GateStore::gateChanged, this, later);
    connect(store, &GateStore::gateRemoved, this, later);
    connect(store, &GateStore::healthChanged, this, later);
    if (notifier) {
        connect(notifier, &Notifier::approveRequested, this, &TrayIcon::approve);
        connect(notifier, &Notifier::openRequested, this, [this](const QString &id) { showDashboard(id); });
    }
    update();
    m_tray->show();
}

TrayIcon::~TrayIcon() = default;

TrayIcon::CountLabel TrayIcon::countLabel(int count, int size)
{
    // Digits about half the icon's height, narrowed (down to 55%) to fit the disc; where "99+" would need
    // more than that (a 16 or 22 pixel tray), "9+" says "many" legibly, and the tooltip has the number.
    CountLabel label;
    label.font = QApplication::font();
    label.font.setBold(true);
    const auto fit = [&](const QString &text) {
        label.text = text;
        // From the tallest digits that leave a margin down to the smallest that still read (half).
        for (int px = size; px >= 6; --px) {
            label.font.setPixelSize(px);
            const QRectF box = QFontMetricsF(label.font).tightBoundingRect(text);
            if (box.height() > size * 0.56) {
                continue;
            }
            if (box.height() < size * 0.5) {
                return false;
            }
            label.scaleX = std::min(1.0, size * 0.84 / std::max(1.0, box.width()));
            if (label.scaleX >= 0.55) {
                return true;
            }
        }
        return false;
    };
    QStringList candidates{count > 99 ? QStringLiteral("99+") : QString::number(count)};
    if (count > 9) {
        candidates.append(QStringLiteral("9+"));
    }
    for (const QString &text : std::as_const(candidates)) {
        if (fit(text)) {
            return label;
        }
    }
    return label; // the last candidate, narrowed as far as it had to be
}

QIcon TrayIcon::iconFor(State state, int count)
{
    Badge base = Badge::Ok;
    switch (state) {
    case State::Checking:
        base = count > 0 ? Badge::Hold : Badge::Checking;
        break;
    case State::Problem:
        base = count > 0 ? Badge::Hold : Badge::Error;
        break;
    case State::Waiting:
        base = Badge::Hold;
        break;
    case State::AllClear:
        base = Badge::Ok;
        break;
    }
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm = badgeIcon(count > 0 ? Badge::Blank : base).pixmap(size, size);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        if (count > 0) { // on a plain disc: the hold badge's bars would read as part of the number
            const CountLabel label = countLabel(count, size);
            p.setFont(label.font);
            p.setPen(Qt::white);
            p.save();
            p.translate(size / 2.0, 0);
            p.scale(label.scaleX, 1.0);
            p.drawText(QRectF(-size / 2.0 / label.scaleX, 0, size / label.scaleX, size), Qt::AlignCenter,
                       label.text);
            p.restore();
        }
        if (count > 0 && state == State::Problem) {
            // The count may be incomplete: a red mark in the corner says a server is failing.
            const qreal d = size * 0.42;
            p.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
            p.setBrush(QColor(0xd6, 0x45, 0x45));
            p.drawEllipse(QRectF(size - d - 0.5, 0.5, d, d));
        }
        icon.addPixmap(pm);
    }
    return icon;
}

void TrayIcon::update()
{
    if (!m_store) {
        return;
    }
    Gates mine;
    for (const Gate &g : m_store->gates()) {
        if (g.canApprove) {
            mine.push_back(g);
        }
    }
    const int count = static_cast<int>(mine.size());
    const ServerState overall = m_store->overallState();
    State state = State::AllClear;
    switch (overall) {
    case ServerState::Checking:
        state = State::Checking;
        break;
    case ServerState::NotSetUp:
    case ServerState::Failing:
        state = State::Problem;
        break;
    case ServerState::Polled:
        state = count > 0 ? State::Waiting : State::AllClear;
        break;
    }
    const bool noServer = m_store->servers().isEmpty();
    if (noServer) {
        state = State::Checking; // nothing is wrong yet: nothing is set up (the window shows the setup page)
    }
    if (count != m_count || state != m_state || !m_iconSet) {
        m_count = count;
        m_state = state;
        m_iconSet = true;
        m_tray->setIcon(iconFor(state, count));
    }
    std::sort(mine.begin(), mine.end(),
              [](const Gate &a, const Gate &b) { return a.createdAt > b.createdAt; });
    QString tip;
    switch (state) {
    case State::Checking:
        tip = noServer     ? tr("Greenlight: no server is set up yet")
              : count == 0 ? tr("Greenlight: checking your servers…")
                           : tr("Greenlight: %n gate(s) wait for your approval; still checking other servers",
                                nullptr, count);
        break;
    case State::Problem: {
        QStringList problems;
        for (const QString &server : m_store->servers()) {
            const ServerHealth h = m_store->health(server);
            if (h.state == ServerState::Failing) {
                problems.append(tr("cannot poll %1").arg(server));
            } else if (h.state == ServerState::NotSetUp) {
                problems.append(tr("%1 is not set up").arg(server));
            }
        }
        tip = tr("Greenlight: %1").arg(problems.join(QStringLiteral("; ")));
        if (count > 0) {
            tip += u'\n' + tr("%n gate(s) known to wait for you, some may be out of date", nullptr, count);
        }
        break;
    }
    case State::Waiting:
        tip = tr("Greenlight: %n gate(s) wait for your approval", nullptr, count);
        break;
    case State::AllClear:
        tip = tr("Greenlight: nothing waits for you");
        break;
    }
    for (std::size_t i = 0; i < mine.size() && i < 3; ++i) {
        tip += u'\n' + mine[i].name + QStringLiteral(" · ") + mine[i].project;
    }
    if (m_notifier && m_notifier->paused()) {
        tip += u'\n' + tr("Notifications paused");
    }
    m_tray->setToolTip(tip);
    rebuildMenu();
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    Gates mine;
    for (const Gate &g : m_store->gates()) {
        if (g.canApprove) {
            mine.push_back(g);
        }
    }
    std::sort(mine.begin(), mine.end(),
              [](const Gate &a, const Gate &b) { return a.createdAt > b.createdAt; });
    if (mine.empty()) {
        QString text;
        switch (m_state) {
        case State::Checking:
            text = tr("Checking your servers…");
            break;
        case State::Problem:
            text = tr("Some servers cannot be polled: open the dashboard");
            break;
        case State::Waiting:
        case State::AllClear:
            text = tr("Nothing waits for you");
            break;
        }
        m_menu->addAction(text)->setEnabled(false);
    }
    for (std::size_t i = 0; i < mine.size() && i < kMenuGates; ++i) {
        const Gate &g = mine[i];
        // Pipeline number and commit subject: same-named gates are told apart.
        const QString pipeline =
            g.pipelineNumber > 0 ? QStringLiteral(" #%1").arg(g.pipelineNumber) : QString();
        const QString subject =
            g.commitSubject.isEmpty() ? QString() : QStringLiteral(" · ") + g.commitSubject;
        QAction *a = m_menu->addAction(badgeIcon(Badge::Hold),
                                       tr("Approve %1 (%2%3%4)…").arg(g.name, g.project, pipeline, subject));
        a->setData(g.id);
        a->setToolTip(gateSummary(g));
        connect(a, &QAction::triggered, this, [this, id = g.id] { approve(id); });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Open Dashboard")), &QAction::triggered, this, [this] { showDashboard(); });
    if (m_notifier) {
        QMenu *pause = m_menu->addMenu(tr("Pause Notifications"));
        connect(pause->addAction(tr("For 1 Hour")), &QAction::triggered, this, [this] {
            m_notifier->pauseFor(3600);
            update();
        });
        connect(pause->addAction(tr("Until Tomorrow")), &QAction::triggered, this, [this] {
            m_notifier->pauseUntilTomorrow();
            update();
        });
        QAction *resume = pause->addAction(tr("Resume"));
        resume->setEnabled(m_notifier->paused());
        connect(resume, &QAction::triggered, this, [this] {
            m_notifier->resume();
            update();
        });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, qApp, &QCoreApplication::quit);
}

void TrayIcon::showDashboard(const QString &gateId)
{
    if (!m_window) {
        return;
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (!gateId.isEmpty()) {
        m_window->selectGate(gateId);
    }
}

void TrayIcon::approve(const QString &gateId)
{
    showDashboard(gateId);
    if (m_window) {
        // By id, never through the tree's selection: the filter may hide the gate, or it may have left.
        m_window->requestDecision(Decision::Approve, {gateId});
    }
}

} // namespace gl::ui
