// Working groups (territories, member partners and persons) and meetings (participants).
#include "labels.h"
#include "links.h"
#include "records.h"
#include "sqlquery.h"

namespace pacte {

namespace {

QString subquery(const QString& table, const QString& condition)
{
    return QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, condition);
}

} // namespace

// --- WorkingGroup ----------------------------------------------------------------------------------
const char* const RecordTraits<WorkingGroup>::table = "working_group";
const char* const RecordTraits<WorkingGroup>::orderBy = "edition_id, id";

QStringList RecordTraits<WorkingGroup>::columns()
{
    return {QStringLiteral("edition_id"),       QStringLiteral("name"),
            QStringLiteral("axis_id"),          QStringLiteral("theme_id"),
            QStringLiteral("pilot_partner_id"), QStringLiteral("co_pilot_partner_id"),
            QStringLiteral("pilot_person_id"),  QStringLiteral("co_pilot_person_id"),
            QStringLiteral("status"),           QStringLiteral("notes")};
}

void RecordTraits<WorkingGroup>::read(WorkingGroup& item, const SqlQuery& row)
{
    item.editionId = row.id("edition_id");
    item.name = row.text("name");
    item.axisId = row.id("axis_id");
    item.themeId = row.id("theme_id");
    item.pilotPartnerId = row.id("pilot_partner_id");
    item.coPilotPartnerId = row.id("co_pilot_partner_id");
    item.pilotPersonId = row.id("pilot_person_id");
    item.coPilotPersonId = row.id("co_pilot_person_id");
    item.status = enumFromCode<GroupStatus>(row.text("status")).value_or(GroupStatus::Active);
    item.notes = row.text("notes");
}

QVariantList RecordTraits<WorkingGroup>::values(const WorkingGroup& item)
{
    return {item.editionId,
            item.name,
            dbId(item.axisId),
            dbId(item.themeId),
            dbId(item.pilotPartnerId),
            dbId(item.coPilotPartnerId),
            dbId(item.pilotPersonId),
            dbId(item.coPilotPersonId),
            enumCode(item.status),
            item.notes};
}

QString RecordTraits<WorkingGroup>::label(const WorkingGroup& item)
{
    return item.name;
}

FieldValues RecordTraits<WorkingGroup>::fields(const WorkingGroup& item, Labels& labels)
{
    const Entity partner = Entity::Partner;
    const Entity person = Entity::Person;
    return {{QStringLiteral("name"), item.name},
            {QStringLiteral("axis"), labels.name(Entity::Axis, item.axisId)},
            {QStringLiteral("theme"), labels.name(Entity::Theme, item.themeId)},
            {QStringLiteral("territories"), labels.names(Entity::Territory, item.territoryIds)},
            {QStringLiteral("pilot"), labels.name(partner, item.pilotPartnerId)},
            {QStringLiteral("coPilot"), labels.name(partner, item.coPilotPartnerId)},
            {QStringLiteral("pilotPerson"), labels.name(person, item.pilotPersonId)},
            {QStringLiteral("coPilotPerson"), labels.name(person, item.coPilotPersonId)},
            {QStringLiteral("members"), labels.names(partner, item.memberPartnerIds)},
            {QStringLiteral("memberPersons"), labels.names(person, item.memberPersonIds)},
            {QStringLiteral("status"), enumCode(item.status)},
            {QStringLiteral("notes"), item.notes}};
}

void RecordTraits<WorkingGroup>::loadChildren(Database& db, QList<WorkingGroup>& items, const QString& condition,
                                              const QVariantList& binds)
{
    const QString owners = subquery(QStringLiteral("working_group"), condition);
    const QString group = QStringLiteral("group_id");
    const auto territories = loadLinks(db, QStringLiteral("group_territory"), group, QStringLiteral("territory_id"),
                                       owners, binds, QStringLiteral("position"));
    const auto partners =
        loadLinks(db, QStringLiteral("group_partner"), group, QStringLiteral("partner_id"), owners, binds);
    const auto persons =
        loadLinks(db, QStringLiteral("group_person"), group, QStringLiteral("person_id"), owners, binds);
    for (auto& item : items) {
        item.territoryIds = territories.value(item.id);
        item.memberPartnerIds = partners.value(item.id);
        item.memberPersonIds = persons.value(item.id);
    }
}

void RecordTraits<WorkingGroup>::saveChildren(Database& db, WorkingGroup& item, const WorkingGroup* before)
{
    const QString group = QStringLiteral("group_id");
    if (!before || before->territoryIds != item.territoryIds)
        replaceLinks(db, QStringLiteral("group_territory"), group, item.id, QStringLiteral("territory_id"),
                     item.territoryIds, QStringLiteral("position"));
    if (!before || before->memberPartnerIds != item.memberPartnerIds)
        replaceLinks(db, QStringLiteral("group_partner"), group, item.id, QStringLiteral("partner_id"),
                     item.memberPartnerIds);
    if (!before || before->memberPersonIds != item.memberPersonIds)
        replaceLinks(db, QStringLiteral("group_person"), group, item.id, QStringLiteral("person_id"),
                     item.memberPersonIds);
}

