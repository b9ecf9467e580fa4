#pragma once

// The looks a user may choose outside Pacte, for the duration of a scope: the system's dark palette
// and a larger text size (issue #17).
#include <QFont>
#include <QPalette>

namespace pacte::test {

// A dark palette as a desktop's dark theme gives it (light text on dark bases), with Fusion.
class DarkPalette final
{
public:
    DarkPalette();
    ~DarkPalette();
    DarkPalette(const DarkPalette&) = delete;
    DarkPalette& operator=(const DarkPalette&) = delete;

private:
    QPalette m_previous;
};

// The application font scaled by `factor` (2.0: the 200 % text of WCAG 1.4.4).
class LargeText final
{
public:
    explicit LargeText(double factor);
    ~LargeText();
    LargeText(const LargeText&) = delete;
    LargeText& operator=(const LargeText&) = delete;

private:
    QFont m_previous;
};

// The dark palette itself.
QPalette darkPalette();

} // namespace pacte::test
