// The three-way merge: the sheet's changes applied, the database's kept, conflicts field by field
// (and deletions of edited items) decided either way, lists of references merged element by element.
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetwriter.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_merge_test {

using namespace pacte;
using namespace pacte::test;

namespace {

const FieldChange* conflictOf(const MergeOutcome& outcome, const QUuid& uuid, const QString& field)
{
    for (const auto& change : outcome.changes) {
        if (change.uuid != uuid)
            continue;
        for (const auto& f : change.fields) {
            if (f.conflict && f.field == field)
                return &f;
        }
    }
    return nullptr;
}

void updateAction(Database& db, Id id, const std::function<void(Action&)>& edit)
{
    Action action = *ActionRepository(db).find(id);
    edit(action);
    ActionRepository(db).update(action);
}

void updateMeeting(Database& db, Id id, const std::function<void(Meeting&)>& edit)
{
    Meeting meeting = *MeetingRepository(db).find(id);
    edit(meeting);
    MeetingRepository(db).update(meeting);
}

} // namespace

TEST_CASE("Edits on both sides merge without conflict when they touch different things", "[exchange][sheet][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    Json sheet = parseJson(exportSheet(db, f.group).bytes);

    // The database meanwhile: a note, a dispositif and a public removed, a new action, a head count.
    updateAction(db, f.garage, [&](Action& a) {
        a.notes = QStringLiteral("Financement voté");
        a.dispositifIds.append(f.dispositif2);
        a.publicIds.removeAll(f.public2);
    });
    Action dbAction;
    dbAction.groupId = f.group;
    dbAction.title = QStringLiteral("Action ajoutée par la coordination");
    ActionRepository(db).insert(dbAction);
    updateMeeting(db, f.meeting1, [](Meeting& m) { m.headCount = 16; });
    // ... and both sides set the same value: no conflict.
    updateAction(db, f.autoEcole, [](Action& a) { a.status = ActionStatus::InProgress; });

    // The sheet: the title, a public added, the agenda, the same status.
    Json& garage = byUuid(sheet["group"]["actions"], f.garageUuid);
    garage["title"] = "Garage solidaire (2e phase)";
    garage["publics"].push_back(uuidString(f.public3Uuid));
    byUuid(sheet["group"]["meetings"], f.meeting1Uuid)["agenda"] = "Ordre du jour révisé";
    byUuid(sheet["group"]["actions"], f.autoEcoleUuid)["status"] = "en_cours";

    SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche.json"));
    CHECK(import.outcome().conflictCount() == 0);
    import.apply();

    const Action a = *ActionRepository(db).find(f.garage);
    CHECK(a.title == QStringLiteral("Garage solidaire (2e phase)"));
    CHECK(a.notes == QStringLiteral("Financement voté"));
    CHECK(a.dispositifIds == QList<Id>{f.dispositif1, f.dispositif2});
    CHECK(QSet<Id>(a.publicIds.begin(), a.publicIds.end()) == QSet<Id>{f.public1, f.public3});
    CHECK(ActionRepository(db).findByUuid(dbAction.uuid)); // the database's addition is kept
    const Meeting m = *MeetingRepository(db).find(f.meeting1);
    CHECK(m.headCount == 16);
    CHECK(m.agenda == QStringLiteral("Ordre du jour révisé"));
    CHECK(ActionRepository(db).find(f.autoEcole)->status == ActionStatus::InProgress);
}

TEST_CASE("A field changed differently on both sides is a conflict to decide", "[exchange][sheet][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    updateAction(db, f.garage, [](Action& a) {
        a.status = ActionStatus::Completed;
        a.indicators[0].target = 50;
        a.indicators[0].measurements[0].value = 11;
    });
    Json& garage = byUuid(sheet["group"]["actions"], f.garageUuid);
    garage["status"] = "abandonnee";
    garage["objectives"] = "Nouveaux objectifs"; // the sheet alone: no conflict
    Json& vehicles = byUuid(garage["indicators"], f.vehiclesUuid);
    vehicles["target"] = 45;
    byUuid(vehicles["measurements"], f.measurement1Uuid)["value"] = 12.5;

    SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche.json"));
    const MergeOutcome& outcome = import.outcome();
    CHECK(outcome.conflictCount() == 3);
    CHECK(outcome.undecidedCount() == 3);
    const FieldChange* status = conflictOf(outcome, f.garageUuid, QStringLiteral("status"));
    REQUIRE(status);
    CHECK(status->database == enumLabel(ActionStatus::Completed));
    CHECK(status->sheet == enumLabel(ActionStatus::Abandoned));
    CHECK(status->base == enumLabel(ActionStatus::InProgress));
    const FieldChange* target = conflictOf(outcome, f.vehiclesUuid, QStringLiteral("target"));
    REQUIRE(target);
    CHECK(target->database == QStringLiteral("50"));
    CHECK(target->sheet == QStringLiteral("45"));
    CHECK(conflictOf(outcome, f.measurement1Uuid, QStringLiteral("value")));

    const auto before = ActionRepository(db).find(f.garage);
    CHECK_THROWS_AS(import.apply(), StorageError); // undecided: nothing written
    CHECK(ActionRepository(db).find(f.garage) == before);

    import.decide(conflictKey(f.garageUuid, QStringLiteral("status")), Resolution::TakeSheet);
    import.decide(conflictKey(f.vehiclesUuid, QStringLiteral("target")), Resolution::KeepDatabase);
    CHECK(import.outcome().undecidedCount() == 1);
    import.decide(conflictKey(f.measurement1Uuid, QStringLiteral("value")), Resolution::TakeSheet);
    CHECK(import.outcome().undecidedCount() == 0);
    import.apply();
    const Action a = *ActionRepository(db).find(f.garage);
    CHECK(a.status == ActionStatus::Abandoned);
    CHECK(a.objectives == QStringLiteral("Nouveaux objectifs"));
    CHECK(a.indicators.at(0).target == 50.0);
    CHECK(a.indicators.at(0).measurements.at(0).value == 12.5);
}

