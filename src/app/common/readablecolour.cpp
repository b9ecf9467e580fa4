#include "readablecolour.h"

#include <algorithm>
#include <cmath>

#include <QBrush>
#include <QGuiApplication>
#include <QVariant>

namespace pacte {

namespace {

constexpr double MinimumContrast = 4.5;

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& wanted, const QColor& background)
{
    if (!wanted.isValid() || contrastRatio(wanted, background) >= MinimumContrast)
        return wanted;
    const bool lighten = luminance(background) < 0.18;
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    float alpha = 1;
    wanted.getHslF(&hue, &saturation, &lightness, &alpha);
    QColor colour = wanted;
    for (int step = 0; step < 50; ++step) {
        lightness = std::clamp(lightness + (lighten ? 0.02F : -0.02F), 0.0F, 1.0F);
        colour = QColor::fromHslF(hue, saturation, lightness, alpha);
        if (contrastRatio(colour, background) >= MinimumContrast)
            return colour;
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

QColor readableText(const QColor& wanted, QPalette::ColorRole background)
{
    return readableOn(wanted, QGuiApplication::palette().color(background));
}

QVariant readableForeground(const QVariant& foreground)
{
    if (foreground.canConvert<QColor>() && foreground.typeId() == QMetaType::QColor)
        return readableText(foreground.value<QColor>());
    if (foreground.typeId() == QMetaType::QBrush) {
        QBrush brush = foreground.value<QBrush>();
        brush.setColor(readableText(brush.color()));
        return brush;
    }
    return foreground;
}

QColor mutedText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor halfway((text.red() + window.red()) / 2, (text.green() + window.green()) / 2,
                         (text.blue() + window.blue()) / 2);
    return readableOn(halfway, window);
}

QColor controlOutline(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    // From the base towards the text, the first step that reads at 3:1 on the base inside the box
    // and on the window around it.
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor colour(qRound(base.red() + (text.red() - base.red()) * t),
                            qRound(base.green() + (text.green() - base.green()) * t),
                            qRound(base.blue() + (text.blue() - base.blue()) * t));
        if (contrastRatio(colour, base) >= 3.0 && contrastRatio(colour, window) >= 3.0)
            return colour;
    }
    return text;
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

} // namespace pacte
