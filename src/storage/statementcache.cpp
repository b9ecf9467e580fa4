#include "statementcache.h"

#include "database.h"
#include "failures.h"
#include "storageerror.h"

#include <QSqlError>

namespace pacte {

namespace {

// Statements built with a varying number of placeholders (IN lists) would fill the cache with
// single-use entries: past this size, the statements not in use are dropped.
constexpr std::size_t MaximumStatements = 256;

} // namespace

StatementCache::StatementCache(Database& db)
    : m_db(db)
{}

StatementCache::~StatementCache() = default;

QSqlQuery* StatementCache::borrow(const QString& sql)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        if (found->second.inUse)
            return nullptr;
        found->second.inUse = true;
        return found->second.query.get();
    }
    if (m_statements.size() >= MaximumStatements)
        clear();
    auto query = std::make_unique<QSqlQuery>(m_db.connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        throw StorageError(sqlFailureMessage(query->lastError(), m_db.path(), sql));
    QSqlQuery* lent = query.get();
    m_statements.emplace(sql, Entry{std::move(query), true});
    return lent;
}

void StatementCache::release(const QString& sql)
{
    const auto found = m_statements.find(sql);
    if (found == m_statements.end())
        return;
    // The result read or not, its rows are freed now rather than at the next use.
    found->second.query->finish();
    found->second.inUse = false;
}

void StatementCache::clear()
{
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (it->second.inUse)
            ++it;
        else
            it = m_statements.erase(it);
    }
}

bool StatementCache::keeps(const QString& sql)
{
    for (const char* verb : {"SELECT ", "INSERT ", "UPDATE ", "DELETE ", "WITH "}) {
        if (sql.startsWith(QLatin1String(verb)))
            return true;
    }
    return false;
}

} // namespace pacte
