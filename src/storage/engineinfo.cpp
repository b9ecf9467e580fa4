#include "engineinfo.h"

#include "sqlitesql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pacte {

QString sqliteVersion()
{
    const QString connection = QStringLiteral("pacte-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(sqlite::engineVersion(), db);
            if (query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace pacte
