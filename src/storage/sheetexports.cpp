#include "sheetexports.h"

#include "database.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QCoreApplication>

namespace pacte {

namespace {

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// An export from a row whose first six columns are id, uuid, group_uuid, group_name, exported_at,
// exported_by (its imports and content are read apart).
SheetExportRecord exportFromRow(const SqlQuery& query)
{
    SheetExportRecord record;
    record.id = query.id(0);
    record.exportId = query.uuid(1);
    record.groupUuid = query.uuid(2);
    record.groupName = query.text(3);
    record.exportedAt = fromTimestamp(query.text(4));
    record.exportedBy = query.text(5);
    return record;
}

} // namespace

SheetExports::SheetExports(Database& db)
    : m_db(db)
{}

void SheetExports::recordExport(SheetExportRecord& record)
{
    m_db.ensureWritable();
    SqlQuery query(m_db, QStringLiteral("INSERT INTO sheet_export (uuid, group_uuid, group_name, exported_at, "
                                        "exported_by, content) VALUES (?, ?, ?, ?, ?, ?)"));
    query
        .bindAll({dbUuid(record.exportId), dbUuid(record.groupUuid), record.groupName, timestamp(record.exportedAt),
                  record.exportedBy, QString::fromUtf8(record.content)})
        .exec();
    record.id = query.lastInsertId();
}

std::optional<SheetExportRecord> SheetExports::find(const QUuid& exportId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, uuid, group_uuid, group_name, exported_at, exported_by, content "
                                        "FROM sheet_export WHERE uuid = ?"));
    query.bind(dbUuid(exportId)).exec();
    if (!query.next())
        return std::nullopt;
    SheetExportRecord record = exportFromRow(query);
    record.content = query.text(6).toUtf8();
    record.imports = importsOf(record.id);
    return record;
}

QList<SheetExportRecord> SheetExports::forGroup(const QUuid& groupUuid) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, uuid, group_uuid, group_name, exported_at, exported_by "
                                        "FROM sheet_export WHERE group_uuid = ? ORDER BY id DESC"));
    query.bind(dbUuid(groupUuid)).exec();
    QList<SheetExportRecord> records;
    while (query.next()) {
        records.append(exportFromRow(query));
    }
    for (auto& record : records)
        record.imports = importsOf(record.id);
    return records;
}

void SheetExports::recordImport(const QUuid& exportId, const SheetImportRecord& import)
{
    m_db.ensureWritable();
    const auto record = find(exportId);
    if (!record)
        throw StorageError(QCoreApplication::translate("pacte::SheetExports", "The export %1 is not recorded.")
                               .arg(exportId.toString(QUuid::WithoutBraces)));
    SqlQuery(m_db, QStringLiteral("INSERT INTO sheet_import (export_id, imported_at, imported_by, sheet_name, "
                                  "change_count) VALUES (?, ?, ?, ?, ?)"))
        .bindAll({record->id, timestamp(import.importedAt), import.importedBy, import.sheetName, import.changeCount})
        .exec();
}

void SheetExports::removeLastImport(const QUuid& exportId)
{
    m_db.ensureWritable();
    const auto record = find(exportId);
    if (!record)
        return;
    SqlQuery(m_db, QStringLiteral("DELETE FROM sheet_import WHERE id = (SELECT MAX(id) FROM sheet_import WHERE "
                                  "export_id = ?)"))
        .bind(record->id)
        .exec();
}

QList<SheetExportRecord> SheetExports::all() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, uuid, group_uuid, group_name, exported_at, exported_by, content "
                                        "FROM sheet_export ORDER BY id"));
    query.exec();
    QList<SheetExportRecord> records;
    while (query.next()) {
        SheetExportRecord record = exportFromRow(query);
        record.content = query.text(6).toUtf8();
        records.append(record);
    }
    for (auto& record : records)
        record.imports = importsOf(record.id);
    return records;
}

void SheetExports::restore(SheetExportRecord& record)
{
    recordExport(record);
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO sheet_import (export_id, imported_at, imported_by, sheet_name, "
                                         "change_count) VALUES (?, ?, ?, ?, ?)"));
    for (const auto& import : std::as_const(record.imports))
        insert
            .bindAll({record.id, timestamp(import.importedAt), import.importedBy, import.sheetName, import.changeCount})
            .exec();
}

QList<SheetImportRecord> SheetExports::importsOf(Id exportRowId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT imported_at, imported_by, sheet_name, change_count FROM sheet_import "
                                        "WHERE export_id = ? ORDER BY id"));
    query.bind(exportRowId).exec();
    QList<SheetImportRecord> imports;
    while (query.next())
        imports.append({fromTimestamp(query.text(0)), query.text(1), query.text(2), query.integer(3)});
    return imports;
}

} // namespace pacte
