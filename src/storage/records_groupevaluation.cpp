// A working group's yearly evaluation (group_evaluation, schema 11): no children.
#include "labels.h"
#include "records.h"
#include "sqlquery.h"

namespace pacte {

const char* const RecordTraits<GroupEvaluation>::table = "group_evaluation";
const char* const RecordTraits<GroupEvaluation>::orderBy = "group_id, year";

QStringList RecordTraits<GroupEvaluation>::columns()
{
    return {QStringLiteral("group_id"),
            QStringLiteral("year"),
            QStringLiteral("effects"),
            QStringLiteral("coherence"),
            QStringLiteral("partnership_quality"),
            QStringLiteral("partnership_comment"),
            QStringLiteral("difficulties"),
            QStringLiteral("adjustments")};
}

void RecordTraits<GroupEvaluation>::read(GroupEvaluation& item, const SqlQuery& row)
{
    item.groupId = row.id("group_id");
    item.year = row.integer("year");
    item.effects = row.text("effects");
    item.coherence = row.text("coherence");
    item.partnershipQuality =
        enumFromCode<PartnershipQuality>(row.text("partnership_quality")).value_or(PartnershipQuality::NotAssessed);
    item.partnershipComment = row.text("partnership_comment");
    item.difficulties = row.text("difficulties");
    item.adjustments = row.text("adjustments");
}

QVariantList RecordTraits<GroupEvaluation>::values(const GroupEvaluation& item)
{
    // Texts are NOT NULL: a null QString is written as ''.
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    return {item.groupId,
            item.year,
            text(item.effects),
            text(item.coherence),
            enumCode(item.partnershipQuality),
            text(item.partnershipComment),
            text(item.difficulties),
            text(item.adjustments)};
}

QString RecordTraits<GroupEvaluation>::label(const GroupEvaluation& item)
{
    return QCoreApplication::translate("pacte::Records", "Group evaluation %1").arg(item.year);
}

FieldValues RecordTraits<GroupEvaluation>::fields(const GroupEvaluation& item, Labels& labels)
{
    return {{QStringLiteral("group"), labels.name(Entity::WorkingGroup, item.groupId)},
            {QStringLiteral("year"), QString::number(item.year)},
            {QStringLiteral("effects"), item.effects},
            {QStringLiteral("coherence"), item.coherence},
            {QStringLiteral("partnershipQuality"), enumCode(item.partnershipQuality)},
            {QStringLiteral("partnershipComment"), item.partnershipComment},
            {QStringLiteral("difficulties"), item.difficulties},
            {QStringLiteral("adjustments"), item.adjustments}};
}

void RecordTraits<GroupEvaluation>::loadChildren(Database&, QList<GroupEvaluation>&, const QString&,
                                                 const QVariantList&)
{}

void RecordTraits<GroupEvaluation>::saveChildren(Database&, GroupEvaluation&, const GroupEvaluation*) {}

} // namespace pacte
