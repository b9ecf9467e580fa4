// tests/data/dumps/good/full.json fills every field of every entity; after importDump() the
// repositories give each value back.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "storage/repository.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_fields_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QUuid uuid(const char* text)
{
    return QUuid::fromString(QLatin1String(text));
}

// The uuids of full.json.
const QUuid Montpellierain = uuid("10000000-0000-4000-8000-000000000001");
const QUuid CoeurHerault = uuid("10000000-0000-4000-8000-000000000002");
const QUuid Rsa = uuid("b0000000-0000-4000-8000-000000000001");
const QUuid Jeunes = uuid("b0000000-0000-4000-8000-000000000002");
const QUuid Pdi = uuid("c0000000-0000-4000-8000-000000000001");
const QUuid Fse = uuid("c0000000-0000-4000-8000-000000000002");
const QUuid CD = uuid("20000000-0000-4000-8000-000000000001");
const QUuid CCVH = uuid("20000000-0000-4000-8000-000000000002");
const QUuid DDETS = uuid("20000000-0000-4000-8000-000000000003");
const QUuid Fabre = uuid("30000000-0000-4000-8000-000000000001");
const QUuid Arnaud = uuid("30000000-0000-4000-8000-000000000002");
const QUuid Pti2017 = uuid("40000000-0000-4000-8000-000000000001");
const QUuid Pti2022 = uuid("40000000-0000-4000-8000-000000000002");
const QUuid Axis1 = uuid("50000000-0000-4000-8000-000000000021");
const QUuid Axis2 = uuid("50000000-0000-4000-8000-000000000022");
const QUuid Mobilite = uuid("51000000-0000-4000-8000-000000000211");
const QUuid Group = uuid("60000000-0000-4000-8000-000000000001");
const QUuid ActionUuid = uuid("70000000-0000-4000-8000-000000000001");

