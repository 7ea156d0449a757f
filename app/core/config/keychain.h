// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QHash>
#include <QString>

#include <chrono>

namespace gl {

// Where secrets (API tokens, proxy passwords) live: the operating system's keychain, one entry per key.
// The interface is synchronous; an implementation may spin a local event loop while it waits.
class SecretStore
{
public:
    enum class Status
    {
        Ok,
        NotFound,  // the keychain works and holds no such entry
        NoBackend, // no keychain service is running (no Secret Service, KWallet, …)
        Denied,    // the user or the system refused access
        Failed     // anything else; message says what
    };
    struct Answer
    {
        Status status = Status::Failed;
        QString secret;  // the secret, for a successful read
        QString message; // the backend's own words, for a failure
        bool ok() const { return status == Status::Ok; }
    };

    virtual ~SecretStore() = default;
    virtual Answer read(const QString &key) = 0;
    virtual Answer write(const QString &key, const QString &secret) = 0;
    virtual Answer remove(const QString &key) = 0;
    // Where the secrets go, for messages: "the Secret Service keychain", "memory".
    virtual QString describe() const = 0;
};

// The OS keychain through qtkeychain: Secret Service or KWallet on Linux, the Keychain on macOS, the
// Credential Manager on Windows. Never falls back to a plain-text file. A keychain that is not up yet
// (the login keyring is still starting) is tried once more after retryDelay.
class OsKeychain final : public SecretStore
{
public:
    explicit OsKeychain(QString service = QStringLiteral("Greenlight"));
    Answer read(const QString &key) override;
    Answer write(const QString &key, const QString &secret) override;
    Answer remove(const QString &key) override;
    QString describe() const override;

    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    int attempts() const { return m_attempts; } // jobs started so far (for tests)

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    Answer run(Op op, const QString &key, const QString &secret);
    Answer runOnce(Op op, const QString &key, const QString &secret);

    QString m_service;
    std::chrono::milliseconds m_retryDelay{1500};
    int m_attempts = 0;
};

// Secrets in this process's memory only: for tests of everything above the keychain, and for --demo.
class MemorySecretStore final : public SecretStore
{
public:
    Answer read(const QString &key) override;
    Answer write(const QString &key, const QString &secret) override;
    Answer remove(const QString &key) override;
    QString describe() const override;

    // The next `count` calls fail with `status` (to test what the callers do with a broken keychain).
    void failNext(Status status, int count = 1, QString message = {});
    int calls() const { return m_calls; }

private:
    bool failing(Answer *answer);
    QHash<QString, QString> m_secrets;
    Status m_failStatus = Status::Ok;
    int m_failCount = 0;
    QString m_failMessage;
    int m_calls = 0;
};

// The keychain entry that holds a server's API token, and its proxy's "user:password".
QString tokenKey(const QString &serverName);
QString proxyCredentialsKey(const QString &serverName);

} // namespace gl

namespace gl {

// The keychain this process uses: the OS keychain unless a test installed another store.
SecretStore &defaultSecretStore();
// The keychain that holds the audit log's signing key: the installed store, else the OS keychain without the
// retry for a keychain that is still starting.
SecretStore &auditKeyStore();
// Installs a store (not owned); nullptr restores the OS keychain.
void setDefaultSecretStore(SecretStore *store);

} // namespace gl
