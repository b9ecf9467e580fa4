#include "enginesql.h"

#include "postgressql.h"
#include "sqlitesql.h"

namespace pacte::enginesql {

QString blankText(Database::Engine engine, const QString& column)
{
    return engine == Database::Engine::PostgreSQL ? postgres::blankText(column) : sqlite::blankText(column);
}

} // namespace pacte::enginesql
