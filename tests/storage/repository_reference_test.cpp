// Round trips of the reference records (territories, editions, axes, publics, dispositifs,
// evaluations) and of partners and persons through their repositories.
#include "common/testutil.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_repository_reference_test {

using namespace pacte;
using namespace pacte::test;

namespace {

int rowCount(Database& db, const QString& table)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

Edition makeEdition(const QString& title, int firstYear, int lastYear)
{
    Edition edition;
    edition.title = title;
    edition.departement = QStringLiteral("Hérault");
    edition.startDate = QDate(firstYear, 1, 1);
    edition.endDate = QDate(lastYear, 12, 31);
    return edition;
}

Territory makeTerritory(const QString& name)
{
    Territory territory;
    territory.name = name;
    territory.diagnostic = QStringLiteral("Diagnostic de ") + name;
    territory.priorities = QStringLiteral("Mobilité; logement");
    return territory;
}

Deliberation seedDeliberation()
{
    Deliberation d;
    d.body = QStringLiteral("Conseil communautaire");
    d.meetingDate = QDate(2023, 1, 30);
    d.convocationDate = QDate(2023, 1, 24);
    d.actIdentifier = QStringLiteral("034-243400694-20230130-10745-DE-1-1");
    d.chair = QStringLiteral("Jean-François Soto");
    d.secretary = QStringLiteral("Marie Durand");
    d.quorum = 25;
    d.present = 34;
    d.proxies = 12;
    d.voters = 46;
    d.inFavour = 46;
    d.publicationDate = QDate(2023, 2, 3);
    d.transmissionNumber = QStringLiteral("034-243400694-20230130-10745-DE");
    d.transmissionDate = QDate(2023, 2, 2);
    return d;
}

} // namespace

TEST_CASE("Territories and target publics and dispositifs round-trip", "[storage][repository]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("ref.pacte")));

    TerritoryRepository territories(*db);
    Territory thau = makeTerritory(QStringLiteral("Étang de Thau"));
    territories.insert(thau);
    CHECK(thau.id != NoId);
    CHECK_FALSE(thau.uuid.isNull());
    CHECK(territories.find(thau.id) == thau);
    CHECK(territories.findByUuid(thau.uuid) == thau);
    CHECK(territories.idOf(thau.uuid) == thau.id);

    thau.notes = QStringLiteral("Comité local réuni en mars");
    thau.priorities.clear();
    territories.update(thau);
    CHECK(territories.find(thau.id) == thau);

    TargetPublicRepository publics(*db);
    TargetPublic rsa{NoId, {}, QStringLiteral("Allocataires du RSA")};
    publics.insert(rsa);
    CHECK(publics.findByUuid(rsa.uuid) == rsa);
    rsa.name = QStringLiteral("Allocataires du RSA (soumis à droits et devoirs)");
    publics.update(rsa);
    CHECK(publics.find(rsa.id) == rsa);

    DispositifRepository dispositifs(*db);
    Dispositif pdi{NoId, {}, QStringLiteral("PDI"), QStringLiteral("Programme départemental d'insertion"), {}};
    dispositifs.insert(pdi);
    CHECK(dispositifs.find(pdi.id) == pdi);
    pdi.description = QStringLiteral("Adopté chaque année");
    dispositifs.update(pdi);
    CHECK(dispositifs.findByUuid(pdi.uuid) == pdi);

    territories.remove(thau.id);
    publics.remove(rsa.id);
    dispositifs.remove(pdi.id);
    CHECK_FALSE(territories.find(thau.id).has_value());
    CHECK_FALSE(publics.findByUuid(rsa.uuid).has_value());
    CHECK_FALSE(dispositifs.find(pdi.id).has_value());
    CHECK(territories.idOf(thau.uuid) == NoId);
}

