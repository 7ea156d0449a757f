#pragma once

namespace gl {

// Installs Greenlight's catalogue for the system locale, or the English one, which carries the plural
// forms ("1 gate waits", "2 gates wait"), for a locale without its own. The catalogues are compiled into
// this library (resource :/i18n). Call once, after the application object exists.
void installTranslations();

} // namespace gl
