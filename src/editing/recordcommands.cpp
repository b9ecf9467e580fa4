#include "recordcommands.h"

#include "document.h"
#include "droppedchildren.h"
#include "storage/changelog.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <type_traits>

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Commands)
};

// A change of the name reads as a rename in the Edit menu ("Annuler : renommer le partenaire « … »"),
// the record named as it was; other changes as an edit of the record.
QString updateText(Entity kind, const QString& before, const QString& after)
{
    if (before == after)
        return Tr::tr("Edit \"%1\"").arg(after);
    switch (kind) {
    case Entity::Territory:
        return Tr::tr("Rename the territory \"%1\"").arg(before);
    case Entity::Edition:
        return Tr::tr("Rename the edition \"%1\"").arg(before);
    case Entity::Axis:
        return Tr::tr("Rename the axis \"%1\"").arg(before);
    case Entity::Theme:
        return Tr::tr("Rename the theme \"%1\"").arg(before);
    case Entity::TargetPublic:
        return Tr::tr("Rename the public \"%1\"").arg(before);
    case Entity::Dispositif:
        return Tr::tr("Rename the scheme \"%1\"").arg(before);
    case Entity::Partner:
        return Tr::tr("Rename the partner \"%1\"").arg(before);
    case Entity::Person:
        return Tr::tr("Rename the person \"%1\"").arg(before);
    case Entity::WorkingGroup:
        return Tr::tr("Rename the working group \"%1\"").arg(before);
    case Entity::Action:
        return Tr::tr("Rename the action \"%1\"").arg(before);
    case Entity::Indicator:
        return Tr::tr("Rename the indicator \"%1\"").arg(before);
    case Entity::Meeting: // its label is its date too: a new date is no rename
    case Entity::Measurement:
    case Entity::Evaluation:
    case Entity::GroupEvaluation:
    case Entity::LocalPact:
        break;
    }
    return Tr::tr("Edit \"%1\"").arg(after);
}

} // namespace

template <typename T>
InsertRecordCommand<T>::InsertRecordCommand(Document& document, T item)
    : DocumentCommand(document, Tr::tr("Add \"%1\"").arg(RecordTraits<T>::label(item)))
    , m_item(std::move(item))
{}

template <typename T>
void InsertRecordCommand<T>::applyRedo()
{
    T copy = m_item;
    Repository<T>(m_document.database()).insert(copy);
    m_item = copy; // keeps the id and uuid given the first time, so that redo restores them
    publish(RecordTraits<T>::kind, {m_item.uuid}, ChangeKind::Inserted);
}

template <typename T>
void InsertRecordCommand<T>::applyUndo()
{
    // Never deletes a record someone else has changed since (a server).
    Repository<T>(m_document.database()).remove(m_item.id, &m_item);
    publish(RecordTraits<T>::kind, {m_item.uuid}, ChangeKind::Removed);
}

template <typename T>
UpdateRecordCommand<T>::UpdateRecordCommand(Document& document, T before, T after, const QString& text)
    : DocumentCommand(document, text.isEmpty() ? updateText(RecordTraits<T>::kind, RecordTraits<T>::label(before),
                                                            RecordTraits<T>::label(after))
                                               : text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

template <typename T>
void UpdateRecordCommand<T>::applyRedo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    // The children dropped are those stored now that `after` leaves out (the stored record may hold
    // one the editor's copy did not know of).
    // Only records with child records read the stored one (an update of a meeting reads nothing more).
    if constexpr (std::is_same_v<T, Partner> || std::is_same_v<T, Axis> || std::is_same_v<T, Action>) {
        const std::optional<T> stored = Repository<T>(db).find(m_after.id);
        m_droppedProvenance = ProvenanceStore(db).of(droppedChildren(stored.value_or(m_before), m_after));
    }
    T copy = m_after;
    // Refused on a server when someone else changed the record since the editor read it.
    Repository<T>(db).update(copy, &m_before);
    transaction.commit();
    m_after = copy; // new children got ids: redo gives them the same ones
    publish(RecordTraits<T>::kind, {m_after.uuid}, ChangeKind::Updated);
}

template <typename T>
void UpdateRecordCommand<T>::applyUndo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    T copy = m_before;
    // Undo never reverts someone else's later change: refused when the record is no longer what this
    // command wrote.
    Repository<T>(db).update(copy, &m_after); // dropped children come back with their uuids...
    ProvenanceStore store(db);
    for (const auto& record : std::as_const(m_droppedProvenance))
        store.put(record); // ...and with where they come from
    transaction.commit();
    publish(RecordTraits<T>::kind, {m_before.uuid}, ChangeKind::Updated);
}

template <typename T>
DeleteRecordCommand<T>::DeleteRecordCommand(Document& document, T item)
    : DocumentCommand(document, Tr::tr("Delete \"%1\"").arg(RecordTraits<T>::label(item)))
    , m_item(std::move(item))
{}

template <typename T>
void DeleteRecordCommand<T>::applyRedo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    m_impact = captureDeletion(db, RecordTraits<T>::kind, m_item.id);
    // Refused on a server when someone else changed the record since the user saw it.
    Repository<T>(db).remove(m_item.id, &m_item);
    transaction.commit();
    // The record first, then what cascaded from it and the records that lost a reference to it.
    publish(m_impact.deletedRecords(), ChangeKind::Removed);
    publish(m_impact.clearedRecords(), ChangeKind::Updated);
}

template <typename T>
void DeleteRecordCommand<T>::applyUndo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    restoreDeletion(db, m_impact);
    ChangeLog(db).recordInsert(RecordTraits<T>::kind, m_item.uuid, RecordTraits<T>::label(m_item));
    transaction.commit();
    // Everything that cascaded comes back too.
    publish(m_impact.deletedRecords(), ChangeKind::Inserted);
    publish(m_impact.clearedRecords(), ChangeKind::Updated);
}

#define PACTE_DEFINE_COMMANDS(Type)                                                                                    \
    template class InsertRecordCommand<Type>;                                                                          \
    template class UpdateRecordCommand<Type>;                                                                          \
    template class DeleteRecordCommand<Type>;

PACTE_DEFINE_COMMANDS(Territory)
PACTE_DEFINE_COMMANDS(Edition)
PACTE_DEFINE_COMMANDS(Axis)
PACTE_DEFINE_COMMANDS(TargetPublic)
PACTE_DEFINE_COMMANDS(Dispositif)
PACTE_DEFINE_COMMANDS(Partner)
PACTE_DEFINE_COMMANDS(Person)
PACTE_DEFINE_COMMANDS(WorkingGroup)
PACTE_DEFINE_COMMANDS(Action)
PACTE_DEFINE_COMMANDS(Meeting)
PACTE_DEFINE_COMMANDS(Evaluation)
PACTE_DEFINE_COMMANDS(GroupEvaluation)
PACTE_DEFINE_COMMANDS(LocalPact)

} // namespace pacte
