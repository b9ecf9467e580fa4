#include "bannertone.h"

#include "readablecolour.h"

namespace pacte {

namespace {

struct Tone
{
    QColor lightBackground, lightBorder, lightText;
    QColor darkBackground, darkBorder, darkText;
};

Tone toneOf(BannerTone tone)
{
    switch (tone) {
    case BannerTone::Information:
        return {QColor(0xe6, 0xf0, 0xfa), QColor(0xa9, 0xc4, 0xe0), QColor(0x0b, 0x2a, 0x4a),
                QColor(0x13, 0x2c, 0x45), QColor(0x2f, 0x5a, 0x86), QColor(0xd6, 0xe8, 0xfa)};
    case BannerTone::Warning:
        return {QColor(0xff, 0xf3, 0xb0), QColor(0xe0, 0xc8, 0x60), QColor(0x3d, 0x30, 0x00),
                QColor(0x3d, 0x33, 0x08), QColor(0x7a, 0x66, 0x1a), QColor(0xfb, 0xee, 0xb8)};
    case BannerTone::Error:
        return {QColor(0xfd, 0xe8, 0xe8), QColor(0xe0, 0xa0, 0xa0), QColor(0x6b, 0x00, 0x00),
                QColor(0x48, 0x16, 0x16), QColor(0x8a, 0x3a, 0x3a), QColor(0xfb, 0xd8, 0xd8)};
    case BannerTone::Neutral:
        break;
    }
    return {QColor(0xf3, 0xf3, 0xf3), QColor(0xcf, 0xcf, 0xcf), QColor(0x33, 0x33, 0x33),
            QColor(0x2c, 0x2f, 0x33), QColor(0x50, 0x54, 0x5a), QColor(0xe8, 0xe8, 0xe8)};
}

} // namespace

BannerColours bannerColours(BannerTone tone, const QPalette& palette)
{
    const Tone t = toneOf(tone);
    if (isDark(palette))
        return {t.darkBackground, t.darkBorder, readableOn(t.darkText, t.darkBackground)};
    return {t.lightBackground, t.lightBorder, readableOn(t.lightText, t.lightBackground)};
}

QString bannerStyleSheet(BannerTone tone, const QPalette& palette, const QString& objectName)
{
    const BannerColours c = bannerColours(tone, palette);
    if (objectName.isEmpty())
        return QStringLiteral("background: %1; color: %2; padding: 6px; border: 1px solid %3; border-radius: 3px;")
            .arg(c.background.name(), c.text.name(), c.border.name());
    return QStringLiteral("#%1 { background: %2; border-bottom: 1px solid %3; } QLabel { color: %4; }")
        .arg(objectName, c.background.name(), c.border.name(), c.text.name());
}

} // namespace pacte
