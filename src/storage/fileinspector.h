#pragma once

#include <QString>

namespace pacte {

// Pacte's SQLite application_id ("PACT"): a SQLite file without it is not a Pacte database.
inline constexpr quint32 PacteApplicationId = 0x50414354;

struct FileInspection
{
    bool acceptable = false;
    QString problem; // a French sentence naming the file and what is wrong, when not acceptable
    int userVersion = 0;
};

// Reads the SQLite header of `path` without opening it with SQLite, so that a refused file is
// never touched: missing, empty, not SQLite, truncated, foreign (application_id), or newer schema.
FileInspection inspectDatabaseFile(const QString& path, int newestKnownVersion);

} // namespace pacte
