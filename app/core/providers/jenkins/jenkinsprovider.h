// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "providers/httpprovider.h"
#include "providers/jenkins/jenkinsparse.h"
#include "providers/registry.h"

#include <optional>

namespace gl {

// Jenkins Pipeline input steps (docs/VENDOR-APIS.md §6). The server's url is Jenkins's root (with its context
// path, https://ci.example.com/jenkins); "user" names the account whose API token the keychain holds, sent
// preemptively with HTTP Basic (Jenkins answers 403, not 401, to a request without credentials). Every poll
// reads, per configured job (folders as "folder/job"), the runs paused for input (wfapi/runs), then each
// one's pending inputs (wfapi/pendingInputActions) and the build (api/json: cause, commit, the input's
// submitters). A CSRF crumb is fetched before the first decision and sent with every POST of the same
// session.
class JenkinsProvider final : public HttpProvider
{
    Q_OBJECT
public:
    JenkinsProvider(ServerConfig server, QString token, HttpClient *http,
                    std::optional<QSslConfiguration> ssl = std::nullopt, QObject *parent = nullptr);

    void fetchGate(const QString &gateId, std::function<void(const Result<Gate> &)> done) override;
    std::optional<QString> refusal(const Gate &gate, Decision decision) const override;
    void decide(const Gate &gate, Decision decision, const DecisionOptions &options,
                std::function<void(const DecisionOutcome &)> done) override;
    QString consequence(const Gate &gate, Decision decision) const override;
    bool noteGoesToServer() const override { return false; }
    void fetchCurrentUser(std::function<void(const QString &)> done) override;

    // The address of a path under the server's root ("job/a/job/b/42/wfapi/describe", already encoded).
    QUrl rootUrl(const QString &encodedPath, const QList<QPair<QString, QString>> &query = {}) const;

    class PollRun;

private:
    friend class PollRun;
    ProviderPoll *createPoll() override;
    QString failureHint(const HttpResponse &response) const override;
    // Who I am (me/api/json) and my groups (whoAmI/api/json), once.
    void ensureMe(QObject *context, std::function<void(const QString &error)> done);
    // One paused build's gates; stages: where it waits, as wfapi/runs named them (may be empty).
    void readBuild(const QString &job, const QString &jobPath, qint64 number, const QStringList &stages,
                   QObject *context, const std::function<void(const Result<Gates> &)> &done);
    Gate makeGate(const QString &job, const QString &jobPath, const jenkins::Build &build,
                  const jenkins::PendingInput &input, const QStringList &stages) const;
    // The crumb for this session, fetched once (Jenkins without a crumb issuer answers 404: none needed).
    void ensureCrumb(std::function<void(const QString &error)> done);

    QString m_me;
    QStringList m_authorities; // my groups as Jenkins lists them, when it does
    bool m_meKnown = false;
    std::optional<jenkins::Crumb> m_crumb; // an empty field: the server needs none
};

struct JenkinsGateId
{
    QString job; // "folder/job name", decoded
    qint64 build = 0;
    QString input;
};
// "<server>/job/<folder>/job/<name>/<build>/input/<input id>", each job segment percent-encoded.
std::optional<JenkinsGateId> parseJenkinsGateId(const QString &server, const QString &gateId);

namespace jenkins {
// Jenkins's entry in the provider registry (providers/registry.h).
ProviderType providerType();
// Setting a server up (jenkinssetup.cpp).
void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done);
void discoverProjects(SetupContext &ctx, std::function<void(const Result<QList<DiscoveredProject>> &)> done);
} // namespace jenkins

} // namespace gl
