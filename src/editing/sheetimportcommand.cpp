#include "sheetimportcommand.h"

#include "document.h"
#include "exchange/sheetimport.h"
#include "storage/enginesql.h"
#include "storage/labels.h"
#include "storage/provenancestore.h"
#include "storage/records.h"
#include "storage/repository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Commands)
};

// Makes the records `current` of a repository read `target`: what is no longer wanted is deleted,
// what changed updated, what is missing inserted again under its own id (children included).
template <typename T>
void syncRecords(Database& db, const QList<T>& current, const QList<T>& target)
{
    Repository<T> repository(db);
    QHash<QUuid, const T*> now;
    for (const T& item : current)
        now.insert(item.uuid, &item);
    QSet<QUuid> wanted;
    for (const T& item : target)
        wanted.insert(item.uuid);
    for (const T& item : current) {
        if (!wanted.contains(item.uuid))
            repository.remove(item.id);
    }
    for (const T& item : target) {
        T copy = item;
        if (const T* existing = now.value(item.uuid)) {
            if (!(*existing == item))
                repository.update(copy);
        } else {
            repository.insert(copy);
        }
    }
}

// The first record of `stored` that differs from `expected` (one added or removed meanwhile counts),
// as the fields a conflict shows: what is stored beside what this step would write back (`target`).
template <typename T>
bool findChange(Database& db, const QList<T>& stored, const QList<T>& expected, const QList<T>& target,
                QList<ConflictError::Field>& fields, QString& label)
{
    using R = RecordTraits<T>;
    if (stored == expected)
        return false;
    QHash<QUuid, const T*> known;
    for (const T& item : expected)
        known.insert(item.uuid, &item);
    QHash<QUuid, const T*> wanted;
    for (const T& item : target)
        wanted.insert(item.uuid, &item);
    Labels labels(db);
    for (const T& item : stored) {
        const T* before = known.value(item.uuid);
        if (before && *before == item)
            continue;
        label = R::label(item);
        const T* mine = wanted.value(item.uuid);
        fields = conflictFields(R::fields(item, labels), before ? R::fields(*before, labels) : FieldValues{},
                                mine ? R::fields(*mine, labels) : FieldValues{});
        return true;
    }
    // A record of `expected` deleted meanwhile.
    for (const T& item : expected) {
        if (std::none_of(stored.begin(), stored.end(), [&](const T& s) { return s.uuid == item.uuid; })) {
            label = R::label(item);
            return true;
        }
    }
    return true;
}

} // namespace

SheetImportCommand::SheetImportCommand(Document& document, SheetImport& import)
    : DocumentCommand(document, Tr::tr("Import the sheet \"%1\"").arg(import.sheetName()))
    , m_import(&import)
    , m_groupId(import.groupId())
    , m_exportId(import.origin().exportId)
{}

SheetImportCommand::GroupContent SheetImportCommand::readGroup() const
{
    Database& db = m_document.database();
    GroupContent content{ActionRepository(db).ofGroup(m_groupId),
                         MeetingRepository(db).ofGroup(m_groupId),
                         GroupEvaluationRepository(db).ofGroup(m_groupId),
                         {}};
    QList<QUuid> uuids;
    for (const auto& action : std::as_const(content.actions)) {
        uuids.append(action.uuid);
        for (const auto& indicator : action.indicators) {
            uuids.append(indicator.uuid);
            for (const auto& measurement : indicator.measurements)
                uuids.append(measurement.uuid);
        }
    }
    for (const auto& meeting : std::as_const(content.meetings))
        uuids.append(meeting.uuid);
    for (const auto& evaluation : std::as_const(content.evaluations))
        uuids.append(evaluation.uuid);
    content.provenance = ProvenanceStore(db).of(uuids);
    return content;
}

void SheetImportCommand::applyRedo()
{
    if (m_import) {
        m_before = readGroup();
        m_backupPath = m_import->apply();
        m_import = nullptr;
        m_after = readGroup();
        if (const auto exported = SheetExports(m_document.database()).find(m_exportId);
            exported && !exported->imports.isEmpty())
            m_record = exported->imports.constLast();
    } else {
        restore(m_after, m_before, true);
    }
    for (const Entity entity : {Entity::WorkingGroup, Entity::Action, Entity::Meeting, Entity::GroupEvaluation})
        publish(entity, {}, ChangeKind::Reset);
}

void SheetImportCommand::applyUndo()
{
    restore(m_before, m_after, false);
    for (const Entity entity : {Entity::WorkingGroup, Entity::Action, Entity::Meeting, Entity::GroupEvaluation})
        publish(entity, {}, ChangeKind::Reset);
}

void SheetImportCommand::restore(const GroupContent& target, const GroupContent& expected, bool recordImport)
{
    Database& db = m_document.database();
    db.ensureWritable();
    // A redo writes the sheet's changes again: the change log names the sheet, as the import did.
    const ChangeSource source = db.changeSource();
    const QString detail = db.changeSourceDetail();
    if (recordImport)
        db.setChangeSource(ChangeSource::SheetImport, m_record.sheetName);
    try {
        Transaction transaction(db);
        enginesql::lockGroupSheet(db, m_groupId); // on a server, until the transaction ends
        const GroupContent current = readGroup();
        QList<ConflictError::Field> fields;
        QString label;
        if (db.isServer() &&
            (findChange(db, current.actions, expected.actions, target.actions, fields, label) ||
             findChange(db, current.meetings, expected.meetings, target.meetings, fields, label) ||
             findChange(db, current.evaluations, expected.evaluations, target.evaluations, fields, label)))
            throw ConflictError(Tr::tr("\"%1\" was changed by someone else since the sheet was imported: the import "
                                       "can no longer be undone or redone without writing over that change. "
                                       "Nothing was written.")
                                    .arg(label),
                                fields, label);
        syncRecords(db, current.meetings, target.meetings);
        syncRecords(db, current.actions, target.actions);
        syncRecords(db, current.evaluations, target.evaluations);
        ProvenanceStore store(db);
        for (const auto& record : target.provenance)
            store.put(record);
        if (recordImport)
            SheetExports(db).recordImport(m_exportId, m_record);
        else
            SheetExports(db).removeLastImport(m_exportId);
        transaction.commit();
    } catch (...) {
        db.setChangeSource(source, detail);
        throw;
    }
    db.setChangeSource(source, detail);
}

} // namespace pacte
