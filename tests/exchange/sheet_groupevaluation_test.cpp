// The group's yearly evaluation travels in its sheet (issue 18): filled in by the referents, merged
// three ways like the rest (a field changed on both sides is a conflict the coordinator decides),
// refused once its year is frozen, and kept by the dump.
#include "common/sheetfixture.h"
#include "common/sheetjson.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/sheetimport.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetwriter.h"
#include "storage/evaluationstore.h"
#include "storage/groupevaluationstore.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_groupevaluation_test {

using namespace pacte;
using namespace pacte::test;

namespace {

Json filledEvaluation(int year)
{
    return Json{{"year", year},
                {"effects", "Huit permis obtenus, deux embauches."},
                {"coherence", "Articulée avec le PDI."},
                {"partnershipQuality", "satisfaisante"},
                {"partnershipComment", "La CAF a rejoint le groupe."},
                {"difficulties", "Peu de moniteurs."},
                {"adjustments", "Associer les auto-écoles sociales."}};
}

const FieldChange* conflictOf(const MergeOutcome& outcome, const QString& field)
{
    for (const auto& change : outcome.changes) {
        if (change.kind != SheetItemKind::GroupEvaluation)
            continue;
        for (const auto& f : change.fields) {
            if (f.conflict && f.field == field)
                return &f;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("A group evaluation filled in a sheet is imported", "[exchange][sheet][groupevaluation]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    REQUIRE(sheet["group"].contains("evaluations"));
    CHECK(sheet["group"]["evaluations"].empty());
    sheet["group"]["evaluations"].push_back(filledEvaluation(2023));

    SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("mobilite.json"));
    REQUIRE(import.outcome().evaluationInserts.size() == 1);
    CHECK(import.outcome().conflictCount() == 0);
    CHECK(import.problems().isEmpty());
    import.apply();
    const auto stored = findGroupEvaluation(*f.db, f.group, 2023);
    REQUIRE(stored.has_value());
    CHECK(stored->effects == QStringLiteral("Huit permis obtenus, deux embauches."));
    CHECK(stored->partnershipQuality == PartnershipQuality::Satisfactory);
    CHECK(stored->adjustments == QStringLiteral("Associer les auto-écoles sociales."));

    // The next export carries it, and reading the sheet alone gives it back.
    const SheetData again = readSheet(exportSheet(*f.db, f.group).bytes);
    REQUIRE(again.evaluations.size() == 1);
    CHECK(again.evaluations.constFirst().uuid == stored->uuid);
    CHECK(again.evaluations.constFirst().difficulties == stored->difficulties);
}

TEST_CASE("A group evaluation changed on both sides is a conflict the coordinator decides",
          "[exchange][sheet][groupevaluation][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    GroupEvaluation entered;
    entered.groupId = f.group;
    entered.year = 2023;
    entered.effects = QStringLiteral("Premiers effets.");
    entered.partnershipQuality = PartnershipQuality::ToImprove;
    GroupEvaluationRepository(*f.db).insert(entered);
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);

    // The coordinator meanwhile rewrites the effects; the referents too, and judge the partnership.
    GroupEvaluation ours = entered;
    ours.effects = QStringLiteral("Effets selon la coordinatrice.");
    GroupEvaluationRepository(*f.db).update(ours);
    Json& theirs = byUuid(sheet["group"]["evaluations"], entered.uuid);
    theirs["effects"] = "Effets selon le groupe.";
    theirs["partnershipQuality"] = "satisfaisante";

    SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("mobilite.json"));
    CHECK(import.outcome().conflictCount() == 1);
    const FieldChange* conflict = conflictOf(import.outcome(), QStringLiteral("effects"));
    REQUIRE(conflict);
    CHECK(conflict->base == QStringLiteral("Premiers effets."));
    CHECK(conflict->database == QStringLiteral("Effets selon la coordinatrice."));
    CHECK(conflict->sheet == QStringLiteral("Effets selon le groupe."));
    CHECK(conflict->mergeable);
    CHECK_THROWS_AS(import.apply(), StorageError);
    CHECK(findGroupEvaluation(*f.db, f.group, 2023) == ours);

    import.decide(conflictKey(entered.uuid, QStringLiteral("effects")), Resolution::TakeSheet);
    CHECK(import.outcome().undecidedCount() == 0);
    import.apply();
    const auto merged = findGroupEvaluation(*f.db, f.group, 2023);
    REQUIRE(merged);
    CHECK(merged->effects == QStringLiteral("Effets selon le groupe."));
    CHECK(merged->partnershipQuality == PartnershipQuality::Satisfactory); // the sheet's alone
}

TEST_CASE("An evaluation the sheet adds for a year the database has one of merges with it",
          "[exchange][sheet][groupevaluation][merge]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    GroupEvaluation ours;
    ours.groupId = f.group;
    ours.year = 2023;
    ours.difficulties = QStringLiteral("Peu de moniteurs.");
    GroupEvaluationRepository(*f.db).insert(ours);
    sheet["group"]["evaluations"].push_back(filledEvaluation(2023));

    SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("mobilite.json"));
    CHECK(import.outcome().evaluationInserts.isEmpty());
    // Fields the database left empty differ too: with no common base, each difference is a conflict.
    CHECK(conflictOf(import.outcome(), QStringLiteral("effects")));
    QStringList keys; // deciding merges again: the outcome's lists change under a loop over them
    for (const auto& change : import.outcome().changes) {
        for (const auto& field : change.fields) {
            if (field.conflict)
                keys << conflictKey(change.uuid, field.field);
        }
    }
    CHECK(keys.size() == 5); // every field but the difficulties, which both sides wrote alike
    for (const auto& key : keys)
        import.decide(key, Resolution::TakeSheet);
    import.apply();
    CHECK(GroupEvaluationRepository(*f.db).count() == 1);
    CHECK(findGroupEvaluation(*f.db, f.group, 2023)->uuid == ours.uuid);
    CHECK(findGroupEvaluation(*f.db, f.group, 2023)->effects == QStringLiteral("Huit permis obtenus, deux embauches."));
}

