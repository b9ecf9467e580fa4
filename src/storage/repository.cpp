#include "repository.h"

#include "database.h"
#include "domain/validation.h"
#include "enginesql.h"
#include "labels.h"
#include "recordquery.h"
#include "sqlquery.h"
#include "statementbatch.h"
#include "storageerror.h"
#include "transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

namespace pacte {

namespace {

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(", "));
}

// Ids are read in chunks of this many, each an "id IN (...)" of literal numbers.
constexpr qsizetype IdsPerQuery = 500;

QString idList(const QList<Id>& ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (Id id : ids)
        numbers << QString::number(id);
    return joined(numbers);
}

template <typename T>
QList<T> readWithIds(Database& db, const QList<Id>& ids, bool withChildren)
{
    QList<T> items;
    for (qsizetype start = 0; start < ids.size(); start += IdsPerQuery) {
        const QString condition = QStringLiteral("id IN (%1)").arg(idList(ids.mid(start, IdsPerQuery)));
        items += withChildren ? recordsWhere<T>(db, condition) : recordsWhereWithoutChildren<T>(db, condition);
    }
    return items;
}

template <typename T>
QString insertStatement(bool presetId)
{
    using R = RecordTraits<T>;
    QStringList columns = QStringList{QStringLiteral("uuid")} + R::columns();
    // A record written back under its own id (an undone deletion) keeps its version: it never goes back.
    if (presetId)
        columns = QStringList{QStringLiteral("id")} + columns + QStringList{QStringLiteral("version")};
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QString::fromLatin1(R::table), joined(columns), joined(QStringList(columns.size(), QStringLiteral("?"))));
}

template <typename T>
QString updateStatement()
{
    using R = RecordTraits<T>;
    QStringList assignments;
    for (const auto& column : R::columns())
        assignments << column + QStringLiteral(" = ?");
    // Every write moves the record's version (ids.h): the trigger of format 14 leaves it alone then.
    assignments << QStringLiteral("version = version + 1");
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(QString::fromLatin1(R::table), joined(assignments));
}

// A write that changed only a record's children (an indicator's measurement) moves its version too.
template <typename T>
QString versionStatement()
{
    return QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?")
        .arg(QString::fromLatin1(RecordTraits<T>::table));
}

// Has someone else written the record since the editor read it? The values decide: the stored record
// against the one the editor read. The version (ids.h) moves with every write of the record's own
// row, but not with every change of what the record holds: a link row removed by another record's
// deletion (a person's groups), or brought back by its undo, or a child row written in SQL. Trusting
// an unchanged version would let those be overwritten silently; a moved version over the same values
// (the window's own write that an undo takes back, a change undone since) is no conflict either.
bool changedSince(const FieldValues& storedFields, const FieldValues& knownFields)
{
    return storedFields != knownFields;
}

// Runs the record's own INSERT or UPDATE; a UNIQUE constraint (an edition title, a target public's
// name, a uuid) becomes a validation message rather than the engine's text.
void execRecordStatement(SqlQuery& query)
{
    try {
        query.exec();
    } catch (const StorageError& error) {
        // SQLite: "UNIQUE constraint failed: edition.title"; PostgreSQL: "Key (title)=(…) already exists".
        static const QRegularExpression unique(
            QStringLiteral("UNIQUE constraint failed: \\w+\\.(\\w+)|Key \\((\\w+)[^)]*\\)=\\(.*\\) already exists"));
        const auto match = unique.match(error.message());
        if (!match.hasMatch())
            throw;
        const QString column = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        const QString message =
            column == QLatin1String("title")
                ? QCoreApplication::translate("pacte::Repository", "Another item already has this title.")
            : column == QLatin1String("name")
                ? QCoreApplication::translate("pacte::Repository", "Another item already has this name.")
                : QCoreApplication::translate("pacte::Repository", "This item already exists in the database.");
        throw ValidationError({{column, message}});
    }
}

enum class ConflictingWrite { Update, Deletion };

ConflictError conflictBetween(const QString& label, const FieldValues& stored, const FieldValues& known,
                              const FieldValues& mine, ConflictingWrite write = ConflictingWrite::Update)
{
    const QList<ConflictError::Field> fields = conflictFields(stored, known, mine);
    QStringList lines;
    for (const auto& [name, value, mineValue] : fields) {
        lines << (write == ConflictingWrite::Deletion
                      ? QCoreApplication::translate("pacte::Repository",
                                                    "%1: « %2 » saved meanwhile, « %3 » when you read it")
                      : QCoreApplication::translate("pacte::Repository",
                                                    "%1: « %2 » saved meanwhile, « %3 » in this edit"))
                     .arg(name, value, mineValue);
    }
    const QString message =
        write == ConflictingWrite::Deletion
            ? QCoreApplication::translate(
                  "pacte::Repository", "\"%1\" was changed by someone else since you opened it: nothing was deleted. "
                                       "Look at the record as it is now, then delete it again if you still wish.\n%2")
            : QCoreApplication::translate("pacte::Repository",
                                          "\"%1\" was changed by someone else since you opened it: nothing was saved. "
                                          "Look at the record as it is now, then make your change again.\n%2");
    return ConflictError(message.arg(label, lines.join(QLatin1Char('\n'))), fields, label);
}

