// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <array>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace gl {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    HeaderList headers;
    // Secret headers (Authorization, tokens): dropped when a redirect leaves the origin, never logged.
    HeaderList credentials;
    std::optional<QSslConfiguration> ssl;
    // SHA-256 fingerprints ("AB:CD:…", see certificateFingerprint) of certificates trusted for this
    // request's origin although their chain or name does not verify. Only the peer (leaf) certificate is
    // compared; an expired or not yet valid certificate is refused all the same. Dropped when a redirect
    // leaves the origin.
    QStringList pinnedSha256;
    // How often a GET may be retried after 429/503 with a Retry-After the client is willing to wait.
    int rateLimitRetries = 2;
    // The largest answer this endpoint may send, in bytes: 0 for the client's cap (maxBodyBytes), else the
    // lower of the two. A caller that knows what the endpoint sends keeps a hostile server from making it
    // hold and parse far more.
    qint64 maxBodyBytes = 0;
    // Called when the server answers 429 or 503 and the client waits out its Retry-After (the seconds given)
    // before asking again, so that the caller can slow down at once rather than when the answer finally
    // comes.
    std::function<void(int seconds)> onRateLimited;
};

struct HttpResponse
{
    enum class Failure
    {
        None,
        Refused,
        Network,
        Timeout,
        TooLarge,
        Tls,
        Redirect
    };

    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString errorString;                   // translated, for failures without an HTTP status
    QUrl url;                              // the address that answered (after redirects)
    int rateLimitWaits = 0;                // Retry-After waits obeyed before this answer
    // Failure::Tls: the certificate the server presented (null if it presented none), so that the user
    // can be shown it and offered to trust it (a pin).
    QSslCertificate peerCertificate = QSslCertificate();
    // False only when the request certainly never left this machine; otherwise a failed POST
    // may have been carried out by the server.
    bool mayHaveReachedServer = false;

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // Seconds from Retry-After (delta seconds or HTTP date), if present.
    std::optional<int> retryAfterSeconds() const;
};

// The one network entry point: user agent and Accept on every request, inactivity time-outs, a cap on
// body size, TLS errors reported (never ignored, except those of a certificate the request pins), plain
// http:// only to loopback, redirects followed by hand so that credentials never travel to another
// origin, and a proxy chosen per origin. See docs/NETWORK.md.
//
// Qt opens at most six HTTP/1.1 connections per host and access manager, so the client keeps kLanes managers
// (this one and kLanes - 1 more) and sends each request through the one with the fewest requests on their
// way: up to 6 × kLanes requests in flight to one server, over connections kept alive between polls. How
// many a poll actually keeps in flight is the provider's choice (ProviderPoll::inFlightLimit).
class HttpClient final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    static constexpr int kLanes = 6;
    static constexpr int kConnectionsPerLane = 6;
    // Closes every kept-alive connection of every lane: the next requests start on new ones.
    void dropConnections();

    using Callback = std::function<void(const HttpResponse &)>;
    // Calls done exactly once, unless context is destroyed first.
    void send(HttpRequest request, QObject *context, Callback done);

    void setInactivityTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds inactivityTimeout() const { return m_timeout; }
    // The longest one attempt (request to last byte of the answer) may take, however steadily the server
    // trickles bytes; Retry-After waits are not counted.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxRetryAfter(std::chrono::seconds wait) { m_maxRetryAfter = wait; }
    std::chrono::seconds maxRetryAfter() const { return m_maxRetryAfter; }

    // The proxy for requests to origin (the scheme, host and port of the URL): std::nullopt for the system
    // configuration (the default), QNetworkProxy::NoProxy for none, or an HTTP proxy. Plain http://
    // (loopback only) never goes through a proxy.
    void setProxyForOrigin(const QUrl &origin, const std::optional<QNetworkProxy> &proxy);
    // The system configuration sends loopback addresses straight, as Qt's own does, unless this is on.
    // Tests turn it on to send requests for a simulator on 127.0.0.1 through a proxy named in http_proxy.
    void setSystemProxyForLoopback(bool on);
    // The proxies a request to url would try, in order (for tests and diagnostics).
    QList<QNetworkProxy> proxiesFor(const QUrl &url) const;

    static QByteArray userAgent();

Q_SIGNALS:
    // Every request as it leaves for the network (each attempt and each redirect followed), before any of
    // its answer: for diagnostics, and for tests that check when requests are sent, on the clock's time.
    void requestStarted(QNetworkReply *reply);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    class ProxyFactory;
    class ForwardingProxyFactory;
    class Lane;
    friend class HttpJob;
    // The manager the next request goes through: the one with the fewest requests on their way.
    QNetworkAccessManager *leastBusyLane();
    // Every request's headers and attributes (user agent, Accept, manual redirects, HTTP/1.1), and its count
    // on the lane until it finishes.
    static QNetworkRequest decorated(const QNetworkRequest &request);
    void started(int lane, QNetworkReply *reply);
    ProxyFactory *m_proxies = nullptr; // owned by QNetworkAccessManager
    std::vector<Lane *> m_extraLanes;  // lanes 1…kLanes-1; lane 0 is this manager
    std::array<int, kLanes> m_inFlight{};
    std::chrono::milliseconds m_timeout{30000};
    std::chrono::milliseconds m_deadline{120000};
    qint64 m_maxBodyBytes = 16 * 1024 * 1024;
    std::chrono::seconds m_maxRetryAfter{60};
};

// A sentence for a failed response: "HTTP 404: Not found" or the network failure.
QString describeFailure(const HttpResponse &response, const QString &serverMessage = {});

// The certificate's SHA-256 fingerprint as upper-case hex pairs separated by colons ("AB:CD:…"), the form
// "pinned_certificates" takes; empty for a null certificate.
QString certificateFingerprint(const QSslCertificate &certificate);
// Several translated lines for a person deciding whether to trust the certificate: subject, issuer,
// SHA-256 fingerprint, valid from, valid until. Empty for a null certificate.
QString describeCertificate(const QSslCertificate &certificate);
// Whether a no_proxy list (comma-separated: host names, ".domain" or "*.domain" suffixes, IP addresses,
// CIDR ranges, each optionally with ":port"; "*" for everything; case-insensitive) exempts url.
bool noProxyMatches(const QString &noProxy, const QUrl &url);

} // namespace gl
