#include "dumphistory.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>

namespace pacte {

namespace {

using json::Json;
using json::Path;
using json::toJson;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Dump)
};

const QStringList ChangeSources{QStringLiteral("editor"), QStringLiteral("sheet"), QStringLiteral("migration"),
                                QStringLiteral("renew"), QStringLiteral("import")};
const QStringList ChangeOperations{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"),
                                   QStringLiteral("migration")};

Json timestampJson(const QDateTime& when)
{
    return when.isValid() ? Json(when.toUTC().toString(Qt::ISODateWithMs).toStdString()) : Json();
}

QDateTime requiredTimestamp(const Json& object, const char* key, const Path& path)
{
    const QString text = json::requiredString(object, key, path);
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        json::fail(path / key,
                   Tr::tr("\"%1\" is not a valid date and time (expected YYYY-MM-DDThh:mm:ss.zzzZ).").arg(text));
    return when;
}

QString requiredCode(const Json& object, const char* key, const Path& path, const QStringList& codes)
{
    const QString code = json::requiredString(object, key, path);
    if (!codes.contains(code))
        json::fail(path / key,
                   QCoreApplication::translate("pacte::json", "\"%1\" is not one of the accepted values (%2).")
                       .arg(code, json::codesOf(codes)));
    return code;
}

ChangeEntry parseChange(const Json& o, const Path& p)
{
    json::expectObject(o, p,
                       {"at", "user", "entity", "uuid", "label", "operation", "field", "oldValue", "newValue", "source",
                        "sourceDetail"});
    ChangeEntry entry;
    entry.changedAt = requiredTimestamp(o, "at", p);
    entry.userName = json::optionalString(o, "user", p);
    entry.entity = json::requiredString(o, "entity", p);
    entry.entityUuid = json::optionalUuid(o, "uuid", p);
    entry.entityLabel = json::optionalString(o, "label", p);
    entry.operation = requiredCode(o, "operation", p, ChangeOperations);
    entry.field = json::optionalString(o, "field", p);
    entry.oldValue = json::optionalString(o, "oldValue", p);
    entry.newValue = json::optionalString(o, "newValue", p);
    entry.source = requiredCode(o, "source", p, ChangeSources);
    entry.sourceDetail = json::optionalString(o, "sourceDetail", p);
    return entry;
}

SheetExportRecord parseExport(const Json& o, const Path& p)
{
    json::expectObject(o, p, {"uuid", "group", "groupName", "exportedAt", "exportedBy", "content", "imports"});
    SheetExportRecord record;
    record.exportId = json::requiredUuid(o, "uuid", p);
    record.groupUuid = json::requiredUuid(o, "group", p);
    record.groupName = json::optionalString(o, "groupName", p);
    record.exportedAt = requiredTimestamp(o, "exportedAt", p);
    record.exportedBy = json::optionalString(o, "exportedBy", p);
    const QString content = json::requiredString(o, "content", p);
    // The sheet as it was written: the base of the three-way merge when it comes back.
    try {
        const Json sheet = json::parse(content.toUtf8());
        if (!sheet.is_object())
            json::fail(p / "content", Tr::tr("the sheet as exported must be a JSON object."));
    } catch (const InputError&) {
        json::fail(p / "content", Tr::tr("the sheet as exported is not valid JSON."));
    }
    record.content = content.toUtf8();
    const Json& imports = json::optionalArray(o, "imports", p);
    for (std::size_t i = 0; i < imports.size(); ++i) {
        const Path ip = (p / "imports")[i];
        json::expectObject(imports.at(i), ip, {"importedAt", "importedBy", "sheetName", "changeCount"});
        SheetImportRecord import;
        import.importedAt = requiredTimestamp(imports.at(i), "importedAt", ip);
        import.importedBy = json::optionalString(imports.at(i), "importedBy", ip);
        import.sheetName = json::optionalString(imports.at(i), "sheetName", ip);
        import.changeCount = json::optionalInt(imports.at(i), "changeCount", ip);
        if (import.changeCount < 0)
            json::fail(ip / "changeCount", Tr::tr("a count cannot be negative."));
        record.imports.append(import);
    }
    return record;
}

} // namespace

