// Import of a working-group sheet: the refusals (another database, unknown export, items of another
// group, unknown references...), the three-way merge, and the write.
#include "sheetimport.h"

#include "domain/clock.h"
#include "domain/validation.h"
#include "sheetframe.h"
#include "sheetreader.h"
#include "sheetworkbook.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "xlsxreader.h"

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
// for records the base knew of: a uuid unknown to both is refused.
class DatabaseFrame final : public SheetFrame
{
public:
    DatabaseFrame(Database& db, Id editionId, Id groupId)
        : m_editionId(editionId)
        , m_groupId(groupId)
    {
        const auto load = [&](RefKind kind, const QString& sql, const QVariantList& binds = {}) {
            SqlQuery query(db, sql);
            query.bindAll(binds).exec();
            auto& ids = m_ids[static_cast<int>(kind)];
            while (query.next())
                ids.insert(query.uuid(1), query.id(0));
        };
        load(RefKind::Territory, QStringLiteral("SELECT id, uuid FROM territory"));
        load(RefKind::Axis, QStringLiteral("SELECT id, uuid FROM axis WHERE edition_id = ?"), {editionId});
        load(RefKind::Partner, QStringLiteral("SELECT id, uuid FROM partner"));
        load(RefKind::Person, QStringLiteral("SELECT id, uuid FROM person"));
        load(RefKind::Public, QStringLiteral("SELECT id, uuid FROM target_public"));
        load(RefKind::Dispositif, QStringLiteral("SELECT id, uuid FROM dispositif"));
        SqlQuery themes(db, QStringLiteral("SELECT theme.id, theme.uuid, theme.axis_id FROM theme JOIN axis ON "
                                           "axis.id = theme.axis_id WHERE axis.edition_id = ?"));
        themes.bind(editionId).exec();
        while (themes.next()) {
            m_ids[static_cast<int>(RefKind::Theme)].insert(themes.uuid(1), themes.id(0));
            m_themeAxis.insert(themes.id(0), themes.id(2));
        }
        SqlQuery other(db, QStringLiteral("SELECT uuid FROM axis WHERE edition_id <> ? UNION SELECT theme.uuid FROM "
                                          "theme JOIN axis ON axis.id = theme.axis_id WHERE axis.edition_id <> ?"));
        other.bind(editionId).bind(editionId).exec();
        while (other.next())
            m_otherEdition.insert(other.uuid(0));
    }

    void setLenient(bool lenient) { m_lenient = lenient; }

