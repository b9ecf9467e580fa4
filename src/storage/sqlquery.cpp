#include "sqlquery.h"

#include "database.h"
#include "failures.h"
#include "sqltrace.h"
#include "statementbatch.h"
#include "statementcache.h"
#include "storageerror.h"

#include <QSqlError>

namespace pacte {

SqlQuery::SqlQuery(Database& db, const QString& sql)
    : m_sql(sql)
    , m_path(db.path())
    , m_db(&db)
{
    if (StatementBatch* batch = db.statementBatch(); batch && StatementBatch::keeps(sql)) {
        m_query = &batch->prepared(sql);
        return;
    }
    if (StatementCache* cache = db.statementCache(); cache && StatementCache::keeps(sql)) {
        if ((m_query = cache->borrow(sql))) {
            m_borrowed = true;
            return;
        }
    }
    m_own = std::make_unique<QSqlQuery>(db.connection());
    m_query = m_own.get();
    // We only ever read results once, front to back: no row cache (much faster on large results).
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        throw StorageError(sqlFailureMessage(m_query->lastError(), m_path, sql));
}

SqlQuery::~SqlQuery()
{
    if (m_borrowed) {
        if (StatementCache* cache = m_db->statementCache())
            cache->release(m_sql);
    }
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    // Qt SQL binds a null QString as NULL; our text columns are NOT NULL DEFAULT '', and an absent
    // text is an empty one. Real NULLs (dates, ids) come as null variants (see dbDate, dbId).
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_nextBind++, QStringLiteral(""));
    // Flags are integer columns (0 or 1) on both engines: PostgreSQL refuses a boolean there.
    else if (value.typeId() == QMetaType::Bool)
        m_query->bindValue(m_nextBind++,
                           value.isNull() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(value.toBool() ? 1 : 0));
    else
        m_query->bindValue(m_nextBind++, value);
    return *this;
}

SqlQuery& SqlQuery::bindAll(const QVariantList& values)
{
    for (const auto& value : values)
        bind(value);
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    m_nextBind = 0;
    sqltrace::record(m_sql, m_query->boundValues());
    if (!m_query->exec())
        throw StorageError(sqlFailureMessage(m_query->lastError(), m_path, m_sql));
    return *this;
}

Id SqlQuery::lastInsertId() const
{
    if (m_db->engine() == Database::Engine::SQLite)
        return m_query->lastInsertId().toLongLong();
    // The session's last identity value: this connection's own insert, whatever others do meanwhile.
    QSqlQuery last(m_db->connection());
    if (!last.exec(QStringLiteral("SELECT lastval()")) || !last.next())
        throw StorageError(sqlFailureMessage(last.lastError(), m_path, QStringLiteral("SELECT lastval()")));
    return last.value(0).toLongLong();
}

int SqlQuery::column(const char* name) const
{
    if (m_columnNames.isEmpty()) {
        const QSqlRecord columns = m_query->record();
        for (int i = 0; i < columns.count(); ++i)
            m_columnNames.append(columns.fieldName(i).toLatin1());
    }
    for (qsizetype i = 0; i < m_columnNames.size(); ++i) {
        if (m_columnNames.at(i) == name)
            return static_cast<int>(i);
    }
    throw StorageError(QStringLiteral("SQL error: no column %1 in (%2)").arg(QLatin1String(name), m_sql));
}

QDate SqlQuery::date(int column) const
{
    const QVariant v = m_query->value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<double> SqlQuery::optionalNumber(int column) const
{
    const QVariant v = m_query->value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant dbDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant dbId(Id id)
{
    return id == NoId ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QString dbUuid(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QVariant dbNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace pacte