void writeDumpHeaderIdentity(Database& db, Json& root)
{
    const DatabaseIdentity identity = databaseIdentity(db);
    root["database"] = Json{{"uuid", toJson(identity.uuid)},
                            {"createdAt", timestampJson(identity.createdAt)},
                            {"createdBy", toJson(identity.createdBy)}};
}

void writeDumpHistory(Database& db, Json& root)
{
    Json changes = Json::array();
    for (const auto& e : ChangeLog(db).all())
        changes.push_back(Json{{"at", timestampJson(e.changedAt)},
                               {"user", toJson(e.userName)},
                               {"entity", toJson(e.entity)},
                               {"uuid", toJson(e.entityUuid)},
                               {"label", toJson(e.entityLabel)},
                               {"operation", toJson(e.operation)},
                               {"field", toJson(e.field)},
                               {"oldValue", toJson(e.oldValue)},
                               {"newValue", toJson(e.newValue)},
                               {"source", toJson(e.source)},
                               {"sourceDetail", toJson(e.sourceDetail)}});
    root["changeLog"] = changes;
    Json exports = Json::array();
    for (const auto& record : SheetExports(db).all()) {
        Json imports = Json::array();
        for (const auto& import : record.imports)
            imports.push_back(Json{{"importedAt", timestampJson(import.importedAt)},
                                   {"importedBy", toJson(import.importedBy)},
                                   {"sheetName", toJson(import.sheetName)},
                                   {"changeCount", import.changeCount}});
        exports.push_back(Json{{"uuid", toJson(record.exportId)},
                               {"group", toJson(record.groupUuid)},
                               {"groupName", toJson(record.groupName)},
                               {"exportedAt", timestampJson(record.exportedAt)},
                               {"exportedBy", toJson(record.exportedBy)},
                               {"content", record.content.toStdString()},
                               {"imports", imports}});
    }
    root["sheetExports"] = exports;
}

DumpHistory parseDumpHistory(const Json& root)
{
    DumpHistory history;
    const Path top;
    if (root.contains("database") && !root.at("database").is_null()) {
        const Json& o = root.at("database");
        const Path p = top / "database";
        json::expectObject(o, p, {"uuid", "createdAt", "createdBy"});
        DatabaseIdentity identity;
        identity.uuid = json::requiredUuid(o, "uuid", p);
        if (o.contains("createdAt") && !o.at("createdAt").is_null())
            identity.createdAt = requiredTimestamp(o, "createdAt", p);
        identity.createdBy = json::optionalString(o, "createdBy", p);
        history.identity = identity;
    }
    if (root.contains("changeLog") && !root.at("changeLog").is_null()) {
        const Json& items = json::optionalArray(root, "changeLog", top);
        QList<ChangeEntry> changes;
        changes.reserve(static_cast<qsizetype>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i)
            changes.append(parseChange(items.at(i), (top / "changeLog")[i]));
        history.changes = changes;
    }
    const Json& exports = json::optionalArray(root, "sheetExports", top);
    QSet<QUuid> exportIds;
    for (std::size_t i = 0; i < exports.size(); ++i) {
        const Path p = (top / "sheetExports")[i];
        SheetExportRecord record = parseExport(exports.at(i), p);
        if (exportIds.contains(record.exportId))
            json::fail(p / "uuid", Tr::tr("the identifier %1 is used twice in the file.")
                                       .arg(record.exportId.toString(QUuid::WithoutBraces)));
        exportIds.insert(record.exportId);
        history.exports.append(record);
    }
    return history;
}

void restoreDumpHistory(Database& db, const DumpHistory& history, qint64 changeLogMark)
{
    if (history.identity)
        restoreDatabaseIdentity(db, *history.identity);
    if (history.changes)
        ChangeLog(db).replaceAfter(changeLogMark, *history.changes);
    SheetExports exports(db);
    for (SheetExportRecord record : history.exports)
        exports.restore(record);
}

} // namespace pacte
