// The yearly evaluation in the domain: takeSnapshot() over a hand-built edition, the §1.4 counts
// (countEvaluation), year N against N-1 (compareSnapshots), the snapshot's JSON, and the statistics
// read from a snapshot.
#include "common/catchqt.h"
#include "domain/editionstats.h"
#include "domain/evaluationsnapshot.h"

#include <catch2/catch.hpp>
#include <stdexcept>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_evaluation_test {

using namespace pacte;

namespace {

constexpr Id PreviousEdition = 1, EditionId = 2;
constexpr Id Biterrois = 1, PetiteCamargue = 2, Montpellierain = 3;
constexpr Id AxisFreins = 10, AxisParcours = 11;
constexpr Id ThemeMobilite = 100, ThemeLogement = 101, ThemeAllerVers = 110;
constexpr Id GroupMobilite = 20, GroupAllerVers = 21, GroupDivers = 22, GroupEmploi = 23;

QUuid uuidOf(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Territory territory(Id id, const QString& name)
{
    Territory t;
    t.id = id;
    t.uuid = uuidOf(static_cast<int>(id));
    t.name = name;
    return t;
}

Theme theme(Id id, Id axisId, const QString& name)
{
    Theme t;
    t.id = id;
    t.uuid = uuidOf(static_cast<int>(id));
    t.axisId = axisId;
    t.name = name;
    return t;
}

Signature signature(Id editionId, SignatureStatus status)
{
    Signature s;
    s.editionId = editionId;
    s.status = status;
    return s;
}

Partner partner(int n, const QString& name, QList<Signature> signatures)
{
    Partner p;
    p.id = n;
    p.uuid = uuidOf(1000 + n);
    p.name = name;
    p.signatures = signatures;
    return p;
}

WorkingGroup group(Id id, const QString& name, Id axisId, Id themeId, QList<Id> territories, GroupStatus status)
{
    WorkingGroup g;
    g.id = id;
    g.uuid = uuidOf(static_cast<int>(id));
    g.editionId = EditionId;
    g.name = name;
    g.axisId = axisId;
    g.themeId = themeId;
    g.territoryIds = territories;
    g.status = status;
    return g;
}

Action action(int n, const QString& title, Id groupId, ActionStatus status, Id axisId = NoId, Id themeId = NoId,
              bool experimentation = false)
{
    Action a;
    a.id = n;
    a.uuid = uuidOf(2000 + n);
    a.groupId = groupId;
    a.title = title;
    a.axisId = axisId;
    a.themeId = themeId;
    a.status = status;
    a.experimentation = experimentation;
    return a;
}

Measurement measurement(const QDate& date, double value, std::optional<double> target = std::nullopt)
{
    Measurement m;
    m.date = date;
    m.value = value;
    m.target = target;
    return m;
}

Indicator indicator(int n, const QString& name, std::optional<double> target, QList<Measurement> measurements)
{
    Indicator i;
    i.id = n;
    i.uuid = uuidOf(3000 + n);
    i.name = name;
    i.unit = QStringLiteral("personnes");
    i.target = target;
    i.measurements = measurements;
    return i;
}

Meeting meeting(int n, MeetingKind kind, MeetingStatus status, const QDate& date, Id territoryId = NoId,
                Id groupId = NoId)
{
    Meeting m;
    m.id = n;
    m.uuid = uuidOf(4000 + n);
    m.editionId = EditionId;
    m.kind = kind;
    m.status = status;
    m.date = date;
    m.title = QStringLiteral("Réunion %1").arg(n);
    m.territoryId = territoryId;
    m.groupId = groupId;
    return m;
}

// The 2022 state of a small edition: three groups (one closed, one with no axis), five actions of
// every status, three indicators, meetings in and around the year, partners old and new.
EditionData edition2022()
{
    EditionData data;
    data.edition.id = EditionId;
    data.edition.uuid = uuidOf(2);
    data.edition.title = QStringLiteral("PTI 2022-2025");
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    data.edition.predecessorId = PreviousEdition;
    data.territories = {territory(Biterrois, QStringLiteral("Biterrois")),
                        territory(PetiteCamargue, QStringLiteral("Petite Camargue")),
                        territory(Montpellierain, QStringLiteral("Montpelliérain"))};
    Axis freins;
    freins.id = AxisFreins;
    freins.editionId = EditionId;
    freins.number = 1;
    freins.title = QStringLiteral("Lever les freins");
    freins.themes = {theme(ThemeMobilite, AxisFreins, QStringLiteral("Mobilité")),
                     theme(ThemeLogement, AxisFreins, QStringLiteral("Logement"))};
    Axis parcours;
    parcours.id = AxisParcours;
    parcours.editionId = EditionId;
    parcours.number = 2;
    parcours.title = QStringLiteral("Continuité des parcours");
    parcours.themes = {theme(ThemeAllerVers, AxisParcours, QStringLiteral("Aller-vers"))};
    data.axes = {freins, parcours};

    data.partners = {
        partner(1, QStringLiteral("Conseil départemental"),
                {signature(PreviousEdition, SignatureStatus::Signed), signature(EditionId, SignatureStatus::Signed)}),
        partner(2, QStringLiteral("CAF de l'Hérault"), {signature(EditionId, SignatureStatus::Signed)}),
        partner(3, QStringLiteral("Ancien partenaire"), {signature(PreviousEdition, SignatureStatus::Signed)}),
        partner(4, QStringLiteral("Structure qui décline"), {signature(EditionId, SignatureStatus::Declined)}),
        partner(5, QStringLiteral("MSA Languedoc"), {signature(EditionId, SignatureStatus::Pending)}),
        partner(6, QStringLiteral("DDETS"),
                {signature(PreviousEdition, SignatureStatus::Signed), signature(EditionId, SignatureStatus::Pending)}),
    };

    data.groups = {
        group(GroupMobilite, QStringLiteral("Mobilité"), AxisFreins, ThemeMobilite, {Biterrois, PetiteCamargue},
              GroupStatus::Active),
        group(GroupAllerVers, QStringLiteral("Aller-vers"), AxisParcours, ThemeAllerVers, {Montpellierain},
              GroupStatus::Closed),
        group(GroupDivers, QStringLiteral("Divers"), NoId, NoId, {Montpellierain}, GroupStatus::Active),
    };

    // The axis and theme of the group stand for an action's own when it has none.
    Action covoiturage = action(1, QStringLiteral("Plateforme de covoiturage"), GroupMobilite, ActionStatus::Completed,
                                NoId, NoId, true);
    covoiturage.indicators = {
        indicator(1, QStringLiteral("Nombre de participants"), 10.0,
                  {measurement(QDate(2022, 6, 30), 4, 8.0), measurement(QDate(2022, 12, 31), 9),
                   measurement(QDate(2023, 3, 1), 12)}),
        indicator(2, QStringLiteral("Taux de retour à l'emploi"), 50.0, {measurement(QDate(2022, 6, 30), 5, 5.0)}),
    };
    Action logement =
        action(2, QStringLiteral("Logement d'abord"), GroupMobilite, ActionStatus::Running, AxisFreins, ThemeLogement);
    logement.indicators = {indicator(3, QStringLiteral("Ménages relogés"), 3.0, {})};
    data.actions = {
        covoiturage,
        logement,
        action(3, QStringLiteral("Maraudes"), GroupAllerVers, ActionStatus::Project, NoId, NoId, true),
        action(4, QStringLiteral("Permanences"), GroupAllerVers, ActionStatus::Abandoned, AxisParcours, ThemeAllerVers),
        action(5, QStringLiteral("Action sans axe"), GroupDivers, ActionStatus::InProgress),
    };

    data.meetings = {
        meeting(1, MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2022, 3, 10), Biterrois),
        meeting(2, MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2022, 9, 10), Biterrois),
        meeting(3, MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2022, 5, 5), PetiteCamargue),
        meeting(4, MeetingKind::CopilLaunch, MeetingStatus::Held, QDate(2022, 5, 19)),
        meeting(5, MeetingKind::WorkingGroup, MeetingStatus::Planned, QDate(2022, 10, 1), NoId, GroupMobilite),
        meeting(6, MeetingKind::CopilOther, MeetingStatus::Held, QDate(2021, 11, 24)),
        meeting(7, MeetingKind::LocalCommittee, MeetingStatus::Held, QDate(2023, 1, 15), Montpellierain),
        meeting(8, MeetingKind::WorkingGroup, MeetingStatus::Held, QDate(2022, 12, 31), Biterrois, GroupMobilite),
        meeting(9, MeetingKind::GovernanceGroup, MeetingStatus::Cancelled, QDate(2022, 7, 1)),
        meeting(10, MeetingKind::GovernanceGroup, MeetingStatus::Postponed, QDate(2022, 3, 9)),
    };
    return data;
}

