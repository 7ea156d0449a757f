// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "gateicons.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace gl::ui {
namespace {

// Colours that keep 3:1 contrast (WCAG, for graphics) with the view's base colour, light or dark.
QColor tone(QRgb light, QRgb dark, bool onDark)
{
    return QColor(onDark ? dark : light);
}

QPixmap draw(Badge badge, int size, bool onDark)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF r(s * 0.08, s * 0.08, s * 0.84, s * 0.84);
    QPen pen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (badge) {
    case Badge::Server:
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x4a5b73, 0x8da2c0, onDark));
        p.drawRoundedRect(QRectF(s * 0.1, s * 0.14, s * 0.8, s * 0.32), s * 0.08, s * 0.08);
        p.drawRoundedRect(QRectF(s * 0.1, s * 0.54, s * 0.8, s * 0.32), s * 0.08, s * 0.08);
        p.setBrush(QColor(0x7c, 0xd9, 0x92));
        p.drawEllipse(QPointF(s * 0.74, s * 0.30), s * 0.06, s * 0.06);
        p.drawEllipse(QPointF(s * 0.74, s * 0.70), s * 0.06, s * 0.06);
        break;
    case Badge::Project:
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x3b82c4, 0x5f9fdc, onDark));
        p.drawRoundedRect(QRectF(s * 0.08, s * 0.22, s * 0.84, s * 0.62), s * 0.08, s * 0.08);
        p.drawRoundedRect(QRectF(s * 0.08, s * 0.14, s * 0.38, s * 0.2), s * 0.06, s * 0.06);
        break;
    case Badge::Pipeline: {
        p.setPen(QPen(tone(0x6b7280, 0x9aa1ae, onDark), s * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.18, s * 0.5), QPointF(s * 0.82, s * 0.5));
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x6b7280, 0x9aa1ae, onDark));
        for (qreal x : {0.2, 0.5, 0.8}) {
            p.drawEllipse(QPointF(s * x, s * 0.5), s * 0.12, s * 0.12);
        }
        break;
    }
    case Badge::Workflow: {
        p.setPen(QPen(tone(0x805ad5, 0xa07ee8, onDark), s * 0.1, Qt::SolidLine, Qt::RoundCap));
        QPainterPath path(QPointF(s * 0.2, s * 0.25));
        path.cubicTo(QPointF(s * 0.6, s * 0.25), QPointF(s * 0.4, s * 0.75), QPointF(s * 0.8, s * 0.75));
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x805ad5, 0xa07ee8, onDark));
        p.drawEllipse(QPointF(s * 0.2, s * 0.25), s * 0.12, s * 0.12);
        p.drawEllipse(QPointF(s * 0.8, s * 0.75), s * 0.12, s * 0.12);
        break;
    }
    case Badge::Hold: {
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0xc27a00, 0xe89a0c, onDark));
        p.drawEllipse(r);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(s * 0.34, s * 0.3, s * 0.11, s * 0.4), s * 0.03, s * 0.03);
        p.drawRoundedRect(QRectF(s * 0.55, s * 0.3, s * 0.11, s * 0.4), s * 0.03, s * 0.03);
        break;
    }
    case Badge::Blocked:
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x7a8393, 0x98a1b1, onDark));
        p.drawEllipse(r);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(s * 0.36, s * 0.46, s * 0.28, s * 0.22), s * 0.03, s * 0.03);
        p.setPen(QPen(Qt::white, s * 0.07));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(s * 0.4, s * 0.3, s * 0.2, s * 0.3), 0, 180 * 16);
        break;
    case Badge::Sending:
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x3b82c4, 0x5f9fdc, onDark));
        p.drawEllipse(r);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.68, s * 0.5));
        p.drawPolyline(
            QPolygonF({QPointF(s * 0.54, s * 0.35), QPointF(s * 0.7, s * 0.5), QPointF(s * 0.54, s * 0.65)}));
        break;
    case Badge::Error:
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0xd14040, 0xe05a5a, onDark));
        p.drawEllipse(r);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
        p.drawPoint(QPointF(s * 0.5, s * 0.72));
        break;
    case Badge::Blank:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x7a, 0x06));
        p.drawEllipse(QRectF(0, 0, s, s));
        break;
    case Badge::Checking:
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x7a8393, 0x98a1b1, onDark));
        p.drawEllipse(r);
        p.setBrush(Qt::white);
        for (qreal x : {0.3, 0.5, 0.7}) {
            p.drawEllipse(QPointF(s * x, s * 0.5), s * 0.07, s * 0.07);
        }
        break;
    case Badge::Ok:
        p.setPen(Qt::NoPen);
        p.setBrush(tone(0x26964f, 0x2fa85a, onDark));
        p.drawEllipse(r);
        p.setPen(pen);
        p.drawPolyline(QPolygonF(
            {QPointF(s * 0.3, s * 0.52), QPointF(s * 0.45, s * 0.66), QPointF(s * 0.71, s * 0.36)}));
        break;
    }
    return pm;
}

} // namespace

QColor errorColor()
{
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x3a, 0x3a);
}

bool onDarkBase()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QIcon badgeIcon(Badge badge)
{
    static QHash<int, QIcon> cache; // per badge and base: a palette change gets the other set
    const bool dark = onDarkBase();
    const int key = static_cast<int>(badge) * 2 + (dark ? 1 : 0);
    auto it = cache.find(key);
    if (it != cache.end()) {
        return *it;
    }
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        icon.addPixmap(draw(badge, size, dark));
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace gl::ui
