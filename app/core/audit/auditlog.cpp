// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "audit/auditlog.h"

#include "clock.h"
#include "config/keychain.h"
#include "json.h"
#include "paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <set>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gl {
namespace {

using json::Json;

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

constexpr auto kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

Json toJson(const AuditRecord &r)
{
    Json j = Json::object();
    j["seq"] = r.seq;
    j["time"] = utf8(r.time.toUTC().toString(Qt::ISODateWithMs));
    j["event"] = utf8(r.event);
    j["local_user"] = utf8(r.localUser);
    j["server"] = utf8(r.server);
    j["server_user"] = r.serverUser.isEmpty() ? Json(nullptr) : Json(utf8(r.serverUser));
    j["gate"] = utf8(r.gateId);
    j["summary"] = utf8(r.summary);
    j["decision"] = utf8(r.decision);
    j["note"] = utf8(r.note);
    j["http_status"] = r.httpStatus == 0 ? Json(nullptr) : Json(r.httpStatus);
    j["server_message"] = r.serverMessage.isEmpty() ? Json(nullptr) : Json(utf8(r.serverMessage));
    j["result"] = r.result.isEmpty() ? Json(nullptr) : Json(utf8(r.result));
    j["prev"] = utf8(r.prev);
    // Records written with an anchor beside the log: a log whose last record says so and has no anchor lost
    // it.
    j["v"] = 2;
    // Added later: written only when known, so that the records of earlier versions read the same.
    const auto optional = [&j](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            j[key] = utf8(value);
        }
    };
    optional("step", r.step);
    optional("commit", r.commitSha);
    optional("commit_subject", r.commitSubject);
    optional("branch", r.branch);
    optional("environment", r.environment);
    optional("project", r.project);
    optional("provider", r.provider);
    if (r.pipelineNumber > 0) {
        j["pipeline"] = r.pipelineNumber;
    }
    if (r.intentSeq > 0) {
        j["intent"] = r.intentSeq;
    }
    if (r.approvalsGiven >= 0) {
        j["approvals_given"] = r.approvalsGiven;
        j["approvals_required"] = r.approvalsRequired;
    }
    return j;
}

QString hashOf(const QString &prev, const Json &recordWithoutHash)
{
    // nlohmann's objects keep keys sorted, so dump() is a canonical form.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prev.toUtf8());
    h.addData(QByteArrayView("\n"));
    const std::string text = recordWithoutHash.dump(-1, ' ', false, Json::error_handler_t::replace);
    h.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
    return QString::fromLatin1(h.result().toHex());
}

QString macOf(const QByteArray &key, const QByteArray &data)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex());
}

// Parses one line, refusing an object with the same key twice: the hash covers one reading of it, and
// another reader could take the other.
Json parseRecordLine(const QByteArray &line, bool *duplicateKey)
{
    std::vector<std::set<std::string>> open;
    *duplicateKey = false;
    const auto callback = [&](int, Json::parse_event_t event, Json &parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
            open.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            if (!open.empty()) {
                open.pop_back();
            }
            break;
        case Json::parse_event_t::key:
            if (!open.empty() && parsed.is_string() &&
                !open.back().insert(parsed.get<std::string>()).second) {
                *duplicateKey = true;
            }
            break;
        default:
            break;
        }
        return true;
    };
    return Json::parse(line.constBegin(), line.constEnd(), callback, false);
}

// The anchor: what the log held after its last append.
struct Anchor
{
    QString log;
    qint64 count = 0;
    QString head;          // the first record's hash
    QString last;          // the last record's hash
    qint64 signedFrom = 0; // the first record signed with the key (0: none)
    // The first kTrailChars hex digits of the hash of every record from trailFrom on (0: no trail; an
    // anchor written by an earlier version has none). A record edited and the chain hashed again from it
    // no longer matches its entry, so that it is named even where no key signs the records.
    qint64 trailFrom = 0;
    QList<QByteArray> trail;
    bool isSigned = false;
    QString mac;

