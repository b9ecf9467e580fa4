#include "editingfixture.h"

#include <algorithm>
#include <utility>

namespace pacte::test {

Notification::Notification(Entity entity, QList<QUuid> uuids, ChangeKind kind)
    : entity(entity)
    , uuids(sortedUuids(std::move(uuids)))
    , kind(kind)
{}

std::ostream& operator<<(std::ostream& out, const Notification& notification)
{
    static const char* const kinds[] = {"Inserted", "Updated", "Removed", "Reset"};
    out << '{' << entityCode(notification.entity).toStdString() << ' ' << kinds[static_cast<int>(notification.kind)]
        << " [";
    for (qsizetype i = 0; i < notification.uuids.size(); ++i)
        out << (i ? ", " : "") << notification.uuids.at(i).toString(QUuid::WithoutBraces).toStdString();
    return out << "]}";
}

NotificationLog::NotificationLog(Document& document)
    : m_connection(QObject::connect(&document, &Document::changed,
                                    [this](Entity entity, const QList<QUuid>& uuids, ChangeKind kind) {
                                        m_notifications.append(Notification(entity, uuids, kind));
                                    }))
{}

NotificationLog::~NotificationLog()
{
    QObject::disconnect(m_connection);
}

QList<Notification> NotificationLog::take()
{
    return std::exchange(m_notifications, {});
}

QList<QUuid> sortedUuids(QList<QUuid> uuids)
{
    std::sort(uuids.begin(), uuids.end(), [](const QUuid& a, const QUuid& b) { return a.toString() < b.toString(); });
    return uuids;
}

QList<QUuid> indicatorUuids(const Action& action)
{
    QList<QUuid> uuids;
    for (const auto& indicator : action.indicators)
        uuids << indicator.uuid;
    return uuids;
}

QList<QUuid> measurementUuids(const Action& action)
{
    QList<QUuid> uuids;
    for (const auto& indicator : action.indicators) {
        for (const auto& measurement : indicator.measurements)
            uuids << measurement.uuid;
    }
    return uuids;
}

EditingScene::EditingScene()
    : path(dir.path(QStringLiteral("edition.pacte")))
{
    auto database = createDatabase(path);
    Database& db = *database;

    edition.title = QStringLiteral("PTI 2022-2025");
    edition.departement = QStringLiteral("Hérault");
    edition.startDate = QDate(2022, 1, 1);
    edition.endDate = QDate(2025, 12, 31);
    EditionRepository(db).insert(edition);

    biterrois.name = QStringLiteral("Biterrois");
    biterrois.diagnostic = QStringLiteral("Chômage élevé");
    TerritoryRepository(db).insert(biterrois);
    thau.name = QStringLiteral("Étang de Thau");
    TerritoryRepository(db).insert(thau);

    axis.editionId = edition.id;
    axis.number = 1;
    axis.title = QStringLiteral("Lever les freins");
    axis.objective = QStringLiteral("Que les freins périphériques ne bloquent plus les parcours");
    axis.themes = {Theme{NoId, {}, NoId, QStringLiteral("Mobilité"), QStringLiteral("Se déplacer")},
                   Theme{NoId, {}, NoId, QStringLiteral("Logement"), {}}};
    AxisRepository(db).insert(axis);
    const Id mobilite = axis.themes.at(0).id;
    const Id logement = axis.themes.at(1).id;

    caf.name = QStringLiteral("Caisse d'allocations familiales");
    caf.acronym = QStringLiteral("CAF");
    caf.category = PartnerCategory::Caf;
    caf.territoryIds = {biterrois.id};
    caf.signatures = {
        Signature{NoId, {}, edition.id, SignatureStatus::Signed, QDate(2022, 3, 1), QStringLiteral("M. Roux"), {}, {}}};
    PartnerRepository(db).insert(caf);

    referent.firstName = QStringLiteral("Claire");
    referent.lastName = QStringLiteral("Martin");
    referent.partnerId = caf.id;
    referent.roles = {PersonRole{PersonRoleKind::PartnerReferent, NoId}};
    PersonRepository(db).insert(referent);

    group.editionId = edition.id;
    group.name = QStringLiteral("Mobilité des publics");
    group.axisId = axis.id;
    group.themeId = mobilite;
    group.territoryIds = {biterrois.id, thau.id};
    group.pilotPartnerId = caf.id;
    group.pilotPersonId = referent.id;
    group.memberPartnerIds = {caf.id};
    WorkingGroupRepository(db).insert(group);

    garage.groupId = group.id;
    garage.title = QStringLiteral("Garage solidaire");
    garage.axisId = axis.id;
    garage.themeId = mobilite;
    garage.objectives = QStringLiteral("Réparer à prix coûtant");
    garage.startDate = QDate(2023, 1, 1);
    garage.status = ActionStatus::InProgress;
    garage.indicators = {
        Indicator{NoId,
                  {},
                  QStringLiteral("Véhicules réparés"),
                  IndicatorKind::Output,
                  QStringLiteral("véhicules"),
                  0.0,
                  40.0,
                  {Measurement{NoId, {}, QDate(2023, 6, 30), 12.0, 20.0, QStringLiteral("Premier semestre")},
                   Measurement{NoId, {}, QDate(2023, 12, 31), 25.0, 40.0, {}}}},
        Indicator{NoId,
                  {},
                  QStringLiteral("Retours à l'emploi"),
                  IndicatorKind::Outcome,
                  QStringLiteral("%"),
                  std::nullopt,
                  30.0,
                  {}}};
    ActionRepository(db).insert(garage);

    permis.groupId = group.id;
    permis.title = QStringLiteral("Permis solidaire");
    permis.axisId = axis.id;
    permis.themeId = logement;
    ActionRepository(db).insert(permis);

    groupMeeting.editionId = edition.id;
    groupMeeting.kind = MeetingKind::WorkingGroup;
    groupMeeting.status = MeetingStatus::Held;
    groupMeeting.date = QDate(2023, 3, 14);
    groupMeeting.title = QStringLiteral("Réunion du groupe mobilité");
    groupMeeting.groupId = group.id;
    groupMeeting.territoryId = biterrois.id;
    groupMeeting.partnerIds = {caf.id};
    groupMeeting.personIds = {referent.id};
    groupMeeting.headCount = 12;
    MeetingRepository(db).insert(groupMeeting);

    document = std::make_unique<Document>(std::move(database));
    REQUIRE(document->undoStack()->count() == 0);
}

} // namespace pacte::test
