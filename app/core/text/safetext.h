// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QString>

namespace gl {

struct Gate;

// Server-supplied text (project, branch and user names, error messages) is shown to a person; a hostile
// server can put control characters in it that rewrite a terminal (ESC sequences) or reorder what a window
// shows (bidirectional overrides). These make such text harmless.

// True for a character that is never shown as itself: C0 controls but line feed, DEL, C1 controls, and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
bool isUnsafeChar(char32_t c);

// For a terminal: each unsafe character written as a visible escape ("\x1b", "\u202e"); line feeds kept
// when keepNewlines, else escaped too.
QString terminalSafe(const QString &text, bool keepNewlines = true);

// For the window: each unsafe character replaced by U+FFFD (line feeds kept), so that what is shown
// is in the order the server sent it and a substitution is visible.
QString displaySafe(const QString &text);

// The gate's server-supplied display text made displaySafe. What is sent back to the server as it came is
// left alone: ids, URLs, the status word, approval rules, parameter names, choices and defaults.
void makeDisplaySafe(Gate &gate);

// One CSV field (RFC 4180): quoted where it holds a comma, quote, CR or LF; and a value a spreadsheet would
// take for a formula (starting, after any spaces, with = + - @, a tab or CR, or their full-width forms) is
// prefixed with an apostrophe first, so that the guard is inside the quotes.
QString csvField(const QString &value);

} // namespace gl
