// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "clock.h"
#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "providers/provider.h"

#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>

#include <deque>
#include <functional>
#include <optional>

namespace gl {

class HttpProvider;

// One poll of a server, as a vendor makes it. The base starts it, counts the requests made with it as
// their context, and hands its result on with the count and any wait the server asked for.
class ProviderPoll : public QObject
{
public:
    explicit ProviderPoll(HttpProvider *provider);
    virtual void start() = 0;

protected:
    // Ends the poll: the result goes to whoever asked, with requests and retryAfterSeconds filled in; this
    // object is deleted later.
    void finish(PollResult result);
    // A configured project that could not be read: named in the poll's error ("project P: what happened")
    // and reported unread, so the store keeps its gates, stale.
    void projectFailed(const QString &project, const QString &error);
    // Every project unread for one reason (the server refused who I am): one line, all projects unread.
    void everyProjectFailed(const QString &error);
    // Ends the poll with the gates read and the projects that failed.
    void finishWith(Gates gates);

    // Requests in flight at once: the vendor's maxInFlight (providers/registry.h) while the server keeps up;
    // once it has said it is rate limiting us, the rest of the poll keeps kInFlightWhenLimited.
    static constexpr int kInFlightWhenLimited = 2;
    int inFlightLimit() const;
    // Queues a task: one request, or one project's chain of requests made one after another, that ends with
    // taskDone(). pump() starts queued tasks, in order, while fewer than maxInFlight run; once none runs and
    // none waits, allTasksDone() is called. Nothing starts after the poll has ended. (The requests themselves
    // wait for inFlightLimit() in HttpProvider::send.)
    void enqueue(std::function<void()> task);
    void pump();
    void taskDone();
    virtual void allTasksDone() {}

private:
    friend class HttpProvider;
    // The poll ran past the server's poll_deadline_s: it ends now, every project unread (what the last
    // complete poll showed stays, stale), and its requests still on their way are abandoned.
    void stopAtDeadline(int seconds);
    QList<QPair<QString, QString>> m_errors; // the project (empty for the whole server), the sentence
    QStringList m_unread;
    HttpProvider *m_base;
    std::function<void(const PollResult &)> m_done;
    std::deque<std::function<void()>> m_queue;
    int m_running = 0;
    // The poll's requests on their way, and those held back until one returns (see HttpProvider::send).
    int m_sending = 0;
    std::deque<std::function<void()>> m_waiting;
    // The server asked to wait (Retry-After) and the client waits it out: no request of this poll is sent
    // before then. Started on the clock seam; at its end the held-back requests go.
    void pauseFor(int seconds);
    void releaseWaiting();
    bool paused() const;
    Timer *m_pause = nullptr;
    // The server refused a request with 429 and a wait the client does not take: every later request of the
    // poll gets that answer without being sent, so that its projects fail and stay, stale.
    std::optional<HttpResponse> m_refusal;
    bool m_pumping = false;
    int m_requests = 0;
    bool m_finished = false;
};

// What every vendor's provider shares: the server's settings and token, its credential header (from the
// registry), TLS trust, one poll in flight, request counts per poll (a decision sent meanwhile is not
// counted), the waits a server asks for (Retry-After, an exhausted request budget), and the sentences for
// a failed answer. A vendor's provider is then its endpoints and its parse functions.
class HttpProvider : public Provider
{
    Q_OBJECT
public:
    HttpProvider(QString vendor, ServerConfig server, QString token, HttpClient *http,
                 std::optional<QSslConfiguration> ssl, QObject *parent);

    QString serverName() const override { return m_server.name; }
    QStringList projects() const override { return m_server.projects; }
    void poll(std::function<void(const PollResult &)> done) final;

    const ServerConfig &config() const { return m_server; }
    QString vendorName() const; // "GitLab"

    // The largest answer an endpoint may send (HttpRequest::maxBodyBytes): who the token is or a CSRF crumb,
    // one object (a pipeline, deployment, run or build; a decision's answer), or one page of a listing.
    static constexpr qint64 kIdentityBodyBytes = 256 * 1024;
    static constexpr qint64 kObjectBodyBytes = 2 * 1024 * 1024;
    static constexpr qint64 kPageBodyBytes = 8 * 1024 * 1024;
    // Which of the three a request is: the vendor's identity and object paths (see setEndpointPaths) or,
    // for any other GET, a page.
    qint64 bodyLimit(const QByteArray &method, const QUrl &url) const;
    // Whether, since the running poll started, the server said it is rate limiting us (a 429, or a
    // Retry-After being waited out): a poll then keeps fewer requests in flight.
    bool rateLimited() const { return m_rateLimited; }
    // The 304s received since the provider was made.
    int notModifiedAnswers() const { return m_notModified; }
    // Requests a poll keeps in flight while the server keeps up: the vendor's maxInFlight.
    int maxInFlight() const { return m_maxInFlight; }

