// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "cli.h"

#include "audit/auditlog.h"
#include "audit/auditview.h"
#include "clock.h"
#include "config/credentialstore.h"
#include "config/keychain.h"
#include "config/serverconfig.h"
#include "decisions.h"
#include "gate.h"
#include "json.h"
#include "paths.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "text/safetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QStringDecoder>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace gl::cli {
namespace {

using nlohmann::json;

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Standard output or error as the CLI writes to them: every character that could drive a terminal (ESC
// sequences, other controls, bidi overrides) in text a server supplied is written as a visible escape. The
// CLI's own output holds no such character but line feeds, so the whole stream goes through it.
class TerminalSafeDevice final : public QIODevice
{
public:
    explicit TerminalSafeDevice(int fd) : m_fd(fd) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        // Stateful: a character split between two writes is decoded whole.
        const QByteArray safe = terminalSafe(m_decoder.decode(QByteArrayView(data, size))).toUtf8();
        qint64 written = 0;
        while (written < safe.size()) {
            const ssize_t n =
                ::write(m_fd, safe.constData() + written, static_cast<size_t>(safe.size() - written));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return -1;
            }
            written += n;
        }
        return size;
    }

private:
    int m_fd;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

QTextStream &out()
{
    static TerminalSafeDevice device(STDOUT_FILENO);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &err()
{
    static TerminalSafeDevice device(STDERR_FILENO);
    static QTextStream stream(&device);
    return stream;
}

int usageError(const QString &message)
{
    err() << "greenlight: " << message << '\n'
          << CliText::tr("Run 'greenlight --help' for usage.") << Qt::endl;
    return Usage;
}

std::string u8(const QString &s)
{
    return s.toStdString();
}

json gateJson(const Gate &g)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? json(nullptr) : json(u8(s)); };
    auto time = [](const QDateTime &t) {
        return t.isValid() ? json(u8(t.toUTC().toString(Qt::ISODate))) : json(nullptr);
    };
    return {{"id", u8(g.id)},
            {"server", u8(g.server)},
            {"provider", u8(g.provider)},
            {"kind", u8(gateKindKey(g.kind))},
            {"project", u8(g.project)},
            {"pipeline",
             {{"number", g.pipelineNumber},
              {"id", orNull(g.pipelineId)},
              {"branch", orNull(g.branch)},
              {"commit", {{"sha", orNull(g.commitSha)}, {"subject", orNull(g.commitSubject)}}},
              {"triggered_by", orNull(g.triggeredBy)}}},
            {"workflow", orNull(g.workflow)},
            {"environment", orNull(g.environment)},
            {"name", u8(g.name)},
            {"status", u8(g.status)},
            {"created_at", time(g.createdAt)},
            {"requested_by", orNull(g.requestedBy)},
            {"approvals", {{"given", g.approvals.given}, {"required", g.approvals.required}}},
            {"can_approve", g.canApprove},
            {"cannot_approve_reason", orNull(g.cannotApproveReason)},
            {"expires_at", time(g.expiresAt)},
            {"url", g.url.isValid() ? json(u8(g.url.toString())) : json(nullptr)}};
}

QString waitingFor(const QDateTime &since)
{
    if (!since.isValid()) {
        return CliText::tr("waiting");
    }
    const qint64 s = std::max<qint64>(0, since.secsTo(gl::Clock::utcNow()));
    if (s < 3600) {
        return CliText::tr("waiting %n min", nullptr, static_cast<int>(s / 60));
    }
    if (s < 86400 * 2) {
        return CliText::tr("waiting %n h", nullptr, static_cast<int>(s / 3600));
    }
    return CliText::tr("waiting %n days", nullptr, static_cast<int>(s / 86400));
}

// Options every verb accepts.
void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("config"), CliText::tr("Read servers from <file>."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("audit-log"), CliText::tr("Write the audit log to <file>."), QStringLiteral("file")});
}