TEST_CASE("Deleting on one side what the other side edited is a conflict", "[exchange][sheet][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    // The sheet deletes the auto-école, which the database renamed; the database deletes the second
    // meeting, which the sheet edited; the sheet deletes a measurement the database left alone.
    updateAction(db, f.autoEcole, [](Action& a) { a.title = QStringLiteral("Auto-école sociale et solidaire"); });
    MeetingRepository(db).remove(f.meeting2);
    eraseUuid(sheet["group"]["actions"], f.autoEcoleUuid);
    byUuid(sheet["group"]["meetings"], f.meeting2Uuid)["headCount"] = 12;
    Json& vehicles = byUuid(byUuid(sheet["group"]["actions"], f.garageUuid)["indicators"], f.vehiclesUuid);
    eraseUuid(vehicles["measurements"], f.measurement2Uuid);

    SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche.json"));
    const MergeOutcome& outcome = import.outcome();
    CHECK(outcome.conflictCount() == 2);
    const FieldChange* deleted = conflictOf(outcome, f.autoEcoleUuid, QString());
    REQUIRE(deleted);
    const FieldChange* restored = conflictOf(outcome, f.meeting2Uuid, QString());
    REQUIRE(restored);

    SECTION("keeping the database's side")
    {
        import.decide(conflictKey(f.autoEcoleUuid, {}), Resolution::KeepDatabase);
        import.decide(conflictKey(f.meeting2Uuid, {}), Resolution::KeepDatabase);
        import.apply();
        CHECK(ActionRepository(db).find(f.autoEcole)->title == QStringLiteral("Auto-école sociale et solidaire"));
        CHECK_FALSE(MeetingRepository(db).findByUuid(f.meeting2Uuid));
    }
    SECTION("taking the sheet's side")
    {
        import.decide(conflictKey(f.autoEcoleUuid, {}), Resolution::TakeSheet);
        import.decide(conflictKey(f.meeting2Uuid, {}), Resolution::TakeSheet);
        import.apply();
        CHECK_FALSE(ActionRepository(db).find(f.autoEcole));
        const auto meeting = MeetingRepository(db).findByUuid(f.meeting2Uuid);
        REQUIRE(meeting);
        CHECK(meeting->headCount == 12);
    }
    // Either way the unconflicted deletion of the measurement went through.
    CHECK(ActionRepository(db).find(f.garage)->indicators.at(0).measurements.size() == 1);
}

