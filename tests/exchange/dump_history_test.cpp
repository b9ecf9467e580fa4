// The full dump keeps the history (format 2): the database's identity, its change log and the sheets'
// export and import records go out with the records and come back on restore, so that a database
// moved to a new computer through a dump keeps what it knew, and takes back the sheets still out.
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/changelog.h"
#include "storage/databaseidentity.h"
#include "storage/repository.h"
#include "storage/sheetexports.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_history_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// A change log entry without its row id, which a restored file numbers anew.
struct LoggedChange
{
    QString at, user, entity, uuid, label, operation, field, oldValue, newValue, source, detail;
    bool operator==(const LoggedChange&) const = default;
};

QList<LoggedChange> logOf(Database& db)
{
    QList<LoggedChange> result;
    for (const auto& e : ChangeLog(db).all())
        result.append({e.changedAt.toUTC().toString(Qt::ISODateWithMs), e.userName, e.entity, e.entityUuid.toString(),
                       e.entityLabel, e.operation, e.field, e.oldValue, e.newValue, e.source, e.sourceDetail});
    return result;
}

Json withoutExportTime(const QByteArray& bytes)
{
    Json dump = parseJson(bytes);
    dump.erase("exportedAt");
    return dump;
}

// The sheet fixture with a history: edits in the editor, an exported sheet imported back, and a second
// export still out with a referent. Returns that second sheet's bytes.
QByteArray makeHistory(SheetFixture& f)
{
    Database& db = *f.db;
    {
        FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
        Action garage = *ActionRepository(db).find(f.garage);
        garage.title = QStringLiteral("Garage solidaire « mobile »");
        ActionRepository(db).update(garage);
        MeetingRepository(db).remove(f.meeting2);
    }
    {
        FixedClock clock(QDateTime(QDate(2024, 4, 2), QTime(10, 0), Qt::UTC));
        Json sheet = parseJson(exportSheet(db, f.group).bytes);
        byUuid(sheet["group"]["actions"], f.autoEcoleUuid)["objectives"] = "Passer le permis";
        SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche-mobilite.pacte-fiche.json"));
        REQUIRE(import.outcome().conflictCount() == 0);
        import.apply();
    }
    FixedClock clock(QDateTime(QDate(2024, 5, 6), QTime(11, 0), Qt::UTC));
    return exportSheet(db, f.group).bytes;
}

} // namespace

TEST_CASE("A dump carries the change log, the sheet exports and the database's identity", "[exchange][dump]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    makeHistory(f);
    const QByteArray bytes = exportDump(*f.db);
    const Json dump = parseJson(bytes);

    CHECK(dump.at("formatVersion") == DumpFormatVersion);
    CHECK(dump.at("database").at("uuid") == uuidString(f.db->databaseUuid()));
    const Json& log = dump.at("changeLog");
    REQUIRE(log.size() == static_cast<std::size_t>(ChangeLog(*f.db).all().size()));
    const auto titleChange = std::find_if(log.begin(), log.end(), [](const Json& e) {
        return e.at("field") == "title" && e.at("newValue") == "Garage solidaire « mobile »";
    });
    REQUIRE(titleChange != log.end());
    CHECK(titleChange->at("at") == "2024-03-01T09:30:00.000Z");
    CHECK(titleChange->at("operation") == "update");
    CHECK(titleChange->at("source") == "editor");
    CHECK(titleChange->at("user") == "coordinatrice");
    CHECK(titleChange->at("oldValue") == "Garage solidaire");
    const auto sheetChange = std::find_if(log.begin(), log.end(), [](const Json& e) {
        return e.at("source") == "sheet" && e.at("newValue") == "Passer le permis";
    });
    REQUIRE(sheetChange != log.end());
    CHECK(sheetChange->at("sourceDetail") == "fiche-mobilite.pacte-fiche.json");

    const Json& exports = dump.at("sheetExports");
    REQUIRE(exports.size() == 2);
    CHECK(exports.at(0).at("group") == uuidString(f.groupUuid));
    CHECK(exports.at(0).at("exportedAt") == "2024-04-02T10:00:00.000Z");
    REQUIRE(exports.at(0).at("imports").size() == 1);
    CHECK(exports.at(0).at("imports").at(0).at("sheetName") == "fiche-mobilite.pacte-fiche.json");
    CHECK(exports.at(0).at("imports").at(0).at("changeCount") == 1);
    CHECK(exports.at(1).at("imports").empty());
    // The content is the sheet as written, a JSON document of its own.
    CHECK(parseJson(QByteArray::fromStdString(exports.at(1).at("content").get<std::string>())).at("format") ==
          "pacte-sheet");
}

