// Rules that do not depend on the calendar: group-pilots, partner-referent, territory-referent,
// action-sheet-complete, deliberation-tally, and the ordering of checkAll().
#include "common/catchqt.h"
#include "domain/rules.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QUuid>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_domain_rules_governance_test {

using namespace pacte;

namespace {

QUuid uuidFor(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

constexpr Id EditionId = 1;
constexpr Id OtherEditionId = 2;
constexpr Id Montpellierain = 1, Thau = 2, Biterrois = 3;
constexpr Id CD = 1, DDETS = 2, CAF = 3, CCVH = 4;

Territory territory(Id id, const QString& name)
{
    Territory t;
    t.id = id;
    t.uuid = uuidFor(static_cast<int>(100 + id));
    t.name = name;
    return t;
}

Partner partner(Id id, const QString& name, const QString& acronym)
{
    Partner p;
    p.id = id;
    p.uuid = uuidFor(static_cast<int>(200 + id));
    p.name = name;
    p.acronym = acronym;
    return p;
}

Signature signature(Id editionId, SignatureStatus status)
{
    Signature s;
    s.editionId = editionId;
    s.status = status;
    return s;
}

Person person(Id id, const QString& lastName, Id partnerId, QList<PersonRole> roles)
{
    Person p;
    p.id = id;
    p.uuid = uuidFor(static_cast<int>(300 + id));
    p.lastName = lastName;
    p.partnerId = partnerId;
    p.roles = roles;
    return p;
}

WorkingGroup group(Id id, const QString& name, QList<Id> territories, Id pilot, Id coPilot)
{
    WorkingGroup g;
    g.id = id;
    g.uuid = uuidFor(static_cast<int>(400 + id));
    g.editionId = EditionId;
    g.name = name;
    g.territoryIds = territories;
    g.pilotPartnerId = pilot;
    g.coPilotPartnerId = coPilot;
    return g;
}

Action completeAction(Id id, const QString& title)
{
    Action a;
    a.id = id;
    a.uuid = uuidFor(static_cast<int>(500 + id));
    a.groupId = 1;
    a.title = title;
    a.objectives = QStringLiteral("Mieux orienter les publics.");
    a.publicIds = {1};
    a.modalities = QStringLiteral("Réunions d'échange de pratiques.");
    a.deliverables = QStringLiteral("Charte d'adhésion");
    // "les indicateurs d'évaluation et de réalisation" (§1.4): one of each kind.
    Indicator output;
    output.name = QStringLiteral("Nombre de participants");
    output.kind = IndicatorKind::Output;
    Indicator outcome;
    outcome.name = QStringLiteral("Taux de retour à l'emploi");
    outcome.kind = IndicatorKind::Outcome;
    a.indicators = {output, outcome};
    a.status = ActionStatus::InProgress;
    return a;
}

// One edition, three territories, four partners; no signature, person, group or action yet.
EditionData baseData()
{
    EditionData data;
    data.edition.id = EditionId;
    data.edition.uuid = uuidFor(1);
    data.edition.title = QStringLiteral("PTI 2022-2025");
    data.edition.startDate = QDate(2022, 1, 1);
    data.edition.endDate = QDate(2025, 12, 31);
    data.territories = {territory(Montpellierain, QStringLiteral("Montpelliérain")),
                        territory(Thau, QStringLiteral("Étang de Thau")),
                        territory(Biterrois, QStringLiteral("Biterrois"))};
    data.partners = {partner(CD, QStringLiteral("Conseil départemental de l'Hérault"), QStringLiteral("CD")),
                     partner(DDETS, QStringLiteral("DDETS de l'Hérault"), QStringLiteral("DDETS")),
                     partner(CAF, QStringLiteral("CAF de l'Hérault"), QStringLiteral("CAF")),
                     partner(CCVH, QStringLiteral("Communauté de communes Vallée de l'Hérault"), QString())};
    return data;
}

} // namespace

TEST_CASE("group-pilots: a group needs a pilot and a co-pilot from two structures", "[domain][rules]")
{
    EditionData data = baseData();
    data.groups = {group(1, QStringLiteral("Mobilité"), {Montpellierain}, NoId, NoId),
                   group(2, QStringLiteral("Illectronisme"), {Thau}, CD, NoId),
                   group(3, QStringLiteral("Accès aux droits"), {Thau}, NoId, CAF),
                   group(4, QStringLiteral("ESS et IAE"), {Biterrois}, DDETS, DDETS),
                   group(5, QStringLiteral("Levée des freins"), {Biterrois}, DDETS, CD),
                   group(6, QStringLiteral("Étude sociologique"), {Biterrois, Thau}, CD, CAF)};

    const Findings findings = rules::checkGroupPilots(data);
    REQUIRE(findings.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const Finding& f = findings.at(i);
        const WorkingGroup& g = data.groups.at(i);
        CAPTURE(i);
        CHECK(f.rule == QStringLiteral("group-pilots"));
        CHECK(f.severity == Severity::Error);
        CHECK(f.entity == Entity::WorkingGroup);
        CHECK(f.uuid == g.uuid);
        CHECK(f.label.contains(g.name));
        CHECK(f.label.contains(data.territory(g.territoryIds.first())->name));
        CHECK(f.message.contains(g.name));
    }
    CHECK(findings.at(0).label == QStringLiteral("Mobilité (Montpelliérain)"));
    // The 2017-2021 "CD alone" case names the partner that leads alone.
    CHECK(findings.at(1).message.contains(QStringLiteral("Conseil départemental de l'Hérault")));
    CHECK(findings.at(2).message.contains(QStringLiteral("CAF de l'Hérault")));
    CHECK(findings.at(3).message.contains(QStringLiteral("DDETS de l'Hérault")));
}

TEST_CASE("group-pilots: compliant groups and a group on two territories", "[domain][rules]")
{
    EditionData data = baseData();
    data.groups = {group(1, QStringLiteral("Étude sociologique"), {Biterrois, Thau}, CD, CAF)};
    CHECK(rules::checkGroupPilots(data).isEmpty());

    data.groups.first().coPilotPartnerId = NoId;
    const Findings findings = rules::checkGroupPilots(data);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().label.contains(QStringLiteral("Biterrois")));
    CHECK(findings.first().label.contains(QStringLiteral("Étang de Thau")));
}

