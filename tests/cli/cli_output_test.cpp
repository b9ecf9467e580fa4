// No output of pacte-cli ever replaces a database or the file it reads (issue 23): export-sheet,
// export and report refuse such a path whatever its name or through a link, with the database
// byte for byte as it was; and an output on a full disk is an error (exit 2), with nothing left.
#include "common/testutil.h"
#include "exchange/sheetwriter.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_output_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QStringList outputCommand(const QString& command, const QString& database, const QString& output)
{
    if (command == QLatin1String("export-sheet"))
        return {command, database, QStringLiteral("--group"), QStringLiteral("Illectronisme"), QStringLiteral("-o"),
                output};
    return {command, database, QStringLiteral("-o"), output};
}

} // namespace

// The database's own files as outputs: what only a file database has.
TEST_CASE("No output replaces a database", "[cli][output][file]")
{
    TempDir dir;
    const QString database = dir.path(QStringLiteral("demo.pacte"));
    const QString other = dir.path(QStringLiteral("autre.pacte"));
    createDatabase(database, true).reset();
    createDatabase(other).reset();
    const QByteArray before = fileBytes(database);
    const QByteArray otherBefore = fileBytes(other);
    REQUIRE(QFile::link(database, dir.path(QStringLiteral("lien.json"))));
    REQUIRE(QFile::link(database, dir.path(QStringLiteral("lien.pdf"))));
    REQUIRE(::link(QFile::encodeName(database).constData(),
                   QFile::encodeName(dir.path(QStringLiteral("dur.html"))).constData()) == 0);
    const QStringList entries = folderEntries(dir.path(QStringLiteral(".")));

    const struct
    {
        const char* command;
        const char* output;
    } cases[] = {
        {"export-sheet", "demo.pacte"},         // the database itself
        {"export-sheet", "autre.pacte"},        // another database
        {"export-sheet", "demo.pacte.lock"},    // the database's lock
        {"export-sheet", "lien.json"},          // a symbolic link to it
        {"export", "lien.json"},                // the same, for a full dump
        {"report", "lien.pdf"},                 // and a report
        {"report", "dur.html"},                 // a hard link to it
        {"export-sheet", "demo.pacte-journal"}, // its journal, were there one
    };
    for (const auto& c : cases) {
        const QStringList arguments =
            outputCommand(QString::fromLatin1(c.command), database, dir.path(QString::fromLatin1(c.output)));
        const std::string what = arguments.join(QLatin1Char(' ')).toStdString();
        CAPTURE(what);
        const CliResult result = runCli(arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromLatin1(c.output)));
        CHECK(fileBytes(database) == before);
        CHECK(fileBytes(other) == otherBefore);
        CHECK(folderEntries(dir.path(QStringLiteral("."))) == entries);
    }
}

TEST_CASE("The GUI's sheet writing refuses a database too", "[cli][output][file]")
{
    TempDir dir;
    const QString database = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(database).reset();
    const QByteArray before = fileBytes(database);
    CHECK_THROWS_AS(saveSheetFile(database, QByteArray("{}")), StorageError);
    CHECK(fileBytes(database) == before);
}

TEST_CASE("An output on a full disk is refused with exit 2 and nothing is left", "[cli][output]")
{
    TempDir dir;
    const QString database = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    createDatabase(database, true).reset();
    SmallFileSystem disk(512 * 1024);
    if (!disk.mounted())
        return;
    disk.fill();
    for (const auto& [command, name] : {std::pair{"report", "rapport.odt"}, std::pair{"report", "rapport.html"},
                                        std::pair{"report", "rapport.pdf"}, std::pair{"export", "sauvegarde.json"}}) {
        const QString output = disk.path(QString::fromLatin1(name));
        const CliResult result = runCli(outputCommand(QString::fromLatin1(command), database, output));
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("disque est plein")));
        CHECK_FALSE(QFileInfo::exists(output));
    }
    CHECK(folderEntries(disk.path(QStringLiteral("."))) == QStringList{QStringLiteral("remplissage.bin")});
}

} // namespace pacte_test_cli_cli_output_test