QString refusedByServer(const QString& label)
{
    return QCoreApplication::translate("pacte::Repository",
                                       "\"%1\" was not changed: your role on the server does not allow it (a "
                                       "territorial referent changes the records of her territories only).")
        .arg(label);
}

} // namespace

QList<ConflictError::Field> conflictFields(const FieldValues& stored, const FieldValues& known, const FieldValues& mine)
{
    const auto valueOf = [](const FieldValues& values, const QString& name) {
        for (const auto& [field, value] : values) {
            if (field == name)
                return value;
        }
        return QString();
    };
    // The fields stored, then those the reader knew that are stored no more (a child deleted meanwhile).
    QStringList names;
    for (const auto& [name, value] : stored)
        names << name;
    for (const auto& [name, value] : known) {
        if (!names.contains(name))
            names << name;
    }
    QList<ConflictError::Field> fields;
    for (const QString& name : std::as_const(names)) {
        const QString value = valueOf(stored, name);
        if (valueOf(known, name) != value)
            fields.append({name, value, valueOf(mine, name)});
    }
    return fields;
}

template <typename T>
QList<T> recordsWhere(Database& db, const QString& condition, const QVariantList& binds)
{
    QList<T> items = recordsWhereWithoutChildren<T>(db, condition, binds);
    if (!items.isEmpty())
        RecordTraits<T>::loadChildren(db, items, condition.isEmpty() ? QStringLiteral("1 = 1") : condition, binds);
    return items;
}

template <typename T>
QList<T> recordsWhereWithoutChildren(Database& db, const QString& condition, const QVariantList& binds)
{
    using R = RecordTraits<T>;
    const QString cond = condition.isEmpty() ? QStringLiteral("1 = 1") : condition;
    SqlQuery query(
        db, QStringLiteral("SELECT id, uuid, version, %1 FROM %2 WHERE %3 ORDER BY %4")
                .arg(joined(R::columns()), QString::fromLatin1(R::table), cond, QString::fromLatin1(R::orderBy)));
    query.bindAll(binds).exec();
    QList<T> items;
    while (query.next()) {
        T item;
        item.id = query.id("id");
        item.uuid = query.uuid("uuid");
        item.version.number = query.id("version");
        R::read(item, query);
        items.append(std::move(item));
    }
    return items;
}

template <typename T>
int countWhere(Database& db, const QString& condition, const QVariantList& binds)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                           .arg(QString::fromLatin1(RecordTraits<T>::table),
                                condition.isEmpty() ? QStringLiteral("1 = 1") : condition));
    query.bindAll(binds).exec();
    return query.next() ? query.integer(0) : 0;
}

template <typename T>
QList<T> Repository<T>::all() const
{
    return recordsWhere<T>(m_db, {});
}

template <typename T>
QList<T> Repository<T>::ofEdition(Id editionId) const requires EditionRecord<T>
{
    if constexpr (std::is_same_v<T, Action>)
        return recordsWhere<T>(m_db, QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"),
                               {editionId});
    else
        return recordsWhere<T>(m_db, QStringLiteral("edition_id = ?"), {editionId});
}

template <typename T>
int Repository<T>::countOfEdition(Id editionId) const requires EditionRecord<T>
{
    if constexpr (std::is_same_v<T, Action>)
        return countWhere<T>(m_db, QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"),
                             {editionId});
    else
        return countWhere<T>(m_db, QStringLiteral("edition_id = ?"), {editionId});
}

template <typename T>
QList<T> Repository<T>::ofGroup(Id groupId) const requires GroupRecord<T>
{
    return recordsWhere<T>(m_db, QStringLiteral("group_id = ?"), {groupId});
}

template <typename T>
std::optional<T> Repository<T>::find(Id id) const
{
    auto items = recordsWhere<T>(m_db, QStringLiteral("id = ?"), {id});
    if (items.isEmpty())
        return std::nullopt;
    return items.takeFirst();
}

template <typename T>
std::optional<T> Repository<T>::findByUuid(const QUuid& uuid) const
{
    auto items = recordsWhere<T>(m_db, QStringLiteral("uuid = ?"), {dbUuid(uuid)});
    if (items.isEmpty())
        return std::nullopt;
    return items.takeFirst();
}

