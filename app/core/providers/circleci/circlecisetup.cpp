// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// CircleCI's setup steps: whose token (v2 /me) and the projects the user follows (v1.1 /projects).

#include "json.h"
#include "net/httpclient.h"
#include "providers/circleci/circleciparse.h"
#include "providers/circleci/circleciprovider.h"
#include "providers/provider.h"
#include "providers/setup.h"

#include <QCoreApplication>

namespace gl::circleci {

void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done)
{
    ctx.get(apiUrlFor(ctx.server().url, QStringLiteral("/api/v2"), QStringLiteral("/me")),
            [&ctx, done](const HttpResponse &response) {
                ProbeResult result;
                if (!response.ok()) {
                    result.error = ctx.failureText(response);
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
                result.who =
                    user->name.isEmpty() || user->name == user->login
                        ? user->login
                        : QCoreApplication::translate("ServerProbe", "%1 (%2)").arg(user->name, user->login);
                result.mayApprove = ProbeResult::Approve::Unknown;
                result.rights = QCoreApplication::translate(
                    "ServerProbe", "CircleCI does not tell in advance: an approval goes through where "
                                   "you have push access to the project's repository.");
                done(result);
            });
}

void discoverProjects(SetupContext &ctx,
                      const std::function<void(const Result<QList<DiscoveredProject>> &)> &done)
{
    // CircleCI's v2 API has no list of a user's projects; v1.1 lists the projects the user follows.
    QUrl url = ctx.server().url;
    url.setPath(url.path() + QStringLiteral("/api/v1.1/projects"));
    ctx.get(url, [&ctx, done](const HttpResponse &response) {
        if (!response.ok()) {
            done(fail(ctx.failureText(response)));
            return;
        }
        auto body = json::parse(response.body);
        if (!body || !body->is_array()) {
            done(fail(QCoreApplication::translate(
                "ServerProbe", "the list of followed projects is not the expected JSON array")));
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

} // namespace gl::circleci
