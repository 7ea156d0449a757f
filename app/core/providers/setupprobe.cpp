#include "providers/setupprobe.h"

#include "json.h"
#include "net/httpclient.h"
#include "providers/circleci/circleciparse.h"
#include "providers/gitlab/gitlabparse.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace gl {

namespace {

struct ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
};

bool isGitLab(const ServerConfig &server)
{
    return server.provider == QLatin1String("gitlab");
}

QString serverWords(const ServerConfig &server, const HttpResponse &response)
{
    const QString vendor = isGitLab(server) ? QStringLiteral("GitLab") : QStringLiteral("CircleCI");
    const QString message =
        isGitLab(server) ? gitlab::parseMessage(response.body) : circleci::parseMessage(response.body);
    if (response.status == 401) {
        return ProbeText::tr("%1 does not accept this token (HTTP 401%2). Check that it is complete, has not "
                             "expired, and is a personal token.")
            .arg(vendor, message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    }
    QString text = describeFailure(response, message);
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    if (response.failure != HttpResponse::Failure::None && response.failure != HttpResponse::Failure::Tls) {
        const QUrl &url = server.url;
        return ProbeText::tr("Nothing answers at %1:%2: %3")
            .arg(url.host())
            .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80))
            .arg(text);
    }
    return text;
}

} // namespace

ServerProbe::ServerProbe(HttpClient *http, ServerConfig server, QString token, QObject *parent)
    : QObject(parent), m_http(http), m_server(std::move(server)), m_token(std::move(token))
{}

QUrl ServerProbe::defaultUrl(const QString &provider)
{
    const ProviderType *type = providerType(provider);
    return type ? type->defaultUrl : QUrl();
}

QUrl ServerProbe::tokenPage(const QString &provider, const QUrl &server)
{
    const ProviderType *type = providerType(provider);
    return type ? type->tokenPage(server) : QUrl();
}

QString ServerProbe::leastPrivilege(const QString &provider)
{
    const ProviderType *type = providerType(provider);
    return type ? type->leastPrivilege() : QString();
}

void ServerProbe::get(const QUrl &url, std::function<void(const HttpResponse &)> done)
{
    HttpRequest request;
    request.url = url;
    if (isGitLab(m_server)) {
        request.credentials.append({"PRIVATE-TOKEN", m_token.toUtf8()});
    } else {
        request.credentials.append({"Authorization", "Bearer " + m_token.toUtf8()});
    }
    std::optional<QSslConfiguration> ssl;
    if (!m_server.caFile.isEmpty()) {
        ssl = QSslConfiguration::defaultConfiguration();
        ssl->addCaCertificates(QSslCertificate::fromPath(m_server.caFile, QSsl::Pem));
    }
    applyServerTls(request, m_server, ssl); // its CA file and pinned certificates, as when polling
    m_http->setProxyForOrigin(m_server.url, networkProxyFor(m_server.proxy));
    m_http->send(std::move(request), this, std::move(done));
}

void ServerProbe::testConnection(std::function<void(const ProbeResult &)> done)
{
    if (!isGitLab(m_server)) {
        get(apiUrlFor(m_server.url, QStringLiteral("/api/v2"), QStringLiteral("/me")),
            [this, done](const HttpResponse &response) {
                ProbeResult result;
                if (!response.ok()) {
                    result.error = serverWords(m_server, response);
                    result.certificate = response.peerCertificate;
                    done(result);
                    return;
                }
                const auto user = circleci::parseUser(response.body);
                if (!user) {
                    result.error = user.error().message;
                    done(result);
                    return;
                }
                result.who = user->name.isEmpty() || user->name == user->login
                                 ? user->login
                                 : ProbeText::tr("%1 (%2)").arg(user->name, user->login);
                result.mayApprove = ProbeResult::Approve::Unknown;
                result.rights =
                    ProbeText::tr("CircleCI does not tell in advance: an approval goes through where "
                                  "you have push access to the project's repository.");
                done(result);
            });
        return;
    }
    get(apiUrlFor(m_server.url, QStringLiteral("/api/v4"), QStringLiteral("/user")),
        [this, done](const HttpResponse &response) {
            ProbeResult result;
            if (!response.ok()) {
                result.error = serverWords(m_server, response);
                result.certificate = response.peerCertificate;
                done(result);
                return;
            }
            const auto user = gitlab::parseUser(response.body);
            if (!user) {
                result.error = user.error().message;
                done(result);
                return;
            }
            result.who = user->name.isEmpty() ? user->username
                                              : ProbeText::tr("%1 (%2)").arg(user->name, user->username);
            // The token's scopes: "api" may approve; "read_api" only reads. Servers before GitLab 15.5 and
            // tokens that are not personal do not answer this; then it stays unknown.
            get(apiUrlFor(m_server.url, QStringLiteral("/api/v4"),
                          QStringLiteral("/personal_access_tokens/self")),
                [result, done](const HttpResponse &scopesResponse) mutable {
                    QStringList scopes;
                    if (scopesResponse.ok()) {
                        if (auto body = json::parse(scopesResponse.body); body && body->is_object() &&
                                                                          body->contains("scopes") &&
                                                                          (*body)["scopes"].is_array()) {
                            for (const auto &scope : (*body)["scopes"]) {
                                if (scope.is_string()) {
                                    scopes << json::qs(scope.get<std::string>());
                                }
                            }
                        }
                    }
                    if (scopes.contains(QLatin1String("api"))) {
                        result.mayApprove = ProbeResult::Approve::Yes;
                        result.rights =
                            ProbeText::tr("The token has the api scope: it may approve and reject where "
                                          "your role allows.");
                    } else if (!scopes.isEmpty()) {
                        result.mayApprove = ProbeResult::Approve::No;
                        result.rights = ProbeText::tr("The token's scopes (%1) let it read but not approve: "
                                                      "approving needs the api scope.")
                                            .arg(scopes.join(QStringLiteral(", ")));
                    } else {
                        result.mayApprove = ProbeResult::Approve::Unknown;
                        result.rights =
                            ProbeText::tr("GitLab did not say which scopes this token has; approving "
                                          "needs the api scope.");
                    }
                    done(result);
                });
        });
}

