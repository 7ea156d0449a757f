// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "config/cliimport.h"

#include <QFile>
#include <QFileInfo>

namespace gl {

namespace {

// The small part of YAML these files use: "key: value" lines, nesting by indentation, # comments, quoted
// or plain scalars. Anything else is skipped.
struct Line
{
    int indent = 0;
    QString key;
    QString value;
};

QList<Line> yamlLines(const QByteArray &text)
{
    QList<Line> lines;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u'-')) {
            continue;
        }
        const qsizetype colon = trimmed.indexOf(u':');
        if (colon <= 0) {
            continue;
        }
        Line l;
        l.indent = static_cast<int>(line.indexOf(trimmed.at(0)));
        l.key = trimmed.left(colon).trimmed();
        QString value = trimmed.mid(colon + 1).trimmed();
        if (!value.isEmpty() && (value.startsWith(u'"') || value.startsWith(u'\''))) {
            const qsizetype close = value.indexOf(value.at(0), 1); // a quoted scalar, then maybe a comment
            value = close > 0 ? value.mid(1, close - 1) : value.mid(1);
        } else if (const qsizetype hash = value.indexOf(QLatin1String(" #")); hash >= 0) {
            value = value.left(hash).trimmed();
        }
        if ((l.key.startsWith(u'"') || l.key.startsWith(u'\'')) && l.key.size() >= 2) {
            l.key = l.key.mid(1, l.key.size() - 2);
        }
        l.value = value;
        lines.append(l);
    }
    return lines;
}

QUrl withScheme(const QString &host, const QString &scheme)
{
    if (host.contains(QLatin1String("://"))) {
        return QUrl(host);
    }
    return QUrl((scheme.isEmpty() ? QStringLiteral("https") : scheme) + QStringLiteral("://") + host);
}

} // namespace

QStringList cliCredentialFiles(const QString &home, const QString &configHome)
{
    const QString config = configHome.isEmpty() ? home + QStringLiteral("/.config") : configHome;
    QStringList found;
    const QStringList candidates = {home + QStringLiteral("/.circleci/cli.yml"),
                                    config + QStringLiteral("/glab-cli/config.yml")};
    for (const QString &file : candidates) {
        if (QFileInfo(file).isFile()) {
            found << file;
        }
    }
    return found;
}

QList<CliCredentials> readCliCredentials(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<Line> lines = yamlLines(f.read(1024 * 1024));
    QList<CliCredentials> found;
    if (file.endsWith(QLatin1String(".circleci/cli.yml"))) {
        CliCredentials c{QStringLiteral("CircleCI CLI"),
                         file,
                         QStringLiteral("circleci"),
                         QUrl(QStringLiteral("https://circleci.com")),
                         {}};
        for (const Line &l : lines) {
            if (l.indent == 0 && l.key == QLatin1String("token")) {
                c.token = l.value;
            } else if (l.indent == 0 && l.key == QLatin1String("host") && !l.value.isEmpty()) {
                c.url = withScheme(l.value, {});
            }
        }
        if (!c.token.isEmpty()) {
            found << c;
        }
        return found;
    }
    // glab: hosts: <host>: token, api_host, api_protocol
    int hostsIndent = -1;
    int hostIndent = -1;
    QString host;
    QString token;
    QString apiHost;
    QString protocol;
    const auto flush = [&] {
        if (!host.isEmpty() && !token.isEmpty()) {
            found << CliCredentials{QStringLiteral("glab"), file, QStringLiteral("gitlab"),
                                    withScheme(apiHost.isEmpty() ? host : apiHost, protocol), token};
        }
        host.clear();
        token.clear();
        apiHost.clear();
        protocol.clear();
    };
    for (const Line &l : lines) {
        if (hostsIndent < 0) {
            if (l.indent == 0 && l.key == QLatin1String("hosts") && l.value.isEmpty()) {
                hostsIndent = 0;
            }
            continue;
        }
        if (l.indent <= hostsIndent) {
            break; // the hosts section ended
        }
        if (hostIndent < 0 || l.indent <= hostIndent) {
            flush();
            hostIndent = l.indent;
            host = l.key;
            continue;
        }
        if (l.key == QLatin1String("token")) {
            token = l.value;
        } else if (l.key == QLatin1String("api_host")) {
            apiHost = l.value;
        } else if (l.key == QLatin1String("api_protocol")) {
            protocol = l.value;
        }
    }
    flush();
    return found;
}

} // namespace gl