    // The limit of a page, kPageBodyBytes unless set (a benchmark's simulator serves 40,000 jobs on one
    // page; the client's own cap still applies).
    void setPageBodyBytes(qint64 bytes) { m_pageBodyBytes = bytes; }

protected:
    // A new poll, not yet started.
    virtual ProviderPoll *createPoll() = 0;

    // The vendor's endpoints whose answers are small, as patterns of the URL's path: who I am (and a
    // CSRF crumb), and one object. Every other GET is a page of a listing.
    void setEndpointPaths(const QString &identity, const QString &object);

    // Sends a request with the server's credentials and TLS trust. A POST is never re-sent (nor retried
    // after a 429). Requests whose context is the running poll count toward it, and wait while the poll's
    // limit of requests is in flight (ProviderPoll::inFlightLimit).
    void send(HttpRequest request, QObject *context, HttpClient::Callback done);
    // A GET, conditional when an earlier answer to the same URL carried a validator: If-None-Match for an
    // ETag, If-Modified-Since for a Last-Modified. A 304 is handed on as that earlier answer, so the server
    // sends nothing it sent before and every caller reads the same bytes either way. Only answers with a
    // validator are kept, each until a poll ends without having read it, and none after a poll that failed.
    void get(const QUrl &url, QObject *context, HttpClient::Callback done, const HeaderList &headers = {});
    // Drops the answer kept for url: one that could not be read must not come back as a 304.
    void forgetAnswer(const QUrl &url);
    void post(const QUrl &url, const QByteArray &body, QObject *context, HttpClient::Callback done,
              const QByteArray &contentType = "application/json", const HeaderList &headers = {});

    // The credential headers of every request; by default the registry's header for the token.
    virtual HeaderList credentials() const;
    // How long the server asks to wait before the next request, read from an answer: Retry-After on 429
    // and 503; by default also RateLimit-Remaining/X-RateLimit-Remaining of 0 with a Reset in seconds.
    virtual std::optional<int> waitAsked(const HttpResponse &response) const;
    // The vendor's own words in an error body (the registry's errorMessage).
    QString serverMessage(const QByteArray &body) const;
    // What to add to a failure's sentence: by default, for 401 which token to check, and for 429 the wait.
    virtual QString failureHint(const HttpResponse &response) const;
    QString tokenHint() const; // " (check the server's token)" or " (check the token in VAR)"

    // "/api/v4/projects/42 HTTP 404: 404 Project Not Found (check …)", or the network failure.
    QString failureText(const HttpResponse &response, const QUrl &url) const;
    // A decision's answer: done, refused, failed or unknown, with the server's words.
    DecisionOutcome outcomeOf(const HttpResponse &response, const QUrl &url) const;

    const QString &token() const { return m_token; }
    HttpClient *http() const { return m_http; }
    int pollsStarted() const { return m_polls; } // counts the running one

private:
    friend class ProviderPoll;
    void transmit(HttpRequest request, QObject *context, HttpClient::Callback done);
    struct KeptAnswer
    {
        HttpResponse response;
        int poll = 0; // the last poll that read it
    };
    // Drops what the poll that just ended did not read (runs or deployments no longer waiting): the kept
    // answers are one poll's.
    void pruneAnswers();
    QHash<QString, KeptAnswer> m_answers; // by URL
    int m_polls = 0;                      // polls started
    int m_notModified = 0;
    QString m_vendor;
    ServerConfig m_server;
    QString m_token;
    std::optional<QSslConfiguration> m_ssl;
    QPointer<HttpClient> m_http;
    QPointer<ProviderPoll> m_poll;
    std::optional<int> m_retryAfter; // asked for since the running poll started
    bool m_rateLimited = false;      // see rateLimited
    int m_maxInFlight = 6;
    qint64 m_pageBodyBytes = kPageBodyBytes;
    QRegularExpression m_identityPath;
    QRegularExpression m_objectPath;
};

} // namespace gl
