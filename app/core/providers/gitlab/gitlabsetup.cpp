// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// GitLab's setup steps: whose token (/user), its scopes (/personal_access_tokens/self) and the projects where
// the user is at least Developer (/projects?membership=true&min_access_level=30).

#include "json.h"
#include "net/httpclient.h"
#include "providers/gitlab/gitlabparse.h"
#include "providers/gitlab/gitlabprovider.h"
#include "providers/provider.h"
#include "providers/setup.h"

#include <QCoreApplication>

namespace gl::gitlab {

namespace {

void projectsPage(SetupContext &ctx, int page, QList<DiscoveredProject> found,
                  std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    constexpr int kMaxPages = 20; // 2,000 projects; more are typed by hand
    const QUrl url = apiUrlFor(ctx.server().url, QStringLiteral("/api/v4"), QStringLiteral("/projects"),
                               {{QStringLiteral("membership"), QStringLiteral("true")},
                                {QStringLiteral("min_access_level"), QStringLiteral("30")},
                                {QStringLiteral("simple"), QStringLiteral("true")},
                                {QStringLiteral("order_by"), QStringLiteral("path")},
                                {QStringLiteral("sort"), QStringLiteral("asc")},
                                {QStringLiteral("per_page"), QStringLiteral("100")},
                                {QStringLiteral("page"), QString::number(page)}});
    ctx.get(url, [&ctx, page, found, done](const HttpResponse &response) mutable {
        if (!response.ok()) {
            done(fail(ctx.failureText(response)));
            return;
        }
        auto body = json::parse(response.body);
        if (!body || !body->is_array()) {
            done(fail(QCoreApplication::translate("ServerProbe",
                                                  "the list of projects is not the expected JSON array")));
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
            projectsPage(ctx, page + 1, std::move(found), std::move(done));
            return;
        }
        done(found);
    });
}

} // namespace

void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done)
{
    ctx.get(
        apiUrlFor(ctx.server().url, QStringLiteral("/api/v4"), QStringLiteral("/user")),
        [&ctx, done](const HttpResponse &response) {
            ProbeResult result;
            if (!response.ok()) {
                result.error = ctx.failureText(response);
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
            result.who =
                user->name.isEmpty()
                    ? user->username
                    : QCoreApplication::translate("ServerProbe", "%1 (%2)").arg(user->name, user->username);
            // The token's scopes: "api" may approve; "read_api" only reads. Servers before GitLab 15.5 and
            // tokens that are not personal do not answer this; then it stays unknown.
            ctx.get(apiUrlFor(ctx.server().url, QStringLiteral("/api/v4"),
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
                            result.rights = QCoreApplication::translate(
                                "ServerProbe", "The token has the api scope: it may approve and reject where "
                                               "your role allows.");
                        } else if (!scopes.isEmpty()) {
                            result.mayApprove = ProbeResult::Approve::No;
                            result.rights =
                                QCoreApplication::translate(
                                    "ServerProbe", "The token's scopes (%1) let it read but not approve: "
                                                   "approving needs the api scope.")
                                    .arg(scopes.join(QStringLiteral(", ")));
                        } else {
                            result.mayApprove = ProbeResult::Approve::Unknown;
                            result.rights = QCoreApplication::translate(
                                "ServerProbe", "GitLab did not say which scopes this token has; approving "
                                               "needs the api scope.");
                        }
                        done(result);
                    });
        });
}

void discoverProjects(SetupContext &ctx, std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    projectsPage(ctx, 1, {}, std::move(done));
}

} // namespace gl::gitlab
