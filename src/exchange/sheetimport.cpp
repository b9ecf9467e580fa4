// Import of a working-group sheet: the refusals (another database, unknown export, items of another
// group, unknown references...), the three-way merge, and the write.
#include "sheetimport.h"

#include "domain/clock.h"
#include "domain/format.h"
#include "domain/validation.h"
#include "sheetframe.h"
#include "sheetreader.h"
#include "sheetworkbook.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/enginesql.h"
#include "storage/groupevaluationstore.h"
#include "storage/repository.h"
#include "storage/sheetlookups.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "xlsxreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace pacte {

namespace {

using json::Path;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetImport)
};

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// The database as a frame: references resolve to its row ids. The base (the sheet as exported) is read
// leniently: a record deleted since then becomes a placeholder id, negative and unique per uuid, that
// compares as "changed" with the database and is never written. The sheet is read strictly, except
// for records the base knew of as the same kind of record: a uuid unknown to both is refused, and so is
// one of another kind (a partner's uuid given as a theme used to become a placeholder, and the theme
// was silently cleared).
class DatabaseFrame final : public SheetFrame
{
public:
    DatabaseFrame(Database& db, Id editionId, Id groupId)
        : m_db(db)
        , m_editionId(editionId)
        , m_groupId(groupId)
    {
        const auto ids = [this](RefKind kind) -> QHash<QUuid, Id>& { return m_ids[static_cast<int>(kind)]; };
        ids(RefKind::Territory) = idsByUuid(db, RecordKind::Territory);
        ids(RefKind::Axis) = axesOfEdition(db, editionId);
        ids(RefKind::Partner) = idsByUuid(db, RecordKind::Partner);
        ids(RefKind::Person) = idsByUuid(db, RecordKind::Person);
        ids(RefKind::Public) = idsByUuid(db, RecordKind::TargetPublic);
        ids(RefKind::Dispositif) = idsByUuid(db, RecordKind::Dispositif);
        for (const auto& theme : themesOfEdition(db, editionId)) {
            ids(RefKind::Theme).insert(theme.uuid, theme.id);
            m_themeAxis.insert(theme.id, theme.axisId);
        }
        m_otherEdition = axisAndThemeUuidsOutsideEdition(db, editionId);
    }

    void setLenient(bool lenient) { m_lenient = lenient; }

    Id lookupId(RefKind kind, const QUuid& uuid, Id) override
    {
        if (m_lenient)
            m_knownAtExport[static_cast<int>(kind)].insert(uuid);
        return known(kind, uuid);
    }
    Id resolve(RefKind kind, const QUuid& uuid, const Path& path) override
    {
        if (uuid.isNull())
            return NoId;
        if (const Id id = known(kind, uuid); id > 0)
            return id;
        if (m_lenient || m_knownAtExport.value(static_cast<int>(kind)).contains(uuid))
            return placeholder(uuid);
        if (m_otherEdition.contains(uuid))
            json::fail(path, Tr::tr("%1 belongs to another edition of the pact.").arg(uuidText(uuid)));
        if (const auto other = findUuid(m_db, uuid))
            json::fail(path, Tr::tr("%1 is %2 of the database, not %3.")
                                 .arg(uuidText(uuid), recordKindName(other->kind), recordKindName(recordKindOf(kind))));
        if (knownAtExport(uuid))
            json::fail(path, Tr::tr("%1 named another kind of record when the sheet was exported, not %2.")
                                 .arg(uuidText(uuid), recordKindName(recordKindOf(kind))));
        json::fail(path, Tr::tr("%1 does not exist in the database.").arg(uuidText(uuid)));
    }
    Id resolveContext(RefKind kind, const QUuid& uuid, const Path&) override
    {
        return uuid.isNull() ? NoId : known(kind, uuid);
    }
    Id axisOfTheme(Id themeId) const override { return m_themeAxis.value(themeId, themeId); }
    Id editionId() const override { return m_editionId; }
    Id groupId() const override { return m_groupId; }

private:
    static RecordKind recordKindOf(RefKind kind)
    {
        switch (kind) {
        case RefKind::Territory:
            return RecordKind::Territory;
        case RefKind::Axis:
            return RecordKind::Axis;
        case RefKind::Theme:
            return RecordKind::Theme;
        case RefKind::Partner:
            return RecordKind::Partner;
        case RefKind::Person:
            return RecordKind::Person;
        case RefKind::Public:
            return RecordKind::TargetPublic;
        case RefKind::Dispositif:
            return RecordKind::Dispositif;
        }
        return RecordKind::Territory;
    }
    bool knownAtExport(const QUuid& uuid) const
    {
        return std::any_of(m_knownAtExport.cbegin(), m_knownAtExport.cend(),
                           [&](const QSet<QUuid>& uuids) { return uuids.contains(uuid); });
    }
    Id known(RefKind kind, const QUuid& uuid) const { return m_ids.value(static_cast<int>(kind)).value(uuid, NoId); }
    Id placeholder(const QUuid& uuid)
    {
        auto it = m_placeholders.find(uuid);
        if (it == m_placeholders.end())
            it = m_placeholders.insert(uuid, -1 - m_placeholders.size());
        return it.value();
    }

