// evaluateGovernance() on purpose-made data: bodies held against those planned, groups without a
// partner pilot, new partners and where they took a place, the coverage's findings counted.
#include "common/catchqt.h"
#include "domain/governanceevaluation.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_governance_evaluation_test {

using namespace pacte;

namespace {

constexpr Id EditionId = 2, PreviousId = 1;
constexpr Id Montpellierain = 1;
constexpr Id Cd = 1001, Plie = 1002, Caf = 1003, Mission = 1004, Newcomer = 1005;
const QDate AsOf(2023, 6, 30);

Partner partner(Id id, const QString& name, PartnerCategory category, QList<Id> signedEditions)
{
    Partner p;
    p.id = id;
    p.name = name;
    p.category = category;
    for (Id edition : signedEditions) {
        Signature signature;
        signature.editionId = edition;
        signature.status = SignatureStatus::Signed;
        p.signatures.append(signature);
    }
    return p;
}

WorkingGroup group(Id id, Id pilot, Id coPilot, QList<Id> members = {})
{
    WorkingGroup g;
    g.id = id;
    g.editionId = EditionId;
    g.name = QStringLiteral("Groupe %1").arg(id);
    g.territoryIds = {Montpellierain};
    g.pilotPartnerId = pilot;
    g.coPilotPartnerId = coPilot;
    g.memberPartnerIds = members;
    return g;
}

Meeting meeting(MeetingKind kind, MeetingStatus status, const QDate& date, const QString& decisions = {})
{
    Meeting m;
    m.editionId = EditionId;
    m.kind = kind;
    m.status = status;
    m.date = date;
    m.decisions = decisions;
    return m;
}

EditionData data()
{
    EditionData d;
    d.edition.id = EditionId;
    d.edition.predecessorId = PreviousId;
    Territory territory;
    territory.id = Montpellierain;
    territory.name = QStringLiteral("Montpelliérain");
    d.territories = {territory};
    d.partners = {partner(Cd, QStringLiteral("Département"), PartnerCategory::Departement, {PreviousId, EditionId}),
                  partner(Plie, QStringLiteral("PLIE"), PartnerCategory::Plie, {PreviousId, EditionId}),
                  partner(Caf, QStringLiteral("CAF"), PartnerCategory::Caf, {EditionId}),
                  partner(Mission, QStringLiteral("Mission locale"), PartnerCategory::MissionLocale, {EditionId}),
                  partner(Newcomer, QStringLiteral("Association"), PartnerCategory::Association, {EditionId})};
    // The Association signed but declined the previous pact's: it is new too.
    Signature declined;
    declined.editionId = PreviousId;
    declined.status = SignatureStatus::Declined;
    d.partners[4].signatures.append(declined);
    d.groups = {group(1, Cd, Plie), group(2, Cd, NoId, {Caf}), group(3, Cd, Cd), group(4, NoId, NoId),
                group(5, Caf, Cd, {Caf, Plie})};
    d.groups[3].status = GroupStatus::Closed;
    d.meetings = {
        meeting(MeetingKind::CopilLaunch, MeetingStatus::Held, QDate(2022, 6, 1), QStringLiteral("Axes validés")),
        meeting(MeetingKind::CopilMidTerm, MeetingStatus::Planned, QDate(2023, 6, 1)), // passed, not updated
        meeting(MeetingKind::CopilFinal, MeetingStatus::Planned, QDate(2025, 12, 1)),  // to come
        meeting(MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2022, 11, 3)), // no decision written
        meeting(MeetingKind::LocalCommittee, MeetingStatus::Postponed, QDate(2023, 2, 1)),
        meeting(MeetingKind::LocalCommittee, MeetingStatus::Cancelled, QDate(2023, 3, 1)),
        meeting(MeetingKind::LocalCommittee, MeetingStatus::Postponed, QDate(2023, 9, 1)), // to come
    };
    return d;
}

const BodyRecord& body(const GovernanceEvaluation& evaluation, MeetingKind kind)
{
    const auto it = std::find_if(evaluation.bodies.cbegin(), evaluation.bodies.cend(),
                                 [kind](const BodyRecord& b) { return b.kind == kind; });
    REQUIRE(it != evaluation.bodies.cend());
    return *it;
}

} // namespace

