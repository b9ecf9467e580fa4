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
    Database::create(path, Database::systemUserName(), loadDemoData);
    return path;
}

} // namespace pacte
