#pragma once

#include <memory>
#include <unordered_map>

#include <QSqlQuery>
#include <QString>

namespace pacte {

class Database;

// The prepared statements of a server connection, kept for the next use of the same SQL. Qt's QPSQL
// driver sends a statement as PREPARE, EXECUTE and DEALLOCATE: three round trips to the server, where
// a kept statement costs one (EXECUTE). An edit runs some twenty statements, most of them the same
// every time. A statement in use (a SqlQuery still reading it) is not lent twice: the second user
// gets a statement of its own. Files do not need it: SQLite prepares in-process.
class StatementCache final
{
public:
    explicit StatementCache(Database& db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The kept statement for `sql`, prepared on first use and marked in use until release(); nullptr
    // when it is in use already (the caller prepares its own). Throws StorageError.
    QSqlQuery* borrow(const QString& sql);
    void release(const QString& sql);
    // Drops every statement not in use (after a change of schema, say).
    void clear();
    qsizetype size() const { return static_cast<qsizetype>(m_statements.size()); }

    // Whether `sql` is one the cache keeps: data statements, not schema or session ones.
    static bool keeps(const QString& sql);

private:
    struct Entry
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    Database& m_db;
    std::unordered_map<QString, Entry> m_statements;
};

} // namespace pacte