TEST_CASE("partner-referent: every signatory names a PTI referent", "[domain][rules]")
{
    EditionData data = baseData();
    data.partners[0].signatures = {signature(EditionId, SignatureStatus::Signed)};   // CD
    data.partners[1].signatures = {signature(EditionId, SignatureStatus::Pending)};  // DDETS
    data.partners[2].signatures = {signature(EditionId, SignatureStatus::Declined)}; // CAF
    data.partners[3].signatures = {signature(OtherEditionId, SignatureStatus::Signed)};

    SECTION("signatories without a referent are reported, the others ignored")
    {
        const Findings findings = rules::checkPartnerReferent(data);
        REQUIRE(findings.size() == 2);
        CHECK(findings.at(0).uuid == data.partners[0].uuid);
        CHECK(findings.at(1).uuid == data.partners[1].uuid);
        for (const auto& f : findings) {
            CHECK(f.rule == QStringLiteral("partner-referent"));
            CHECK(f.entity == Entity::Partner);
        }
        CHECK(findings.at(0).label == QStringLiteral("Conseil départemental de l'Hérault"));
        CHECK(findings.at(0).message.contains(QStringLiteral("Conseil départemental de l'Hérault")));
        // The signatory that signed is in error; the one still expected to sign has not signed: the
        // finding says so, as a warning.
        CHECK(findings.at(0).severity == Severity::Error);
        CHECK(findings.at(0).message.contains(QStringLiteral("a signé")));
        CHECK(findings.at(1).severity == Severity::Warning);
        CHECK_FALSE(findings.at(1).message.contains(QStringLiteral("a signé")));
        CHECK(findings.at(1).message.contains(QStringLiteral("attendu parmi les signataires")));
    }
    SECTION("a partner that approved the pact by deliberation is said to have approved it")
    {
        data.partners[1].signatures = {signature(EditionId, SignatureStatus::Approved)};
        const Findings findings = rules::checkPartnerReferent(data);
        REQUIRE(findings.size() == 2);
        CHECK(findings.at(1).severity == Severity::Error);
        CHECK(findings.at(1).message.contains(QStringLiteral("a approuvé le pacte")));
    }
    SECTION("a person of the partner with the PartnerReferent role satisfies it")
    {
        data.persons = {person(1, QStringLiteral("DUPONT"), CD, {{PersonRoleKind::PartnerReferent, NoId}}),
                        person(2, QStringLiteral("MARTIN"), DDETS, {{PersonRoleKind::PartnerReferent, NoId}})};
        CHECK(rules::checkPartnerReferent(data).isEmpty());
    }
    SECTION("a referent of another partner, or another role, does not count")
    {
        data.persons = {person(1, QStringLiteral("DUPONT"), CD, {{PersonRoleKind::PartnerReferent, NoId}}),
                        person(2, QStringLiteral("MARTIN"), CAF, {{PersonRoleKind::PartnerReferent, NoId}}),
                        person(3, QStringLiteral("BERNARD"), DDETS,
                               {{PersonRoleKind::Coordinator, NoId}, {PersonRoleKind::TerritoryReferent, Thau}})};
        const Findings findings = rules::checkPartnerReferent(data);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().uuid == data.partners[1].uuid);
    }
}

