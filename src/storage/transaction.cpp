#include "transaction.h"

#include "database.h"

namespace pacte {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.beginTransaction();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollbackTransaction();
}

void Transaction::commit()
{
    m_done = true;
    m_db.commitTransaction();
}

} // namespace pacte
