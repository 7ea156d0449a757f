// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

class QSettings;
class QSystemTrayIcon;
class QTimer;

namespace gl {
class GateStore;
class Timer;
} // namespace gl

namespace gl::ui {

struct NotificationRequest
{
    QString summary;
    QString body;
    QStringList actions; // key, label, key, label… ("default" is a click on the notification)
    QStringList gateIds;
    bool sound = false;
    quint32 replaces = 0; // a notification of ours still shown, to update in place instead of adding one
};

// Where notifications go: the desktop's notification service, or the tray icon's balloon.
class NotificationSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Returns the notification's id, or 0 when it could not be shown.
    virtual quint32 show(const NotificationRequest &request) = 0;
    virtual void close(quint32 id) = 0;
    virtual QString name() const = 0;

Q_SIGNALS:
    void actionInvoked(quint32 id, const QString &action);
    void closed(quint32 id);
};

// org.freedesktop.Notifications on the session bus, with a desktop-entry hint and action buttons.
class DBusNotificationSink final : public NotificationSink
{
    Q_OBJECT
public:
    explicit DBusNotificationSink(QObject *parent = nullptr);
    static bool serviceAvailable();
    quint32 show(const NotificationRequest &request) override;
    void close(quint32 id) override;
    QString name() const override { return QStringLiteral("dbus"); }

private Q_SLOTS:
    // Connected by name: QtDBus delivers bus signals only to string-named slots.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    // Notify is called asynchronously (the UI never waits on the bus): our ids are handed out at once
    // and matched to the daemon's when its answer arrives.
    quint32 m_next = 0;
    QHash<quint32, uint> m_daemonId; // ours → the daemon's
    QHash<uint, quint32> m_ourId;    // the daemon's → ours
    QSet<quint32> m_closeOnArrival;
};

// Where no notification service runs: the tray icon's message, or nothing but the record.
class TrayNotificationSink final : public NotificationSink
{
    Q_OBJECT
public:
    explicit TrayNotificationSink(QSystemTrayIcon *tray, QObject *parent = nullptr);
    quint32 show(const NotificationRequest &request) override;
    void close(quint32) override {}
    QString name() const override { return QStringLiteral("tray"); }
    const QList<NotificationRequest> &shown() const { return m_shown; }

private:
    QPointer<QSystemTrayIcon> m_tray;
    QList<NotificationRequest> m_shown;
    quint32 m_next = 0;
    quint32 m_lastId = 0;
    QStringList m_lastGates;
};

struct NotificationSettings
{
    bool notifyAll = false;    // also gates I cannot approve
    int reminderMinutes = 120; // 0: no reminders
    QStringList mutedProjects;
    QStringList mutedEnvironments; // environment or workflow names
    QDateTime doNotDisturbUntil;
    bool sound = false;

    static NotificationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

// Decides what notifies: a new gate I can approve, once; several in one poll as one summary; a reminder
// when a gate has waited too long; nothing while muted or paused. A gate decided elsewhere closes its
// notification.
class Notifier final : public QObject
{
    Q_OBJECT
public:
    Notifier(GateStore *store, NotificationSink *sink, QObject *parent = nullptr);
    ~Notifier() override; // writes what is still unsaved

    void setSink(NotificationSink *sink);
    NotificationSink *sink() const { return m_sink; }
    void setSettings(const NotificationSettings &settings) { m_settings = settings; }
    const NotificationSettings &settings() const { return m_settings; }
    void pauseFor(int seconds);
    void pauseUntilTomorrow();
    void resume();
    bool paused() const;
    void checkReminders();
    // Where what was announced (and reminded) is remembered across restarts (the state folder). Read at
    // once; written, atomically, after each change. Without it, a restart announces every gate again.
    void setStateFile(const QString &path);
    // The notification that lists the new gates, updated in place as more arrive; 0 when none is shown.
    quint32 liveNotification() const { return m_live; }

    static constexpr int kSummaryListed = 5;

Q_SIGNALS:
    void approveRequested(const QString &gateId);
    void openRequested(const QString &gateId); // empty: just the dashboard
    void notified(const gl::ui::NotificationRequest &request);

private:
    void onAdded(const Gate &gate);
    void onRemoved(const QString &id);
    void flush();
    bool wanted(const Gate &gate) const;
    quint32 post(const NotificationRequest &request);
    void onAction(quint32 id, const QString &action);
    NotificationRequest summaryOf(const Gates &gates) const;
    void saveState();

    QPointer<GateStore> m_store;
    QPointer<NotificationSink> m_sink;
    NotificationSettings m_settings;
    Gates m_pending;
    QHash<QString, QDateTime> m_announced; // gate → when it was first announced (or first seen, if muted)
    QSet<QString> m_reminded;
    quint32 m_live = 0;
    QStringList m_liveGates; // newest first
    QString m_stateFile;
    QTimer *m_save = nullptr;
    QHash<quint32, QStringList> m_open; // notification → the gates it is about
    // Every notification this run showed → its gates: a click on one the daemon still shows after its
    // gate left is answered (the window says the gate is no longer waiting), not ignored.
    QHash<quint32, QStringList> m_shown;
    QTimer *m_flush;
    gl::Timer *m_reminders; // on gl::Clock: tests move time to see reminders
};

} // namespace gl::ui
