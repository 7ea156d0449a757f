// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QObject>

#include <array>

namespace gl::ui {

// Whether the desktop session is idle: its screen saver or lock screen is on. Asks the session bus's
// org.freedesktop.ScreenSaver (KDE, Xfce, MATE, Cinnamon and others) and org.gnome.ScreenSaver (GNOME) once,
// then follows their ActiveChanged signals; the session is idle while either says it is active. Without
// either service the session never counts as idle. The bus is never waited on.
class ScreenLockWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockWatcher(QObject *parent = nullptr);
    bool locked() const;

Q_SIGNALS:
    void lockedChanged(bool locked);

private Q_SLOTS:
    // Connected by name: QtDBus delivers bus signals only to string-named slots.
    void onFreedesktopChanged(bool active);
    void onGnomeChanged(bool active);

private:
    void set(std::size_t service, bool active);
    std::array<bool, 2> m_active{}; // freedesktop, GNOME
};

} // namespace gl::ui
