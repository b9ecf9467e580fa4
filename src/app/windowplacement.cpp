#include "windowplacement.h"

#include <algorithm>

namespace pacte {

namespace {

// Beyond this, a maximised window spreads the list and the form too far apart to read comfortably.
constexpr int LargestMaximizedWidth = 1920;
constexpr int LargestMaximizedHeight = 1080;
constexpr int ComfortableWidth = 1600;
constexpr int ComfortableHeight = 1000;

} // namespace

FirstPlacement firstPlacement(const QRect& availableScreen)
{
    const bool small =
        availableScreen.width() <= LargestMaximizedWidth && availableScreen.height() <= LargestMaximizedHeight;
    const QSize size(std::min(ComfortableWidth, availableScreen.width() * 9 / 10),
                     std::min(ComfortableHeight, availableScreen.height() * 9 / 10));
    QRect geometry(QPoint(), size);
    geometry.moveCenter(availableScreen.center());
    return {small, geometry};
}

} // namespace pacte
