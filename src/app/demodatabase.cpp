#include "demodatabase.h"

#include "exchange/demodata.h"
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
    createDemoDatabase(path, Database::systemUserName());
    return path;
}

} // namespace pacte