TEST_CASE("A restored dump has the same history, identity and sheet records", "[exchange][dump]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const QByteArray sheetOut = makeHistory(f);
    const QByteArray bytes = exportDump(*f.db);

    auto copy = createDatabase(dir.path(QStringLiteral("nouvel-ordinateur.pacte")));
    importDump(*copy, bytes);

    CHECK(copy->databaseUuid() == f.db->databaseUuid());
    CHECK(databaseIdentity(*copy).createdBy == databaseIdentity(*f.db).createdBy);
    // The change log as it was, not one "import" row per record.
    const auto before = logOf(*f.db);
    REQUIRE(before.size() > 10);
    CHECK(logOf(*copy) == before);
    CHECK(ChangeLog(*copy).forEntity(ActionRepository(*f.db).find(f.garage)->uuid).size() ==
          ChangeLog(*f.db).forEntity(ActionRepository(*f.db).find(f.garage)->uuid).size());

    const auto exports = SheetExports(*f.db).all();
    const auto restored = SheetExports(*copy).all();
    REQUIRE(restored.size() == exports.size());
    for (qsizetype i = 0; i < exports.size(); ++i) {
        CHECK(restored.at(i).exportId == exports.at(i).exportId);
        CHECK(restored.at(i).groupUuid == exports.at(i).groupUuid);
        CHECK(restored.at(i).groupName == exports.at(i).groupName);
        CHECK(restored.at(i).exportedAt == exports.at(i).exportedAt);
        CHECK(restored.at(i).exportedBy == exports.at(i).exportedBy);
        CHECK(restored.at(i).content == exports.at(i).content);
        REQUIRE(restored.at(i).imports.size() == exports.at(i).imports.size());
        for (qsizetype j = 0; j < exports.at(i).imports.size(); ++j) {
            CHECK(restored.at(i).imports.at(j).importedAt == exports.at(i).imports.at(j).importedAt);
            CHECK(restored.at(i).imports.at(j).sheetName == exports.at(i).imports.at(j).sheetName);
            CHECK(restored.at(i).imports.at(j).changeCount == exports.at(i).imports.at(j).changeCount);
        }
    }

    SECTION("a second dump is the same document")
    {
        CHECK(withoutExportTime(exportDump(*copy)) == withoutExportTime(bytes));
    }
    SECTION("the sheet still out with a referent comes back into the restored file")
    {
        Json sheet = parseJson(sheetOut);
        byUuid(sheet["group"]["actions"], f.autoEcoleUuid)["deliverables"] = "Livret";
        SheetImport import(*copy, dumpJson(sheet), QStringLiteral("retour.pacte-fiche.json"));
        CHECK_FALSE(import.alreadyImported());
        CHECK(import.outcome().conflictCount() == 0);
        import.apply();
        CHECK(ActionRepository(*copy).findByUuid(f.autoEcoleUuid)->deliverables == QStringLiteral("Livret"));
    }
    SECTION("the sheet imported before the move is still known as imported")
    {
        const auto first = SheetExports(*copy).all().constFirst();
        SheetImport import(*copy, first.content, QStringLiteral("encore.pacte-fiche.json"));
        CHECK(import.alreadyImported());
    }
}

TEST_CASE("A format 1 dump still restores, its records logged as imported", "[exchange][dump]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("ancien.pacte")));
    const QByteArray bytes = fileBytes(testDataPath(QStringLiteral("dumps/good/full.json")));
    REQUIRE(parseJson(bytes).at("formatVersion") == 1);
    const QUuid ownUuid = db->databaseUuid();
    importDump(*db, bytes);
    CHECK(db->databaseUuid() == ownUuid);
    const auto log = ChangeLog(*db).all();
    REQUIRE_FALSE(log.isEmpty());
    CHECK(std::all_of(log.begin(), log.end(), [](const ChangeEntry& e) {
        return e.source == QStringLiteral("import") && e.operation == QStringLiteral("insert");
    }));
    CHECK(log.size() >= ActionRepository(*db).count() + WorkingGroupRepository(*db).count());
    CHECK(SheetExports(*db).all().isEmpty());
}

