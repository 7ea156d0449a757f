// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// What the eye checks, measured: every status badge stands out from the tree's background in a light and
// a dark palette (WCAG's 3:1 for graphics), and the tray's count is legible at the sizes trays use.

#include "gateicons.h"
#include "trayicon.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

#include <cmath>

using namespace gl::ui;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour that covers most of the badge (its body), ignoring white marks and edge pixels.
QColor dominant(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) == 255 && (p & 0xffffff) != 0xffffff) {
                ++counts[p];
            }
        }
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    }
    return QColor::fromRgb(best);
}

QPalette paletteWithBase(const QColor &base, const QColor &window)
{
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Window, window);
    return p;
}

} // namespace

class TestLooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badgesStandOutFromTheBase_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("window");
        QTest::newRow("light") << QColor(Qt::white) << QColor(0xef, 0xef, 0xef);
        QTest::newRow("Breeze dark") << QColor(0x23, 0x26, 0x29) << QColor(0x31, 0x36, 0x3b);
        QTest::newRow("Adwaita dark") << QColor(0x2d, 0x2d, 0x2d) << QColor(0x35, 0x35, 0x35);
    }

    void badgesStandOutFromTheBase()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, window);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(paletteWithBase(base, window));
        QCOMPARE(onDarkBase(), base.lightness() < 128);
        for (Badge b : {Badge::Server, Badge::Project, Badge::Pipeline, Badge::Workflow, Badge::Hold,
                        Badge::Blocked, Badge::Sending, Badge::Error, Badge::Ok, Badge::Checking}) {
            const QImage image = badgeIcon(b).pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
            const QColor body = dominant(image);
            const double ratio = contrast(body, base);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("badge %1: %2 on %3 is %4:1")
                                                  .arg(static_cast<int>(b))
                                                  .arg(body.name(), base.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
        QApplication::setPalette(before);
    }

    void trayCountIsLegible_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("shown");
        for (int size : {16, 22, 24, 32}) {
            QTest::addRow("%d px, 1 digit", size) << size << 7 << QStringLiteral("7");
            QTest::addRow("%d px, 2 digits", size) << size << 42 << QStringLiteral("42");
            // Three digits: "99+", or "9+" where the font makes "99+" too small to read.
            QTest::addRow("%d px, 3 digits", size) << size << 123 << QStringLiteral("99+|9+");
        }
    }

    // The digits are at least 45% of the icon's height (in whole pixels), whole (nothing at the icon's
    // edges), and white on the disc.
    void trayCountIsLegible()
    {
        QFETCH(int, size);
        QFETCH(int, count);
        QFETCH(QString, shown);
        const QString text = TrayIcon::countLabel(count, size).text;
        QVERIFY2(shown.split(u'|').contains(text), qPrintable(text));
        const QImage image = TrayIcon::iconFor(TrayIcon::State::Waiting, count)
                                 .pixmap(size, size)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        int top = size;
        int bottom = -1;
        int left = size;
        int right = -1;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QColor c = QColor::fromRgba(image.pixel(x, y));
                if (c.alpha() == 255 && c.red() > 200 && c.green() > 200 && c.blue() > 200) {
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        QVERIFY2(bottom >= 0, "no digit drawn");
        const int height = bottom - top + 1;
        QVERIFY2(height >=
                     static_cast<int>(size * 0.45), // whole pixels: 7 of 16, 9 of 22, 10 of 24, 14 of 32
                 qPrintable(QStringLiteral("%1 px tall in %2 px").arg(height).arg(size)));
        QVERIFY2(
            left > 0 && right < size - 1 && top > 0 && bottom < size - 1,
            qPrintable(QStringLiteral("clipped: %1,%2 – %3,%4").arg(left).arg(top).arg(right).arg(bottom)));
    }
};

QTEST_MAIN(TestLooks)
#include "tst_looks.moc"