template <typename T>
Id Repository<T>::idOf(const QUuid& uuid) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QString::fromLatin1(RecordTraits<T>::table)));
    query.bind(dbUuid(uuid)).exec();
    return query.next() ? query.id(0) : NoId;
}

template <typename T>
int Repository<T>::count() const
{
    return countWhere<T>(m_db, {});
}

template <typename T>
void Repository<T>::insert(T& item)
{
    using R = RecordTraits<T>;
    m_db.ensureWritable();
    if (const FieldErrors errors = validate(item); !errors.isEmpty())
        throw ValidationError(errors);
    Transaction transaction(m_db);
    if (item.uuid.isNull())
        item.uuid = QUuid::createUuid();
    QVariantList values = QVariantList{dbUuid(item.uuid)} + R::values(item);
    const bool presetId = item.id != NoId;
    if (presetId) {
        item.version.number = std::max<qint64>(item.version.number, 1);
        values.prepend(item.id);
        values.append(item.version.number);
    }
    SqlQuery query(m_db, insertStatement<T>(presetId));
    query.bindAll(values);
    execRecordStatement(query);
    if (!presetId)
        item.id = query.lastInsertId();
    else
        enginesql::afterExplicitId(m_db, QString::fromLatin1(R::table));
    if (!presetId)
        item.version.number = 1; // the column's default
    R::saveChildren(m_db, item, nullptr);
    ChangeLog(m_db).recordInsert(R::kind, item.uuid, R::label(item));
    transaction.commit();
}

template <typename T>
void Repository<T>::update(T& item, const T* expected)
{
    using R = RecordTraits<T>;
    m_db.ensureWritable();
    if (const FieldErrors errors = validate(item); !errors.isEmpty())
        throw ValidationError(errors);
    Transaction transaction(m_db);
    enginesql::lockRecord(m_db, QString::fromLatin1(R::table), item.id);
    const std::optional<T> before = find(item.id);
    if (!before)
        throw StorageError(QCoreApplication::translate("pacte::Repository", "\"%1\" no longer exists in the database.")
                               .arg(R::label(item)));
    Labels labels(m_db);
    const FieldValues oldFields = R::fields(*before, labels);
    // Several people on one server: what is stored must still be what this edit started from.
    if (expected && m_db.isServer()) {
        const FieldValues known = R::fields(*expected, labels);
        if (changedSince(oldFields, known))
            throw conflictBetween(R::label(*before), oldFields, known, R::fields(item, labels));
    }
    SqlQuery query(m_db, updateStatement<T>());
    query.bindAll(R::values(item)).bind(item.id);
    execRecordStatement(query);
    // The record was read just above: no row written means the server's rights refused it (a
    // referent's row-level security on another territory's record), which PostgreSQL does silently.
    if (query.rowsAffected() == 0)
        throw StorageError(refusedByServer(R::label(item)));
    item.uuid = before->uuid;
    item.version.number = before->version.number + 1;
    R::saveChildren(m_db, item, &*before);
    ChangeLog(m_db).recordUpdate(R::kind, item.uuid, R::label(item), oldFields, R::fields(item, labels));
    transaction.commit();
}

template <typename T>
void Repository<T>::remove(Id id, const T* expected)
{
    using R = RecordTraits<T>;
    m_db.ensureWritable();
    Transaction transaction(m_db);
    enginesql::lockRecord(m_db, QString::fromLatin1(R::table), id);
    const std::optional<T> before = find(id);
    if (!before) {
        // Nothing to delete is not a failure: leaving the guard uncommitted would cancel an outer transaction.
        transaction.commit();
        return;
    }
    // Several people on one server: delete only the record the user saw, not one changed meanwhile.
    if (expected && m_db.isServer()) {
        Labels labels(m_db);
        const FieldValues stored = R::fields(*before, labels);
        const FieldValues known = R::fields(*expected, labels);
        if (changedSince(stored, known))
            throw conflictBetween(R::label(*before), stored, known, known, ConflictingWrite::Deletion);
    }
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QString::fromLatin1(R::table)));
    if (remove.bind(id).exec().rowsAffected() == 0)
        throw StorageError(refusedByServer(R::label(*before)));
    ChangeLog(m_db).recordDelete(R::kind, before->uuid, R::label(*before));
    transaction.commit();
}

template <typename T>
QList<T> Repository<T>::withIds(const QList<Id>& ids) const
{
    return readWithIds<T>(m_db, ids, true);
}

template <typename T>
void Repository<T>::insertAll(QList<T>& items)
{
    m_db.ensureWritable();
    const StatementBatch batch(m_db);
    Transaction transaction(m_db);
    for (auto& item : items)
        insert(item);
    transaction.commit();
}

