#pragma once

namespace pacte {

class Database;

// Scope guard for one unit of work: rolls back unless commit() was called. Nested guards join the
// outer transaction; a failed inner one makes the whole transaction roll back.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace pacte