TEST_CASE("The demo and generated data go through a dump with their history", "[exchange][dump]")
{
    TempDir dir;
    const bool generated = GENERATE(false, true);
    CAPTURE(generated);
    std::unique_ptr<Database> source;
    const QString sourcePath = dir.path(QStringLiteral("source.pacte"));
    if (generated) {
        const CliResult result =
            runCli({QStringLiteral("generate"), sourcePath, QStringLiteral("--scale"), QStringLiteral("2")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        source = Database::open(sourcePath, QStringLiteral("coordinatrice"));
    } else {
        source = createDatabase(sourcePath, true);
    }
    // An edit of the editor's on top of what the demo or the generator wrote.
    Action action = ActionRepository(*source).all().constFirst();
    action.notes = QStringLiteral("Relu en COPIL");
    ActionRepository(*source).update(action);

    const QByteArray bytes = exportDump(*source);
    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, bytes);
    CHECK(logOf(*copy) == logOf(*source));
    CHECK(ActionRepository(*copy).count() == ActionRepository(*source).count());
    const auto notes = ChangeLog(*copy).forEntity(action.uuid);
    REQUIRE_FALSE(notes.isEmpty());
    CHECK(notes.constFirst().field == QStringLiteral("notes"));
    CHECK(notes.constFirst().newValue == QStringLiteral("Relu en COPIL"));
    CHECK(withoutExportTime(exportDump(*copy)) == withoutExportTime(bytes));
}

TEST_CASE("A bad history is refused with its path and nothing is written", "[exchange][dump]")
{
    struct Case
    {
        const char* file;
        const char* path;
    };
    const Case cases[] = {
        {"history-bad-source.json", "changeLog[1].source"},
        {"history-bad-time.json", "changeLog[0].at"},
        {"history-unknown-key.json", "changeLog[0].when"},
        {"history-sheet-content.json", "sheetExports[0].content"},
        {"history-duplicate-export.json", "sheetExports[1].uuid"},
        {"history-negative-count.json", "sheetExports[0].imports[0].changeCount"},
        {"history-bad-database-uuid.json", "database.uuid"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.file)
        {
            TempDir dir;
            const QString path = dir.path(QStringLiteral("cible.pacte"));
            auto db = createDatabase(path);
            const QUuid ownUuid = db->databaseUuid();
            const QByteArray before = fileBytes(path);
            const QByteArray bytes =
                fileBytes(testDataPath(QStringLiteral("dumps/bad/") + QString::fromLatin1(c.file)));
            REQUIRE_FALSE(bytes.isEmpty());
            try {
                importDump(*db, bytes);
                FAIL("accepted");
            } catch (const InputError& error) {
                CHECK(error.path() == QString::fromLatin1(c.path));
                CHECK_FALSE(error.message().isEmpty());
            }
            CHECK(db->databaseUuid() == ownUuid);
            CHECK(ChangeLog(*db).all().isEmpty());
            CHECK(TerritoryRepository(*db).count() == 0);
            db.reset();
            CHECK(fileBytes(path) == before);
        }
    }
}

TEST_CASE("A hand-written format 2 dump restores its history as written", "[exchange][dump]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("cible.pacte")));
    importDump(*db, fileBytes(testDataPath(QStringLiteral("dumps/good/history.json"))));
    CHECK(db->databaseUuid() == QUuid::fromString(QStringLiteral("a0000000-0000-4000-8000-000000000001")));
    CHECK(databaseIdentity(*db).createdAt == QDateTime(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC));
    const auto log = ChangeLog(*db).all();
    REQUIRE(log.size() == 1);
    CHECK(log.at(0).changedAt == QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
    CHECK(log.at(0).field == QStringLiteral("title"));
    CHECK(log.at(0).oldValue == QStringLiteral("Plateforme"));
    CHECK(log.at(0).source == QStringLiteral("editor"));
    const auto exports = SheetExports(*db).all();
    REQUIRE(exports.size() == 1);
    CHECK(exports.at(0).groupName == QStringLiteral("Mobilité"));
    REQUIRE(exports.at(0).imports.size() == 1);
    CHECK(exports.at(0).imports.at(0).changeCount == 3);
    // The identity is the file's, not only the open connection's.
    db.reset();
    const auto reopened = Database::open(dir.path(QStringLiteral("cible.pacte")), QStringLiteral("coordinatrice"));
    CHECK(reopened->databaseUuid() == QUuid::fromString(QStringLiteral("a0000000-0000-4000-8000-000000000001")));
}

} // namespace pacte_test_exchange_dump_history_test
