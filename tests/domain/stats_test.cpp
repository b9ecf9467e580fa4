// computeStats(): the counts `pacte-cli stats` and the dashboard show.
#include "common/catchqt.h"
#include "domain/editionstats.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_stats_test {

using namespace pacte;

namespace {

constexpr Id EditionId = 1;
constexpr Id Montpellierain = 1, Thau = 2, Biterrois = 3, PetiteCamargue = 4;
constexpr Id Axis1 = 11, Axis2 = 12, Axis3 = 13;

Territory territory(Id id, const QString& name)
{
    Territory t;
    t.id = id;
    t.name = name;
    return t;
}

Axis axis(Id id, int number, const QString& title, int themes)
{
    Axis a;
    a.id = id;
    a.editionId = EditionId;
    a.number = number;
    a.title = title;
    for (int i = 0; i < themes; ++i) {
        Theme theme;
        theme.id = id * 100 + i;
        theme.axisId = id;
        theme.name = QStringLiteral("Thème %1").arg(i);
        a.themes << theme;
    }
    return a;
}

WorkingGroup group(Id id, Id axisId, QList<Id> territories)
{
    WorkingGroup g;
    g.id = id;
    g.editionId = EditionId;
    g.name = QStringLiteral("Groupe %1").arg(id);
    g.axisId = axisId;
    g.territoryIds = territories;
    return g;
}

Action action(Id id, Id groupId, ActionStatus status, Id axisId = NoId, bool experimentation = false)
{
    Action a;
    a.id = id;
    a.groupId = groupId;
    a.title = QStringLiteral("Action %1").arg(id);
    a.status = status;
    a.axisId = axisId;
    a.experimentation = experimentation;
    return a;
}

Meeting meeting(MeetingKind kind, MeetingStatus status)
{
    Meeting m;
    m.editionId = EditionId;
    m.kind = kind;
    m.status = status;
    m.date = QDate(2022, 5, 19);
    return m;
}

Partner partner(Id id, std::optional<SignatureStatus> status, Id editionId = EditionId)
{
    Partner p;
    p.id = id;
    p.name = QStringLiteral("Partenaire %1").arg(id);
    if (status) {
        Signature s;
        s.editionId = editionId;
        s.status = *status;
        p.signatures << s;
    }
    return p;
}

EditionData statsData()
{
    EditionData data;
    data.edition.id = EditionId;
    data.edition.title = QStringLiteral("PTI 2017-2021");
    data.edition.startDate = QDate(2017, 1, 1);
    data.edition.endDate = QDate(2021, 12, 31);
    data.territories = {territory(Montpellierain, QStringLiteral("Montpelliérain")),
                        territory(Thau, QStringLiteral("Étang de Thau")),
                        territory(Biterrois, QStringLiteral("Biterrois")),
                        territory(PetiteCamargue, QStringLiteral("Petite Camargue"))};
    data.axes = {axis(Axis1, 1, QStringLiteral("Accès aux droits"), 2),
                 axis(Axis2, 2, QStringLiteral("Continuité des parcours"), 0),
                 axis(Axis3, 3, QStringLiteral("Mobilité pour tous"), 3)};
    data.partners = {partner(1, SignatureStatus::Signed), partner(2, SignatureStatus::Pending),
                     partner(3, SignatureStatus::Declined), partner(4, SignatureStatus::Signed, 2),
                     partner(5, std::nullopt)};
    data.persons.resize(2);
    data.groups = {group(1, Axis1, {Montpellierain}), group(2, Axis3, {Biterrois, PetiteCamargue}),
                   group(3, NoId, {Thau})};
    data.actions = {action(1, 1, ActionStatus::Completed), // axis 1 through its group
                    action(2, 1, ActionStatus::Running, Axis3, true),
                    action(3, 2, ActionStatus::InProgress), // axis 3, Biterrois and Petite Camargue
                    action(4, 2, ActionStatus::InProgress, NoId, true),
                    action(5, 3, ActionStatus::Completed)}; // no axis at all
    data.meetings = {meeting(MeetingKind::CopilLaunch, MeetingStatus::Held),
                     meeting(MeetingKind::LocalCommittee, MeetingStatus::Held),
                     meeting(MeetingKind::LocalCommittee, MeetingStatus::Postponed),
                     meeting(MeetingKind::GovernanceGroup, MeetingStatus::Cancelled),
                     meeting(MeetingKind::CopilMidTerm, MeetingStatus::Planned)};
    return data;
}

} // namespace

