#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pacte {

// Dates as the user reads them, in the UI language: "30 janvier 2023".
QString formatDate(const QDate& date);
// "12 mars 2025, 14:02"
QString formatDateTime(const QDateTime& dateTime);
// A date as typed by the user: day, month and four-digit year separated by / . or - ("30/06/2024",
// "1/7/2024", "30.06.2024"), or ISO ("2024-06-30"). Invalid when it is anything else: a date is stored
// exactly as typed or refused, never guessed ("30/06/24" is refused).
QDate parseTypedDate(const QString& text);
// A date as it is typed back: "30/06/2024".
QString typedDateText(const QDate& date);
// A number without useless decimals: 46, 12.5
QString formatNumber(double value);
// A measured value: the number, or "not reported" when it is unknown (unknown is not zero).
QString formatMeasuredValue(const std::optional<double>& value);
// A file name made from `text` as typed, accents included, with only what a file system forbids
// replaced (control characters, / \ : * ? " < > |, a leading dot, trailing dots and spaces), and at
// most 200 bytes long: sheets and reports are saved under their group's or scope's name. Empty when
// nothing is left.
QString portableFileStem(const QString& text);

// How much of a long value previews and messages show by default.
inline constexpr qsizetype ShortTextLength = 200;
// A value as previews and messages show it: whole when it has at most `length` characters, otherwise its
// beginning, then "… (N caractères)" with N the whole value's length, so that a 400,000-character field
// does not fill a terminal or a dialog.
QString shortened(const QString& text, qsizetype length = ShortTextLength);

} // namespace pacte
