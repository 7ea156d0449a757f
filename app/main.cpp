#include "cli.h"
#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "mainwindow.h"
#include "notifications.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTextStream>
#include <QTranslator>

#include <cstring>

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

QString usage()
{
    return MainText::tr(
        "Usage:\n"
        "  greenlight                               open the dashboard\n"
        "  greenlight --demo                        open the dashboard on simulated servers\n"
        "  greenlight list [--json]                 poll every server once, print the open gates\n"
        "  greenlight approve ID --note TEXT [--yes]\n"
        "  greenlight reject ID --note TEXT [--yes]\n"
        "  greenlight audit verify | audit export --format csv|json\n"
        "  greenlight sim [--port N] [--scenario F] [--live]\n"
        "  greenlight --version\n"
        "Options for every command: --config FILE (servers.json), --audit-log FILE\n"
        "Exit codes: 0 done; 1 refused by the server or a rule, or the network failed; 2 bad usage "
        "or configuration.\n");
}

void loadTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("greenlight"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("greenlight"));
    QCoreApplication::setApplicationName(QStringLiteral("greenlight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GREENLIGHT_VERSION));
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    loadTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Greenlight"));
    QApplication::setDesktopFileName(QStringLiteral("io.greenlight.Greenlight"));

    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("demo"), MainText::tr("Open the dashboard on the built-in simulated servers.")});
    parser.addOption(
        {QStringLiteral("config"), MainText::tr("Read servers from <file>."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("audit-log"), MainText::tr("Write the audit log to <file>."),
                      QStringLiteral("file")});
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        QTextStream(stderr)
            << "greenlight: "
            << (parser.errorText().isEmpty()
                    ? MainText::tr("unknown command \"%1\"").arg(parser.positionalArguments().value(0))
                    : parser.errorText())
            << '\n'
            << usage();
        return gl::cli::Usage;
    }
    const QString auditPath = parser.isSet(QStringLiteral("audit-log"))
                                  ? parser.value(QStringLiteral("audit-log"))
                                  : gl::AuditLog::defaultPath();
    static gl::EnvironmentCredentialStore credentials;
    std::unique_ptr<glsim::Simulator> sim;
    gl::Config config;
    QString configPath;
    bool haveConfig = false;

    if (parser.isSet(QStringLiteral("demo"))) {
        sim = std::make_unique<glsim::Simulator>();
        sim->loadScenario(glsim::Simulator::demoScenario());
        if (sim->listenLocal() == 0) {
            QMessageBox::critical(nullptr, MainText::tr("Greenlight"),
                                  MainText::tr("The demo simulator cannot listen on 127.0.0.1."));
            return 1;
        }
        sim->startLife(2000, 60);
        qputenv("GREENLIGHT_DEMO_TOKEN", sim->token().toUtf8());
        gl::ServerConfig server;
        server.name = QStringLiteral("demo-circleci");
        server.provider = QStringLiteral("circleci");
        server.url = sim->baseUrl();
        server.tokenEnv = QStringLiteral("GREENLIGHT_DEMO_TOKEN");
        server.projects = {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web-storefront"),
                           QStringLiteral("circleci/43G3kM5RtfFE7v5sa4nWAU/44n9pujWcTnVZ2b5S8Fnat")};
        server.pollIntervalS = 10;
        config.servers.push_back(server);
        gl::ServerConfig gitlab = server;
        gitlab.name = QStringLiteral("demo-gitlab");
        gitlab.provider = QStringLiteral("gitlab");
        gitlab.projects = {QStringLiteral("acme/payments"), QStringLiteral("acme/plateforme/déploiement")};
        gitlab.manualJobs = true;
        config.servers.push_back(gitlab);
        configPath = MainText::tr("(demo)");
        haveConfig = true;
    } else {
        configPath = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                            : gl::defaultConfigPath();
        if (QFileInfo::exists(configPath)) {
            auto loaded = gl::loadConfig(configPath);
            if (!loaded) {
                QMessageBox::critical(nullptr, MainText::tr("Greenlight"), loaded.error().message);
                return gl::cli::Usage;
            }
            config = std::move(*loaded);
            haveConfig = !config.servers.empty();
        }
    }
    std::unique_ptr<gl::Session> session;
    if (haveConfig) {
        // A server that cannot be set up shows its error in the window; the others still work.
        session = gl::Session::open(config, credentials, auditPath);
    }
    gl::ui::MainWindow window(session.get(), configPath);
    if (sim) {
        window.setWindowTitle(MainText::tr("Greenlight — demo on simulated servers"));
    }
    std::unique_ptr<gl::ui::NotificationSink> sink;
    std::unique_ptr<gl::ui::Notifier> notifier;
    std::unique_ptr<gl::ui::TrayIcon> tray;
    if (session) {
        const bool haveTray = QSystemTrayIcon::isSystemTrayAvailable();
        // Notifications go to the desktop's service; without one, to the tray's balloon.
        notifier = std::make_unique<gl::ui::Notifier>(session->store(), nullptr);
        QSettings settings;
        notifier->setSettings(gl::ui::NotificationSettings::load(settings));
        tray = std::make_unique<gl::ui::TrayIcon>(session->store(), notifier.get(), &window);
        if (gl::ui::DBusNotificationSink::serviceAvailable()) {
            sink = std::make_unique<gl::ui::DBusNotificationSink>();
        } else {
            sink = std::make_unique<gl::ui::TrayNotificationSink>(tray->icon());
        }
        notifier->setSink(sink.get());
        window.setKeepRunningInTray(haveTray);
        QApplication::setQuitOnLastWindowClosed(!haveTray);
    }
    window.show();
    if (session) {
        session->poller()->start();
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "greenlight " << GREENLIGHT_VERSION << '\n';
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            QTextStream(stdout) << usage();
            return 0;
        }
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (gl::cli::isVerb(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        loadTranslations(app);
        return gl::cli::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
