// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

// A stand-in for the desktop's notification daemon: registers org.freedesktop.Notifications on the
// session bus (its own connection, so calls really cross the bus) and records every call.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

struct RecordedNotification
{
    uint id = 0;
    QString appName;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    qint64 receivedMs = 0; // on the server's clock
    uint replacesId = 0;   // as asked; when it names one still shown, that one is updated and keeps its id
};

class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    FakeNotificationServer()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fake-notifications")))
    {
        m_clock.start();
    }
    ~FakeNotificationServer() override
    {
        stop();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
    }

    bool start()
    {
        return m_bus.isConnected() &&
               m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    void stop()
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }
    void invokeAction(uint id, const QString &key) { Q_EMIT ActionInvoked(id, key); }
    // The user closes a notification.
    void dismiss(uint id)
    {
        m_shown.remove(id);
        Q_EMIT NotificationClosed(id, 2);
    }
    qint64 now() const { return m_clock.elapsed(); }

    QList<RecordedNotification> notifications;
    QList<uint> closed;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(expireTimeout);
        const uint id = replacesId != 0 && m_shown.contains(replacesId) ? replacesId : ++m_next;
        m_shown.insert(id);
        RecordedNotification n{id,      appName, appIcon,           summary,   body,
                               actions, hints,   m_clock.elapsed(), replacesId};
        notifications.append(n);
        return n.id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        m_shown.remove(id);
        Q_EMIT NotificationClosed(id, 3);
    }
    QStringList GetCapabilities() const
    {
        return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("sound")};
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QElapsedTimer m_clock;
    uint m_next = 0;
    QSet<uint> m_shown;
};