TEST_CASE("A frozen year's group evaluation cannot change through a sheet", "[exchange][sheet][groupevaluation]")
{
    const FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    Json sheet = parseJson(exportSheet(*f.db, f.group).bytes);
    sheet["group"]["evaluations"].push_back(filledEvaluation(2023));
    sheet["group"]["evaluations"].push_back(filledEvaluation(2024));
    freezeYear(*f.db, f.editionId, 2023, EvaluationKind::Intermediate);
    const QByteArray before = fileBytes(f.path);

    SheetImport import(*f.db, dumpJson(sheet), QStringLiteral("mobilite.json"));
    REQUIRE(import.problems().size() == 1);
    CHECK(import.problems().constFirst().contains(QStringLiteral("2023")));
    CHECK_THROWS_AS(import.apply(), StorageError);
    CHECK(fileBytes(f.path) == before);
    CHECK_FALSE(findGroupEvaluation(*f.db, f.group, 2024).has_value());
}

TEST_CASE("The dump keeps the groups' evaluations", "[exchange][dump][groupevaluation]")
{
    TempDir dir;
    auto f = makeSheetFixture(dir.path(QStringLiteral("pti.pacte")));
    GroupEvaluation entered;
    entered.groupId = f.group;
    entered.year = 2024;
    entered.coherence = QStringLiteral("Articulée avec le FSE.");
    entered.partnershipQuality = PartnershipQuality::VerySatisfactory;
    entered.partnershipComment = QStringLiteral("Très bonne entente.");
    GroupEvaluationRepository(*f.db).insert(entered);
    const QByteArray dump = exportDump(*f.db);
    const Json json = parseJson(dump);
    CHECK(json.at("formatVersion") == DumpFormatVersion);

    auto restored = createDatabase(dir.path(QStringLiteral("restaure.pacte")));
    importDump(*restored, dump);
    const auto back = GroupEvaluationRepository(*restored).findByUuid(entered.uuid);
    REQUIRE(back.has_value());
    CHECK(back->year == 2024);
    CHECK(back->coherence == entered.coherence);
    CHECK(back->partnershipQuality == PartnershipQuality::VerySatisfactory);
    CHECK(back->partnershipComment == entered.partnershipComment);
    CHECK(WorkingGroupRepository(*restored).find(back->groupId)->uuid == f.groupUuid);
    CHECK(exportDump(*restored).size() > 0);
}

} // namespace pacte_test_exchange_sheet_groupevaluation_test
