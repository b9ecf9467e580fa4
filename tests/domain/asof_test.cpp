// Reading an action at the end of a past day from its own dates (domain/asof.h).
#include "common/catchqt.h"
#include "domain/asof.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_asof_test {

using namespace pacte;

namespace {

Action action(ActionStatus status, const QDate& start = {}, const QDate& end = {})
{
    Action a;
    a.title = QStringLiteral("Garage solidaire");
    a.status = status;
    a.startDate = start;
    a.endDate = end;
    return a;
}

const QDate End2019(2019, 12, 31);
const QDate End2020(2020, 12, 31);

} // namespace

TEST_CASE("An action entered late exists from its own first date", "[domain][asof]")
{
    const Action started = action(ActionStatus::InProgress, QDate(2019, 3, 1));
    CHECK(actionExistedOn(started, End2019, true));
    CHECK_FALSE(actionExistedOn(started, QDate(2018, 12, 31), true));
    // Entered at the time, it existed (as a project) before it started.
    CHECK(actionExistedOn(started, QDate(2018, 12, 31), false));

    // No start date: its first measurement, or failing one its end, places it.
    Action measured = action(ActionStatus::InProgress);
    measured.indicators = {Indicator{}};
    measured.indicators[0].measurements = {Measurement{NoId, {}, QDate(2023, 6, 30), 4.0, std::nullopt, {}},
                                           Measurement{NoId, {}, QDate(2023, 2, 1), 2.0, std::nullopt, {}}};
    CHECK(firstDatedDay(measured) == QDate(2023, 2, 1));
    CHECK(actionExistedOn(measured, QDate(2023, 12, 31), true));
    CHECK_FALSE(actionExistedOn(measured, QDate(2022, 12, 31), true));
    CHECK(firstDatedDay(action(ActionStatus::Completed, {}, QDate(2021, 5, 1))) == QDate(2021, 5, 1));
    // Nothing dated: a late entry did not exist in any past year.
    CHECK_FALSE(actionExistedOn(action(ActionStatus::Project), End2020, true));
    CHECK(actionExistedOn(action(ActionStatus::Project), End2020, false));
}

TEST_CASE("An action's status at a past day follows its dates, then what was recorded then", "[domain][asof]")
{
    const RecordedAtDay nothing;
    // Realised in June 2020, entered late: under way at the end of 2019, realised at the end of 2020.
    const Action realised = action(ActionStatus::Completed, QDate(2019, 3, 1), QDate(2020, 6, 30));
    CHECK(actionStatusOn(realised, End2019, nothing) == ActionStatus::InProgress);
    CHECK(actionStatusOn(realised, End2020, nothing) == ActionStatus::Completed);
    CHECK(actionStatusOn(realised, QDate(2018, 12, 31), nothing) == ActionStatus::Project);
    // Abandoned likewise.
    const Action dropped = action(ActionStatus::Abandoned, QDate(2019, 3, 1), QDate(2020, 6, 30));
    CHECK(actionStatusOn(dropped, End2019, nothing) == ActionStatus::InProgress);
    CHECK(actionStatusOn(dropped, End2020, nothing) == ActionStatus::Abandoned);

    // A late correction: recorded "in progress" at the end of 2020, realised since by an end date of
    // 2020 typed in 2021. The record's own end date wins.
    RecordedAtDay inProgress;
    inProgress.status = ActionStatus::InProgress;
    inProgress.endDate = QDate();
    CHECK(actionStatusOn(realised, End2020, inProgress) == ActionStatus::Completed);

    // A renewal: realised in June 2020 (recorded so then), renewed in 2021 until 2023. The end of 2020
    // reads the status and end date recorded then.
    const Action renewed = action(ActionStatus::InProgress, QDate(2019, 3, 1), QDate(2023, 12, 31));
    RecordedAtDay realisedThen;
    realisedThen.status = ActionStatus::Completed;
    realisedThen.endDate = QDate(2020, 6, 30);
    CHECK(actionStatusOn(renewed, End2020, realisedThen) == ActionStatus::Completed);
    CHECK(actionStatusOn(renewed, QDate(2021, 12, 31), nothing) == ActionStatus::InProgress);

    // Without dates, the status recorded then, or the present one.
    RecordedAtDay project;
    project.status = ActionStatus::Project;
    CHECK(actionStatusOn(action(ActionStatus::Running), End2019, project) == ActionStatus::Project);
    CHECK(actionStatusOn(action(ActionStatus::Running), End2019, nothing) == ActionStatus::Running);
    CHECK(actionStatusOn(action(ActionStatus::Completed), End2019, nothing) == ActionStatus::Completed);
}

} // namespace pacte_test_domain_asof_test
