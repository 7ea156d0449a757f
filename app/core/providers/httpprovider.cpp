// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "providers/httpprovider.h"

#include "clock.h"
#include "providers/registry.h"
#include "text/safetext.h"

#include <QCoreApplication>

#include <algorithm>

namespace gl {

namespace {
struct ProviderText
{
    Q_DECLARE_TR_FUNCTIONS(HttpProvider)
};
} // namespace

ProviderPoll::ProviderPoll(HttpProvider *provider) : QObject(provider), m_base(provider) {}

void ProviderPoll::finish(PollResult result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_base->m_poll == this) {
        m_base->m_poll.clear();
        // After a poll that failed anywhere no kept answer is trusted: one of them may be what could not be
        // read (a body cut short or replaced on its way, under the server's ETag), and a 304 would hand it
        // back again and again. The next poll reads everything in full once.
        if (result.ok()) {
            m_base->pruneAnswers();
        } else {
            m_base->m_answers.clear();
        }
    }
    result.requests = m_requests;
    result.retryAfterSeconds = m_base->m_retryAfter;
    // What the server wrote is shown as text everywhere after this: no control or bidi-override character
    // reaches a window or a terminal.
    for (Gate &g : result.gates) {
        makeDisplaySafe(g);
    }
    result.error = displaySafe(result.error);
    auto done = std::move(m_done);
    deleteLater();
    if (done) {
        done(result);
    }
}

void ProviderPoll::projectFailed(const QString &project, const QString &error)
{
    m_errors.append({project, ProviderText::tr("project %1: %2").arg(project, error)});
    if (!m_unread.contains(project)) {
        m_unread.append(project);
    }
}

void ProviderPoll::everyProjectFailed(const QString &error)
{
    m_errors.append({QString(), error});
    m_unread = m_base->projects();
}

void ProviderPoll::stopAtDeadline(int seconds)
{
    m_errors = {
        {QString(), ProviderText::tr("the poll did not finish within %n s (poll_deadline_s) and was stopped; "
                                     "the server answers too slowly",
                                     nullptr, seconds)}};
    m_unread = m_base->projects();
    finishWith({});
}

void ProviderPoll::enqueue(std::function<void()> task)
{
    m_queue.push_back(std::move(task));
}

void ProviderPoll::pump()
{
    if (m_pumping) {
        return; // a task that ended at once: the loop below goes on, without growing the stack
    }
    m_pumping = true;
    while (!m_finished && !m_queue.empty() && m_running < m_base->maxInFlight()) {
        auto task = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_running;
        task();
    }
    m_pumping = false;
    if (!m_finished && m_running == 0 && m_queue.empty()) {
        allTasksDone();
    }
}

void ProviderPoll::taskDone()
{
    --m_running;
    pump();
}

