#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pacte {

struct BackupEntry
{
    QString path;
    QDateTime createdAt;
    QString reason; // "migration", "import", "restauration"
};

// Automatic copies of a database file, kept in a folder beside it ("NAME.sauvegardes/") so that
// they travel with the file when the coordinator copies its folder. The newest `keep` are kept.
class Backups final
{
public:
    static constexpr int DefaultKeep = 20;

    static QString folderFor(const QString& databasePath);
    // Copies the file byte for byte; returns the copy's path. Throws StorageError on failure.
    static QString copy(const QString& databasePath, const QString& reason, int keep = DefaultKeep);
    static QList<BackupEntry> list(const QString& databasePath); // newest first
};

} // namespace pacte
