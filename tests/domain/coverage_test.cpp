// computeCoverage() on purpose-made data: cells, gaps, overlaps, possible duplicates and partners.
#include "common/catchqt.h"
#include "domain/coverage.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_coverage_test {

using namespace pacte;

namespace {

constexpr Id EditionId = 1;
constexpr Id Montpellierain = 1, Thau = 2;
constexpr Id MobilityAxis = 10, RightsAxis = 20;
constexpr Id Mobility = 101, Housing = 102, Rights = 201;
constexpr Id Cd = 1001, Plie = 1002, Caf = 1003;

Territory territory(Id id, const QString& name)
{
    Territory t;
    t.id = id;
    t.name = name;
    return t;
}

Theme theme(Id id, Id axisId, const QString& name)
{
    Theme t;
    t.id = id;
    t.axisId = axisId;
    t.name = name;
    return t;
}

Partner partner(Id id, const QString& name)
{
    Partner p;
    p.id = id;
    p.name = name;
    return p;
}

WorkingGroup group(Id id, Id themeId, QList<Id> territories, Id pilot = Cd, Id coPilot = NoId)
{
    WorkingGroup g;
    g.id = id;
    g.editionId = EditionId;
    g.name = QStringLiteral("Groupe %1").arg(id);
    g.themeId = themeId;
    g.territoryIds = territories;
    g.pilotPartnerId = pilot;
    g.coPilotPartnerId = coPilot;
    return g;
}

Action action(Id id, Id groupId, const QString& title, ActionStatus status = ActionStatus::InProgress,
              const QString& objectives = {})
{
    Action a;
    a.id = id;
    a.groupId = groupId;
    a.title = title;
    a.objectives = objectives;
    a.status = status;
    return a;
}

EditionData baseData()
{
    EditionData data;
    data.edition.id = EditionId;
    data.territories = {territory(Montpellierain, QStringLiteral("Montpelliérain")),
                        territory(Thau, QStringLiteral("Étang de Thau"))};
    Axis mobility;
    mobility.id = MobilityAxis;
    mobility.number = 1;
    mobility.themes = {theme(Mobility, MobilityAxis, QStringLiteral("Mobilité")),
                       theme(Housing, MobilityAxis, QStringLiteral("Logement"))};
    Axis rights;
    rights.id = RightsAxis;
    rights.number = 2;
    rights.themes = {theme(Rights, RightsAxis, QStringLiteral("Accès aux droits"))};
    data.axes = {mobility, rights};
    data.partners = {partner(Cd, QStringLiteral("Département")), partner(Plie, QStringLiteral("PLIE")),
                     partner(Caf, QStringLiteral("CAF"))};
    return data;
}

bool hasPair(const Coverage& coverage, Id a, Id b)
{
    return std::any_of(coverage.duplicates.cbegin(), coverage.duplicates.cend(), [&](const PossibleDuplicate& d) {
        return d.firstActionId == std::min(a, b) && d.secondActionId == std::max(a, b);
    });
}

} // namespace