    // Whether the trail runs from trailFrom to the anchor's last record.
    bool trailComplete() const { return trailFrom > 0 && trailFrom + trail.size() == count + 1; }
    // The trail's entry for record seq, or empty when it has none.
    QByteArray trailEntry(qint64 seq) const
    {
        return trailFrom > 0 && seq >= trailFrom && seq - trailFrom < trail.size() ? trail.at(seq - trailFrom)
                                                                                   : QByteArray();
    }
};

constexpr qsizetype kTrailChars = 16;
// Up to 64 MiB: the trail of four million records.
constexpr qint64 kMaxAnchorBytes = 64 * 1024 * 1024;

QByteArray trailOf(const QString &hash)
{
    return hash.left(kTrailChars).toLatin1();
}

QByteArray anchorPayload(const Anchor &a)
{
    Json j = Json::object();
    j["version"] = 1;
    j["log"] = utf8(a.log);
    j["count"] = a.count;
    j["head"] = utf8(a.head);
    j["last"] = utf8(a.last);
    j["signed_from"] = a.signedFrom;
    if (a.trailFrom > 0) {
        // Left out when there is none, so that an anchor signed by an earlier version still verifies.
        j["trail_from"] = a.trailFrom;
        QByteArray joined = a.trail.join(' ');
        j["trail"] = std::string(joined.constData(), static_cast<std::size_t>(joined.size()));
    }
    const std::string text = j.dump();
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

Result<std::optional<Anchor>> readAnchor(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return std::optional<Anchor>();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(AuditText::tr("cannot read the audit log's anchor %1: %2").arg(path, file.errorString()));
    }
    // Never more than kMaxAnchorBytes, and no buffer of that size for a small file.
    const QByteArray text = file.read(std::min(file.size(), kMaxAnchorBytes));
    const Json j = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    Anchor a;
    const auto unreadable = [&path] {
        return fail(
            AuditText::tr("the audit log's anchor %1 cannot be read: it is not what Greenlight writes")
                .arg(path));
    };
    if (!j.is_object()) {
        return unreadable();
    }
    auto log = json::optionalString(j, "log", {});
    auto head = json::optionalString(j, "head", {});
    auto last = json::optionalString(j, "last", {});
    auto mac = json::optionalString(j, "mac", {});
    auto count = json::optionalInteger(j, "count", {});
    auto from = json::optionalInteger(j, "signed_from", {});
    auto trailFrom = json::optionalInteger(j, "trail_from", {});
    auto trail = json::optionalString(j, "trail", {});
    if (!log || !head || !last || !mac || !count || !from || !count->has_value() || !trailFrom || !trail ||
        trailFrom->has_value() != trail->has_value() || trailFrom->value_or(0) < 0) {
        return unreadable();
    }
    if (trail->has_value()) {
        a.trailFrom = trailFrom->value_or(0);
        a.trail = (*trail)->toLatin1().split(' ');
        if (a.trailFrom == 0 || std::any_of(a.trail.begin(), a.trail.end(), [](const QByteArray &entry) {
                return entry.size() != kTrailChars;
            })) {
            return unreadable();
        }
    }
    a.log = log->value_or(QString());
    a.head = head->value_or(QString());
    a.last = last->value_or(QString());
    a.count = count->value_or(0);
    a.signedFrom = from->value_or(0);
    a.isSigned = mac->has_value();
    a.mac = mac->value_or(QString());
    return std::optional<Anchor>(a);
}