// --- Meeting ---------------------------------------------------------------------------------------
const char* const RecordTraits<Meeting>::table = "meeting";
const char* const RecordTraits<Meeting>::orderBy = "held_on, id";

QStringList RecordTraits<Meeting>::columns()
{
    return {QStringLiteral("edition_id"), QStringLiteral("kind"),         QStringLiteral("status"),
            QStringLiteral("held_on"),    QStringLiteral("title"),        QStringLiteral("territory_id"),
            QStringLiteral("group_id"),   QStringLiteral("head_count"),   QStringLiteral("agenda"),
            QStringLiteral("decisions"),  QStringLiteral("pti_presented")};
}

void RecordTraits<Meeting>::read(Meeting& item, const SqlQuery& row)
{
    item.editionId = row.id("edition_id");
    item.kind = enumFromCode<MeetingKind>(row.text("kind")).value_or(MeetingKind::WorkingGroup);
    item.status = enumFromCode<MeetingStatus>(row.text("status")).value_or(MeetingStatus::Planned);
    item.date = row.date("held_on");
    item.title = row.text("title");
    item.territoryId = row.id("territory_id");
    item.groupId = row.id("group_id");
    item.headCount = row.integer("head_count");
    item.agenda = row.text("agenda");
    item.decisions = row.text("decisions");
    item.ptiPresented = row.text("pti_presented");
}

QVariantList RecordTraits<Meeting>::values(const Meeting& item)
{
    return {item.editionId, enumCode(item.kind),    enumCode(item.status), dbDate(item.date),
            item.title,     dbId(item.territoryId), dbId(item.groupId),    item.headCount,
            item.agenda,    item.decisions,         item.ptiPresented};
}

QString RecordTraits<Meeting>::label(const Meeting& item)
{
    const QString base = item.title.isEmpty() ? enumLabel(item.kind) : item.title;
    return QStringLiteral("%1 (%2)").arg(base, item.date.toString(Qt::ISODate));
}

FieldValues RecordTraits<Meeting>::fields(const Meeting& item, Labels& labels)
{
    return {{QStringLiteral("kind"), enumCode(item.kind)},
            {QStringLiteral("status"), enumCode(item.status)},
            {QStringLiteral("date"), item.date.toString(Qt::ISODate)},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("territory"), labels.name(Entity::Territory, item.territoryId)},
            {QStringLiteral("group"), labels.name(Entity::WorkingGroup, item.groupId)},
            {QStringLiteral("partners"), labels.names(Entity::Partner, item.partnerIds)},
            {QStringLiteral("persons"), labels.names(Entity::Person, item.personIds)},
            {QStringLiteral("headCount"), QString::number(item.headCount)},
            {QStringLiteral("agenda"), item.agenda},
            {QStringLiteral("decisions"), item.decisions},
            {QStringLiteral("coveredTerritories"), labels.names(Entity::Territory, item.coveredTerritoryIds)},
            {QStringLiteral("ptiPresented"), item.ptiPresented}};
}

void RecordTraits<Meeting>::loadChildren(Database& db, QList<Meeting>& items, const QString& condition,
                                         const QVariantList& binds)
{
    const QString owners = subquery(QStringLiteral("meeting"), condition);
    const QString meeting = QStringLiteral("meeting_id");
    const auto partners =
        loadLinks(db, QStringLiteral("meeting_partner"), meeting, QStringLiteral("partner_id"), owners, binds);
    const auto persons =
        loadLinks(db, QStringLiteral("meeting_person"), meeting, QStringLiteral("person_id"), owners, binds);
    const auto territories = loadLinks(db, QStringLiteral("meeting_territory"), meeting, QStringLiteral("territory_id"),
                                       owners, binds, QStringLiteral("position"));
    for (auto& item : items) {
        item.partnerIds = partners.value(item.id);
        item.personIds = persons.value(item.id);
        item.coveredTerritoryIds = territories.value(item.id);
    }
}

void RecordTraits<Meeting>::saveChildren(Database& db, Meeting& item, const Meeting* before)
{
    const QString meeting = QStringLiteral("meeting_id");
    if (!before || before->partnerIds != item.partnerIds)
        replaceLinks(db, QStringLiteral("meeting_partner"), meeting, item.id, QStringLiteral("partner_id"),
                     item.partnerIds);
    if (!before || before->personIds != item.personIds)
        replaceLinks(db, QStringLiteral("meeting_person"), meeting, item.id, QStringLiteral("person_id"),
                     item.personIds);
    if (!before || before->coveredTerritoryIds != item.coveredTerritoryIds)
        replaceLinks(db, QStringLiteral("meeting_territory"), meeting, item.id, QStringLiteral("territory_id"),
                     item.coveredTerritoryIds, QStringLiteral("position"));
}

} // namespace pacte
