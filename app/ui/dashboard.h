// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace glsim {
class Simulator;
}

namespace gl {
class CredentialStore;
class MemorySecretStore;
class SecretStore;
class Session;
} // namespace gl

namespace gl::ui {

class MainWindow;
class NotificationSink;
class ScreenLockWatcher;
class ServerSetup;
class Notifier;
class TrayIcon;

// Everything the window needs, put together the one way: the files it reads and writes (the user's, from
// gl::paths, unless the command line names others), the session over the configured servers, the window,
// notifications and the tray. --demo runs on built-in simulated servers with a scratch configuration and
// audit log, so that invented decisions never reach the user's files.
class Dashboard final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        QString configPath; // empty: paths::configFile()
        QString auditPath;  // empty: paths::auditLog()
        bool notifications = true;
    };
    // Null, with the reason in *error, when the configuration cannot be read (the window does not open
    // on a configuration it cannot trust).
    static std::unique_ptr<Dashboard> create(const Options &options, QString *error);
    ~Dashboard() override;

    MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session.get(); }
    TrayIcon *tray() const { return m_tray.get(); }
    ServerSetup *serverSetup() const { return m_setup.get(); }
    QString configPath() const { return m_configPath; }
    QString auditPath() const { return m_auditPath; }
    // Things said once at start-up (files moved from an earlier version's place); also in the status bar.
    QStringList startupMessages() const { return m_messages; }

    void show(); // shows the window and starts polling

private:
    Dashboard() = default;
    bool setUpDemo(QString *error);

    std::unique_ptr<QTemporaryDir> m_scratch; // the demo's configuration and audit log
    std::unique_ptr<glsim::Simulator> m_sim;
    std::unique_ptr<MemorySecretStore> m_demoKeychain;
    SecretStore *m_keychain = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ServerSetup> m_setup;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<NotificationSink> m_sink;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<ScreenLockWatcher> m_screenLock; // slows polling while the screen is locked
    QString m_configPath;
    QString m_auditPath;
    QStringList m_messages;
};

} // namespace gl::ui
