// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "net/httpclient.h"

#include "clock.h"
#include "net/loopback.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcNet, "greenlight.net", QtWarningMsg)

namespace gl {
namespace {

constexpr int kMaxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString originKey(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':' +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// Errors a pin does not lift: a pin trusts one certificate, it does not extend its life.
bool pinCanLift(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateRevoked:
    case QSslError::CertificateBlacklisted:
        return false;
    default:
        return true;
    }
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const auto attributes = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values =
            issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values) {
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
        }
    }
    return parts.join(QStringLiteral(", "));
}

// A request body that can be read once and never rewound. Qt's HTTP stack silently re-sends a request
// whose connection closes before the answer arrives; it cannot do so when the body cannot be rewound,
// and reports the failure instead. A POST (an approval) must never be sent twice.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

// One request from first byte to final answer, across redirects and Retry-After waits.
class HttpJob final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
public:
    HttpJob(HttpClient *client, HttpRequest request, QObject *context, HttpClient::Callback done)
        : QObject(client), m_client(client), m_request(std::move(request)), m_context(context),
          m_hasContext(context != nullptr), m_done(std::move(done))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpJob::onTimeout);
        m_deadlineTimer.setSingleShot(true);
        connect(&m_deadlineTimer, &QTimer::timeout, this, &HttpJob::onDeadline);
        connect(&m_retryTimer, &gl::Timer::timeout, this, [this] { start(); });
        if (context) {
            connect(context, &QObject::destroyed, this, [this] { abandon(); });
        }
    }

    void start()
    {
        m_response = HttpResponse{};
        m_response.rateLimitWaits = m_waits;
        m_response.url = m_request.url;
        m_sslErrors.clear();
        m_peerCertificate = QSslCertificate();
        if (!isAllowedScheme(m_request.url)) {
            finishWith(HttpResponse::Failure::Refused,
                       tr("refused to contact %1: plain http:// is allowed only to loopback addresses")
                           .arg(m_request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
            return;
        }
        QNetworkRequest req(m_request.url);
        for (const auto &[name, value] : std::as_const(m_request.headers)) {
            req.setRawHeader(name, value);
        }
        for (const auto &[name, value] : std::as_const(m_request.credentials)) {
            req.setRawHeader(name, value);
        }
        if (!m_request.contentType.isEmpty()) {
            req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        }
        if (m_request.ssl) {
            req.setSslConfiguration(*m_request.ssl);
        }
        qCDebug(lcNet) << m_request.method << m_request.url.toDisplayString(QUrl::RemoveUserInfo);
        if (m_request.method == "GET" || m_request.method == "HEAD") {
            m_reply = m_client->leastBusyLane()->sendCustomRequest(req, m_request.method);
        } else {
            if (m_request.body.isEmpty()) {
                qCWarning(lcNet) << "a" << m_request.method
                                 << "without a body can be re-sent by the network stack";
            }
            req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
            req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            m_reply = m_client->leastBusyLane()->sendCustomRequest(req, m_request.method,
                                                                   new OneShotBody(m_request.body, this));
        }
        m_response.mayHaveReachedServer = true;
        connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpJob::onProgress);
        connect(m_reply, &QNetworkReply::uploadProgress, this,
                [this] { m_timer.start(m_client->inactivityTimeout()); });
        connect(m_reply, &QNetworkReply::sslErrors, this, &HttpJob::onSslErrors);
        connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
        m_timer.start(m_client->inactivityTimeout());
        m_deadlineTimer.start(m_client->deadline());
    }

private:
    // Called while the handshake waits: errors not ignored here end the request.
    void onSslErrors(const QList<QSslError> &errors)
    {
        const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
        m_peerCertificate = chain.isEmpty() ? m_reply->sslConfiguration().peerCertificate() : chain.first();
        const QString fingerprint = certificateFingerprint(m_peerCertificate);
        const bool pinned =
            !fingerprint.isEmpty() && m_request.pinnedSha256.contains(fingerprint, Qt::CaseInsensitive);
        if (pinned && std::all_of(errors.begin(), errors.end(), pinCanLift)) {
            // Exactly these errors, which name this certificate: another certificate presented later on
            // this connection's channel raises them again.
            m_reply->ignoreSslErrors(errors);
            qCInfo(lcNet) << "accepting the certificate pinned for" << m_request.url.host() << fingerprint
                          << "despite:" << errors;
            return;
        }
        for (const auto &e : errors) {
            m_sslErrors.append(e.errorString());
        }
        if (pinned) {
            m_sslErrors.append(tr("the certificate is pinned, but a pin does not accept an expired, not yet "
                                  "valid or revoked certificate"));
        }
    }

    void onProgress(qint64 received, qint64 total)
    {
        m_timer.start(m_client->inactivityTimeout());
        const qint64 cap = bodyCap();
        if (received > cap || total > cap) {
            m_pendingFailure = HttpResponse::Failure::TooLarge;
            m_pendingError = tooLarge();
            m_reply->abort();
        }
    }

    // The request's own cap where it is the lower.
    qint64 bodyCap() const
    {
        const qint64 client = m_client->maxBodyBytes();
        return m_request.maxBodyBytes > 0 ? std::min(client, m_request.maxBodyBytes) : client;
    }

    QString tooLarge() const
    {
        const qint64 cap = bodyCap();
        const QString limit = QLocale().formattedDataSize(cap, 1, QLocale::DataSizeIecFormat); // "1.5 MiB"
        return tr("the answer from %1 is larger than %2; stopped reading").arg(m_request.url.host(), limit);
    }

    void onTimeout()
    {
        if (!m_reply) {
            return;
        }
        m_pendingFailure = HttpResponse::Failure::Timeout;
        // "for 0 s" said nothing about a guard shorter than a second.
        const qint64 ms = m_client->inactivityTimeout().count();
        const QString wait = ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg((ms + 500) / 1000);
        m_pendingError = tr("%1 did not answer for %2").arg(m_request.url.host(), wait);
        m_reply->abort();
    }

    void onDeadline()
    {
        if (!m_reply) {
            return;
        }
        m_pendingFailure = HttpResponse::Failure::Timeout;
        const qint64 ms = m_client->deadline().count();
        const QString limit = ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg((ms + 500) / 1000);
        m_pendingError =
            tr("%1 did not finish its answer within %2; stopped reading").arg(m_request.url.host(), limit);
        m_reply->abort();
    }

    void onFinished()
    {
        m_timer.stop();
        m_deadlineTimer.stop();
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        if (m_pendingFailure != HttpResponse::Failure::None) {
            finishWith(m_pendingFailure, m_pendingError);
            return;
        }
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid()) {
            if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
                QString text =
                    tr("TLS error with %1: %2")
                        .arg(m_request.url.host(),
                             m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; "));
                if (!m_peerCertificate.isNull()) {
                    text += u'\n' + tr("The server's certificate:") + u'\n' +
                            describeCertificate(m_peerCertificate);
                }
                m_response.peerCertificate = m_peerCertificate;
                finishWith(HttpResponse::Failure::Tls, text);
                return;
            }
            if (reply->error() == QNetworkReply::ConnectionRefusedError ||
                reply->error() == QNetworkReply::HostNotFoundError ||
                reply->error() == QNetworkReply::ProxyConnectionRefusedError ||
                reply->error() == QNetworkReply::ProxyNotFoundError) {
                m_response.mayHaveReachedServer = false;
            }
            finishWith(HttpResponse::Failure::Network,
                       tr("cannot reach %1: %2").arg(m_request.url.host(), reply->errorString()));
            return;
        }
        m_response.status = statusAttr.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            m_response.headers.insert(name.toLower(), value);
        }
        const QByteArray body = reply->readAll();
        if (body.size() > bodyCap()) {
            finishWith(HttpResponse::Failure::TooLarge, tooLarge());
            return;
        }
        m_response.body = body;

        if (m_response.status >= 300 && m_response.status < 400 && m_response.status != 304) {
            followRedirect();
            return;
        }
        if ((m_response.status == 429 || m_response.status == 503) && m_request.method == "GET" &&
            m_waits < m_request.rateLimitRetries) {
            const auto wait = m_response.retryAfterSeconds();
            if (wait && *wait <= m_client->maxRetryAfter().count()) {
                ++m_waits;
                if (m_request.onRateLimited) {
                    m_request.onRateLimited(std::max(0, *wait));
                }
                qCDebug(lcNet) << "waiting" << *wait << "s (Retry-After) before retrying"
                               << m_request.url.path();
                // On gl::Clock: waiting for the server is policy, not a socket guard, and tests move it.
                m_retryTimer.setSingleShot(true);
                m_retryTimer.start(std::chrono::seconds(std::max(0, *wait)));
                return;
            }
        }
        deliver();
    }

    void followRedirect()
    {
        const QByteArray location = m_response.header("location");
        if (location.isEmpty()) {
            deliver();
            return;
        }
        const QUrl target = m_request.url.resolved(QUrl::fromEncoded(location));
        if (m_request.method != "GET") {
            finishWith(HttpResponse::Failure::Redirect,
                       tr("%1 redirected a %2 request to %3; not followed, so nothing was re-sent")
                           .arg(m_request.url.host(), QString::fromLatin1(m_request.method),
                                target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
            return;
        }
        if (++m_redirects > kMaxRedirects) {
            finishWith(HttpResponse::Failure::Redirect,
                       tr("%1 redirected more than %2 times").arg(m_request.url.host()).arg(kMaxRedirects));
            return;
        }
        const bool downgrade =
            m_request.url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
        if (!target.isValid() || downgrade || !isAllowedScheme(target)) {
            finishWith(HttpResponse::Failure::Redirect,
                       tr("%1 redirected to %2, which is not an allowed address (https only, http only to "
                          "loopback)")
                           .arg(m_request.url.host(),
                                target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
            return;
        }
        if (!sameOrigin(m_request.url, target)) {
            qCDebug(lcNet) << "redirect leaves" << m_request.url.host() << "; credentials and pins dropped";
            m_request.credentials.clear();
            m_request.pinnedSha256.clear();
        }
        m_request.url = target;
        start();
    }

    void finishWith(HttpResponse::Failure failure, const QString &error)
    {
        m_response.failure = failure;
        m_response.errorString = error;
        qCDebug(lcNet) << "failed:" << error;
        deliver();
    }

    void deliver()
    {
        m_response.rateLimitWaits = m_waits;
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done && (!m_hasContext || m_context)) {
            done(m_response);
        }
        deleteLater();
    }

    void abandon()
    {
        m_done = nullptr;
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        deleteLater();
    }

    HttpClient *m_client;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    HttpClient::Callback m_done;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timer;
    QTimer m_deadlineTimer; // the whole attempt, not reset by progress
    gl::Timer m_retryTimer;
    HttpResponse m_response;
    HttpResponse::Failure m_pendingFailure = HttpResponse::Failure::None;
    QString m_pendingError;
    QStringList m_sslErrors;
    QSslCertificate m_peerCertificate;
    int m_redirects = 0;
    int m_waits = 0;
};

// Picks the proxy by the request's origin; the system configuration for origins nobody registered.
class HttpClient::ProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QUrl url = query.url();
        // Plain http:// goes only to loopback, and a proxy would see its token in the clear.
        if (url.scheme() != QLatin1String("https")) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        bool systemForLoopback = false;
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_byOrigin.constFind(originKey(url));
            if (it != m_byOrigin.cend() && it->has_value()) {
                return {**it};
            }
            systemForLoopback = m_systemForLoopback;
        }
        // What Qt's application-wide default does (QGlobalNetworkProxy::proxyForQuery): loopback straight.
        if (!systemForLoopback && isLoopbackHost(url.host())) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        // libproxy, which Debian's Qt uses, matches no_proxy only in part (no bare parent domains, no "*",
        // case-sensitively): the environment's no_proxy is matched here as curl does.
        QString noProxy = qEnvironmentVariable("no_proxy");
        if (noProxy.isEmpty()) {
            noProxy = qEnvironmentVariable("NO_PROXY");
        }
        if (noProxyMatches(noProxy, url)) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
        if (proxies.isEmpty()) {
            proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
        }
        return proxies;
    }

    void set(const QUrl &origin, const std::optional<QNetworkProxy> &proxy)
    {
        QMutexLocker lock(&m_mutex);
        m_byOrigin.insert(originKey(origin), proxy);
    }

    void setSystemForLoopback(bool on)
    {
        QMutexLocker lock(&m_mutex);
        m_systemForLoopback = on;
    }