Result<AuditRecord> fromJson(const Json &j, qint64 line)
{
    auto where = [&](const Error &e) { return fail(AuditText::tr("line %1: %2").arg(line).arg(e.message)); };
    AuditRecord r;
    auto seq = json::integer(j, "seq", {});
    if (!seq) {
        return where(seq.error());
    }
    r.seq = *seq;
    auto text = [&](const char *key, QString &out) -> bool {
        auto v = json::optionalString(j, key, {});
        if (!v) {
            return false;
        }
        out = v->value_or(QString());
        return true;
    };
    QString time;
    if (!text("time", time) || !text("event", r.event) || !text("local_user", r.localUser) ||
        !text("server", r.server) || !text("server_user", r.serverUser) || !text("gate", r.gateId) ||
        !text("summary", r.summary) || !text("decision", r.decision) || !text("note", r.note) ||
        !text("server_message", r.serverMessage) || !text("result", r.result) || !text("prev", r.prev) ||
        !text("hash", r.hash) || !text("mac", r.mac)) {
        return fail(AuditText::tr("line %1: a field has the wrong type").arg(line));
    }
    r.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    auto status = json::optionalInteger(j, "http_status", {});
    if (!status) {
        return where(status.error());
    }
    r.httpStatus = static_cast<int>(status->value_or(0));
    if (!text("step", r.step) || !text("commit", r.commitSha) || !text("commit_subject", r.commitSubject) ||
        !text("branch", r.branch) || !text("environment", r.environment) || !text("project", r.project) ||
        !text("provider", r.provider)) {
        return fail(AuditText::tr("line %1: a field has the wrong type").arg(line));
    }
    auto pipeline = json::optionalInteger(j, "pipeline", {});
    auto given = json::optionalInteger(j, "approvals_given", {});
    auto required = json::optionalInteger(j, "approvals_required", {});
    auto intent = json::optionalInteger(j, "intent", {});
    if (!pipeline || !given || !required || !intent) {
        return fail(AuditText::tr("line %1: a field has the wrong type").arg(line));
    }
    r.pipelineNumber = pipeline->value_or(0);
    r.approvalsGiven = static_cast<int>(given->value_or(-1));
    r.approvalsRequired = static_cast<int>(required->value_or(-1));
    r.intentSeq = intent->value_or(0);
    return r;
}

// A descriptor that closes itself.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

Result<QByteArray> readTail(int fd, off_t size)
{
    const off_t chunk = std::min<off_t>(size, 1 << 20);
    QByteArray buf(static_cast<qsizetype>(chunk), Qt::Uninitialized);
    const ssize_t got = ::pread(fd, buf.data(), static_cast<size_t>(chunk), size - chunk);
    if (got != chunk) {
        return fail(AuditText::tr("cannot read the end of the audit log: %1").arg(systemError()));
    }
    return buf;
}

struct LogEnd
{
    qint64 count = 0;
    QString last;       // the last record's hash
    QString prevOfLast; // its prev
};

// Whether the log's end matches its anchor: empty when it does. *lagging: the anchor is one record behind
// and that record follows it (an append stopped between writing the record and its anchor).
QString anchorMismatch(const Anchor &a, const LogEnd &end, const QString &log, const QString &anchorPath,
                       bool *lagging, qint64 *badSeq)
{
    *lagging = false;
    if (end.count == a.count && end.last == a.last) {
        return {};
    }
    if (end.count == a.count + 1 &&
        end.prevOfLast == (a.count == 0 ? QString::fromLatin1(kGenesis) : a.last)) {
        *lagging = true;
        return {};
    }
    if (end.count < a.count) {
        *badSeq = end.count + 1;
        if (end.count == 0) {
            return AuditText::tr(
                       "%1 is empty or missing, but its anchor %2 recorded %3 records: records 1 to "
                       "%3 are missing (the log was removed or emptied)")
                .arg(log, anchorPath)
                .arg(a.count);
        }
        return AuditText::tr("%1: records %2 to %3 are missing from its end (its anchor %4 recorded %3 "
                             "records)")
            .arg(log)
            .arg(end.count + 1)
            .arg(a.count)
            .arg(anchorPath);
    }
    if (end.count == a.count) {
        *badSeq = end.count;
        return AuditText::tr("%1: record %2 is not the record its anchor %3 recorded: the log was rewritten "
                             "and its chain hashed again")
            .arg(log)
            .arg(end.count)
            .arg(anchorPath);
    }
    *badSeq = a.count + 1;
    return AuditText::tr("%1: record %2 and those after it were added without going through Greenlight "
                         "(its anchor %3 ends at record %4)")
        .arg(log)
        .arg(a.count + 1)
        .arg(anchorPath)
        .arg(a.count);
}

