// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "providers/setup.h"

#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace gl {

class HttpClient;
class Provider;
struct ServerConfig;

// One vendor Greenlight speaks: how servers.json names it, how people do, where its cloud and token page
// are, which settings it takes beyond the common ones, and how to make its provider and set a server up.
struct ProviderType
{
    QString id;          // "gitlab": the "provider" of servers.json
    QString displayName; // "GitLab"
    QUrl defaultUrl;     // its cloud; the setup page starts there
    std::function<QUrl(const QUrl &server)> tokenPage;
    std::function<QString()> leastPrivilege; // translated
    std::function<QString()> projectExample; // how a project is typed, translated ("owner/repo")
    QStringList options;                     // servers.json fields only this vendor takes ("manual_jobs")
    // Requests a poll keeps in flight to one server while it keeps up (at most HttpClient's lanes times six
    // connections): what the vendor's published limits and advice allow.
    int maxInFlight = 6;
    std::function<std::unique_ptr<Provider>(const ServerConfig &, const QString &token, HttpClient *,
                                            const std::optional<QSslConfiguration> &, QObject *parent)>
        create;
    // The header that carries the token ("PRIVATE-TOKEN", "Authorization: Bearer …", Basic with the user).
    std::function<QPair<QByteArray, QByteArray>(const ServerConfig &server, const QString &token)> credential;
    // The vendor's own checks of a server's settings once the common ones passed ("user" is required):
    // the field and what was expected, or empty.
    std::function<QString(const ServerConfig &server, const QString &where)> check;
    // The server entry the demo adds for this vendor (its name, url, projects), or empty for none; %1 is the
    // simulator's address, %2 the environment variable that holds its token.
    QString demoServer;
    // The vendor's own words in an error body; empty when there are none.
    std::function<QString(const QByteArray &body)> errorMessage;
    // Setting a server up: whose token it is and what it may do; the projects to offer.
    std::function<void(SetupContext &, std::function<void(const ProbeResult &)>)> testConnection;
    std::function<void(SetupContext &, std::function<void(const Result<QList<DiscoveredProject>> &)>)>
        discoverProjects;
};

// Every vendor, in the order the setup page offers them. Adding one is a folder with its provider and a
// line in registry.cpp.
const QList<ProviderType> &providerTypes();
// The vendor with this id; null for an unknown one.
const ProviderType *providerType(const QString &id);

} // namespace gl