private:
    QMutex m_mutex;
    QHash<QString, std::optional<QNetworkProxy>> m_byOrigin;
    bool m_systemForLoopback = false;
};

std::optional<int> HttpResponse::retryAfterSeconds() const
{
    const QByteArray value = header("retry-after").trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok) {
        return std::max(0, seconds);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid()) {
        return static_cast<int>(std::max<qint64>(0, gl::Clock::utcNow().secsTo(when)));
    }
    return std::nullopt;
}

// Asks the client's own factory, so that every lane picks the same proxies.
class HttpClient::ForwardingProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ForwardingProxyFactory(ProxyFactory *target) : m_target(target) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return m_target->queryProxy(query);
    }

private:
    ProxyFactory *m_target;
};

// One more pool of connections, configured as the client is.
class HttpClient::Lane final : public QNetworkAccessManager
{
public:
    Lane(HttpClient *client, int index) : QNetworkAccessManager(client), m_client(client), m_index(index)
    {
        setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        setAutoDeleteReplies(false);
        setProxyFactory(new ForwardingProxyFactory(client->m_proxies)); // takes ownership
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, decorated(request), data);
        m_client->started(m_index, reply);
        return reply;
    }

private:
    HttpClient *m_client;
    int m_index;
};

HttpClient::HttpClient(QObject *parent) : QNetworkAccessManager(parent)
{
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setAutoDeleteReplies(false);
    m_proxies = new ProxyFactory;
    setProxyFactory(m_proxies); // takes ownership
    for (int i = 1; i < kLanes; ++i) {
        m_extraLanes.push_back(new Lane(this, i));
    }
}

