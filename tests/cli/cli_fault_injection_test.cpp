// Fault injection (issue 13): the writing commands killed (SIGKILL) at random points, hundreds of times,
// seeded; a full disk at random levels; a read-only file, folder and disk. After each, the database
// passes SQLite's full integrity check and holds exactly what it held before the command or what the
// whole command makes; a new file is absent or whole; a refusal is said in French.
//
// PACTE_FAULT_SEED picks another seed (the one used is printed), PACTE_FAULT_KILLS another count.
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/sheetimport.h"
#include "storage/backups.h"
#include "storage/fileinspector.h"
#include "storage/storageerror.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <iostream>
#include <map>
#include <random>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_fault_injection_test {

using namespace pacte;
using namespace pacte::test;

namespace {

constexpr auto Edition2017 = "PTI 2017-2021";

// What a database holds, comparable between runs: every row of every table, sorted, with what differs
// from one run to the next by nature masked (timestamps, and the identifiers a run draws at random).
using Content = QStringList;

Content contentOf(Database& db)
{
    static const QRegularExpression volatileText(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?|"
                       "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList tables;
    QSqlQuery names(db.connection());
    REQUIRE(names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (names.next())
        tables << names.value(0).toString();
    Content content;
    for (const QString& table : tables) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString().replace(volatileText, QStringLiteral("~"));
            lines << values.join(QLatin1Char('|'));
        }
        lines.sort();
        content << table + QLatin1Char(':') + QString::number(lines.size()) << lines;
    }
    return content;
}

// Opens the file as the next command would (undoing a change a killed writer left), checks it in full
// and reads its content.
Content checkedContent(const QString& path)
{
    auto db = Database::open(path, QStringLiteral("contrôle"), Database::Access::ReadOnly);
    INFO(db->integrityProblems(true).join(QLatin1Char('\n')).toStdString());
    REQUIRE(db->integrityProblems(true).isEmpty());
    return contentOf(*db);
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

// Removes what a killed command may leave beside a database (its journal, its stale lock).
void removeCompanions(const QString& path)
{
    for (const char* suffix : {"-journal", ".lock", ".lock.owner"})
        QFile::remove(path + QLatin1String(suffix));
}

QStringList temporaryFiles(const QString& folder)
{
    QStringList found;
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(QLatin1String(".pacte-tmp")))
            found << name;
    }
    return found;
}

