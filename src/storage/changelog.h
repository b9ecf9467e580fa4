#pragma once

#include "database.h"
#include "domain/entity.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace pacte {

// An entity's fields as the change log compares and shows them: ordered (field, display value).
using FieldValues = QList<QPair<QString, QString>>;

struct ChangeEntry
{
    qint64 id = 0;
    QDateTime changedAt;
    QString userName;
    QString entity;
    QUuid entityUuid;
    QString entityLabel;
    QString operation; // insert, update, delete, migration
    QString field;
    QString oldValue;
    QString newValue;
    QString source;       // editor, sheet, migration, import
    QString sourceDetail; // the sheet's file name, for instance
};

// Records every change in the database's change_log table (who, when, what entity and field, old and
// new value, source), in the same transaction as the change itself.
class ChangeLog final
{
public:
    explicit ChangeLog(Database& db);

    void recordInsert(Entity entity, const QUuid& uuid, const QString& label);
    void recordDelete(Entity entity, const QUuid& uuid, const QString& label);
    // One row per field whose value differs.
    void recordUpdate(Entity entity, const QUuid& uuid, const QString& label, const FieldValues& before,
                      const FieldValues& after);

    QList<ChangeEntry> forEntity(const QUuid& uuid) const;
    QList<ChangeEntry> recent(int limit) const;
    // The whole log, oldest first (the full dump carries it), and the id of its newest row (0 if none).
    QList<ChangeEntry> all() const;
    qint64 lastId() const;
    // Puts back `entries` as they were written, with their own time, user and source, in place of the
    // rows after `afterId`: a restored dump gets its history instead of one "import" row per record.
    void replaceAfter(qint64 afterId, const QList<ChangeEntry>& entries);

    static QString sourceCode(ChangeSource source);

private:
    void write(Entity entity, const QUuid& uuid, const QString& label, const QString& operation, const QString& field,
               const QString& oldValue, const QString& newValue);
    QList<ChangeEntry> read(const QString& where, const QVariantList& binds, int limit) const;

    Database& m_db;
};

} // namespace pacte