template <typename T>
void Repository<T>::updateAll(QList<T>& items, const QList<T>* expected)
{
    using R = RecordTraits<T>;
    m_db.ensureWritable();
    for (const auto& item : items) {
        if (const FieldErrors errors = validate(item); !errors.isEmpty())
            throw ValidationError(errors);
    }
    const StatementBatch batch(m_db);
    Transaction transaction(m_db);
    const bool compare = expected && m_db.isServer();
    QList<Id> ids;
    ids.reserve(items.size());
    for (const auto& item : items)
        ids.append(item.id);
    if (compare)
        enginesql::lockRecords(m_db, QString::fromLatin1(R::table), ids);
    QHash<Id, T> befores;
    befores.reserve(items.size());
    for (auto& before : readWithIds<T>(m_db, ids, true))
        befores.insert(before.id, std::move(before));
    Labels labels(m_db);
    ChangeLog log(m_db);
    const QString statement = updateStatement<T>();
    const QString bumpStatement = versionStatement<T>();
    for (qsizetype index = 0; index < items.size(); ++index) {
        T& item = items[index];
        const auto found = befores.constFind(item.id);
        if (found == befores.constEnd())
            throw StorageError(
                QCoreApplication::translate("pacte::Repository", "\"%1\" no longer exists in the database.")
                    .arg(R::label(item)));
        const T& before = *found;
        if (compare) {
            const FieldValues stored = R::fields(before, labels);
            const FieldValues known = R::fields(expected->at(index), labels);
            if (changedSince(stored, known))
                throw conflictBetween(R::label(item), stored, known, R::fields(item, labels));
        }
        const QVariantList values = R::values(item);
        item.uuid = before.uuid;
        item.version.number = before.version.number;
        if (values != R::values(before)) {
            SqlQuery query(m_db, statement);
            query.bindAll(values).bind(item.id);
            execRecordStatement(query);
            if (m_db.isServer() && query.rowsAffected() == 0)
                throw StorageError(refusedByServer(R::label(item)));
            ++item.version.number;
        } else if (!(item == before)) {
            SqlQuery query(m_db, bumpStatement);
            query.bind(item.id).exec();
            if (m_db.isServer() && query.rowsAffected() == 0)
                throw StorageError(refusedByServer(R::label(item)));
            ++item.version.number;
        }
        R::saveChildren(m_db, item, &before);
        log.recordUpdate(R::kind, item.uuid, R::label(item), R::fields(before, labels), R::fields(item, labels));
    }
    transaction.commit();
}

template <typename T>
void Repository<T>::removeAll(const QList<Id>& ids)
{
    using R = RecordTraits<T>;
    m_db.ensureWritable();
    const StatementBatch batch(m_db);
    Transaction transaction(m_db);
    QHash<Id, T> befores;
    for (auto& before : readWithIds<T>(m_db, ids, false))
        befores.insert(before.id, std::move(before));
    ChangeLog log(m_db);
    const QString statement = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QString::fromLatin1(R::table));
    for (Id id : ids) {
        const auto found = befores.constFind(id);
        if (found == befores.constEnd())
            continue; // nothing to delete is not a failure, as for remove()
        SqlQuery(m_db, statement).bind(id).exec();
        log.recordDelete(R::kind, found->uuid, R::label(*found));
    }
    transaction.commit();
}

#define PACTE_DEFINE_QUERIES(Type)                                                                                     \
    template QList<Type> recordsWhere<Type>(Database&, const QString&, const QVariantList&);                           \
    template QList<Type> recordsWhereWithoutChildren<Type>(Database&, const QString&, const QVariantList&);            \
    template int countWhere<Type>(Database&, const QString&, const QVariantList&);

PACTE_DEFINE_QUERIES(Territory)
PACTE_DEFINE_QUERIES(Edition)
PACTE_DEFINE_QUERIES(Axis)
PACTE_DEFINE_QUERIES(TargetPublic)
PACTE_DEFINE_QUERIES(Dispositif)
PACTE_DEFINE_QUERIES(Partner)
PACTE_DEFINE_QUERIES(Person)
PACTE_DEFINE_QUERIES(WorkingGroup)
PACTE_DEFINE_QUERIES(Action)
PACTE_DEFINE_QUERIES(Meeting)
PACTE_DEFINE_QUERIES(Evaluation)
PACTE_DEFINE_QUERIES(GroupEvaluation)
PACTE_DEFINE_QUERIES(LocalPact)

template class Repository<Territory>;
template class Repository<Edition>;
template class Repository<Axis>;
template class Repository<TargetPublic>;
template class Repository<Dispositif>;
template class Repository<Partner>;
template class Repository<Person>;
template class Repository<WorkingGroup>;
template class Repository<Action>;
template class Repository<Meeting>;
template class Repository<Evaluation>;
template class Repository<GroupEvaluation>;
template class Repository<LocalPact>;

} // namespace pacte
