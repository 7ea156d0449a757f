// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/jenkins/jenkinsparse.h"

#include "json.h"

#include <QCoreApplication>
#include <QUrl>

#include <string_view>

namespace gl::jenkins {
namespace {

using json::Json;
using json::number;
using json::optionalArray;
using json::text;

struct JenkinsText
{
    Q_DECLARE_TR_FUNCTIONS(Jenkins)
};

constexpr std::string_view kInputAction = "org.jenkinsci.plugins.workflow.support.steps.input.InputAction";
constexpr std::string_view kCauseAction = "hudson.model.CauseAction";
constexpr std::string_view kGitBuildData = "hudson.plugins.git.util.BuildData";

QString where(const QString &path)
{
    return path.isEmpty() ? JenkinsText::tr("body") : path;
}

// Epoch milliseconds; 0, negative or past year 9999 gives a null time.
QDateTime fromMillis(qint64 ms)
{
    constexpr qint64 kYear9999 = 253402300799999;
    if (ms <= 0 || ms > kYear9999) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A scalar written out: strings as they are, booleans as true/false, numbers in JSON's notation;
// anything else (null, an object, an array) gives an empty string.
QString scalarText(const Json &v)
{
    if (v.is_string()) {
        return json::qs(v.get_ref<const std::string &>());
    }
    if (v.is_boolean()) {
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.is_number()) {
        return QString::fromStdString(v.dump());
    }
    return {};
}

QStringList scalarList(const Json &v)
{
    QStringList out;
    if (!v.is_array()) {
        return out;
    }
    for (const Json &item : v) {
        if (item.is_string() || item.is_number() || item.is_boolean()) {
            out.append(scalarText(item));
        }
    }
    return out;
}

// A parameter definition in either shape (wfapi's definition map, the remote API's ParameterDefinition).
// Its name and description must be strings; what it holds as a default is read as far as it is known.
Result<InputParameter> parseParameterObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(
            JenkinsText::tr("%1: expected a parameter object, found %2").arg(where(path), json::typeName(o)));
    }
    InputParameter p;
    GL_TRY(name, json::string(o, "name", path));
    p.name = name;
    GL_TRY(type, text(o, "type", path));
    p.type = type;
    if (p.type.isEmpty()) {
        GL_TRY(cls, text(o, "_class", path));
        p.type = cls.section(u'.', -1);
    }
    GL_TRY(description, text(o, "description", path));
    p.description = description;
    const auto definition = o.find("definition"); // wfapi
    if (definition != o.end() && definition->is_object()) {
        const auto def = definition->find("defaultVal");
        if (def != definition->end()) {
            p.defaultValue = scalarText(*def);
        }
        const auto choices = definition->find("choices");
        if (choices != definition->end()) {
            p.choices = scalarList(*choices);
        }
    }
    const auto defaultValue = o.find("defaultParameterValue"); // remote API
    if (defaultValue != o.end() && defaultValue->is_object() && p.defaultValue.isEmpty()) {
        const auto value = defaultValue->find("value");
        if (value != defaultValue->end()) {
            p.defaultValue = scalarText(*value);
        }
    }
    const auto choices = o.find("choices"); // remote API, ChoiceParameterDefinition
    if (choices != o.end() && p.choices.isEmpty()) {
        p.choices = scalarList(*choices);
    }
    return p;
}

Result<std::vector<InputParameter>> parameterList(const Json &o, const char *key, const QString &path)
{
    std::vector<InputParameter> out;
    GL_TRY(list, optionalArray(o, key, path));
    if (!list) {
        return out;
    }
    const QString lp = json::field(path, key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        GL_TRY(p, parseParameterObject((*list)[i], json::element(lp, i)));
        out.push_back(std::move(p));
    }
    return out;
}

Result<Run> parseRunObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(
            JenkinsText::tr("%1: expected a run object, found %2").arg(where(path), json::typeName(o)));
    }
    Run r;
    GL_TRY(id, json::string(o, "id", path));
    r.id = id;
    GL_TRY(name, text(o, "name", path));
    r.name = name;
    GL_TRY(status, text(o, "status", path));
    r.status = status;
    GL_TRY(start, number(o, "startTimeMillis", path));
    r.startTime = fromMillis(start);
    GL_TRY(duration, number(o, "durationMillis", path));
    r.durationMs = duration;
    // Where it waits, as Stage View shows it; a stage that is not an object with a name is passed over.
    GL_TRY(stages, optionalArray(o, "stages", path));
    if (stages) {
        for (const Json &stage : *stages) {
            if (!stage.is_object()) {
                continue;
            }
            const auto stageNameIt = stage.find("name");
            const auto stageStatusIt = stage.find("status");
            if (stageNameIt != stage.end() && stageNameIt->is_string() && stageStatusIt != stage.end() &&
                stageStatusIt->is_string() &&
                stageStatusIt->get_ref<const std::string &>() == "PAUSED_PENDING_INPUT") {
                const QString stageName =
                    QString::fromStdString(stageNameIt->get_ref<const std::string &>()).trimmed();
                if (!stageName.isEmpty() && !r.pausedStages.contains(stageName)) {
                    r.pausedStages.append(stageName);
                }
            }
        }
    }
    return r;
}

