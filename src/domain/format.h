#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pacte {

// Dates as the user reads them, in the UI language: "30 janvier 2023".
QString formatDate(const QDate& date);
// "12 mars 2025, 14:02"
QString formatDateTime(const QDateTime& dateTime);
// A number without useless decimals: 46, 12.5
QString formatNumber(double value);

// How much of a long value previews and messages show by default.
inline constexpr qsizetype ShortTextLength = 200;
// A value as previews and messages show it: whole when it has at most `length` characters, otherwise its
// beginning, then "… (N caractères)" with N the whole value's length, so that a 400,000-character field
// does not fill a terminal or a dialog.
QString shortened(const QString& text, qsizetype length = ShortTextLength);

} // namespace pacte