const QList<QUuid> previousSignatories{uuidOf(1001), uuidOf(1003), uuidOf(1006)};

const EvaluationSnapshot::ActionState* actionNamed(const EvaluationSnapshot& s, const QString& title)
{
    for (const auto& a : s.actions) {
        if (a.title == title)
            return &a;
    }
    return nullptr;
}

const EvaluationSnapshot::IndicatorState* indicatorNamed(const EvaluationSnapshot& s, const QString& name)
{
    for (const auto& i : s.indicators) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

QList<QUuid> meetingUuids(const EvaluationSnapshot& s)
{
    QList<QUuid> uuids;
    for (const auto& m : s.meetings)
        uuids << m.uuid;
    return uuids;
}

} // namespace

TEST_CASE("takeSnapshot keeps the edition's state by value", "[domain][evaluation]")
{
    const EditionData data = edition2022();
    const EvaluationSnapshot s = takeSnapshot(data, 2022, QDate(2022, 12, 31), previousSignatories);

    CHECK(s.edition == QStringLiteral("PTI 2022-2025"));
    CHECK(s.year == 2022);
    CHECK(s.asOf == QDate(2022, 12, 31));
    CHECK_FALSE(s.frozenAt.isValid());
    CHECK(s.frozenBy.isEmpty());
    CHECK(s.axes == QStringList{QStringLiteral("Lever les freins"), QStringLiteral("Continuité des parcours")});
    CHECK(s.themes ==
          QStringList{QStringLiteral("Mobilité"), QStringLiteral("Logement"), QStringLiteral("Aller-vers")});
    CHECK(s.territories == QStringList{QStringLiteral("Biterrois"), QStringLiteral("Petite Camargue"),
                                       QStringLiteral("Montpelliérain")});

    SECTION("signatories are the partners not declining; new ones did not sign the previous edition")
    {
        CHECK(s.signatories == QStringList{QStringLiteral("Conseil départemental"), QStringLiteral("CAF de l'Hérault"),
                                           QStringLiteral("MSA Languedoc"), QStringLiteral("DDETS")});
        CHECK(s.newPartners == QStringList{QStringLiteral("CAF de l'Hérault"), QStringLiteral("MSA Languedoc")});
        // With no previous edition, every signatory is new.
        const auto first = takeSnapshot(data, 2022, QDate(2022, 12, 31), {});
        CHECK(first.newPartners == first.signatories);
    }

    SECTION("groups with their status and territories")
    {
        REQUIRE(s.groups.size() == 3);
        CHECK(s.groups.at(0).uuid == uuidOf(GroupMobilite));
        CHECK(s.groups.at(0).name == QStringLiteral("Mobilité"));
        CHECK(s.groups.at(0).status == GroupStatus::Active);
        CHECK(s.groups.at(0).territories ==
              QStringList{QStringLiteral("Biterrois"), QStringLiteral("Petite Camargue")});
        CHECK(s.groups.at(1).status == GroupStatus::Closed);
        CHECK(s.groups.at(1).territories == QStringList{QStringLiteral("Montpelliérain")});
    }

    SECTION("actions: status, experimentation, the group's axis and theme when the action has none")
    {
        REQUIRE(s.actions.size() == 5);
        const auto* covoiturage = actionNamed(s, QStringLiteral("Plateforme de covoiturage"));
        REQUIRE(covoiturage);
        CHECK(covoiturage->uuid == uuidOf(2001));
        CHECK(covoiturage->status == ActionStatus::Completed);
        CHECK(covoiturage->experimentation);
        CHECK(covoiturage->groupUuid == uuidOf(GroupMobilite));
        CHECK(covoiturage->groupName == QStringLiteral("Mobilité"));
        CHECK(covoiturage->axisTitle == QStringLiteral("Lever les freins"));
        CHECK(covoiturage->themeName == QStringLiteral("Mobilité"));
        CHECK(covoiturage->territories == QStringList{QStringLiteral("Biterrois"), QStringLiteral("Petite Camargue")});

        const auto* logement = actionNamed(s, QStringLiteral("Logement d'abord"));
        REQUIRE(logement);
        CHECK(logement->themeName == QStringLiteral("Logement"));
        CHECK(logement->status == ActionStatus::Running);
        CHECK_FALSE(logement->experimentation);

        const auto* sansAxe = actionNamed(s, QStringLiteral("Action sans axe"));
        REQUIRE(sansAxe);
        CHECK(sansAxe->axisTitle.isEmpty());
        CHECK(sansAxe->themeName.isEmpty());
        CHECK(sansAxe->groupName == QStringLiteral("Divers"));
        CHECK(sansAxe->territories == QStringList{QStringLiteral("Montpelliérain")});
    }

    SECTION("an action with an axis of its own does not take its group's theme, which belongs to another axis")
    {
        EditionData other = data;
        other.actions.append(
            action(7, QStringLiteral("Autre axe"), GroupMobilite, ActionStatus::Project, AxisParcours));
        const auto snapshot = takeSnapshot(other, 2022, QDate(2022, 12, 31), previousSignatories);
        const auto* autreAxe = actionNamed(snapshot, QStringLiteral("Autre axe"));
        REQUIRE(autreAxe);
        CHECK(autreAxe->axisTitle == QStringLiteral("Continuité des parcours"));
        CHECK(autreAxe->themeName.isEmpty());
        // Following the group's axis, it follows the group's theme.
        CHECK(actionNamed(snapshot, QStringLiteral("Plateforme de covoiturage"))->themeName ==
              QStringLiteral("Mobilité"));
    }

    SECTION("an indicator's latest value at or before the day, with the measurement's target or the indicator's")
    {
        REQUIRE(s.indicators.size() == 3);
        const auto* participants = indicatorNamed(s, QStringLiteral("Nombre de participants"));
        REQUIRE(participants);
        CHECK(participants->uuid == uuidOf(3001));
        CHECK(participants->actionUuid == uuidOf(2001));
        CHECK(participants->actionTitle == QStringLiteral("Plateforme de covoiturage"));
        CHECK(participants->unit == QStringLiteral("personnes"));
        CHECK(participants->latestValue == 9.0); // 31 December counts; 1 March 2023 does not
        CHECK(participants->latestDate == QDate(2022, 12, 31));
        CHECK(participants->target == 10.0); // that measurement has no target of its own

        const auto* rate = indicatorNamed(s, QStringLiteral("Taux de retour à l'emploi"));
        REQUIRE(rate);
        CHECK(rate->latestValue == 5.0);
        CHECK(rate->target == 5.0); // the measurement's target, not the indicator's 50

        const auto* menages = indicatorNamed(s, QStringLiteral("Ménages relogés"));
        REQUIRE(menages);
        CHECK_FALSE(menages->latestValue.has_value());
        CHECK_FALSE(menages->latestDate.isValid());
        CHECK(menages->target == 3.0);

        // Earlier in the year, the June value with its own target.
        const auto june = takeSnapshot(data, 2022, QDate(2022, 6, 30), previousSignatories);
        const auto* juneParticipants = indicatorNamed(june, QStringLiteral("Nombre de participants"));
        REQUIRE(juneParticipants);
        CHECK(juneParticipants->latestValue == 4.0);
        CHECK(juneParticipants->latestDate == QDate(2022, 6, 30));
        CHECK(juneParticipants->target == 8.0);
        // Before any measurement.
        const auto january = takeSnapshot(data, 2022, QDate(2022, 1, 31), previousSignatories);
        const auto* januaryRate = indicatorNamed(january, QStringLiteral("Taux de retour à l'emploi"));
        REQUIRE(januaryRate);
        CHECK_FALSE(januaryRate->latestValue.has_value());
        CHECK(januaryRate->target == 50.0);
    }

    SECTION("measurements out of date order: the latest date wins")
    {
        EditionData shuffled = data;
        auto& measurements = shuffled.actions[0].indicators[0].measurements;
        std::reverse(measurements.begin(), measurements.end());
        const auto other = takeSnapshot(shuffled, 2022, QDate(2022, 12, 31), previousSignatories);
        CHECK(indicatorNamed(other, QStringLiteral("Nombre de participants"))->latestValue == 9.0);
    }

    SECTION("meetings held during the year only, by value")
    {
        CHECK(meetingUuids(s) == QList<QUuid>{uuidOf(4001), uuidOf(4002), uuidOf(4003), uuidOf(4004), uuidOf(4008)});
        const auto& workingGroup = s.meetings.last();
        CHECK(workingGroup.kind == MeetingKind::WorkingGroup);
        CHECK(workingGroup.date == QDate(2022, 12, 31));
        CHECK(workingGroup.title == QStringLiteral("Réunion 8"));
        CHECK(workingGroup.territory == QStringLiteral("Biterrois"));
        CHECK(workingGroup.group == QStringLiteral("Mobilité"));
        CHECK(s.meetings.at(3).territory.isEmpty());
        CHECK(s.meetings.at(3).group.isEmpty());
        // Held later in the year than the day described: left out.
        const auto june = takeSnapshot(data, 2022, QDate(2022, 6, 30), previousSignatories);
        CHECK(meetingUuids(june) == QList<QUuid>{uuidOf(4001), uuidOf(4003), uuidOf(4004)});
        // The next year has its own meetings.
        const auto next = takeSnapshot(data, 2023, QDate(2023, 12, 31), previousSignatories);
        CHECK(meetingUuids(next) == QList<QUuid>{uuidOf(4007)});
    }
}