TEST_CASE("territory-referent: one referent of the Departement per territory", "[domain][rules]")
{
    EditionData data = baseData();
    SECTION("nobody named: one error per territory")
    {
        const Findings findings = rules::checkTerritoryReferent(data);
        REQUIRE(findings.size() == 3);
        for (int i = 0; i < 3; ++i) {
            CHECK(findings.at(i).rule == QStringLiteral("territory-referent"));
            CHECK(findings.at(i).severity == Severity::Error);
            CHECK(findings.at(i).entity == Entity::Territory);
            CHECK(findings.at(i).uuid == data.territories.at(i).uuid);
            CHECK(findings.at(i).label == data.territories.at(i).name);
            CHECK(findings.at(i).message.contains(data.territories.at(i).name));
        }
    }
    SECTION("a referent covers only the territory of the role")
    {
        data.persons = {person(1, QStringLiteral("DUPONT"), CD,
                               {{PersonRoleKind::TerritoryReferent, Thau}, {PersonRoleKind::PartnerReferent, NoId}}),
                        person(2, QStringLiteral("MARTIN"), CD, {{PersonRoleKind::Coordinator, NoId}})};
        const Findings findings = rules::checkTerritoryReferent(data);
        REQUIRE(findings.size() == 2);
        CHECK(findings.at(0).uuid == data.territories.at(0).uuid);
        CHECK(findings.at(1).uuid == data.territories.at(2).uuid);
    }
    SECTION("all territories covered")
    {
        data.persons = {
            person(1, QStringLiteral("DUPONT"), CD,
                   {{PersonRoleKind::TerritoryReferent, Thau}, {PersonRoleKind::TerritoryReferent, Montpellierain}}),
            person(2, QStringLiteral("MARTIN"), CD, {{PersonRoleKind::TerritoryReferent, Biterrois}})};
        CHECK(rules::checkTerritoryReferent(data).isEmpty());
    }
}

TEST_CASE("action-sheet-complete: each missing part of the sheet is reported", "[domain][rules]")
{
    EditionData data = baseData();
    const Action complete = completeAction(1, QStringLiteral("Réseau Digi'Thau"));
    REQUIRE(complete.missingSheetFields().isEmpty());

    SECTION("modalities or deliverables alone do not make a sheet complete")
    {
        // "les modalités de mise en œuvre et les principaux livrables" (§1.4): both are asked for. Pacte
        // took either for both until issue 19.
        Action deliverablesOnly = completeAction(2, QStringLiteral("Charte"));
        deliverablesOnly.modalities.clear();
        Action modalitiesOnly = completeAction(3, QStringLiteral("Réseau"));
        modalitiesOnly.deliverables.clear();
        data.actions = {complete, deliverablesOnly, modalitiesOnly};
        const Findings findings = rules::checkActionSheetComplete(data);
        REQUIRE(findings.size() == 2);
        CHECK(findings.at(0).uuid == deliverablesOnly.uuid);
        CHECK(findings.at(1).uuid == modalitiesOnly.uuid);
        CHECK(deliverablesOnly.missingSheetFields() == QStringList{QStringLiteral("modalités de mise en œuvre")});
        CHECK(modalitiesOnly.missingSheetFields() == QStringList{QStringLiteral("principaux livrables")});
    }
    SECTION("an evaluation indicator and an output indicator are both asked for")
    {
        // "les indicateurs d'évaluation et de réalisation" (§1.4): one indicator of either kind is not enough.
        Action outputOnly = completeAction(2, QStringLiteral("Réalisation seule"));
        outputOnly.indicators.removeLast();
        Action outcomeOnly = completeAction(3, QStringLiteral("Évaluation seule"));
        outcomeOnly.indicators.removeFirst();
        data.actions = {complete, outputOnly, outcomeOnly};
        CHECK(rules::checkActionSheetComplete(data).size() == 2);
        CHECK(outputOnly.missingSheetFields() == QStringList{QStringLiteral("un indicateur d'évaluation (résultat)")});
        CHECK(outcomeOnly.missingSheetFields() == QStringList{QStringLiteral("un indicateur de réalisation")});
    }
    SECTION("each missing part is reported")
    {
        Action noObjectives = completeAction(2, QStringLiteral("Sans objectifs"));
        noObjectives.objectives = QStringLiteral("   ");
        Action noPublics = completeAction(3, QStringLiteral("Sans publics"));
        noPublics.publicIds.clear();
        Action noModalities = completeAction(4, QStringLiteral("Sans modalités"));
        noModalities.modalities.clear();
        Action noIndicator = completeAction(5, QStringLiteral("Sans indicateur"));
        noIndicator.indicators.clear();
        Action empty = completeAction(6, QStringLiteral("Fiche vide"));
        empty.objectives.clear();
        empty.publicIds.clear();
        empty.modalities.clear();
        empty.deliverables.clear();
        empty.indicators.clear();
        data.actions = {complete, noObjectives, noPublics, noModalities, noIndicator, empty};

        CHECK(noObjectives.missingSheetFields().size() == 1);
        CHECK(noPublics.missingSheetFields().size() == 1);
        CHECK(noModalities.missingSheetFields().size() == 1);
        CHECK(noIndicator.missingSheetFields().size() == 2); // neither kind
        CHECK(empty.missingSheetFields().size() == 6);
        // Each part is named differently.
        const QStringList all = empty.missingSheetFields();
        CHECK(all.at(0) == noObjectives.missingSheetFields().first());
        CHECK(all.at(1) == noPublics.missingSheetFields().first());
        CHECK(all.at(2) == noModalities.missingSheetFields().first());
        CHECK(all.at(4) == noIndicator.missingSheetFields().at(0));
        CHECK(all.at(5) == noIndicator.missingSheetFields().at(1));
        CHECK(QSet<QString>(all.begin(), all.end()).size() == 6);

        const Findings findings = rules::checkActionSheetComplete(data);
        REQUIRE(findings.size() == 5);
        for (int i = 0; i < 5; ++i) {
            const Action& action = data.actions.at(i + 1);
            const Finding& f = findings.at(i);
            CHECK(f.rule == QStringLiteral("action-sheet-complete"));
            CHECK(f.severity == Severity::Warning);
            CHECK(f.entity == Entity::Action);
            CHECK(f.uuid == action.uuid);
            CHECK(f.label == action.title);
            CHECK(f.message.contains(action.title));
            for (const QString& part : action.missingSheetFields())
                CHECK(f.message.contains(part));
        }
    }
    SECTION("a title with its own guillemets is quoted with “ ” inside the message")
    {
        Action titled = completeAction(2, QStringLiteral("Action n°1 du groupe « Mobilité »"));
        titled.objectives.clear();
        data.actions = {titled};
        const Findings findings = rules::checkActionSheetComplete(data);
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().label == titled.title); // the subject keeps its own title
        CHECK(findings.first().message.contains(QStringLiteral("Action n°1 du groupe “Mobilité”")));
        CHECK_FALSE(findings.first().message.contains(QStringLiteral("« Mobilité »")));
    }
    SECTION("abandoned actions are not checked")
    {
        Action abandoned = completeAction(2, QStringLiteral("Abandonnée"));
        abandoned.objectives.clear();
        abandoned.indicators.clear();
        abandoned.status = ActionStatus::Abandoned;
        data.actions = {abandoned};
        CHECK(rules::checkActionSheetComplete(data).isEmpty());
        data.actions.first().status = ActionStatus::Project;
        CHECK(rules::checkActionSheetComplete(data).size() == 1);
    }
}