void ProviderPoll::finishWith(Gates gates)
{
    // Projects are read side by side, so they fail in any order: the errors and the unread projects are
    // said in the configuration's order (an error of the whole server first).
    const QStringList configured = m_base->projects();
    const auto rank = [&configured](const QString &project) {
        return project.isEmpty() ? -1 : configured.indexOf(project);
    };
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [&rank](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
    std::stable_sort(m_unread.begin(), m_unread.end(),
                     [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
    QStringList errors;
    for (const auto &e : std::as_const(m_errors)) {
        errors.append(e.second);
    }
    PollResult result;
    result.gates = std::move(gates);
    result.error = errors.join(u'\n');
    result.unreadProjects = m_unread;
    finish(std::move(result));
}

HttpProvider::HttpProvider(QString vendor, ServerConfig server, QString token, HttpClient *http,
                           std::optional<QSslConfiguration> ssl, QObject *parent)
    : Provider(parent), m_vendor(std::move(vendor)), m_server(std::move(server)), m_token(std::move(token)),
      m_ssl(std::move(ssl)), m_http(http)
{
    if (const ProviderType *type = providerType(m_vendor)) {
        m_maxInFlight =
            std::clamp(type->maxInFlight, 1, HttpClient::kLanes * HttpClient::kConnectionsPerLane);
    }
}

QString HttpProvider::vendorName() const
{
    const ProviderType *type = providerType(m_vendor);
    return type ? type->displayName : m_vendor;
}

void HttpProvider::poll(std::function<void(const PollResult &)> done)
{
    if (m_poll) {
        PollResult busy;
        busy.error = ProviderText::tr("a poll of %1 is already running").arg(m_server.name);
        done(busy);
        return;
    }
    m_retryAfter.reset();
    m_rateLimited = false;
    ++m_polls;
    ProviderPoll *run = createPoll();
    run->m_done = std::move(done);
    m_poll = run;
    // However slowly the server answers (each attempt has its own deadline, but a poll makes many), a poll
    // ends: its timer goes with it.
    auto *deadline = new Timer(run);
    deadline->setSingleShot(true);
    const int seconds = m_server.pollDeadlineS;
    connect(deadline, &Timer::timeout, run, [run, seconds] { run->stopAtDeadline(seconds); });
    deadline->start(std::chrono::seconds(seconds));
    run->start();
}

void HttpProvider::setEndpointPaths(const QString &identity, const QString &object)
{
    m_identityPath.setPattern(identity);
    m_objectPath.setPattern(object);
}

qint64 HttpProvider::bodyLimit(const QByteArray &method, const QUrl &url) const
{
    const QString path = url.path(QUrl::FullyEncoded);
    if (!m_identityPath.pattern().isEmpty() && m_identityPath.match(path).hasMatch()) {
        return kIdentityBodyBytes;
    }
    if (method != "GET" || (!m_objectPath.pattern().isEmpty() && m_objectPath.match(path).hasMatch())) {
        return kObjectBodyBytes;
    }
    return m_pageBodyBytes;
}

HeaderList HttpProvider::credentials() const
{
    const ProviderType *type = providerType(m_vendor);
    if (!type || !type->credential) {
        return {};
    }
    return {type->credential(m_server, m_token)};
}

void ProviderPoll::pauseFor(int seconds)
{
    if (!m_pause) {
        m_pause = new Timer(this);
        m_pause->setSingleShot(true);
        connect(m_pause, &Timer::timeout, this, &ProviderPoll::releaseWaiting);
    }
    const QDateTime until = Clock::utcNow().addSecs(seconds);
    if (!m_pause->isActive() || m_pause->deadline() < until) {
        m_pause->start(std::chrono::seconds(seconds));
    }
}

bool ProviderPoll::paused() const
{
    return m_pause && m_pause->isActive();
}

void ProviderPoll::releaseWaiting()
{
    while (!m_waiting.empty() && !paused() && (m_refusal || m_sending < inFlightLimit())) {
        auto next = std::move(m_waiting.front());
        m_waiting.pop_front();
        next();
    }
}

int ProviderPoll::inFlightLimit() const
{
    return m_base->rateLimited() ? kInFlightWhenLimited : m_base->maxInFlight();
}

void HttpProvider::send(HttpRequest request, QObject *context, HttpClient::Callback done)
{
    // A poll's requests are held back while its limit is in flight, whichever project or step sends them: a
    // project's next request waits too once the server has said it rate limits us. A waiting request is
    // dropped with its poll (its deadline passed).
    ProviderPoll *poll = m_poll && context == m_poll ? m_poll.data() : nullptr;
    if (poll && poll->m_refusal && request.method == "GET") {
        done(*poll->m_refusal); // the server said to wait longer than a poll waits: nothing more is sent
        return;
    }
    if (poll && (poll->paused() || poll->m_sending >= poll->inFlightLimit())) {
        poll->m_waiting.push_back(
            [this, request = std::move(request), context, done = std::move(done)]() mutable {
                send(std::move(request), context, std::move(done));
            });
        return;
    }
    if (poll) {
        ++poll->m_sending;
        done = [poll = QPointer<ProviderPoll>(poll), done = std::move(done)](const HttpResponse &response) {
            if (poll) {
                --poll->m_sending;
                if (response.status == 429 && !poll->m_refusal) {
                    poll->m_refusal = response;
                }
                poll->releaseWaiting();
            }
            done(response);
        };
    }
    transmit(std::move(request), context, std::move(done));
}

void HttpProvider::transmit(HttpRequest request, QObject *context, HttpClient::Callback done)
{
    if (!m_http) {
        HttpResponse gone;
        gone.failure = HttpResponse::Failure::Refused;
        gone.errorString = ProviderText::tr("the network client is gone");
        done(gone);
        return;
    }
    request.credentials += credentials();
    applyServerTls(request, m_server, m_ssl);
    if (request.maxBodyBytes == 0) {
        request.maxBodyBytes = bodyLimit(request.method, request.url);
    }
    if (m_poll && context == m_poll) {
        request.onRateLimited = [self = QPointer<HttpProvider>(this),
                                 poll = QPointer<ProviderPoll>(m_poll.data())](int seconds) {
            if (self) {
                self->m_rateLimited = true;
            }
            if (poll) {
                poll->pauseFor(seconds); // Retry-After holds every request of the poll, not just this one
            }
        };
    }
    if (request.method != "GET") {
        request.rateLimitRetries = 0; // a decision is never sent twice
        if (request.body.isEmpty()) {
            // A body that cannot be rewound keeps the network stack from re-sending the POST.
            request.body = "{}";
        }
    }
    if (m_poll && context == m_poll) {
        ++m_poll->m_requests;
    }
    m_http->send(std::move(request), context, [this, done = std::move(done)](const HttpResponse &response) {
        if (const auto wait = waitAsked(response)) {
            m_retryAfter = std::max(m_retryAfter.value_or(0), *wait);
        }
        if (response.status == 429) {
            m_rateLimited = true; // not waited out (a POST, or a wait longer than the client takes)
        }
        done(response);
    });
}

void HttpProvider::get(const QUrl &url, QObject *context, HttpClient::Callback done,
                       const HeaderList &headers)
{
    HttpRequest request;
    request.url = url;
    request.headers = headers;
    const QString key = url.toString(QUrl::FullyEncoded);
    std::optional<HttpResponse> earlier; // the answer a 304 stands for (it may be pruned meanwhile)
    if (const auto kept = m_answers.constFind(key); kept != m_answers.constEnd()) {
        earlier = kept->response;
        if (const QByteArray etag = earlier->header("etag"); !etag.isEmpty()) {
            request.headers.append({"If-None-Match", etag});
        } else {
            request.headers.append({"If-Modified-Since", earlier->header("last-modified")});
        }
    }
    send(std::move(request), context,
         [this, key, earlier = std::move(earlier), done = std::move(done)](const HttpResponse &r) {
             if (earlier && r.failure == HttpResponse::Failure::None && r.status == 304) {
                 ++m_notModified;
                 m_answers.insert(key, {*earlier, m_polls});
                 return done(*earlier);
             }
             if (r.ok() && (!r.header("etag").isEmpty() || !r.header("last-modified").isEmpty())) {
                 m_answers.insert(key, {r, m_polls});
             } else {
                 m_answers.remove(key);
             }
             done(r);
         });
}

void HttpProvider::forgetAnswer(const QUrl &url)
{
    m_answers.remove(url.toString(QUrl::FullyEncoded));
}

void HttpProvider::pruneAnswers()
{
    m_answers.removeIf([this](const auto &entry) { return entry.value().poll < m_polls; });
}

void HttpProvider::post(const QUrl &url, const QByteArray &body, QObject *context, HttpClient::Callback done,
                        const QByteArray &contentType, const HeaderList &headers)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.body = body;
    request.contentType = contentType;
    request.headers = headers;
    send(std::move(request), context, std::move(done));
}

std::optional<int> HttpProvider::waitAsked(const HttpResponse &response) const
{
    if (response.status == 429 || response.status == 503) {
        return response.retryAfterSeconds();
    }
    for (const char *prefix : {"ratelimit-", "x-ratelimit-"}) {
        bool ok = false;
        const int remaining = response.header(QByteArray(prefix) + "remaining").toInt(&ok);
        if (ok && remaining <= 0) {
            const int reset = response.header(QByteArray(prefix) + "reset").toInt(&ok);
            return ok ? std::clamp(reset, 1, 3600) : 60;
        }
    }
    return std::nullopt;
}

QString HttpProvider::serverMessage(const QByteArray &body) const
{
    const ProviderType *type = providerType(m_vendor);
    return type && type->errorMessage ? type->errorMessage(body) : QString();
}

QString HttpProvider::tokenHint() const
{
    return m_server.tokenEnv.isEmpty() ? ProviderText::tr(" (check the server's token)")
                                       : ProviderText::tr(" (check the token in %1)").arg(m_server.tokenEnv);
}

QString HttpProvider::failureHint(const HttpResponse &response) const
{
    if (response.status == 401) {
        return tokenHint();
    }
    if (response.status == 429) {
        const auto wait = response.retryAfterSeconds();
        return wait ? ProviderText::tr(" (rate limited; the server asks to wait %n s)", nullptr, *wait)
                    : ProviderText::tr(" (rate limited)");
    }
    return {};
}

QString HttpProvider::failureText(const HttpResponse &response, const QUrl &url) const
{
    if (response.failure == HttpResponse::Failure::TooLarge) {
        return url.path() + u' ' + response.errorString; // which endpoint's limit it passed
    }
    if (response.failure != HttpResponse::Failure::None) {
        return response.errorString;
    }
    return url.path() + u' ' + describeFailure(response, serverMessage(response.body)) +
           failureHint(response);
}

DecisionOutcome HttpProvider::outcomeOf(const HttpResponse &response, const QUrl &url) const
{
    DecisionOutcome outcome;
    outcome.httpStatus = response.status;
    outcome.kind = classifyDecisionResponse(response);
    if (!response.ok()) {
        outcome.serverMessage = serverMessage(response.body);
        outcome.description = failureText(response, url);
    }
    return outcome;
}

} // namespace gl