TEST_CASE("countEvaluation gives the departmental counts of §1.4", "[domain][evaluation]")
{
    const EvaluationSnapshot s = takeSnapshot(edition2022(), 2022, QDate(2022, 12, 31), previousSignatories);
    const EvaluationCounts c = countEvaluation(s);

    CHECK(c.workingGroups == 3);
    CHECK(c.activeGroups == 2);
    CHECK(c.actions == 5);
    CHECK(c.carriedOut == 2); // completed + running
    const QMap<ActionStatus, int> byStatus{{ActionStatus::Project, 1},
                                           {ActionStatus::InProgress, 1},
                                           {ActionStatus::Running, 1},
                                           {ActionStatus::Completed, 1},
                                           {ActionStatus::Abandoned, 1}};
    CHECK(c.actionsByStatus == byStatus);
    // By count, then by name; the action without a theme counts under "".
    const QList<QPair<QString, int>> byTheme{{QStringLiteral("Aller-vers"), 2},
                                             {QString(), 1},
                                             {QStringLiteral("Logement"), 1},
                                             {QStringLiteral("Mobilité"), 1}};
    CHECK(c.actionsByTheme == byTheme);
    // In axis order, then the actions with no axis.
    const QList<QPair<QString, int>> byAxis{
        {QStringLiteral("Lever les freins"), 2}, {QStringLiteral("Continuité des parcours"), 2}, {QString(), 1}};
    CHECK(c.actionsByAxis == byAxis);
    CHECK(c.experimentations == 2);
    CHECK(c.meetingsHeld == 5);
    REQUIRE(c.meetingsByKind.size() == enumValues<MeetingKind>().size());
    CHECK(c.meetingsByKind.value(MeetingKind::LocalCommittee) == 3);
    CHECK(c.meetingsByKind.value(MeetingKind::CopilLaunch) == 1);
    CHECK(c.meetingsByKind.value(MeetingKind::WorkingGroup) == 1);
    CHECK(c.meetingsByKind.value(MeetingKind::CopilOther) == 0);
    CHECK(c.meetingsByKind.value(MeetingKind::GovernanceGroup) == 0);
    CHECK(c.meetingsByKind.contains(MeetingKind::CopilFinal));
    CHECK(c.territoriesWithLocalCommittee == 2); // Biterrois twice, Petite Camargue once
    CHECK(c.newPartners == 2);
    CHECK(c.indicators == 3);
    CHECK(c.indicatorsMeasured == 2);
    CHECK(c.indicatorsOnTarget == 1); // 5 of 5; 9 of 10 is not there yet

    SECTION("an empty year has zeros for every status and kind, and every axis")
    {
        EvaluationSnapshot empty = s;
        empty.groups.clear();
        empty.actions.clear();
        empty.indicators.clear();
        empty.meetings.clear();
        const auto zero = countEvaluation(empty);
        CHECK(zero.actions == 0);
        CHECK(zero.actionsByStatus.size() == enumValues<ActionStatus>().size());
        for (int n : zero.actionsByStatus)
            CHECK(n == 0);
        CHECK(zero.actionsByTheme.isEmpty());
        const QList<QPair<QString, int>> axes{{QStringLiteral("Lever les freins"), 0},
                                              {QStringLiteral("Continuité des parcours"), 0}};
        CHECK(zero.actionsByAxis == axes);
        CHECK(zero.meetingsByKind.size() == enumValues<MeetingKind>().size());
        CHECK(zero.territoriesWithLocalCommittee == 0);
    }
    SECTION("a value above its target is on target; a target-less indicator never is")
    {
        EvaluationSnapshot other = s;
        for (auto& i : other.indicators) {
            if (i.name == QStringLiteral("Nombre de participants"))
                i.latestValue = 11.0;
            if (i.name == QStringLiteral("Taux de retour à l'emploi"))
                i.target.reset();
        }
        CHECK(countEvaluation(other).indicatorsOnTarget == 1);
    }
}

