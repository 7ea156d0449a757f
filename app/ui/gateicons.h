#pragma once

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
    Ok
};
QIcon badgeIcon(Badge badge);

} // namespace gl::ui