TEST_CASE("Editions keep their predecessor, which is cleared when it is removed", "[storage][repository]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("editions.pacte")));
    EditionRepository editions(*db);

    Edition previous = makeEdition(QStringLiteral("PTI 2017-2021"), 2017, 2021);
    editions.insert(previous);
    Edition current = makeEdition(QStringLiteral("PTI 2022-2025"), 2022, 2025);
    current.predecessorId = previous.id;
    current.notes = QStringLiteral("Approuvé le 30 janvier 2023");
    editions.insert(current);

    CHECK(editions.find(current.id) == current);
    CHECK(editions.findByUuid(previous.uuid) == previous);
    const QList<Edition> all{previous, current};
    CHECK(editions.all() == all); // ordered by start date

    current.endDate = QDate(2026, 6, 30);
    current.departement = QStringLiteral("Hérault (34)");
    editions.update(current);
    CHECK(editions.find(current.id) == current);

    editions.remove(previous.id);
    CHECK_FALSE(editions.find(previous.id).has_value());
    CHECK(editions.find(current.id)->predecessorId == NoId);
}

TEST_CASE("An axis round-trips with its themes, whose ids survive an update", "[storage][repository]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("axes.pacte")));
    Edition edition = makeEdition(QStringLiteral("PTI 2022-2025"), 2022, 2025);
    EditionRepository(*db).insert(edition);
    Territory territory = makeTerritory(QStringLiteral("Biterrois"));
    TerritoryRepository(*db).insert(territory);

    AxisRepository axes(*db);
    Axis axis;
    axis.editionId = edition.id;
    axis.number = 1;
    axis.title = QStringLiteral("Lever les freins à l'insertion sociale et professionnelle");
    axis.objective = QStringLiteral("Lever les freins périphériques");
    for (const char* name : {"Isolement social", "Logement", "Santé"})
        axis.themes.append(Theme{NoId, {}, NoId, QString::fromUtf8(name), QStringLiteral("Exemple")});
    axes.insert(axis);
    REQUIRE(axis.themes.size() == 3);
    for (const auto& theme : axis.themes) {
        CHECK(theme.id != NoId);
        CHECK(theme.axisId == axis.id);
        CHECK_FALSE(theme.uuid.isNull());
    }
    CHECK(axes.find(axis.id) == axis);
    CHECK(axes.findByUuid(axis.uuid) == axis);

    // A working group refers to the second theme; updating the axis must not orphan it.
    WorkingGroup group;
    group.editionId = edition.id;
    group.name = QStringLiteral("Logement d'abord");
    group.axisId = axis.id;
    group.themeId = axis.themes.at(1).id;
    group.territoryIds = {territory.id};
    WorkingGroupRepository(*db).insert(group);

    const Id housingId = axis.themes.at(1).id;
    const Id isolationId = axis.themes.at(0).id;
    const Id healthId = axis.themes.at(2).id;
    axis.title = QStringLiteral("Lever les freins");
    axis.themes[1].name = QStringLiteral("Logement et hébergement");
    axis.themes.removeAt(2);                                                         // Santé
    axis.themes.prepend(Theme{NoId, {}, NoId, QStringLiteral("Illectronisme"), {}}); // new, first
    axes.update(axis);

    const auto reloaded = axes.find(axis.id);
    REQUIRE(reloaded.has_value());
    CHECK(*reloaded == axis);
    REQUIRE(reloaded->themes.size() == 3);
    CHECK(reloaded->themes.at(0).name == QStringLiteral("Illectronisme"));
    CHECK(reloaded->themes.at(1).id == isolationId);
    CHECK(reloaded->themes.at(2).id == housingId);
    CHECK(WorkingGroupRepository(*db).find(group.id)->themeId == housingId);
    SqlQuery gone(*db, QStringLiteral("SELECT COUNT(*) FROM theme WHERE id = ?"));
    gone.bind(healthId).exec();
    REQUIRE(gone.next());
    CHECK(gone.integer(0) == 0);

    // Removing the theme a group uses clears the group's theme; removing the axis removes its themes.
    axis.themes.removeAt(2);
    axes.update(axis);
    CHECK(WorkingGroupRepository(*db).find(group.id)->themeId == NoId);
    axes.remove(axis.id);
    CHECK_FALSE(axes.find(axis.id).has_value());
    CHECK(rowCount(*db, QStringLiteral("theme")) == 0);
    CHECK(WorkingGroupRepository(*db).find(group.id)->axisId == NoId);
}

