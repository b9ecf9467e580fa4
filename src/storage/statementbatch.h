#pragma once

#include <memory>
#include <unordered_map>

#include <QSqlQuery>
#include <QString>

namespace pacte {

class Database;

// While a StatementBatch is open on a database, the write statements (INSERT, UPDATE, DELETE) that
// SqlQuery prepares are prepared once and reused: writing thousands of records runs the same few
// statements thousands of times, and preparing them again for every record was a third of an
// import's time. Reads are prepared as usual (a cached read could be re-run while a caller still
// steps through its rows). Batches nest: an inner one uses the outer one's statements.
class StatementBatch final
{
public:
    explicit StatementBatch(Database& db);
    ~StatementBatch();
    StatementBatch(const StatementBatch&) = delete;
    StatementBatch& operator=(const StatementBatch&) = delete;

    // The prepared statement for `sql`, prepared on first use; throws StorageError.
    QSqlQuery& prepared(const QString& sql);
    // Whether `sql` is a statement the batch keeps (a write).
    static bool keeps(const QString& sql);

private:
    Database& m_db;
    bool m_owner = false;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace pacte
