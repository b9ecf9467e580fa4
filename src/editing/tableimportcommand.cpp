#include "tableimportcommand.h"

#include "document.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Edits)
};

// Sets the change log's source for the life of the object.
class SourceScope final
{
public:
    SourceScope(Database& db, ChangeSource source, const QString& detail)
        : m_db(db)
        , m_source(db.changeSource())
        , m_detail(db.changeSourceDetail())
    {
        db.setChangeSource(source, detail);
    }
    ~SourceScope() { m_db.setChangeSource(m_source, m_detail); }
    SourceScope(const SourceScope&) = delete;
    SourceScope& operator=(const SourceScope&) = delete;

private:
    Database& m_db;
    ChangeSource m_source;
    QString m_detail;
};

template <typename T>
QList<QUuid> uuidsOf(const QList<T>& items)
{
    QList<QUuid> uuids;
    for (const auto& item : items)
        uuids << item.uuid;
    return uuids;
}

template <typename T>
void insertAll(Database& db, QList<T>& items)
{
    Repository<T>(db).insertAll(items); // keeps the ids given the first time: redo restores them
}

// `expected`: the records as they should be stored before this write (what the import read, or what
// its redo wrote), compared on a server so that another person's change is never written over.
template <typename T>
void updateAll(Database& db, QList<T>& items, const QList<T>& expected)
{
    Repository<T>(db).updateAll(items, &expected);
}

template <typename T>
void removeAll(Database& db, const QList<T>& items)
{
    QList<Id> ids;
    ids.reserve(items.size());
    for (auto it = items.crbegin(); it != items.crend(); ++it)
        ids.append(it->id);
    Repository<T>(db).removeAll(ids);
}

} // namespace

TableImportCommand::TableImportCommand(Document& document, const TableImport& import, const QString& sourceName)
    : DocumentCommand(document, Tr::tr("Import %1").arg(sourceName))
    , m_sourceName(sourceName)
    , m_inserts(import.inserts())
    , m_updates(import.updates())
    , m_before(import.updatedBefore())
{}

void TableImportCommand::publishAll(const TableImport::Plan& plan, ChangeKind kind)
{
    publish(Entity::Partner, uuidsOf(plan.partners), kind);
    publish(Entity::Person, uuidsOf(plan.persons), kind);
    publish(Entity::WorkingGroup, uuidsOf(plan.groups), kind);
    publish(Entity::Action, uuidsOf(plan.actions), kind);
}

void TableImportCommand::applyRedo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    {
        const SourceScope source(db, ChangeSource::Import, m_sourceName);
        Transaction transaction(db);
        // References go one way: partners, then persons, groups, actions.
        insertAll(db, m_inserts.partners);
        updateAll(db, m_updates.partners, m_before.partners);
        insertAll(db, m_inserts.persons);
        updateAll(db, m_updates.persons, m_before.persons);
        insertAll(db, m_inserts.groups);
        updateAll(db, m_updates.groups, m_before.groups);
        insertAll(db, m_inserts.actions);
        updateAll(db, m_updates.actions, m_before.actions);
        transaction.commit();
    }
    publishAll(m_inserts, ChangeKind::Inserted);
    publishAll(m_updates, ChangeKind::Updated);
}

void TableImportCommand::applyUndo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    {
        Transaction transaction(db);
        removeAll(db, m_inserts.actions);
        updateAll(db, m_before.actions, m_updates.actions);
        removeAll(db, m_inserts.groups);
        updateAll(db, m_before.groups, m_updates.groups);
        removeAll(db, m_inserts.persons);
        updateAll(db, m_before.persons, m_updates.persons);
        removeAll(db, m_inserts.partners);
        updateAll(db, m_before.partners, m_updates.partners);
        transaction.commit();
    }
    publishAll(m_inserts, ChangeKind::Removed);
    publishAll(m_before, ChangeKind::Updated);
}

} // namespace pacte