TEST_CASE("A merge that validation would refuse cannot be applied", "[exchange][sheet][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    updateAction(db, f.garage, [](Action& a) { a.endDate = QDate(2023, 6, 30); });
    byUuid(sheet["group"]["actions"], f.garageUuid)["startDate"] = "2024-01-01";
    SheetImport import(db, dumpJson(sheet), QStringLiteral("fiche.json"));
    CHECK(import.outcome().conflictCount() == 0);
    REQUIRE(import.problems().size() == 1);
    const auto before = fileBytes(f.path);
    CHECK_THROWS_AS(import.apply(), StorageError);
    CHECK(fileBytes(f.path) == before);
}

TEST_CASE("A stale sheet merges against its own export, keeping what a later sheet brought", "[exchange][sheet][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    Json first = parseJson(exportSheet(db, f.group).bytes);
    Json second = parseJson(exportSheet(db, f.group).bytes);
    byUuid(second["group"]["actions"], f.garageUuid)["title"] = "Garage (2e fiche)";
    SheetImport(db, dumpJson(second), QStringLiteral("seconde.json")).apply();

    byUuid(first["group"]["actions"], f.garageUuid)["notes"] = "Note de la 1re fiche";
    SheetImport stale(db, dumpJson(first), QStringLiteral("premiere.json"));
    CHECK(stale.laterExports().size() == 1);
    CHECK(stale.outcome().conflictCount() == 0);
    stale.apply();
    const Action a = *ActionRepository(db).find(f.garage);
    CHECK(a.title == QStringLiteral("Garage (2e fiche)"));
    CHECK(a.notes == QStringLiteral("Note de la 1re fiche"));

    SECTION("and changing the same field differently is a conflict")
    {
        byUuid(first["group"]["actions"], f.garageUuid)["title"] = "Garage (1re fiche)";
        SheetImport again(db, dumpJson(first), QStringLiteral("premiere.json"));
        CHECK(again.outcome().conflictCount() == 1);
    }
}

TEST_CASE("Items added by hand without an identifier are additions", "[exchange][sheet][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Database& db = *f.db;
    Json sheet = parseJson(exportSheet(db, f.group).bytes);
    sheet["group"]["actions"].push_back({{"title", "Action écrite à la main"}, {"status", "projet"}});
    Json& vehicles = byUuid(byUuid(sheet["group"]["actions"], f.garageUuid)["indicators"], f.vehiclesUuid);
    vehicles["measurements"].push_back({{"date", "2025-12-31"}, {"value", 33}});
    sheet["group"]["meetings"].push_back({{"kind", "groupe_travail"}, {"date", "2025-11-20"}});
    SheetImport import(db, dumpJson(sheet), QStringLiteral("main.json"));
    CHECK(import.outcome().actionInserts.size() == 1);
    CHECK(import.outcome().meetingInserts.size() == 1);
    CHECK(import.outcome().actionUpdates.size() == 1);
    import.apply();
    CHECK(countWhere<Action>(db, QStringLiteral("group_id = ?"), {f.group}) == 3);
    CHECK(ActionRepository(db).find(f.garage)->indicators.at(0).measurements.size() == 3);
    CHECK(countWhere<Meeting>(db, QStringLiteral("group_id = ?"), {f.group}) == 3);
}

} // namespace pacte_test_exchange_sheet_merge_test
