// pacte-cli export-sheet and import-sheet, end to end: exit codes 0 / 1 (conflicts, nothing changed)
// / 2 (refused, nothing changed), --dry-run, --again.
#include "common/sheetcorpus.h"
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "storage/repository.h"
#include "storage/sheetexports.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_sheet_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// The fixture, closed so that pacte-cli can open it.
struct ClosedFixture
{
    TempDir dir;
    QString path = newDatabaseLocation(dir, QStringLiteral("pti.pacte"));
    QString sheet = dir.path(QStringLiteral("mobilite.pacte-fiche.json"));
    SheetFixture f = makeSheetFixture(path);
    ClosedFixture() { f.db.reset(); }

    std::unique_ptr<Database> open() { return Database::open(path, QStringLiteral("coordinatrice")); }
    void writeSheet(const Json& json)
    {
        QFile file(sheet);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(dumpJson(json));
    }
};

CliResult exportGroup(ClosedFixture& c, const QString& group)
{
    return runCli(
        {QStringLiteral("export-sheet"), c.path, QStringLiteral("--group"), group, QStringLiteral("-o"), c.sheet});
}

} // namespace

TEST_CASE("export-sheet writes the sheet and records the export", "[cli][sheet]")
{
    ClosedFixture c;
    const CliResult result = exportGroup(c, QStringLiteral("Mobilité"));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const Json sheet = parseJson(fileBytes(c.sheet));
    CHECK(sheet["format"] == "pacte-sheet");
    CHECK(sheet["group"]["uuid"] == uuidString(c.f.groupUuid));
    auto db = c.open();
    CHECK(SheetExports(*db).forGroup(c.f.groupUuid).size() == 1);

    SECTION("a group can be named by its uuid, in any case")
    {
        db.reset();
        CHECK(exportGroup(c, c.f.groupUuid.toString(QUuid::WithoutBraces)).exitCode == 0);
        CHECK(exportGroup(c, QStringLiteral("mobilité")).exitCode == 0);
    }
}

TEST_CASE("export-sheet refuses an unknown or ambiguous group", "[cli][sheet]")
{
    ClosedFixture c;
    {
        auto db = c.open();
        WorkingGroup twin = *WorkingGroupRepository(*db).find(c.f.otherGroup);
        twin.id = NoId;
        twin.uuid = {};
        twin.name = QStringLiteral("Mobilité");
        twin.editionId = c.f.otherEditionId;
        WorkingGroupRepository(*db).insert(twin);
    }
    const QByteArray before = databaseContent(c.path);
    CliResult result = exportGroup(c, QStringLiteral("Mobilité"));
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(c.f.groupUuid.toString(QUuid::WithoutBraces))); // the candidates are listed
    result = exportGroup(c, QStringLiteral("Inconnu"));
    CHECK(result.exitCode == 2);
    CHECK_FALSE(result.err.isEmpty());
    CHECK(runCli({QStringLiteral("export-sheet"), c.path, QStringLiteral("-o"), c.sheet}).exitCode == 2);
    CHECK(databaseContent(c.path) == before);
    CHECK_FALSE(QFile::exists(c.sheet));
}

