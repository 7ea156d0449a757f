// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "net/loopback.h"

#include <QHostAddress>

namespace gl {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedScheme(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

} // namespace gl