TEST_CASE("checkAll lists errors first then warnings in rule order", "[domain][rules]")
{
    EditionData data = baseData();
    data.territories = {data.territories.first()};
    Action incomplete = completeAction(1, QStringLiteral("Fiche incomplète"));
    incomplete.indicators.clear();
    data.actions = {incomplete};
    data.groups = {group(1, QStringLiteral("Mobilité"), {Montpellierain}, CD, NoId)};
    // 2022-03-01: the launch COPIL is due this year (warning); no referent for the territory (error).
    const Findings findings = rules::checkAll(data, QDate(2022, 3, 1));
    QStringList order;
    for (const auto& f : findings)
        order << f.rule + QLatin1Char('/') + enumCode(f.severity);
    CHECK(order == QStringList{QStringLiteral("group-pilots/error"), QStringLiteral("territory-referent/error"),
                               QStringLiteral("copil-cadence/warning"),
                               QStringLiteral("action-sheet-complete/warning")});

    bool seenWarning = false;
    for (const auto& f : rules::checkAll(data, QDate(2026, 6, 1))) {
        if (f.severity == Severity::Warning)
            seenWarning = true;
        else
            CHECK_FALSE(seenWarning);
    }
    CHECK(rules::checkAll(data, QDate(2026, 6, 1)).size() > 4);
}

TEST_CASE("every rule has an id and a description", "[domain][rules]")
{
    const QStringList ids = rules::allRuleIds();
    CHECK(ids == QStringList{QStringLiteral("group-pilots"), QStringLiteral("copil-cadence"),
                             QStringLiteral("local-committee-yearly"), QStringLiteral("partner-referent"),
                             QStringLiteral("territory-referent"), QStringLiteral("action-sheet-complete"),
                             QStringLiteral("annual-evaluation"), QStringLiteral("deliberation-tally"),
                             QStringLiteral("meeting-in-edition")});
    for (const QString& id : ids)
        CHECK_FALSE(rules::describe(id).isEmpty());
    CHECK(rules::describe(QStringLiteral("no-such-rule")).isEmpty());
}

} // namespace pacte_test_domain_rules_governance_test