Result<PendingInput> parsePendingInputObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(JenkinsText::tr("%1: expected a pending input object, found %2")
                        .arg(where(path), json::typeName(o)));
    }
    PendingInput in;
    GL_TRY(id, json::string(o, "id", path));
    in.id = id;
    GL_TRY(message, text(o, "message", path));
    in.message = message;
    GL_TRY(proceed, text(o, "proceedText", path));
    in.proceedText = proceed;
    GL_TRY(parameters, parameterList(o, "inputs", path));
    in.parameters = std::move(parameters);
    GL_TRY(proceedUrl, text(o, "proceedUrl", path));
    in.proceedUrl = proceedUrl;
    GL_TRY(abortUrl, text(o, "abortUrl", path));
    in.abortUrl = abortUrl;
    return in;
}

QStringList splitSubmitters(const QString &submitter)
{
    QStringList out;
    for (const QString &s : submitter.split(u',')) {
        const QString t = s.trimmed();
        if (!t.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

Result<InputExecution> parseExecutionObject(const Json &o, const QString &path)
{
    if (!o.is_object()) {
        return fail(JenkinsText::tr("%1: expected an input execution object, found %2")
                        .arg(where(path), json::typeName(o)));
    }
    InputExecution e;
    GL_TRY(id, json::string(o, "id", path));
    e.id = id;
    GL_TRY(settled, json::optionalBool(o, "settled", path));
    e.settled = settled.value_or(false);
    GL_TRY(displayName, text(o, "displayName", path));
    e.message = displayName; // the message cut at 32 characters; the input's own message replaces it
    GL_TRY(input, json::optionalObject(o, "input", path));
    if (input) {
        const QString ip = json::field(path, "input");
        GL_TRY(message, text(*input, "message", ip));
        if (!message.isEmpty()) {
            e.message = message;
        }
        GL_TRY(ok, text(*input, "ok", ip));
        e.ok = ok;
        GL_TRY(submitter, text(*input, "submitter", ip));
        e.submitters = splitSubmitters(submitter);
        GL_TRY(parameters, parameterList(*input, "parameters", ip));
        e.parameters = std::move(parameters);
    }
    return e;
}

// Reads the actions Greenlight uses into the build; nulls, empty objects and other classes are skipped.
Result<void> readAction(const Json &a, const QString &path, Build &b)
{
    if (!a.is_object()) {
        return {};
    }
    const auto cls = a.find("_class");
    if (cls == a.end() || !cls->is_string()) {
        return {};
    }
    const std::string &name = cls->get_ref<const std::string &>();
    if (name == kInputAction) {
        GL_TRY(executions, optionalArray(a, "executions", path));
        if (executions) {
            const QString ep = json::field(path, "executions");
            for (std::size_t i = 0; i < executions->size(); ++i) {
                GL_TRY(e, parseExecutionObject((*executions)[i], json::element(ep, i)));
                b.inputs.push_back(std::move(e));
            }
        }
    } else if (name == kCauseAction) {
        GL_TRY(causes, optionalArray(a, "causes", path));
        if (causes) {
            const QString cp = json::field(path, "causes");
            for (std::size_t i = 0; i < causes->size(); ++i) {
                const Json &c = (*causes)[i];
                if (!c.is_object()) {
                    continue;
                }
                const QString at = json::element(cp, i);
                GL_TRY(description, text(c, "shortDescription", at));
                GL_TRY(userId, text(c, "userId", at));
                GL_TRY(userName, text(c, "userName", at));
                if (b.causeText.isEmpty()) {
                    b.causeText = description;
                }
                if (b.causeUserId.isEmpty() && !userId.isEmpty()) {
                    b.causeUserId = userId;
                    b.causeUserName = userName;
                }
            }
        }
    } else if (name == kGitBuildData && b.sha.isEmpty()) {
        GL_TRY(revision, json::optionalObject(a, "lastBuiltRevision", path));
        if (revision) {
            const QString rp = json::field(path, "lastBuiltRevision");
            GL_TRY(sha, text(*revision, "SHA1", rp));
            b.sha = sha;
            GL_TRY(branches, optionalArray(*revision, "branch", rp));
            if (branches && !branches->empty()) {
                const Json &first = (*branches)[0];
                const QString bp = json::element(json::field(rp, "branch"), 0);
                if (!first.is_object()) {
                    return fail(JenkinsText::tr("%1: expected a branch object, found %2")
                                    .arg(bp, json::typeName(first)));
                }
                GL_TRY(branch, text(first, "name", bp));
                b.branch = branch;
            }
        }
    }
    return {};
}

template <typename T, typename F> Result<std::vector<T>> parseArray(const QByteArray &body, F parseOne)
{
    GL_TRY(root, json::parse(body));
    if (!root.is_array()) {
        return fail(JenkinsText::tr("expected an array, found %1").arg(json::typeName(root)));
    }
    std::vector<T> out;
    out.reserve(root.size());
    for (std::size_t i = 0; i < root.size(); ++i) {
        GL_TRY(item, parseOne(root[i], json::element(QString(), i)));
        out.push_back(std::move(item));
    }
    return out;
}

Result<Json> parseObject(const QByteArray &body)
{
    GL_TRY(root, json::parse(body));
    if (!root.is_object()) {
        return fail(JenkinsText::tr("expected an object, found %1").arg(json::typeName(root)));
    }
    return root;
}

// Minimal HTML: the text of h1-h3 and p elements in order, the title, and all text as a last resort.
struct HtmlText
{
    QStringList pieces;
    QString title;
    QString all;
};

QString decodeEntities(const QString &in)
{
    if (!in.contains(u'&')) {
        return in;
    }
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        const qsizetype semi = c == u'&' ? in.indexOf(u';', i + 1) : -1;
        if (semi < 0 || semi - i > 10) {
            out.append(c);
            continue;
        }
        const QString name = in.mid(i + 1, semi - i - 1);
        QString replacement;
        if (name == QLatin1String("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1String("nbsp")) {
            replacement = QStringLiteral(" ");
        } else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t cp = code;
                replacement = QString::fromUcs4(&cp, 1);
            }
        }
        if (replacement.isEmpty()) {
            out.append(c);
            continue;
        }
        out.append(replacement);
        i = semi;
    }
    return out;
}

HtmlText scanHtml(const QString &s)
{
    HtmlText h;
    QString current;
    bool capturing = false;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c != u'<') {
            if (capturing) {
                current.append(c);
            }
            h.all.append(c);
            ++i;
            continue;
        }
        if (QStringView(s).mid(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = s.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype close = s.indexOf(u'>', i + 1);
        if (close < 0) {
            break;
        }
        QStringView tag = QStringView(s).mid(i + 1, close - i - 1);
        i = close + 1;
        const bool closing = tag.startsWith(u'/');
        if (closing) {
            tag = tag.mid(1);
        }
        qsizetype len = 0;
        while (len < tag.size() && tag[len].isLetterOrNumber()) {
            ++len;
        }
        const QString name = tag.left(len).toString().toLower();
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style") ||
                         name == QLatin1String("title"))) {
            const qsizetype end = s.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            if (name == QLatin1String("title") && h.title.isEmpty()) {
                h.title = s.mid(i, end < 0 ? n - i : end - i);
            }
            i = end < 0 ? n : end; // the closing tag is read next, and ignored
            continue;
        }
        const bool block = name == QLatin1String("h1") || name == QLatin1String("h2") ||
                           name == QLatin1String("h3") || name == QLatin1String("p");
        if (block) {
            if (capturing) {
                h.pieces.append(current);
            }
            current.clear();
            capturing = !closing;
        } else if (capturing) {
            current.append(u' ');
        }
        h.all.append(u' ');
    }
    if (capturing) {
        h.pieces.append(current);
    }
    return h;
}

