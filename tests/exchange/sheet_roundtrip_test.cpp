// Export -> edit -> import of a working-group sheet, for every kind of field: actions, indicators,
// measurements and meetings, changed, added and deleted; the change log names the sheet.
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "domain/format.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkspace.h"
#include "exchange/sheetwriter.h"
#include "storage/backups.h"
#include "storage/changelog.h"
#include "storage/repository.h"
#include "storage/sheetexports.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_roundtrip_test {

using namespace pacte;
using namespace pacte::test;

namespace {

Json exported(SheetFixture& f)
{
    return parseJson(exportSheet(*f.db, f.group).bytes);
}

QUuid uuidOf(Database& db, const char* table, Id id)
{
    if (QString::fromLatin1(table) == QLatin1String("target_public"))
        return TargetPublicRepository(db).find(id)->uuid;
    if (QString::fromLatin1(table) == QLatin1String("dispositif"))
        return DispositifRepository(db).find(id)->uuid;
    if (QString::fromLatin1(table) == QLatin1String("partner"))
        return PartnerRepository(db).find(id)->uuid;
    if (QString::fromLatin1(table) == QLatin1String("person"))
        return PersonRepository(db).find(id)->uuid;
    if (QString::fromLatin1(table) == QLatin1String("territory"))
        return TerritoryRepository(db).find(id)->uuid;
    FAIL("unknown table");
    return {};
}

QUuid themeUuid(Database& db, Id axisId, int index)
{
    return AxisRepository(db).find(axisId)->themes.at(index).uuid;
}

} // namespace

TEST_CASE("An exported sheet holds the group, its content and the lookups", "[exchange][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const ExportedSheet sheet = exportSheet(*f.db, f.group);
    CHECK(sheet.suggestedFileName == QStringLiteral("Mobilité - Biterrois.pacte-fiche.json"));

    const SheetData data = readSheet(sheet.bytes);
    CHECK(data.origin.databaseUuid == f.db->databaseUuid());
    CHECK(data.origin.exportId == sheet.exportId);
    CHECK(data.origin.exportedBy == QStringLiteral("coordinatrice"));
    CHECK(data.origin.editionTitle == QStringLiteral("PTI 2022-2025"));
    CHECK(data.group.uuid == f.groupUuid);
    REQUIRE(data.actions.size() == 2);
    CHECK(data.actions.at(0).indicators.size() == 2);
    CHECK(data.actions.at(0).indicators.at(0).measurements.size() == 2);
    CHECK(data.meetings.size() == 2); // the other group's meeting is not in it
    CHECK(data.axes.size() == 2);     // the edition's axes only
    CHECK(data.partners.size() == 3);
    CHECK(data.persons.size() == 2);
    CHECK(data.publics.size() == 3);
    CHECK(data.dispositifs.size() == 2);
    CHECK_FALSE(sheet.bytes.contains("claire@example.org")); // no personal contact travels

    SECTION("reading and writing it again gives the same bytes")
    {
        CHECK(writeSheet(data) == sheet.bytes);
    }
    SECTION("the database records the export with the sheet as written")
    {
        const auto record = SheetExports(*f.db).find(sheet.exportId);
        REQUIRE(record);
        CHECK(record->content == sheet.bytes);
        CHECK(record->groupUuid == f.groupUuid);
        CHECK(record->exportedBy == QStringLiteral("coordinatrice"));
        CHECK(record->imports.isEmpty());
        CHECK(SheetExports(*f.db).forGroup(f.groupUuid).size() == 1);
    }
}

