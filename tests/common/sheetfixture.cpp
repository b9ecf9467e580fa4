#include "sheetfixture.h"

#include "storage/repository.h"

#include <catch2/catch.hpp>

namespace pacte::test {

namespace {

template <typename T>
Id add(Database& db, T item)
{
    Repository<T>(db).insert(item);
    return item.id;
}

} // namespace

SheetFixture makeSheetFixture(const QString& path)
{
    SheetFixture f;
    f.path = path;
    f.db = Database::create(path, QStringLiteral("coordinatrice"));
    Database& db = *f.db;
    f.editionId = add(db, Edition{NoId,
                                  {},
                                  QStringLiteral("PTI 2022-2025"),
                                  QStringLiteral("Hérault"),
                                  QDate(2022, 1, 1),
                                  QDate(2025, 12, 31),
                                  NoId,
                                  {},
                                  {},
                                  {}});
    f.otherEditionId = add(db, Edition{NoId,
                                       {},
                                       QStringLiteral("PTI 2017-2021"),
                                       QStringLiteral("Hérault"),
                                       QDate(2017, 1, 1),
                                       QDate(2021, 12, 31),
                                       NoId,
                                       {},
                                       {},
                                       {}});
    Axis a1{NoId, {}, f.editionId, 1, QStringLiteral("Lever les freins"), {}, {}};
    a1.themes = {Theme{NoId, {}, NoId, QStringLiteral("Mobilité et motilité"), {}},
                 Theme{NoId, {}, NoId, QStringLiteral("Logement"), {}}};
    AxisRepository(db).insert(a1);
    f.axis1 = a1.id;
    f.theme1 = a1.themes.at(0).id;
    f.theme2 = a1.themes.at(1).id;
    Axis a2{NoId, {}, f.editionId, 2, QStringLiteral("Monde du travail"), {}, {}};
    a2.themes = {Theme{NoId, {}, NoId, QStringLiteral("Attractivité"), {}}};
    AxisRepository(db).insert(a2);
    f.axis2 = a2.id;
    f.theme3 = a2.themes.at(0).id;
    Axis old{NoId, {}, f.otherEditionId, 1, QStringLiteral("Accès aux droits"), {}, {}};
    AxisRepository(db).insert(old);
    f.otherAxis = old.id;
    f.otherAxisUuid = old.uuid;

    f.territoryA = add(db, Territory{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}});
    f.territoryB = add(db, Territory{NoId, {}, QStringLiteral("Étang de Thau"), {}, {}, {}});
    f.partner1 = add(db, Partner{NoId,
                                 {},
                                 QStringLiteral("Direction départementale"),
                                 QStringLiteral("DDETS"),
                                 PartnerCategory::State,
                                 {},
                                 {},
                                 {},
                                 {},
                                 {}});
    f.partner2 = add(db, Partner{NoId,
                                 {},
                                 QStringLiteral("Conseil départemental"),
                                 QStringLiteral("CD34"),
                                 PartnerCategory::Departement,
                                 {},
                                 {},
                                 {},
                                 {},
                                 {}});
    f.partner3 = add(
        db,
        Partner{
            NoId, {}, QStringLiteral("Mission locale"), QString(), PartnerCategory::MissionLocale, {}, {}, {}, {}, {}});
    f.person1 = add(db, Person{NoId,
                               {},
                               QStringLiteral("Claire"),
                               QStringLiteral("Martin"),
                               QStringLiteral("Référente"),
                               QStringLiteral("claire@example.org"),
                               {},
                               f.partner1,
                               {},
                               {}});
    f.person2 =
        add(db, Person{NoId, {}, QStringLiteral("Hugo"), QStringLiteral("Roux"), {}, {}, {}, f.partner2, {}, {}});
    f.public1 = add(db, TargetPublic{NoId, {}, QStringLiteral("Allocataires du RSA")});
    f.public2 = add(db, TargetPublic{NoId, {}, QStringLiteral("Jeunes")});
    TargetPublic p3{NoId, {}, QStringLiteral("Séniors")};
    TargetPublicRepository(db).insert(p3);
    f.public3 = p3.id;
    f.public3Uuid = p3.uuid;
    f.dispositif1 = add(db, Dispositif{NoId, {}, QStringLiteral("PDI"), QStringLiteral("Programme départemental"), {}});
    f.dispositif2 = add(db, Dispositif{NoId, {}, QStringLiteral("FSE"), QStringLiteral("Fonds social européen"), {}});