TEST_CASE("compareSnapshots: year N against year N-1", "[domain][evaluation]")
{
    const EditionData data2022 = edition2022();
    const EvaluationSnapshot previous = takeSnapshot(data2022, 2022, QDate(2022, 12, 31), previousSignatories);

    // 2023: the housing action is completed, the outreach action was deleted, the "Divers" group is
    // gone with its action, "Mobilité" closed, and a new group with a new action appeared.
    EditionData data2023 = data2022;
    data2023.actions[1].status = ActionStatus::Completed;
    data2023.actions[1].indicators[0].measurements = {measurement(QDate(2023, 4, 1), 2)};
    data2023.actions.removeAt(4); // Action sans axe
    data2023.actions.removeAt(2); // Maraudes
    data2023.groups.removeAt(2);  // Divers
    data2023.groups[0].status = GroupStatus::Closed;
    data2023.groups.append(
        group(GroupEmploi, QStringLiteral("Emploi"), AxisParcours, ThemeAllerVers, {Biterrois}, GroupStatus::Active));
    Action job = action(6, QStringLiteral("Job dating"), GroupEmploi, ActionStatus::Project);
    job.indicators = {indicator(6, QStringLiteral("Entretiens"), 20.0, {}),
                      indicator(7, QStringLiteral("Embauches"), 5.0, {measurement(QDate(2023, 10, 1), 3)})};
    data2023.actions.append(job);
    const EvaluationSnapshot current = takeSnapshot(data2023, 2023, QDate(2023, 12, 31), previousSignatories);

    const EvaluationComparison c = compareSnapshots(previous, current);

    REQUIRE(c.statusChanges.size() == 1);
    CHECK(c.statusChanges.at(0).uuid == uuidOf(2002));
    CHECK(c.statusChanges.at(0).title == QStringLiteral("Logement d'abord"));
    CHECK(c.statusChanges.at(0).from == ActionStatus::Running);
    CHECK(c.statusChanges.at(0).to == ActionStatus::Completed);

    // 9 → 12 (the March 2023 value), a first measurement of 2, and the new action's measured
    // indicator; an unchanged value and a new indicator never measured do not move.
    REQUIRE(c.indicatorMoves.size() == 3);
    CHECK(c.indicatorMoves.at(0).uuid == uuidOf(3001));
    CHECK(c.indicatorMoves.at(0).name == QStringLiteral("Nombre de participants"));
    CHECK(c.indicatorMoves.at(0).actionTitle == QStringLiteral("Plateforme de covoiturage"));
    CHECK(c.indicatorMoves.at(0).from == 9.0);
    CHECK(c.indicatorMoves.at(0).to == 12.0);
    CHECK(c.indicatorMoves.at(1).uuid == uuidOf(3003));
    CHECK_FALSE(c.indicatorMoves.at(1).from.has_value());
    CHECK(c.indicatorMoves.at(1).to == 2.0);
    CHECK(c.indicatorMoves.at(2).uuid == uuidOf(3007));
    CHECK_FALSE(c.indicatorMoves.at(2).from.has_value());
    CHECK(c.indicatorMoves.at(2).to == 3.0);

    CHECK(c.newActions == QStringList{QStringLiteral("Job dating")});
    CHECK(c.removedActions == QStringList{QStringLiteral("Maraudes"), QStringLiteral("Action sans axe")});
    CHECK(c.newGroups == QStringList{QStringLiteral("Emploi")});
    // Closed since N-1 (Mobilité) or gone while active (Divers); Aller-vers was already closed.
    CHECK(c.closedGroups == QStringList{QStringLiteral("Mobilité"), QStringLiteral("Divers")});

    SECTION("the same year compared with itself shows no change")
    {
        const auto same = compareSnapshots(current, current);
        CHECK(same.statusChanges.isEmpty());
        CHECK(same.indicatorMoves.isEmpty());
        CHECK(same.newActions.isEmpty());
        CHECK(same.removedActions.isEmpty());
        CHECK(same.newGroups.isEmpty());
        CHECK(same.closedGroups.isEmpty());
    }
    SECTION("renaming keeps the identity: a renamed action is neither new nor removed")
    {
        EvaluationSnapshot renamed = previous;
        renamed.actions[0].title = QStringLiteral("Covoiturage solidaire");
        renamed.groups[0].name = QStringLiteral("Mobilité durable");
        const auto diff = compareSnapshots(previous, renamed);
        CHECK(diff.newActions.isEmpty());
        CHECK(diff.removedActions.isEmpty());
        CHECK(diff.newGroups.isEmpty());
        CHECK(diff.closedGroups.isEmpty());
    }
}

