// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// GitHub's setup steps: whose token (/user, with the classic token's scopes in X-OAuth-Scopes) and the
// repositories the user can reach (/user/repos, Link-paginated).

#include "net/httpclient.h"
#include "providers/github/githubparse.h"
#include "providers/github/githubprovider.h"
#include "providers/provider.h"
#include "providers/setup.h"

#include <QCoreApplication>

namespace gl::github {

namespace {

void reposPage(SetupContext &ctx, const QUrl &url, int page, QList<DiscoveredProject> found,
               std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    constexpr int kMaxPages = 20; // 2,000 repositories; more are typed by hand
    ctx.get(url, [&ctx, url, page, found, done](const HttpResponse &response) mutable {
        if (!response.ok()) {
            done(fail(ctx.failureText(response)));
            return;
        }
        auto repos = parseRepositories(response.body);
        if (!repos) {
            done(fail(repos.error().message));
            return;
        }
        for (const QString &name : *repos) {
            found.append({name, name});
        }
        const auto next = nextPageLink(response.header("link"));
        if (next && page < kMaxPages && next->host() == url.host() && next->port() == url.port() &&
            next->scheme() == url.scheme()) {
            reposPage(ctx, *next, page + 1, std::move(found), std::move(done));
            return;
        }
        done(found);
    });
}

} // namespace

void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done)
{
    ctx.get(
        apiUrlFor(ctx.server().url, QString(), QStringLiteral("/user")),
        [&ctx, done](const HttpResponse &response) {
            ProbeResult result;
            if (!response.ok()) {
                result.error = ctx.failureText(response);
                result.certificate = response.peerCertificate;
                done(result);
                return;
            }
            const auto user = parseUser(response.body);
            if (!user) {
                result.error = user.error().message;
                done(result);
                return;
            }
            result.who =
                user->name.isEmpty()
                    ? user->login
                    : QCoreApplication::translate("ServerProbe", "%1 (%2)").arg(user->name, user->login);
            // A classic token names its scopes in X-OAuth-Scopes; a fine-grained token sends none. Either way
            // the environment's reviewers decide who may approve.
            if (response.headers.contains("x-oauth-scopes")) {
                const QStringList scopes =
                    QString::fromLatin1(response.header("x-oauth-scopes")).split(u',', Qt::SkipEmptyParts);
                QStringList trimmed;
                for (const QString &s : scopes) {
                    trimmed << s.trimmed();
                }
                if (trimmed.contains(QLatin1String("repo"))) {
                    result.mayApprove = ProbeResult::Approve::Yes;
                    result.rights = QCoreApplication::translate(
                        "ServerProbe",
                        "The token has the repo scope: it may approve and reject where you are a "
                        "required reviewer.");
                } else {
                    result.mayApprove = ProbeResult::Approve::No;
                    result.rights =
                        QCoreApplication::translate(
                            "ServerProbe",
                            "The token's scopes (%1) do not include repo, which reviewing deployments needs.")
                            .arg(trimmed.isEmpty() ? QCoreApplication::translate("ServerProbe", "none")
                                                   : trimmed.join(QStringLiteral(", ")));
                }
            } else {
                result.mayApprove = ProbeResult::Approve::Unknown;
                result.rights = QCoreApplication::translate(
                    "ServerProbe",
                    "GitHub does not say in advance what a fine-grained token may do; approving needs "
                    "read access to Actions and Deployments, and you must be a required reviewer.");
            }
            done(result);
        });
}

void discoverProjects(SetupContext &ctx, std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    const QUrl url = apiUrlFor(ctx.server().url, QString(), QStringLiteral("/user/repos"),
                               {{QStringLiteral("per_page"), QStringLiteral("100")},
                                {QStringLiteral("sort"), QStringLiteral("full_name")}});
    reposPage(ctx, url, 1, {}, std::move(done));
}

} // namespace gl::github
