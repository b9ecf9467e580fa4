// A territory's local pact of an edition (local_pact, schema 13) with its members, its ranked priorities
// (local_priority and their links to axes, themes, groups and actions) and its yearly reviews.
#include "children.h"
#include "labels.h"
#include "links.h"
#include "records.h"
#include "sqlquery.h"

namespace pacte {

namespace {

// Texts are NOT NULL: a null QString is written as ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString priorityColumn = QStringLiteral("priority_id");

// The four link tables of a priority, each with its column and the member it fills.
struct PriorityLink
{
    const char* table;
    const char* column;
    QList<Id> LocalPriority::*ids;
};

constexpr PriorityLink priorityLinks[] = {
    {"local_priority_axis", "axis_id", &LocalPriority::axisIds},
    {"local_priority_theme", "theme_id", &LocalPriority::themeIds},
    {"local_priority_group", "group_id", &LocalPriority::groupIds},
    {"local_priority_action", "action_id", &LocalPriority::actionIds},
};

} // namespace

const char* const RecordTraits<LocalPact>::table = "local_pact";
const char* const RecordTraits<LocalPact>::orderBy = "edition_id, territory_id";

QStringList RecordTraits<LocalPact>::columns()
{
    return {QStringLiteral("edition_id"), QStringLiteral("territory_id"), QStringLiteral("diagnosis"),
            QStringLiteral("diagnosis_sources"), QStringLiteral("notes")};
}

void RecordTraits<LocalPact>::read(LocalPact& item, const SqlQuery& row)
{
    item.editionId = row.id("edition_id");
    item.territoryId = row.id("territory_id");
    item.diagnosis = row.text("diagnosis");
    item.diagnosisSources = row.text("diagnosis_sources");
    item.notes = row.text("notes");
}

QVariantList RecordTraits<LocalPact>::values(const LocalPact& item)
{
    return {item.editionId, item.territoryId, text(item.diagnosis), text(item.diagnosisSources), text(item.notes)};
}

QString RecordTraits<LocalPact>::label(const LocalPact&)
{
    return QCoreApplication::translate("pacte::Records", "Local pact");
}

FieldValues RecordTraits<LocalPact>::fields(const LocalPact& item, Labels& labels)
{
    FieldValues fields{{QStringLiteral("territory"), labels.name(Entity::Territory, item.territoryId)},
                       {QStringLiteral("diagnosis"), item.diagnosis},
                       {QStringLiteral("diagnosisSources"), item.diagnosisSources},
                       {QStringLiteral("members"), labels.names(Entity::Partner, item.memberPartnerIds)},
                       {QStringLiteral("memberPersons"), labels.names(Entity::Person, item.memberPersonIds)},
                       {QStringLiteral("notes"), item.notes}};
    QStringList titles;
    for (const auto& priority : item.priorities) {
        const QString prefix = QStringLiteral("priorities[%1].").arg(priority.title);
        titles << priority.title;
        fields.append({prefix + QStringLiteral("rank"), QString::number(priority.rank)});
        fields.append({prefix + QStringLiteral("description"), priority.description});
        fields.append({prefix + QStringLiteral("axes"), labels.names(Entity::Axis, priority.axisIds)});
        fields.append({prefix + QStringLiteral("themes"), labels.names(Entity::Theme, priority.themeIds)});
        fields.append({prefix + QStringLiteral("groups"), labels.names(Entity::WorkingGroup, priority.groupIds)});
        fields.append({prefix + QStringLiteral("actions"), labels.names(Entity::Action, priority.actionIds)});
    }
    fields.append({QStringLiteral("priorities"), titles.join(QStringLiteral(", "))});
    for (const auto& review : item.reviews) {
        const QString prefix = QStringLiteral("reviews[%1].").arg(review.year);
        fields.append({prefix + QStringLiteral("progress"), review.progress});
        fields.append({prefix + QStringLiteral("difficulties"), review.difficulties});
        fields.append({prefix + QStringLiteral("adjustments"), review.adjustments});
    }
    return fields;
}

void RecordTraits<LocalPact>::loadChildren(Database& db, QList<LocalPact>& items, const QString& condition,
                                           const QVariantList& binds)
{
    const QString owners = QStringLiteral("SELECT id FROM local_pact WHERE %1").arg(condition);
    const QString pact = QStringLiteral("local_pact_id");
    const auto partners =
        loadLinks(db, QStringLiteral("local_pact_partner"), pact, QStringLiteral("partner_id"), owners, binds);
    const auto persons =
        loadLinks(db, QStringLiteral("local_pact_person"), pact, QStringLiteral("person_id"), owners, binds);

    QHash<Id, QList<LocalPriority>> priorities;
    const QString priorityOwners =
        QStringLiteral("SELECT id FROM local_priority WHERE local_pact_id IN (%1)").arg(owners);
    QHash<QString, QHash<Id, QList<Id>>> links;
    for (const auto& link : priorityLinks)
        links.insert(QString::fromLatin1(link.table),
                     loadLinks(db, QString::fromLatin1(link.table), priorityColumn, QString::fromLatin1(link.column),
                               priorityOwners, binds, QStringLiteral("position")));
    SqlQuery priorityQuery(db, QStringLiteral("SELECT id, uuid, local_pact_id, title, description FROM local_priority "
                                              "WHERE local_pact_id IN (%1) ORDER BY local_pact_id, position, id")
                                   .arg(owners));
    priorityQuery.bindAll(binds).exec();
    while (priorityQuery.next()) {
        LocalPriority priority;
        priority.id = priorityQuery.id("id");
        priority.uuid = priorityQuery.uuid("uuid");
        priority.title = priorityQuery.text("title");
        priority.description = priorityQuery.text("description");
        for (const auto& link : priorityLinks)
            priority.*link.ids = links.value(QString::fromLatin1(link.table)).value(priority.id);
        auto& list = priorities[priorityQuery.id("local_pact_id")];
        priority.rank = int(list.size()) + 1;
        list.append(priority);
    }

    QHash<Id, QList<LocalPactReview>> reviews;
    SqlQuery reviewQuery(db, QStringLiteral("SELECT id, uuid, local_pact_id, year, progress, difficulties, adjustments "
                                            "FROM local_pact_review WHERE local_pact_id IN (%1) ORDER BY "
                                            "local_pact_id, year")
                                 .arg(owners));
    reviewQuery.bindAll(binds).exec();
    while (reviewQuery.next()) {
        LocalPactReview review;
        review.id = reviewQuery.id("id");
        review.uuid = reviewQuery.uuid("uuid");
        review.year = reviewQuery.integer("year");
        review.progress = reviewQuery.text("progress");
        review.difficulties = reviewQuery.text("difficulties");
        review.adjustments = reviewQuery.text("adjustments");
        reviews[reviewQuery.id("local_pact_id")].append(review);
    }
    for (auto& item : items) {
        item.memberPartnerIds = partners.value(item.id);
        item.memberPersonIds = persons.value(item.id);
        item.priorities = priorities.value(item.id);
        item.reviews = reviews.value(item.id);
    }
}

void RecordTraits<LocalPact>::saveChildren(Database& db, LocalPact& item, const LocalPact* before)
{
    item.normalise();
    const QString pact = QStringLiteral("local_pact_id");
    if (!before || before->memberPartnerIds != item.memberPartnerIds)
        replaceLinks(db, QStringLiteral("local_pact_partner"), pact, item.id, QStringLiteral("partner_id"),
                     item.memberPartnerIds);
    if (!before || before->memberPersonIds != item.memberPersonIds)
        replaceLinks(db, QStringLiteral("local_pact_person"), pact, item.id, QStringLiteral("person_id"),
                     item.memberPersonIds);
    if (!before || before->priorities != item.priorities) {
        QList<ChildRow> rows;
        int position = 0;
        for (auto& priority : item.priorities)
            rows.append({&priority.id, &priority.uuid, {position++, text(priority.title), text(priority.description)}});
        syncChildren(db, QStringLiteral("local_priority"), pact, item.id,
                     {QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("description")}, rows);
        for (const auto& priority : item.priorities) {
            for (const auto& link : priorityLinks)
                replaceLinks(db, QString::fromLatin1(link.table), priorityColumn, priority.id,
                             QString::fromLatin1(link.column), priority.*link.ids, QStringLiteral("position"));
        }
    }
    if (!before || before->reviews != item.reviews) {
        QList<ChildRow> rows;
        for (auto& review : item.reviews)
            rows.append({&review.id,
                         &review.uuid,
                         {review.year, text(review.progress), text(review.difficulties), text(review.adjustments)}});
        syncChildren(db, QStringLiteral("local_pact_review"), pact, item.id,
                     {QStringLiteral("year"), QStringLiteral("progress"), QStringLiteral("difficulties"),
                      QStringLiteral("adjustments")},
                     rows);
    }
}

} // namespace pacte
