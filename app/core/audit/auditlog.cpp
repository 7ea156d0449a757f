#include "audit/auditlog.h"

#include "clock.h"
#include "json.h"
#include "paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
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
        !text("hash", r.hash)) {
        return fail(AuditText::tr("line %1: a field has the wrong type").arg(line));
    }
    r.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    auto status = json::optionalInteger(j, "http_status", {});
    if (!status) {
        return where(status.error());
    }
    r.httpStatus = static_cast<int>(status->value_or(0));
    if (!text("step", r.step) || !text("commit", r.commitSha) || !text("commit_subject", r.commitSubject) ||
        !text("branch", r.branch) || !text("environment", r.environment)) {
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

} // namespace

AuditLog::AuditLog(QString path) : m_path(std::move(path)) {}

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
    }
    record.seq = seq;
    record.time = gl::Clock::utcNow();
    record.localUser = localUserName();
    record.prev = prev;
    Json j = toJson(record);
    record.hash = hashOf(prev, j);
    j["hash"] = utf8(record.hash);
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
    return record;
}

AuditCheck AuditLog::check() const
{
    AuditCheck c;
    QFile file(m_path);
    if (!file.exists()) {
        return c;
    }
    if (!file.open(QIODevice::ReadOnly)) {
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
    qint64 lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNo;
        if (!line.endsWith('\n')) {
            return bad(
                lineNo, 0,
                AuditText::tr("%1: line %2 is incomplete (the log was cut short)").arg(m_path).arg(lineNo));
        }
        const Json j = Json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        if (!j.is_object()) {
            return bad(lineNo, 0, AuditText::tr("%1: line %2 is not a JSON record").arg(m_path).arg(lineNo));
        }
        auto record = fromJson(j, lineNo);
        if (!record) {
            return bad(lineNo, 0, m_path + QStringLiteral(": ") + record.error().message);
        }
        Json withoutHash = j;
        withoutHash.erase("hash");
        const QString expected = hashOf(record->prev, withoutHash);
        if (record->hash != expected) {
            return bad(
                lineNo, record->seq,
                AuditText::tr("%1: line %2 (record %3) was altered: its hash does not match its content")
                    .arg(m_path)
                    .arg(lineNo)
                    .arg(record->seq));
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
        const qint64 expectedSeq = records.empty() ? 1 : records.back().seq + 1;
        if (record->seq != expectedSeq) {
            return bad(lineNo, record->seq,
                       AuditText::tr("%1: line %2 has sequence number %3, expected %4")
                           .arg(m_path)
                           .arg(lineNo)
                           .arg(record->seq)
                           .arg(expectedSeq));
        }
        records.push_back(std::move(*record));
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
