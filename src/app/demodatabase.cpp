#include "demodatabase.h"

#include "exchange/dump.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace pacte {

QString demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-herault.pacte"));
}

QString ensureDemoDatabase()
{
    const QString path = demoDatabasePath();
    if (QFile::exists(path))
        return path;
    auto db = Database::create(path, Database::systemUserName());
    try {
        loadDemoData(*db);
    } catch (...) {
        db.reset();
        QFile::remove(path);
        throw;
    }
    return path;
}

} // namespace pacte