QString clean(const QString &s)
{
    return decodeEntities(s).simplified();
}

QString capped(const QString &s)
{
    constexpr qsizetype kLimit = 500;
    return s.size() <= kLimit ? s : s.left(kLimit - 1) + QChar(0x2026);
}

} // namespace

Result<QString> jobUrlPath(const QString &jobPath)
{
    if (jobPath.isEmpty()) {
        return fail(JenkinsText::tr("the job path is empty"));
    }
    QStringList out;
    const QStringList segments = jobPath.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments[i];
        if (segment.isEmpty()) {
            return fail(JenkinsText::tr("job path \"%1\": part %2 is empty (a leading, trailing or double /)")
                            .arg(jobPath.left(200))
                            .arg(i + 1));
        }
        if (segment == QLatin1String(".") || segment == QLatin1String("..")) {
            return fail(JenkinsText::tr("job path \"%1\": \"%2\" is not a job or folder name")
                            .arg(jobPath.left(200), segment));
        }
        out.append(QStringLiteral("job/") + QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    }
    return out.join(u'/');
}

bool Job::isFolder() const
{
    static const QStringList folderClasses = {
        QStringLiteral("com.cloudbees.hudson.plugins.folder.Folder"),
        QStringLiteral("org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject"),
        QStringLiteral("jenkins.branch.OrganizationFolder")};
    return listsJobs || folderClasses.contains(className);
}