TEST_CASE("Coverage cells hold each territory's groups, actions by status and partners", "[coverage]")
{
    EditionData data = baseData();
    data.groups = {group(1, Mobility, {Montpellierain}, Cd, Plie), group(2, Rights, {Montpellierain, Thau}, Caf)};
    data.groups[1].memberPartnerIds = {Cd};
    data.actions = {action(11, 1, QStringLiteral("Garage solidaire"), ActionStatus::Running),
                    action(12, 1, QStringLiteral("Auto-école sociale"), ActionStatus::Project),
                    action(21, 2, QStringLiteral("Permanences CAF"), ActionStatus::Completed)};

    const Coverage coverage = computeCoverage(data);
    REQUIRE(coverage.territoryIds == QList<Id>{Montpellierain, Thau});
    REQUIRE(coverage.themeIds == QList<Id>{Mobility, Housing, Rights});
    REQUIRE(coverage.cells.size() == 6);

    const CoverageCell& mobility = coverage.cell(0, 0);
    CHECK(mobility.axisId == MobilityAxis);
    CHECK(mobility.groupIds == QList<Id>{1});
    CHECK(mobility.actionIds == QList<Id>{11, 12});
    CHECK(mobility.actionsByStatus.value(ActionStatus::Running) == 1);
    CHECK(mobility.actionsByStatus.value(ActionStatus::Project) == 1);
    CHECK(mobility.liveActions() == 1);
    CHECK(mobility.partnerIds == QList<Id>{Cd, Plie});
    // A group on two territories is in both rows.
    CHECK(coverage.cell(0, 2).groupIds == QList<Id>{2});
    CHECK(coverage.cell(1, 2).groupIds == QList<Id>{2});
    CHECK(coverage.cell(1, 2).partnerIds == QList<Id>{Caf, Cd});

    // Gaps: no group (Logement twice, Mobilité in Thau), and a group whose only action is finished.
    int noGroup = 0;
    int noLive = 0;
    for (const auto& gap : coverage.gaps) {
        if (gap.kind == CoverageGapKind::NoGroup) {
            ++noGroup;
        } else {
            ++noLive;
            CHECK(gap.themeId == Rights);
            CHECK(gap.finished == 1);
            CHECK(gap.projects == 0);
        }
    }
    CHECK(noGroup == 3);
    CHECK(noLive == 2);
    CHECK(coverage.overlaps.isEmpty());
    CHECK(coverage.duplicates.isEmpty());

    // Partners: the CAF pilots one group on two territories; the Département pilots one, takes part in one.
    REQUIRE(coverage.partners.size() == 3);
    const auto cd = std::find_if(coverage.partners.cbegin(), coverage.partners.cend(),
                                 [](const PartnerCoverage& p) { return p.partnerId == Cd; });
    REQUIRE(cd != coverage.partners.cend());
    CHECK(cd->pilots == 1);
    CHECK(cd->coPilots == 0);
    CHECK(cd->memberships == 1);
    CHECK(cd->territoryIds == QList<Id>{Montpellierain, Thau});
    CHECK(cd->themeIds == QList<Id>{Mobility, Rights});
    CHECK(cd->places.size() == 3);
}

TEST_CASE("Coverage reports two groups on one theme in one territory as an overlap", "[coverage]")
{
    EditionData data = baseData();
    data.groups = {group(1, Mobility, {Montpellierain}), group(2, Mobility, {Montpellierain, Thau}, Plie),
                   group(3, Rights, {Montpellierain})};
    // An action of the rights group on mobility makes it a third actor of that cell.
    Action onMobility = action(31, 3, QStringLiteral("Aide au permis"));
    onMobility.themeId = Mobility;
    data.actions = {action(11, 1, QStringLiteral("Garage solidaire")), onMobility,
                    action(12, 1, QStringLiteral("Location de scooters"))};

    const Coverage coverage = computeCoverage(data);
    REQUIRE(coverage.overlaps.size() == 1);
    CHECK(coverage.overlaps.first().territoryId == Montpellierain);
    CHECK(coverage.overlaps.first().themeId == Mobility);
    CHECK(coverage.overlaps.first().groupIds == QList<Id>{1, 2, 3});
    CHECK(coverage.overlaps.first().actions == 3);
    // One group with several actions on its own theme is no overlap.
    CHECK(coverage.cell(1, 0).groupIds == QList<Id>{2});
}

TEST_CASE("Possible duplicates ignore accents, case and word order", "[coverage]")
{
    EditionData data = baseData();
    data.groups = {group(1, Mobility, {Montpellierain}), group(2, Mobility, {Montpellierain}, Plie)};
    data.actions = {
        action(11, 1, QStringLiteral("Plateforme de mobilité solidaire pour les publics éloignés")),
        action(21, 2, QStringLiteral("PUBLICS ELOIGNES : plateforme solidaire de la mobilite")),
        // Unrelated: no pair.
        action(22, 2, QStringLiteral("Ateliers de code de la route en quartier prioritaire")),
    };

    const Coverage coverage = computeCoverage(data);
    REQUIRE(coverage.duplicates.size() == 1);
    const PossibleDuplicate& pair = coverage.duplicates.first();
    CHECK(pair.firstActionId == 11);
    CHECK(pair.secondActionId == 21);
    CHECK(pair.titleSimilarity == Approx(1.0));
    CHECK(pair.objectivesSimilarity == 0);
    CHECK(pair.themeId == Mobility);
    CHECK(pair.territoryIds == QList<Id>{Montpellierain});
    CHECK_FALSE(hasPair(coverage, 11, 22));
    CHECK_FALSE(hasPair(coverage, 21, 22));
}