Result<std::unique_ptr<Session>> openSession(const QCommandLineParser &parser)
{
    const QString path =
        parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config")) : defaultConfigPath();
    GL_TRY(config, loadConfig(path));
    if (config.servers.empty()) {
        return fail(CliText::tr("%1: no servers are configured").arg(path));
    }
    const QString audit = parser.isSet(QStringLiteral("audit-log"))
                              ? parser.value(QStringLiteral("audit-log"))
                              : AuditLog::defaultPath();
    static KeychainCredentialStore credentials(&defaultSecretStore());
    // What the last run learnt of each server spares reading it again; the gates it printed are not drawn.
    auto session = Session::open(std::move(config), credentials, audit, {paths::cacheDir(), false});
    if (!session->setupErrors().isEmpty()) {
        return fail(session->setupErrors().join(u'\n'));
    }
    return session;
}

// Completes the decisions an earlier run left without an outcome (it was killed between the intent and the
// answer), saying so on standard error, before anything else is done.
void completeEarlierDecisions(Session &session)
{
    std::optional<RecoveryReport> report;
    QEventLoop loop;
    session.decisions()->completeDangling([&](const RecoveryReport &r) {
        report = r;
        loop.quit();
    });
    if (!report) {
        loop.exec();
    }
    for (const QString &line : report->lines()) {
        err() << "greenlight: " << line << '\n';
    }
    err().flush();
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), CliText::tr("Print one JSON array.")});
    if (!parser.parse(args)) {
        return usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() > 1) {
        return usageError(CliText::tr("list takes no arguments"));
    }
    auto session = openSession(parser);
    if (!session) {
        return usageError(session.error().message);
    }
    completeEarlierDecisions(**session);
    Gates gates;
    QStringList errors;
    int pending = static_cast<int>((*session)->providers().size());
    QEventLoop loop;
    for (Provider *provider : (*session)->providers()) {
        provider->poll([&, name = provider->serverName()](const PollResult &result) {
            gates.insert(gates.end(), result.gates.begin(), result.gates.end());
            if (!result.ok()) {
                errors.append(CliText::tr("server %1: %2").arg(name, result.error));
            }
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    if (pending > 0) {
        loop.exec();
    }
    std::sort(gates.begin(), gates.end(), [](const Gate &a, const Gate &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    if (parser.isSet(QStringLiteral("json"))) {
        json array = json::array();
        for (const Gate &g : gates) {
            array.push_back(gateJson(g));
        }
        out() << QString::fromStdString(array.dump(2, ' ', true)) << Qt::endl;
    } else if (gates.empty() && errors.isEmpty()) {
        out() << CliText::tr("Nothing waits for approval.") << Qt::endl;
    } else {
        for (const Gate &g : gates) {
            out() << gateSummary(g) << "  " << waitingFor(g.createdAt);
            if (!g.triggeredBy.isEmpty()) {
                out() << "  " << CliText::tr("by %1").arg(g.triggeredBy);
            }
            out() << "\n  " << g.id << '\n';
        }
        out().flush();
    }
    for (const QString &e : std::as_const(errors)) {
        err() << "greenlight: " << e << '\n';
    }
    err().flush();
    return errors.isEmpty() ? Done : Refused;
}

bool confirmOnTerminal(const Gate &gate, Decision decision, const QString &consequence)
{
    const QString word = decision != Decision::Reject ? QStringLiteral("approve") : QStringLiteral("reject");
    err() << gateSummary(gate) << '\n'
          << consequence << '\n'
          << CliText::tr("Type '%1' to confirm: ").arg(word);
    err().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    return answer == word;
}

int runDecision(const QStringList &args, Decision decision)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption(
        {QStringLiteral("note"), CliText::tr("The audit note (required)."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("yes"), CliText::tr("Do not ask for confirmation.")});
    if (decision == Decision::Approve) {
        parser.addOption(
            {QStringLiteral("run"),
             CliText::tr("Also start the job that waits, where the vendor leaves it manual after the "
                         "last approval (GitLab's approval rules).")});
        parser.addOption(
            {QStringLiteral("as"),
             CliText::tr("The approval rule or role to approve as, where you belong to several."),
             QStringLiteral("rule")});
        parser.addOption({QStringLiteral("param"),
                          CliText::tr("A value for one of the gate's parameters (a Jenkins input's), as "
                                      "NAME=VALUE; repeat for several. Those left out take their defaults."),
                          QStringLiteral("name=value")});
    }
    if (!parser.parse(args)) {
        return usageError(parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (positional.size() != 2) {
        return usageError(CliText::tr("usage: greenlight %1 ID --note TEXT [--yes]").arg(verb));
    }
    if (!parser.isSet(QStringLiteral("note")) || parser.value(QStringLiteral("note")).trimmed().isEmpty()) {
        return usageError(CliText::tr("%1 needs --note TEXT: the note goes to the audit log").arg(verb));
    }
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (decision == Decision::Approve && parser.isSet(QStringLiteral("run"))) {
        decision = Decision::ApproveAndRun;
    }
    if (!yes && ::isatty(STDIN_FILENO) == 0) {
        return usageError(
            CliText::tr("refusing to %1 without --yes: standard input is not a terminal").arg(verb));
    }
    auto session = openSession(parser);
    if (!session) {
        return usageError(session.error().message);
    }
    completeEarlierDecisions(**session);
    const QString &id = positional.at(1);
    DecisionService *decisions = (*session)->decisions();
    Provider *provider = decisions->providerFor(id);
    if (!provider) {
        return usageError(
            CliText::tr("no configured server is named \"%1\" (the part of the id before the first '/')")
                .arg(id.section(u'/', 0, 0)));
    }
    const QString note = parser.value(QStringLiteral("note"));
    const QString representedAs = decision != Decision::Reject && parser.isSet(QStringLiteral("as"))
                                      ? parser.value(QStringLiteral("as"))
                                      : QString();
    QList<QPair<QString, QString>> parameters;
    if (decision != Decision::Reject) {
        for (const QString &p : parser.values(QStringLiteral("param"))) {
            const qsizetype eq = p.indexOf(u'=');
            if (eq <= 0) {
                return usageError(CliText::tr("--param expects NAME=VALUE, found \"%1\"").arg(p));
            }
            parameters.append({p.left(eq), p.mid(eq + 1)});
        }
    }
    QEventLoop loop;
    int code = Refused;
    bool finished = false; // a refusal can come back before the loop runs
    auto decide = [&] {
        DecisionRequest request;
        request.gateId = id;
        request.decision = decision;
        request.note = note;
        request.representedAs = representedAs;
        request.parameters = parameters;
        decisions->decide(request, [&](const DecisionResult &result) {
            finished = true;
            if (result.kind == DecisionOutcome::Kind::Done) {
                out() << result.message << Qt::endl;
                code = Done;
            } else {
                err() << "greenlight: " << result.message << Qt::endl;
                code = Refused;
            }
            loop.quit();
        });
    };
    if (yes) {
        decide();
    } else {
        provider->fetchGate(id, [&](const Result<Gate> &gate) {
            if (!gate) {
                err() << "greenlight: " << gate.error().message << Qt::endl;
                code = Refused;
                finished = true;
                loop.quit();
                return;
            }
            if (!confirmOnTerminal(*gate, decision, provider->consequence(*gate, decision))) {
                err() << CliText::tr("Not confirmed; nothing was sent.") << Qt::endl;
                code = Refused;
                finished = true;
                loop.quit();
                return;
            }
            decide();
        });
    }
    if (!finished) {
        loop.exec();
    }
    return code;
}

int runAudit(const QStringList &args)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption(
        {QStringLiteral("format"), CliText::tr("Export format: csv or json."), QStringLiteral("format")});
    if (!parser.parse(args)) {
        return usageError(parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    const QString path = parser.isSet(QStringLiteral("audit-log")) ? parser.value(QStringLiteral("audit-log"))
                                                                   : AuditLog::defaultPath();
    AuditLog log(path);
    // The keychain is asked as the window and the other verbs ask it: where the servers' tokens come from
    // it, or the log is signed. A config that cannot be read counts as none (the log is checked all the
    // same).
    const QString configPath =
        parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config")) : defaultConfigPath();
    const auto config = QFileInfo::exists(configPath) ? loadConfig(configPath) : Result<Config>(Config{});
    log.useKeyStoreWhereNeeded(config && config->tokensFromKeychain(), &auditKeyStore());
    const QString sub = positional.value(1);
    if (sub == QLatin1String("verify") && positional.size() == 2) {
        auto count = log.verify();
        if (!count) {
            err() << "greenlight: "
                  << CliText::tr("the audit log does not verify: %1").arg(count.error().message) << Qt::endl;
            return Refused;
        }
        out()
            << CliText::tr("%1: %n record(s), hash chain intact", nullptr, static_cast<int>(*count)).arg(path)
            << Qt::endl;
        return Done;
    }
    if (sub == QLatin1String("export") && positional.size() == 2) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json")) {
            return usageError(CliText::tr("audit export needs --format csv or --format json"));
        }
        auto records = log.readAll();
        if (!records) {
            err() << "greenlight: " << records.error().message << Qt::endl;
            return Refused;
        }
        const QByteArray text =
            exportRecords(*records, format == QLatin1String("json") ? AuditFormat::Json : AuditFormat::Csv);
        out() << QString::fromUtf8(text);
        out().flush();
        return Done;
    }
    return usageError(
        CliText::tr("usage: greenlight audit verify | greenlight audit export --format csv|json"));
}

int signalPipe[2] = {-1, -1};

// Reads a secret from the terminal without echoing it, or the whole of standard input when it is not a
// terminal (for `pass show x | greenlight token set NAME`).
QString readSecret(const QString &prompt)
{
    if (::isatty(STDIN_FILENO) == 0) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(in.readAll()).trimmed();
    }
    err() << prompt;
    err().flush();
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (haveTerminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    err() << '\n';
    err().flush();
    return QString::fromStdString(line).trimmed();
}

int runToken(const QStringList &args)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("token"), {});
    if (!parser.parse(args)) {
        return usageError(parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (positional.size() != 3 || (action != QLatin1String("set") && action != QLatin1String("delete"))) {
        return usageError(CliText::tr("usage: greenlight token set SERVER | greenlight token delete SERVER"));
    }
    const QString &name = positional.at(2);
    const QString path =
        parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config")) : defaultConfigPath();
    auto config = loadConfig(path);
    if (!config) {
        return usageError(config.error().message);
    }
    const ServerConfig *server = config->server(name);
    if (!server) {
        QStringList names;
        for (const ServerConfig &s : config->servers) {
            names << s.name;
        }
        return usageError(CliText::tr("%1: no server is named \"%2\" (the servers are: %3)")
                              .arg(path, name, names.isEmpty() ? CliText::tr("none") : names.join(u", ")));
    }
    SecretStore &keychain = defaultSecretStore();
    if (action == QLatin1String("delete")) {
        const SecretStore::Answer answer = keychain.remove(tokenKey(name));
        if (answer.status == SecretStore::Status::NotFound) {
            out() << CliText::tr("%1 holds no token for \"%2\"; nothing to delete")
                         .arg(keychain.describe(), name)
                  << Qt::endl;
            return Done;
        }
        if (!answer.ok()) {
            err() << "greenlight: "
                  << CliText::tr("the token for \"%1\" could not be deleted from %2: %3")
                         .arg(name, keychain.describe(), answer.message)
                  << Qt::endl;
            return Refused;
        }
        out() << CliText::tr("deleted the token for \"%1\" from %2").arg(name, keychain.describe())
              << Qt::endl;
        return Done;
    }
    const QString token =
        readSecret(CliText::tr("API token for \"%1\" (%2), not shown: ").arg(name, server->url.toString()));
    if (token.isEmpty()) {
        return usageError(CliText::tr("no token given: type it at the prompt, or pipe it to standard input"));
    }
    if (token.contains(u'\n') || token.contains(u' ')) {
        return usageError(CliText::tr("a token is one word without spaces or line breaks"));
    }
    const SecretStore::Answer answer = keychain.write(tokenKey(name), token);
    if (!answer.ok()) {
        err() << "greenlight: "
              << (answer.status == SecretStore::Status::NoBackend
                      ? CliText::tr(
                            "no keychain service is running (Secret Service or KWallet), so the token for "
                            "\"%1\" cannot be stored; start one, or set the environment variable named "
                            "by \"token_env\" instead. Greenlight never keeps tokens in a plain-text file.")
                            .arg(name)
                      : CliText::tr("the token for \"%1\" could not be stored in %2: %3")
                            .arg(name, keychain.describe(), answer.message))
              << Qt::endl;
        return Refused;
    }
    out() << CliText::tr("stored the token for \"%1\" in %2").arg(name, keychain.describe()) << Qt::endl;
    if (!server->tokenEnv.isEmpty() &&
        !qgetenv(server->tokenEnv.toLocal8Bit().constData()).trimmed().isEmpty()) {
        out() << CliText::tr(
                     "note: %1 (token_env) is set in this environment and is used instead of the keychain")
                     .arg(server->tokenEnv)
              << Qt::endl;
    }
    return Done;
}

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}

int runSim(const QStringList &args)
{
    bool ok = true;
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption({QStringLiteral("port"), CliText::tr("Listen on <port> (default: any free port)."),
                      QStringLiteral("port")});
    parser.addOption({QStringLiteral("scenario"),
                      CliText::tr("Load the scenario from <file> (default: the demo)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("live"), CliText::tr("Let running jobs finish and new holds appear every 60 s.")});
    parser.addOption(
        {QStringLiteral("scale"),
         CliText::tr("Serve <n> projects at each vendor (CircleCI ones of 20 pipelines), a hold in "
                     "every 50th (instead of the demo)."),
         QStringLiteral("n")});
    parser.addOption({QStringLiteral("latency-ms"),
                      CliText::tr("Answer every request <ms> milliseconds late (a server far away)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("soak"),
                      CliText::tr("Soak mode: give a random fault (HTTP 500, 502, 503 or 429, a reset, a "
                                  "truncated or HTML body) to a share <rate> of the API requests, from 0 to "
                                  "1 (e.g. 0.2)."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("soak-seed"),
                      CliText::tr("Seed the soak mode's random faults with <n> (default: 1), to repeat a "
                                  "run."),
                      QStringLiteral("n")});
    if (!parser.parse(args)) {
        return usageError(parser.errorText());
    }
    int scale = 0;
    if (parser.isSet(QStringLiteral("scale"))) {
        scale = parser.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok || scale < 1 || scale > 100000) {
            return usageError(CliText::tr("--scale: expected a number of projects from 1 to 100000"));
        }
    }
    int latency = 0;
    if (parser.isSet(QStringLiteral("latency-ms"))) {
        latency = parser.value(QStringLiteral("latency-ms")).toInt(&ok);
        if (!ok || latency < 0 || latency > 600000) {
            return usageError(
                CliText::tr("--latency-ms: expected a number of milliseconds from 0 to 600000"));
        }
    }
    glsim::Soak soak;
    if (parser.isSet(QStringLiteral("soak"))) {
        soak.rate = parser.value(QStringLiteral("soak")).toDouble(&ok);
        if (!ok || !(soak.rate >= 0.0 && soak.rate <= 1.0)) {
            return usageError(
                CliText::tr("--soak: expected a fraction of the requests from 0 to 1 (e.g. 0.2)"));
        }
    }
    if (parser.isSet(QStringLiteral("soak-seed"))) {
        soak.seed = parser.value(QStringLiteral("soak-seed")).toUInt(&ok);
        if (!ok) {
            return usageError(CliText::tr("--soak-seed: expected a number from 0 to 4294967295"));
        }
    }
    const int port =
        parser.isSet(QStringLiteral("port")) ? parser.value(QStringLiteral("port")).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535) {
        return usageError(CliText::tr("--port: expected a number from 0 to 65535"));
    }
    QByteArray scenario = glsim::Simulator::demoScenario();
    if (parser.isSet(QStringLiteral("scenario"))) {
        QFile file(parser.value(QStringLiteral("scenario")));
        if (!file.open(QIODevice::ReadOnly)) {
            return usageError(
                CliText::tr("%1: cannot read the scenario: %2").arg(file.fileName(), file.errorString()));
        }
        scenario = file.readAll();
    } else if (scale > 0) {
        scenario = glsim::Simulator::scaleScenario(scale, 20, 50);
    }
    glsim::Simulator sim;
    sim.setLatency(latency);
    sim.setSoak(soak);
    if (const QString error = sim.loadScenario(scenario); !error.isEmpty()) {
        return usageError(error);
    }
    if (sim.listenLocal(static_cast<quint16>(port)) == 0) {
        err() << "greenlight: " << CliText::tr("cannot listen on 127.0.0.1:%1").arg(port) << Qt::endl;
        return Refused;
    }
    if (parser.isSet(QStringLiteral("live"))) {
        sim.startLife(2000, 60);
    }
    out() << CliText::tr("Simulator listening on %1 (token: %2). Stop with Ctrl+C.")
                 .arg(sim.baseUrl().toString(), sim.token())
          << Qt::endl;
    if (::pipe(signalPipe) != 0) {
        return Refused;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QEventLoop loop;
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();
    out() << CliText::tr("Simulator stopped after %n request(s).", nullptr,
                         static_cast<int>(sim.requests().size()))
          << Qt::endl;
    return Done;
}

} // namespace

bool isVerb(const QStringList &arguments)
{
    static const QStringList verbs = {QStringLiteral("list"),   QStringLiteral("approve"),
                                      QStringLiteral("reject"), QStringLiteral("audit"),
                                      QStringLiteral("sim"),    QStringLiteral("token")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--config") || a == QLatin1String("--audit-log")) {
            ++i; // skip the option's value
            continue;
        }
        if (!a.startsWith(u'-')) {
            return verbs.contains(a);
        }
    }
    return false;
}

int run(const QStringList &arguments)
{
    // The verb is the first positional argument; global options may come before it.
    QString verb;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--config") || a == QLatin1String("--audit-log")) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            verb = a;
            break;
        }
    }
    if (isVerb(arguments)) {
        // Before any verb reads servers.json or the audit log: bring files from where earlier versions
        // kept them.
        for (const QString &message : paths::migrateLegacyPaths()) {
            err() << "greenlight: " << message << '\n';
        }
        err().flush();
    }
    if (verb == QLatin1String("list")) {
        return runList(arguments);
    }
    if (verb == QLatin1String("approve")) {
        return runDecision(arguments, Decision::Approve);
    }
    if (verb == QLatin1String("reject")) {
        return runDecision(arguments, Decision::Reject);
    }
    if (verb == QLatin1String("audit")) {
        return runAudit(arguments);
    }
    if (verb == QLatin1String("sim")) {
        return runSim(arguments);
    }
    if (verb == QLatin1String("token")) {
        return runToken(arguments);
    }
    return usageError(CliText::tr("unknown command \"%1\"").arg(verb));
}

} // namespace gl::cli