TEST_CASE("Evaluations round-trip and belong to their edition", "[storage][repository]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("eval.pacte")));
    Edition edition = makeEdition(QStringLiteral("PTI 2022-2025"), 2022, 2025);
    EditionRepository(*db).insert(edition);

    EvaluationRepository evaluations(*db);
    Evaluation yearly{NoId,
                      {},
                      edition.id,
                      2023,
                      EvaluationKind::Intermediate,
                      QDate(2024, 3, 12),
                      QStringLiteral("Bilan intermédiaire présenté au COPIL"),
                      QStringLiteral("Circuit de décision lisible"),
                      {},
                      {}};
    // A final review dated "au" a day of its year, as the 2017-2021 pact's "au 31 juillet 2021".
    Evaluation closing{NoId, {}, edition.id, 2025, EvaluationKind::Final, {}, {}, {}, {}, QDate(2025, 7, 31)};
    evaluations.insert(yearly);
    evaluations.insert(closing);
    CHECK(evaluations.find(yearly.id) == yearly);
    CHECK(evaluations.findByUuid(closing.uuid) == closing);

    closing.date = QDate(2026, 2, 1);
    closing.assessment = QStringLiteral("Bilan final");
    evaluations.update(closing);
    CHECK(evaluations.find(closing.id) == closing);

    // The assessments per axis are children of the evaluation.
    Axis first;
    first.editionId = edition.id;
    first.number = 1;
    first.title = QStringLiteral("Lever les freins");
    Axis second = first;
    second.number = 2;
    second.title = QStringLiteral("Continuité des parcours");
    AxisRepository(*db).insert(first);
    AxisRepository(*db).insert(second);
    yearly.axisAssessments = {{first.id, QStringLiteral("Effets sur la mobilité")},
                              {second.id, QStringLiteral("Moins de ruptures")}};
    evaluations.update(yearly);
    CHECK(evaluations.find(yearly.id) == yearly);
    yearly.axisAssessments.removeFirst();
    evaluations.update(yearly);
    CHECK(evaluations.find(yearly.id) == yearly);
    CHECK(countWhere<Evaluation>(*db, QStringLiteral("edition_id = ?"), {edition.id}) == 2);

    evaluations.remove(yearly.id);
    CHECK_FALSE(evaluations.find(yearly.id).has_value());
    EditionRepository(*db).remove(edition.id);
    CHECK(evaluations.count() == 0);
}

