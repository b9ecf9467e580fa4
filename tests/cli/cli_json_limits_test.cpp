// pacte-cli on JSON nested 100,000 levels deep and on a key given twice (issue 23): exit 2, a French
// message, and nothing changed (the deep files used to crash import-sheet and import, which also
// left an empty database behind).
#include "common/sheetjson.h"
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_json_limits_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// `document` with its "@deep@" value replaced by 100,000 nested lists, written to `path`. The rest
// is a real file, so that reading goes as far as that value.
void writeWithDeepValue(const QString& path, const Json& document)
{
    const QByteArray deep = QByteArray(100000, '[') + "0" + QByteArray(100000, ']');
    const QByteArray bytes = dumpJson(document).replace("\"@deep@\"", deep);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList folderEntries(const TempDir& dir)
{
    return QDir(dir.path(QStringLiteral("."))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

TEST_CASE("import-sheet refuses a sheet nested 100,000 levels deep", "[cli][json]")
{
    TempDir dir;
    const QString database = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    createDatabase(database, true).reset();
    const QString sheet = dir.path(QStringLiteral("profonde.pacte-fiche.json"));
    REQUIRE(runCli({QStringLiteral("export-sheet"), database, QStringLiteral("--group"),
                    QStringLiteral("Illectronisme"), QStringLiteral("-o"), sheet})
                .exitCode == 0);
    Json document = parseJson(fileBytes(sheet));
    document["group"]["actions"][0]["title"] = "@deep@";
    writeWithDeepValue(sheet, document);
    const QByteArray before = databaseContent(database);
    const QStringList entries = folderEntries(dir);
    for (const QStringList& extra : {QStringList{QStringLiteral("--dry-run")}, QStringList{}}) {
        const CliResult result = runCli(QStringList{QStringLiteral("import-sheet"), database, sheet} + extra);
        INFO(result.err.toStdString().substr(0, 400));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("profonde.pacte-fiche.json")));
        CHECK(result.err.contains(QStringLiteral("group.actions[0].title")));
        CHECK(databaseContent(database) == before);
        CHECK(folderEntries(dir) == entries);
    }
}

TEST_CASE("import refuses a dump nested 100,000 levels deep and creates nothing", "[cli][json]")
{
    TempDir dir;
    const QString source = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    createDatabase(source, true).reset();
    const QString dump = dir.path(QStringLiteral("profond.json"));
    REQUIRE(runCli({QStringLiteral("export"), source, QStringLiteral("-o"), dump}).exitCode == 0);
    Json document = parseJson(fileBytes(dump));
    document["territories"][0]["name"] = "@deep@";
    writeWithDeepValue(dump, document);
    const QString target = newDatabaseLocation(dir, QStringLiteral("cible.pacte"));
    const CliResult result = runCli({QStringLiteral("import"), target, dump});
    INFO(result.err.toStdString().substr(0, 400));
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("territories[0].name")));
    CHECK(folderEntries(dir) ==
          databaseFiles({QStringLiteral("demo.pacte")}) + QStringList{QStringLiteral("profond.json")});
    CHECK(databaseContent(target).isEmpty());
}

TEST_CASE("import-sheet refuses a key given twice, naming it", "[cli][json]")
{
    TempDir dir;
    const QString database = newDatabaseLocation(dir, QStringLiteral("demo.pacte"));
    createDatabase(database, true).reset();
    const QString sheet = dir.path(QStringLiteral("illectronisme.pacte-fiche.json"));
    REQUIRE(runCli({QStringLiteral("export-sheet"), database, QStringLiteral("--group"),
                    QStringLiteral("Illectronisme"), QStringLiteral("-o"), sheet})
                .exitCode == 0);
    QByteArray bytes = fileBytes(sheet);
    // The group's notes written twice: the referent's text first, then an empty one.
    const qsizetype at = bytes.indexOf("\"notes\"");
    REQUIRE(at > 0);
    bytes.insert(at, "\"notes\": \"Texte de la référente\",\n");
    {
        QFile file(sheet);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const QByteArray before = databaseContent(database);
    const CliResult result = runCli({QStringLiteral("import-sheet"), database, sheet});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("notes")));
    CHECK(databaseContent(database) == before);
}

} // namespace pacte_test_cli_cli_json_limits_test
