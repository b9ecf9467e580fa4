#include "uuidlookup.h"

#include "sqlquery.h"

#include <array>

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::UuidLookup)
};

struct KindEntry
{
    RecordKind kind;
    const char* table;
    const char* name;
};

constexpr std::array kinds{
    KindEntry{RecordKind::Territory, "territory", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a territory")},
    KindEntry{RecordKind::Edition, "edition", QT_TRANSLATE_NOOP("pacte::UuidLookup", "an edition of the pact")},
    KindEntry{RecordKind::Axis, "axis", QT_TRANSLATE_NOOP("pacte::UuidLookup", "an axis")},
    KindEntry{RecordKind::Theme, "theme", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a theme")},
    KindEntry{RecordKind::TargetPublic, "target_public", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a target public")},
    KindEntry{RecordKind::Dispositif, "dispositif", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a dispositif")},
    KindEntry{RecordKind::Partner, "partner", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a partner")},
    KindEntry{RecordKind::Signature, "signature", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a signature")},
    KindEntry{RecordKind::Person, "person", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a person")},
    KindEntry{RecordKind::WorkingGroup, "working_group", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a working group")},
    KindEntry{RecordKind::Action, "action", QT_TRANSLATE_NOOP("pacte::UuidLookup", "an action")},
    KindEntry{RecordKind::Indicator, "indicator", QT_TRANSLATE_NOOP("pacte::UuidLookup", "an indicator")},
    KindEntry{RecordKind::Measurement, "measurement", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a measurement")},
    KindEntry{RecordKind::Meeting, "meeting", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a meeting")},
    KindEntry{RecordKind::Evaluation, "evaluation", QT_TRANSLATE_NOOP("pacte::UuidLookup", "an evaluation")},
    KindEntry{RecordKind::GroupEvaluation, "group_evaluation",
              QT_TRANSLATE_NOOP("pacte::UuidLookup", "a working group's evaluation")},
    KindEntry{RecordKind::SheetExport, "sheet_export",
              QT_TRANSLATE_NOOP("pacte::UuidLookup", "an export of a working-group sheet")},
    KindEntry{RecordKind::LocalPact, "local_pact", QT_TRANSLATE_NOOP("pacte::UuidLookup", "a local pact")},
};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (static_cast<std::size_t>(kinds.at(i).kind) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "the table of kinds follows RecordKind");

const KindEntry& entryOf(RecordKind kind)
{
    return kinds.at(static_cast<std::size_t>(kind));
}

// One query over every table: each uuid column is indexed (UNIQUE), so this is one look-up per table.
QString findSql()
{
    QStringList parts;
    for (std::size_t i = 0; i < kinds.size(); ++i)
        parts << QStringLiteral("SELECT %1, id FROM %2 WHERE uuid = ?").arg(i).arg(QLatin1String(kinds.at(i).table));
    return parts.join(QStringLiteral(" UNION ALL "));
}

} // namespace

std::optional<UuidOwner> findUuid(Database& db, const QUuid& uuid)
{
    static const QString sql = findSql();
    SqlQuery query(db, sql);
    for (std::size_t i = 0; i < kinds.size(); ++i)
        query.bind(dbUuid(uuid));
    query.exec();
    if (!query.next())
        return std::nullopt;
    return UuidOwner{kinds.at(static_cast<std::size_t>(query.integer(0))).kind, query.id(1)};
}

QString recordKindName(RecordKind kind)
{
    return Tr::tr(entryOf(kind).name);
}

QString recordTable(RecordKind kind)
{
    return QLatin1String(entryOf(kind).table);
}

} // namespace pacte
