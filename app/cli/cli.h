// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QStringList>

namespace gl::cli {

enum ExitCode
{
    Done = 0,
    Refused = 1,
    Usage = 2
};

// True when the arguments name a command-line verb (list, approve, reject, audit, sim).
bool isVerb(const QStringList &arguments);
// Runs a verb inside a running QCoreApplication; returns the exit code.
int run(const QStringList &arguments);

} // namespace gl::cli
