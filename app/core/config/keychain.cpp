// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "config/keychain.h"

#include "clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace gl {

namespace {

struct KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoBackend;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Failed;
}

} // namespace

QString tokenKey(const QString &serverName)
{
    return QStringLiteral("token:") + serverName;
}

QString proxyCredentialsKey(const QString &serverName)
{
    return QStringLiteral("proxy:") + serverName;
}

OsKeychain::OsKeychain(QString service) : m_service(std::move(service)) {}

QString OsKeychain::describe() const
{
    return KeychainText::tr("the system keychain");
}

SecretStore::Answer OsKeychain::read(const QString &key)
{
    return run(Op::Read, key, {});
}

SecretStore::Answer OsKeychain::write(const QString &key, const QString &secret)
{
    return run(Op::Write, key, secret);
}

SecretStore::Answer OsKeychain::remove(const QString &key)
{
    // The Secret Service reports success for deleting what is not there: ask first, to say so.
    Answer found = run(Op::Read, key, {});
    if (!found.ok()) {
        return found;
    }
    return run(Op::Remove, key, {});
}

SecretStore::Answer OsKeychain::run(Op op, const QString &key, const QString &secret)
{
    Answer answer = runOnce(op, key, secret);
    // At log-in the keyring may still be starting: one more try after a moment, never a plain-text file.
    if (answer.status == Status::NoBackend || answer.status == Status::Failed) {
        if (m_retryDelay.count() > 0) {
            QEventLoop wait;
            Timer timer;
            timer.setSingleShot(true);
            QObject::connect(&timer, &Timer::timeout, &wait, &QEventLoop::quit);
            timer.start(m_retryDelay);
            wait.exec(QEventLoop::ExcludeUserInputEvents);
        }
        answer = runOnce(op, key, secret);
    }
    return answer;
}

SecretStore::Answer OsKeychain::runOnce(Op op, const QString &key, const QString &secret)
{
    ++m_attempts;
    std::unique_ptr<QKeychain::Job> job;
    switch (op) {
    case Op::Read:
        job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
        break;
    case Op::Write: {
        auto write = std::make_unique<QKeychain::WritePasswordJob>(m_service);
        write->setTextData(secret);
        job = std::move(write);
        break;
    }
    case Op::Remove:
        job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // a secret never lands in a plain-text settings file
    job->setKey(key);
    QEventLoop loop;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    Answer answer;
    answer.status = statusOf(job->error());
    // Without a session bus there is no Secret Service nor KWallet: qtkeychain reports that as "other".
    if (answer.status == Status::Failed &&
        (job->errorString().contains(QLatin1String("D-Bus")) ||
         job->errorString().contains(QLatin1String("DBus")) ||
         job->errorString().startsWith(QLatin1String("Could not connect")))) {
        answer.status = Status::NoBackend;
    }
    if (answer.ok()) {
        if (op == Op::Read) {
            answer.secret = static_cast<QKeychain::ReadPasswordJob *>(job.get())->textData();
        }
    } else {
        answer.message = job->errorString();
    }
    return answer;
}

QString MemorySecretStore::describe() const
{
    return KeychainText::tr("memory");
}

bool MemorySecretStore::failing(Answer *answer)
{
    ++m_calls;
    if (m_failCount == 0) {
        return false;
    }
    --m_failCount;
    answer->status = m_failStatus;
    answer->message = m_failMessage;
    return true;
}

void MemorySecretStore::failNext(Status status, int count, QString message)
{
    m_failStatus = status;
    m_failCount = count;
    m_failMessage = std::move(message);
}

SecretStore::Answer MemorySecretStore::read(const QString &key)
{
    Answer answer;
    if (failing(&answer)) {
        return answer;
    }
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        answer.status = Status::NotFound;
        return answer;
    }
    answer.status = Status::Ok;
    answer.secret = *it;
    return answer;
}

SecretStore::Answer MemorySecretStore::write(const QString &key, const QString &secret)
{
    Answer answer;
    if (failing(&answer)) {
        return answer;
    }
    m_secrets.insert(key, secret);
    answer.status = Status::Ok;
    return answer;
}

SecretStore::Answer MemorySecretStore::remove(const QString &key)
{
    Answer answer;
    if (failing(&answer)) {
        return answer;
    }
    answer.status = m_secrets.remove(key) > 0 ? Status::Ok : Status::NotFound;
    return answer;
}

} // namespace gl

namespace gl {

namespace {
SecretStore *g_installed = nullptr;
}

SecretStore &defaultSecretStore()
{
    if (g_installed) {
        return *g_installed;
    }
    static OsKeychain os;
    return os;
}

SecretStore &auditKeyStore()
{
    if (g_installed) {
        return *g_installed;
    }
    // Asked on every start of the CLI: a keychain that is not up is not waited for (the anchor is then
    // written unsigned, and says so).
    static OsKeychain os;
    static const bool noRetry = (os.setRetryDelay(std::chrono::milliseconds(0)), true);
    Q_UNUSED(noRetry);
    return os;
}

void setDefaultSecretStore(SecretStore *store)
{
    g_installed = store;
}

} // namespace gl
