#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

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
    // How often a GET may be retried after 429/503 with a Retry-After the client is willing to wait.
    int rateLimitRetries = 2;
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
    // False only when the request certainly never left this machine; otherwise a failed POST
    // may have been carried out by the server.
    bool mayHaveReachedServer = false;

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // Seconds from Retry-After (delta seconds or HTTP date), if present.
    std::optional<int> retryAfterSeconds() const;
};

// The one network entry point: user agent and Accept on every request, inactivity time-outs, a cap on
// body size, TLS errors reported (never ignored), plain http:// only to loopback, and redirects
// followed by hand so that credentials never travel to another origin.
class HttpClient final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);

    using Callback = std::function<void(const HttpResponse &)>;
    // Calls done exactly once, unless context is destroyed first.
    void send(HttpRequest request, QObject *context, Callback done);

    void setInactivityTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds inactivityTimeout() const { return m_timeout; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxRetryAfter(std::chrono::seconds wait) { m_maxRetryAfter = wait; }
    std::chrono::seconds maxRetryAfter() const { return m_maxRetryAfter; }

    static QByteArray userAgent();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    std::chrono::milliseconds m_timeout{30000};
    qint64 m_maxBodyBytes = 16 * 1024 * 1024;
    std::chrono::seconds m_maxRetryAfter{60};
};

// A sentence for a failed response: "HTTP 404: Not found" or the network failure.
QString describeFailure(const HttpResponse &response, const QString &serverMessage = {});

} // namespace gl
