// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;

// One vendor's part of the simulator: the endpoints under its path prefix, its scenario section, how it
// checks credentials and what it answers without them. The shared server (simulator.cpp) owns the socket,
// the faults, the request log and the control endpoints, and hands each request under a module's prefix
// to that module. A vendor is one module in its own file, registered in modules.cpp.
namespace glsim {

struct SimRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded, prefix included
    QString rawPath;   // percent-encoded, as sent
    QString query;     // percent-encoded, without '?'
    QByteArray body;
    const QHttpServerRequest *http = nullptr; // for any header (never null while routing)

    QByteArray header(const QByteArray &name) const;
    // The path after the module's prefix, split on '/', each part percent-decoded.
    QStringList parts(const QString &prefix) const;
    QString queryValue(const QString &key) const; // decoded; empty when absent
};

struct SimReply
{
    int status = 200;
    nlohmann::json body;                          // sent as JSON unless raw is set
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Link, ETag, Set-Cookie, …)
    std::optional<QByteArray> raw;                // a body that is not JSON (HTML error pages, empty 200s)
    QByteArray contentType = "application/json";  // for raw bodies
};

// Whether an If-None-Match header names etag (weak comparison, RFC 9110 §13.1.2; "*" matches any).
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);

// What a module may ask of the shared server.
struct SimContext
{
    std::function<QUrl()> baseUrl;  // "http://127.0.0.1:PORT" (https when TLS is on)
    std::function<int()> pageSize;  // the scenario's page_size
    std::function<QString()> token; // the scenario's "token": the one credential every vendor accepts
};

class SimModule
{
public:
    virtual ~SimModule() = default;

    // The scenario section it reads ("github") and the path prefix it serves ("/api/v3/").
    virtual QString key() const = 0;
    virtual QString prefix() const = 0;
    // Loads its section of the scenario (null when the scenario has none): an error, or empty.
    virtual QString load(const nlohmann::json &section) = 0;
    // Whether the request carries this vendor's credentials for the scenario's user.
    virtual bool authorized(const SimRequest &request) const = 0;
    // The vendor's answer to a request without (valid) credentials.
    virtual SimReply unauthorized(const SimRequest &request) const = 0;
    virtual SimReply route(const SimRequest &request) = 0;
    // The vendor's answer when a fault injects `status` (its own error body, as its API sends it).
    virtual SimReply faultReply(int status) const;
    // Demo mode: something new starts waiting (one call), and a tick of time passes.
    virtual void addHold() {}
    virtual void tick() {}
    // Forgets what it records of the requests it served (Simulator::clearRequests), so that a long run
    // keeps its memory flat.
    virtual void clearRecords() {}
    // The scenario section the demo starts from (demoscenario.cpp puts them together).
    virtual nlohmann::json demoSection() const { return nullptr; }

    void setContext(SimContext context) { m_context = std::move(context); }

protected:
    const SimContext &context() const { return m_context; }

private:
    SimContext m_context;
};

// Every module, in a fixed order (modules.cpp).
std::vector<std::unique_ptr<SimModule>> createModules();

} // namespace glsim
