#include "recordcommands.h"

#include "document.h"
#include "storage/changelog.h"
#include "storage/repository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Commands)
};

template <typename T>
QString entityName()
{
    return QString::fromLatin1(RecordTraits<T>::entity);
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
    m_document.notifyChanged(entityName<T>(), m_item.uuid);
}

template <typename T>
void InsertRecordCommand<T>::applyUndo()
{
    Repository<T>(m_document.database()).remove(m_item.id);
    m_document.notifyChanged(entityName<T>(), m_item.uuid);
}

template <typename T>
UpdateRecordCommand<T>::UpdateRecordCommand(Document& document, T before, T after, const QString& text)
    : DocumentCommand(document, text.isEmpty() ? Tr::tr("Edit \"%1\"").arg(RecordTraits<T>::label(after)) : text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

template <typename T>
void UpdateRecordCommand<T>::applyRedo()
{
    T copy = m_after;
    Repository<T>(m_document.database()).update(copy);
    m_after = copy; // new children got ids: redo gives them the same ones
    m_document.notifyChanged(entityName<T>(), m_after.uuid);
}

template <typename T>
void UpdateRecordCommand<T>::applyUndo()
{
    T copy = m_before;
    Repository<T>(m_document.database()).update(copy);
    m_document.notifyChanged(entityName<T>(), m_before.uuid);
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
    m_impact = captureDeletion(db, QString::fromLatin1(RecordTraits<T>::table), m_item.id);
    Repository<T>(db).remove(m_item.id);
    transaction.commit();
    m_document.notifyChanged(entityName<T>(), m_item.uuid);
}

template <typename T>
void DeleteRecordCommand<T>::applyUndo()
{
    Database& db = m_document.database();
    db.ensureWritable();
    Transaction transaction(db);
    restoreDeletion(db, m_impact);
    ChangeLog(db).recordInsert(entityName<T>(), m_item.uuid, RecordTraits<T>::label(m_item));
    transaction.commit();
    // Everything that cascaded comes back too: let every view refresh.
    m_document.notifyChanged(QString(), m_item.uuid);
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

} // namespace pacte