TEST_CASE("A snapshot's JSON reads back equal and garbage is refused", "[domain][evaluation][json]")
{
    EvaluationSnapshot s = takeSnapshot(edition2022(), 2022, QDate(2022, 12, 31), previousSignatories);
    s.frozenAt = QDateTime(QDate(2023, 1, 15), QTime(9, 30, 12, 345), Qt::UTC);
    s.frozenBy = QStringLiteral("Chargée de mission PTI");
    REQUIRE(s.indicators.size() == 3);
    s.indicators[0].latestValue = 0.1 + 0.2; // not a short decimal
    s.indicators[1].target = -1e-7;

    const QByteArray json = s.toJson();
    const EvaluationSnapshot back = EvaluationSnapshot::fromJson(json);
    CHECK(back.edition == s.edition);
    CHECK(back.asOf == s.asOf);
    CHECK(back.frozenAt == s.frozenAt);
    CHECK(back.groups == s.groups);
    CHECK(back.actions == s.actions);
    CHECK(back.indicators == s.indicators);
    CHECK(back.meetings == s.meetings);
    CHECK(back == s);
    CHECK(back.toJson() == json); // stable: a frozen snapshot is written the same way again

    // A snapshot not frozen (no date, no measurement) reads back too.
    const EvaluationSnapshot live = takeSnapshot(edition2022(), 2022, QDate(2022, 1, 31), {});
    CHECK(EvaluationSnapshot::fromJson(live.toJson()) == live);
    CHECK(EvaluationSnapshot::fromJson(EvaluationSnapshot().toJson()) == EvaluationSnapshot());

    SECTION("malformed documents throw")
    {
        QByteArray unknownStatus = json;
        unknownStatus.replace("\"realisee\"", "\"finie\"");
        REQUIRE(unknownStatus != json);
        QByteArray unknownKind = json;
        unknownKind.replace("\"comite_local\"", "\"kermesse\"");
        REQUIRE(unknownKind != json);
        QByteArray newerVersion = json;
        newerVersion.replace("\"snapshotVersion\":1", "\"snapshotVersion\":2");
        REQUIRE(newerVersion != json);
        const QByteArray garbage[] = {
            QByteArray(),
            QByteArray("not json"),
            QByteArray("[1, 2, 3]"),
            QByteArray("\"snapshot\""),
            QByteArray("{}"),
            QByteArray("{\"snapshotVersion\": \"1\"}"),
            json.left(json.size() / 2),
            newerVersion,
            unknownStatus,
            unknownKind,
        };
        for (const auto& bytes : garbage) {
            INFO(bytes.left(80).toStdString());
            CHECK_THROWS_AS(EvaluationSnapshot::fromJson(bytes), std::runtime_error);
        }
    }
}