Result<std::vector<Run>> parseRuns(const QByteArray &body)
{
    return parseArray<Run>(body, parseRunObject);
}

Result<std::vector<PendingInput>> parsePendingInputActions(const QByteArray &body)
{
    return parseArray<PendingInput>(body, parsePendingInputObject);
}

Result<Build> parseBuild(const QByteArray &body)
{
    GL_TRY(root, parseObject(body));
    Build b;
    GL_TRY(buildNumber, json::integer(root, "number", {}));
    b.number = buildNumber;
    GL_TRY(url, text(root, "url", {}));
    b.url = url;
    GL_TRY(result, text(root, "result", {}));
    b.result = result;
    GL_TRY(building, json::optionalBool(root, "building", {}));
    b.building = building.value_or(false);
    GL_TRY(timestamp, number(root, "timestamp", {}));
    b.timestamp = fromMillis(timestamp);
    GL_TRY(displayName, text(root, "displayName", {}));
    b.displayName = displayName;
    GL_TRY(actions, optionalArray(root, "actions", {}));
    if (actions) {
        for (std::size_t i = 0; i < actions->size(); ++i) {
            const Result<void> read =
                readAction((*actions)[i], json::element(QStringLiteral("actions"), i), b);
            if (!read) {
                return Unexpected(read.error());
            }
        }
    }
    return b;
}