HttpClient::~HttpClient()
{
    // The requests still on their way first (their replies belong to the lanes), then the lanes, whose
    // proxy factories ask this manager's.
    // HttpJob has no meta-object of its own, so findChildren cannot tell it from the lanes.
    const QObjectList kids = children();
    for (QObject *child : kids) {
        delete dynamic_cast<HttpJob *>(child);
    }
    qDeleteAll(m_extraLanes);
}

void HttpClient::dropConnections()
{
    clearConnectionCache();
    for (Lane *lane : std::as_const(m_extraLanes)) {
        lane->clearConnectionCache();
    }
}

QNetworkAccessManager *HttpClient::leastBusyLane()
{
    const auto least = std::min_element(m_inFlight.begin(), m_inFlight.end());
    const auto index = std::distance(m_inFlight.begin(), least);
    if (index == 0) {
        return this;
    }
    return m_extraLanes[static_cast<std::size_t>(index - 1)];
}

QNetworkRequest HttpClient::decorated(const QNetworkRequest &request)
{
    QNetworkRequest req(request);
    req.setRawHeader("User-Agent", userAgent());
    if (!req.hasRawHeader("Accept")) {
        req.setRawHeader("Accept", "application/json");
    }
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

void HttpClient::started(int lane, QNetworkReply *reply)
{
    ++m_inFlight[static_cast<std::size_t>(lane)];
    connect(reply, &QNetworkReply::finished, this,
            [this, lane] { m_inFlight[static_cast<std::size_t>(lane)] -= 1; });
    Q_EMIT requestStarted(reply);
}

void HttpClient::setProxyForOrigin(const QUrl &origin, const std::optional<QNetworkProxy> &proxy)
{
    m_proxies->set(origin, proxy);
}

void HttpClient::setSystemProxyForLoopback(bool on)
{
    m_proxies->setSystemForLoopback(on);
}

QList<QNetworkProxy> HttpClient::proxiesFor(const QUrl &url) const
{
    return m_proxies->queryProxy(QNetworkProxyQuery(url));
}

QByteArray HttpClient::userAgent()
{
    return "Greenlight/" + QCoreApplication::applicationVersion().toLatin1();
}

void HttpClient::send(HttpRequest request, QObject *context, Callback done)
{
    auto *job = new HttpJob(this, std::move(request), context, std::move(done));
    job->start();
}

QNetworkReply *HttpClient::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, decorated(request), data);
    started(0, reply);
    return reply;
}