    Database& m_db;
    Id m_editionId;
    Id m_groupId;
    bool m_lenient = false;
    QHash<int, QHash<QUuid, Id>> m_ids; // by RefKind
    QHash<Id, Id> m_themeAxis;
    QSet<QUuid> m_otherEdition;
    QHash<int, QSet<QUuid>> m_knownAtExport; // by RefKind
    QHash<QUuid, Id> m_placeholders;
};

SheetContent contentOf(const SheetData& sheet)
{
    return {sheet.actions, sheet.meetings, sheet.evaluations};
}

// An item of the sheet must be new, with a uuid that no record of the database holds, or this group's
// item of the same kind under the same parent.
void checkItem(Database& db, Id groupId, const QUuid& uuid, RecordKind kind, Id parentId, const QString& path)
{
    const auto owner = groupItemOwner(db, uuid);
    if (!owner) {
        // A new item under the uuid of an edition, a group, a partner...: accepted, it made the dump
        // impossible to restore ("the identifier ... is used twice").
        if (const auto other = findUuid(db, uuid))
            throw InputError(path, Tr::tr("the identifier %1 of this new item is already that of %2 of the "
                                          "database: give the item an identifier of its own (or none).")
                                       .arg(uuidText(uuid), recordKindName(other->kind)));
        return;
    }
    if (owner->group != groupId)
        throw InputError(path, Tr::tr("this item belongs to another working group of the database (%1); a sheet "
                                      "can only change its own group.")
                                   .arg(uuidText(uuid)));
    if (owner->kind != kind)
        throw InputError(path,
                         Tr::tr("the identifier %1 names another kind of record in the database.").arg(uuidText(uuid)));
    if (parentId != NoId && owner->parent != parentId)
        throw InputError(path, Tr::tr("this item belongs to another record in the database: it cannot be moved "
                                      "through a sheet."));
}

