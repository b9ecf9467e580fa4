#include "statementbatch.h"

#include "database.h"
#include "failures.h"
#include "storageerror.h"

#include <QSqlError>

namespace pacte {

StatementBatch::StatementBatch(Database& db)
    : m_db(db)
{
    if (!db.statementBatch()) {
        db.setStatementBatch(this);
        m_owner = true;
    }
}

StatementBatch::~StatementBatch()
{
    if (m_owner)
        m_db.setStatementBatch(nullptr);
}

QSqlQuery& StatementBatch::prepared(const QString& sql)
{
    if (!m_owner)
        return m_db.statementBatch()->prepared(sql);
    auto& statement = m_statements[sql];
    if (!statement) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw StorageError(sqlFailureMessage(query->lastError(), m_db.path(), sql));
        statement = std::move(query);
    }
    return *statement;
}

bool StatementBatch::keeps(const QString& sql)
{
    return sql.startsWith(QLatin1String("INSERT ")) || sql.startsWith(QLatin1String("UPDATE ")) ||
           sql.startsWith(QLatin1String("DELETE "));
}

} // namespace pacte
