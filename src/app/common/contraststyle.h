#pragma once

#include <QProxyStyle>

namespace pacte {

// The platform's style with one correction for dark palettes. Qt 6.4's Fusion style (the default
// outside KDE) outlines check boxes and radio buttons with the window colour darkened: in a dark
// palette an empty box is then nearly invisible on the list or field behind it, so the territories
// or members left unchecked cannot be seen. This style draws that outline in controlOutline()'s
// colour, which reads at 3:1 (WCAG 2.1, non-text contrast) on the base colour. Other styles draw
// their own visible outlines and are left untouched.
class ContrastStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

// Wraps the application's current style (the platform's, or the one given with -style) in a
// ContrastStyle. Called once, after the QApplication is made.
void installContrastStyle();

} // namespace pacte
