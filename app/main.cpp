// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "appinfo.h"
#include "appversion.h"
#include "cli.h"
#include "dashboard.h"
#include "i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

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
        "  greenlight token set SERVER | token delete SERVER\n"
        "                                           keep a server's API token in the system keychain\n"
        "  greenlight sim [--port N] [--scenario F | --scale N] [--latency-ms MS] [--soak RATE]\n"
        "                 [--soak-seed N] [--live]\n"
        "  greenlight --version\n"
        "Options for every command: --config FILE (servers.json), --audit-log FILE\n"
        "Exit codes: 0 done; 1 refused by the server or a rule, or the network failed; 2 bad usage "
        "or configuration.\n");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("greenlight"));
    QCoreApplication::setApplicationName(QStringLiteral("greenlight"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(gl::appinfo::version));
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    gl::installTranslations();
    QApplication::setApplicationDisplayName(QString::fromLatin1(gl::appinfo::name));
    QApplication::setDesktopFileName(QString::fromLatin1(gl::appinfo::id));

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
    gl::ui::Dashboard::Options options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.configPath = parser.value(QStringLiteral("config"));
    options.auditPath = parser.value(QStringLiteral("audit-log"));
    QString error;
    auto dashboard = gl::ui::Dashboard::create(options, &error);
    if (!dashboard) {
        QTextStream(stderr) << "greenlight: " << error << '\n';
        QMessageBox::critical(nullptr, MainText::tr("Greenlight"), error);
        return options.demo ? 1 : gl::cli::Usage;
    }
    for (const QString &message : dashboard->startupMessages()) {
        QTextStream(stderr) << "greenlight: " << message << '\n';
    }
    dashboard->show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "greenlight " << gl::appinfo::version << '\n';
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
        gl::installTranslations();
        return gl::cli::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
