#include "provenancejson.h"

#include "storage/provenancestore.h"

#include <QCoreApplication>
#include <QSet>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Dump)
};

} // namespace

json::Json provenanceJson(const QList<ProvenanceRecord>& records)
{
    using json::toJson;
    json::Json list = json::Json::array();
    for (const auto& record : records)
        list.push_back(json::Json{{"entity", toJson(record.entity)},
                                  {"uuid", toJson(record.uuid)},
                                  {"kind", toJson(enumCode(record.provenance.kind))},
                                  {"source", toJson(record.provenance.source)},
                                  {"note", toJson(record.provenance.note)}});
    return list;
}

QList<ProvenanceRecord> parseProvenance(const json::Json& root, const char* key, const json::Path& path)
{
    QList<ProvenanceRecord> records;
    QSet<QUuid> seen;
    const json::Json& list = json::optionalArray(root, key, path);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json::Path p = (path / key)[i];
        const json::Json& o = list.at(i);
        json::expectObject(o, p, {"entity", "uuid", "kind", "source", "note"});
        ProvenanceRecord record;
        record.entity = json::requiredString(o, "entity", p);
        if (!isProvenanceEntity(record.entity))
            json::fail(p / "entity", Tr::tr("\"%1\" is not a kind of record.").arg(record.entity));
        record.uuid = json::requiredUuid(o, "uuid", p);
        record.provenance.kind = json::requiredEnum<ProvenanceKind>(o, "kind", p);
        record.provenance.source = json::optionalString(o, "source", p);
        record.provenance.note = json::optionalString(o, "note", p);
        if (seen.contains(record.uuid))
            json::fail(p / "uuid", Tr::tr("the provenance of this record is already given."));
        seen.insert(record.uuid);
        records.append(record);
    }
    return records;
}

void restoreProvenance(Database& db, const QList<ProvenanceRecord>& records, const json::Path& path)
{
    ProvenanceStore store(db);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const auto& record = records.at(i);
        if (!store.recordExists(record.entity, record.uuid))
            json::fail((path / "provenance")[std::size_t(i)] / "uuid",
                       Tr::tr("no %1 has this uuid in the file.").arg(record.entity));
        store.put(record);
    }
}

} // namespace pacte