// A working group's sheet holds the group's own meetings: a COPIL, a local committee or a seminar is
// the département's or a territory's, recorded by the coordinator, and the governance rules count it.
// A new one is refused (a sheet could add a final COPIL and silence the edition's COPIL rule), and so
// is any change to one the database links to the group: its kind (either way), any of its fields, or
// its deletion. It may only come back as it was exported.
void checkMeetingKinds(const SheetData& base, const SheetData& sheet, const QList<Meeting>& ours)
{
    const auto find = [](const QList<Meeting>& list, const QUuid& uuid) -> const Meeting* {
        const auto it = std::find_if(list.cbegin(), list.cend(), [&](const Meeting& m) { return m.uuid == uuid; });
        return it == list.cend() ? nullptr : &*it;
    };
    for (const auto& meeting : sheet.meetings) {
        const Meeting* known = find(ours, meeting.uuid);
        if (isGroupMeeting(meeting.kind) && (!known || isGroupMeeting(known->kind)))
            continue;
        const QString path = sheet.paths.value(meeting.uuid);
        if (!known || known->kind != meeting.kind)
            throw InputError(path + QStringLiteral(".kind"),
                             Tr::tr("a working group's sheet can only hold the group's own meetings (%1); \"%2\" is "
                                    "recorded by the coordinator in the database.")
                                 .arg(enumLabel(MeetingKind::WorkingGroup),
                                      enumLabel(isGroupMeeting(meeting.kind) ? known->kind : meeting.kind)));
        const Meeting* exported = find(base.meetings, meeting.uuid);
        if (!exported || *exported != meeting)
            throw InputError(path,
                             Tr::tr("this meeting (%1 of %2) is recorded by the coordinator: a working group's "
                                    "sheet cannot change it.")
                                 .arg(enumLabel(meeting.kind), meeting.date.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    for (const auto& exported : base.meetings) {
        const Meeting* known = find(ours, exported.uuid);
        if (known && !isGroupMeeting(known->kind) && !find(sheet.meetings, exported.uuid))
            throw InputError(QStringLiteral("group.meetings"),
                             Tr::tr("the meeting %1 of %2 is missing: a working group's sheet cannot delete a meeting "
                                    "recorded by the coordinator.")
                                 .arg(enumLabel(known->kind), known->date.toString(QStringLiteral("dd/MM/yyyy"))));
    }
}

void checkItems(Database& db, Id groupId, const SheetData& sheet)
{
    for (const auto& action : sheet.actions) {
        checkItem(db, groupId, action.uuid, RecordKind::Action, groupId, sheet.paths.value(action.uuid));
        const Id actionId = groupItemId(db, RecordKind::Action, action.uuid);
        for (const auto& indicator : action.indicators) {
            checkItem(db, groupId, indicator.uuid, RecordKind::Indicator, actionId, sheet.paths.value(indicator.uuid));
            const Id indicatorId = groupItemId(db, RecordKind::Indicator, indicator.uuid);
            for (const auto& m : indicator.measurements)
                checkItem(db, groupId, m.uuid, RecordKind::Measurement, indicatorId, sheet.paths.value(m.uuid));
        }
    }
    for (const auto& meeting : sheet.meetings)
        checkItem(db, groupId, meeting.uuid, RecordKind::Meeting, groupId, sheet.paths.value(meeting.uuid));
}

// A group evaluation of the sheet is new (a uuid no record holds) or this group's.
void checkEvaluations(Database& db, Id groupId, const SheetData& sheet)
{
    for (const auto& evaluation : sheet.evaluations) {
        const QString path = sheet.paths.value(evaluation.uuid);
        const auto owner = findUuid(db, evaluation.uuid);
        if (!owner)
            continue;
        if (owner->kind != RecordKind::GroupEvaluation)
            throw InputError(path, Tr::tr("the identifier %1 of this new item is already that of %2 of the "
                                          "database: give the item an identifier of its own (or none).")
                                       .arg(uuidText(evaluation.uuid), recordKindName(owner->kind)));
        const auto stored = GroupEvaluationRepository(db).find(owner->id);
        if (stored && stored->groupId != groupId)
            throw InputError(path, Tr::tr("this item belongs to another working group of the database (%1); a sheet "
                                          "can only change its own group.")
                                       .arg(uuidText(evaluation.uuid)));
    }
}

MergeLabels labelsOf(Database& db)
{
    MergeLabels labels;
    for (const auto& t : TerritoryRepository(db).all())
        labels.territories.insert(t.id, t.name);
    for (const auto& axis : AxisRepository(db).all()) {
        labels.axes.insert(axis.id, QStringLiteral("%1 · %2").arg(axis.number).arg(axis.title));
        for (const auto& theme : axis.themes)
            labels.themes.insert(theme.id, theme.name);
    }
    for (const auto& p : PartnerRepository(db).all())
        labels.partners.insert(p.id, p.displayName());
    for (const auto& p : PersonRepository(db).all())
        labels.persons.insert(p.id, p.displayName());
    for (const auto& p : TargetPublicRepository(db).all())
        labels.publics.insert(p.id, p.name);
    for (const auto& d : DispositifRepository(db).all())
        labels.dispositifs.insert(d.id, d.acronym.isEmpty() ? d.name : d.acronym);
    return labels;
}

// Placeholder ids (records deleted since the export) are never written.
void dropPlaceholders(Id& id)
{
    if (id < 0)
        id = NoId;
}

void dropPlaceholders(QList<Id>& ids)
{
    ids.removeIf([](Id id) { return id < 0; });
}

void dropPlaceholders(Action& action)
{
    dropPlaceholders(action.axisId);
    dropPlaceholders(action.themeId);
    dropPlaceholders(action.publicIds);
    dropPlaceholders(action.dispositifIds);
}

void dropPlaceholders(Meeting& meeting)
{
    dropPlaceholders(meeting.territoryId);
    dropPlaceholders(meeting.partnerIds);
    dropPlaceholders(meeting.personIds);
}

} // namespace

namespace {

// The JSON sheet a file stands for: the file itself, or the one a referents' workbook stands for (the
// recorded export with the workbook's actions), so that both go through the same checks and merge.
QByteArray sheetJsonOf(Database& db, const QByteArray& file)
{
    if (!looksLikeZip(file))
        return file;
    const SheetWorkbookOrigin origin = readSheetWorkbookOrigin(file);
    if (origin.databaseUuid != db.databaseUuid())
        throw InputError(QStringLiteral("Pacte"),
                         Tr::tr("this sheet comes from another database (%1), not from %2.")
                             .arg(uuidText(origin.databaseUuid), QFileInfo(db.path()).fileName()));
    const auto exported = SheetExports(db).find(origin.exportId);
    if (!exported)
        throw InputError(QStringLiteral("Pacte"),
                         Tr::tr("this database has no record of the export %1: the sheet was not exported from it, or "
                                "was exported from a copy.")
                             .arg(uuidText(origin.exportId)));
    return sheetFromWorkbook(file, exported->content);
}

} // namespace

SheetImport::SheetImport(Database& db, const QByteArray& file, const QString& sheetName)
    : m_db(db)
    , m_sheetName(sheetName)
{
    const QByteArray bytes = sheetJsonOf(db, file);
    m_origin = readSheetOrigin(bytes);
    if (m_origin.databaseUuid != db.databaseUuid())
        throw InputError(
            QStringLiteral("database.uuid"),
            Tr::tr("this sheet comes from another database (%1), not from %2.")
                .arg(m_origin.databaseName.isEmpty() ? uuidText(m_origin.databaseUuid) : m_origin.databaseName,
                     QFileInfo(db.path()).fileName()));
    const auto exported = SheetExports(db).find(m_origin.exportId);
    if (!exported)
        throw InputError(QStringLiteral("export.id"),
                         Tr::tr("this database has no record of the export %1: the sheet was not exported from it, or "
                                "was exported from a copy.")
                             .arg(uuidText(m_origin.exportId)));
    m_export = *exported;
    for (const auto& other : SheetExports(db).forGroup(m_export.groupUuid)) {
        if (other.id > m_export.id)
            m_laterExports.append(other);
    }
    const auto group = WorkingGroupRepository(db).findByUuid(m_export.groupUuid);
    if (!group)
        throw InputError(QStringLiteral("group.uuid"),
                         Tr::tr("the working group \"%1\" of this sheet no longer exists in the database.")
                             .arg(shortened(m_export.groupName)));
    m_groupId = group->id;
    const auto edition = EditionRepository(db).find(group->editionId);
    if (!edition || edition->uuid != m_origin.editionUuid)
        throw InputError(QStringLiteral("edition.uuid"),
                         Tr::tr("this sheet belongs to the edition \"%1\", but its working group belongs to \"%2\" in "
                                "the database.")
                             .arg(shortened(m_origin.editionTitle), edition ? shortened(edition->title) : QString()));

    DatabaseFrame frame(db, group->editionId, group->id);
    frame.setLenient(true);
    SheetData base;
    try {
        base = readSheet(m_export.content, frame);
    } catch (const InputError& error) {
        throw StorageError(
            Tr::tr("The recorded export %1 cannot be read back: %2").arg(uuidText(m_origin.exportId), error.message()));
    }
    frame.setLenient(false);
    const SheetData theirs = readSheet(bytes, frame);
    if (theirs.group.uuid != m_export.groupUuid)
        throw InputError(QStringLiteral("group.uuid"),
                         Tr::tr("the export %1 was of the working group \"%2\", not of this one.")
                             .arg(uuidText(m_origin.exportId), shortened(m_export.groupName)));
    checkItems(db, group->id, theirs);
    checkEvaluations(db, group->id, theirs);

    m_base = contentOf(base);
    m_theirs = contentOf(theirs);
    m_ours.actions = ActionRepository(db).ofGroup(group->id);
    m_ours.meetings = MeetingRepository(db).ofGroup(group->id);
    m_ours.evaluations = GroupEvaluationRepository(db).ofGroup(group->id);
    checkMeetingKinds(base, theirs, m_ours.meetings);
    m_labels = labelsOf(db);
    remerge();
}

SheetImport::~SheetImport() = default;

std::unique_ptr<SheetImport> SheetImport::fromFile(Database& db, const QString& path)
{
    const QByteArray bytes = readSheetFile(path);
    return std::make_unique<SheetImport>(db, bytes, QFileInfo(path).fileName());
}

QString SheetImport::groupName() const
{
    return m_export.groupName;
}

void SheetImport::setDecisions(const MergeDecisions& decisions)
{
    m_decisions = decisions;
    remerge();
}

void SheetImport::decide(const QString& key, Resolution resolution)
{
    m_decisions.insert(key, resolution);
    remerge();
}

void SheetImport::decideMerged(const QString& key, const QString& text)
{
    m_decisions.insert(key, Resolution::Merged);
    m_merged.insert(key, text);
    remerge();
}

void SheetImport::remerge()
{
    m_outcome = mergeSheet(m_base, m_theirs, m_ours, m_decisions, m_labels, m_merged);
    for (auto* list : {&m_outcome.actionInserts, &m_outcome.actionUpdates}) {
        for (auto& action : *list)
            dropPlaceholders(action);
    }
    for (auto* list : {&m_outcome.meetingInserts, &m_outcome.meetingUpdates}) {
        for (auto& meeting : *list)
            dropPlaceholders(meeting);
    }
    m_problems.clear();
    const auto report = [&](const QString& label, const FieldErrors& errors) {
        for (const auto& error : errors)
            m_problems << QStringLiteral("%1 : %2").arg(label, error.message);
    };
    for (const auto* list : {&m_outcome.actionInserts, &m_outcome.actionUpdates}) {
        for (const auto& action : *list)
            report(action.title, validate(action));
    }
    for (const auto* list : {&m_outcome.meetingInserts, &m_outcome.meetingUpdates}) {
        for (const auto& meeting : *list)
            report(meeting.date.toString(Qt::ISODate), validate(meeting));
    }
    // The group's evaluation of a frozen year no longer changes (frozen with the edition's evaluation).
    QSet<int> frozenYears;
    for (const auto* list :
         {&m_outcome.evaluationInserts, &m_outcome.evaluationUpdates, &m_outcome.evaluationDeletes}) {
        for (const auto& evaluation : *list) {
            const QString label = Tr::tr("Evaluation %1").arg(evaluation.year);
            report(label, validate(evaluation));
            if (!frozenYears.contains(evaluation.year) && isGroupEvaluationFrozen(m_db, m_groupId, evaluation.year)) {
                frozenYears.insert(evaluation.year);
                report(label, {{QStringLiteral("year"),
                                Tr::tr("the evaluation of %1 is frozen: the group's evaluation of that year can no "
                                       "longer change; take the database's values.")
                                    .arg(evaluation.year)}});
            }
        }
    }
}

void SheetImport::ensureUnchangedSinceRead()
{
    // Several people on one server: the merge was made with the group as it was read when the sheet was
    // opened. Locked now until the import is written, it must still be so, or the import would write
    // that merge over someone else's change.
    enginesql::lockGroupSheet(m_db, m_groupId);
    if (ActionRepository(m_db).ofGroup(m_groupId) == m_ours.actions &&
        MeetingRepository(m_db).ofGroup(m_groupId) == m_ours.meetings &&
        GroupEvaluationRepository(m_db).ofGroup(m_groupId) == m_ours.evaluations)
        return;
    throw StorageError(Tr::tr("The group « %1 » was changed by someone else while this sheet was being imported: "
                              "nothing was imported. Open the sheet again to see it merged with the group as it "
                              "is now.")
                           .arg(WorkingGroupRepository(m_db).find(m_groupId).value_or(WorkingGroup{}).name));
}

QString SheetImport::apply()
{
    if (const int undecided = m_outcome.undecidedCount(); undecided > 0)
        throw StorageError(Tr::tr("%n conflict(s) must be decided before the sheet is imported.", nullptr, undecided));
    if (!m_problems.isEmpty())
        throw StorageError(m_problems.join(QLatin1Char('\n')));
    m_db.ensureWritable();
    const QString backup = Backups::copy(m_db.path(), QStringLiteral("import"), Backups::keepCount(m_db));
    const ChangeSource previousSource = m_db.changeSource();
    const QString previousDetail = m_db.changeSourceDetail();
    m_db.setChangeSource(ChangeSource::SheetImport, m_sheetName);
    try {
        Transaction transaction(m_db);
        if (m_db.isServer())
            ensureUnchangedSinceRead();
        ActionRepository actions(m_db);
        MeetingRepository meetings(m_db);
        for (const auto& action : std::as_const(m_outcome.actionDeletes))
            actions.remove(action.id);
        for (const auto& meeting : std::as_const(m_outcome.meetingDeletes))
            meetings.remove(meeting.id);
        for (auto action : std::as_const(m_outcome.actionUpdates))
            actions.update(action);
        for (auto meeting : std::as_const(m_outcome.meetingUpdates))
            meetings.update(meeting);
        for (auto action : std::as_const(m_outcome.actionInserts))
            actions.insert(action);
        for (auto meeting : std::as_const(m_outcome.meetingInserts))
            meetings.insert(meeting);
        GroupEvaluationRepository evaluations(m_db);
        for (const auto& evaluation : std::as_const(m_outcome.evaluationDeletes))
            evaluations.remove(evaluation.id);
        for (auto evaluation : std::as_const(m_outcome.evaluationUpdates))
            evaluations.update(evaluation);
        for (auto evaluation : std::as_const(m_outcome.evaluationInserts)) {
            evaluation.id = NoId;
            evaluation.groupId = m_groupId;
            evaluations.insert(evaluation);
        }
        SheetExports(m_db).recordImport(m_origin.exportId, {Clock::currentDateTimeUtc(), m_db.userName(), m_sheetName,
                                                            static_cast<int>(m_outcome.changes.size())});
        transaction.commit();
    } catch (...) {
        m_db.setChangeSource(previousSource, previousDetail);
        throw;
    }
    m_db.setChangeSource(previousSource, previousDetail);
    return backup;
}

} // namespace pacte
