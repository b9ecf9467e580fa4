// A working group's yearly evaluation: the figures computed from the records (§1.4: pilot and
// co-pilot, concertations, participants, partners involved, linked schemes) and what counts as blank.
#include "common/catchqt.h"
#include "domain/editiondata.h"
#include "domain/groupevaluation.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_groupevaluation_test {

using namespace pacte;

namespace {

constexpr Id EditionId = 1, GroupId = 10, OtherGroup = 11;
constexpr Id CD = 1, DDETS = 2, Caf = 3;
constexpr Id Fabre = 5, Arnaud = 6;
constexpr Id Pdi = 7, Fse = 8;

Meeting meeting(Id groupId, MeetingKind kind, MeetingStatus status, const QDate& date, QList<Id> partners,
                QList<Id> persons, int headCount)
{
    Meeting m;
    m.editionId = EditionId;
    m.groupId = groupId;
    m.kind = kind;
    m.status = status;
    m.date = date;
    m.partnerIds = partners;
    m.personIds = persons;
    m.headCount = headCount;
    return m;
}

EditionData edition()
{
    EditionData data;
    data.edition.id = EditionId;
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    WorkingGroup group;
    group.id = GroupId;
    group.editionId = EditionId;
    group.name = QStringLiteral("Mobilité");
    group.pilotPartnerId = DDETS;
    group.coPilotPartnerId = CD;
    group.memberPartnerIds = {Caf, CD};
    data.groups.append(group);
    WorkingGroup other = group;
    other.id = OtherGroup;
    other.pilotPartnerId = CD;
    other.coPilotPartnerId = CD;
    other.memberPartnerIds = {};
    data.groups.append(other);
    const auto held = MeetingStatus::Held;
    const auto wg = MeetingKind::WorkingGroup;
    data.meetings = {
        meeting(GroupId, wg, held, QDate(2023, 3, 14), {DDETS, CD}, {Fabre}, 12),
        meeting(GroupId, wg, held, QDate(2023, 10, 2), {CD, Caf}, {Fabre, Arnaud}, 0),         // head count not stated
        meeting(GroupId, wg, MeetingStatus::Planned, QDate(2023, 12, 1), {Caf}, {}, 30),       // not held
        meeting(GroupId, wg, held, QDate(2024, 2, 1), {Caf}, {}, 8),                           // another year
        meeting(GroupId, MeetingKind::LocalCommittee, held, QDate(2023, 5, 1), {Caf}, {}, 40), // not its own
        meeting(OtherGroup, wg, held, QDate(2023, 6, 1), {Caf}, {}, 5),                        // another group
    };
    Action a;
    a.groupId = GroupId;
    a.dispositifIds = {Pdi, Fse};
    Action b;
    b.groupId = GroupId;
    b.dispositifIds = {Fse};
    Action c;
    c.groupId = OtherGroup;
    c.dispositifIds = {Pdi};
    data.actions = {a, b, c};
    return data;
}

} // namespace

TEST_CASE("A group's yearly figures count its own meetings held that year and their attendance",
          "[domain][groupevaluation]")
{
    const GroupEvaluationFigures f = computeGroupEvaluationFigures(edition(), GroupId, 2023);
    CHECK(f.hasPilot);
    CHECK(f.hasCoPilot);
    CHECK(f.pilotsFromDifferentStructures);
    CHECK(f.meetingsHeld == 2);
    CHECK(f.attendingPartners == 3); // DDETS, CD, CAF
    CHECK(f.attendingPersons == 2);
    CHECK(f.headCountTotal == 12);
    CHECK(f.meetingsWithHeadCount == 1);
    CHECK(f.involvedPartnerIds == QList<Id>{DDETS, CD, Caf});
    CHECK(f.dispositifIds == QList<Id>{Pdi, Fse});

    const GroupEvaluationFigures next = computeGroupEvaluationFigures(edition(), GroupId, 2024);
    CHECK(next.meetingsHeld == 1);
    CHECK(next.headCountTotal == 8);
    CHECK(computeGroupEvaluationFigures(edition(), GroupId, 2022).meetingsHeld == 0);
}

TEST_CASE("A group led by one structure alone has no pilots from two structures", "[domain][groupevaluation]")
{
    const GroupEvaluationFigures f = computeGroupEvaluationFigures(edition(), OtherGroup, 2023);
    CHECK(f.hasPilot);
    CHECK(f.hasCoPilot);
    CHECK_FALSE(f.pilotsFromDifferentStructures);
    CHECK(f.involvedPartnerIds == QList<Id>{CD});
    CHECK(f.meetingsHeld == 1);
    CHECK(f.dispositifIds == QList<Id>{Pdi});

    EditionData data = edition();
    data.groups[1].pilotPartnerId = NoId;
    data.groups[1].coPilotPartnerId = NoId;
    const GroupEvaluationFigures none = computeGroupEvaluationFigures(data, OtherGroup, 2023);
    CHECK_FALSE(none.hasPilot);
    CHECK_FALSE(none.hasCoPilot);
    CHECK(none.involvedPartnerIds.isEmpty());
    CHECK(computeGroupEvaluationFigures(data, 999, 2023) == GroupEvaluationFigures{});
}

TEST_CASE("A group evaluation is blank until something is entered, and its years are the edition's",
          "[domain][groupevaluation]")
{
    GroupEvaluation evaluation;
    evaluation.groupId = GroupId;
    evaluation.year = 2023;
    CHECK(evaluation.isBlank());
    evaluation.adjustments = QStringLiteral("  ");
    CHECK(evaluation.isBlank());
    evaluation.partnershipQuality = PartnershipQuality::Satisfactory;
    CHECK_FALSE(evaluation.isBlank());
    CHECK(groupEvaluationYears(edition()) == QList<int>{2022, 2023, 2024, 2025});
    CHECK(enumCode(PartnershipQuality::VerySatisfactory) == QStringLiteral("tres_satisfaisante"));
    CHECK(enumFromCode<PartnershipQuality>(u"a_ameliorer") == PartnershipQuality::ToImprove);
    CHECK_FALSE(enumFromCode<PartnershipQuality>(u"excellente").has_value());
}

} // namespace pacte_test_domain_groupevaluation_test
