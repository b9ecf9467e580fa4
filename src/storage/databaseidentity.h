#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace pacte {

class Database;

// Who a database file is: the uuid that its working-group sheets name, when and by whom it was created.
struct DatabaseIdentity
{
    QUuid uuid;
    QDateTime createdAt;
    QString createdBy;
};

DatabaseIdentity databaseIdentity(Database& db);

// Gives `db` the identity of the database a full dump came from, as a copy of the file would keep it:
// the sheets exported from the original then come back into the restored file. In the caller's
// transaction; db.databaseUuid() says the new uuid once the caller has committed and called
// db.reloadIdentity().
void restoreDatabaseIdentity(Database& db, const DatabaseIdentity& identity);

} // namespace pacte
