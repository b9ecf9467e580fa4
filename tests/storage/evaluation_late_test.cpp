// The year's live figures follow the records' own dates, not the day they were typed: late entries,
// late measurements, late corrections and renewed actions (issue #22).
#include "evaluationtestutil.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_evaluation_late_test {

using namespace pacte;
using namespace pacte::test;
using namespace pacte::evaluationtest;

namespace {

const QDateTime Today(QDate(2026, 11, 14), QTime(10, 0), Qt::UTC);

Action dated(Id groupId, const QString& title, ActionStatus status, const QDate& start, const QDate& end = {})
{
    Action a;
    a.groupId = groupId;
    a.title = title;
    a.status = status;
    a.startDate = start;
    a.endDate = end;
    return a;
}

const EvaluationSnapshot::ActionState& stateOf(const EvaluationSnapshot& s, const QString& title)
{
    const auto* state = actionNamed(s, title);
    INFO(title.toStdString() << " in " << s.year);
    REQUIRE(state);
    return *state;
}

} // namespace

TEST_CASE("An action of a past year entered today counts in that year's evaluation", "[storage][evaluation][asof]")
{
    FixedClock clock(Today);
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const Edition pti2017 = *findEditionByTitle(*db, QStringLiteral("PTI 2017-2021"));
    const WorkingGroup group = WorkingGroupRepository(*db).ofEdition(pti2017.id).first();

    Action late = dated(group.id, QStringLiteral("Atelier numérique"), ActionStatus::Completed, QDate(2019, 3, 1),
                        QDate(2020, 6, 30));
    ActionRepository(*db).insert(late);

    CHECK(liveSnapshot(*db, pti2017.id, 2018).actions.size() == 38);
    CHECK(liveSnapshot(*db, pti2017.id, 2019).actions.size() == 39);
    CHECK(liveSnapshot(*db, pti2017.id, 2021).actions.size() == 39);
    CHECK(stateOf(liveSnapshot(*db, pti2017.id, 2019), late.title).status == ActionStatus::InProgress);
    CHECK(stateOf(liveSnapshot(*db, pti2017.id, 2020), late.title).status == ActionStatus::Completed);
    CHECK(countEvaluation(liveSnapshot(*db, pti2017.id, 2021)).carriedOut ==
          countEvaluation(liveSnapshot(*db, pti2017.id, 2018)).carriedOut + 1);
}

TEST_CASE("A group and its measured action entered today count from their dates", "[storage][evaluation][asof]")
{
    FixedClock clock(Today);
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const Edition pti2022 = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));

    // The group closed since, entered today with its action started in 2023 and measured twice.
    WorkingGroup group;
    group.editionId = pti2022.id;
    group.name = QStringLiteral("Mobilité solidaire");
    group.territoryIds = {TerritoryRepository(*db).all().first().id};
    group.status = GroupStatus::Closed;
    WorkingGroupRepository(*db).insert(group);
    Action garage = dated(group.id, QStringLiteral("Garage solidaire"), ActionStatus::Completed, QDate(2023, 2, 1),
                          QDate(2025, 6, 30));
    garage.indicators = {Indicator{NoId,
                                   {},
                                   QStringLiteral("Véhicules prêtés"),
                                   IndicatorKind::Output,
                                   QStringLiteral("véhicules"),
                                   std::nullopt,
                                   25.0,
                                   {Measurement{NoId, {}, QDate(2023, 6, 30), 10.0, std::nullopt, {}},
                                    Measurement{NoId, {}, QDate(2024, 6, 30), 20.0, std::nullopt, {}}}}};
    ActionRepository(*db).insert(garage);

    const EvaluationSnapshot s2022 = liveSnapshot(*db, pti2022.id, 2022);
    const EvaluationSnapshot s2023 = liveSnapshot(*db, pti2022.id, 2023);
    const EvaluationSnapshot s2024 = liveSnapshot(*db, pti2022.id, 2024);
    const EvaluationSnapshot s2025 = liveSnapshot(*db, pti2022.id, 2025);
    CHECK_FALSE(actionNamed(s2022, garage.title));
    CHECK_FALSE(groupNamed(s2022, group.name));
    CHECK(countEvaluation(s2023).actions == 1);
    CHECK(countEvaluation(s2024).actions == 1);
    CHECK(countEvaluation(s2025).actions == 1);
    CHECK(stateOf(s2023, garage.title).status == ActionStatus::InProgress);
    CHECK(stateOf(s2025, garage.title).status == ActionStatus::Completed);
    REQUIRE(groupNamed(s2023, group.name));
    CHECK(groupNamed(s2023, group.name)->status == GroupStatus::Active);
    CHECK(groupNamed(s2025, group.name)->status == GroupStatus::Closed);
    CHECK(countEvaluation(s2023).indicatorsMeasured == 1);
    CHECK(indicatorNamed(s2023, QStringLiteral("Véhicules prêtés"))->latestValue == 10.0);
    CHECK(indicatorNamed(s2024, QStringLiteral("Véhicules prêtés"))->latestValue == 20.0);

    // The comparison sees the action appear in 2023 and its indicator move in 2024.
    CHECK(compareSnapshots(s2022, s2023).newActions == QStringList{garage.title});
    const EvaluationComparison moved = compareSnapshots(s2023, s2024);
    REQUIRE(moved.indicatorMoves.size() == 1);
    CHECK(moved.indicatorMoves[0].from == 10.0);
    CHECK(moved.indicatorMoves[0].to == 20.0);
    CHECK(compareSnapshots(s2024, s2025).statusChanges.size() == 1);

    // A measurement of 2023 typed today reaches 2023, not 2022.
    garage.indicators[0].measurements.prepend(Measurement{NoId, {}, QDate(2023, 3, 31), 4.0, std::nullopt, {}});
    ActionRepository(*db).update(garage);
    CHECK(indicatorNamed(liveSnapshot(*db, pti2022.id, 2023), QStringLiteral("Véhicules prêtés"))->latestValue == 10.0);
    CHECK_FALSE(actionNamed(liveSnapshot(*db, pti2022.id, 2022), garage.title));
}

