// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Jenkins's setup steps: whose token (me/api/json with HTTP Basic) and the pipeline jobs to offer, found by
// walking the folders from the root (api/json of each folder, at most 50 folders).

#include "net/httpclient.h"
#include "providers/jenkins/jenkinsparse.h"
#include "providers/jenkins/jenkinsprovider.h"
#include "providers/provider.h"
#include "providers/setup.h"

#include <QCoreApplication>

#include <memory>

namespace gl::jenkins {

namespace {

struct Walk
{
    QStringList folders{QString()}; // to read, by full name; "" is the root
    QList<DiscoveredProject> found;
    int read = 0;
    std::function<void(const Result<QList<DiscoveredProject>> &)> done;
};

void next(SetupContext &ctx, const std::shared_ptr<Walk> &walk)
{
    constexpr int kMaxFolders = 50;
    if (walk->folders.isEmpty() || walk->read >= kMaxFolders) {
        std::sort(walk->found.begin(), walk->found.end(),
                  [](const DiscoveredProject &a, const DiscoveredProject &b) { return a.id < b.id; });
        return walk->done(walk->found);
    }
    const QString folder = walk->folders.takeFirst();
    ++walk->read;
    QString path;
    if (!folder.isEmpty()) {
        auto encoded = jobUrlPath(folder);
        if (!encoded) {
            return next(ctx, walk);
        }
        path = *encoded + u'/';
    }
    const QUrl url = apiUrlFor(ctx.server().url, QString(), u'/' + path + QStringLiteral("api/json"));
    ctx.get(url, [&ctx, walk, folder](const HttpResponse &response) {
        if (!response.ok()) {
            if (folder.isEmpty()) {
                return walk->done(fail(ctx.failureText(response)));
            }
            return next(ctx, walk); // a folder we may not read: the others still count
        }
        auto job = parseJob(response.body);
        if (!job) {
            if (folder.isEmpty()) {
                return walk->done(fail(job.error().message));
            }
            return next(ctx, walk);
        }
        for (const auto &child : job->jobs) {
            const QString full = folder.isEmpty() ? child.name : folder + u'/' + child.name;
            if (child.className.contains(QLatin1String("Folder")) ||
                child.className.contains(QLatin1String("OrganizationFolder"))) {
                walk->folders.append(full);
            } else if (child.className.contains(QLatin1String("WorkflowJob"))) {
                walk->found.append({full, full});
            }
        }
        next(ctx, walk);
    });
}

} // namespace

void testConnection(SetupContext &ctx, const std::function<void(const ProbeResult &)> &done)
{
    if (ctx.server().user.isEmpty()) {
        ProbeResult result;
        result.error = QCoreApplication::translate("ServerProbe",
                                                   "Jenkins needs the user name whose API token this is.");
        return done(result);
    }
    ctx.get(
        apiUrlFor(ctx.server().url, QString(), QStringLiteral("/me/api/json")),
        [&ctx, done](const HttpResponse &response) {
            ProbeResult result;
            if (!response.ok()) {
                result.error = ctx.failureText(response);
                // A wrong API token is a 401; a request Jenkins takes as anonymous, a 403.
                if (response.status == 401 ||
                    (response.status == 403 &&
                     response.header("x-you-are-authenticated-as") == "anonymous")) {
                    result.error =
                        QCoreApplication::translate(
                            "ServerProbe",
                            "Jenkins did not accept the user \"%1\" with this API token (HTTP %2). Check the "
                            "user name, and that the token is an API token of that user (from the user's "
                            "Security page), not the password.")
                            .arg(ctx.server().user)
                            .arg(response.status);
                } else if (const QByteArray permission = response.header("x-required-permission");
                           response.status == 403 && !permission.isEmpty()) {
                    result.error += QCoreApplication::translate("ServerProbe",
                                                                " The user \"%1\" lacks the permission %2.")
                                        .arg(ctx.server().user, QString::fromLatin1(permission));
                }
                result.certificate = response.peerCertificate;
                return done(result);
            }
            const auto me = parseMe(response.body);
            if (!me) {
                result.error = me.error().message;
                return done(result);
            }
            result.who =
                me->fullName.isEmpty() || me->fullName == me->id
                    ? me->id
                    : QCoreApplication::translate("ServerProbe", "%1 (%2)").arg(me->fullName, me->id);
            result.mayApprove = ProbeResult::Approve::Unknown;
            result.rights = QCoreApplication::translate(
                "ServerProbe", "Jenkins does not say in advance who may answer an input: each one names its "
                               "submitters, or leaves it to anyone with Job/Build.");
            done(result);
        });
}

void discoverProjects(SetupContext &ctx, std::function<void(const Result<QList<DiscoveredProject>> &)> done)
{
    auto walk = std::make_shared<Walk>();
    walk->done = std::move(done);
    next(ctx, walk);
}

} // namespace gl::jenkins
