#pragma once

// A throwaway PostgreSQL cluster for the tests (issue 14), reachable through a Unix socket only and
// trusting every local connection but those of the roles made by createPasswordRole(). Under CTest, the `postgres`
// fixture (tests/CMakeLists.txt) starts one for the whole run and hands its socket folder in PACTE_TEST_PGHOST; a suite
// run directly starts its own (tests/common/pgcluster.sh) on first use and stops it when the application ends.
//
// A PostgreSQL test starts with PACTE_REQUIRE_POSTGRES(): without a cluster it fails, saying why,
// unless PACTE_TEST_NO_POSTGRES=1, in which case it is skipped with a warning.

#include <QString>

namespace pacte::test {

class PgCluster final
{
public:
    // The cluster of this run: the one CTest's fixture started (PACTE_TEST_PGHOST), else one this
    // process starts on first use (pgcluster.sh start in a fresh temporary folder) and stops at exit.
    static PgCluster& instance();

    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    bool isRunning() const { return m_running; }
    // Why the cluster could not start or be reached (English), empty when it runs.
    QString failure() const { return m_failure; }
    // The folder holding the server's socket (libpq's `host`).
    QString socketDirectory() const { return m_socketDirectory; }

    // A new empty database with a unique name (CREATE DATABASE through psql as postgres); returns
    // its address "postgresql:///NAME?host=SOCKETDIR&user=postgres". The name is lowercase
    // `prefix_<pid>_<counter>_<random>`, unique across the test processes sharing the cluster. Fails
    // the running test when the database cannot be created.
    QString createDatabase(const QString& prefix = QStringLiteral("pacte"));
    // The address of `database` on this cluster, connecting as `user`.
    QString url(const QString& database, const QString& user = QStringLiteral("postgres")) const;
    // The name of the database an address of url() or createDatabase() names.
    static QString databaseName(const QString& url);
    // Drops the database (its open connections closed); nothing when there is none by that name.
    void dropDatabase(const QString& name);

    // Runs `sql` (one or more statements) through psql (-X -q -v ON_ERROR_STOP=1 -At) as `role` on
    // `database`: its exit code (-1 when psql could not run), standard output and error.
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result psql(const QString& database, const QString& sql, const QString& role = QStringLiteral("postgres")) const;

    // A new login role that must give `password` to connect (scram-sha-256: pgcluster.sh makes the members
    // of the group role pacte_password_users give their password; every other local connection is
    // trusted); returns its name, lowercase `prefix_<pid>_<counter>_<random>`. Fails the running test when
    // the role cannot be created or the cluster does not ask for passwords (started by an older script).
    QString createPasswordRole(const QString& prefix, const QString& password);

    // A name no other database or role of the cluster has, lowercase `prefix_<pid>_<counter>_<random>`
    // (roles belong to the whole cluster, which the test processes share).
    static QString uniqueName(const QString& prefix);

private:
    PgCluster();
    void stopOwnCluster();

    bool m_running = false;
    bool m_own = false;
    QString m_failure;
    QString m_socketDirectory;
};

// Whether the PostgreSQL test may go on: true when the cluster runs. Otherwise the test fails with
// the reason, or, when PACTE_TEST_NO_POSTGRES=1, a warning naming that variable is given and false
// returned (the test is then skipped).
bool requirePostgres();

} // namespace pacte::test

// At the top of each PostgreSQL test case: skips (PACTE_TEST_NO_POSTGRES=1) or fails without a cluster.
#define PACTE_REQUIRE_POSTGRES()                                                                                       \
    do {                                                                                                               \
        if (!::pacte::test::requirePostgres())                                                                         \
            return;                                                                                                    \
    } while (false)
