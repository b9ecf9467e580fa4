#include "enginesql.h"

#include "postgressql.h"
#include "sqlitesql.h"
#include "sqlquery.h"

namespace pacte::enginesql {

QString blankText(Database::Engine engine, const QString& column)
{
    return engine == Database::Engine::PostgreSQL ? postgres::blankText(column) : sqlite::blankText(column);
}

void afterExplicitId(Database& db, const QString& table)
{
    if (db.engine() == Database::Engine::PostgreSQL)
        SqlQuery(db, postgres::resetIdentity(table)).exec();
}

} // namespace pacte::enginesql
