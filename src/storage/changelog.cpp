#include "changelog.h"

#include "domain/clock.h"
#include "sqlquery.h"

#include <QHash>

namespace pacte {

ChangeLog::ChangeLog(Database& db)
    : m_db(db)
{}

QString ChangeLog::sourceCode(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Editor:
        return QStringLiteral("editor");
    case ChangeSource::SheetImport:
        return QStringLiteral("sheet");
    case ChangeSource::Migration:
        return QStringLiteral("migration");
    case ChangeSource::Import:
        return QStringLiteral("import");
    case ChangeSource::Renew:
        return QStringLiteral("renew");
    }
    return {};
}

void ChangeLog::write(Entity entity, const QUuid& uuid, const QString& label, const QString& operation,
                      const QString& field, const QString& oldValue, const QString& newValue)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO change_log (changed_at, user_name, entity, entity_uuid, entity_label, "
                                  "operation, field, old_value, new_value, source, source_detail) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bindAll({Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_db.userName(), entityCode(entity),
                  dbUuid(uuid), label, operation, field, oldValue, newValue, sourceCode(m_db.changeSource()),
                  m_db.changeSourceDetail()})
        .exec();
}

void ChangeLog::recordInsert(Entity entity, const QUuid& uuid, const QString& label)
{
    write(entity, uuid, label, QStringLiteral("insert"), {}, {}, label);
}

void ChangeLog::recordDelete(Entity entity, const QUuid& uuid, const QString& label)
{
    write(entity, uuid, label, QStringLiteral("delete"), {}, label, {});
}

void ChangeLog::recordUpdate(Entity entity, const QUuid& uuid, const QString& label, const FieldValues& before,
                             const FieldValues& after)
{
    QHash<QString, QString> old;
    for (const auto& [field, value] : before)
        old.insert(field, value);
    QHash<QString, bool> seen;
    for (const auto& [field, value] : after) {
        seen.insert(field, true);
        const QString previous = old.value(field);
        if (previous != value)
            write(entity, uuid, label, QStringLiteral("update"), field, previous, value);
    }
    for (const auto& [field, value] : before) {
        if (!seen.contains(field) && !value.isEmpty())
            write(entity, uuid, label, QStringLiteral("update"), field, value, {});
    }
}

namespace {

QList<ChangeEntry> readEntries(SqlQuery& query)
{
    QList<ChangeEntry> entries;
    while (query.next()) {
        ChangeEntry entry;
        entry.id = query.id(0);
        entry.changedAt = QDateTime::fromString(query.text(1), Qt::ISODateWithMs);
        entry.userName = query.text(2);
        entry.entity = query.text(3);
        entry.entityUuid = query.uuid(4);
        entry.entityLabel = query.text(5);
        entry.operation = query.text(6);
        entry.field = query.text(7);
        entry.oldValue = query.text(8);
        entry.newValue = query.text(9);
        entry.source = query.text(10);
        entry.sourceDetail = query.text(11);
        entries.append(entry);
    }
    return entries;
}

} // namespace

QList<ChangeEntry> ChangeLog::read(const QString& where, const QVariantList& binds, int limit) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, changed_at, user_name, entity, entity_uuid, entity_label, "
                                        "operation, field, old_value, new_value, source, source_detail "
                                        "FROM change_log %1 ORDER BY id DESC LIMIT %2")
                             .arg(where)
                             .arg(limit));
    query.bindAll(binds).exec();
    return readEntries(query);
}

QList<ChangeEntry> ChangeLog::all() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, changed_at, user_name, entity, entity_uuid, entity_label, "
                                        "operation, field, old_value, new_value, source, source_detail "
                                        "FROM change_log ORDER BY id"));
    query.exec();
    return readEntries(query);
}

qint64 ChangeLog::lastId() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT MAX(id) FROM change_log"));
    query.exec();
    return query.next() ? query.id(0) : 0;
}

void ChangeLog::replaceAfter(qint64 afterId, const QList<ChangeEntry>& entries)
{
    m_db.ensureWritable();
    SqlQuery(m_db, QStringLiteral("DELETE FROM change_log WHERE id > ?")).bind(afterId).exec();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO change_log (changed_at, user_name, entity, entity_uuid, "
                                         "entity_label, operation, field, old_value, new_value, source, "
                                         "source_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto& entry : entries) {
        insert
            .bindAll({entry.changedAt.toUTC().toString(Qt::ISODateWithMs), entry.userName, entry.entity,
                      entry.entityUuid.isNull() ? QString() : dbUuid(entry.entityUuid), entry.entityLabel,
                      entry.operation, entry.field, entry.oldValue, entry.newValue, entry.source, entry.sourceDetail})
            .exec();
    }
}

QList<ChangeEntry> ChangeLog::forEntity(const QUuid& uuid) const
{
    return read(QStringLiteral("WHERE entity_uuid = ?"), {dbUuid(uuid)}, 10000);
}

QList<ChangeEntry> ChangeLog::recent(int limit) const
{
    return read({}, {}, limit);
}

} // namespace pacte