TEST_CASE("Every field edited in a sheet comes back through the import", "[exchange][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    // Every field but the meeting's kind: a sheet changes no meeting's kind, either way
    // (sheet_scope_test).
    Json sheet = exported(f);
    Json& group = sheet["group"];
    Json& garage = byUuid(group["actions"], f.garageUuid);
    const QUuid axis2Uuid = AxisRepository(db).find(f.axis2)->uuid;
    garage["title"] = "Garage solidaire et mobile";
    garage["axis"] = uuidString(axis2Uuid);
    garage["theme"] = uuidString(themeUuid(db, f.axis2, 0));
    garage["objectives"] = "Réparer et prêter";
    garage["publics"] = Json::array({uuidString(uuidOf(db, "target_public", f.public2)), uuidString(f.public3Uuid)});
    garage["modalities"] = "Atelier et prêt";
    garage["deliverables"] = "Bilan semestriel";
    garage["dispositifs"] = Json::array({uuidString(uuidOf(db, "dispositif", f.dispositif2))});
    garage["startDate"] = "2023-02-01";
    garage["endDate"] = nullptr;
    garage["status"] = "en_fonctionnement";
    garage["experimentation"] = true;
    garage["notes"] = "";
    Json& vehicles = byUuid(garage["indicators"], f.vehiclesUuid);
    vehicles["name"] = "Véhicules prêtés ou réparés";
    vehicles["kind"] = "resultat";
    vehicles["unit"] = "unités";
    vehicles["baseline"] = 2;
    vehicles["target"] = nullptr;
    Json& m1 = byUuid(vehicles["measurements"], f.measurement1Uuid);
    m1["date"] = "2023-12-15";
    m1["value"] = 13.5;
    m1["target"] = nullptr;
    m1["comment"] = "corrigé";
    eraseUuid(vehicles["measurements"], f.measurement2Uuid);
    const QUuid newMeasurement = QUuid::createUuid();
    vehicles["measurements"].push_back(
        {{"uuid", uuidString(newMeasurement)}, {"date", "2025-06-30"}, {"value", nullptr}, {"comment", "semestre"}});
    const QUuid newIndicator = QUuid::createUuid();
    garage["indicators"].push_back(
        {{"uuid", uuidString(newIndicator)},
         {"name", "Personnes accompagnées"},
         {"kind", "realisation"},
         {"measurements",
          Json::array({{{"uuid", uuidString(QUuid::createUuid())}, {"date", "2025-01-31"}, {"value", 8}}})}});
    eraseUuid(group["actions"], f.autoEcoleUuid);
    const QUuid newAction = QUuid::createUuid();
    group["actions"].push_back({{"uuid", uuidString(newAction)},
                                {"title", "Plateforme de covoiturage"},
                                {"status", "projet"},
                                {"publics", Json::array({uuidString(f.public3Uuid)})},
                                {"startDate", "2025-09-01"}});
    Json& meeting = byUuid(group["meetings"], f.meeting1Uuid);
    meeting["status"] = "reportee";
    meeting["date"] = "2024-04-02";
    meeting["title"] = "Séminaire";
    meeting["territory"] = uuidString(uuidOf(db, "territory", f.territoryB));
    meeting["partners"] = Json::array({uuidString(uuidOf(db, "partner", f.partner2))});
    meeting["persons"] = Json::array({uuidString(uuidOf(db, "person", f.person2))});
    meeting["headCount"] = 22;
    meeting["agenda"] = "Bilan";
    meeting["decisions"] = "Poursuivre";
    eraseUuid(group["meetings"], f.meeting2Uuid);
    const QUuid newMeeting = QUuid::createUuid();
    group["meetings"].push_back(
        {{"uuid", uuidString(newMeeting)}, {"kind", "groupe_travail"}, {"date", "2025-10-01"}, {"headCount", 9}});

    SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche-mobilite.json"));
    CHECK_FALSE(import.alreadyImported());
    const MergeOutcome& outcome = import.outcome();
    CHECK(outcome.conflictCount() == 0);
    CHECK(import.problems().isEmpty());
    CHECK(outcome.actionInserts.size() == 1);
    CHECK(outcome.actionUpdates.size() == 1);
    CHECK(outcome.actionDeletes.size() == 1);
    CHECK(outcome.meetingInserts.size() == 1);
    CHECK(outcome.meetingUpdates.size() == 1);
    CHECK(outcome.meetingDeletes.size() == 1);
    // garage, vehicles, m1, m2 deleted, new measurement, new indicator and its measurement, auto-école,
    // new action, meeting, meeting 2, new meeting
    CHECK(outcome.changes.size() == 12);
    const QString backup = import.apply();
    CHECK(QFileInfo::exists(backup));
    CHECK(Backups::list(f.path).constFirst().reason == QStringLiteral("import"));

    const Action a = *ActionRepository(db).find(f.garage);
    CHECK(a.title == QStringLiteral("Garage solidaire et mobile"));
    CHECK(a.axisId == f.axis2);
    CHECK(a.themeId == AxisRepository(db).find(f.axis2)->themes.at(0).id);
    CHECK(a.objectives == QStringLiteral("Réparer et prêter"));
    CHECK(QSet<Id>(a.publicIds.begin(), a.publicIds.end()) == QSet<Id>{f.public2, f.public3});
    CHECK(a.modalities == QStringLiteral("Atelier et prêt"));
    CHECK(a.deliverables == QStringLiteral("Bilan semestriel"));
    CHECK(a.dispositifIds == QList<Id>{f.dispositif2});
    CHECK(a.startDate == QDate(2023, 2, 1));
    CHECK_FALSE(a.endDate.isValid());
    CHECK(a.status == ActionStatus::Running);
    CHECK(a.experimentation);
    CHECK(a.notes.isEmpty());
    REQUIRE(a.indicators.size() == 3);
    const Indicator& v = a.indicators.at(0);
    CHECK(v.uuid == f.vehiclesUuid);
    CHECK(v.name == QStringLiteral("Véhicules prêtés ou réparés"));
    CHECK(v.kind == IndicatorKind::Outcome);
    CHECK(v.unit == QStringLiteral("unités"));
    CHECK(v.baseline == 2.0);
    CHECK_FALSE(v.target);
    REQUIRE(v.measurements.size() == 2);
    CHECK(v.measurements.at(0).uuid == f.measurement1Uuid);
    CHECK(v.measurements.at(0).date == QDate(2023, 12, 15));
    CHECK(v.measurements.at(0).value == 13.5);
    CHECK_FALSE(v.measurements.at(0).target);
    CHECK(v.measurements.at(0).comment == QStringLiteral("corrigé"));
    CHECK(v.measurements.at(1).uuid == newMeasurement);
    // Unknown is not zero: a null value comes in unknown, and goes out again as null.
    CHECK_FALSE(v.measurements.at(1).value.has_value());
    Json again = exported(f);
    Json& againVehicles = byUuid(byUuid(again["group"]["actions"], f.garageUuid)["indicators"], f.vehiclesUuid);
    CHECK(byUuid(againVehicles["measurements"], newMeasurement).at("value").is_null());
    CHECK(a.indicators.at(2).uuid == newIndicator);
    CHECK(a.indicators.at(2).measurements.size() == 1);
    CHECK_FALSE(ActionRepository(db).find(f.autoEcole));
    const auto added = ActionRepository(db).findByUuid(newAction);
    REQUIRE(added);
    CHECK(added->groupId == f.group);
    CHECK(added->publicIds == QList<Id>{f.public3});

    const Meeting m = *MeetingRepository(db).find(f.meeting1);
    CHECK(m.kind == MeetingKind::WorkingGroup);
    CHECK(m.status == MeetingStatus::Postponed);
    CHECK(m.date == QDate(2024, 4, 2));
    CHECK(m.title == QStringLiteral("Séminaire"));
    CHECK(m.territoryId == f.territoryB);
    CHECK(m.partnerIds == QList<Id>{f.partner2});
    CHECK(m.personIds == QList<Id>{f.person2});
    CHECK(m.headCount == 22);
    CHECK(m.agenda == QStringLiteral("Bilan"));
    CHECK(m.decisions == QStringLiteral("Poursuivre"));
    CHECK_FALSE(MeetingRepository(db).find(f.meeting2));
    const auto newM = MeetingRepository(db).findByUuid(newMeeting);
    REQUIRE(newM);
    CHECK(newM->groupId == f.group);
    CHECK(newM->editionId == f.editionId);

    // The other group is untouched.
    CHECK(ActionRepository(db).find(f.otherAction)->title == QStringLiteral("Ateliers numériques"));

    const auto entries = ChangeLog(db).forEntity(f.garageUuid);
    REQUIRE_FALSE(entries.isEmpty());
    for (const auto& entry : entries) {
        if (entry.operation == QLatin1String("update")) {
            CHECK(entry.source == QStringLiteral("sheet"));
            CHECK(entry.sourceDetail == QStringLiteral("fiche-mobilite.json"));
        }
    }
    CHECK(ChangeLog(db).forEntity(newAction).constFirst().sourceDetail == QStringLiteral("fiche-mobilite.json"));
    CHECK(db.changeSource() == ChangeSource::Editor);

    const auto record = SheetExports(db).find(import.origin().exportId);
    REQUIRE(record->imports.size() == 1);
    CHECK(record->imports.constFirst().sheetName == QStringLiteral("fiche-mobilite.json"));
    CHECK(record->imports.constFirst().changeCount == 12);

    SECTION("importing the same sheet again is flagged, and changes nothing more")
    {
        SheetImport again(db, dumpJson(sheet), QStringLiteral("fiche-mobilite.json"));
        CHECK(again.alreadyImported());
        CHECK(again.outcome().conflictCount() == 0);
        CHECK_FALSE(again.outcome().hasWrites());
    }
}

