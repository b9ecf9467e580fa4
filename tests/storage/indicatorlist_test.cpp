// The light read behind the cross-action table of indicators agrees with the full aggregates
// (Repository<Action>, Indicator::latest()), on the demo data and on generated data.
#include "common/testutil.h"
#include "storage/editionloader.h"
#include "storage/indicatorlist.h"
#include "storage/recordquery.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

#include <QFile>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_indicatorlist_test {

using namespace pacte;
using namespace pacte::test;

namespace {

IndicatorListRow expectedRow(const Indicator& indicator, const Action& action, const WorkingGroup& group)
{
    IndicatorListRow row;
    row.id = indicator.id;
    row.uuid = indicator.uuid;
    row.name = indicator.name;
    row.kind = indicator.kind;
    row.unit = indicator.unit;
    row.baseline = indicator.baseline;
    row.target = indicator.target;
    row.actionId = action.id;
    row.actionUuid = action.uuid;
    row.actionTitle = action.title;
    row.groupId = group.id;
    row.groupName = group.name;
    row.editionId = group.editionId;
    row.territoryIds = group.territoryIds;
    row.axisId = action.axisId != NoId ? action.axisId : group.axisId;
    row.themeId = action.themeId != NoId ? action.themeId : (action.axisId == NoId ? group.themeId : NoId);
    row.measurementCount = static_cast<int>(indicator.measurements.size());
    if (const Measurement* latest = indicator.latest()) {
        row.latestDate = latest->date;
        row.latestValue = latest->value;
        row.latestTarget = latest->target;
    }
    return row;
}

// Every indicator of every edition, as listIndicators() and as the repositories see it.
int checkAgreement(Database& db)
{
    int checked = 0;
    for (const auto& edition : EditionRepository(db).all()) {
        QHash<Id, WorkingGroup> groups;
        for (const auto& group : recordsWhere<WorkingGroup>(db, QStringLiteral("edition_id = ?"), {edition.id}))
            groups.insert(group.id, group);
        QList<IndicatorListRow> expected;
        for (const auto& action : recordsWhere<Action>(
                 db, QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"), {edition.id})) {
            for (const auto& indicator : action.indicators)
                expected.append(expectedRow(indicator, action, groups.value(action.groupId)));
        }
        const auto rows = listIndicators(db, edition.id);
        REQUIRE(rows.size() == expected.size());
        QHash<Id, QList<IndicatorListRow>> byAction;
        QHash<Id, QList<IndicatorListRow>> byGroup;
        for (int i = 0; i < rows.size(); ++i) {
            INFO("indicator " << expected.at(i).name.toStdString() << " of "
                              << expected.at(i).actionTitle.toStdString());
            CHECK(rows.at(i) == expected.at(i));
            byAction[expected.at(i).actionId].append(expected.at(i));
            byGroup[expected.at(i).groupId].append(expected.at(i));
            ++checked;
        }
        // The rows of one action or one group, as a change refreshes them.
        for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
            CHECK(listActionIndicators(db, it.key()) == it.value());
        for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
            CHECK(listGroupIndicators(db, it.key()) == it.value());
    }
    return checked;
}

} // namespace

TEST_CASE("listIndicators agrees with the repository on the demo data", "[storage][indicatorlist]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    CHECK(checkAgreement(*db) == 10);
    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    REQUIRE(edition.has_value());
    CHECK(listIndicators(*db, edition->id).size() == 10);
    CHECK(listIndicators(*db, 999999).isEmpty());
    CHECK(listActionIndicators(*db, 999999).isEmpty());
    CHECK(listGroupIndicators(*db, 999999).isEmpty());
}

TEST_CASE("listIndicators: the latest measurement and its own target", "[storage][indicatorlist]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ActionRepository repository(*db);
    auto actions = recordsWhere<Action>(*db, QStringLiteral("title = ?"), {QStringLiteral("Réseau Digi'Thau")});
    REQUIRE(actions.size() == 1);
    Action action = actions.constFirst();
    REQUIRE(action.indicators.size() == 2);
    Indicator& first = action.indicators[0];
    first.target = 50;
    first.baseline = 5;
    // Recorded out of date order, two on the same day: the last recorded of the last day counts.
    first.measurements = {{NoId, {}, QDate(2020, 3, 1), 30, std::nullopt, {}},
                          {NoId, {}, QDate(2019, 3, 1), 20, 25.0, {}},
                          {NoId, {}, QDate(2020, 3, 1), 35, 40.0, QStringLiteral("corrigé")}};
    repository.update(action);
    checkAgreement(*db);

    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    const auto rows = listIndicators(*db, edition->id);
    const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const auto& r) { return r.id == first.id; });
    REQUIRE(row != rows.cend());
    CHECK(row->measurementCount == 3);
    CHECK(row->latestDate == QDate(2020, 3, 1));
    CHECK(row->latestValue == 35.0);
    CHECK(row->latestTarget == 40.0);
    CHECK(row->effectiveTarget() == 40.0);
    const auto other =
        std::find_if(rows.cbegin(), rows.cend(), [&](const auto& r) { return r.id == action.indicators[1].id; });
    REQUIRE(other != rows.cend());
    CHECK_FALSE(other->latestValue.has_value());
    CHECK_FALSE(other->latestDate.isValid());
    CHECK(other->measurementCount == 0);
}

TEST_CASE("listIndicators agrees with the repository on generated data", "[storage][indicatorlist]")
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
    CHECK(checkAgreement(*db) > 100);
}

} // namespace pacte_test_storage_indicatorlist_test
