// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace gl {

class SecretStore;

struct AuditRecord
{
    QString event; // "intent", "outcome", "verified", "refused" (nothing was sent)
    QString server;
    QString serverUser;
    QString gateId;
    QString summary;  // what the gate is, in words
    QString decision; // "approve" | "reject"
    QString note;
    int httpStatus = 0;
    QString serverMessage;
    QString result; // "done", "refused", "failed", "unknown", or what verification found
    QString step;   // a decision in several requests (GitLab approve-and-run): "approve", "run"
    // What would be released, as the person confirmed it and as read just before sending.
    QString commitSha;
    QString commitSubject;
    qint64 pipelineNumber = 0;
    QString branch;
    QString environment;
    QString project;         // the project as the server names it ("gh/acme/api", "acme/shop")
    QString provider;        // the vendor: "circleci", "gitlab", …
    int approvalsGiven = -1; // -1: not known
    int approvalsRequired = -1;
    // An outcome or verification: the seq of the intent it completes (0 in logs of earlier versions, where
    // the next outcome or verification of the same gate completes it).
    qint64 intentSeq = 0;
    // Filled in by the log:
    qint64 seq = 0;
    QDateTime time;
    QString localUser;
    QString prev;
    QString hash;
    QString mac; // HMAC-SHA256 of hash with the log's key, where the keychain holds one
};

// What walking the log found: the records up to the first problem, and the problem.
struct AuditCheck
{
    std::vector<AuditRecord> records; // every record before the first bad one, in order
    QString problem;                  // empty when the chain is intact (and matches its anchor)
    qint64 badLine = 0;               // the line of the first bad record, when one is to blame
    qint64 badSeq = 0;                // its sequence number, when it could be read
    bool intact() const { return problem.isEmpty(); }
};

// Append-only JSON Lines, one record per event, each chained to the one before by SHA-256. Every append
// is fsynced before it returns; if it cannot be, the caller must not act.
//
// The chain is anchored outside the log: after each append, a small file in the state folder records the
// log's first hash, its record count and its last hash, so that records removed from the end, or a log
// re-hashed from an edited record on, no longer match. Where a key store is set and holds (or can keep) a
// key, the anchor and every record are also signed with HMAC-SHA256 under that key, so that a re-hashed
// record is named. An append refuses to write to a log that does not match its anchor.
class AuditLog final
{
public:
    // anchorPath: empty for the default, anchorPathFor(path).
    explicit AuditLog(QString path, QString anchorPath = {});

    const QString &path() const { return m_path; }
    const QString &anchorPath() const { return m_anchorPath; }
    // Where the signing key is kept (not owned; nullptr: records and anchor are not signed).
    void setKeyStore(SecretStore *store);
    // Whether the anchor is signed: then its key must be read to check it or to append, whatever the
    // servers' tokens are kept in now.
    bool anchorIsSigned() const;
    // The key store is set (the keychain asked) where some server's token comes from the keychain, or the
    // anchor is signed. Where every token comes from the environment and the log was never signed, the
    // keychain is not asked: on a desktop without a keyring, asking opens a "new keyring" prompt, and a key
    // made by a mere check would make the unsigned anchor look stripped of its signature the next time.
    void useKeyStoreWhereNeeded(bool tokensInKeychain, SecretStore *store);
    // paths::stateDir()/audit-anchors/<16 hex digits of the log's absolute path>.json
    static QString anchorPathFor(const QString &logPath);
    static QString keyEntry(); // the key store entry of the signing key
    // Appends and fsyncs; returns the record as written (with seq, time, prev, hash).
    Result<AuditRecord> append(AuditRecord record) const;
    // Walks the chain. Returns the number of records, or where and how it breaks.
    Result<qint64> verify() const;
    Result<std::vector<AuditRecord>> readAll() const;
    // Walks the chain and reports, without stopping at the first problem's caller: the readable records
    // before it and what is wrong (for the Audit window).
    AuditCheck check() const;

    // The intents that no outcome or verification completes: decisions whose outcome is unknown.
    static std::vector<AuditRecord> danglingIntents(const std::vector<AuditRecord> &records);

    // paths::auditLog(), e.g. ~/.local/share/greenlight/audit.jsonl.
    static QString defaultPath();
    static QString localUserName();

private:
    // The signing key (empty: none); created in the key store when it holds none.
    QByteArray key() const;

    QString m_path;
    QString m_anchorPath;
    SecretStore *m_keyStore = nullptr;
    mutable bool m_keyLooked = false;
    mutable bool m_keyLooking = false;
    mutable bool m_keyCreated = false; // this process made the key: earlier anchors were unsigned
    mutable QByteArray m_key;
    mutable QString m_keyProblem;
};

} // namespace gl
