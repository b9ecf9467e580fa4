#pragma once

#include <QString>

namespace pacte {

// The demo database in the user's data folder (QStandardPaths::AppDataLocation), created from the
// embedded Hérault data on first use. Returns its path; throws StorageError if it cannot be made.
QString ensureDemoDatabase();
QString demoDatabasePath();

} // namespace pacte