TEST_CASE("import-sheet previews with --dry-run, imports, and refuses a second import", "[cli][sheet]")
{
    ClosedFixture c;
    REQUIRE(exportGroup(c, QStringLiteral("Mobilité")).exitCode == 0);
    Json sheet = parseJson(fileBytes(c.sheet));
    byUuid(sheet["group"]["actions"], c.f.garageUuid)["title"] = "Garage solidaire mobile";
    c.writeSheet(sheet);

    const QByteArray before = databaseContent(c.path);
    CliResult result = runCli({QStringLiteral("import-sheet"), c.path, c.sheet, QStringLiteral("--dry-run")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Garage solidaire mobile")));
    CHECK(result.out.contains(QStringLiteral("title")));
    CHECK(databaseContent(c.path) == before);

    result = runCli({QStringLiteral("import-sheet"), c.path, c.sheet});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    {
        auto db = c.open();
        CHECK(ActionRepository(*db).find(c.f.garage)->title == QStringLiteral("Garage solidaire mobile"));
    }
    const QByteArray imported = databaseContent(c.path);
    result = runCli({QStringLiteral("import-sheet"), c.path, c.sheet});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--again")));
    CHECK(databaseContent(c.path) == imported);
    result = runCli({QStringLiteral("import-sheet"), c.path, c.sheet, QStringLiteral("--again")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
}

TEST_CASE("import-sheet's preview and conflicts shorten a long value", "[cli][sheet]")
{
    // A 400,000-character objective would fill the terminal: its beginning, then its length.
    ClosedFixture c;
    REQUIRE(exportGroup(c, QStringLiteral("Mobilité")).exitCode == 0);
    {
        auto db = c.open();
        Action garage = *ActionRepository(*db).find(c.f.garage);
        garage.notes = QStringLiteral("Noté dans la base. ") + QString(300000, QLatin1Char('b'));
        ActionRepository(*db).update(garage);
    }
    Json sheet = parseJson(fileBytes(c.sheet));
    byUuid(sheet["group"]["actions"], c.f.garageUuid)["objectives"] =
        "Un objectif très long. " + std::string(400000, 'o');
    byUuid(sheet["group"]["actions"], c.f.garageUuid)["notes"] = "Noté dans la fiche. " + std::string(200000, 'f');
    c.writeSheet(sheet);
    const QByteArray before = databaseContent(c.path);
    const CliResult result = runCli({QStringLiteral("import-sheet"), c.path, c.sheet, QStringLiteral("--dry-run")});
    INFO(result.err.left(2000).toStdString());
    CHECK(result.exitCode == 1); // the notes are in conflict
    CHECK(result.out.contains(QStringLiteral("« Un objectif très long. oooo")));
    CHECK(result.out.contains(QStringLiteral("… (400023 caractères) »")));
    CHECK(result.out.contains(QStringLiteral("« Noté dans la base. bbbb")));
    CHECK(result.out.contains(QStringLiteral("… (300019 caractères) »")));
    CHECK(result.out.contains(QStringLiteral("« Noté dans la fiche. ffff")));
    CHECK(result.out.contains(QStringLiteral("… (200020 caractères) »")));
    CHECK(result.out.size() + result.err.size() < 5000);
    CHECK(databaseContent(c.path) == before);
}

TEST_CASE("import-sheet stops on conflicts with exit 1 and changes nothing", "[cli][sheet]")
{
    ClosedFixture c;
    REQUIRE(exportGroup(c, QStringLiteral("Mobilité")).exitCode == 0);
    {
        auto db = c.open();
        Action garage = *ActionRepository(*db).find(c.f.garage);
        garage.status = ActionStatus::Completed;
        ActionRepository(*db).update(garage);
    }
    Json sheet = parseJson(fileBytes(c.sheet));
    byUuid(sheet["group"]["actions"], c.f.garageUuid)["status"] = "abandonnee";
    byUuid(sheet["group"]["actions"], c.f.garageUuid)["notes"] = "sans conflit";
    c.writeSheet(sheet);
    const QByteArray before = databaseContent(c.path);
    for (const bool dryRun : {true, false}) {
        QStringList arguments{QStringLiteral("import-sheet"), c.path, c.sheet};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const CliResult result = runCli(arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(QStringLiteral("status")));
        CHECK(result.out.contains(enumLabel(ActionStatus::Completed)));
        CHECK(result.out.contains(enumLabel(ActionStatus::Abandoned)));
        CHECK_FALSE(result.err.isEmpty());
        CHECK(databaseContent(c.path) == before);
    }
}

TEST_CASE("import-sheet refuses bad sheets with exit 2, naming the place, and changes nothing", "[cli][sheet]")
{
    ClosedFixture c;
    REQUIRE(exportGroup(c, QStringLiteral("Mobilité")).exitCode == 0);
    QUuid exportId;
    {
        auto db = c.open();
        exportId = SheetExports(*db).forGroup(c.f.groupUuid).constFirst().exportId;
        c.f.db = std::move(db);
        for (const char* name : {"not-json.json", "foreign-database.json", "unknown-export.json",
                                 "item-of-another-group.json", "impossible-date.json", "newer-version.json"}) {
            QFile out(c.dir.path(QString::fromLatin1(name)));
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(corpusSheet(c.f, exportId, QStringLiteral("bad/") + QString::fromLatin1(name)));
        }
        c.f.db.reset();
    }
    const QByteArray before = databaseContent(c.path);
    const QList<QPair<const char*, const char*>> cases{{"not-json.json", "JSON"},
                                                       {"foreign-database.json", "database.uuid"},
                                                       {"unknown-export.json", "export.id"},
                                                       {"item-of-another-group.json", "group.actions[1]"},
                                                       {"impossible-date.json", "group.actions[0].startDate"},
                                                       {"newer-version.json", "formatVersion"}};
    for (const auto& [name, where] : cases) {
        INFO(name);
        const CliResult result =
            runCli({QStringLiteral("import-sheet"), c.path, c.dir.path(QString::fromLatin1(name))});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromLatin1(name)));
        CHECK(result.err.contains(QString::fromLatin1(where)));
        CHECK(databaseContent(c.path) == before);
    }
}

TEST_CASE("import-sheet refuses a COPIL slipped into a sheet, and changes nothing", "[cli][sheet][scope]")
{
    ClosedFixture c;
    REQUIRE(exportGroup(c, QStringLiteral("Mobilité")).exitCode == 0);
    QFile file(c.sheet);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Json sheet = parseJson(file.readAll());
    file.close();
    sheet["group"]["meetings"].push_back(
        {{"kind", "copil"}, {"status", "tenue"}, {"date", "2024-11-14"}, {"title", "COPIL"}});
    c.writeSheet(sheet);
    const QByteArray before = databaseContent(c.path);
    const CliResult result = runCli({QStringLiteral("import-sheet"), c.path, c.sheet});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("group.meetings[2].kind")));
    CHECK(databaseContent(c.path) == before);
}