QString describeFailure(const HttpResponse &response, const QString &serverMessage)
{
    if (response.failure != HttpResponse::Failure::None) {
        return response.errorString;
    }
    QString text = QCoreApplication::translate("HttpClient", "HTTP %1").arg(response.status);
    if (!serverMessage.isEmpty()) {
        text += QStringLiteral(": ") + serverMessage;
    }
    return text;
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    const auto when = [](const QDateTime &t) {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    };
    return QCoreApplication::translate("HttpClient", "Subject: %1\nIssuer: %2\nSHA-256 fingerprint: %3\n"
                                                     "Valid from: %4\nValid until: %5")
        .arg(distinguishedName(certificate, false), distinguishedName(certificate, true),
             certificateFingerprint(certificate), when(certificate.effectiveDate()),
             when(certificate.expiryDate()));
}

bool noProxyMatches(const QString &noProxy, const QUrl &url)
{
    QString host = url.host().toLower();
    while (host.endsWith(u'.')) {
        host.chop(1);
    }
    if (host.isEmpty()) {
        return false;
    }
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const QHostAddress address(host);
    const auto entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty()) {
            continue;
        }
        if (entry == QLatin1String("*")) {
            return true;
        }
        // An optional port: "[::1]:8080", "host:8080"; a bare IPv6 address has several colons.
        int entryPort = -1;
        if (entry.startsWith(u'[')) {
            const qsizetype close = entry.indexOf(u']');
            if (close < 0) {
                continue;
            }
            const QString rest = entry.mid(close + 1);
            entry = entry.mid(1, close - 1);
            if (rest.startsWith(u':')) {
                entryPort = rest.mid(1).toInt();
            }
        } else if (entry.count(u':') == 1) {
            const qsizetype colon = entry.indexOf(u':');
            entryPort = entry.mid(colon + 1).toInt();
            entry = entry.left(colon);
        }
        if (entryPort > 0 && entryPort != port) {
            continue;
        }
        if (!address.isNull()) {
            if (entry.contains(u'/')) {
                const auto subnet = QHostAddress::parseSubnet(entry);
                if (!subnet.first.isNull() && address.isInSubnet(subnet)) {
                    return true;
                }
                continue;
            }
            if (QHostAddress(entry) == address) {
                return true;
            }
            continue;
        }
        if (entry.startsWith(QLatin1String("*."))) {
            entry = entry.mid(2);
        } else if (entry.startsWith(u'.')) {
            entry = entry.mid(1);
        }
        while (entry.endsWith(u'.')) {
            entry.chop(1);
        }
        if (!entry.isEmpty() && (host == entry || host.endsWith(u'.' + entry))) {
            return true;
        }
    }
    return false;
}

} // namespace gl