TEST_CASE("Possible duplicates compare objectives too, with the similarity found", "[coverage]")
{
    EditionData data = baseData();
    data.groups = {group(1, Rights, {Thau}), group(2, Rights, {Thau}, Caf)};
    data.actions = {
        action(11, 1, QStringLiteral("Digi'Thau"), ActionStatus::Running,
               QStringLiteral("Former les aidants numériques des structures sociales du bassin de Thau")),
        action(21, 2, QStringLiteral("Réseau d'aidants"), ActionStatus::Running,
               QStringLiteral("Former les aidants numeriques des structures du bassin")),
    };
    const Coverage coverage = computeCoverage(data);
    REQUIRE(coverage.duplicates.size() == 1);
    // {former, aidants, numeriques, structures, sociales, bassin, thau} and five of them: 5/7.
    CHECK(coverage.duplicates.first().objectivesSimilarity == Approx(5.0 / 7.0));
    CHECK(coverage.duplicates.first().titleSimilarity == 0); // titles too short to compare
    CHECK(coverage.duplicates.first().similarity() == Approx(5.0 / 7.0));
}

TEST_CASE("Actions of the same group are never possible duplicates", "[coverage]")
{
    EditionData data = baseData();
    data.groups = {group(1, Mobility, {Montpellierain})};
    data.actions = {action(11, 1, QStringLiteral("Garage solidaire de Montpellier, réparation")),
                    action(12, 1, QStringLiteral("Garage solidaire de Montpellier, réparation"))};
    CHECK(computeCoverage(data).duplicates.isEmpty());
}

TEST_CASE("Possible duplicates are looked for on the same theme in a shared territory only", "[coverage]")
{
    EditionData data = baseData();
    const QString title = QStringLiteral("Garage solidaire de Montpellier, réparation");
    data.groups = {group(1, Mobility, {Montpellierain}), group(2, Mobility, {Thau}),
                   group(3, Housing, {Montpellierain})};
    data.actions = {action(11, 1, title), action(21, 2, title), action(31, 3, title)};
    CHECK(computeCoverage(data).duplicates.isEmpty());
}

TEST_CASE("Texts of fewer than three significant words are not compared", "[coverage]")
{
    EditionData data = baseData();
    data.groups = {group(1, Mobility, {Montpellierain}), group(2, Mobility, {Montpellierain})};
    data.actions = {action(11, 1, QStringLiteral("Le garage de la mobilité")),
                    action(21, 2, QStringLiteral("Un garage pour la mobilité"))};
    CHECK(significantWords(data.actions.first().title) ==
          QStringList{QStringLiteral("garage"), QStringLiteral("mobilite")});
    CHECK(computeCoverage(data).duplicates.isEmpty());
}

TEST_CASE("Each action keeps only its most similar pairs", "[coverage]")
{
    EditionData data = baseData();
    const QString title = QStringLiteral("Accompagnement renforcé des allocataires vers l'emploi");
    for (Id g = 1; g <= 8; ++g) {
        data.groups.append(group(g, Mobility, {Montpellierain}));
        data.actions.append(action(g * 10, g, title));
    }
    CoverageOptions options;
    options.maxPairsPerAction = 2;
    const Coverage coverage = computeCoverage(data, options);
    // 28 identical pairs; each action is in two at most, and every one is in one.
    CHECK(coverage.duplicates.size() <= 8);
    QHash<Id, int> perAction;
    for (const auto& pair : coverage.duplicates) {
        ++perAction[pair.firstActionId];
        ++perAction[pair.secondActionId];
    }
    CHECK(perAction.size() == 8);
    for (auto it = perAction.cbegin(); it != perAction.cend(); ++it)
        CHECK(it.value() <= 2);
}

TEST_CASE("Coverage of one territory and one axis", "[coverage]")
{
    EditionData data = baseData();
    data.groups = {group(1, Mobility, {Montpellierain}), group(2, Rights, {Thau})};
    CoverageOptions options;
    options.territoryId = Thau;
    options.axisId = RightsAxis;
    const Coverage coverage = computeCoverage(data, options);
    CHECK(coverage.territoryIds == QList<Id>{Thau});
    CHECK(coverage.themeIds == QList<Id>{Rights});
    CHECK(coverage.cell(0, 0).groupIds == QList<Id>{2});
    REQUIRE(coverage.partners.size() == 1);
    CHECK(coverage.partners.first().places.size() == 1);
    CHECK(coverage.unplacedGroupIds.isEmpty());
}

} // namespace pacte_test_domain_coverage_test
