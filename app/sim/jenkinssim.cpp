// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The simulator's Jenkins (see jenkinssim.h for the scenario and docs/VENDOR-APIS.md §6.9 for its choices).
#include "jenkinssim.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <utility>

namespace glsim {

using json = nlohmann::json;

namespace {

const QByteArray kVersion = "2.440.3";
const char *const kRunClass = "org.jenkinsci.plugins.workflow.job.WorkflowRun";
const char *const kJobClass = "org.jenkinsci.plugins.workflow.job.WorkflowJob";
const char *const kFolderClass = "com.cloudbees.hudson.plugins.folder.Folder";
const char *const kInputPackage = "org.jenkinsci.plugins.workflow.support.steps.input.";
const QByteArray kCrumbField = "Jenkins-Crumb";

const QStringList &statuses()
{
    static const QStringList list = {QStringLiteral("NOT_EXECUTED"),
                                     QStringLiteral("ABORTED"),
                                     QStringLiteral("SUCCESS"),
                                     QStringLiteral("IN_PROGRESS"),
                                     QStringLiteral("PAUSED_PENDING_INPUT"),
                                     QStringLiteral("FAILED"),
                                     QStringLiteral("UNSTABLE")};
    return list;
}

const QStringList &parameterTypes()
{
    static const QStringList list = {
        QStringLiteral("StringParameterDefinition"), QStringLiteral("TextParameterDefinition"),
        QStringLiteral("PasswordParameterDefinition"), QStringLiteral("BooleanParameterDefinition"),
        QStringLiteral("ChoiceParameterDefinition")};
    return list;
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool paused(const QString &status)
{
    return status == QLatin1String("PAUSED_PENDING_INPUT");
}

bool building(const QString &status)
{
    return paused(status) || status == QLatin1String("IN_PROGRESS");
}

// The core API's Result for a wfapi status (null while the run goes on).
json resultOf(const QString &status)
{
    if (building(status)) {
        return nullptr;
    }
    if (status == QLatin1String("FAILED")) {
        return "FAILURE";
    }
    if (status == QLatin1String("NOT_EXECUTED")) {
        return "NOT_BUILT";
    }
    return s(status);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw) {
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return QString::fromLatin1(raw.toHex());
}

// Util.rawEncode: a path segment, with what RFC 3986 allows in one left as it is.
QString rawEncode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment, "!$&'()*+,;=:@"));
}

QString lastSegment(const QString &path)
{
    return path.section(u'/', -1);
}

QString parentOf(const QString &path)
{
    return path.contains(u'/') ? path.section(u'/', 0, -2) : QString();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray esc(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

void addHeader(SimReply &reply, const QPair<QByteArray, QByteArray> &header)
{
    reply.headers.append(header);
}

SimReply html(int status, const QByteArray &body)
{
    SimReply reply;
    reply.status = status;
    reply.raw = body;
    reply.contentType = "text/html;charset=utf-8";
    return reply;
}

SimReply jsonReply(json body)
{
    SimReply reply;
    reply.body = std::move(body);
    return reply;
}

// What the servlet container writes for sendError (the crumb filter, authentication, unknown URLs).
SimReply containerError(int status, const QString &message, const QString &uri)
{
    const QByteArray code = QByteArray::number(status);
    QByteArray body =
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
        "<title>Error " +
        code + ' ' + esc(message) + "</title>\n</head>\n<body><h2>HTTP ERROR " + code + ' ' + esc(message) +
        "</h2>\n<table>\n<tr><th>URI:</th><td>" + esc(uri) + "</td></tr>\n<tr><th>STATUS:</th><td>" + code +
        "</td></tr>\n<tr><th>MESSAGE:</th><td>" + esc(message) +
        "</td></tr>\n<tr><th>SERVLET:</th><td>Stapler</td></tr>\n</table>\n<hr/>Powered by "
        "Jetty:// 10.0.20<hr/>\n</body>\n</html>\n";
    return html(status, body);
}

SimReply notFound(const QString &uri)
{
    return containerError(404, QStringLiteral("Not Found"), uri);
}

// hudson.model.Failure, rendered by error.jelly: 400 with the message in the page and in X-Error.
SimReply failure(const QString &message)
{
    SimReply reply = html(400, "<!DOCTYPE html><html><head><title>Jenkins</title></head><body>"
                               "<div id=\"main-panel\"><h1>Error</h1><p>" +
                                   esc(message) + "</p></div></body></html>\n");
    addHeader(reply, {"X-Error", message.toUtf8()});
    return reply;
}

// An exception the request did not anticipate: Jenkins's "Oops" page, with the causes as a stack trace.
SimReply oops(const QStringList &causes)
{
    QByteArray trace;
    for (const QString &cause : causes) {
        trace += (trace.isEmpty() ? "" : "Caused: ") + esc(cause) + '\n';
    }
    return html(500, "<!DOCTYPE html><html><head><title>Jenkins</title></head><body><div id=\"main-panel\">"
                     "<h1>Oops!</h1><p>A problem occurred while processing the request.</p>"
                     "<h2>Stack trace</h2><pre>" +
                         trace + "</pre></div></body></html>\n");
}

SimReply requirePost()
{
    return html(405,
                "<!DOCTYPE html><html><head><title>Jenkins</title></head><body><div id=\"main-panel\">"
                "<h1>This URL requires POST</h1><p>The URL you're trying to access requires that requests "
                "be sent using POST.</p></div></body></html>\n");
}

SimReply page(const QString &title)
{
    return html(200, "<!DOCTYPE html><html><head><title>" + esc(title) +
                         " [Jenkins]</title></head><body><div id=\"main-panel\"><h1>" + esc(title) +
                         "</h1></div></body></html>\n");
}

// application/x-www-form-urlencoded ('+' is a space there, unlike in a query string).
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        form.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return form;
}

// --- tree=: the core API's property filter ("jobs[name,url,jobs[name]]{0,10}") ---------------------------

struct TreeNode
{
    std::string name;
    bool hasChildren = false;
    std::vector<TreeNode> children;
    bool ranged = false;
    int from = 0;
    int to = -1; // -1: to the end
};

bool parseTreeList(const std::string &text, std::size_t &i, std::vector<TreeNode> &out)
{
    for (;;) {
        TreeNode node;
        while (i < text.size() && std::string(",[]{}").find(text[i]) == std::string::npos) {
            if (text[i] != ' ') {
                node.name += text[i];
            }
            ++i;
        }
        if (node.name.empty()) {
            return false;
        }
        if (i < text.size() && text[i] == '[') {
            ++i;
            node.hasChildren = true;
            if (!parseTreeList(text, i, node.children) || i >= text.size() || text[i] != ']') {
                return false;
            }
            ++i;
        }
        if (i < text.size() && text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close == std::string::npos) {
                return false;
            }
            const QString range = QString::fromStdString(text.substr(i + 1, close - i - 1));
            const QStringList ends = range.split(u',');
            bool ok = true;
            const auto number = [&ok](const QString &t, int fallback) {
                if (t.trimmed().isEmpty()) {
                    return fallback;
                }
                bool parsed = false;
                const int n = t.trimmed().toInt(&parsed);
                ok = ok && parsed && n >= 0;
                return n;
            };
            node.ranged = true;
            if (ends.size() == 1) {
                node.from = number(ends[0], 0);
                node.to = node.from + 1;
            } else if (ends.size() == 2) {
                node.from = number(ends[0], 0);
                node.to = number(ends[1], -1);
            } else {
                ok = false;
            }
            if (!ok) {
                return false;
            }
            i = close + 1;
        }
        out.push_back(std::move(node));
        if (i < text.size() && text[i] == ',') {
            ++i;
            continue;
        }
        return true;
    }
}

std::optional<std::vector<TreeNode>> parseTree(const QString &tree)
{
    const std::string text = tree.toStdString();
    std::vector<TreeNode> nodes;
    std::size_t i = 0;
    if (!parseTreeList(text, i, nodes) || i != text.size()) {
        return std::nullopt;
    }
    return nodes;
}