TEST_CASE("A sheet returned unchanged changes nothing", "[exchange][sheet]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const ExportedSheet sheet = exportSheet(*f.db, f.group);
    SheetImport import(*f.db, sheet.bytes, QStringLiteral("fiche.json"));
    CHECK(import.outcome().changes.isEmpty());
    CHECK_FALSE(import.outcome().hasWrites());
    const auto before = ActionRepository(*f.db).all();
    import.apply();
    CHECK(ActionRepository(*f.db).all() == before);
    CHECK(SheetExports(*f.db).find(sheet.exportId)->imports.size() == 1);
}

TEST_CASE("A sheet edited in a workspace (sheet mode) imports as the edits made", "[exchange][sheet][workspace]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const ExportedSheet exported = exportSheet(*f.db, f.group);
    const SheetData sheet = readSheet(exported.bytes);
    auto workspace = createSheetWorkspace(dir.path(QStringLiteral("fiche.pacte")), sheet, QStringLiteral("référent"));

    SECTION("saved unchanged, it changes nothing")
    {
        const QByteArray saved = writeSheet(sheetFromWorkspace(*workspace, sheet.origin));
        SheetImport import(*f.db, saved, QStringLiteral("fiche.json"));
        CHECK(import.outcome().changes.isEmpty());
    }
    SECTION("edited there, the import brings the edits")
    {
        Action garage = *ActionRepository(*workspace).findByUuid(f.garageUuid);
        garage.title = QStringLiteral("Garage (saisi en mode fiche)");
        garage.indicators[0].measurements.append(Measurement{NoId, {}, QDate(2025, 3, 31), 28, {}, {}});
        ActionRepository(*workspace).update(garage);
        Meeting meeting;
        meeting.editionId = EditionRepository(*workspace).all().constFirst().id;
        meeting.kind = MeetingKind::WorkingGroup;
        meeting.groupId = WorkingGroupRepository(*workspace).all().constFirst().id; // the database's on import
        meeting.date = QDate(2025, 4, 1);
        MeetingRepository(*workspace).insert(meeting);
        SheetOrigin origin = sheet.origin;
        origin.savedAt = QDateTime::currentDateTimeUtc();
        origin.savedBy = QStringLiteral("référent");
        const QByteArray saved = writeSheet(sheetFromWorkspace(*workspace, origin));
        CHECK(readSheetOrigin(saved).savedBy == QStringLiteral("référent"));

        SheetImport import(*f.db, saved, QStringLiteral("fiche.json"));
        CHECK(import.outcome().conflictCount() == 0);
        CHECK(import.outcome().changes.size() == 3); // the action's title, the measurement, the meeting
        import.apply();
        CHECK(ActionRepository(*f.db).find(f.garage)->title == QStringLiteral("Garage (saisi en mode fiche)"));
        CHECK(ActionRepository(*f.db).find(f.garage)->indicators.at(0).measurements.size() == 3);
        CHECK(MeetingRepository(*f.db).findByUuid(meeting.uuid)->groupId == f.group);
    }
}