TEST_CASE("export-sheet -o FOLDER/ names the sheet as the GUI does, accents kept", "[cli][sheet]")
{
    ClosedFixture c;
    const QString folder = c.dir.path(QStringLiteral("envois")) + QLatin1Char('/');
    REQUIRE(QDir().mkpath(folder));
    const QString expected = folder + QStringLiteral("Mobilité - Biterrois.pacte-fiche.json");
    const QStringList arguments{QStringLiteral("export-sheet"), c.path,
                                QStringLiteral("--group"),      QStringLiteral("Mobilité"),
                                QStringLiteral("-o"),           folder};
    CliResult result = runCli(arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(QFileInfo::exists(expected));
    CHECK(result.out.contains(QStringLiteral("Mobilité - Biterrois.pacte-fiche.json")));
    // Again: the first sheet is kept, the second takes the next free name.
    const QByteArray first = fileBytes(expected);
    result = runCli(arguments);
    REQUIRE(result.exitCode == 0);
    CHECK(fileBytes(expected) == first);
    CHECK(QFileInfo::exists(folder + QStringLiteral("Mobilité - Biterrois (2).pacte-fiche.json")));
    // A folder that does not exist is refused.
    CHECK(runCli({QStringLiteral("export-sheet"), c.path, QStringLiteral("--group"), QStringLiteral("Mobilité"),
                  QStringLiteral("-o"), c.dir.path(QStringLiteral("absent")) + QLatin1Char('/')})
              .exitCode == 2);
}

} // namespace pacte_test_cli_cli_sheet_test
