#include "testutil.h"

#include "exchange/demodata.h"
#include "pgcluster.h"
#include "storage/serveraddress.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pacte::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

namespace {

bool runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

SmallFileSystem::SmallFileSystem(qint64 bytes)
{
    REQUIRE(m_dir.isValid());
    m_mounted = runTool(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=%1").arg(bytes), QStringLiteral("pacte-test"), m_dir.path()});
    if (!m_mounted)
        WARN("cannot mount a small file system here (not root?): the case is skipped");
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        runTool(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
}

QString SmallFileSystem::path(const QString& name) const
{
    return m_dir.filePath(name);
}

void SmallFileSystem::fill()
{
    QFile filler(path(QStringLiteral("remplissage.bin")));
    REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray block(4096, '\0');
    while (filler.write(block) == block.size()) {
    }
    // What a page-sized write left: the last bytes.
    while (filler.write(block.constData(), 1) == 1) {
    }
}

void SmallFileSystem::fillLeaving(qint64 bytes)
{
    QFile filler(path(QStringLiteral("remplissage.bin")));
    REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const qint64 available = QStorageInfo(m_dir.path()).bytesAvailable();
    const QByteArray block(4096, '\0');
    for (qint64 taken = 0; taken + block.size() + bytes <= available; taken += block.size()) {
        if (filler.write(block) != block.size())
            break;
    }
}

void SmallFileSystem::unfill()
{
    QFile::remove(path(QStringLiteral("remplissage.bin")));
}

void SmallFileSystem::setReadOnly(bool readOnly)
{
    REQUIRE(runTool(
        QStringLiteral("mount"),
        {QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"), m_dir.path()}));
}

void dropFormat14(QSqlQuery& query)
{
    // Format 14 gave each record a version and its trigger (team mode, issue 14).
    for (const char* table : {"territory", "edition", "axis", "target_public", "dispositif", "partner", "person",
                              "working_group", "action", "meeting", "evaluation", "group_evaluation", "local_pact"}) {
        const QString name = QString::fromLatin1(table);
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1_version").arg(name)));
        REQUIRE(query.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = 'version'").arg(name)));
        if (query.next())
            REQUIRE(query.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(name)));
    }
}

void dropFunding(QSqlQuery& query)
{
    dropFormat14(query);
    for (const char* statement :
         {"DROP TABLE IF EXISTS action_funding_amount", "DROP TABLE IF EXISTS action_funding"}) {
        INFO(statement);
        REQUIRE(query.exec(QString::fromLatin1(statement)));
    }
}

void dropLocalPacts(QSqlQuery& query)
{
    dropFormat14(query);
    // Format 13 added the local pacts (issue 20).
    for (const char* statement :
         {"DROP TABLE IF EXISTS local_pact_review", "DROP TABLE IF EXISTS local_priority_action",
          "DROP TABLE IF EXISTS local_priority_group", "DROP TABLE IF EXISTS local_priority_theme",
          "DROP TABLE IF EXISTS local_priority_axis", "DROP TABLE IF EXISTS local_priority",
          "DROP TABLE IF EXISTS local_pact_person", "DROP TABLE IF EXISTS local_pact_partner",
          "DROP TRIGGER IF EXISTS local_pact_provenance", "DROP TABLE IF EXISTS local_pact"}) {
        INFO(statement);
        REQUIRE(query.exec(QString::fromLatin1(statement)));
    }
}

void dropCommitments(QSqlQuery& query)
{
    dropFormat14(query);
    // Format 13 added the partners' commitments (issue 20, point 3).
    for (const char* table : {"commitment_axis", "commitment_theme", "commitment_action", "commitment"})
        REQUIRE(query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))));
}

void dropFormat13(QSqlQuery& query)
{
    dropFunding(query);
    dropCommitments(query);
    dropLocalPacts(query);
}

void dropIndicatorTemplates(QSqlQuery& query)
{
    dropFormat13(query);
    // Format 12 added the indicator templates and the indicators' link to them: the indicator table is
    // rebuilt as it was (SQLite cannot drop a column that a foreign key uses).
    for (const char* statement :
         {"DROP INDEX IF EXISTS indicator_template_link", "DROP TRIGGER IF EXISTS indicator_template_provenance",
          "DROP TRIGGER IF EXISTS indicator_provenance",
          "CREATE TABLE indicator_v11 (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, action_id INTEGER NOT NULL "
          "REFERENCES action(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, kind "
          "TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', baseline REAL, target REAL)",
          "INSERT INTO indicator_v11 SELECT id, uuid, action_id, position, name, kind, unit, baseline, target FROM "
          "indicator",
          "DROP TABLE indicator", "ALTER TABLE indicator_v11 RENAME TO indicator",
          "CREATE INDEX indicator_action ON indicator(action_id)",
          "CREATE TRIGGER indicator_provenance AFTER DELETE ON indicator BEGIN DELETE FROM provenance WHERE uuid = "
          "old.uuid; END",
          "DROP TABLE IF EXISTS indicator_template"}) {
        INFO(statement);
        REQUIRE(query.exec(QString::fromLatin1(statement)));
    }
}

void dropProvenance(QSqlQuery& query)
{
    dropIndicatorTemplates(query);
    // A file of format 10 or earlier has no group evaluations (format 11) either.
    REQUIRE(query.exec(QStringLiteral("DROP TABLE IF EXISTS group_evaluation")));
    for (const char* table :
         {"territory", "edition", "axis", "theme", "target_public", "dispositif", "partner", "signature", "person",
          "working_group", "action", "indicator", "measurement", "meeting", "evaluation"})
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1_provenance").arg(QLatin1String(table))));
    REQUIRE(query.exec(QStringLiteral("DROP TABLE IF EXISTS provenance")));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString testDataPath(const QString& relative)
{
    return QDir(QStringLiteral(PACTE_TEST_DATA_DIR)).filePath(relative);
}

bool onServer()
{
    return qEnvironmentVariable("PACTE_TEST_ENGINE") == QLatin1String("postgresql");
}

namespace {

// A new empty database of the tests' cluster, connecting as "testeur", the editor's name the tests
// expect in the change log (on a server, the change log names the database user).
QString newServerDatabase()
{
    PgCluster& cluster = PgCluster::instance();
    const QString name = PgCluster::databaseName(cluster.createDatabase());
    const auto made = cluster.psql(
        name, QStringLiteral("DO $$ BEGIN CREATE ROLE testeur LOGIN; EXCEPTION WHEN OTHERS THEN NULL; END $$; "
                             "ALTER DATABASE %1 OWNER TO testeur; GRANT ALL ON SCHEMA public TO testeur")
                  .arg(name));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return cluster.url(name, QStringLiteral("testeur"));
}

} // namespace

std::unique_ptr<Database> createDatabase(const QString& path, bool demo)
{
    // The suites run a second time on PostgreSQL (PACTE_TEST_ENGINE): the same data in a database of
    // the tests' cluster instead of the file.
    const QString location = onServer() && !isServerLocation(path) ? newServerDatabase() : path;
    return demo ? createDemoDatabase(location, QStringLiteral("testeur"))
                : Database::create(location, QStringLiteral("testeur"));
}

QString newDatabaseLocation(const TempDir& dir, const QString& name)
{
    return onServer() ? newServerDatabase() : dir.path(name);
}

QString initDatabase(const TempDir& dir, const QString& name, bool demo)
{
    const QString location = newDatabaseLocation(dir, name);
    QStringList arguments{QStringLiteral("init"), location};
    if (demo)
        arguments.append(QStringLiteral("--demo"));
    const CliResult result = runCli(arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return location;
}

QString generateDatabase(const TempDir& dir, const QString& name, int scale)
{
    const QString location = newDatabaseLocation(dir, name);
    const CliResult result =
        runCli({QStringLiteral("generate"), location, QStringLiteral("--scale"), QString::number(scale)});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return location;
}

QByteArray databaseContent(const QString& location)
{
    if (!isServerLocation(location))
        return fileBytes(location);
    // Each table's rows as XML, in the order of their text: the same content gives the same bytes.
    const auto dump = PgCluster::instance().psql(
        PgCluster::databaseName(location),
        QStringLiteral("SELECT table_name, query_to_xml(format('SELECT * FROM %I AS t ORDER BY t::text', "
                       "table_name), true, false, '') FROM information_schema.tables WHERE table_schema = "
                       "'public' AND table_type = 'BASE TABLE' ORDER BY table_name"));
    INFO(dump.err.toStdString());
    REQUIRE(dump.exitCode == 0);
    return dump.out.toUtf8();
}

QString locationName(const QString& location)
{
    return isServerLocation(location) ? PgCluster::databaseName(location) : QFileInfo(location).fileName();
}

QStringList databaseFiles(const QStringList& names)
{
    return onServer() ? QStringList{} : names;
}

void leaveInterruptedChange(const QString& path, const QString& copy, int territories)
{
    const QString name = QStringLiteral("interrupted-writer");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        // A small cache: the change spills into the file before its commit, as a large one does.
        REQUIRE(query.exec(QStringLiteral("PRAGMA cache_size = 10")));
        REQUIRE(raw.transaction());
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO territory (uuid, name, notes) VALUES (?, ?, ?)")));
        for (int i = 0; i < territories; ++i) {
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(QStringLiteral("Territoire interrompu %1").arg(i));
            query.addBindValue(QString(1000, QLatin1Char('n')));
            REQUIRE(query.exec());
        }
        const QString journal = path + QStringLiteral("-journal");
        REQUIRE(QFileInfo(journal).size() > 0);
        for (const QString& file : {copy, copy + QStringLiteral("-journal")})
            QFile::remove(file);
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(journal, copy + QStringLiteral("-journal")));
        query.finish();
        REQUIRE(raw.rollback());
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {

CliResult runCliProcess(QProcess& process, const QStringList& arguments)
{
    process.start(QStringLiteral(PACTE_CLI_PATH), arguments);
    process.waitForFinished(120000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

CliResult runCli(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    return runCliProcess(process, arguments);
}

CliResult runCli(const QStringList& arguments, const QString& workingDirectory)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    return runCliProcess(process, arguments);
}

CliResult runCliUnprivileged(const QStringList& arguments, bool* ran)
{
    *ran = true;
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            *ran = false;
            return {};
        }
        QProcess process;
        process.start(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                           QStringLiteral("--clear-groups"), QStringLiteral(PACTE_CLI_PATH)} +
                                   arguments);
        process.waitForFinished(120000);
        CliResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
#endif
    return runCli(arguments);
}

} // namespace pacte::test
