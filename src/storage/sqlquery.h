#pragma once

#include "domain/ids.h"

#include <optional>

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace pacte {

class Database;

// A prepared statement that throws StorageError on failure, with the conversions between
// domain values and columns in one place (dates as ISO text, UUIDs without braces, 0 ids as NULL).
class SqlQuery final
{
public:
    SqlQuery(Database& db, const QString& sql);

    SqlQuery& bind(const QVariant& value);
    SqlQuery& bindAll(const QVariantList& values);
    SqlQuery& exec();
    bool next() { return m_query.next(); }

    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    Id id(int column) const { return m_query.value(column).toLongLong(); }
    bool flag(int column) const { return m_query.value(column).toInt() != 0; }
    QDate date(int column) const;
    QUuid uuid(int column) const { return QUuid::fromString(m_query.value(column).toString()); }
    std::optional<double> optionalNumber(int column) const;
    Id lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    QSqlRecord record() const { return m_query.record(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_path; // the database file, for the messages
    int m_nextBind = 0;
};

QVariant dbDate(const QDate& date);
QVariant dbId(Id id);
QString dbUuid(const QUuid& uuid);
QVariant dbNumber(const std::optional<double>& value);

} // namespace pacte