// The anchor's own signature: empty when it holds (or the anchor is unsigned and may be).
QString anchorSignatureProblem(const Anchor &a, const QByteArray &key, bool keyCreated,
                               const QString &keyProblem, const QString &anchorPath)
{
    if (a.isSigned) {
        if (key.isEmpty()) {
            if (keyProblem.isEmpty()) {
                return AuditText::tr(
                           "the anchor %1 is signed, but no keychain was given to read its key from")
                    .arg(anchorPath);
            }
            return AuditText::tr("the anchor %1 is signed, but the key to check it cannot be read from the "
                                 "keychain (%2)")
                .arg(anchorPath, keyProblem);
        }
        if (a.mac != macOf(key, anchorPayload(a))) {
            return AuditText::tr("the anchor %1 does not match its signature: it was rewritten")
                .arg(anchorPath);
        }
        return {};
    }
    if (!key.isEmpty() && !keyCreated) {
        return AuditText::tr(
                   "the anchor %1 is not signed, although the keychain holds the audit log's key: it "
                   "was replaced")
            .arg(anchorPath);
    }
    return {};
}

// Writes the anchor durably: a temporary file, fsynced, renamed over the old one, and its folder fsynced.
Result<void> writeAnchor(const QString &path, Anchor a, const QByteArray &key)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(
            AuditText::tr("cannot create the folder of the audit log's anchor %1").arg(info.absolutePath()));
    }
    a.isSigned = !key.isEmpty();
    Json j = Json::parse(anchorPayload(a).toStdString());
    if (a.isSigned) {
        j["mac"] = utf8(macOf(key, anchorPayload(a)));
    }
    const std::string text = j.dump() + '\n';
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    Fd file;
    file.fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (file.fd < 0) {
        return fail(AuditText::tr("cannot write the audit log's anchor %1: %2").arg(path, systemError()));
    }
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(file.fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return fail(AuditText::tr("cannot write the audit log's anchor %1: %2").arg(path, systemError()));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(file.fd) != 0 || ::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        return fail(AuditText::tr("cannot write the audit log's anchor %1: %2").arg(path, systemError()));
    }
    Fd dir;
    dir.fd = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir.fd >= 0) {
        ::fsync(dir.fd);
    }
    return {};
}

// The hash of the log's first record (read from its start).
QString firstHash(int fd)
{
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    const ssize_t got = ::pread(fd, buf.data(), static_cast<size_t>(buf.size()), 0);
    if (got <= 0) {
        return {};
    }
    buf.truncate(got);
    const QByteArray line = buf.left(buf.indexOf('\n'));
    const Json j = Json::parse(line.constBegin(), line.constEnd(), nullptr, false);
    return j.is_object() && j.contains("hash") && j["hash"].is_string()
               ? QString::fromStdString(j["hash"].get<std::string>())
               : QString();
}

} // namespace

AuditLog::AuditLog(QString path, QString anchorPath)
    : m_path(std::move(path)),
      m_anchorPath(anchorPath.isEmpty() ? anchorPathFor(m_path) : std::move(anchorPath))
{}

