#pragma once

#include "domain/clock.h"
#include "storage/database.h"

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QSqlQuery;

namespace pacte::test {

// A folder removed at the end of the test.
class TempDir final
{
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// A small tmpfs mounted on a temporary folder, for the full-disk and read-only cases (tests run as
// root in CI). Where mounting is not allowed, mounted() is false and the case is skipped with a
// warning.
class SmallFileSystem final
{
public:
    explicit SmallFileSystem(qint64 bytes = 4 * 1024 * 1024);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;

    bool mounted() const { return m_mounted; }
    QString path(const QString& name) const;
    // Takes all the space left (a file of zeros), so that the next write fails for want of space.
    void fill();
    // Takes the space left but about `bytes` (a multiple of 4096), so that a write fails part of the way.
    void fillLeaving(qint64 bytes);
    // Frees what fill() took.
    void unfill();
    // Makes the whole file system read-only (or writable again).
    void setReadOnly(bool readOnly);

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// Takes a file back before schema 10: the group evaluations (schema 11), the provenance table and its
// triggers out (a raw connection's query; the caller then sets an older user_version).
void dropProvenance(QSqlQuery& query);
// Takes a file back to format 13: no record versions nor their triggers (format 14, team mode); the
// three below start with it.
void dropFormat14(QSqlQuery& query);
// Takes a file back to format 12 as far as financing goes: no funding lines (format 13, issue 20).
void dropFunding(QSqlQuery& query);
// Takes a file back to format 12: no partners' commitments (format 13).
void dropCommitments(QSqlQuery& query);
// Takes a file back to format 12: its local pacts' tables dropped (format 13).
void dropLocalPacts(QSqlQuery& query);
// Takes a file back to format 12: the three above (issue 20's financing, commitments and local pacts).
void dropFormat13(QSqlQuery& query);
// Takes a file back to format 11: no indicator templates, no link from the indicators (format 12).
void dropIndicatorTemplates(QSqlQuery& query);

QByteArray fileBytes(const QString& path);
QString testDataPath(const QString& relative);

// Fixes Clock at `utc` for the life of the object, so that dates and timestamps written meanwhile are
// exact rather than "today" (which changes while the suite runs, and from one day to the next).
class FixedClock final
{
public:
    explicit FixedClock(const QDateTime& utc) { Clock::setFixed(utc); }
    ~FixedClock() { Clock::reset(); }
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;
};

// Whether the suite runs on PostgreSQL (PACTE_TEST_ENGINE=postgresql, the second run of the storage,
// editing and CLI suites; tests of what only a file has are tagged [file] and left out of it).
bool onServer();

// A new database at `path`, optionally filled with the demo data; on PostgreSQL (onServer()), a new
// database of the tests' cluster instead.
std::unique_ptr<Database> createDatabase(const QString& path, bool demo = false);

// Where a test puts a new database named `name`: the file `dir`/`name` on SQLite; on PostgreSQL
// (onServer()), the address of a new empty database of the tests' cluster, owned by and connecting as
// "testeur" (what createDatabase() and `pacte-cli init` then fill).
QString newDatabaseLocation(const TempDir& dir, const QString& name);
// `pacte-cli init LOCATION [--demo]` at newDatabaseLocation(dir, name): its location (the test fails
// when the command does).
QString initDatabase(const TempDir& dir, const QString& name = QStringLiteral("demo.pacte"), bool demo = true);
// `pacte-cli generate LOCATION --scale SCALE` at newDatabaseLocation(dir, name): its location.
QString generateDatabase(const TempDir& dir, const QString& name, int scale);
// What the database at `location` holds, to compare before and after a command that must change
// nothing: the file's bytes; on a server, every row of every table as text, in one order. Empty when
// there is no such file, or when the server database holds no table (nothing was created).
QByteArray databaseContent(const QString& location);
// The name messages give the database at `location`: the file's name, or the server database's.
QString locationName(const QString& location);
// The database files among `names` that a test's folder holds: all on SQLite, none on PostgreSQL (its
// databases are on the server). For the checks that a command left nothing else beside them.
QStringList databaseFiles(const QStringList& names);

// What a writer killed in the middle of a change leaves: `copy` (and `copy`-journal) are the database at
// `path` as it lies on disk while a transaction that added `territories` territories is under way, its
// pages already written to the file and their former content in the hot journal. `path` is unchanged.
void leaveInterruptedChange(const QString& path, const QString& copy, int territories = 400);

// Runs pacte-cli with `arguments`; returns its exit code and fills stdout/stderr (UTF-8).
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList& arguments, const QString& workingDirectory = {});
// The same with the environment given (PGPASSWORD, say) instead of the test's own.
CliResult runCli(const QStringList& arguments, const QProcessEnvironment& environment);

// Runs pacte-cli as a user without privileges (nobody, through setpriv, when the tests run as root,
// whom file permissions do not stop): what a coordinator without the right to write meets. False in
// `ran` when that is impossible here (root without setpriv).
CliResult runCliUnprivileged(const QStringList& arguments, bool* ran);

} // namespace pacte::test