TEST_CASE("A renewed action and a late correction read as each year stood", "[storage][evaluation][asof]")
{
    FixedClock clock(Today);
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    const Edition pti2022 = *findEditionByTitle(*db, QStringLiteral("PTI 2022-2025"));
    WorkingGroup group;
    group.editionId = pti2022.id;
    group.name = QStringLiteral("Emploi");
    group.territoryIds = {TerritoryRepository(*db).all().first().id};
    WorkingGroupRepository(*db).insert(group);
    redate(*db, group.uuid, QStringLiteral("insert"), QStringLiteral("2022-02-01T09:00:00.000Z"));

    // Entered in 2022 and realised in June 2022; renewed in 2024 until the end of 2025.
    Action renewed =
        dated(group.id, QStringLiteral("Job dating"), ActionStatus::Completed, QDate(2022, 3, 1), QDate(2022, 6, 30));
    ActionRepository(*db).insert(renewed);
    redate(*db, renewed.uuid, QStringLiteral("insert"), QStringLiteral("2022-03-01T09:00:00.000Z"));
    renewed.status = ActionStatus::InProgress;
    renewed.endDate = QDate(2025, 12, 31);
    ActionRepository(*db).update(renewed);
    SqlQuery(*db, QStringLiteral("UPDATE change_log SET changed_at = '2024-02-01T09:00:00.000Z' WHERE entity_uuid = ? "
                                 "AND operation = 'update'"))
        .bind(dbUuid(renewed.uuid))
        .exec();

    // Entered in 2022 as under way; set realised today, with its end in June 2023.
    Action corrected = dated(group.id, QStringLiteral("Forum"), ActionStatus::InProgress, QDate(2022, 4, 1));
    ActionRepository(*db).insert(corrected);
    redate(*db, corrected.uuid, QStringLiteral("insert"), QStringLiteral("2022-04-01T09:00:00.000Z"));
    corrected.status = ActionStatus::Completed;
    corrected.endDate = QDate(2023, 6, 30);
    ActionRepository(*db).update(corrected);

    const auto statusIn = [&](int year, const QString& title) {
        return stateOf(liveSnapshot(*db, pti2022.id, year), title).status;
    };
    CHECK(statusIn(2022, renewed.title) == ActionStatus::Completed);
    CHECK(statusIn(2023, renewed.title) == ActionStatus::Completed);
    CHECK(statusIn(2024, renewed.title) == ActionStatus::InProgress);
    CHECK(statusIn(2022, corrected.title) == ActionStatus::InProgress);
    CHECK(statusIn(2023, corrected.title) == ActionStatus::Completed);

    // Once frozen, a year keeps what was reported; a later late entry changes only its live reading.
    (void)freezeYear(*db, pti2022.id, 2023, EvaluationKind::Intermediate);
    Action caughtUp = dated(group.id, QStringLiteral("Rattrapage"), ActionStatus::InProgress, QDate(2023, 9, 1));
    ActionRepository(*db).insert(caughtUp);
    CHECK(snapshotForYear(*db, pti2022.id, 2023).actions.size() == 2);
    CHECK(liveSnapshot(*db, pti2022.id, 2023).actions.size() == 3);
}

} // namespace pacte_test_storage_evaluation_late_test