TEST_CASE("Governance evaluation counts the bodies held against those recorded", "[domain][governance-evaluation]")
{
    const GovernanceEvaluation evaluation = evaluateGovernance(data(), AsOf, Coverage{});
    REQUIRE(evaluation.bodies.size() == 4); // only the kinds recorded, in MeetingKind order
    CHECK(evaluation.bodies.at(0).kind == MeetingKind::CopilLaunch);
    CHECK(evaluation.bodies.at(3).kind == MeetingKind::LocalCommittee);

    const BodyRecord& launch = body(evaluation, MeetingKind::CopilLaunch);
    CHECK(launch.scheduled == 1);
    CHECK(launch.held == 1);
    CHECK(launch.withDecisions == 1);
    const BodyRecord& midTerm = body(evaluation, MeetingKind::CopilMidTerm);
    CHECK(midTerm.scheduled == 1);
    CHECK(midTerm.held == 0);
    CHECK(midTerm.notRecorded == 1);
    const BodyRecord& final = body(evaluation, MeetingKind::CopilFinal);
    CHECK(final.scheduled == 0);
    CHECK(final.coming == 1);
    const BodyRecord& local = body(evaluation, MeetingKind::LocalCommittee);
    CHECK(local.scheduled == 3);
    CHECK(local.held == 1);
    CHECK(local.withDecisions == 0);
    CHECK(local.postponed == 1);
    CHECK(local.cancelled == 1);
    CHECK(local.notRecorded == 0);
    CHECK(local.coming == 1);

    CHECK(evaluation.groups == 5);
    CHECK(evaluation.activeGroups == 4);
}

TEST_CASE("Governance evaluation lists the groups without a partner among their pilots",
          "[domain][governance-evaluation]")
{
    const GovernanceEvaluation evaluation = evaluateGovernance(data(), AsOf, Coverage{});
    // Group 1 has the PLIE as co-pilot and group 5 the CAF as pilot; group 2 has the CAF as a member
    // only; group 3 is the Département twice; group 4 has no pilot at all.
    CHECK(evaluation.groupsWithoutPartnerPilot == QList<Id>{2, 3});
    CHECK(evaluation.groupsWithoutPilot == QList<Id>{4});
}

TEST_CASE("Governance evaluation tells the new partners and where they took a place", "[domain][governance-evaluation]")
{
    const GovernanceEvaluation evaluation = evaluateGovernance(data(), AsOf, Coverage{});
    REQUIRE(evaluation.newPartnersKnown);
    // The CAF, the Mission locale and the Association signed this pact and not the previous one.
    REQUIRE(evaluation.newPartners.size() == 3);
    const NewPartnerInvolvement& caf = evaluation.newPartners.at(0); // the most involved first
    CHECK(caf.partnerId == Caf);
    CHECK(caf.pilots == 1); // group 5
    CHECK(caf.coPilots == 0);
    CHECK(caf.memberships == 1); // group 2 (in group 5 it is counted once, as pilot)
    // Then by name: Association before Mission locale, both in no group.
    CHECK(evaluation.newPartners.at(1).partnerId == Newcomer);
    CHECK(evaluation.newPartners.at(2).partnerId == Mission);
    CHECK_FALSE(evaluation.newPartners.at(1).inAnyGroup());

    EditionData first = data();
    first.edition.predecessorId = NoId;
    const GovernanceEvaluation firstPact = evaluateGovernance(first, AsOf, Coverage{});
    CHECK_FALSE(firstPact.newPartnersKnown);
    CHECK(firstPact.newPartners.isEmpty());
}

TEST_CASE("Governance evaluation counts the coverage's findings", "[domain][governance-evaluation]")
{
    Coverage coverage;
    coverage.gaps = {CoverageGap{1, 1, CoverageGapKind::NoGroup}, CoverageGap{1, 2, CoverageGapKind::NoGroup},
                     CoverageGap{1, 3, CoverageGapKind::NoLiveAction, 2, 0}};
    coverage.overlaps = {CoverageOverlap{1, 4, {1, 2}, 3}};
    coverage.duplicates = {PossibleDuplicate{}, PossibleDuplicate{}};
    const GovernanceEvaluation evaluation = evaluateGovernance(data(), AsOf, coverage);
    CHECK(evaluation.gapsWithoutGroup == 2);
    CHECK(evaluation.gapsWithoutLiveAction == 1);
    CHECK(evaluation.overlaps == 1);
    CHECK(evaluation.possibleDuplicates == 2);
}

} // namespace pacte_test_domain_governance_evaluation_test