TEST_CASE("The JSON Schema in docs/ names every field the export writes", "[exchange][sheet][schema]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    const Json sheet = exported(f);
    const Json schema = parseJson(fileBytes(testDataPath(QStringLiteral("../../docs/sheet-format.schema.json"))));
    REQUIRE(schema.contains("$defs"));
    const auto keysOf = [](const Json& object) {
        QStringList keys;
        for (const auto& item : object.items())
            keys << QString::fromStdString(item.key());
        keys.sort();
        return keys;
    };
    const auto covered = [&](const Json& instance, const Json& definition, const char* what) {
        INFO(what);
        const QStringList allowed = keysOf(definition.at("properties"));
        for (const QString& key : keysOf(instance))
            CHECK(allowed.contains(key));
        for (const auto& required : definition.value("required", Json::array()))
            CHECK(instance.contains(required.get<std::string>()));
    };
    const Json& defs = schema.at("$defs");
    covered(sheet, schema, "root");
    covered(sheet.at("group"), defs.at("group"), "group");
    const Json& garage = sheet.at("group").at("actions").at(0);
    covered(garage, defs.at("action"), "action");
    covered(garage.at("indicators").at(0), defs.at("indicator"), "indicator");
    covered(garage.at("indicators").at(0).at("measurements").at(0), defs.at("measurement"), "measurement");
    covered(sheet.at("group").at("meetings").at(0), defs.at("meeting"), "meeting");
    for (const char* lookup : {"territories", "axes", "partners", "persons", "targetPublics", "dispositifs"}) {
        INFO(lookup);
        const Json& item = sheet.at("lookups").at(lookup).at(0);
        const Json& definition = defs.at("lookups").at("properties").at(lookup).at("items");
        covered(item, definition, lookup);
    }
}

