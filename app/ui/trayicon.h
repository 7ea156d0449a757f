// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QFont>
#include <QIcon>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace gl {
class GateStore;
}

namespace gl::ui {

class MainWindow;
class Notifier;

// The tray icon: the number of gates waiting for me drawn on it, a tooltip summary, and a menu of the
// newest waiting gates (each opens the confirmation dialog), Open dashboard, Pause notifications, Quit.
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    TrayIcon(GateStore *store, Notifier *notifier, MainWindow *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *icon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }
    int waitingForMe() const { return m_count; }
    // What the icon says: never "all clear" before every server was polled.
    enum class State
    {
        Checking, // a server not polled yet, nothing known to wait
        Problem,  // a server failing or not set up (gates may be stale or missing)
        Waiting,  // gates wait for me, every server polled
        AllClear, // every server polled, nothing waits for me
    };
    State state() const { return m_state; }
    // The count as the icon of this size shows it ("7", "42", "99+", or "9+" where "99+" would be too small
    // to read), the font it is drawn in and how much it is narrowed to fit.
    struct CountLabel
    {
        QString text;
        QFont font;
        double scaleX = 1.0;
    };
    static CountLabel countLabel(int count, int size);
    static QIcon iconFor(State state, int count);
    static constexpr int kMenuGates = 8;

    // Brings the dashboard forward with the gate selected, and asks for approval.
    void approve(const QString &gateId);
    void showDashboard(const QString &gateId = {});

private:
    void update();
    void rebuildMenu();

    QPointer<GateStore> m_store;
    QPointer<Notifier> m_notifier;
    QPointer<MainWindow> m_window;
    QSystemTrayIcon *m_tray;
    std::unique_ptr<QMenu> m_menu;
    int m_count = -1;
    State m_state = State::Checking;
    bool m_iconSet = false;
};

} // namespace gl::ui
