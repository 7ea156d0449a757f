// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "screenlock.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace gl::ui {
namespace {

struct Service
{
    const char *name;
    const char *path;
    const char *slot;
};

const std::array<Service, 2> kServices{{
    {"org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", SLOT(onFreedesktopChanged(bool))},
    {"org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", SLOT(onGnomeChanged(bool))},
}};

} // namespace

ScreenLockWatcher::ScreenLockWatcher(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    for (std::size_t i = 0; i < kServices.size(); ++i) {
        const QString name = QString::fromLatin1(kServices[i].name);
        const QString path = QString::fromLatin1(kServices[i].path);
        bus.connect(name, path, name, QStringLiteral("ActiveChanged"), this, kServices[i].slot);
        const QDBusMessage ask =
            QDBusMessage::createMethodCall(name, path, name, QStringLiteral("GetActive"));
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, i](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<bool> reply = *w;
            if (reply.isValid()) { // no such service: not idle
                set(i, reply.value());
            }
            w->deleteLater();
        });
    }
}

bool ScreenLockWatcher::locked() const
{
    return m_active[0] || m_active[1];
}

void ScreenLockWatcher::onFreedesktopChanged(bool active)
{
    set(0, active);
}

void ScreenLockWatcher::onGnomeChanged(bool active)
{
    set(1, active);
}

void ScreenLockWatcher::set(std::size_t service, bool active)
{
    const bool before = locked();
    m_active[service] = active;
    if (locked() != before) {
        Q_EMIT lockedChanged(locked());
    }
}

} // namespace gl::ui
