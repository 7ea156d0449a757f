// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/serverconfig.h"
#include "json.h"
#include "result.h"

#include <optional>
#include <vector>

namespace gl {

// One server as the Servers dialog or the setup page leaves it.
struct ServerEdit
{
    ServerConfig server;
    QString originalName; // its name in the file it was read from; empty for a new server
};

// The JSON object Greenlight writes for a server (the fields it manages, defaults left out).
json::Json serverJson(const ServerConfig &server, int defaultPollIntervalS);

// servers.json's new text: the current text with its "servers" replaced by these, in this order. What
// Greenlight does not manage is kept: other top-level keys, and in each server (matched by its original
// name) the keys it does not write. The result is checked with parseConfig before it is returned.
// protectedEnvironments, when given, replaces the top-level "protected_environments".
Result<QByteArray> renderConfig(const QByteArray &current, const std::vector<ServerEdit> &servers,
                                const QString &sourceName,
                                const std::optional<QStringList> &protectedEnvironments = std::nullopt);

// The file's current text; empty when it does not exist yet.
Result<QByteArray> readConfigText(const QString &path);
// Replaces the file in one step (QSaveFile): a crash or a full disk leaves the old file whole.
Result<void> writeConfigText(const QString &path, const QByteArray &text);

} // namespace gl
