#include "renewalfixture.h"

#include "storage/editionloader.h"
#include "storage/repository.h"

#include <stdexcept>

namespace pacte::test {

namespace {

Id themeNamed(const QList<Axis>& axes, const QString& name, Id* axisId)
{
    for (const auto& axis : axes) {
        for (const auto& theme : axis.themes) {
            if (theme.name == name) {
                *axisId = axis.id;
                return theme.id;
            }
        }
    }
    throw std::runtime_error("no such theme in the demo");
}

} // namespace

RenewalScene addRenewalScene(Database& db)
{
    RenewalScene scene;
    const auto source = findEditionByTitle(db, QStringLiteral("PTI 2022-2025"));
    if (!source)
        throw std::runtime_error("the demo has no PTI 2022-2025");
    scene.source = *source;
    const auto axes = AxisRepository(db).ofEdition(source->id);
    const auto partners = PartnerRepository(db).all();
    const auto territories = TerritoryRepository(db).all();

    const auto addGroup = [&](const char* name, const QString& theme, GroupStatus status, int pilot) {
        WorkingGroup g;
        g.editionId = source->id;
        g.name = QString::fromUtf8(name);
        g.themeId = themeNamed(axes, theme, &g.axisId);
        g.territoryIds = {territories.at(1).id};
        g.pilotPartnerId = partners.at(pilot).id;
        g.coPilotPartnerId = partners.at(pilot + 1).id;
        g.memberPartnerIds = {partners.at(pilot + 2).id};
        g.status = status;
        WorkingGroupRepository(db).insert(g);
        return g;
    };
    const auto mobility = addGroup("Mobilité", QStringLiteral("Mobilité et motilité"), GroupStatus::Active, 0);
    const auto digital = addGroup("Illectronisme", QStringLiteral("Illectronisme"), GroupStatus::Active, 2);
    const auto closed = addGroup("Levée des freins", QStringLiteral("Logement"), GroupStatus::Closed, 4);
    scene.mobility = mobility.uuid;
    scene.digital = digital.uuid;
    scene.closedGroup = closed.uuid;

    const auto addAction = [&](const WorkingGroup& group, const char* title, ActionStatus status) {
        Action a;
        a.groupId = group.id;
        a.title = QString::fromUtf8(title);
        a.axisId = group.axisId;
        a.themeId = group.themeId;
        a.objectives = QStringLiteral("Lever un frein à l'insertion.");
        a.startDate = QDate(2023, 3, 1);
        a.endDate = QDate(2025, 6, 30);
        a.status = status;
        Indicator indicator;
        indicator.name = QStringLiteral("Personnes accompagnées");
        indicator.unit = QStringLiteral("personnes");
        indicator.target = 40;
        Measurement m;
        m.date = QDate(2024, 12, 31);
        m.value = 25;
        indicator.measurements = {m};
        a.indicators = {indicator};
        ActionRepository(db).insert(a);
        return a.uuid;
    };
    scene.garage = addAction(mobility, "Garage solidaire", ActionStatus::InProgress);
    scene.platform = addAction(mobility, "Plateforme mobilité", ActionStatus::Completed);
    scene.workshops = addAction(digital, "Ateliers numériques", ActionStatus::Project);
    scene.advisers = addAction(digital, "Conseillers numériques", ActionStatus::Running);
    scene.diagnosis = addAction(closed, "Diagnostic logement", ActionStatus::InProgress);
    return scene;
}

RenewalRecords renewEverything(Database& db, Id sourceEditionId)
{
    const RenewalCandidates candidates = renewalCandidates(db, sourceEditionId);
    Edition edition;
    edition.title = QStringLiteral("PTI 2026-2030");
    edition.startDate = QDate(2026, 1, 1);
    edition.endDate = QDate(2030, 12, 31);
    RenewalRecords records = planRenewal(db, candidates, edition, RenewalChoice::everything(candidates));
    writeRenewal(db, records);
    return records;
}

} // namespace pacte::test
