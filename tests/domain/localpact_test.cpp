// A territory's local pact: its local committee meetings found among the edition's, its checks on its
// own and against its edition, and the year-to-year comparison of the frozen snapshots.
#include "common/catchqt.h"
#include "domain/editiondata.h"
#include "domain/localpact.h"
#include "domain/localpactsnapshot.h"
#include "domain/validation.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_localpact_test {

using namespace pacte;

namespace {

constexpr Id Thau = 1, Biterrois = 2, GroupId = 10, ActionId = 20;

Meeting meeting(MeetingKind kind, Id territory, const QDate& date, QList<Id> covered = {})
{
    Meeting m;
    m.kind = kind;
    m.territoryId = territory;
    m.coveredTerritoryIds = covered;
    m.date = date;
    m.title = QStringLiteral("Comité %1").arg(date.toString(Qt::ISODate));
    return m;
}

EditionData edition()
{
    EditionData data;
    data.edition.id = 1;
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    data.territories = {Territory{Thau, {}, QStringLiteral("Thau"), {}, {}, {}},
                        Territory{Biterrois, {}, QStringLiteral("Biterrois"), {}, {}, {}}};
    WorkingGroup group;
    group.id = GroupId;
    data.groups = {group};
    ActionSheetSummary action;
    action.id = ActionId;
    data.actionSheets = {action};
    return data;
}

LocalPact pact()
{
    LocalPact p;
    p.editionId = 1;
    p.territoryId = Thau;
    LocalPriority priority;
    priority.title = QStringLiteral("Mobilité");
    priority.groupIds = {GroupId};
    priority.actionIds = {ActionId};
    p.priorities = {priority};
    return p;
}

} // namespace

TEST_CASE("A territory's local committees are the edition's local committee meetings covering it",
          "[domain][localpact]")
{
    EditionData data = edition();
    data.meetings = {meeting(MeetingKind::LocalCommittee, Thau, QDate(2023, 6, 1)),
                     meeting(MeetingKind::LocalCommittee, Biterrois, QDate(2023, 5, 1)),
                     meeting(MeetingKind::WorkingGroup, Thau, QDate(2023, 4, 1)),
                     meeting(MeetingKind::LocalCommittee, NoId, QDate(2022, 3, 1), {Biterrois, Thau})};
    const auto thau = localCommitteeMeetings(data, Thau);
    REQUIRE(thau.size() == 2);
    CHECK(thau.at(0).date == QDate(2022, 3, 1));
    CHECK(thau.at(1).date == QDate(2023, 6, 1));
    CHECK(localCommitteeMeetings(data, Biterrois).size() == 2);
    CHECK(localCommitteeMeetings(data, NoId).isEmpty());
}

TEST_CASE("A local pact's checks: titles, one review a year, inside its edition, links of its edition",
          "[domain][localpact]")
{
    const EditionData data = edition();
    CHECK(validate(pact()).isEmpty());
    CHECK(validateInEdition(pact(), data).isEmpty());

    LocalPact untitled = pact();
    untitled.priorities[0].title = QStringLiteral(" ");
    CHECK(validate(untitled).size() == 1);

    LocalPact twice = pact();
    twice.reviews = {LocalPactReview{NoId, {}, 2023, QStringLiteral("a"), {}, {}},
                     LocalPactReview{NoId, {}, 2023, QStringLiteral("b"), {}, {}}};
    CHECK(validate(twice).size() == 1);

    LocalPact outside = pact();
    outside.reviews = {LocalPactReview{NoId, {}, 2026, QStringLiteral("a"), {}, {}}};
    CHECK(validate(outside).isEmpty());
    CHECK(validateInEdition(outside, data).size() == 1);

    LocalPact foreign = pact();
    foreign.priorities[0].groupIds = {99};
    foreign.priorities[0].actionIds = {98};
    foreign.priorities[0].axisIds = {97};
    CHECK(validateInEdition(foreign, data).size() == 3);

    LocalPact orphan;
    CHECK(validate(orphan).size() == 2);
}

TEST_CASE("The local pacts of two frozen years are compared by territory", "[domain][localpact][evaluation]")
{
    EditionData data = edition();
    LocalPact thau = pact();
    thau.uuid = QUuid::createUuid();
    LocalPriority housing;
    housing.title = QStringLiteral("Logement");
    thau.priorities.append(housing);
    thau.reviews = {LocalPactReview{NoId, {}, 2023, QStringLiteral("Le garage a ouvert."), {}, {}}};
    data.localPacts = {thau};
    const auto states2023 = localPactStates(data, 2023);
    REQUIRE(states2023.size() == 1);
    CHECK(states2023.at(0).territory == QStringLiteral("Thau"));
    CHECK(states2023.at(0).reviewed);
    CHECK(localPactsFromJson(localPactsToJson(states2023)) == states2023);

    data.localPacts[0].priorities.removeFirst();
    LocalPriority jobs;
    jobs.title = QStringLiteral("Emploi saisonnier");
    data.localPacts[0].priorities.append(jobs);
    const auto states2024 = localPactStates(data, 2024);
    CHECK_FALSE(states2024.at(0).reviewed);

    const auto moves = compareLocalPacts(states2023, states2024);
    REQUIRE(moves.size() == 1);
    CHECK(moves.at(0).newPriorities == QStringList{QStringLiteral("Emploi saisonnier")});
    CHECK(moves.at(0).droppedPriorities == QStringList{QStringLiteral("Mobilité")});
    CHECK(moves.at(0).reviewedBefore);
    CHECK_FALSE(moves.at(0).reviewed);
}

} // namespace pacte_test_domain_localpact_test