QString AuditLog::anchorPathFor(const QString &logPath)
{
    const QByteArray id =
        QCryptographicHash::hash(QFileInfo(logPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return paths::stateDir() + QStringLiteral("/audit-anchors/") + QString::fromLatin1(id) +
           QStringLiteral(".json");
}

QString AuditLog::keyEntry()
{
    return QStringLiteral("audit-log-key");
}

void AuditLog::setKeyStore(SecretStore *store)
{
    m_keyStore = store;
    m_keyLooked = false;
    m_keyCreated = false;
    m_key.clear();
    m_keyProblem.clear();
    // Looked up now, not at the first append: a keychain answers through a nested event loop, and a decision
    // answered inside it would append while the outer append holds the log's lock.
    key();
}

QByteArray AuditLog::key() const
{
    // Asked once; again after a failure (a keychain that was not up yet), but never from inside a lookup (a
    // keychain answers through a nested event loop, in which another append may start).
    if (!m_keyStore || m_keyLooking || (m_keyLooked && (!m_key.isEmpty() || m_keyProblem.isEmpty()))) {
        return m_key;
    }
    m_keyLooked = true;
    m_keyLooking = true;
    const auto looked = qScopeGuard([this] { m_keyLooking = false; });
    m_keyProblem.clear();
    const SecretStore::Answer got = m_keyStore->read(keyEntry());
    if (got.ok()) {
        m_key = QByteArray::fromHex(got.secret.toLatin1());
        if (m_key.size() < 16) {
            m_key.clear();
            m_keyProblem =
                AuditText::tr("the keychain entry %1 is not a key Greenlight made").arg(keyEntry());
        }
        return m_key;
    }
    if (got.status != SecretStore::Status::NotFound) {
        m_keyProblem = got.message.isEmpty() ? m_keyStore->describe() : got.message;
        return m_key;
    }
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray fresh(reinterpret_cast<const char *>(words.data()),
                           static_cast<qsizetype>(sizeof(words)));
    const SecretStore::Answer stored = m_keyStore->write(keyEntry(), QString::fromLatin1(fresh.toHex()));
    if (stored.ok()) {
        m_key = fresh;
        m_keyCreated = true;
    } else {
        m_keyProblem = stored.message;
    }
    return m_key;
}

QString AuditLog::defaultPath()
{
    return paths::auditLog();
}

QString AuditLog::localUserName()
{
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    return qEnvironmentVariable("USER");
}

Result<AuditRecord> AuditLog::append(AuditRecord record) const
{
    const QByteArray signingKey = key(); // before the lock (see setKeyStore)
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(AuditText::tr("cannot create the folder of the audit log %1").arg(info.absolutePath()));
    }
    Fd file;
    file.fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (file.fd < 0) {
        return fail(AuditText::tr("cannot open the audit log %1: %2").arg(m_path, systemError()));
    }
    if (::flock(file.fd, LOCK_EX) != 0) {
        return fail(AuditText::tr("cannot lock the audit log %1: %2").arg(m_path, systemError()));
    }
    struct stat st
    {
    };
    if (::fstat(file.fd, &st) != 0) {
        return fail(AuditText::tr("cannot read the audit log %1: %2").arg(m_path, systemError()));
    }
    QString prev = QString::fromLatin1(kGenesis);
    qint64 seq = 1;
    LogEnd end;
    bool lastIsAnchored = false;
    if (st.st_size > 0) {
        auto tail = readTail(file.fd, st.st_size);
        if (!tail) {
            return gl::Unexpected(tail.error());
        }
        if (!tail->endsWith('\n')) {
            return fail(
                AuditText::tr("the audit log %1 ends with an incomplete record; nothing more is written to "
                              "it until it is repaired (see `greenlight audit verify`)")
                    .arg(m_path));
        }
        const qsizetype start = tail->lastIndexOf('\n', tail->size() - 2) + 1;
        const QByteArray last = tail->mid(start, tail->size() - 1 - start);
        const Json lastJson = Json::parse(last.constBegin(), last.constEnd(), nullptr, false);
        auto lastRecord = lastJson.is_object() ? fromJson(lastJson, 0) : fail(QString());
        if (!lastRecord || lastRecord->hash.size() != 64) {
            return fail(
                AuditText::tr("the last record of the audit log %1 cannot be read; nothing more is written "
                              "to it until it is repaired (see `greenlight audit verify`)")
                    .arg(m_path));
        }
        prev = lastRecord->hash;
        seq = lastRecord->seq + 1;
        end = {lastRecord->seq, lastRecord->hash, lastRecord->prev};
        lastIsAnchored = lastJson.contains("v");
    }
    // The log must still be what its anchor recorded: never chain new records onto a tampered log.
    const auto refused = [this](const QString &problem) {
        return fail(
            AuditText::tr("%1; nothing more is written to the audit log until this is resolved (see "
                          "`greenlight audit verify`; to start a new log, move the log and its anchor "
                          "%2 aside)")
                .arg(problem, m_anchorPath));
    };
    auto anchor = readAnchor(m_anchorPath);
    if (!anchor) {
        return refused(anchor.error().message);
    }
    if (anchor->has_value()) {
        const Anchor &a = **anchor;
        if (const QString bad =
                anchorSignatureProblem(a, signingKey, m_keyCreated, m_keyProblem, m_anchorPath);
            !bad.isEmpty()) {
            return refused(bad);
        }
        bool lagging = false;
        qint64 badSeq = 0;
        if (const QString bad = anchorMismatch(a, end, m_path, m_anchorPath, &lagging, &badSeq);
            !bad.isEmpty()) {
            return refused(bad);
        }
    } else if (lastIsAnchored) {
        return refused(AuditText::tr("the anchor %1 of the audit log %2 is missing: records could have been "
                                     "removed from its end unnoticed")
                           .arg(m_anchorPath, m_path));
    }
    record.seq = seq;
    record.time = gl::Clock::utcNow();
    record.localUser = localUserName();
    record.prev = prev;
    Json j = toJson(record);
    record.hash = hashOf(prev, j);
    j["hash"] = utf8(record.hash);
    record.mac = signingKey.isEmpty() ? QString() : macOf(signingKey, record.hash.toLatin1());
    if (!record.mac.isEmpty()) {
        j["mac"] = utf8(record.mac);
    }
    const std::string line = j.dump(-1, ' ', false, Json::error_handler_t::replace) + '\n';
    std::size_t written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(file.fd, line.data() + written, line.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const QString why = systemError();
            // Remove a partial line so the chain stays readable.
            if (::ftruncate(file.fd, st.st_size) != 0) {
                return fail(AuditText::tr("writing the audit log %1 failed (%2) and left a partial record")
                                .arg(m_path, why));
            }
            return fail(AuditText::tr("cannot write the audit log %1: %2").arg(m_path, why));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(file.fd) != 0) {
        return fail(AuditText::tr("cannot flush the audit log %1 to disk: %2").arg(m_path, systemError()));
    }
    if (st.st_size == 0) {
        // A new file: make its directory entry durable too.
        Fd dir;
        dir.fd =
            ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir.fd >= 0) {
            ::fsync(dir.fd);
        }
    }
    // Then the anchor, while the log is still locked. Stopped before this, the anchor lags one record
    // behind, which the next append and verify accept.
    Anchor next;
    next.log = QFileInfo(m_path).absoluteFilePath();
    next.count = record.seq;
    next.head = record.seq == 1                                     ? record.hash
                : anchor->has_value() && !(*anchor)->head.isEmpty() ? (*anchor)->head
                                                                    : firstHash(file.fd);
    next.last = record.hash;
    // The trail goes on where the anchor's runs to its last record (and to the record an interrupted
    // append left after it); else it starts here.
    if (anchor->has_value() && (*anchor)->trailComplete()) {
        next.trailFrom = (*anchor)->trailFrom;
        next.trail = (*anchor)->trail;
        if (end.count == (*anchor)->count + 1) {
            next.trail.append(trailOf(end.last));
        }
    }
    if (next.trailFrom > 0 && next.trailFrom + next.trail.size() == record.seq) {
        next.trail.append(trailOf(record.hash));
    } else {
        next.trailFrom = record.seq;
        next.trail = {trailOf(record.hash)};
    }
    if (!signingKey.isEmpty()) {
        next.signedFrom = anchor->has_value() && (*anchor)->isSigned && (*anchor)->signedFrom > 0
                              ? (*anchor)->signedFrom
                              : record.seq;
    }
    if (auto anchored = writeAnchor(m_anchorPath, next, signingKey); !anchored) {
        return fail(AuditText::tr("the record was written to the audit log, but its anchor was not: %1")
                        .arg(anchored.error().message));
    }
    return record;
}

