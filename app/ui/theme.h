// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QString>

namespace gl::ui {

// The window's colours: the desktop's (System), or Greenlight's own light or dark palette on the Fusion
// style, for desktops whose theme Qt cannot follow. Stored in greenlight.conf as [window] theme.
enum class Theme
{
    System,
    Light,
    Dark,
};

Theme themeFromName(const QString &name); // "light", "dark"; anything else: System
QString themeName(Theme theme);
// Applies it to the running application (before or after windows exist).
void applyTheme(Theme theme);
Theme currentTheme();

} // namespace gl::ui
