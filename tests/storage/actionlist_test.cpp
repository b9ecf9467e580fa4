// The light read behind the list of actions agrees with the full aggregates (Repository<Action>)
// and with the domain's sheet-complete rule, on the demo data and on generated data.
#include "common/testutil.h"
#include "storage/actionlist.h"
#include "storage/editionloader.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_actionlist_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// The row the list should show, computed from the aggregates.
ActionListRow expectedRow(const Action& action, const WorkingGroup& group)
{
    ActionListRow row;
    row.id = action.id;
    row.uuid = action.uuid;
    row.title = action.title;
    row.groupId = group.id;
    row.groupName = group.name;
    row.territoryIds = group.territoryIds;
    for (const Id id : QList<Id>{group.pilotPartnerId, group.coPilotPartnerId} + group.memberPartnerIds) {
        if (id != NoId && !row.partnerIds.contains(id))
            row.partnerIds.append(id);
    }
    row.axisId = action.axisId != NoId ? action.axisId : group.axisId;
    row.themeId = action.themeId != NoId ? action.themeId : (action.axisId == NoId ? group.themeId : NoId);
    row.status = action.status;
    row.experimentation = action.experimentation;
    row.indicatorCount = static_cast<int>(action.indicators.size());
    row.publicIds = action.publicIds;
    row.startDate = action.startDate;
    row.endDate = action.endDate;
    row.sheetComplete = action.missingSheetFields().isEmpty();
    return row;
}

// Every action of every edition, as listActions() and as the repositories see it.
void checkAgreement(Database& db)
{
    int checked = 0;
    for (const auto& edition : EditionRepository(db).all()) {
        const auto groups = recordsWhere<WorkingGroup>(db, QStringLiteral("edition_id = ?"), {edition.id});
        QHash<Id, WorkingGroup> groupById;
        for (const auto& group : groups)
            groupById.insert(group.id, group);
        const auto actions = recordsWhere<Action>(
            db, QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"), {edition.id});
        const auto rows = listActions(db, edition.id);
        REQUIRE(rows.size() == actions.size());
        for (int i = 0; i < rows.size(); ++i) {
            const ActionListRow expected = expectedRow(actions.at(i), groupById.value(actions.at(i).groupId));
            INFO("action " << actions.at(i).title.toStdString());
            CHECK(rows.at(i) == expected);
            const auto single = listAction(db, actions.at(i).id);
            REQUIRE(single.has_value());
            CHECK(*single == expected);
            ++checked;
        }
    }
    CHECK(checked > 0);
}

} // namespace

TEST_CASE("listActions agrees with the repository on the demo data", "[storage][actionlist]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    checkAgreement(*db);

    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    REQUIRE(edition.has_value());
    const auto rows = listActions(*db, edition->id);
    CHECK(rows.size() == 38);
    int completed = 0;
    for (const auto& row : rows)
        completed += row.status == ActionStatus::Completed;
    CHECK(completed == 9);
    CHECK_FALSE(listAction(*db, 999999).has_value());
}

TEST_CASE("listActions: white space, missing axis and partners as the domain sees them", "[storage][actionlist]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    REQUIRE(edition.has_value());
    ActionRepository repository(*db);
    auto actions = recordsWhere<Action>(*db, QStringLiteral("title = ?"), {QStringLiteral("Réseau Digi'Thau")});
    REQUIRE(actions.size() == 1);
    Action action = actions.constFirst();
    action.publicIds = {TargetPublicRepository(*db).all().constFirst().id}; // the demo names none
    // The pact asks for modalities and deliverables, an evaluation and an output indicator (§1.4).
    if (action.deliverables.trimmed().isEmpty())
        action.deliverables = QStringLiteral("Charte d'adhésion");
    for (IndicatorKind kind : {IndicatorKind::Output, IndicatorKind::Outcome}) {
        if (std::none_of(action.indicators.cbegin(), action.indicators.cend(),
                         [kind](const Indicator& i) { return i.kind == kind; })) {
            Indicator indicator;
            indicator.name = kind == IndicatorKind::Output ? QStringLiteral("Nombre de permanences")
                                                           : QStringLiteral("Taux de satisfaction");
            indicator.kind = kind;
            action.indicators.append(indicator);
        }
    }
    repository.update(action);
    REQUIRE(action.missingSheetFields().isEmpty());
    REQUIRE(listAction(*db, action.id)->sheetComplete);

    SECTION("objectives of white space only (tab, line feed, no-break space) leave the sheet incomplete")
    {
        action.objectives = QStringLiteral("\t\n\u00a0 \u2009");
        repository.update(action);
        CHECK_FALSE(action.missingSheetFields().isEmpty());
        CHECK_FALSE(listAction(*db, action.id)->sheetComplete);
    }
    SECTION("a text that starts with white space still counts")
    {
        action.objectives = QStringLiteral("\u00a0\nRéduire la fracture numérique");
        repository.update(action);
        CHECK(listAction(*db, action.id)->sheetComplete);
    }
    SECTION("modalities and deliverables are both needed")
    {
        // "les modalités de mise en œuvre et les principaux livrables" (§1.4); either alone was enough
        // until issue 19.
        const QString modalities = action.modalities;
        action.modalities.clear();
        action.deliverables = QStringLiteral("Annuaire des lieux");
        repository.update(action);
        CHECK_FALSE(listAction(*db, action.id)->sheetComplete);
        action.modalities = modalities;
        repository.update(action);
        CHECK(listAction(*db, action.id)->sheetComplete);
        action.deliverables = QStringLiteral("  ");
        repository.update(action);
        CHECK_FALSE(listAction(*db, action.id)->sheetComplete);
    }
    SECTION("no public or no indicator")
    {
        Action noPublic = action;
        noPublic.publicIds.clear();
        repository.update(noPublic);
        CHECK_FALSE(listAction(*db, action.id)->sheetComplete);
        Action noIndicator = action;
        noIndicator.indicators.clear();
        repository.update(noIndicator);
        CHECK(listAction(*db, action.id)->indicatorCount == 0);
        CHECK_FALSE(listAction(*db, action.id)->sheetComplete);
    }
    SECTION("an action without axis shows its group's axis and theme")
    {
        action.axisId = NoId;
        action.themeId = NoId;
        repository.update(action);
        const auto group = WorkingGroupRepository(*db).find(action.groupId);
        REQUIRE(group.has_value());
        const auto row = listAction(*db, action.id);
        CHECK(row->axisId == group->axisId);
        CHECK(row->themeId == group->themeId);
    }
    checkAgreement(*db);
}

TEST_CASE("listActions agrees with the repository on generated data", "[storage][actionlist]")
{
    // The generator lives in pacte-cli; the CLI test suite builds it.
    if (!QFile::exists(QStringLiteral(PACTE_CLI_PATH))) {
        WARN("pacte-cli is not built: generated data not checked");
        return;
    }
    TempDir dir;
    const QString path = dir.path(QStringLiteral("generated.pacte"));
    const CliResult result = runCli({QStringLiteral("generate"), path, QStringLiteral("--scale"), QStringLiteral("1")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    auto db = Database::open(path, QStringLiteral("testeur"));
    const auto latest = latestEdition(*db);
    REQUIRE(latest.has_value());
    CHECK(listActions(*db, latest->id).size() == 100);
    checkAgreement(*db);
}

} // namespace pacte_test_storage_actionlist_test
