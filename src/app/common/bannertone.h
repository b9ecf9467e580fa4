#pragma once

#include <QPalette>
#include <QString>

namespace pacte {

// The tones of Pacte's banners and notices (read-only file, demonstration file, frozen or damaged
// evaluation figures). Each has a light form for a light palette and a dark form for a dark one,
// so that a banner never glares white in a dark window; text reads at 4.5:1 on its background.
enum class BannerTone { Information, Warning, Error, Neutral };

struct BannerColours
{
    QColor background;
    QColor border;
    QColor text;
};

// The colours of `tone` in `palette` (light or dark, see isDark()).
BannerColours bannerColours(BannerTone tone, const QPalette& palette);

// A style sheet giving the widget named `objectName` (empty: the widget the sheet is set on, a
// QLabel) the tone's background and border, and its labels the tone's text colour.
QString bannerStyleSheet(BannerTone tone, const QPalette& palette, const QString& objectName = {});

} // namespace pacte
