#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pacte {

class Database;

struct BackupEntry
{
    QString path;
    QDateTime createdAt;
    QString reason; // "migration", "import", "restauration", "fiche"
};

// Automatic copies of a database file, kept in a folder beside it ("NAME.sauvegardes/") so that
// they travel with the file when the coordinator copies its folder. The newest `keep` are kept.
class Backups final
{
public:
    static constexpr int DefaultKeep = 20;

    static QString folderFor(const QString& databasePath);
    // Copies the file byte for byte; returns the copy's path (empty for a server database, which its
    // administrator backs up with pg_dump). Throws StorageError on failure.
    static QString copy(const QString& databasePath, const QString& reason, int keep = DefaultKeep);
    static QList<BackupEntry> list(const QString& databasePath); // newest first

    // Puts the backup `backupPath` in place of the database file, after backing the current file up
    // ("restauration"); returns that safety copy's path. The database must be closed by the caller;
    // the file's lock is taken for the duration. A backup that is not an acceptable Pacte file is
    // refused (StorageError) and nothing changes.
    static QString restore(const QString& databasePath, const QString& backupPath, int keep = DefaultKeep);

    // How many copies the database keeps (its own setting, in the meta table; DefaultKeep if unset).
    static int keepCount(Database& db);
    static void setKeepCount(Database& db, int keep);
    static constexpr int MinKeep = 1;
    static constexpr int MaxKeep = 500;
};

} // namespace pacte
