// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace gl {

// Credentials that a vendor's own command-line tool keeps, which the setup page offers to import (only
// when the user asks): the CircleCI CLI's ~/.circleci/cli.yml (host, token) and glab's
// $XDG_CONFIG_HOME/glab-cli/config.yml (hosts → token, api_host, api_protocol).
struct CliCredentials
{
    QString tool;     // "CircleCI CLI", "glab"
    QString file;     // where they were found
    QString provider; // "circleci", "gitlab"
    QUrl url;
    QString token;
};

// The files that may hold credentials and exist, without reading them: what the page offers.
QStringList cliCredentialFiles(const QString &home, const QString &configHome);
// Reads one of those files; entries without a token are left out.
QList<CliCredentials> readCliCredentials(const QString &file);

} // namespace gl