    WorkingGroup g;
    g.editionId = f.editionId;
    g.name = QStringLiteral("Mobilité");
    g.axisId = f.axis1;
    g.themeId = f.theme1;
    g.territoryIds = {f.territoryA};
    g.pilotPartnerId = f.partner1;
    g.coPilotPartnerId = f.partner2;
    g.pilotPersonId = f.person1;
    g.memberPartnerIds = {f.partner3};
    WorkingGroupRepository(db).insert(g);
    f.group = g.id;
    f.groupUuid = g.uuid;
    WorkingGroup h;
    h.editionId = f.editionId;
    h.name = QStringLiteral("Numérique");
    h.territoryIds = {f.territoryB};
    WorkingGroupRepository(db).insert(h);
    f.otherGroup = h.id;

    Action garage;
    garage.groupId = f.group;
    garage.title = QStringLiteral("Garage solidaire");
    garage.axisId = f.axis1;
    garage.themeId = f.theme1;
    garage.objectives = QStringLiteral("Réparer les véhicules des allocataires");
    garage.publicIds = {f.public1, f.public2};
    garage.modalities = QStringLiteral("Atelier associatif");
    garage.deliverables = QStringLiteral("Bilan annuel");
    garage.dispositifIds = {f.dispositif1};
    garage.startDate = QDate(2023, 1, 15);
    garage.endDate = QDate(2025, 6, 30);
    garage.status = ActionStatus::InProgress;
    garage.notes = QStringLiteral("Financement à confirmer");
    Indicator vehicles;
    vehicles.name = QStringLiteral("Véhicules prêtés");
    vehicles.unit = QStringLiteral("véhicules");
    vehicles.baseline = 0;
    vehicles.target = 40;
    vehicles.measurements = {Measurement{NoId, {}, QDate(2023, 12, 31), 12, 20, QStringLiteral("première année")},
                             Measurement{NoId, {}, QDate(2024, 12, 31), 25, 30, {}}};
    Indicator returns;
    returns.name = QStringLiteral("Retours à l'emploi");
    returns.kind = IndicatorKind::Outcome;
    returns.unit = QStringLiteral("%");
    garage.indicators = {vehicles, returns};
    ActionRepository(db).insert(garage);
    f.garage = garage.id;
    f.garageUuid = garage.uuid;
    f.vehiclesUuid = garage.indicators.at(0).uuid;
    f.returnsUuid = garage.indicators.at(1).uuid;
    f.measurement1Uuid = garage.indicators.at(0).measurements.at(0).uuid;
    f.measurement2Uuid = garage.indicators.at(0).measurements.at(1).uuid;

    Action autoEcole;
    autoEcole.groupId = f.group;
    autoEcole.title = QStringLiteral("Auto-école sociale");
    autoEcole.status = ActionStatus::Project;
    ActionRepository(db).insert(autoEcole);
    f.autoEcole = autoEcole.id;
    f.autoEcoleUuid = autoEcole.uuid;

    Action other;
    other.groupId = f.otherGroup;
    other.title = QStringLiteral("Ateliers numériques");
    ActionRepository(db).insert(other);
    f.otherAction = other.id;
    f.otherActionUuid = other.uuid;

    Meeting m1;
    m1.editionId = f.editionId;
    m1.kind = MeetingKind::WorkingGroup;
    m1.status = MeetingStatus::Held;
    m1.date = QDate(2024, 3, 12);
    m1.title = QStringLiteral("Lancement");
    m1.groupId = f.group;
    m1.territoryId = f.territoryA;
    m1.partnerIds = {f.partner1, f.partner3};
    m1.personIds = {f.person1};
    m1.headCount = 14;
    m1.agenda = QStringLiteral("Présentation");
    m1.decisions = QStringLiteral("Lancer le garage");
    MeetingRepository(db).insert(m1);
    f.meeting1 = m1.id;
    f.meeting1Uuid = m1.uuid;
    Meeting m2 = m1;
    m2.id = NoId;
    m2.uuid = {};
    m2.status = MeetingStatus::Planned;
    m2.date = QDate(2025, 3, 10);
    m2.title = QStringLiteral("Bilan");
    m2.partnerIds = {};
    m2.personIds = {};
    m2.headCount = 0;
    m2.agenda.clear();
    m2.decisions.clear();
    MeetingRepository(db).insert(m2);
    f.meeting2 = m2.id;
    f.meeting2Uuid = m2.uuid;
    Meeting n = m1;
    n.id = NoId;
    n.uuid = {};
    n.groupId = f.otherGroup;
    n.territoryId = f.territoryB;
    MeetingRepository(db).insert(n);
    f.otherMeeting = n.id;
    f.otherMeetingUuid = n.uuid;
    return f;
}

} // namespace pacte::test
