#include "meetingssection.h"

#include "domain/clock.h"
#include "domain/textsearch.h"
#include "meetingeditor.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QLocale>
#include <QPushButton>

namespace pacte {

namespace {

QString meetingLabel(const Meeting& meeting)
{
    return meeting.title.isEmpty() ? enumLabel(meeting.kind) : meeting.title;
}

bool byLabel(const QPair<QString, Id>& a, const QPair<QString, Id>& b)
{
    return foldForSearch(a.first) < foldForSearch(b.first);
}

} // namespace

QList<MeetingsSection::Column> MeetingsSection::columns()
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    const auto participants = [](const MeetingRow& r) {
        return QVariant(static_cast<int>(r.meeting.partnerIds.size() + r.meeting.personIds.size()));
    };
    return {{.header = tr("Date"),
             .display =
                 [](const MeetingRow& r) { return QVariant(QLocale().toString(r.meeting.date, QLocale::ShortFormat)); },
             .sortKey = [](const MeetingRow& r) { return QVariant(r.meeting.date); }},
            {.header = tr("Kind"),
             .display = [](const MeetingRow& r) { return QVariant(enumLabel(r.meeting.kind)); },
             .sortKey = [](const MeetingRow& r) { return QVariant(static_cast<int>(r.meeting.kind)); }},
            {.header = tr("Title"),
             .display = [](const MeetingRow& r) { return QVariant(r.meeting.title); },
             .sortKey = [](const MeetingRow& r) { return QVariant(r.titleKey); }},
            {.header = tr("Territory or group"),
             .display = [](const MeetingRow& r) { return QVariant(r.place); },
             .sortKey = [](const MeetingRow& r) { return QVariant(r.placeKey); }},
            {.header = tr("Status"),
             .display = [](const MeetingRow& r) { return QVariant(enumLabel(r.meeting.status)); },
             .sortKey = [](const MeetingRow& r) { return QVariant(static_cast<int>(r.meeting.status)); }},
            {.header = tr("Head count"),
             .display = [](const MeetingRow& r) { return QVariant(r.meeting.headCount); },
             .sortKey = [](const MeetingRow& r) { return QVariant(r.meeting.headCount); },
             .alignment = right},
            {.header = tr("Participants"),
             .display = participants,
             .sortKey = participants,
             .alignment = right,
             .toolTip = [](const MeetingRow&) { return QVariant(tr("Partners and persons recorded as present")); }}};
}