TEST_CASE("computeStats of a snapshot agrees with computeStats of the edition", "[domain][evaluation][stats]")
{
    EditionData data = edition2022();
    const EvaluationSnapshot s = takeSnapshot(data, 2022, QDate(2022, 12, 31), previousSignatories);
    const EditionStats fromSnapshot = computeStats(s);
    const EditionStats fromData = computeStats(data);

    CHECK(fromSnapshot.edition == fromData.edition);
    CHECK(fromSnapshot.partners == fromData.partners);
    CHECK(fromSnapshot.partners == 4);
    CHECK(fromSnapshot.territories == fromData.territories);
    CHECK(fromSnapshot.axes == fromData.axes);
    CHECK(fromSnapshot.themes == fromData.themes);
    CHECK(fromSnapshot.themes == 3);
    CHECK(fromSnapshot.workingGroups == fromData.workingGroups);
    CHECK(fromSnapshot.actions == fromData.actions);
    CHECK(fromSnapshot.experimentations == fromData.experimentations);
    CHECK(fromSnapshot.actionsByStatus == fromData.actionsByStatus);
    CHECK(fromSnapshot.actionsByAxis == fromData.actionsByAxis);
    CHECK(fromSnapshot.actionsByTerritory == fromData.actionsByTerritory);
    const QList<QPair<QString, int>> byTerritory{{QStringLiteral("Biterrois"), 2},
                                                 {QStringLiteral("Petite Camargue"), 2},
                                                 {QStringLiteral("Montpelliérain"), 3}};
    CHECK(fromSnapshot.actionsByTerritory == byTerritory);
    CHECK(fromSnapshot.persons == 0); // not part of a snapshot

    // Meetings: a snapshot holds those held during the year; the edition's counts agree once the
    // edition is restricted to them.
    CHECK(fromSnapshot.meetings == 5);
    CHECK(fromSnapshot.meetingsHeld == 5);
    data.meetings.removeIf([](const Meeting& m) { return !m.isHeld() || m.date.year() != 2022; });
    const EditionStats heldIn2022 = computeStats(data);
    CHECK(fromSnapshot.meetings == heldIn2022.meetings);
    CHECK(fromSnapshot.meetingsHeld == heldIn2022.meetingsHeld);
    CHECK(fromSnapshot.meetingsByKind == heldIn2022.meetingsByKind);

    // A frozen snapshot read back from JSON gives the same counts.
    const EditionStats reread = computeStats(EvaluationSnapshot::fromJson(s.toJson()));
    CHECK(reread.actionsByStatus == fromSnapshot.actionsByStatus);
    CHECK(reread.actionsByAxis == fromSnapshot.actionsByAxis);
    CHECK(reread.actionsByTerritory == fromSnapshot.actionsByTerritory);
    CHECK(reread.meetingsByKind == fromSnapshot.meetingsByKind);
}