// Keeps the properties the tree names (and every object's _class); an object or list of objects named
// without brackets keeps only its _class, as Jenkins does.
json prune(const json &value, const std::vector<TreeNode> *spec)
{
    if (value.is_array()) {
        json out = json::array();
        for (const auto &element : value) {
            out.push_back(prune(element, spec));
        }
        return out;
    }
    if (!value.is_object()) {
        return value;
    }
    json out = json::object();
    if (value.contains("_class")) {
        out["_class"] = value["_class"];
    }
    if (!spec) {
        return out;
    }
    for (const TreeNode &node : *spec) {
        const auto it = value.find(node.name);
        if (it == value.end()) {
            continue;
        }
        json v = *it;
        if (node.ranged && v.is_array()) {
            const int size = static_cast<int>(v.size());
            const int from = std::min(node.from, size);
            const int to = node.to < 0 ? size : std::clamp(node.to, from, size);
            v = json(v.begin() + from, v.begin() + to);
        }
        out[node.name] = node.hasChildren    ? prune(v, &node.children)
                         : v.is_structured() ? prune(v, nullptr)
                                             : v;
    }
    return out;
}

// --- reading the scenario without throwing -------------------------------------------------------------

class Reader
{
public:
    QString error;

    static const json &member(const json &object, const char *key)
    {
        static const json none;
        const auto it = object.find(key);
        return it == object.end() ? none : *it;
    }
    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty()) {
            error = where + QStringLiteral(": ") + what;
        }
        return false;
    }
    bool text(const json &object, const char *key, const QString &at, QString &out, bool required = false)
    {
        const json &v = member(object, key);
        if (v.is_null() && !required) {
            return true;
        }
        if (!v.is_string()) {
            return fail(at + u'.' + QLatin1String(key), QStringLiteral("expected a string"));
        }
        out = q(v);
        return true;
    }
    bool flag(const json &object, const char *key, const QString &at, bool &out)
    {
        const json &v = member(object, key);
        if (v.is_null()) {
            return true;
        }
        if (!v.is_boolean()) {
            return fail(at + u'.' + QLatin1String(key), QStringLiteral("expected true or false"));
        }
        out = v.get<bool>();
        return true;
    }
    bool integer(const json &object, const char *key, const QString &at, qint64 &out, qint64 minimum)
    {
        const json &v = member(object, key);
        if (v.is_null()) {
            return true;
        }
        if (!v.is_number_integer() || v.get<qint64>() < minimum) {
            return fail(at + u'.' + QLatin1String(key),
                        minimum > 0 ? QStringLiteral("expected a positive integer")
                                    : QStringLiteral("expected an integer of 0 or more"));
        }
        out = v.get<qint64>();
        return true;
    }
    // An array (null when absent), each element checked by the caller.
    bool list(const json &object, const char *key, const QString &at, const json *&out)
    {
        const json &v = member(object, key);
        out = nullptr;
        if (v.is_null()) {
            return true;
        }
        if (!v.is_array()) {
            return fail(at + u'.' + QLatin1String(key), QStringLiteral("expected an array"));
        }
        out = &v;
        return true;
    }
    bool texts(const json &object, const char *key, const QString &at, QStringList &out)
    {
        const json *items = nullptr;
        if (!list(object, key, at, items) || !items) {
            return error.isEmpty();
        }
        out.clear();
        for (std::size_t i = 0; i < items->size(); ++i) {
            if (!(*items)[i].is_string()) {
                return fail(at + QStringLiteral(".%1[%2]").arg(QLatin1String(key)).arg(i),
                            QStringLiteral("expected a string"));
            }
            out.append(q((*items)[i]));
        }
        return true;
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------------------

JenkinsSim::JenkinsSim()
    : m_cookieName(QStringLiteral("JSESSIONID.") + randomHex(4)), m_salt(randomHex(16).toLatin1()),
      m_instanceSession(randomHex(4))
{
    load(nullptr);
}

QString JenkinsSim::defaultInputId(const QString &message)
{
    QString id =
        QString::fromLatin1(QCryptographicHash::hash(message.toUtf8(), QCryptographicHash::Md5).toHex());
    id[0] = id[0].toUpper();
    return id;
}

QString JenkinsSim::load(const json &section)
{
    if (!section.is_null() && !section.is_object()) {
        return QStringLiteral("jenkins: expected an object");
    }
    static const json empty = json::object();
    const json &root = section.is_null() ? empty : section;
    Reader r;
    const QString at = QStringLiteral("jenkins");

    std::vector<User> users;
    const json *userList = nullptr;
    if (!r.list(root, "users", at, userList)) {
        return r.error;
    }
    for (std::size_t i = 0; userList && i < userList->size(); ++i) {
        const json &u = (*userList)[i];
        const QString where = at + QStringLiteral(".users[%1]").arg(i);
        if (!u.is_object()) {
            return where + QStringLiteral(": expected an object");
        }
        User user;
        if (!r.text(u, "id", where, user.id, true) || !r.text(u, "fullName", where, user.fullName) ||
            !r.texts(u, "groups", where, user.groups)) {
            return r.error;
        }
        if (user.id.isEmpty()) {
            return where + QStringLiteral(".id: expected a user id");
        }
        for (const User &other : users) {
            if (other.id.compare(user.id, Qt::CaseInsensitive) == 0) {
                return where + QStringLiteral(".id: \"%1\" is listed twice").arg(user.id);
            }
        }
        if (user.fullName.isEmpty()) {
            user.fullName = user.id;
        }
        users.push_back(user);
    }
    QString me = users.empty() ? QStringLiteral("admin") : users.front().id;
    QStringList admins;
    bool crumbRequired = false;
    bool canBuild = true;
    bool canCancel = true;
    if (!r.text(root, "me", at, me) || !r.texts(root, "admins", at, admins) ||
        !r.flag(root, "crumb_required", at, crumbRequired) || !r.flag(root, "can_build", at, canBuild) ||
        !r.flag(root, "can_cancel", at, canCancel)) {
        return r.error;
    }
    if (users.empty()) {
        users.push_back({me, me, {}});
    } else if (std::none_of(users.begin(), users.end(),
                            [&me](const User &u) { return u.id.compare(me, Qt::CaseInsensitive) == 0; })) {
        return at + QStringLiteral(".me: \"%1\" is not one of jenkins.users").arg(me);
    }

    const qint64 now = nowMs();
    std::vector<Job> jobs;
    const json *jobList = nullptr;
    if (!r.list(root, "jobs", at, jobList)) {
        return r.error;
    }
    for (std::size_t j = 0; jobList && j < jobList->size(); ++j) {
        const json &jj = (*jobList)[j];
        const QString where = at + QStringLiteral(".jobs[%1]").arg(j);
        if (!jj.is_object()) {
            return where + QStringLiteral(": expected an object");
        }
        Job job;
        if (!r.text(jj, "path", where, job.path, true)) {
            return r.error;
        }
        if (job.path.isEmpty() || job.path.split(u'/').contains(QString())) {
            return where + QStringLiteral(".path: expected names separated by '/'");
        }
        for (const Job &other : jobs) {
            if (other.path == job.path) {
                return where + QStringLiteral(".path: \"%1\" is listed twice").arg(job.path);
            }
        }
        const json *buildList = nullptr;
        if (!r.list(jj, "builds", where, buildList)) {
            return r.error;
        }
        qint64 previousNumber = buildList ? static_cast<qint64>(buildList->size()) + 1 : 1;
        for (std::size_t b = 0; buildList && b < buildList->size(); ++b) {
            const json &bb = (*buildList)[b];
            const QString bat = where + QStringLiteral(".builds[%1]").arg(b);
            if (!bb.is_object()) {
                return bat + QStringLiteral(": expected an object");
            }
            Build build;
            qint64 number = previousNumber - 1;
            qint64 age = 30;
            qint64 duration = 90;
            build.status = QStringLiteral("SUCCESS");
            build.branch = QStringLiteral("main");
            if (!r.integer(bb, "number", bat, number, 1) || !r.text(bb, "status", bat, build.status) ||
                !r.text(bb, "branch", bat, build.branch) || !r.text(bb, "sha", bat, build.sha) ||
                !r.text(bb, "cause_user", bat, build.causeUser) ||
                !r.integer(bb, "age_minutes", bat, age, 0) ||
                !r.integer(bb, "duration_seconds", bat, duration, 0) ||
                !r.texts(bb, "stages", bat, build.stages)) {
                return r.error;
            }
            if (number < 1) {
                return bat + QStringLiteral(".number: expected a positive integer");
            }
            previousNumber = number;
            build.number = static_cast<int>(number);
            if (!statuses().contains(build.status)) {
                return bat + QStringLiteral(".status: expected one of ") +
                       statuses().join(QStringLiteral(", "));
            }
            if (!build.sha.isEmpty() &&
                (build.sha.size() != 40 || std::any_of(build.sha.begin(), build.sha.end(),
                                                       [](QChar c) { return !isxdigit(c.toLatin1()); }))) {
                return bat + QStringLiteral(".sha: expected 40 hex digits");
            }
            if (build.sha.isEmpty()) {
                build.sha = QString::fromLatin1(
                    QCryptographicHash::hash((job.path + u'#' + QString::number(number)).toUtf8(),
                                             QCryptographicHash::Sha1)
                        .toHex());
            }
            if (build.stages.isEmpty()) {
                build.stages = {QStringLiteral("Build"), QStringLiteral("Test"), QStringLiteral("Deploy")};
            }
            for (const Build &other : job.builds) {
                if (other.number == build.number) {
                    return bat + QStringLiteral(".number: %1 is listed twice").arg(number);
                }
            }
            build.startMs = now - age * 60000;
            build.endMs = std::min(now, build.startMs + duration * 1000);
            build.pausedAtMs = build.startMs + std::min<qint64>(age * 30000, 120000);

            const json *inputList = nullptr;
            if (!r.list(bb, "inputs", bat, inputList)) {
                return r.error;
            }
            if (inputList && !inputList->empty() && !paused(build.status)) {
                return bat + QStringLiteral(".inputs: only a PAUSED_PENDING_INPUT build waits on inputs");
            }
            for (std::size_t i = 0; inputList && i < inputList->size(); ++i) {
                const json &ii = (*inputList)[i];
                const QString iat = bat + QStringLiteral(".inputs[%1]").arg(i);
                if (!ii.is_object()) {
                    return iat + QStringLiteral(": expected an object");
                }
                Input input;
                input.ok = QStringLiteral("Proceed");
                QString submitter;
                if (!r.text(ii, "message", iat, input.message, true) || !r.text(ii, "id", iat, input.id) ||
                    !r.text(ii, "ok", iat, input.ok) || !r.text(ii, "submitter", iat, submitter) ||
                    !r.text(ii, "settled", iat, input.outcome) || !r.text(ii, "settled_by", iat, input.by)) {
                    return r.error;
                }
                if (!input.outcome.isEmpty() && input.outcome != QLatin1String("proceeded") &&
                    input.outcome != QLatin1String("aborted")) {
                    return iat + QStringLiteral(".settled: expected \"proceeded\" or \"aborted\"");
                }
                // InputStep: the id is capitalised, the message's digest when there is none.
                input.id = input.id.trimmed().isEmpty() ? defaultInputId(input.message) : input.id.trimmed();
                input.id[0] = input.id[0].toUpper();
                if (!submitter.trimmed().isEmpty()) {
                    input.submitter = submitter.trimmed();
                }
                for (const Input &other : build.inputs) {
                    if (other.id == input.id) {
                        return iat + QStringLiteral(".id: \"%1\" is used twice in this build").arg(input.id);
                    }
                }
                const json *parameterList = nullptr;
                if (!r.list(ii, "parameters", iat, parameterList)) {
                    return r.error;
                }
                for (std::size_t p = 0; parameterList && p < parameterList->size(); ++p) {
                    const json &pp = (*parameterList)[p];
                    const QString pat = iat + QStringLiteral(".parameters[%1]").arg(p);
                    if (!pp.is_object()) {
                        return pat + QStringLiteral(": expected an object");
                    }
                    Parameter parameter;
                    if (!r.text(pp, "type", pat, parameter.type, true) ||
                        !r.text(pp, "name", pat, parameter.name, true) ||
                        !r.text(pp, "description", pat, parameter.description) ||
                        !r.flag(pp, "required", pat, parameter.required) ||
                        !r.texts(pp, "choices", pat, parameter.choices)) {
                        return r.error;
                    }
                    if (!parameterTypes().contains(parameter.type)) {
                        return pat + QStringLiteral(".type: expected one of ") +
                               parameterTypes().join(QStringLiteral(", "));
                    }
                    if (parameter.name.isEmpty()) {
                        return pat + QStringLiteral(".name: expected a parameter name");
                    }
                    const bool choice = parameter.type == QLatin1String("ChoiceParameterDefinition");
                    const bool boolean = parameter.type == QLatin1String("BooleanParameterDefinition");
                    if (choice != !parameter.choices.isEmpty()) {
                        return pat + (choice
                                          ? QStringLiteral(".choices: a choice parameter needs choices")
                                          : QStringLiteral(".choices: only a choice parameter has choices"));
                    }
                    const json &given = Reader::member(pp, "default");
                    if (choice && !given.is_null()) {
                        return pat +
                               QStringLiteral(".default: a choice parameter's default is its first choice");
                    }
                    if (boolean && !given.is_null() && !given.is_boolean()) {
                        return pat + QStringLiteral(".default: expected true or false");
                    }
                    if (!boolean && !given.is_null() && !given.is_string()) {
                        return pat + QStringLiteral(".default: expected a string");
                    }
                    parameter.defaultValue = choice    ? json(s(parameter.choices.first()))
                                             : boolean ? json(given.is_boolean() && given.get<bool>())
                                                       : json(given.is_string() ? given : json(""));
                    input.parameters.push_back(parameter);
                }
                build.inputs.push_back(input);
            }
            build.hadInputs = !build.inputs.empty();
            if (paused(build.status) && std::none_of(build.inputs.begin(), build.inputs.end(),
                                                     [](const Input &i) { return i.outcome.isEmpty(); })) {
                return bat +
                       QStringLiteral(".inputs: a PAUSED_PENDING_INPUT build needs an input not settled");
            }
            job.builds.push_back(build);
        }
        std::sort(job.builds.begin(), job.builds.end(),
                  [](const Build &a, const Build &b) { return a.number > b.number; });
        jobs.push_back(job);
    }
    // Folders are implied by the paths; a pipeline job cannot also be a folder.
    QStringList folders;
    for (const Job &job : jobs) {
        const QStringList segments = job.path.split(u'/');
        for (int n = 1; n < segments.size(); ++n) {
            const QString folder = segments.mid(0, n).join(u'/');
            if (!folders.contains(folder)) {
                folders.append(folder);
            }
        }
    }
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        if (folders.contains(jobs[j].path)) {
            return at +
                   QStringLiteral(".jobs[%1].path: \"%2\" is a folder of another job, not a pipeline job")
                       .arg(j)
                       .arg(jobs[j].path);
        }
    }

    m_users = std::move(users);
    m_me = me;
    m_admins = admins;
    m_crumbRequired = crumbRequired;
    m_canBuild = canBuild;
    m_canCancel = canCancel;
    m_jobs = std::move(jobs);
    m_folders = folders;
    m_sessions.clear();
    m_sessionsSeen.clear();
    m_crumbsIssued = 0;
    m_refusedForCrumb = 0;
    m_holdTurn = 0;
    return {};
}