MeetingsSection::MeetingsSection(QWidget* parent)
    : RecordListSection(QStringLiteral("meetings"), columns(), parent)
{
    setObjectName(QStringLiteral("meetingsSection"));
    m_editor = new MeetingEditor(this);
    m_kindFilter = addFacetFilter(FilterKey::Kind, tr("&Kind"), QStringLiteral("meetingKindFilter"));
    m_kindFilter->setAccessibleName(tr("Filter by kind of meeting"));
    m_territoryFilter =
        addFacetFilter(FilterKey::Territory, tr("Territor&y"), QStringLiteral("meetingTerritoryFilter"));
    m_territoryFilter->setAccessibleName(tr("Filter by territory"));
    m_statusFilter = addFacetFilter(FilterKey::Status, tr("Stat&us"), QStringLiteral("meetingStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    addNewButton(tr("Ne&w meeting"), tr("New meeting"), QStringLiteral("addMeetingButton"));
    setUp(m_model, m_editor, tr("No meeting recorded for this edition yet."));
    countShownRows(static_cast<int>(enumValues<MeetingStatus>().size()),
                   [](const MeetingRow& row) { return static_cast<int>(row.meeting.status); });
}

MeetingRow MeetingsSection::makeRow(const Meeting& meeting) const
{
    MeetingRow row;
    row.id = meeting.id;
    row.uuid = meeting.uuid;
    row.meeting = meeting;
    QStringList place;
    if (meeting.territoryId != NoId)
        place << m_territoryNames.value(meeting.territoryId);
    // A comité local pour l'emploi: the territories it covers.
    QStringList covered;
    for (const Id id : meeting.coveredTerritoryIds)
        covered << m_territoryNames.value(id);
    if (!covered.isEmpty())
        place << covered.join(QStringLiteral(", "));
    const auto group = m_groups.constFind(meeting.groupId);
    if (group != m_groups.cend())
        place << group->name;
    row.place = place.isEmpty() ? tr("Département") : place.join(QStringLiteral(" — "));
    row.titleKey = foldForSearch(meeting.title);
    row.placeKey = foldForSearch(row.place);
    row.searchText =
        row.titleKey + QLatin1Char(' ') + row.placeKey + QLatin1Char(' ') +
        foldForSearch(enumLabel(meeting.kind) + QLatin1Char(' ') + enumLabel(meeting.status) + QLatin1Char(' ') +
                      meeting.agenda + QLatin1Char(' ') + meeting.decisions + QLatin1Char(' ') + meeting.ptiPresented);
    row.filters.kind = static_cast<int>(meeting.kind);
    row.filters.status = static_cast<int>(meeting.status);
    if (meeting.territoryId != NoId)
        row.filters.territories.append(meeting.territoryId);
    for (const Id id : meeting.coveredTerritoryIds) {
        if (!row.filters.territories.contains(id))
            row.filters.territories.append(id);
    }
    if (group != m_groups.cend()) {
        for (const Id id : group->territoryIds) {
            if (!row.filters.territories.contains(id))
                row.filters.territories.append(id);
        }
    }
    return row;
}

void MeetingsSection::reloadRows()
{
    m_editor->setDocument(m_document);
    Database& db = m_document->database();
    m_territoryNames.clear();
    for (const auto& territory : TerritoryRepository(db).all())
        m_territoryNames.insert(territory.id, territory.name);
    m_groups.clear();
    for (const auto& group : WorkingGroupRepository(db).ofEdition(m_editionId))
        m_groups.insert(group.id, Group{group.name, group.territoryIds});
    reloadChoices();
    QList<MeetingRow> rows;
    for (const auto& meeting : MeetingRepository(db).ofEdition(m_editionId))
        rows.append(makeRow(meeting));
    m_model->setRows(rows);
}

void MeetingsSection::reloadChoices()
{
    Database& db = m_document->database();
    MeetingChoices choices;
    for (const auto& territory : TerritoryRepository(db).all())
        choices.territories.append({territory.name, territory.id});
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        QStringList territories;
        for (const Id id : it->territoryIds)
            territories << m_territoryNames.value(id);
        choices.groups.append({territories.isEmpty()
                                   ? it->name
                                   : QStringLiteral("%1 — %2").arg(it->name, territories.join(QStringLiteral(", "))),
                               it.key()});
    }
    std::sort(choices.groups.begin(), choices.groups.end(), byLabel);
    QHash<Id, QString> acronyms;
    for (const auto& partner : PartnerRepository(db).all()) {
        acronyms.insert(partner.id, partner.displayName());
        choices.partners.append({partner.acronym.isEmpty() || partner.acronym == partner.name
                                     ? partner.name
                                     : QStringLiteral("%1 (%2)").arg(partner.name, partner.acronym),
                                 partner.id});
    }
    std::sort(choices.partners.begin(), choices.partners.end(), byLabel);
    for (const auto& person : PersonRepository(db).all()) {
        const QString partner = acronyms.value(person.partnerId);
        choices.persons.append(
            {partner.isEmpty() ? person.displayName() : QStringLiteral("%1 (%2)").arg(person.displayName(), partner),
             person.id});
    }
    std::sort(choices.persons.begin(), choices.persons.end(), byLabel);
    m_editor->setChoices(choices);
}

void MeetingsSection::reloadFacets()
{
    QList<QPair<QString, qint64>> kinds;
    for (const auto kind : enumValues<MeetingKind>())
        kinds.append({enumLabel(kind), static_cast<int>(kind)});
    setFacetOptions(m_kindFilter, kinds);
    QList<QPair<QString, qint64>> territories;
    for (const auto& territory : TerritoryRepository(m_document->database()).all())
        territories.append({territory.name, territory.id});
    setFacetOptions(m_territoryFilter, territories);
    QList<QPair<QString, qint64>> statuses;
    for (const auto status : enumValues<MeetingStatus>())
        statuses.append({enumLabel(status), static_cast<int>(status)});
    setFacetOptions(m_statusFilter, statuses);
}

bool MeetingsSection::updateItems(const QList<QUuid>& uuids, ChangeKind kind)
{
    MeetingRepository meetings(m_document->database());
    for (const QUuid& uuid : uuids) {
        const auto meeting = kind == ChangeKind::Removed ? std::nullopt : meetings.findByUuid(uuid);
        if (meeting && meeting->editionId == m_editionId)
            m_model->upsertRow(makeRow(*meeting));
        else
            m_model->removeRowByUuid(uuid);
    }
    if (uuids.contains(selectedUuid()))
        refreshShownRecord();
    return true;
}

std::optional<Meeting> MeetingsSection::shownItem(const QUuid& uuid) const
{
    const std::optional<Meeting>& shown = m_editor->meeting();
    return shown && shown->uuid == uuid ? shown : std::nullopt;
}

void MeetingsSection::showRecord(const QUuid& uuid)
{
    const MeetingRow* row = m_model->rowAt(m_model->rowOf(uuid));
    m_editor->setMeeting(row && !uuid.isNull() ? std::optional(row->meeting) : std::nullopt);
}

void MeetingsSection::addItem()
{
    if (!m_document || m_document->isReadOnly() || m_editionId == NoId)
        return;
    // A COPIL needs neither territory nor group, so the new meeting is valid as it stands; a sheet's
    // new meeting is its group's.
    Meeting meeting;
    meeting.editionId = m_editionId;
    meeting.kind = m_scopeGroupId == NoId ? MeetingKind::CopilOther : MeetingKind::WorkingGroup;
    meeting.groupId = m_scopeGroupId;
    meeting.status = MeetingStatus::Planned;
    meeting.date =
        EditionRepository(m_document->database()).find(m_editionId).value_or(Edition{}).dayWithin(Clock::currentDate());
    meeting.title = tr("New meeting");
    insertAndSelect(meeting);
}

void MeetingsSection::setGroupScope(Id groupId)
{
    m_scopeGroupId = groupId;
    m_editor->setGroupScope(groupId != NoId);
}

EditResult MeetingsSection::deleteRecord(const QUuid& uuid)
{
    if (m_scopeGroupId != NoId) {
        const auto meeting = MeetingRepository(m_document->database()).findByUuid(uuid);
        if (meeting && !isGroupMeeting(meeting->kind))
            return EditResult::refused(tr("The coordinator records this meeting in the database: a working group's "
                                          "sheet cannot delete it."));
    }
    return RecordListSection::deleteRecord(uuid);
}

QString MeetingsSection::deletionLabel(const Meeting& meeting) const
{
    return meetingLabel(meeting);
}

QString MeetingsSection::footerText() const
{
    const int shown = proxy()->rowCount();
    QString text = QStringList{tr("%n meeting(s)", nullptr, shown),
                               tr("%n held", nullptr, shownRows(static_cast<int>(MeetingStatus::Held))),
                               tr("%n planned", nullptr, shownRows(static_cast<int>(MeetingStatus::Planned)))}
                       .join(QStringLiteral(" · "));
    const int total = m_model->rowCount();
    if (shown != total)
        text += QLatin1Char(' ') + tr("(out of %1)").arg(total);
    return text;
}

int MeetingsSection::countRecords() const
{
    return MeetingRepository(m_document->database()).countOfEdition(m_editionId);
}

} // namespace pacte
