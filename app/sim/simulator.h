// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "simmodule.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

// A CI server simulator written from the vendors' API documentation (CircleCI API v2), holding its
// scenario in memory and serving it over real HTTP on 127.0.0.1. It shares no code with the providers,
// so that a provider's misreading of the API is not copied into the server that tests it.
namespace glsim {

struct Fault
{
    QByteArray method; // empty: any
    QString path;      // substring of the decoded path; empty: any
    int times = 1;     // how many requests it applies to; -1: all
    int status = 0;    // answer with this status instead (with a {"message"} body)
    QByteArray retryAfter;
    int delayMs = 0;    // answer late (the request is still carried out at once)
    QString body;       // "truncated", "not_json", "html", "empty"
    int padBytes = 0;   // the answer, still valid JSON, followed by this many spaces
    QString redirectTo; // base URL: answer 307 to the same path there
    bool reset = false; // close the connection without answering (after carrying the request out)
};

struct RecordedRequest
{
    QByteArray method;
    QString path; // decoded
    QString query;
    QByteArray authorization;
    QByteArray circleToken;
    QByteArray privateToken; // GitLab
    QByteArray body;
    QDateTime time;
    int heldBack = 0;   // answers held back (latency, delay) when it arrived
    QString soakFault;  // the soak mode's fault it got ("500", "429", "reset", "slow"…); empty: none
    QDateTime answered; // when the answer was sent, or the connection reset; null until then
    int status = 0;     // the answer's status (for a reset connection, the one it would have had)
};

// Soak mode: a share `rate` (0..1) of the API requests, drawn from a generator seeded with `seed` so that a
// run is reproducible, get a fault of a kind picked uniformly: HTTP 500, 502 or 503 (with the vendor's
// error body), 429 with `Retry-After: retryAfterSeconds`, a reset connection, a truncated body, an HTML
// body, or an answer held back `slowMs` (not picked when slowMs is 0). rate 0 switches it off.
struct Soak
{
    double rate = 0;
    quint32 seed = 1;
    int retryAfterSeconds = 1;
    int slowMs = 0;
};

// What the soak mode did since it was last set.
struct SoakCounts
{
    int status500 = 0;
    int status502 = 0;
    int status503 = 0;
    int status429 = 0;
    int reset = 0;
    int truncated = 0;
    int html = 0;
    int slow = 0;
    int total = 0;
};

class Simulator final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit Simulator(QObject *parent = nullptr);

    // Loads a scenario (see README, tests/testsupport.h, demoscenario.cpp). Returns an error, or empty.
    QString loadScenario(const QByteArray &scenarioJson);
    static QByteArray demoScenario();
    // An organisation's scale, at each vendor: `projects` CircleCI projects (gh/scale/p1 …), each with
    // `pipelines` pipelines a few minutes apart, whose newest waits on a hold in every `holdEvery`-th
    // project, the rest finished; as many GitLab projects, GitHub repositories and Jenkins jobs (scale/p1 …),
    // every `holdEvery`-th with one blocked deployment, waiting run or paused build. The token is
    // "sim-token"; the GitLab and GitHub user "release-manager", the Jenkins user "admin".
    static QByteArray scaleScenario(int projects, int pipelines, int holdEvery);
    // The projects scaleScenario serves at a vendor ("circleci", "gitlab", "github", "jenkins"), in order.
    static QStringList scaleProjects(int projects, const QString &vendor = QStringLiteral("circleci"));

    // Listens on 127.0.0.1 (or ::1 / localhost-reachable address given); returns the port or 0.
    quint16 listenLocal(quint16 port = 0);
    // Serve https with this certificate (call before listenLocal).
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const;
    QString token() const { return m_token; }

