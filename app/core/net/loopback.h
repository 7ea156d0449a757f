// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QString>
#include <QUrl>

namespace gl {

// True for localhost, 127.0.0.0/8 and ::1: the only hosts plain http:// may reach.
bool isLoopbackHost(const QString &host);
// https anywhere, http only to loopback.
bool isAllowedScheme(const QUrl &url);

} // namespace gl
