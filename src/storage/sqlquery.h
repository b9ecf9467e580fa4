#pragma once

#include "domain/ids.h"

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace pacte {

class Database;

// A prepared statement that throws StorageError on failure, with the conversions between
// domain values and columns in one place (dates as ISO text, UUIDs without braces, 0 ids as NULL).
// Inside a StatementBatch, a write statement is the batch's, prepared once for all its uses.
class SqlQuery final
{
public:
    SqlQuery(Database& db, const QString& sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(const QVariant& value);
    SqlQuery& bindAll(const QVariantList& values);
    SqlQuery& exec();
    bool next() { return m_query->next(); }

    // Columns by position (aggregates, joins) or by name (records: "title"), the names found once
    // per statement.
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    int integer(int column) const { return m_query->value(column).toInt(); }
    Id id(int column) const { return m_query->value(column).toLongLong(); }
    bool flag(int column) const { return m_query->value(column).toInt() != 0; }
    QDate date(int column) const;
    QUuid uuid(int column) const { return QUuid::fromString(m_query->value(column).toString()); }
    std::optional<double> optionalNumber(int column) const;
    QVariant value(const char* name) const { return value(column(name)); }
    QString text(const char* name) const { return text(column(name)); }
    int integer(const char* name) const { return integer(column(name)); }
    Id id(const char* name) const { return id(column(name)); }
    bool flag(const char* name) const { return flag(column(name)); }
    QDate date(const char* name) const { return date(column(name)); }
    QUuid uuid(const char* name) const { return uuid(column(name)); }
    std::optional<double> optionalNumber(const char* name) const { return optionalNumber(column(name)); }
    // The id the last INSERT gave its row (SQLite's rowid, PostgreSQL's identity through lastval()).
    Id lastInsertId() const;
    QSqlRecord record() const { return m_query->record(); }
    // The rows the last INSERT, UPDATE or DELETE wrote.
    int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    // The position of the column called `name` in the result; throws StorageError if there is none.
    int column(const char* name) const;

    std::unique_ptr<QSqlQuery> m_own; // none when the statement is a batch's or the server cache's
    bool m_borrowed = false;          // lent by the server's StatementCache, given back on destruction
    QSqlQuery* m_query = nullptr;
    mutable QList<QByteArray> m_columnNames; // the result's, read once
    QString m_sql;
    QString m_path; // the database file, for the messages
    Database* m_db = nullptr;
    int m_nextBind = 0;
};

QVariant dbDate(const QDate& date);
QVariant dbId(Id id);
QString dbUuid(const QUuid& uuid);
QVariant dbNumber(const std::optional<double>& value);

} // namespace pacte