TEST_CASE("computeStats counts the edition's records", "[domain][stats]")
{
    const EditionStats stats = computeStats(statsData());
    CHECK(stats.edition == QStringLiteral("PTI 2017-2021"));
    CHECK(stats.partners == 2); // signed or pending for this edition
    CHECK(stats.persons == 2);
    CHECK(stats.territories == 4);
    CHECK(stats.axes == 3);
    CHECK(stats.themes == 5);
    CHECK(stats.workingGroups == 3);
    CHECK(stats.actions == 5);
    CHECK(stats.experimentations == 2);
}

TEST_CASE("computeStats: actions by status with zeros", "[domain][stats]")
{
    const EditionStats stats = computeStats(statsData());
    REQUIRE(stats.actionsByStatus.size() == enumValues<ActionStatus>().size());
    CHECK(stats.actionsByStatus.value(ActionStatus::Project, -1) == 0);
    CHECK(stats.actionsByStatus.value(ActionStatus::InProgress, -1) == 2);
    CHECK(stats.actionsByStatus.value(ActionStatus::Running, -1) == 1);
    CHECK(stats.actionsByStatus.value(ActionStatus::Completed, -1) == 2);
    CHECK(stats.actionsByStatus.value(ActionStatus::Abandoned, -1) == 0);
}

TEST_CASE("computeStats: actions by axis in axis order with zero axes", "[domain][stats]")
{
    const EditionStats stats = computeStats(statsData());
    const QList<QPair<QString, int>> expected{{QStringLiteral("Accès aux droits"), 1},
                                              {QStringLiteral("Continuité des parcours"), 0},
                                              {QStringLiteral("Mobilité pour tous"), 3}};
    CHECK(stats.actionsByAxis == expected);

    EditionData empty = statsData();
    empty.actions.clear();
    const EditionStats none = computeStats(empty);
    REQUIRE(none.actionsByAxis.size() == 3);
    for (const auto& [title, count] : none.actionsByAxis)
        CHECK(count == 0);
}

TEST_CASE("computeStats: a group on two territories counts in both", "[domain][stats]")
{
    const EditionStats stats = computeStats(statsData());
    const QList<QPair<QString, int>> expected{{QStringLiteral("Montpelliérain"), 2},
                                              {QStringLiteral("Étang de Thau"), 1},
                                              {QStringLiteral("Biterrois"), 2},
                                              {QStringLiteral("Petite Camargue"), 2}};
    CHECK(stats.actionsByTerritory == expected);
}

TEST_CASE("computeStats: meetings held and by kind", "[domain][stats]")
{
    const EditionStats stats = computeStats(statsData());
    CHECK(stats.meetings == 5);
    CHECK(stats.meetingsHeld == 2);
    REQUIRE(stats.meetingsByKind.size() == enumValues<MeetingKind>().size());
    CHECK(stats.meetingsByKind.value(MeetingKind::CopilLaunch, -1) == 1);
    CHECK(stats.meetingsByKind.value(MeetingKind::CopilMidTerm, -1) == 1);
    CHECK(stats.meetingsByKind.value(MeetingKind::CopilFinal, -1) == 0);
    CHECK(stats.meetingsByKind.value(MeetingKind::LocalCommittee, -1) == 2);
    CHECK(stats.meetingsByKind.value(MeetingKind::GovernanceGroup, -1) == 1);
    CHECK(stats.meetingsByKind.value(MeetingKind::TerritorialSeminar, -1) == 0);
}

TEST_CASE("computeStats of an empty edition", "[domain][stats]")
{
    EditionData data;
    data.edition.title = QStringLiteral("PTI 2026-2029");
    const EditionStats stats = computeStats(data);
    CHECK(stats.actions == 0);
    CHECK(stats.meetings == 0);
    CHECK(stats.actionsByAxis.isEmpty());
    CHECK(stats.actionsByStatus.size() == 5);
    for (int count : stats.actionsByStatus)
        CHECK(count == 0);
}

} // namespace pacte_test_domain_stats_test
