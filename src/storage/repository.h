#pragma once

#include "records.h"
#include "storageerror.h"

#include <concepts>
#include <optional>

#include <QList>
#include <QUuid>
#include <QVariantList>

namespace pacte {

class Database;

// Aggregates that belong to an edition, or to a working group, for the named queries below.
template <typename T>
concept EditionRecord = requires(T item)
{
    item.editionId;
}
|| std::same_as<T, Action>;
template <typename T>
concept GroupRecord = requires(T item)
{
    item.groupId;
};

// One repository per aggregate: the record's own row plus its children (RecordTraits<T> says which).
// Every write validates the values, runs in a transaction, and is written to the change log. Reads
// are named queries; SQL conditions stay inside src/storage (recordquery.h).
template <typename T>
class Repository final
{
public:
    explicit Repository(Database& db)
        : m_db(db)
    {}

    QList<T> all() const;
    // The edition's records (an action's edition is its group's), in the table's order.
    QList<T> ofEdition(Id editionId) const requires EditionRecord<T>;
    QList<T> ofGroup(Id groupId) const requires GroupRecord<T>;
    // How many records the edition has, without reading them.
    int countOfEdition(Id editionId) const requires EditionRecord<T>;
    std::optional<T> find(Id id) const;
    // The records of these ids (those that exist), in the table's order: a few queries for any number.
    QList<T> withIds(const QList<Id>& ids) const;
    std::optional<T> findByUuid(const QUuid& uuid) const;
    Id idOf(const QUuid& uuid) const;
    int count() const;

    // Stores a new record: a null uuid gets a fresh one, a preset id is kept (undo restores ids).
    void insert(T& item);
    // Stores new values for an existing record; children without an id get one. On a server, with
    // `expected` (the record as the editor read it), a record someone else changed since is refused
    // with a ConflictError naming both values: an edit never overwrites another person's silently.
    void update(T& item, const T* expected = nullptr);
    // Deletes the record; the database's foreign keys cascade to what depends on it.
    // On a server, `expected` (the record as the user last saw it) must still be what is stored:
    // otherwise someone else changed it meanwhile, a ConflictError says how, and nothing is deleted.
    void remove(Id id, const T* expected = nullptr);

    // The same for many records, in one transaction, for imports and their undo: each statement is
    // prepared once (StatementBatch), the records as they were are read in a few queries rather than
    // one by one, and only what differs is written (an unchanged row or child list is left alone).
    // The change log gets the same rows as the single writes would write.
    // On a server, `expected` (the records as the import read them, in the order of `items`) refuses
    // the whole write with a ConflictError when one of them was changed since, as update() does.
    void insertAll(QList<T>& items);
    void updateAll(QList<T>& items, const QList<T>* expected = nullptr);
    void removeAll(const QList<Id>& ids);

private:
    Database& m_db;
};

// What a conflict shows (ConflictError): each field whose `stored` value is not the `known` one (as read),
// beside the value `mine` would write; the stored fields first, then those known that are stored no more.
QList<ConflictError::Field> conflictFields(const FieldValues& stored, const FieldValues& known,
                                           const FieldValues& mine);

using TerritoryRepository = Repository<Territory>;
using EditionRepository = Repository<Edition>;
using AxisRepository = Repository<Axis>;
using TargetPublicRepository = Repository<TargetPublic>;
using DispositifRepository = Repository<Dispositif>;
using PartnerRepository = Repository<Partner>;
using PersonRepository = Repository<Person>;
using WorkingGroupRepository = Repository<WorkingGroup>;
using ActionRepository = Repository<Action>;
using MeetingRepository = Repository<Meeting>;
using EvaluationRepository = Repository<Evaluation>;
using GroupEvaluationRepository = Repository<GroupEvaluation>;
using LocalPactRepository = Repository<LocalPact>;

extern template class Repository<Territory>;
extern template class Repository<Edition>;
extern template class Repository<Axis>;
extern template class Repository<TargetPublic>;
extern template class Repository<Dispositif>;
extern template class Repository<Partner>;
extern template class Repository<Person>;
extern template class Repository<WorkingGroup>;
extern template class Repository<Action>;
extern template class Repository<Meeting>;
extern template class Repository<Evaluation>;
extern template class Repository<GroupEvaluation>;
extern template class Repository<LocalPact>;

} // namespace pacte