bool AuditLog::anchorIsSigned() const
{
    const auto anchor = readAnchor(m_anchorPath);
    return anchor && anchor->has_value() && (*anchor)->isSigned;
}

void AuditLog::useKeyStoreWhereNeeded(bool tokensInKeychain, SecretStore *store)
{
    if (tokensInKeychain || anchorIsSigned()) {
        setKeyStore(store);
    }
}

AuditCheck AuditLog::check() const
{
    AuditCheck c;
    QFile file(m_path);
    if (file.exists() && !file.open(QIODevice::ReadOnly)) {
        c.problem = AuditText::tr("cannot read the audit log %1: %2").arg(m_path, file.errorString());
        return c;
    }
    auto bad = [&c](qint64 line, qint64 seq, QString problem) {
        c.badLine = line;
        c.badSeq = seq;
        c.problem = std::move(problem);
        return c;
    };
    std::vector<AuditRecord> &records = c.records;
    auto anchor = readAnchor(m_anchorPath);
    if (!anchor) {
        c.problem = anchor.error().message;
        return c;
    }
    const QByteArray signingKey = key();
    const qint64 signedFrom = anchor->has_value() ? (*anchor)->signedFrom : 0;
    if (anchor->has_value()) {
        if (QString unsigned_ =
                anchorSignatureProblem(**anchor, signingKey, m_keyCreated, m_keyProblem, m_anchorPath);
            !unsigned_.isEmpty()) {
            c.problem = std::move(unsigned_);
            return c;
        }
    }
    bool lastIsAnchored = false;
    qint64 lineNo = 0;
    while (file.isOpen() && !file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNo;
        if (!line.endsWith('\n')) {
            return bad(
                lineNo, 0,
                AuditText::tr("%1: line %2 is incomplete (the log was cut short)").arg(m_path).arg(lineNo));
        }
        bool duplicateKey = false;
        const Json j = parseRecordLine(line, &duplicateKey);
        if (!j.is_object()) {
            return bad(lineNo, 0, AuditText::tr("%1: line %2 is not a JSON record").arg(m_path).arg(lineNo));
        }
        if (duplicateKey) {
            return bad(
                lineNo, 0,
                AuditText::tr("%1: line %2 has a field twice: a record is written with each field once")
                    .arg(m_path)
                    .arg(lineNo));
        }
        lastIsAnchored = j.contains("v");
        auto record = fromJson(j, lineNo);
        if (!record) {
            return bad(lineNo, 0, m_path + QStringLiteral(": ") + record.error().message);
        }
        Json withoutHash = j;
        withoutHash.erase("hash");
        withoutHash.erase("mac");
        const QString expected = hashOf(record->prev, withoutHash);
        if (record->hash != expected) {
            return bad(
                lineNo, record->seq,
                AuditText::tr("%1: line %2 (record %3) was altered: its hash does not match its content")
                    .arg(m_path)
                    .arg(lineNo)
                    .arg(record->seq));
        }
        const qint64 expectedSeq = records.empty() ? 1 : records.back().seq + 1;
        if (record->seq > expectedSeq) {
            // Further down? Then the records were moved, not removed.
            const qint64 resume = file.pos();
            for (qint64 later = lineNo + 1; !file.atEnd(); ++later) {
                const QByteArray next = file.readLine();
                bool unused = false;
                const Json n = parseRecordLine(next, &unused);
                if (n.is_object() && n.contains("seq") && n["seq"].is_number_integer() &&
                    n["seq"].get<qint64>() == expectedSeq) {
                    return bad(lineNo, expectedSeq,
                               AuditText::tr("%1: line %2 holds record %3 where record %4 belongs (it is on "
                                             "line %5): records were reordered")
                                   .arg(m_path)
                                   .arg(lineNo)
                                   .arg(record->seq)
                                   .arg(expectedSeq)
                                   .arg(later));
                }
            }
            file.seek(resume);
            return bad(lineNo, expectedSeq,
                       AuditText::tr("%1: record %2 is missing (line %3 holds record %4)")
                           .arg(m_path)
                           .arg(expectedSeq)
                           .arg(lineNo)
                           .arg(record->seq));
        }
        if (record->seq < expectedSeq) {
            return bad(lineNo, record->seq,
                       AuditText::tr("%1: line %2 holds record %3 where record %4 belongs: records were "
                                     "reordered or repeated")
                           .arg(m_path)
                           .arg(lineNo)
                           .arg(record->seq)
                           .arg(expectedSeq));
        }
        const QString prevHash = records.empty() ? QString::fromLatin1(kGenesis) : records.back().hash;
        if (record->prev != prevHash) {
            return bad(lineNo, record->seq,
                       AuditText::tr("%1: line %2 (record %3) does not follow the record before it: a record "
                                     "was removed, reordered or inserted")
                           .arg(m_path)
                           .arg(lineNo)
                           .arg(record->seq));
        }
        if (!signingKey.isEmpty() &&
            (!record->mac.isEmpty() || (signedFrom > 0 && record->seq >= signedFrom)) &&
            record->mac != macOf(signingKey, record->hash.toLatin1())) {
            return bad(lineNo, record->seq,
                       AuditText::tr("%1: line %2 (record %3) does not carry the log's signature: it was "
                                     "rewritten, and the chain hashed again from it")
                           .arg(m_path)
                           .arg(lineNo)
                           .arg(record->seq));
        }
        if (anchor->has_value()) {
            const QByteArray entry = (*anchor)->trailEntry(record->seq);
            if (!entry.isEmpty() && entry != trailOf(record->hash)) {
                return bad(
                    lineNo, record->seq,
                    AuditText::tr("%1: line %2 (record %3) is not the record its anchor %4 recorded: it "
                                  "was rewritten, and the chain hashed again from it")
                        .arg(m_path)
                        .arg(lineNo)
                        .arg(record->seq)
                        .arg(m_anchorPath));
            }
        }
        records.push_back(std::move(*record));
    }
    if (anchor->has_value()) {
        const Anchor &a = **anchor;
        const LogEnd end =
            records.empty() ? LogEnd{} : LogEnd{records.back().seq, records.back().hash, records.back().prev};
        bool lagging = false;
        qint64 badSeq = 0;
        QString problem = anchorMismatch(a, end, m_path, m_anchorPath, &lagging, &badSeq);
        if (problem.isEmpty() && !records.empty() && !a.head.isEmpty() && a.head != records.front().hash) {
            badSeq = 1;
            problem =
                AuditText::tr("%1: record 1 is not the first record its anchor %2 recorded: the log was "
                              "replaced")
                    .arg(m_path, m_anchorPath);
        }
        if (!problem.isEmpty()) {
            c.badSeq = badSeq;
            c.badLine = badSeq <= static_cast<qint64>(records.size()) ? badSeq : 0;
            c.problem = problem;
        }
    } else if (lastIsAnchored) {
        c.problem =
            AuditText::tr("the anchor %1 of the audit log %2 is missing: records could have been removed "
                          "from its end unnoticed")
                .arg(m_anchorPath, m_path);
    }
    return c;
}

Result<std::vector<AuditRecord>> AuditLog::readAll() const
{
    AuditCheck c = check();
    if (!c.intact()) {
        return fail(c.problem);
    }
    return std::move(c.records);
}

std::vector<AuditRecord> AuditLog::danglingIntents(const std::vector<AuditRecord> &records)
{
    std::vector<AuditRecord> open;
    for (const AuditRecord &r : records) {
        if (r.event == QLatin1String("intent")) {
            open.push_back(r);
            continue;
        }
        if (r.event != QLatin1String("outcome") && r.event != QLatin1String("verified")) {
            continue;
        }
        // Completed: the intent it names, else (earlier versions) the latest open intent of the same gate.
        for (auto it = open.rbegin(); it != open.rend(); ++it) {
            if (r.intentSeq > 0 ? it->seq == r.intentSeq : it->gateId == r.gateId) {
                open.erase(std::next(it).base());
                break;
            }
        }
    }
    return open;
}

Result<qint64> AuditLog::verify() const
{
    GL_TRY(records, readAll());
    return static_cast<qint64>(records.size());
}

} // namespace gl
