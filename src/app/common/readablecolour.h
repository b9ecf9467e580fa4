#pragma once

#include <QColor>
#include <QPalette>

namespace pacte {

// WCAG 2.1's contrast ratio between two colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);

// `wanted` itself when it reads at 4.5:1 (WCAG AA) on `background`; otherwise the same hue made
// lighter on a dark background or darker on a light one until it does. Pacte's status and warning
// colours are chosen for a light window; a dark palette gets them lightened, never unreadable.
QColor readableOn(const QColor& wanted, const QColor& background);

// `wanted` made readable on the application palette's `background` role (lists and fields: Base).
QColor readableText(const QColor& wanted, QPalette::ColorRole background = QPalette::Base);

// A model's ForegroundRole value (a QColor or a QBrush) made readable on the lists' background.
QVariant readableForeground(const QVariant& foreground);

// A secondary text colour (hints, notes) of `palette`: its text colour halfway to its window, as
// faint as 4.5:1 allows.
QColor mutedText(const QPalette& palette);

// The outline of a control (a check box, a radio button) of `palette`: between its text and base
// colours, as faint as 3:1 on the base and on the window allows (WCAG 2.1, non-text contrast).
QColor controlOutline(const QPalette& palette);

// Whether `palette` is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

} // namespace pacte