Result<Job> parseJob(const QByteArray &body)
{
    GL_TRY(root, parseObject(body));
    Job j;
    GL_TRY(cls, text(root, "_class", {}));
    j.className = cls;
    GL_TRY(name, text(root, "name", {}));
    j.name = name;
    GL_TRY(fullName, text(root, "fullName", {}));
    j.fullName = fullName;
    GL_TRY(url, text(root, "url", {}));
    j.url = url;
    GL_TRY(builds, optionalArray(root, "builds", {}));
    if (builds) {
        for (std::size_t i = 0; i < builds->size(); ++i) {
            const QString at = json::element(QStringLiteral("builds"), i);
            const Json &b = (*builds)[i];
            if (!b.is_object()) {
                return fail(
                    JenkinsText::tr("%1: expected a build object, found %2").arg(at, json::typeName(b)));
            }
            GL_TRY(n, json::integer(b, "number", at));
            j.buildNumbers.push_back(n);
        }
    }
    GL_TRY(jobs, optionalArray(root, "jobs", {}));
    if (jobs) {
        j.listsJobs = true;
        for (std::size_t i = 0; i < jobs->size(); ++i) {
            const QString at = json::element(QStringLiteral("jobs"), i);
            const Json &c = (*jobs)[i];
            if (!c.is_object()) {
                return fail(
                    JenkinsText::tr("%1: expected a job object, found %2").arg(at, json::typeName(c)));
            }
            JobRef ref;
            GL_TRY(childName, json::string(c, "name", at));
            ref.name = childName;
            GL_TRY(childClass, text(c, "_class", at));
            ref.className = childClass;
            GL_TRY(childUrl, text(c, "url", at));
            ref.url = childUrl;
            j.jobs.push_back(std::move(ref));
        }
    }
    return j;
}

Result<Crumb> parseCrumb(const QByteArray &body)
{
    GL_TRY(root, parseObject(body));
    Crumb c;
    GL_TRY(field, json::string(root, "crumbRequestField", {}));
    c.field = field;
    GL_TRY(crumb, json::string(root, "crumb", {}));
    c.crumb = crumb;
    if (c.field.isEmpty() || c.crumb.isEmpty()) {
        return fail(JenkinsText::tr("the crumb issuer answered an empty crumb or header name"));
    }
    return c;
}

Result<Me> parseMe(const QByteArray &body)
{
    GL_TRY(root, parseObject(body));
    GL_TRY(anonymous, json::optionalBool(root, "anonymous", {}));
    if (anonymous.value_or(false)) {
        return fail(JenkinsText::tr("Jenkins took the request as anonymous: the user name or API token was "
                                    "not accepted"));
    }
    Me me;
    GL_TRY(id, text(root, "id", {}));
    me.id = id;
    if (me.id.isEmpty()) {
        GL_TRY(name, text(root, "name", {})); // whoAmI
        me.id = name;
    }
    if (me.id.isEmpty()) {
        return fail(JenkinsText::tr("id: required field is missing (nor is there a name)"));
    }
    GL_TRY(fullName, text(root, "fullName", {}));
    me.fullName = fullName;
    return me;
}

Result<QStringList> parseAuthorities(const QByteArray &body)
{
    GL_TRY(root, parseObject(body));
    QStringList out;
    if (root.contains("authorities") && root["authorities"].is_array()) {
        for (const auto &a : root["authorities"]) {
            if (a.is_string()) {
                out.append(json::qs(a.get<std::string>()));
            }
        }
    }
    return out;
}

QString errorText(const QByteArray &htmlOrJson)
{
    const QByteArray body = htmlOrJson.left(256 * 1024).trimmed();
    if (body.isEmpty()) {
        return {};
    }
    if (body.startsWith('{')) {
        const Json root = json::parseOrDiscarded(body);
        if (root.is_object()) {
            for (const char *key : {"message", "error"}) {
                const auto it = root.find(key);
                if (it != root.end() && it->is_string() && !it->get_ref<const std::string &>().empty()) {
                    return capped(json::qs(it->get_ref<const std::string &>()).simplified());
                }
            }
        }
    }
    const QString s = QString::fromUtf8(body);
    if (!s.contains(u'<')) {
        return capped(s.simplified());
    }
    const HtmlText h = scanHtml(s);
    QStringList pieces;
    for (const QString &p : h.pieces) {
        const QString t = clean(p);
        if (!t.isEmpty() && (pieces.isEmpty() || pieces.constLast() != t)) {
            pieces.append(t);
        }
    }
    if (!pieces.isEmpty()) {
        QString out = pieces.takeFirst();
        if (!pieces.isEmpty()) {
            const QChar last = out.back();
            out += (last == u'.' || last == u'!' || last == u'?' || last == u':') ? QStringLiteral(" ")
                                                                                  : QStringLiteral(": ");
            out += pieces.join(u' ');
        }
        return capped(out);
    }
    const QString title = clean(h.title);
    if (!title.isEmpty()) {
        return capped(title);
    }
    return capped(clean(h.all));
}

} // namespace gl::jenkins
