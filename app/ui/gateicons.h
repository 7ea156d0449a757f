// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QColor>
#include <QIcon>

namespace gl::ui {

// Small badges drawn at run time, crisp at any scale and readable in light and dark palettes.
enum class Badge
{
    Server,
    Project,
    Pipeline,
    Workflow,
    Hold,
    Blocked,
    Sending,
    Error,
    Ok,
    Checking, // not known yet
    Blank,    // the hold colour without a symbol, to draw a number on
};
// Drawn for the application palette's base colour (the tree's background): darker tones on a light base,
// lighter ones on a dark base.
QIcon badgeIcon(Badge badge);
bool onDarkBase();
// A red that reads on the current palette, light or dark.
QColor errorColor();

} // namespace gl::ui
