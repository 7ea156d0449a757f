// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "dashboard.h"

#include "config/credentialstore.h"
#include "config/keychain.h"
#include "config/serverconfig.h"
#include "decisions.h"
#include "mainwindow.h"
#include "notifications.h"
#include "paths.h"
#include "poller.h"
#include "providers/registry.h"
#include "screenlock.h"
#include "serversetup.h"
#include "session.h"
#include "simulator.h"
#include "theme.h"
#include "trayicon.h"

#include <QApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>

namespace gl::ui {

namespace {
constexpr char kDemoTokenEnv[] = "GREENLIGHT_DEMO_TOKEN";
}

std::unique_ptr<Dashboard> Dashboard::create(const Options &options, QString *error)
{
    std::unique_ptr<Dashboard> d(new Dashboard);
    // token_env when it is set, otherwise the system keychain (or what a test installed instead); the demo
    // keeps what is typed into its Servers dialog in memory, away from the user's keychain.
    if (options.demo) {
        d->m_demoKeychain = std::make_unique<MemorySecretStore>();
    }
    d->m_keychain = options.demo ? d->m_demoKeychain.get() : &defaultSecretStore();
    d->m_credentials = std::make_unique<KeychainCredentialStore>(d->m_keychain);
    Config config;
    if (options.demo) {
        if (!d->setUpDemo(error)) {
            return nullptr;
        }
        auto loaded = loadConfig(d->m_configPath);
        if (!loaded) {
            *error = loaded.error().message;
            return nullptr;
        }
        config = std::move(*loaded);
    } else {
        d->m_messages = paths::migrateLegacyPaths();
        d->m_configPath = options.configPath.isEmpty() ? paths::configFile() : options.configPath;
        d->m_auditPath = options.auditPath.isEmpty() ? paths::auditLog() : options.auditPath;
        if (QFileInfo::exists(d->m_configPath)) {
            auto loaded = loadConfig(d->m_configPath);
            if (!loaded) {
                *error = loaded.error().message;
                return nullptr;
            }
            config = std::move(*loaded);
        }
    }
    // A server that cannot be set up shows its error in the window; the others still work. Without any
    // server the session is empty and the window shows the setup page.
    config.path = d->m_configPath;
    // The window starts from what the last run showed, stale until the first poll (the demo's cache lives
    // and dies with its scratch folder).
    const QString cacheDir =
        options.demo ? d->m_scratch->filePath(QStringLiteral("cache")) : paths::cacheDir();
    d->m_session = Session::open(config, *d->m_credentials, d->m_auditPath, {cacheDir, true});
    d->m_setup = std::make_unique<ServerSetup>(d->m_session.get(), d->m_configPath, d->m_keychain,
                                               d->m_credentials.get());
    // The window's colours: the desktop's unless greenlight.conf asks for Greenlight's light or dark ones.
    applyTheme(themeFromName(QSettings(paths::settingsFile(), QSettings::IniFormat)
                                 .value(QStringLiteral("window/theme"))
                                 .toString()));
    d->m_window = std::make_unique<MainWindow>(d->m_session.get(), d->m_configPath);
    d->m_window->setAuditPath(d->m_auditPath);
    d->m_window->setServerSetup(d->m_setup.get());
    if (!options.demo) { // the demo leaves the user's files alone, its window's layout too
        d->m_window->setLayoutSettings(paths::settingsFile());
    }
    if (options.demo) {
        d->m_window->setWindowTitle(tr("Demo on simulated servers")); // the application name follows
    }
    for (const QString &message : std::as_const(d->m_messages)) {
        d->m_window->statusBar()->showMessage(message);
    }
    if (d->m_session) {
        d->m_screenLock = std::make_unique<ScreenLockWatcher>();
        connect(d->m_screenLock.get(), &ScreenLockWatcher::lockedChanged, d->m_session->poller(),
                &Poller::setIdle);
    }
    if (d->m_session && options.notifications) {
        const bool haveTray = QSystemTrayIcon::isSystemTrayAvailable();
        // Notifications go to the desktop's service; without one, to the tray's balloon.
        d->m_notifier = std::make_unique<Notifier>(d->m_session->store(), nullptr);
        QSettings settings(paths::settingsFile(), QSettings::IniFormat);
        d->m_notifier->setSettings(NotificationSettings::load(settings));
        // What was announced is remembered, so that a restart does not announce it again (the demo's
        // memory lives and dies with its scratch folder).
        d->m_notifier->setStateFile(options.demo ? d->m_scratch->filePath(QStringLiteral("notified.json"))
                                                 : paths::stateDir() + QStringLiteral("/notified.json"));
        d->m_tray = std::make_unique<TrayIcon>(d->m_session->store(), d->m_notifier.get(), d->m_window.get());
        if (DBusNotificationSink::serviceAvailable()) {
            d->m_sink = std::make_unique<DBusNotificationSink>();
        } else {
            d->m_sink = std::make_unique<TrayNotificationSink>(d->m_tray->icon());
        }
        d->m_notifier->setSink(d->m_sink.get());
        d->m_window->setKeepRunningInTray(haveTray);
        QApplication::setQuitOnLastWindowClosed(!haveTray);
    }
    return d;
}

bool Dashboard::setUpDemo(QString *error)
{
    m_scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/greenlight-demo-XXXXXX"));
    if (!m_scratch->isValid()) {
        *error = tr("The demo cannot create its scratch folder: %1").arg(m_scratch->errorString());
        return false;
    }
    m_sim = std::make_unique<glsim::Simulator>();
    m_sim->loadScenario(glsim::Simulator::demoScenario());
    if (m_sim->listenLocal() == 0) {
        *error = tr("The demo simulator cannot listen on 127.0.0.1.");
        return false;
    }
    m_sim->startLife(2000, 60);
    qputenv(kDemoTokenEnv, m_sim->token().toUtf8());
    // The demo's own servers.json, written like a user's, so it goes through the same loading and checks.
    const QString url = m_sim->baseUrl().toString();
    // Each vendor in the registry brings its own demo server.
    QStringList servers;
    for (const ProviderType &type : providerTypes()) {
        if (!type.demoServer.isEmpty()) {
            servers.append(QStringLiteral("  ") +
                           type.demoServer.arg(url, QString::fromLatin1(kDemoTokenEnv)));
        }
    }
    const QString json = QStringLiteral("{ \"poll_interval_s\": 10, \"servers\": [\n") +
                         servers.join(QStringLiteral(",\n")) + QStringLiteral(" ] }\n");
    m_configPath = m_scratch->filePath(QStringLiteral("servers.json"));
    m_auditPath = m_scratch->filePath(QStringLiteral("audit.jsonl"));
    QFile file(m_configPath);
    const QByteArray bytes = json.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = tr("The demo cannot write %1: %2").arg(m_configPath, file.errorString());
        return false;
    }
    return true;
}

Dashboard::~Dashboard()
{
    // The window and tray refer to the session; the session's requests refer to the simulator.
    m_screenLock.reset();
    m_tray.reset();
    m_sink.reset();
    m_notifier.reset();
    m_window.reset();
    m_setup.reset();
    m_session.reset();
    m_sim.reset();
}

void Dashboard::show()
{
    m_window->show();
    if (m_session) {
        m_session->poller()->start();
        QPointer<MainWindow> window = m_window.get();
        m_session->decisions()->completeDangling([window](const RecoveryReport &report) {
            if (window) {
                window->showEarlierDecisions(report);
            }
        });
    }
}

} // namespace gl::ui
