#pragma once

#include <QString>

namespace pacte {

// The version of the SQLite library behind Qt's driver ("3.40.1"), from `SELECT sqlite_version()`
// on an in-memory connection; empty when the driver is missing.
QString sqliteVersion();

} // namespace pacte