    void addFault(const Fault &fault) { m_faults.append(fault); }
    QString addFaults(const nlohmann::json &faults);
    void clearFaults() { m_faults.clear(); }
    void setPageSize(int size) { m_pageSize = size; }
    // Every answer waits this long before it is sent (a server far away); 0 for none. A fault's delay adds
    // to it.
    void setLatency(int ms) { m_latencyMs = ms; }
    // The most answers held back at once (by latency or a fault's delay) since the last reset: how many
    // requests a client had in flight.
    int maxHeldBack() const { return m_maxHeldBack; }
    void resetMaxHeldBack() { m_maxHeldBack = 0; }
    // A broken server: in CircleCI every page after the first names the second page as the next one again;
    // in GitLab's deployments each page after the first repeats the last item of the one before, and the last
    // page names the first as the next.
    void setRepeatPageToken(bool on) { m_repeatPageToken = on; }
    // Soak mode (see struct Soak): restarts its generator from the seed and its counts from zero. Never
    // applies to the /_sim/ control endpoints, nor to a request an explicit fault (addFault) matches.
    void setSoak(const Soak &soak);
    Soak soak() const { return m_soak; }
    SoakCounts soakCounts() const { return m_soakCounts; }
    // Checks and sets the soak mode from {"rate":0.2,"seed":7,"retry_after":1,"slow_ms":0} (every field
    // optional: rate 0, seed 1, retry_after 1, slow_ms 0); returns an error naming the bad field, or empty.
    QString setSoakFromJson(const nlohmann::json &soak);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &pathPart = {}) const;
    // Forgets the requests recorded so far, and what each vendor module records of them.
    void clearRequests();

    // Status of a job by id ("on_hold", "success", …), for tests; empty if unknown.
    QString jobStatus(const QString &jobId) const;
    QString workflowStatus(const QString &workflowId) const;
    int heldApprovalCount() const;
    // Points the pipeline that holds this workflow at another commit (as a force-push and re-run would
    // look to a client reading it again); false if there is no such workflow.
    bool setPipelineRevision(const QString &workflowId, const QString &sha);
    // GitLab: a deployment's status ("blocked", "created", "failed"…) and a job's; empty if unknown.
    QString gitlabDeploymentStatus(qint64 id) const;
    QString gitlabJobStatus(qint64 id) const;
    // "<workflow-id>/<job-id>" of every approval job on hold.
    QStringList heldApprovals() const;

    // A vendor's module (simmodule.h) by its scenario key ("github", "jenkins"); null when there is none.
    SimModule *module(const QString &key) const;
    template <class T> T *module() const
    {
        for (const auto &m : m_modules) {
            if (auto *typed = dynamic_cast<T *>(m.get())) {
                return typed;
            }
        }
        return nullptr;
    }

    // Demo mode: running jobs finish, and a new hold appears every `newHoldEverySeconds`.
    void startLife(int tickMs, int newHoldEverySeconds);
    void addHeldPipeline(); // one new pipeline with a workflow on hold, in a random project

Q_SIGNALS:
    void requestServed(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        nlohmann::json body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    Reply route(const QByteArray &method, const QString &path, const QString &rawQuery);
    Reply control(const QByteArray &method, const QString &path, const QByteArray &body);
    QString loadScenarioOrThrow(const QByteArray &scenarioJson);
    QString loadGitLab(const nlohmann::json &scenario);
    static QStringList gitlabParts(const QString &rawPath);
    std::string webBase() const; // "http://127.0.0.1:PORT/", for web_url fields
    QByteArray pageLinks(const QString &path, const QUrlQuery &query, int page, int pages) const;
    Reply gitlabRoute(const QByteArray &method, const QStringList &parts, const QString &rawQuery,
                      const QByteArray &body);
    Reply gitlabApprove(nlohmann::json &project, nlohmann::json &deployment, const QByteArray &body,
                        qint64 me);
    nlohmann::json gitlabUser(qint64 id) const;
    nlohmann::json gitlabDeployment(const nlohmann::json &project, const nlohmann::json &deployment,
                                    bool extended) const;
    nlohmann::json gitlabJob(const nlohmann::json &project, const nlohmann::json &job) const;
    Reply circleGet(const QStringList &parts, const QString &pageToken);
    Reply circlePost(const QStringList &parts);
    Reply page(const nlohmann::json &items, const QString &kind, const QString &pageToken);
    bool authorized(const QHttpServerRequest &request) const;
    SimModule *moduleFor(const QString &path) const;
    std::optional<Fault> takeFault(const QByteArray &method, const QString &path);
    QString drawSoakFault(); // the kind of soak fault the next API request gets; empty: none
    Fault soakFault(const QString &kind);
    void tick();

    nlohmann::json *findWorkflow(const QString &id, nlohmann::json **pipeline = nullptr,
                                 nlohmann::json **project = nullptr);
    // Where a CircleCI project (by slug), pipeline or workflow (by id) sits in m_state: a hint, checked on
    // every use and rebuilt when it is wrong (the state changed), so that a request of the scale scenario
    // does not scan its 10,000 pipelines.
    struct Place
    {
        std::size_t project = 0;
        std::size_t pipeline = 0;
        std::size_t workflow = 0;
    };
    enum class Kind
    {
        Project,
        Pipeline,
        Workflow
    };
    nlohmann::json *circleObject(Kind kind, const std::string &key, Place *place = nullptr);
    nlohmann::json *placed(Kind kind, const std::string &key, const Place &place);
    void indexCircle();
    std::unordered_map<std::string, Place> m_places[3];
    nlohmann::json *findJob(const QString &id, nlohmann::json **workflow = nullptr);
    void settleWorkflow(nlohmann::json &workflow);

    nlohmann::json m_state;
    nlohmann::json m_gitlab;
    QString m_token;
    bool m_repeatPageToken = false;
    int m_pageSize = 20;
    int m_latencyMs = 0;
    int m_heldBack = 0;
    int m_maxHeldBack = 0;
    QList<Fault> m_faults;
    QList<RecordedRequest> m_requests;
    int m_requestsCleared = 0; // times m_requests was emptied: an answer sent later finds its record
    Soak m_soak;
    SoakCounts m_soakCounts;
    QRandomGenerator m_soakRandom;
    QTimer m_life;
    int m_newHoldEveryMs = 0;
    qint64 m_sinceNewHoldMs = 0;
    int m_holdTurn = 0;
    std::vector<std::unique_ptr<SimModule>> m_modules;
    quint16 m_port = 0;
    QString m_host = QStringLiteral("127.0.0.1");
    bool m_tls = false;
};

QString newId();

} // namespace glsim