    Id lookupId(RefKind kind, const QUuid& uuid, Id) override
    {
        if (m_lenient)
            m_knownAtExport.insert(uuid);
        return known(kind, uuid);
    }
    Id resolve(RefKind kind, const QUuid& uuid, const Path& path) override
    {
        if (uuid.isNull())
            return NoId;
        if (const Id id = known(kind, uuid); id > 0)
            return id;
        if (m_lenient || m_knownAtExport.contains(uuid))
            return placeholder(uuid);
        if (m_otherEdition.contains(uuid))
            json::fail(path, Tr::tr("%1 belongs to another edition of the pact.").arg(uuidText(uuid)));
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
    Id known(RefKind kind, const QUuid& uuid) const { return m_ids.value(static_cast<int>(kind)).value(uuid, NoId); }
    Id placeholder(const QUuid& uuid)
    {
        auto it = m_placeholders.find(uuid);
        if (it == m_placeholders.end())
            it = m_placeholders.insert(uuid, -1 - m_placeholders.size());
        return it.value();
    }

    Id m_editionId;
    Id m_groupId;
    bool m_lenient = false;
    QHash<int, QHash<QUuid, Id>> m_ids; // by RefKind
    QHash<Id, Id> m_themeAxis;
    QSet<QUuid> m_otherEdition;
    QSet<QUuid> m_knownAtExport;
    QHash<QUuid, Id> m_placeholders;
};

SheetContent contentOf(const SheetData& sheet)
{
    return {sheet.actions, sheet.meetings};
}

// Where a uuid already lives in the database among the group's kinds of items: table and owner id.
struct Owner
{
    QString table;
    Id owner = NoId; // the row's parent: group for an action or a meeting, action for an indicator...
    Id group = NoId; // the working group it belongs to (NoId: none)
};

std::optional<Owner> ownerOf(Database& db, const QUuid& uuid)
{
    static const QList<QPair<QString, QString>> queries{
        {QStringLiteral("action"), QStringLiteral("SELECT group_id, group_id FROM action WHERE uuid = ?")},
        {QStringLiteral("indicator"), QStringLiteral("SELECT i.action_id, a.group_id FROM indicator i JOIN action a "
                                                     "ON a.id = i.action_id WHERE i.uuid = ?")},
        {QStringLiteral("measurement"),
         QStringLiteral("SELECT m.indicator_id, a.group_id FROM measurement m JOIN indicator i ON i.id = "
                        "m.indicator_id JOIN action a ON a.id = i.action_id WHERE m.uuid = ?")},
        {QStringLiteral("meeting"), QStringLiteral("SELECT group_id, group_id FROM meeting WHERE uuid = ?")},
    };
    for (const auto& [table, sql] : queries) {
        SqlQuery query(db, sql);
        query.bind(dbUuid(uuid)).exec();
        if (query.next())
            return Owner{table, query.id(0), query.id(1)};
    }
    return std::nullopt;
}

// An item of the sheet must be new, or this group's item of the same kind under the same parent.
void checkItem(Database& db, Id groupId, const QUuid& uuid, const QString& table, Id parentId, const QString& path)
{
    const auto owner = ownerOf(db, uuid);
    if (!owner)
        return;
    if (owner->group != groupId)
        throw InputError(path, Tr::tr("this item belongs to another working group of the database (%1); a sheet "
                                      "can only change its own group.")
                                   .arg(uuidText(uuid)));
    if (owner->table != table)
        throw InputError(path,
                         Tr::tr("the identifier %1 names another kind of record in the database.").arg(uuidText(uuid)));
    if (parentId != NoId && owner->owner != parentId)
        throw InputError(path, Tr::tr("this item belongs to another record in the database: it cannot be moved "
                                      "through a sheet."));
}

Id idOf(Database& db, const QString& table, const QUuid& uuid)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    query.bind(dbUuid(uuid)).exec();
    return query.next() ? query.id(0) : NoId;
}

void checkItems(Database& db, Id groupId, const SheetData& sheet)
{
    for (const auto& action : sheet.actions) {
        checkItem(db, groupId, action.uuid, QStringLiteral("action"), groupId, sheet.paths.value(action.uuid));
        const Id actionId = idOf(db, QStringLiteral("action"), action.uuid);
        for (const auto& indicator : action.indicators) {
            checkItem(db, groupId, indicator.uuid, QStringLiteral("indicator"), actionId,
                      sheet.paths.value(indicator.uuid));
            const Id indicatorId = idOf(db, QStringLiteral("indicator"), indicator.uuid);
            for (const auto& m : indicator.measurements)
                checkItem(db, groupId, m.uuid, QStringLiteral("measurement"), indicatorId, sheet.paths.value(m.uuid));
        }
    }
    for (const auto& meeting : sheet.meetings)
        checkItem(db, groupId, meeting.uuid, QStringLiteral("meeting"), groupId, sheet.paths.value(meeting.uuid));
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
        throw InputError(
            QStringLiteral("group.uuid"),
            Tr::tr("the working group \"%1\" of this sheet no longer exists in the database.").arg(m_export.groupName));
    m_groupId = group->id;
    const auto edition = EditionRepository(db).find(group->editionId);
    if (!edition || edition->uuid != m_origin.editionUuid)
        throw InputError(QStringLiteral("edition.uuid"),
                         Tr::tr("this sheet belongs to the edition \"%1\", but its working group belongs to \"%2\" in "
                                "the database.")
                             .arg(m_origin.editionTitle, edition ? edition->title : QString()));

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
                             .arg(uuidText(m_origin.exportId), m_export.groupName));
    checkItems(db, group->id, theirs);

    m_base = contentOf(base);
    m_theirs = contentOf(theirs);
    m_ours.actions = ActionRepository(db).ofGroup(group->id);
    m_ours.meetings = MeetingRepository(db).ofGroup(group->id);
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

void SheetImport::remerge()
{
    m_outcome = mergeSheet(m_base, m_theirs, m_ours, m_decisions, m_labels);
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