class FullDump
{
public:
    FullDump()
        : m_db(createDatabase(m_dir.path(QStringLiteral("complet.pacte"))))
    {
        importDump(*m_db, fileBytes(testDataPath(QStringLiteral("dumps/good/full.json"))));
    }
    Database& db() { return *m_db; }
    template <typename T>
    T get(const QUuid& id)
    {
        const auto found = Repository<T>(*m_db).findByUuid(id);
        REQUIRE(found.has_value());
        return *found;
    }
    template <typename T>
    Id idOf(const QUuid& id)
    {
        const Id found = Repository<T>(*m_db).idOf(id);
        REQUIRE(found != NoId);
        return found;
    }

private:
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_CASE("full dump: territories publics and dispositifs", "[exchange][dump][fields]")
{
    FullDump dump;
    const auto t = dump.get<Territory>(Montpellierain);
    CHECK(t.name == QStringLiteral("Montpelliérain"));
    CHECK(t.diagnostic == QStringLiteral("Forte densité de publics au RSA."));
    CHECK(t.priorities == QStringLiteral("Illectronisme ; mobilité."));
    CHECK(t.notes == QStringLiteral("Territoire test n°1"));
    CHECK(dump.get<Territory>(CoeurHerault).name == QStringLiteral("Cœur d'Hérault – Pic Saint-Loup"));

    CHECK(dump.get<TargetPublic>(Jeunes).name == QStringLiteral("Jeunes sans qualification"));
    const auto pdi = dump.get<Dispositif>(Pdi);
    CHECK(pdi.acronym == QStringLiteral("PDI"));
    CHECK(pdi.name == QStringLiteral("Programme départemental d'insertion"));
    CHECK(pdi.description == QStringLiteral("Le programme du Département."));
}

TEST_CASE("full dump: partners with signatures and the deliberation", "[exchange][dump][fields]")
{
    FullDump dump;
    const Id pti2022 = dump.idOf<Edition>(Pti2022);
    const auto ccvh = dump.get<Partner>(CCVH);
    CHECK(ccvh.name == QStringLiteral("Communauté de communes Vallée de l'Hérault"));
    CHECK(ccvh.acronym == QStringLiteral("CCVH"));
    CHECK(ccvh.category == PartnerCategory::Intercommunality);
    CHECK(ccvh.notes == QStringLiteral("Délibération du 30 janvier 2023."));
    CHECK(ccvh.territoryIds == (QList<Id>{dump.idOf<Territory>(Montpellierain), dump.idOf<Territory>(CoeurHerault)}));
    REQUIRE(ccvh.signatures.size() == 1);
    const Signature& s = ccvh.signatures.first();
    CHECK(s.uuid == uuid("a0000000-0000-4000-8000-000000000001"));
    CHECK(s.editionId == pti2022);
    CHECK(s.status == SignatureStatus::Signed);
    CHECK(s.date == QDate(2023, 2, 15));
    CHECK(s.signatoryName == QStringLiteral("Jean-François SOTO"));
    CHECK(s.signatoryFunction == QStringLiteral("Président"));
    REQUIRE(s.deliberation.has_value());
    const Deliberation& d = *s.deliberation;
    CHECK(d.body == QStringLiteral("Conseil communautaire"));
    CHECK(d.meetingDate == QDate(2023, 1, 30));
    CHECK(d.convocationDate == QDate(2023, 1, 19));
    CHECK(d.actIdentifier == QStringLiteral("034-243400694-20230130-10745-DE-1-1"));
    CHECK(d.chair == QStringLiteral("Philippe SALASC"));
    CHECK(d.secretary == QStringLiteral("Marie-Hélène SANCHEZ"));
    CHECK(d.quorum == 25);
    CHECK(d.present == 34);
    CHECK(d.proxies == 12);
    CHECK(d.voters == 46);
    CHECK(d.inFavour == 46);
    CHECK(d.against == 0);
    CHECK(d.abstentions == 0);
    CHECK(d.notVoting == 0);
    CHECK(d.publicationDate == QDate(2023, 1, 31));
    CHECK(d.transmissionNumber == QStringLiteral("3090"));
    CHECK(d.transmissionDate == QDate(2023, 1, 31));

    const auto cd = dump.get<Partner>(CD);
    CHECK(cd.category == PartnerCategory::Departement);
    CHECK(cd.territoryIds.isEmpty());
    REQUIRE(cd.signatures.size() == 1);
    CHECK(cd.signatures.first().signatoryName == QStringLiteral("Kléber MESQUIDA"));
    CHECK_FALSE(cd.signatures.first().deliberation.has_value());

    const auto ddets = dump.get<Partner>(DDETS);
    CHECK(ddets.category == PartnerCategory::State);
    REQUIRE(ddets.signatures.size() == 1);
    CHECK(ddets.signatures.first().status == SignatureStatus::Pending);
    CHECK_FALSE(ddets.signatures.first().date.isValid());
}

TEST_CASE("full dump: a signatory's commitments with their links and provenance", "[exchange][dump][fields]")
{
    FullDump dump;
    const auto ccvh = dump.get<Partner>(CCVH);
    REQUIRE(ccvh.commitments.size() == 1);
    const Commitment& c = ccvh.commitments.first();
    CHECK(c.uuid == uuid("a1000000-0000-4000-8000-000000000001"));
    CHECK(c.editionId == dump.idOf<Edition>(Pti2022));
    CHECK(c.text == QStringLiteral("Nommer un ou plusieurs référents PTI au sein de sa structure."));
    CHECK(c.axisIds == QList<Id>{dump.idOf<Axis>(Axis1)});
    REQUIRE(c.themeIds.size() == 1);
    CHECK(c.actionIds == QList<Id>{dump.idOf<Action>(ActionUuid)});
    CHECK(c.provenance.kind == ProvenanceKind::Quoted);
    CHECK(c.provenance.source == QStringLiteral("Les référents PTI"));
    CHECK(c.provenance.note.isEmpty());
    const auto ddets = dump.get<Partner>(DDETS);
    REQUIRE(ddets.commitments.size() == 1);
    CHECK(ddets.commitments.first().provenance.isDefault());
    CHECK(dump.get<Partner>(CD).commitments.isEmpty());
}

TEST_CASE("full dump: a person with roles", "[exchange][dump][fields]")
{
    FullDump dump;
    const auto p = dump.get<Person>(Fabre);
    CHECK(p.firstName == QStringLiteral("Claire"));
    CHECK(p.lastName == QStringLiteral("FABRE"));
    CHECK(p.function == QStringLiteral("Chargée de mission PTI"));
    CHECK(p.email == QStringLiteral("claire.fabre@herault.fr"));
    CHECK(p.phone == QStringLiteral("04 67 67 67 67"));
    CHECK(p.partnerId == dump.idOf<Partner>(CD));
    CHECK(p.notes == QStringLiteral("Coordonne le PTI."));
    const QList<PersonRole> roles{{PersonRoleKind::Coordinator, NoId},
                                  {PersonRoleKind::TerritoryReferent, dump.idOf<Territory>(CoeurHerault)},
                                  {PersonRoleKind::PartnerReferent, NoId}};
    CHECK(p.roles == roles);
    CHECK(dump.get<Person>(Arnaud).partnerId == dump.idOf<Partner>(CCVH));
}

TEST_CASE("full dump: editions with axes and themes", "[exchange][dump][fields]")
{
    FullDump dump;
    const auto e = dump.get<Edition>(Pti2022);
    CHECK(e.title == QStringLiteral("PTI 2022-2025"));
    CHECK(e.departement == QStringLiteral("Hérault"));
    CHECK(e.startDate == QDate(2022, 1, 1));
    CHECK(e.endDate == QDate(2025, 12, 31));
    CHECK(e.predecessorId == dump.idOf<Edition>(Pti2017));
    CHECK(e.notes == QStringLiteral("Approuvé en 2023."));
    const auto previous = dump.get<Edition>(Pti2017);
    CHECK(previous.predecessorId == NoId);
    CHECK(previous.notes == QStringLiteral("Prolongé jusqu'au 31 décembre 2021."));

    const auto axis = dump.get<Axis>(Axis1);
    CHECK(axis.editionId == e.id);
    CHECK(axis.number == 1);
    CHECK(axis.title == QStringLiteral("Lever les freins à l'insertion sociale et professionnelle"));
    CHECK(axis.objective == QStringLiteral("Participer à lever les freins à l'insertion."));
    REQUIRE(axis.themes.size() == 2);
    CHECK(axis.themes.at(0).uuid == Mobilite);
    CHECK(axis.themes.at(0).axisId == axis.id);
    CHECK(axis.themes.at(0).name == QStringLiteral("Mobilité et motilité"));
    CHECK(axis.themes.at(0).description == QStringLiteral("Se déplacer et oser se déplacer."));
    CHECK(axis.themes.at(1).name == QStringLiteral("Illectronisme"));
    CHECK(dump.get<Axis>(Axis2).themes.isEmpty());
    CHECK(AxisRepository(dump.db()).count() == 3);
}

TEST_CASE("full dump: a working group", "[exchange][dump][fields]")
{
    FullDump dump;
    const auto g = dump.get<WorkingGroup>(Group);
    CHECK(g.editionId == dump.idOf<Edition>(Pti2022));
    CHECK(g.name == QStringLiteral("Mobilité et insertion"));
    CHECK(g.axisId == dump.idOf<Axis>(Axis1));
    CHECK(g.themeId != NoId);
    CHECK(g.themeId == dump.get<Axis>(Axis1).themes.at(0).id);
    // The order of the territories is the file's.
    CHECK(g.territoryIds == (QList<Id>{dump.idOf<Territory>(CoeurHerault), dump.idOf<Territory>(Montpellierain)}));
    CHECK(g.pilotPartnerId == dump.idOf<Partner>(DDETS));
    CHECK(g.coPilotPartnerId == dump.idOf<Partner>(CD));
    CHECK(g.pilotPersonId == dump.idOf<Person>(Arnaud));
    CHECK(g.coPilotPersonId == dump.idOf<Person>(Fabre));
    CHECK(g.memberPartnerIds == QList<Id>{dump.idOf<Partner>(CCVH)});
    QList<Id> persons = g.memberPersonIds;
    std::sort(persons.begin(), persons.end());
    QList<Id> expected{dump.idOf<Person>(Fabre), dump.idOf<Person>(Arnaud)};
    std::sort(expected.begin(), expected.end());
    CHECK(persons == expected);
    CHECK(g.status == GroupStatus::Closed);
    CHECK(g.notes == QStringLiteral("Groupe clos en 2024."));
}

TEST_CASE("full dump: an action with its indicators and measurements", "[exchange][dump][fields]")
{
    FullDump dump;
    const auto a = dump.get<Action>(ActionUuid);
    CHECK(a.groupId == dump.idOf<WorkingGroup>(Group));
    CHECK(a.title == QStringLiteral("Plateforme mobilité"));
    CHECK(a.axisId == dump.idOf<Axis>(Axis1));
    CHECK(a.themeId == dump.get<Axis>(Axis1).themes.at(0).id);
    CHECK(a.objectives == QStringLiteral("Lever le frein de la mobilité."));
    CHECK(a.publicIds == (QList<Id>{dump.idOf<TargetPublic>(Rsa), dump.idOf<TargetPublic>(Jeunes)}));
    CHECK(a.modalities == QStringLiteral("Diagnostic mobilité et prêt de véhicules."));
    CHECK(a.deliverables == QStringLiteral("Une plateforme."));
    CHECK(a.dispositifIds == (QList<Id>{dump.idOf<Dispositif>(Pdi), dump.idOf<Dispositif>(Fse)}));
    CHECK(a.startDate == QDate(2022, 9, 1));
    CHECK(a.endDate == QDate(2024, 6, 30));
    CHECK(a.status == ActionStatus::InProgress);
    CHECK(a.experimentation);
    CHECK(a.notes == QStringLiteral("Expérimentation sur deux territoires."));
    CHECK(a.missingSheetFields().isEmpty());

    REQUIRE(a.indicators.size() == 2);
    const Indicator& rate = a.indicators.at(0);
    CHECK(rate.uuid == uuid("71000000-0000-4000-8000-000000000001"));
    CHECK(rate.name == QStringLiteral("Taux de retour à l'emploi"));
    CHECK(rate.kind == IndicatorKind::Outcome);
    CHECK(rate.unit == QStringLiteral("%"));
    CHECK(rate.baseline == 12.5);
    CHECK(rate.target == 20.0);
    REQUIRE(rate.measurements.size() == 2);
    const Measurement& m1 = rate.measurements.at(0);
    CHECK(m1.uuid == uuid("72000000-0000-4000-8000-000000000001"));
    CHECK(m1.date == QDate(2022, 12, 31));
    CHECK(m1.value == 14.0);
    CHECK(m1.target == 20.0);
    CHECK(m1.comment == QStringLiteral("Premier bilan."));
    const Measurement& m2 = rate.measurements.at(1);
    CHECK(m2.date == QDate(2023, 6, 30));
    CHECK(m2.value == 17.5);
    CHECK_FALSE(m2.target.has_value());
    CHECK(m2.comment == QStringLiteral("Bilan intermédiaire."));
    REQUIRE(rate.latest() != nullptr);
    CHECK(rate.latest()->uuid == m2.uuid);

    const Indicator& participants = a.indicators.at(1);
    CHECK(participants.name == QStringLiteral("Nombre de participants"));
    CHECK(participants.kind == IndicatorKind::Output);
    CHECK(participants.unit == QStringLiteral("personnes"));
    CHECK_FALSE(participants.baseline.has_value());
    CHECK(participants.target == 150.0);
    CHECK(participants.measurements.isEmpty());
}

TEST_CASE("full dump: a meeting and the evaluations", "[exchange][dump][fields]")
{
    FullDump dump;
    const Id pti2022 = dump.idOf<Edition>(Pti2022);
    const auto m = dump.get<Meeting>(uuid("80000000-0000-4000-8000-000000000001"));
    CHECK(m.editionId == pti2022);
    CHECK(m.kind == MeetingKind::LocalCommittee);
    CHECK(m.status == MeetingStatus::Held);
    CHECK(m.date == QDate(2022, 10, 4));
    CHECK(m.title == QStringLiteral("Comité local d'animation"));
    CHECK(m.territoryId == dump.idOf<Territory>(Montpellierain));
    CHECK(m.groupId == dump.idOf<WorkingGroup>(Group));
    CHECK(m.partnerIds == (QList<Id>{dump.idOf<Partner>(CD), dump.idOf<Partner>(CCVH)}));
    CHECK(m.personIds == QList<Id>{dump.idOf<Person>(Fabre)});
    CHECK(m.headCount == 23);
    CHECK(m.agenda == QStringLiteral("Bilan des actions."));
    CHECK(m.decisions == QStringLiteral("Poursuivre la plateforme."));

    const auto yearly = dump.get<Evaluation>(uuid("90000000-0000-4000-8000-000000000001"));
    CHECK(yearly.editionId == pti2022);
    CHECK(yearly.year == 2022);
    CHECK(yearly.kind == EvaluationKind::Intermediate);
    CHECK(yearly.date == QDate(2023, 3, 1));
    CHECK(yearly.assessment == QStringLiteral("Démarrage satisfaisant."));
    const auto closing = dump.get<Evaluation>(uuid("90000000-0000-4000-8000-000000000002"));
    CHECK(closing.year == 2025);
    CHECK(closing.kind == EvaluationKind::Final);
    CHECK(closing.date == QDate(2026, 2, 15));
    CHECK(closing.assessment == QStringLiteral("Objectifs atteints."));
    CHECK(EvaluationRepository(dump.db()).count() == 2);
}

} // namespace pacte_test_exchange_dump_fields_test