// --- authentication, sessions, crumbs --------------------------------------------------------------------

bool JenkinsSim::credentialsValid(const SimRequest &request) const
{
    const QByteArray auth = request.header("Authorization");
    if (!auth.toLower().startsWith("basic ")) {
        return false;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(auth.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    const QString pair = QString::fromUtf8(*decoded);
    const qsizetype colon = pair.indexOf(u':');
    const QString token = context().token ? context().token() : QString();
    return colon > 0 && pair.left(colon).compare(m_me, Qt::CaseInsensitive) == 0 && !token.isEmpty() &&
           pair.mid(colon + 1) == token;
}

bool JenkinsSim::authorized(const SimRequest &request) const
{
    if (credentialsValid(request)) {
        return true;
    }
    // whoAmI is an unprotected root action: anonymous requests reach it (a Basic header that fails does not).
    const bool basic = request.header("Authorization").toLower().startsWith("basic ");
    return !basic && request.parts(prefix()).value(0) == QLatin1String("whoAmI");
}

SimReply JenkinsSim::unauthorized(const SimRequest &request) const
{
    SimReply reply;
    if (request.header("Authorization").toLower().startsWith("basic ")) {
        // BasicHeaderProcessor → BasicAuthenticationEntryPoint: 401 with a challenge.
        reply = containerError(401, QStringLiteral("Unauthorized"), request.path);
        addHeader(reply, {"WWW-Authenticate", "Basic realm=\"Jenkins\""});
    } else {
        // HudsonAuthenticationEntryPoint: 403 (no negotiation), a white page that sends browsers to log in.
        QString from = request.rawPath;
        if (!request.query.isEmpty()) {
            from += u'?' + request.query;
        }
        const QByteArray login = "/jenkins/login?from=" + QUrl::toPercentEncoding(from);
        reply = html(403, "<html><head><meta http-equiv='refresh' content='1;url=" + login +
                              "'/></head><body style='background-color:white; color:white;'>\n"
                              "Authentication required\n<!--\nYou are authenticated as: anonymous\n"
                              "Groups that you are in:\n  \nPermission you need to have (but didn't): "
                              "hudson.model.Hudson.Read\n-->\n</body></html>\n");
        addHeader(reply, {"X-You-Are-Authenticated-As", "anonymous"});
        addHeader(reply,
                  {"X-You-Are-In-Group-Disabled", "JENKINS-39402: use "
                                                  "-Dhudson.security.AccessDeniedException2.REPORT_GROUP_"
                                                  "HEADERS=true or use /whoAmI to diagnose"});
        addHeader(reply, {"X-Required-Permission", "hudson.model.Hudson.Read"});
        addHeader(reply, {"X-Permission-Implied-By", "hudson.security.Permission.GenericRead"});
        addHeader(reply, {"X-Permission-Implied-By", "hudson.model.Hudson.Administer"});
    }
    stamp(reply);
    return reply;
}

SimReply JenkinsSim::faultReply(int status) const
{
    SimReply reply = status == 503
                         ? html(503, "<!DOCTYPE html><html><head><title>Starting Jenkins</title></head>"
                                     "<body><h1>Please wait while Jenkins is getting ready to "
                                     "work</h1></body></html>\n")
                         : containerError(status, QString::fromLatin1(reasonPhrase(status)), QString());
    stamp(reply);
    return reply;
}

void JenkinsSim::stamp(SimReply &reply) const
{
    addHeader(reply, {"X-Jenkins", kVersion});
    addHeader(reply, {"X-Hudson", "1.395"});
    addHeader(reply, {"X-Jenkins-Session", m_instanceSession.toLatin1()});
}

QString JenkinsSim::sessionOf(const SimRequest &request) const
{
    for (const QByteArray &cookie : request.header("Cookie").split(';')) {
        const QByteArray c = cookie.trimmed();
        const qsizetype eq = c.indexOf('=');
        if (eq > 0 && c.left(eq) == m_cookieName.toLatin1()) {
            QString id = QString::fromLatin1(c.mid(eq + 1));
            if (m_sessions.contains(id)) {
                return id;
            }
        }
    }
    return {};
}

bool JenkinsSim::crumbValid(const SimRequest &request) const
{
    const QString session = sessionOf(request);
    if (session.isEmpty()) {
        return false;
    }
    QString crumb = QString::fromLatin1(request.header(kCrumbField));
    if (crumb.isEmpty() && request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        crumb = parseForm(request.body).value(QString::fromLatin1(kCrumbField));
    }
    return !crumb.isEmpty() && crumb == m_sessions.value(session);
}

SimReply JenkinsSim::issueCrumb(const SimRequest &request)
{
    SimReply reply;
    QString session = sessionOf(request);
    if (session.isEmpty()) {
        // The crumb hashes the web session, so asking for one creates the session.
        session = QStringLiteral("node0") + randomHex(12) + QStringLiteral(".node0");
        const QByteArray crumb =
            QCryptographicHash::hash(QByteArray(m_me.toUtf8() + ';' + session.toLatin1() + ';' + m_salt),
                                     QCryptographicHash::Sha256)
                .toHex();
        m_sessions.insert(session, QString::fromLatin1(crumb));
        reply.headers.append(
            {"Set-Cookie", m_cookieName.toLatin1() + '=' + session.toLatin1() + "; Path=/jenkins; HttpOnly"});
    }
    ++m_crumbsIssued;
    reply.body = {{"_class", "hudson.security.csrf.DefaultCrumbIssuer"},
                  {"crumb", s(m_sessions.value(session))},
                  {"crumbRequestField", kCrumbField.toStdString()}};
    return reply;
}

// --- routing ---------------------------------------------------------------------------------------------

namespace {

// An api/json answer: the default (depth 0) view, or the tree's selection of the full one.
SimReply apiReply(const SimRequest &request, const std::function<json(bool deep)> &make)
{
    const QString tree = request.queryValue(QStringLiteral("tree"));
    if (tree.isEmpty()) {
        return jsonReply(make(false));
    }
    const auto spec = parseTree(tree);
    if (!spec) {
        return oops(
            {QStringLiteral("java.lang.IllegalArgumentException: Malformed tree expression: ") + tree});
    }
    return jsonReply(prune(make(true), &*spec));
}

bool is(const QStringList &parts, std::initializer_list<const char *> expected)
{
    if (parts.size() != static_cast<int>(expected.size())) {
        return false;
    }
    int i = 0;
    for (const char *e : expected) {
        if (parts[i++] != QLatin1String(e)) {
            return false;
        }
    }
    return true;
}

} // namespace

SimReply JenkinsSim::route(const SimRequest &request)
{
    if (const QString session = sessionOf(request); !session.isEmpty()) {
        m_sessionsSeen.insert(session);
    }
    SimReply reply;
    const QStringList parts = request.parts(prefix());
    const bool get = request.method == "GET";
    if (request.method == "POST" && m_crumbRequired && !crumbValid(request)) {
        // CrumbFilter runs before any URL is resolved.
        ++m_refusedForCrumb;
        reply =
            containerError(403, QStringLiteral("No valid crumb was included in the request"), request.path);
    } else if (parts.isEmpty()) {
        reply = get ? page(QStringLiteral("Dashboard")) : notFound(request.path);
    } else if (is(parts, {"api", "json"})) {
        reply = apiReply(request, [this](bool deep) { return rootJson(deep); });
    } else if (is(parts, {"me", "api", "json"})) {
        reply = apiReply(request, [this](bool) { return userJson(*user(m_me)); });
    } else if (parts.size() == 4 && parts[0] == QLatin1String("user") && is(parts.mid(2), {"api", "json"})) {
        const User *u = user(parts[1]);
        reply = u ? apiReply(request, [this, u](bool) { return userJson(*u); }) : notFound(request.path);
    } else if (is(parts, {"whoAmI", "api", "json"})) {
        const bool known = credentialsValid(request);
        QStringList authorities = {QStringLiteral("anonymous")};
        if (known) {
            authorities = QStringList{QStringLiteral("authenticated")} + user(m_me)->groups;
        }
        json list = json::array();
        for (const QString &a : std::as_const(authorities)) {
            list.push_back(s(a));
        }
        const QString name = known ? user(m_me)->id : QStringLiteral("anonymous");
        reply = jsonReply(
            {{"_class", "hudson.security.WhoAmI"},
             {"anonymous", !known},
             {"authenticated", true},
             {"authorities", list},
             {"details", nullptr},
             {"name", s(name)},
             {"toString", s((known ? QStringLiteral("UsernamePasswordAuthenticationToken [Principal=")
                                   : QStringLiteral("AnonymousAuthenticationToken [Principal=")) +
                            name + QStringLiteral(", Credentials=[PROTECTED], Authenticated=true]"))}});
    } else if (is(parts, {"crumbIssuer", "api", "json"})) {
        reply = get ? issueCrumb(request) : requirePost();
    } else if (parts[0] == QLatin1String("job")) {
        reply = routeJob(request, parts);
    } else {
        reply = notFound(request.path);
    }
    stamp(reply);
    return reply;
}

SimReply JenkinsSim::routeJob(const SimRequest &request, const QStringList &parts)
{
    // job/<a>/job/<b>/…: folders until a pipeline job; what follows belongs to that job.
    QString path;
    int i = 0;
    while (i + 1 < parts.size() && parts[i] == QLatin1String("job")) {
        if (parts[i + 1].contains(u'/')) {
            return notFound(request.path); // an item's name never holds a '/' (%2F is not a separator)
        }
        path = path.isEmpty() ? parts[i + 1] : path + u'/' + parts[i + 1];
        i += 2;
        if (job(path)) {
            break;
        }
        if (!isFolder(path)) {
            return notFound(request.path);
        }
    }
    const QStringList rest = parts.mid(i);
    if (i + 1 == parts.size() && parts[i] == QLatin1String("job")) {
        return notFound(request.path);
    }
    Job *pipeline = job(path);
    if (!pipeline) { // a folder
        if (rest.isEmpty()) {
            return page(lastSegment(path));
        }
        if (is(rest, {"api", "json"})) {
            return apiReply(request, [this, path](bool deep) { return folderJson(path, deep); });
        }
        return notFound(request.path);
    }
    if (rest.isEmpty()) {
        return page(lastSegment(path));
    }
    if (is(rest, {"api", "json"})) {
        return apiReply(request, [this, pipeline](bool deep) { return jobJson(*pipeline, deep); });
    }
    if (is(rest, {"wfapi"}) || is(rest, {"wfapi", "describe"})) {
        const QString url = jobUrl(path) + QStringLiteral("wfapi/");
        return jsonReply({{"_links",
                           {{"self", {{"href", s(url + QStringLiteral("describe"))}}},
                            {"runs", {{"href", s(url + QStringLiteral("runs"))}}}}},
                          {"name", s(lastSegment(path))},
                          {"runCount", pipeline->builds.size()}});
    }
    if (is(rest, {"wfapi", "runs"})) {
        // JobExt: newest first, up to the run named by ?since (inclusive); the list stops once it holds
        // more than 10 runs (so 11 at most), there is no paging.
        const QString since = request.queryValue(QStringLiteral("since")).trimmed();
        json runs = json::array();
        for (const Build &b : pipeline->builds) {
            runs.push_back(runJson(*pipeline, b));
            if (!since.isEmpty() && QStringLiteral("#%1").arg(b.number) == since) {
                break;
            }
            if (runs.size() > 10) {
                break;
            }
        }
        return jsonReply(runs);
    }
    Build *build = nullptr;
    bool isNumber = false;
    const int number = rest[0].toInt(&isNumber);
    for (Build &b : pipeline->builds) {
        if ((isNumber && b.number == number) ||
            (rest[0] == QLatin1String("lastBuild") && &b == &pipeline->builds.front())) {
            build = &b;
            break;
        }
    }
    if (!build) {
        return notFound(request.path);
    }
    return routeBuild(request, *pipeline, *build, rest.mid(1));
}

SimReply JenkinsSim::routeBuild(const SimRequest &request, Job &pipeline, Build &build,
                                const QStringList &rest)
{
    const bool post = request.method == "POST";
    if (rest.isEmpty()) {
        return page(QStringLiteral("%1 #%2").arg(lastSegment(pipeline.path)).arg(build.number));
    }
    if (is(rest, {"api", "json"})) {
        return apiReply(request,
                        [this, &pipeline, &build](bool deep) { return buildJson(pipeline, build, deep); });
    }
    if (is(rest, {"wfapi"}) || is(rest, {"wfapi", "describe"})) {
        return jsonReply(runJson(pipeline, build));
    }
    if (is(rest, {"wfapi", "pendingInputActions"})) {
        json list = json::array();
        for (const Input &input : build.inputs) {
            if (input.listed) {
                list.push_back(pendingInputJson(pipeline, build, input));
            }
        }
        return jsonReply(list);
    }
    if (is(rest, {"wfapi", "nextPendingInputAction"})) {
        for (const Input &input : build.inputs) {
            if (input.listed && input.outcome.isEmpty()) {
                return jsonReply(pendingInputJson(pipeline, build, input));
            }
        }
        return jsonReply(nullptr);
    }
    if (is(rest, {"wfapi", "inputSubmit"})) {
        if (!post) {
            return requirePost();
        }
        // RunAPI.doInputSubmit: every failure below it surfaces as an exception, so as a 500.
        if (!build.hadInputs) {
            return oops(
                {QStringLiteral("javax.servlet.ServletException: Error processing Input Submit request. "
                                "This Run instance does not have an InputAction.")});
        }
        const QString id = request.queryValue(QStringLiteral("inputId"));
        for (Input &input : build.inputs) {
            if (input.listed && input.id == id) {
                return submit(request, pipeline, build, input, QStringLiteral("inputSubmit"));
            }
        }
        return oops(
            {QStringLiteral("javax.servlet.ServletException: Error processing Input Submit request. This "
                            "Run instance does not have an Input with an ID of '%1'. The input ID may not "
                            "be pre-normalized appropriately.")
                 .arg(id)});
    }
    if (rest[0] == QLatin1String("input") && rest.size() <= 3) {
        if (rest.size() == 1) {
            return request.method == "GET" ? page(QStringLiteral("Paused for Input"))
                                           : notFound(request.path);
        }
        Input *input = nullptr;
        for (Input &candidate : build.inputs) {
            if (candidate.listed && candidate.id == rest[1]) {
                input = &candidate;
            }
        }
        if (!input) {
            return notFound(request.path); // InputAction.getDynamic: a settled input has left the run
        }
        if (rest.size() == 2) {
            return page(input->message);
        }
        const QString &action = rest[2];
        if (action != QLatin1String("proceedEmpty") && action != QLatin1String("proceed") &&
            action != QLatin1String("abort")) {
            return notFound(request.path);
        }
        if (!post) {
            return requirePost();
        }
        return submit(request, pipeline, build, *input, action);
    }
    return notFound(request.path);
}

// --- the input step --------------------------------------------------------------------------------------

bool JenkinsSim::canSubmit(const Input &input) const
{
    // InputStepExecution.canSettle: no submitter → Job/Build; else admins, the users and groups listed.
    if (!input.submitter) {
        return m_canBuild;
    }
    if (m_admins.contains(m_me, Qt::CaseInsensitive)) {
        return true;
    }
    const User *me = user(m_me);
    const QStringList authorities = QStringList{QStringLiteral("authenticated")} + me->groups;
    for (const QString &entry : input.submitter->split(u',')) {
        const QString e = entry.trimmed();
        if (e.compare(me->id, Qt::CaseInsensitive) == 0 || authorities.contains(e, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

SimReply JenkinsSim::submit(const SimRequest &request, Job &, Build &build, Input &input, const QString &how)
{
    const bool wrapped = how == QLatin1String("inputSubmit");
    // A Failure is an error page (400); anything else is an exception (500). inputSubmit wraps both in a
    // ServletException, so there everything is a 500.
    const auto refuse = [wrapped](bool isFailure, const QString &message) {
        if (wrapped) {
            return oops(
                {QStringLiteral("javax.servlet.ServletException: Error processing Input Submit request."),
                 (isFailure ? QStringLiteral("hudson.model.Failure: ") : QString()) + message});
        }
        return isFailure ? failure(message) : oops({message});
    };
    if (!input.outcome.isEmpty()) {
        return refuse(true, QStringLiteral("This input has been already given"));
    }
    const QString me = user(m_me)->id;
    if (how == QLatin1String("abort")) {
        if (!m_canCancel && !canSubmit(input)) {
            return refuse(true, input.submitter ? QStringLiteral("You need to be '%1' (or have Job/Cancel "
                                                                 "permissions) to cancel this.")
                                                      .arg(*input.submitter)
                                                : QStringLiteral("You need to have Job/Cancel permissions to "
                                                                 "cancel this."));
        }
        settle(build, input, QStringLiteral("aborted"), me, json::object());
        return html(200, QByteArray());
    }
    if (!canSubmit(input)) {
        return refuse(true, input.submitter
                                ? QStringLiteral("You need to be %1 to submit this.").arg(*input.submitter)
                                : QStringLiteral("You need to have Job/Build permissions to submit this."));
    }
    json values = json::object();
    if (how == QLatin1String("proceedEmpty")) {
        // Jenkins would proceed and hand the pipeline null for every parameter; the simulator refuses, so
        // that a client that loses the values is seen to.
        if (!input.parameters.empty()) {
            return refuse(true, QStringLiteral("This input has parameters: submit them with proceed (the "
                                               "simulator refuses proceedEmpty here)"));
        }
    } else {
        // Stapler's submitted form: the "json" field, from the body or the query.
        QHash<QString, QString> form = parseForm(request.query.toUtf8());
        if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
            form.insert(parseForm(request.body));
        }
        if (!form.contains(QStringLiteral("json"))) {
            return refuse(false, QStringLiteral("javax.servlet.ServletException: This page expects a form "
                                                "submission but had only {}"));
        }
        const std::string text = form.value(QStringLiteral("json")).toStdString();
        const json submitted = json::parse(text, nullptr, false);
        if (!submitted.is_object()) {
            return refuse(false, QStringLiteral("net.sf.json.JSONException: A JSONObject text must begin "
                                                "with '{'"));
        }
        json given = submitted.contains("parameter") ? submitted["parameter"] : json::array();
        if (given.is_object()) {
            given = json::array({given});
        }
        if (!given.is_array()) {
            return refuse(false, QStringLiteral("net.sf.json.JSONException: Invalid JSON String"));
        }
        for (const json &p : given) {
            if (!p.is_object() || !p.contains("name") || !p["name"].is_string()) {
                return refuse(false,
                              QStringLiteral("net.sf.json.JSONException: JSONObject[\"name\"] not found."));
            }
            const QString name = q(p["name"]);
            const auto def = std::find_if(input.parameters.begin(), input.parameters.end(),
                                          [&name](const Parameter &d) { return d.name == name; });
            if (def == input.parameters.end()) {
                return refuse(
                    false,
                    QStringLiteral("java.lang.IllegalArgumentException: No such parameter definition: ") +
                        name);
            }
            json value = p.contains("value") ? p["value"] : json();
            if (value.is_null()) {
                continue; // no value: the parameter is left out
            }
            if (def->type == QLatin1String("BooleanParameterDefinition")) {
                value = value.is_boolean() ? value
                                           : json(value.is_string() && (value == "true" || value == "on"));
            } else if (!value.is_string()) {
                value = value.dump();
            }
            if (def->type == QLatin1String("ChoiceParameterDefinition") && !def->choices.contains(q(value))) {
                return refuse(false, QStringLiteral("java.lang.IllegalArgumentException: Illegal choice for "
                                                    "parameter %1: %2")
                                         .arg(name, q(value)));
            }
            values[s(name)] = value;
        }
        for (const Parameter &def : input.parameters) {
            if (def.required && (!values.contains(s(def.name)) ||
                                 (values[s(def.name)].is_string() &&
                                  values[s(def.name)].get_ref<const std::string &>().empty()))) {
                return refuse(true, QStringLiteral("Required parameter %1 was not given").arg(def.name));
            }
        }
    }
    settle(build, input, QStringLiteral("proceeded"), me, values);
    return wrapped ? jsonReply(nullptr) : html(200, QByteArray());
}

void JenkinsSim::settle(Build &build, Input &input, const QString &outcome, const QString &by,
                        const json &values)
{
    const qint64 now = nowMs();
    input.outcome = outcome;
    input.by = by;
    input.values = values;
    input.listed = false;
    const bool aborted = outcome == QLatin1String("aborted");
    if (!aborted && std::any_of(build.inputs.begin(), build.inputs.end(),
                                [](const Input &i) { return i.listed && i.outcome.isEmpty(); })) {
        return; // the run still waits on another input
    }
    for (Input &other : build.inputs) {
        if (other.listed && other.outcome.isEmpty()) {
            // The rejection ends the run, and the run's end stops its other input steps (as SYSTEM).
            other.outcome = QStringLiteral("aborted");
            other.by = QStringLiteral("SYSTEM");
        }
        other.listed = false;
    }
    build.pausedForMs += std::max<qint64>(0, now - build.pausedAtMs);
    if (aborted) {
        build.status = QStringLiteral("ABORTED");
        build.endMs = now;
    } else {
        build.status = QStringLiteral("IN_PROGRESS"); // the rest of the pipeline runs until the next tick
    }
}

void JenkinsSim::tick()
{
    const qint64 now = nowMs();
    for (Job &j : m_jobs) {
        for (Build &b : j.builds) {
            if (b.status == QLatin1String("IN_PROGRESS")) {
                b.status = QStringLiteral("SUCCESS");
                b.endMs = now;
            }
        }
    }
}

void JenkinsSim::addHold()
{
    if (m_jobs.empty()) {
        return;
    }
    Job &j = m_jobs[static_cast<std::size_t>(m_holdTurn++) % m_jobs.size()];
    const qint64 now = nowMs();
    Build b;
    b.number = j.builds.empty() ? 1 : j.builds.front().number + 1;
    b.status = QStringLiteral("PAUSED_PENDING_INPUT");
    b.branch = QStringLiteral("main");
    b.sha = QString::fromLatin1(QCryptographicHash::hash((j.path + u'#' + QString::number(b.number)).toUtf8(),
                                                         QCryptographicHash::Sha1)
                                    .toHex());
    for (const User &u : m_users) {
        if (u.id != m_me) {
            b.causeUser = u.id;
            break;
        }
    }
    b.startMs = now;
    b.endMs = now;
    b.pausedAtMs = now;
    b.stages = {QStringLiteral("Build"), QStringLiteral("Test"), QStringLiteral("Deploy")};
    Input input;
    input.message = QStringLiteral("Deploy to production?");
    input.id = defaultInputId(input.message);
    input.ok = QStringLiteral("Deploy");
    b.inputs.push_back(input);
    b.hadInputs = true;
    j.builds.insert(j.builds.begin(), b);
}

// --- test accessors --------------------------------------------------------------------------------------

QString JenkinsSim::buildStatus(const QString &jobPath, int number) const
{
    if (const Job *j = job(jobPath)) {
        for (const Build &b : j->builds) {
            if (b.number == number) {
                return b.status;
            }
        }
    }
    return {};
}

std::optional<JenkinsSim::InputState> JenkinsSim::inputState(const QString &jobPath, int number,
                                                             const QString &inputId) const
{
    if (const Job *j = job(jobPath)) {
        for (const Build &b : j->builds) {
            for (const Input &i : b.inputs) {
                if (b.number == number && i.id == inputId) {
                    return InputState{!i.outcome.isEmpty(), i.outcome, i.by, i.values, i.listed};
                }
            }
        }
    }
    return std::nullopt;
}

// --- what the API shows ----------------------------------------------------------------------------------

const JenkinsSim::User *JenkinsSim::user(const QString &id) const
{
    for (const User &u : m_users) {
        if (u.id.compare(id, Qt::CaseInsensitive) == 0) {
            return &u;
        }
    }
    return nullptr;
}

JenkinsSim::Job *JenkinsSim::job(const QString &path)
{
    for (Job &j : m_jobs) {
        if (j.path == path) {
            return &j;
        }
    }
    return nullptr;
}

const JenkinsSim::Job *JenkinsSim::job(const QString &path) const
{
    return const_cast<JenkinsSim *>(this)->job(path);
}

bool JenkinsSim::isFolder(const QString &path) const
{
    return m_folders.contains(path);
}

// The direct children of a folder ("" is the root), sorted as Jenkins sorts items: by name, ignoring case.
QStringList JenkinsSim::children(const QString &folder) const
{
    QStringList names;
    const auto consider = [&](const QString &path) {
        if (parentOf(path) == folder && !names.contains(lastSegment(path))) {
            names.append(lastSegment(path));
        }
    };
    for (const QString &f : m_folders) {
        consider(f);
    }
    for (const Job &j : m_jobs) {
        consider(j.path);
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

QString JenkinsSim::absolute(const QString &contextRelative) const
{
    const QString base =
        context().baseUrl ? context().baseUrl().toString() : QStringLiteral("http://127.0.0.1");
    return base + contextRelative;
}

QString JenkinsSim::jobUrl(const QString &path) const
{
    QString url = QStringLiteral("/jenkins/");
    for (const QString &segment : path.split(u'/')) {
        url += QStringLiteral("job/") + rawEncode(segment) + u'/';
    }
    return url;
}

QString JenkinsSim::buildUrl(const Job &j, const Build &b) const
{
    return jobUrl(j.path) + QString::number(b.number) + u'/';
}

namespace {

QString displayPath(const QString &path)
{
    return path.split(u'/').join(QStringLiteral(" \u00bb "));
}

QString colorOf(const QString &status)
{
    if (status == QLatin1String("SUCCESS")) {
        return QStringLiteral("blue");
    }
    if (status == QLatin1String("FAILED")) {
        return QStringLiteral("red");
    }
    if (status == QLatin1String("UNSTABLE")) {
        return QStringLiteral("yellow");
    }
    if (status == QLatin1String("ABORTED")) {
        return QStringLiteral("aborted");
    }
    return QStringLiteral("notbuilt");
}

} // namespace

// The ball: the last completed build's result, "_anime" while the newest goes on.
QString JenkinsSim::color(const Job &j) const
{
    const auto completed =
        std::find_if(j.builds.begin(), j.builds.end(), [](const Build &b) { return !building(b.status); });
    QString c = completed != j.builds.end() ? colorOf(completed->status) : QStringLiteral("notbuilt");
    if (!j.builds.empty() && building(j.builds.front().status)) {
        c += QStringLiteral("_anime");
    }
    return c;
}

json JenkinsSim::itemRef(const QString &path) const
{
    json ref = {{"_class", job(path) ? kJobClass : kFolderClass},
                {"name", s(lastSegment(path))},
                {"fullName", s(path)},
                {"url", s(absolute(jobUrl(path)))}};
    if (const Job *j = job(path)) {
        ref["color"] = s(color(*j));
    }
    return ref;
}

json JenkinsSim::itemJson(const QString &path, bool deep) const
{
    if (const Job *j = job(path)) {
        return jobJson(*j, deep);
    }
    return folderJson(path, deep);
}

json JenkinsSim::folderJson(const QString &path, bool deep) const
{
    json jobs = json::array();
    for (const QString &name : children(path)) {
        const QString child = path.isEmpty() ? name : path + u'/' + name;
        jobs.push_back(deep ? itemJson(child, true) : itemRef(child));
    }
    const std::string url = s(absolute(jobUrl(path)));
    const json allView = {{"_class", "hudson.model.AllView"}, {"name", "All"}, {"url", url}};
    return {{"_class", kFolderClass},
            {"actions", json::array({json::object(), json::object()})},
            {"description", nullptr},
            {"displayName", s(lastSegment(path))},
            {"displayNameOrNull", nullptr},
            {"fullDisplayName", s(displayPath(path))},
            {"fullName", s(path)},
            {"name", s(lastSegment(path))},
            {"url", url},
            {"healthReport", json::array()},
            {"jobs", jobs},
            {"primaryView", allView},
            {"views", json::array({allView})}};
}

json JenkinsSim::rootJson(bool deep) const
{
    json jobs = json::array();
    for (const QString &name : children(QString())) {
        jobs.push_back(deep ? itemJson(name, true) : itemRef(name));
    }
    const std::string url = s(absolute(QStringLiteral("/jenkins/")));
    const json allView = {{"_class", "hudson.model.AllView"}, {"name", "all"}, {"url", url}};
    return {{"_class", "hudson.model.Hudson"},
            {"assignedLabels", json::array({json{{"name", "built-in"}}})},
            {"mode", "NORMAL"},
            {"nodeDescription", "the Jenkins controller's built-in node"},
            {"nodeName", ""},
            {"numExecutors", 2},
            {"description", nullptr},
            {"jobs", jobs},
            {"overallLoad", json::object()},
            {"primaryView", allView},
            {"quietDownReason", nullptr},
            {"quietingDown", false},
            {"slaveAgentPort", -1},
            {"unlabeledLoad", {{"_class", "jenkins.model.UnlabeledLoadStatistics"}}},
            {"url", url},
            {"useCrumbs", true},
            {"useSecurity", true},
            {"views", json::array({allView})}};
}

json JenkinsSim::buildRef(const Job &j, const Build &b) const
{
    return {{"_class", kRunClass}, {"number", b.number}, {"url", s(absolute(buildUrl(j, b)))}};
}

json JenkinsSim::jobJson(const Job &j, bool deep) const
{
    const auto view = [&](const Build *b) -> json {
        if (!b) {
            return nullptr;
        }
        return deep ? buildJson(j, *b, false) : buildRef(j, *b);
    };
    const auto first = [&](const std::function<bool(const Build &)> &test) -> const Build * {
        for (const Build &b : j.builds) {
            if (test(b)) {
                return &b;
            }
        }
        return nullptr;
    };
    json builds = json::array();
    for (std::size_t i = 0; i < j.builds.size() && i < 100; ++i) {
        builds.push_back(view(&j.builds[i]));
    }
    const Build *completed = first([](const Build &b) { return !building(b.status); });
    return {
        {"_class", kJobClass},
        {"actions", json::array({json::object(), json::object()})},
        {"description", nullptr},
        {"displayName", s(lastSegment(j.path))},
        {"displayNameOrNull", nullptr},
        {"fullDisplayName", s(displayPath(j.path))},
        {"fullName", s(j.path)},
        {"name", s(lastSegment(j.path))},
        {"url", s(absolute(jobUrl(j.path)))},
        {"buildable", true},
        {"builds", builds},
        {"color", s(color(j))},
        {"firstBuild", view(j.builds.empty() ? nullptr : &j.builds.back())},
        {"healthReport", json::array()},
        {"inQueue", false},
        {"keepDependencies", false},
        {"lastBuild", view(j.builds.empty() ? nullptr : &j.builds.front())},
        {"lastCompletedBuild", view(completed)},
        {"lastFailedBuild", view(first([](const Build &b) { return b.status == QLatin1String("FAILED"); }))},
        {"lastStableBuild", view(first([](const Build &b) { return b.status == QLatin1String("SUCCESS"); }))},
        {"lastSuccessfulBuild", view(first([](const Build &b) {
             return b.status == QLatin1String("SUCCESS") || b.status == QLatin1String("UNSTABLE");
         }))},
        {"lastUnstableBuild",
         view(first([](const Build &b) { return b.status == QLatin1String("UNSTABLE"); }))},
        {"lastUnsuccessfulBuild", view(first([](const Build &b) {
             return !building(b.status) && b.status != QLatin1String("SUCCESS");
         }))},
        {"nextBuildNumber", j.builds.empty() ? 1 : j.builds.front().number + 1},
        {"property", json::array()},
        {"queueItem", nullptr},
        {"concurrentBuild", true},
        {"resumeBlocked", false}};
}

// A ParameterDefinition as the core API exports it (InputStep.parameters).
json JenkinsSim::parameterJson(const Parameter &p)
{
    QString valueClass = QStringLiteral("StringParameterValue");
    if (p.type == QLatin1String("BooleanParameterDefinition")) {
        valueClass = QStringLiteral("BooleanParameterValue");
    } else if (p.type == QLatin1String("TextParameterDefinition")) {
        valueClass = QStringLiteral("TextParameterValue");
    } else if (p.type == QLatin1String("PasswordParameterDefinition")) {
        valueClass = QStringLiteral("PasswordParameterValue");
    }
    json value = {{"_class", "hudson.model." + s(valueClass)}, {"name", s(p.name)}};
    if (p.type != QLatin1String("PasswordParameterDefinition")) {
        value["value"] = p.defaultValue;
    }
    json out = {{"_class", "hudson.model." + s(p.type)},
                {"defaultParameterValue", value},
                {"description", p.description.isEmpty() ? json(nullptr) : json(s(p.description))},
                {"name", s(p.name)},
                {"type", s(p.type)}};
    if (!p.choices.isEmpty()) {
        json choices = json::array();
        for (const QString &c : p.choices) {
            choices.push_back(s(c));
        }
        out["choices"] = choices;
    }
    return out;
}

json JenkinsSim::buildJson(const Job &j, const Build &b, bool deepLinks) const
{
    const User *causeUser = b.causeUser.isEmpty() ? nullptr : user(b.causeUser);
    json cause = b.causeUser.isEmpty()
                     ? json{{"_class", "hudson.triggers.SCMTrigger$SCMTriggerCause"},
                            {"shortDescription", "Started by an SCM change"}}
                     : json{{"_class", "hudson.model.Cause$UserIdCause"},
                            {"shortDescription",
                             "Started by user " + s(causeUser ? causeUser->fullName : b.causeUser)},
                            {"userId", s(causeUser ? causeUser->id : b.causeUser)},
                            {"userName", s(causeUser ? causeUser->fullName : b.causeUser)}};
    const std::string ref = "refs/remotes/origin/" + s(b.branch);
    const json revision = {{"SHA1", s(b.sha)},
                           {"branch", json::array({json{{"SHA1", s(b.sha)}, {"name", ref}}})}};
    json actions = json::array();
    actions.push_back({{"_class", "hudson.model.CauseAction"}, {"causes", json::array({cause})}});
    actions.push_back(json::object());
    actions.push_back({{"_class", "hudson.plugins.git.util.BuildData"},
                       {"buildsByBranchName",
                        {{ref,
                          {{"_class", "hudson.plugins.git.util.Build"},
                           {"buildNumber", b.number},
                           {"buildResult", nullptr},
                           {"marked", revision},
                           {"revision", revision}}}}},
                       {"lastBuiltRevision", revision},
                       {"remoteUrls", json::array({"https://git.example.com/" +
                                                   s(QString(j.path).replace(u' ', u'-')) + ".git"})},
                       {"scmName", ""}});
    if (b.hadInputs) {
        json executions = json::array();
        for (const Input &i : b.inputs) {
            if (!i.listed) {
                continue;
            }
            json parameters = json::array();
            for (const Parameter &p : i.parameters) {
                parameters.push_back(parameterJson(p));
            }
            executions.push_back(
                {{"_class", std::string(kInputPackage) + "InputStepExecution"},
                 {"displayName",
                  s(i.message.size() < 32 ? i.message : i.message.left(32) + QStringLiteral("..."))},
                 {"id", s(i.id)},
                 {"input",
                  {{"_class", std::string(kInputPackage) + "InputStep"},
                   {"cancel", nullptr},
                   {"id", s(i.id)},
                   {"message", s(i.message)},
                   {"ok", s(i.ok)},
                   {"parameters", parameters},
                   {"submitter", i.submitter ? json(s(*i.submitter)) : json(nullptr)},
                   {"submitterParameter", nullptr}}},
                 {"settled", !i.outcome.isEmpty()}});
        }
        const bool waiting = !executions.empty();
        actions.push_back({{"_class", std::string(kInputPackage) + "InputAction"},
                           {"displayName", waiting ? json("Paused for Input") : json(nullptr)},
                           {"executions", executions},
                           {"waitingForInput", waiting}});
    }
    actions.push_back({{"_class", "org.jenkinsci.plugins.workflow.job.views.FlowGraphAction"}});
    actions.push_back(json::object());

    const auto it = std::find_if(j.builds.begin(), j.builds.end(), [&b](const Build &x) { return &x == &b; });
    const Build *newer = it != j.builds.begin() ? &*(it - 1) : nullptr;
    const Build *older = it + 1 < j.builds.end() ? &*(it + 1) : nullptr;
    const auto link = [&](const Build *other) -> json {
        if (!other) {
            return nullptr;
        }
        return deepLinks ? buildJson(j, *other, false) : buildRef(j, *other);
    };
    const bool running = building(b.status);
    return {{"_class", kRunClass},
            {"actions", actions},
            {"artifacts", json::array()},
            {"building", running},
            {"description", nullptr},
            {"displayName", "#" + std::to_string(b.number)},
            {"duration", running ? 0 : b.endMs - b.startMs},
            {"estimatedDuration", 90000},
            {"executor", nullptr},
            {"fullDisplayName", s(displayPath(j.path)) + " #" + std::to_string(b.number)},
            {"id", std::to_string(b.number)},
            {"keepLog", false},
            {"number", b.number},
            {"queueId", 1000 + b.number},
            {"result", resultOf(b.status)},
            {"timestamp", b.startMs},
            {"url", s(absolute(buildUrl(j, b)))},
            {"changeSets", json::array()},
            {"culprits", json::array()},
            {"inProgress", running},
            {"nextBuild", link(newer)},
            {"previousBuild", link(older)}};
}

json JenkinsSim::runJson(const Job &j, const Build &b) const
{
    const qint64 now = nowMs();
    const QString url = buildUrl(j, b);
    const bool running = building(b.status);
    const qint64 end = running ? now : b.endMs;
    const qint64 pause = b.pausedForMs + (paused(b.status) ? std::max<qint64>(0, now - b.pausedAtMs) : 0);
    const qint64 queue = std::min<qint64>(15, std::max<qint64>(0, end - b.startMs));
    const qint64 duration = std::max<qint64>(0, end - b.startMs - queue);
    json links = {{"self", {{"href", s(url + QStringLiteral("wfapi/describe"))}}}};
    if (std::any_of(b.inputs.begin(), b.inputs.end(), [](const Input &i) { return i.listed; })) {
        links["pendingInputActions"] = {{"href", s(url + QStringLiteral("wfapi/pendingInputActions"))}};
        links["nextPendingInputAction"] = {{"href", s(url + QStringLiteral("wfapi/nextPendingInputAction"))}};
    }
    // Stages: all but the last succeeded; the last has the run's status (where it waits, runs or ended).
    json stages = json::array();
    const int n = static_cast<int>(b.stages.size());
    const qint64 each = n > 0 ? duration / n : 0;
    for (int i = 0; i < n; ++i) {
        const bool last = i == n - 1;
        const QString id = QString::number(6 + 7 * i);
        QString status = b.status == QLatin1String("NOT_EXECUTED") ? b.status
                         : last                                    ? b.status
                                                                   : QStringLiteral("SUCCESS");
        stages.push_back({{"_links",
                           {{"self",
                             {{"href", s(url + QStringLiteral("execution/node/") + id +
                                         QStringLiteral("/wfapi/describe"))}}}}},
                          {"id", s(id)},
                          {"name", s(b.stages[i])},
                          {"execNode", ""},
                          {"status", s(status)},
                          {"startTimeMillis", b.startMs + queue + i * each},
                          {"durationMillis", last ? duration - i * each : each},
                          {"pauseDurationMillis", last ? pause : 0}});
    }
    return {{"_links", links},
            {"id", std::to_string(b.number)},
            {"name", "#" + std::to_string(b.number)},
            {"status", s(b.status)},
            {"startTimeMillis", b.startMs},
            {"endTimeMillis", end},
            {"durationMillis", duration},
            {"queueDurationMillis", queue},
            {"pauseDurationMillis", pause},
            {"stages", stages}};
}

json JenkinsSim::pendingInputJson(const Job &j, const Build &b, const Input &i) const
{
    const QString url = buildUrl(j, b);
    json inputs = json::array();
    for (const Parameter &p : i.parameters) {
        json definition = {{"defaultVal", p.defaultValue}};
        if (!p.choices.isEmpty()) {
            json choices = json::array();
            for (const QString &c : p.choices) {
                choices.push_back(s(c));
            }
            definition["choices"] = choices;
        }
        json parameter = {{"type", s(p.type)}, {"name", s(p.name)}, {"definition", definition}};
        if (!p.description.isEmpty()) {
            parameter["description"] = s(p.description);
        }
        inputs.push_back(parameter);
    }
    return {{"id", s(i.id)},
            {"proceedText", s(i.ok)},
            {"message", s(i.message)},
            {"inputs", inputs},
            {"proceedUrl", s(url + QStringLiteral("wfapi/inputSubmit?inputId=") + i.id)},
            {"abortUrl", s(url + QStringLiteral("input/") + rawEncode(i.id) + QStringLiteral("/abort"))},
            {"redirectApprovalUrl", s(url + QStringLiteral("input/"))}};
}

json JenkinsSim::userJson(const User &u) const
{
    return {{"_class", "hudson.model.User"},
            {"absoluteUrl", s(absolute(QStringLiteral("/jenkins/user/") + rawEncode(u.id)))},
            {"description", nullptr},
            {"fullName", s(u.fullName)},
            {"id", s(u.id)},
            {"property", json::array()}};
}

// --- demo ------------------------------------------------------------------------------------------------

json JenkinsSim::demoSection() const
{
    const json deploy = {{"message", "Deploy to production?"}, {"ok", "Deploy"}};
    json withTicket = {{"message", "Release ledger-service to the EU region?"},
                       {"ok", "Release"},
                       {"submitter", "release-manager,release-managers"},
                       {"parameters", json::array({json{{"type", "StringParameterDefinition"},
                                                        {"name", "CHANGE_TICKET"},
                                                        {"description", "Change ticket for the release"},
                                                        {"default", ""},
                                                        {"required", true}}})}};
    json sreOnly = {{"message", "Run the schema migration on the primary?"},
                    {"ok", "Migrate"},
                    {"submitter", "sre-oncall"}};
    json payments = {
        {"path", "release/payments api"},
        {"builds", json::array({json{{"number", 58},
                                     {"status", "PAUSED_PENDING_INPUT"},
                                     {"branch", "main"},
                                     {"cause_user", "jürgen"},
                                     {"age_minutes", 20},
                                     {"inputs", json::array({deploy})}},
                                json{{"number", 57}, {"status", "SUCCESS"}, {"age_minutes", 300}},
                                json{{"number", 56}, {"status", "FAILED"}, {"age_minutes", 1440}}})}};
    json ledger = {
        {"path", "release/ledger-service"},
        {"builds", json::array({json{{"number", 311},
                                     {"status", "PAUSED_PENDING_INPUT"},
                                     {"branch", "release/2026.11"},
                                     {"cause_user", "zoë"},
                                     {"age_minutes", 45},
                                     {"stages", json::array({"Build", "Integration tests", "EU rollout"})},
                                     {"inputs", json::array({withTicket})}},
                                json{{"number", 310},
                                     {"status", "PAUSED_PENDING_INPUT"},
                                     {"branch", "main"},
                                     {"cause_user", "jürgen"},
                                     {"age_minutes", 130},
                                     {"stages", json::array({"Build", "Migrate"})},
                                     {"inputs", json::array({sreOnly})}},
                                json{{"number", 309}, {"status", "ABORTED"}, {"age_minutes", 2880}}})}};
    return {{"users",
             json::array(
                 {json{{"id", "release-manager"},
                       {"fullName", "Release Manager"},
                       {"groups", json::array({"release-managers"})}},
                  json{{"id", "jürgen"}, {"fullName", "Jürgen Weiß"}},
                  json{{"id", "zoë"}, {"fullName", "Zoë Martin"}, {"groups", json::array({"sre-oncall"})}}})},
            {"me", "release-manager"},
            {"jobs", json::array({payments, ledger})}};
}

} // namespace glsim
