// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"
#include "result.h"

#include <QNetworkProxy>
#include <QObject>
#include <QSslConfiguration>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace gl {

struct ServerConfig;
struct ProxySetting;
struct HttpRequest;
class HttpClient;
class CredentialStore;

struct PollResult
{
    Gates gates;                          // what was read; each gate's scope names its configured project
    QString error;                        // empty when every project was read
    QStringList unreadProjects;           // configured projects not read (all of them when nothing was)
    std::optional<int> retryAfterSeconds; // the server asked us to wait
    int requests = 0;                     // HTTP requests this poll made
    bool ok() const { return error.isEmpty(); }
};

struct DecisionOutcome
{
    enum class Kind
    {
        Done,    // the server accepted it
        Refused, // the server answered and refused (4xx)
        Failed,  // certainly not carried out (nothing reached the server, or a 429)
        Unknown, // may or may not have been carried out: verify before anything else
    };
    Kind kind = Kind::Failed;
    int httpStatus = 0;
    QString serverMessage; // verbatim from the server, if any
    QString description;   // a sentence for the user
    // A decision made of several requests (GitLab approve-and-run): each request's answer, in order, so
    // that the audit log records what the server did at each step.
    struct Step
    {
        QString name; // "approve", "run"
        Kind kind = Kind::Failed;
        int httpStatus = 0;
        QString serverMessage;
    };
    std::vector<Step> steps;
};

QString outcomeKey(DecisionOutcome::Kind kind);

// What a decision carries besides approve or reject: the options the person chose in the confirmation.
struct DecisionOptions
{
    QString note; // trimmed; sent where the vendor takes a comment, always kept in the audit log
    QString
        representedAs; // approve as this one of the gate's approveAs choices (empty: the server's default)
    // Values for the gate's parameters (Jenkins input parameters), by name; a parameter left out takes its
    // default.
    QList<QPair<QString, QString>> parameters;
};

struct HttpResponse;
// What the answer to a decision's POST means: done (2xx), certainly not carried out (nothing reached the
// server, or 429), unknown (the connection failed after sending, or 5xx: verify before anything else),
// or refused (another 4xx).
DecisionOutcome::Kind classifyDecisionResponse(const HttpResponse &response);

// The server's base URL with its API prefix ("/api/v2", "/api/v4") added unless already there, then
// path and query. Query values are percent-encoded.
QUrl apiUrlFor(const QUrl &server, const QString &apiPrefix, const QString &path,
               const QList<QPair<QString, QString>> &query = {});

// One CI server. Implementations keep their own state between polls (what cannot change is not
// fetched again) and never touch the UI.
class Provider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString serverName() const = 0;
    virtual QStringList projects() const = 0; // as configured
    virtual void poll(std::function<void(const PollResult &)> done) = 0;
    // Reads one gate's current state from the server (not from the last poll).
    virtual void fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done) = 0;
    // Whether the gate, as just fetched, can still be decided; if not, the reason.
    virtual std::optional<QString> refusal(const Gate &gate, Decision decision) const = 0;
    virtual void decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                        std::function<void(const DecisionOutcome &)> done) = 0;
    // What approving or rejecting this gate does at the vendor, in one sentence.
    virtual QString consequence(const Gate &gate, Decision decision) const = 0;
    // Who the token belongs to at the server ("login"), for the audit log; empty when unknown.
    virtual void fetchCurrentUser(std::function<void(const QString &)> done) = 0;
    // Whether the note reaches the server or stays in the local audit log.
    virtual bool noteGoesToServer() const = 0;
    // The longest note the server takes (0: no limit). Longer notes are refused, never cut.
    virtual int noteLimit() const { return 0; }
    // Whether the vendor requires a comment to approve too (GitHub); a rejection always needs a note.
    virtual bool noteRequired() const { return false; }
    // What the provider remembers between polls that a restart may start from (PollCache keeps it beside
    // the gates): what cannot change again, so that the first poll after a restart costs what a steady poll
    // costs. Null when it remembers nothing. restoreMemory() takes what memory() gave, before the first
    // poll, for the projects still configured; it ignores what it cannot read (a cache, never the truth).
    virtual nlohmann::json memory() const { return nullptr; }
    virtual void restoreMemory(const nlohmann::json &memory) { Q_UNUSED(memory) }
};

// The server's TLS trust on one of its requests: ssl (system CAs plus its ca_file, from createProvider) and
// its pinned certificates. Every provider request goes through this.
void applyServerTls(HttpRequest &request, const ServerConfig &server,
                    const std::optional<QSslConfiguration> &ssl);

// The proxy for a server's "proxy" setting, for HttpClient::setProxyForOrigin: std::nullopt for the system
// configuration, NoProxy for "none", else an HTTP proxy (with the user and password, if any were supplied).
std::optional<QNetworkProxy> networkProxyFor(const ProxySetting &proxy);

// Sets up the provider for server, and registers the server's proxy with http.
Result<std::unique_ptr<Provider>> createProvider(const ServerConfig &server, HttpClient *http,
                                                 const CredentialStore &credentials,
                                                 QObject *parent = nullptr);

} // namespace gl