void ServerProbe::discoverProjects(std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    if (isGitLab(m_server)) {
        gitlabProjectsPage(1, {}, std::move(done));
        return;
    }
    // CircleCI's v2 API has no list of a user's projects; v1.1 lists the projects the user follows.
    QUrl url = m_server.url;
    url.setPath(url.path() + QStringLiteral("/api/v1.1/projects"));
    get(url, [this, done](const HttpResponse &response) {
        if (!response.ok()) {
            done(fail(serverWords(m_server, response)));
            return;
        }
        auto body = json::parse(response.body);
        if (!body || !body->is_array()) {
            done(fail(ProbeText::tr("the list of followed projects is not the expected JSON array")));
            return;
        }
        QList<DiscoveredProject> found;
        for (const auto &item : *body) {
            if (!item.is_object() || !item.contains("vcs_url") || !item["vcs_url"].is_string()) {
                continue;
            }
            const QUrl vcs(json::qs(item["vcs_url"].get<std::string>()));
            const QStringList path = vcs.path().split(u'/', Qt::SkipEmptyParts);
            const QString host = vcs.host();
            const QString prefix = host.endsWith(QLatin1String("github.com"))      ? QStringLiteral("gh")
                                   : host.endsWith(QLatin1String("bitbucket.org")) ? QStringLiteral("bb")
                                                                                   : QString();
            if (prefix.isEmpty() || path.size() != 2) {
                continue;
            }
            const QString slug = prefix + u'/' + path[0] + u'/' + path[1];
            found.append({slug, path[0] + u'/' + path[1]});
        }
        done(found);
    });
}

void ServerProbe::gitlabProjectsPage(int page, QList<DiscoveredProject> found,
                                     std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    constexpr int kMaxPages = 20; // 2,000 projects; more are typed by hand
    const QUrl url = apiUrlFor(m_server.url, QStringLiteral("/api/v4"), QStringLiteral("/projects"),
                               {{QStringLiteral("membership"), QStringLiteral("true")},
                                {QStringLiteral("min_access_level"), QStringLiteral("30")},
                                {QStringLiteral("simple"), QStringLiteral("true")},
                                {QStringLiteral("order_by"), QStringLiteral("path")},
                                {QStringLiteral("sort"), QStringLiteral("asc")},
                                {QStringLiteral("per_page"), QStringLiteral("100")},
                                {QStringLiteral("page"), QString::number(page)}});
    get(url, [this, page, found, done](const HttpResponse &response) mutable {
        if (!response.ok()) {
            done(fail(serverWords(m_server, response)));
            return;
        }
        auto body = json::parse(response.body);
        if (!body || !body->is_array()) {
            done(fail(ProbeText::tr("the list of projects is not the expected JSON array")));
            return;
        }
        for (const auto &item : *body) {
            if (item.is_object() && item.contains("path_with_namespace") &&
                item["path_with_namespace"].is_string()) {
                const QString path = json::qs(item["path_with_namespace"].get<std::string>());
                const QString name =
                    item.contains("name_with_namespace") && item["name_with_namespace"].is_string()
                        ? json::qs(item["name_with_namespace"].get<std::string>())
                        : path;
                found.append({path, name});
            }
        }
        const QByteArray next = response.header("x-next-page");
        if (!next.isEmpty() && next.toInt() == page + 1 && page < kMaxPages) {
            gitlabProjectsPage(page + 1, std::move(found), std::move(done));
            return;
        }
        done(found);
    });
}

} // namespace gl
