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

} // namespace pacte