// Starts pacte-cli, kills it after `killAfterMs` unless it ended first; true when it was killed.
bool runAndKill(const QStringList& arguments, int killAfterMs)
{
    QProcess process;
    process.start(QStringLiteral(PACTE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (killAfterMs > 0 && process.waitForFinished(killAfterMs))
        return false;
    process.kill(); // SIGKILL
    process.waitForFinished(10000);
    return true;
}

int elapsedMs(const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    const CliResult result = runCli(arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return static_cast<int>(timer.elapsed());
}

unsigned seedFromEnvironment()
{
    bool ok = false;
    const unsigned seed = qEnvironmentVariable("PACTE_FAULT_SEED").toUInt(&ok);
    return ok ? seed : 13u;
}

int killsFromEnvironment()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("PACTE_FAULT_KILLS", &ok);
    return ok && kills > 0 ? kills : 300;
}

// One writing command: where it runs, the file it changes or creates, and the states allowed after it.
struct Scenario
{
    std::string name;
    QStringList arguments; // FILE stands for the database
    bool creates = false;  // a new file: absent before
    QString base;          // the database before (changing commands)
    Content before;
    Content after;
    int wholeMs = 0;
    int kills = 0;
    int killedBefore = 0;
    int killedAfter = 0;
    int journalsLeft = 0;
};

Scenario scenario(std::string name, QStringList arguments, bool creates = false)
{
    Scenario s;
    s.name = std::move(name);
    s.arguments = std::move(arguments);
    s.creates = creates;
    return s;
}

QStringList withFile(const QStringList& arguments, const QString& file)
{
    QStringList result = arguments;
    std::replace(result.begin(), result.end(), QStringLiteral("FILE"), file);
    return result;
}

// The demo database with a sheet of its group "Illectronisme" exported and changed (notes on every
// action), a dump of it, and the five writing commands.
struct Bench
{
    TempDir dir;
    QString demo = dir.path(QStringLiteral("demo.pacte"));
    QString sheet = dir.path(QStringLiteral("illectronisme.pacte-fiche.json"));
    QString dump = dir.path(QStringLiteral("demo.json"));
    std::vector<Scenario> scenarios;

    Bench()
    {
        REQUIRE(runCli({QStringLiteral("init"), demo, QStringLiteral("--demo")}).exitCode == 0);
        REQUIRE(runCli({QStringLiteral("export-sheet"), demo, QStringLiteral("--group"),
                        QStringLiteral("Illectronisme"), QStringLiteral("-o"), sheet})
                    .exitCode == 0);
        Json json = parseJson(fileBytes(sheet));
        int n = 0;
        for (auto& action : json["group"]["actions"])
            action["notes"] = "Note de la fiche " + std::to_string(++n) + std::string(2000, 'n');
        REQUIRE(n > 0);
        QFile file(sheet);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(dumpJson(json));
        file.close();
        REQUIRE(runCli({QStringLiteral("export"), demo, QStringLiteral("-o"), dump}).exitCode == 0);

        scenarios.push_back(scenario("import-sheet", {QStringLiteral("import-sheet"), QStringLiteral("FILE"), sheet}));
        scenarios.push_back(scenario("evaluate --freeze",
                                     {QStringLiteral("evaluate"), QStringLiteral("FILE"), QStringLiteral("--edition"),
                                      QString::fromLatin1(Edition2017), QStringLiteral("--year"),
                                      QStringLiteral("2019"), QStringLiteral("--freeze")}));
        scenarios.push_back(scenario("import", {QStringLiteral("import"), QStringLiteral("FILE"), dump}, true));
        scenarios.push_back(
            scenario("init --demo", {QStringLiteral("init"), QStringLiteral("FILE"), QStringLiteral("--demo")}, true));
        scenarios.push_back(scenario(
            "generate --scale 1",
            {QStringLiteral("generate"), QStringLiteral("FILE"), QStringLiteral("--scale"), QStringLiteral("1")},
            true));
        // The states before and after each, from a whole run.
        const QString work = dir.path(QStringLiteral("mesure.pacte"));
        for (Scenario& s : scenarios) {
            CAPTURE(s.name);
            if (s.creates) {
                s.wholeMs = elapsedMs(withFile(s.arguments, work));
            } else {
                s.base = demo;
                copyFile(demo, work);
                s.before = checkedContent(work);
                s.wholeMs = elapsedMs(withFile(s.arguments, work));
            }
            s.after = checkedContent(work);
            REQUIRE(s.after != s.before);
            QFile::remove(work);
            removeCompanions(work);
            QDir(Backups::folderFor(work)).removeRecursively();
        }
    }
};

} // namespace

TEST_CASE("Writing commands killed at random points leave the before or the after state", "[cli][fault][file]")
{
    Bench bench;
    const unsigned seed = seedFromEnvironment();
    const int total = killsFromEnvironment();
    std::cout << "fault injection: seed " << seed << ", " << total << " kills (PACTE_FAULT_SEED, PACTE_FAULT_KILLS)"
              << std::endl;
    std::mt19937 random(seed);
    const QString folder = bench.dir.path(QStringLiteral("travail"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("pti.pacte"));

    // Until a kill has landed inside a change (a journal left), up to three times the kills asked:
    // where a kill lands is chance, and the recovery must be exercised, not only clean states.
    const auto journalsSoFar = [&bench] {
        int journals = 0;
        for (const Scenario& s : bench.scenarios)
            journals += s.creates ? 0 : s.journalsLeft;
        return journals;
    };
    for (int round = 0; round < total || (journalsSoFar() == 0 && round < 3 * total); ++round) {
        Scenario& s =
            bench.scenarios.at(std::uniform_int_distribution<std::size_t>(0, bench.scenarios.size() - 1)(random));
        // Anywhere from the start of the process to a little after its usual end.
        const int killAfter = std::uniform_int_distribution<int>(0, s.wholeMs * 11 / 10)(random);
        CAPTURE(seed, round, s.name, killAfter);
        if (!s.creates)
            copyFile(s.base, path);
        const bool killed = runAndKill(withFile(s.arguments, path), killAfter);
        s.kills += killed ? 1 : 0;
        s.journalsLeft += QFileInfo::exists(path + QStringLiteral("-journal")) ? 1 : 0;

        if (s.creates && !QFileInfo::exists(path)) {
            ++s.killedBefore; // nothing under the name: the whole file, or nothing
        } else {
            // The next command that opens it: a reading one, every other time, or the check below.
            if (round % 2 == 0) {
                const CliResult stats = runCli({QStringLiteral("stats"), path});
                INFO(stats.err.toStdString());
                REQUIRE(stats.exitCode == 0);
            }
            const Content content = checkedContent(path);
            const bool before = !s.creates && content == s.before;
            const bool after = content == s.after;
            CHECK((before || after));
            s.killedBefore += before ? 1 : 0;
            s.killedAfter += after ? 1 : 0;
        }
        // Every backup copy under its name is whole; what a killed copy left goes with the next one.
        const QString backups = Backups::folderFor(path);
        for (const auto& entry : Backups::list(path))
            CHECK(inspectDatabaseFile(entry.path, Database::SchemaVersion).acceptable);
        CHECK(temporaryFiles(backups).size() <= 1);
        // What a killed creation left is removed by the next one of the same name.
        CHECK(temporaryFiles(folder).size() <= 1);
        QFile::remove(path);
        removeCompanions(path);
    }

    for (const Scenario& s : bench.scenarios) {
        std::cout << "  " << s.name << ": " << s.kills << " killed (whole run " << s.wholeMs << " ms), "
                  << s.killedBefore << " before, " << s.killedAfter << " after, " << s.journalsLeft << " left a journal"
                  << std::endl;
        CHECK(s.kills > 0);
    }
    // Some kills landed in the middle of a change: the recovery was exercised, not only clean states.
    CHECK(journalsSoFar() > 0);
}

TEST_CASE("Writing commands on a disk filled at random levels are whole or refused in French", "[cli][fault][file]")
{
    SmallFileSystem disk(12 * 1024 * 1024);
    if (!disk.mounted())
        return;
    Bench bench;
    const unsigned seed = seedFromEnvironment();
    std::mt19937 random(seed);
    const QString path = disk.path(QStringLiteral("pti.pacte"));
    const qint64 demoSize = QFileInfo(bench.demo).size();
    for (Scenario& s : bench.scenarios) {
        for (int level = 0; level < 6; ++level) {
            // From nothing free to about what the command needs (its file, a backup copy, a journal).
            const qint64 free = level == 0 ? 0 : std::uniform_int_distribution<qint64>(0, 3 * demoSize)(random);
            CAPTURE(seed, s.name, free);
            if (!s.creates)
                copyFile(s.base, path);
            disk.fillLeaving(free);
            const CliResult result = runCli(withFile(s.arguments, path));
            disk.unfill();
            INFO(result.err.toStdString());
            if (result.exitCode == 0) {
                CHECK(checkedContent(path) == s.after);
            } else {
                CHECK(result.exitCode == 2);
                const QString first = result.err.section(QLatin1Char('\n'), 0, 0);
                CHECK(first.contains(QStringLiteral("le disque est plein")));
                CHECK_FALSE(first.contains(QStringLiteral("database or disk is full")));
                CHECK_FALSE(result.err.contains(QStringLiteral("autre instance")));
                if (s.creates)
                    CHECK_FALSE(QFileInfo::exists(path));
                else
                    CHECK(checkedContent(path) == s.before);
            }
            // A refused command takes its temporary files with it.
            CHECK(temporaryFiles(disk.path(QStringLiteral("."))).isEmpty());
            CHECK(temporaryFiles(Backups::folderFor(path)).isEmpty());
            QFile::remove(path);
            removeCompanions(path);
            QDir(Backups::folderFor(path)).removeRecursively();
        }
    }
}

TEST_CASE("A change that outgrows the database's allowed size is refused whole", "[cli][fault][file]")
{
    // Where no small file system can be mounted, SQLite's own limit on the file's pages stands in for
    // a full disk.
    Bench bench;
    const Scenario& s = bench.scenarios.front(); // import-sheet
    const QString path = bench.dir.path(QStringLiteral("limite.pacte"));
    copyFile(bench.demo, path);
    {
        auto db = Database::open(path, QStringLiteral("coordinatrice"));
        QSqlQuery limit(db->connection());
        REQUIRE(limit.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(limit.next());
        const int pages = limit.value(0).toInt();
        REQUIRE(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        auto import = SheetImport::fromFile(*db, bench.sheet);
        try {
            import->apply();
            FAIL("imported beyond the limit");
        } catch (const StorageError& error) {
            INFO(error.message().toStdString());
            const QString first = error.message().section(QLatin1Char('\n'), 0, 0);
            CHECK(first.contains(QStringLiteral("limite.pacte")));
            CHECK(first.contains(QStringLiteral("le disque est plein")));
            CHECK(error.message().contains(QStringLiteral("Détail technique")));
        }
    }
    CHECK(checkedContent(path) == s.before);
}

TEST_CASE("Writing commands on a read-only file, folder or disk are refused in French, untouched", "[cli][fault][file]")
{
    Bench bench;
    const auto refused = [](const CliResult& result, const QString& cause) {
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("pti.pacte")));
        CHECK(result.err.contains(cause));
    };
    SECTION("a read-only file, a read-only folder")
    {
        TempDir dir;
        const QString folder = dir.path(QStringLiteral("partage"));
        REQUIRE(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("pti.pacte"));
        const auto all = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther |
                         QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        const auto writable = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        REQUIRE(QFile::setPermissions(dir.path(QStringLiteral(".")), all | writable));
        // The sheet and the dump the commands read: readable by the user without privileges.
        REQUIRE(QFile::setPermissions(bench.dir.path(QStringLiteral(".")), all | QFileDevice::WriteOwner));
        for (const bool readOnlyFile : {true, false}) {
            for (const Scenario& s : bench.scenarios) {
                CAPTURE(readOnlyFile, s.name);
                REQUIRE(QFile::setPermissions(folder, all | writable));
                QFile::remove(path);
                if (!s.creates) {
                    copyFile(s.base, path);
                    REQUIRE(QFile::setPermissions(path, readOnlyFile ? QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                                           QFileDevice::ReadOther
                                                                     : QFileDevice::Permissions(all | writable)));
                } else if (readOnlyFile) {
                    continue; // no file to be read-only
                }
                const QByteArray before = fileBytes(path);
                if (!readOnlyFile)
                    REQUIRE(QFile::setPermissions(folder, all));
                bool ran = false;
                const CliResult result = runCliUnprivileged(withFile(s.arguments, path), &ran);
                if (!ran)
                    return;
                refused(result, readOnlyFile ? QStringLiteral("le fichier est en lecture seule pour vous")
                                             : QStringLiteral("vous n'avez pas le droit d'écrire dans le dossier"));
                CHECK(fileBytes(path) == before);
                REQUIRE(QFile::setPermissions(folder, all | writable));
                const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
                CHECK(left == (s.creates ? QStringList{} : QStringList{QStringLiteral("pti.pacte")}));
            }
        }
    }
    SECTION("a read-only disk")
    {
        SmallFileSystem disk(8 * 1024 * 1024);
        if (!disk.mounted())
            return;
        const QString path = disk.path(QStringLiteral("pti.pacte"));
        copyFile(bench.demo, path);
        const QByteArray before = fileBytes(path);
        disk.setReadOnly(true);
        for (const Scenario& s : bench.scenarios) {
            CAPTURE(s.name);
            const QString target = s.creates ? disk.path(QStringLiteral("nouveau.pacte")) : path;
            const CliResult result = runCli(withFile(s.arguments, target));
            INFO(result.err.toStdString());
            CHECK(result.exitCode == 2);
            CHECK(result.err.contains(QFileInfo(target).fileName()));
            CHECK(result.err.contains(QStringLiteral("le disque ou le partage est en lecture seule")));
        }
        CHECK(fileBytes(path) == before);
        disk.setReadOnly(false);
    }
}

} // namespace pacte_test_cli_cli_fault_injection_test