TEST_CASE("An unknown measured value is left out of the counts, never read as zero", "[domain][evaluation][unknown]")
{
    EditionData data = edition2022();
    Measurement unknown;
    unknown.date = QDate(2022, 11, 30);
    // "Taux de retour à l'emploi": 5 of 5 in June, then a value not reported in November.
    data.actions[0].indicators[1].measurements.append(unknown);
    // "Ménages relogés": only a value not reported.
    Indicator& menages = data.actions[1].indicators[0];
    REQUIRE(menages.name == QStringLiteral("Ménages relogés"));
    menages.measurements.append(unknown);
    REQUIRE(data.actions[0].indicators[1].name == QStringLiteral("Taux de retour à l'emploi"));

    const Indicator& rate = data.actions[0].indicators[1];
    CHECK(rate.latest()->date == QDate(2022, 11, 30));
    CHECK_FALSE(rate.latest()->value.has_value());
    REQUIRE(rate.latestKnown() != nullptr);
    CHECK(rate.latestKnown()->date == QDate(2022, 6, 30));
    CHECK(rate.unknownCount() == 1);
    CHECK(menages.latestKnown() == nullptr);
    CHECK(menages.unknownCount() == 1);

    const EvaluationSnapshot s = takeSnapshot(data, 2022, QDate(2022, 12, 31), previousSignatories);
    const auto* snapshotRate = indicatorNamed(s, QStringLiteral("Taux de retour à l'emploi"));
    REQUIRE(snapshotRate);
    CHECK(snapshotRate->latestValue == 5.0);
    CHECK(snapshotRate->latestDate == QDate(2022, 6, 30));
    const EvaluationCounts c = countEvaluation(s);
    CHECK(c.indicators == 3);
    // Read as 0, November would have put the rate off its target (0 < 5) and counted the households
    // as measured: 3 measured, 0 on target. Left out: 2 measured, 1 on target, as without them.
    CHECK(c.indicatorsMeasured == 2);
    CHECK(c.indicatorsOnTarget == 1);
}

} // namespace pacte_test_domain_evaluation_test