TEST_CASE("A partner round-trips with territories, signatures and a full deliberation", "[storage][repository]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("partners.pacte")));
    Edition previous = makeEdition(QStringLiteral("PTI 2017-2021"), 2017, 2021);
    Edition current = makeEdition(QStringLiteral("PTI 2022-2025"), 2022, 2025);
    EditionRepository(*db).insert(previous);
    EditionRepository(*db).insert(current);
    Territory a = makeTerritory(QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"));
    Territory b = makeTerritory(QStringLiteral("Petite Camargue"));
    TerritoryRepository(*db).insert(a);
    TerritoryRepository(*db).insert(b);

    PartnerRepository partners(*db);
    Partner cc;
    cc.name = QStringLiteral("Communauté de communes Vallée de l'Hérault");
    cc.acronym = QStringLiteral("CCVH");
    cc.category = PartnerCategory::Intercommunality;
    cc.territoryIds = {a.id, b.id};
    cc.notes = QStringLiteral("Délibération du 30 janvier 2023");
    Signature old{NoId,
                  {},
                  previous.id,
                  SignatureStatus::Signed,
                  QDate(2017, 6, 1),
                  QStringLiteral("Louis Villaret"),
                  QStringLiteral("Président"),
                  std::nullopt};
    Signature signature{NoId,
                        {},
                        current.id,
                        SignatureStatus::Signed,
                        QDate(2023, 2, 10),
                        QStringLiteral("Jean-François Soto"),
                        QStringLiteral("Président"),
                        seedDeliberation()};
    cc.signatures = {old, signature};
    partners.insert(cc);
    REQUIRE(cc.signatures.size() == 2);
    CHECK(cc.signatures.at(0).id != NoId);
    CHECK(cc.signatures.at(1).id != NoId);
    CHECK(partners.find(cc.id) == cc);
    CHECK(partners.findByUuid(cc.uuid) == cc);

    // Update: fewer territories, the old signature dropped, the deliberation's tally changed.
    const Id keptSignatureId = cc.signatures.at(1).id;
    cc.territoryIds = {b.id};
    cc.signatures.removeFirst();
    cc.signatures[0].deliberation->against = 2;
    cc.signatures[0].deliberation->inFavour = 44;
    cc.signatures[0].status = SignatureStatus::Pending;
    cc.acronym.clear();
    partners.update(cc);
    const auto reloaded = partners.find(cc.id);
    REQUIRE(reloaded.has_value());
    CHECK(*reloaded == cc);
    CHECK(reloaded->signatures.at(0).id == keptSignatureId);
    CHECK(rowCount(*db, QStringLiteral("signature")) == 1);

    // A deliberation can be withdrawn without touching the signature.
    cc.signatures[0].deliberation.reset();
    partners.update(cc);
    CHECK(partners.find(cc.id) == cc);
    CHECK(rowCount(*db, QStringLiteral("deliberation")) == 0);

    cc.signatures[0].deliberation = seedDeliberation();
    partners.update(cc);
    partners.remove(cc.id);
    CHECK_FALSE(partners.find(cc.id).has_value());
    CHECK(rowCount(*db, QStringLiteral("signature")) == 0);
    CHECK(rowCount(*db, QStringLiteral("deliberation")) == 0);
    CHECK(rowCount(*db, QStringLiteral("partner_territory")) == 0);
}

TEST_CASE("A person round-trips with roles, including a territory referent", "[storage][repository]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("persons.pacte")));
    Territory biterrois = makeTerritory(QStringLiteral("Biterrois"));
    Territory thau = makeTerritory(QStringLiteral("Étang de Thau"));
    TerritoryRepository(*db).insert(biterrois);
    TerritoryRepository(*db).insert(thau);
    Partner cd;
    cd.name = QStringLiteral("Conseil départemental de l'Hérault");
    cd.category = PartnerCategory::Departement;
    PartnerRepository(*db).insert(cd);

    PersonRepository persons(*db);
    Person person;
    person.firstName = QStringLiteral("Claire");
    person.lastName = QStringLiteral("Martin");
    person.function = QStringLiteral("Chargée de mission PTI");
    person.email = QStringLiteral("claire.martin@herault.fr");
    person.phone = QStringLiteral("04 67 00 00 00");
    person.partnerId = cd.id;
    person.roles = {{PersonRoleKind::Coordinator, NoId},
                    {PersonRoleKind::TerritoryReferent, biterrois.id},
                    {PersonRoleKind::PartnerReferent, NoId}};
    persons.insert(person);
    CHECK(persons.find(person.id) == person);
    CHECK(persons.findByUuid(person.uuid) == person);

    person.roles = {{PersonRoleKind::TerritoryReferent, thau.id}, {PersonRoleKind::TerritoryReferent, biterrois.id}};
    person.phone.clear();
    person.notes = QStringLiteral("Référente de deux territoires");
    persons.update(person);
    CHECK(persons.find(person.id) == person);

    // Removing a territory removes the role that names it; removing the partner keeps the person.
    TerritoryRepository(*db).remove(thau.id);
    const auto afterTerritory = persons.find(person.id);
    REQUIRE(afterTerritory.has_value());
    const QList<PersonRole> expectedRoles{{PersonRoleKind::TerritoryReferent, biterrois.id}};
    CHECK(afterTerritory->roles == expectedRoles);
    PartnerRepository(*db).remove(cd.id);
    CHECK(persons.find(person.id)->partnerId == NoId);

    persons.remove(person.id);
    CHECK_FALSE(persons.find(person.id).has_value());
    CHECK(rowCount(*db, QStringLiteral("person_role")) == 0);
}

} // namespace pacte_test_storage_repository_reference_test
