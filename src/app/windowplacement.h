#pragma once

#include <QRect>

namespace pacte {

// Where the main window opens the first time, before any geometry was saved: maximised on screens up
// to 1920×1080 (a laptop's 1366×768 included), else a comfortable size centred on the screen.
struct FirstPlacement
{
    bool maximized = false;
    QRect geometry; // the window's size and place when not maximised
};

FirstPlacement firstPlacement(const QRect& availableScreen);

} // namespace pacte
