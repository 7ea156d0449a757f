// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace gl {

// The language Greenlight speaks: the one named in greenlight.conf (key "language": "en", "de" or "fr";
// View → Language in the window), else the system's (its list of preferred languages, LANGUAGE and
// LC_MESSAGES), else English. Installs Greenlight's catalogue for it (compiled into this library under
// :/i18n; the English one carries the plural forms, "1 gate waits", "2 gates wait") and Qt's own
// (qtbase_*.qm from Qt's translations folder, Debian's qt6-translations-l10n), so that standard dialogs
// and buttons speak it too. A language named in the settings is also the default QLocale, so that dates,
// times, numbers and sizes follow it. Call once, after the application object exists; returns the language
// installed ("de"). A language given ("de") is installed instead of the settings' and the system's.
QString installTranslations(const QString &language = {});

// The languages Greenlight has a catalogue for, English first ("en", "de", "fr").
QStringList availableLanguages();
// A language's own name for itself ("Deutsch", "Français", "English").
QString languageName(const QString &language);
// What a settings file (greenlight.conf, paths::settingsFile()) names (empty when it names none, or one
// Greenlight does not have), and setting it (empty: follow the system). Takes effect at the next start.
QString languageSetting(const QString &settingsFile);
void setLanguageSetting(const QString &settingsFile, const QString &language);

} // namespace gl
