#include "databaseidentity.h"

#include "database.h"
#include "sqlquery.h"

namespace pacte {

namespace {

QString metaValue(Database& db, const char* key)
{
    SqlQuery query(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bind(QString::fromLatin1(key)).exec();
    return query.next() ? query.text(0) : QString();
}

void setMetaValue(Database& db, const char* key, const QString& value)
{
    SqlQuery(db, QStringLiteral("DELETE FROM meta WHERE key = ?")).bind(QString::fromLatin1(key)).exec();
    SqlQuery(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))
        .bindAll({QString::fromLatin1(key), value})
        .exec();
}

} // namespace

DatabaseIdentity databaseIdentity(Database& db)
{
    return {db.databaseUuid(), QDateTime::fromString(metaValue(db, "created_at"), Qt::ISODate),
            metaValue(db, "created_by")};
}

void restoreDatabaseIdentity(Database& db, const DatabaseIdentity& identity)
{
    db.ensureWritable();
    setMetaValue(db, "database_uuid", identity.uuid.toString(QUuid::WithoutBraces));
    if (identity.createdAt.isValid())
        setMetaValue(db, "created_at", identity.createdAt.toUTC().toString(Qt::ISODate));
    setMetaValue(db, "created_by", identity.createdBy);
}

} // namespace pacte