TEST_CASE("A sheet's file name keeps its accents, replacing only what a file system forbids", "[exchange][sheet]")
{
    CHECK(sheetFileName(QStringLiteral("Mobilité"), {QStringLiteral("Cœur d'Hérault – Pic Saint-Loup")}) ==
          QStringLiteral("Mobilité - Cœur d'Hérault – Pic Saint-Loup.pacte-fiche.json"));
    CHECK(sheetFileName(QStringLiteral("Illettrisme et illectronisme"),
                        {QStringLiteral("Biterrois"), QStringLiteral("Petite Camargue")}) ==
          QStringLiteral("Illettrisme et illectronisme - Biterrois, Petite Camargue.pacte-fiche.json"));
    CHECK(portableFileStem(QStringLiteral("Emploi/Formation : « 50+ » ?")) ==
          QStringLiteral("Emploi-Formation - « 50+ »"));
    CHECK(portableFileStem(QStringLiteral("a\\b*c\"d<e>f|g\x01h")) == QStringLiteral("a-b-c-d-e-f-g-h"));
    CHECK(portableFileStem(QStringLiteral(".caché. ")) == QStringLiteral("caché"));
    CHECK(sheetFileName(QStringLiteral("///"), {}) == QStringLiteral("fiche.pacte-fiche.json"));
    // Long names stop under 200 bytes of UTF-8, never in the middle of a character.
    const QString stem = portableFileStem(QString(150, QChar(0x00E9)));
    CHECK(stem.toUtf8().size() <= 200);
    CHECK(stem == QString(100, QChar(0x00E9)));
}

} // namespace pacte_test_exchange_sheet_roundtrip_test
