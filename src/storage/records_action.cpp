// Actions with their publics, dispositifs, indicators and measurements.
#include "children.h"
#include "domain/format.h"
#include "fundingrecords.h"
#include "labels.h"
#include "links.h"
#include "records.h"
#include "sqlquery.h"

#include <QSet>

namespace pacte {

namespace {

QString numberText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

const char* const RecordTraits<Action>::table = "action";
const char* const RecordTraits<Action>::orderBy = "id";

QStringList RecordTraits<Action>::columns()
{
    return {QStringLiteral("group_id"),     QStringLiteral("title"),           QStringLiteral("axis_id"),
            QStringLiteral("theme_id"),     QStringLiteral("objectives"),      QStringLiteral("modalities"),
            QStringLiteral("deliverables"), QStringLiteral("start_date"),      QStringLiteral("end_date"),
            QStringLiteral("status"),       QStringLiteral("experimentation"), QStringLiteral("notes"),
            QStringLiteral("continues_id")};
}

void RecordTraits<Action>::read(Action& item, const SqlQuery& row)
{
    item.groupId = row.id("group_id");
    item.title = row.text("title");
    item.axisId = row.id("axis_id");
    item.themeId = row.id("theme_id");
    item.objectives = row.text("objectives");
    item.modalities = row.text("modalities");
    item.deliverables = row.text("deliverables");
    item.startDate = row.date("start_date");
    item.endDate = row.date("end_date");
    item.status = enumFromCode<ActionStatus>(row.text("status")).value_or(ActionStatus::Project);
    item.experimentation = row.flag("experimentation");
    item.notes = row.text("notes");
    item.continuesId = row.id("continues_id");
}

QVariantList RecordTraits<Action>::values(const Action& item)
{
    return {item.groupId,
            item.title,
            dbId(item.axisId),
            dbId(item.themeId),
            item.objectives,
            item.modalities,
            item.deliverables,
            dbDate(item.startDate),
            dbDate(item.endDate),
            enumCode(item.status),
            item.experimentation ? 1 : 0,
            item.notes,
            dbId(item.continuesId)};
}

QString RecordTraits<Action>::label(const Action& item)
{
    return item.title;
}

FieldValues RecordTraits<Action>::fields(const Action& item, Labels& labels)
{
    FieldValues fields{
        {QStringLiteral("group"), labels.name(Entity::WorkingGroup, item.groupId)},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("axis"), labels.name(Entity::Axis, item.axisId)},
        {QStringLiteral("theme"), labels.name(Entity::Theme, item.themeId)},
        {QStringLiteral("objectives"), item.objectives},
        {QStringLiteral("publics"), labels.names(Entity::TargetPublic, item.publicIds)},
        {QStringLiteral("modalities"), item.modalities},
        {QStringLiteral("deliverables"), item.deliverables},
        {QStringLiteral("dispositifs"), labels.names(Entity::Dispositif, item.dispositifIds)},
        {QStringLiteral("startDate"), dateText(item.startDate)},
        {QStringLiteral("endDate"), dateText(item.endDate)},
        {QStringLiteral("status"), enumCode(item.status)},
        {QStringLiteral("experimentation"), item.experimentation ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("notes"), item.notes},
        {QStringLiteral("continues"), labels.name(Entity::Action, item.continuesId)}};
    QStringList names;
    for (const auto& indicator : item.indicators) {
        names << indicator.name;
        const QString prefix = QStringLiteral("indicators[%1].").arg(indicator.name);
        fields.append({prefix + QStringLiteral("kind"), enumCode(indicator.kind)});
        fields.append({prefix + QStringLiteral("unit"), indicator.unit});
        fields.append({prefix + QStringLiteral("baseline"), numberText(indicator.baseline)});
        fields.append({prefix + QStringLiteral("target"), numberText(indicator.target)});
        if (indicator.templateId != NoId)
            fields.append({prefix + QStringLiteral("template"), QString::number(indicator.templateId)});
        for (const auto& m : indicator.measurements) {
            // Unknown is not zero: a value not reported is logged as "?", never as an empty or 0.
            fields.append(
                {prefix + QStringLiteral("measurements[%1]").arg(dateText(m.date)),
                 QStringLiteral("%1 / %2 %3")
                     .arg(m.value ? numberText(m.value) : QStringLiteral("?"), numberText(m.target), m.comment)
                     .trimmed()});
        }
    }
    fields.append({QStringLiteral("indicators"), names.join(QStringLiteral(", "))});
    appendFundingFields(fields, item, labels);
    return fields;
}

void RecordTraits<Action>::loadChildren(Database& db, QList<Action>& items, const QString& condition,
                                        const QVariantList& binds)
{
    const QString owners = QStringLiteral("SELECT id FROM action WHERE %1").arg(condition);
    const QString action = QStringLiteral("action_id");
    const auto publics =
        loadLinks(db, QStringLiteral("action_public"), action, QStringLiteral("public_id"), owners, binds);
    const auto dispositifs =
        loadLinks(db, QStringLiteral("action_dispositif"), action, QStringLiteral("dispositif_id"), owners, binds);

    SqlQuery indicatorQuery(
        db, QStringLiteral("SELECT id, uuid, action_id, name, kind, unit, baseline, target, "
                           "template_id FROM indicator WHERE action_id IN (%1) ORDER BY action_id, position, id")
                .arg(owners));
    indicatorQuery.bindAll(binds).exec();
    QHash<Id, QList<Indicator>> indicators;
    QHash<Id, QPair<Id, int>> indicatorSlot; // indicator id -> (action id, index)
    while (indicatorQuery.next()) {
        Indicator indicator;
        indicator.id = indicatorQuery.id("id");
        indicator.uuid = indicatorQuery.uuid("uuid");
        indicator.name = indicatorQuery.text("name");
        indicator.kind = enumFromCode<IndicatorKind>(indicatorQuery.text("kind")).value_or(IndicatorKind::Output);
        indicator.unit = indicatorQuery.text("unit");
        indicator.baseline = indicatorQuery.optionalNumber("baseline");
        indicator.target = indicatorQuery.optionalNumber("target");
        indicator.templateId = indicatorQuery.id("template_id");
        auto& list = indicators[indicatorQuery.id("action_id")];
        indicatorSlot.insert(indicator.id, {indicatorQuery.id("action_id"), static_cast<int>(list.size())});
        list.append(indicator);
    }
    if (!indicatorSlot.isEmpty()) {
        SqlQuery measurementQuery(db,
                                  QStringLiteral("SELECT id, uuid, indicator_id, measured_on, value, target, comment "
                                                 "FROM measurement WHERE indicator_id IN (SELECT id FROM indicator "
                                                 "WHERE action_id IN (%1)) ORDER BY indicator_id, measured_on, id")
                                      .arg(owners));
        measurementQuery.bindAll(binds).exec();
        while (measurementQuery.next()) {
            Measurement m;
            m.id = measurementQuery.id("id");
            m.uuid = measurementQuery.uuid("uuid");
            m.date = measurementQuery.date("measured_on");
            m.value = measurementQuery.optionalNumber("value");
            m.target = measurementQuery.optionalNumber("target");
            m.comment = measurementQuery.text("comment");
            const auto slot = indicatorSlot.value(measurementQuery.id("indicator_id"));
            indicators[slot.first][slot.second].measurements.append(m);
        }
    }
    const auto fundings = loadFundings(db, owners, binds);
    for (auto& item : items) {
        item.fundings = fundings.value(item.id);
        item.publicIds = publics.value(item.id);
        item.dispositifIds = dispositifs.value(item.id);
        item.indicators = indicators.value(item.id);
    }
}

void RecordTraits<Action>::saveChildren(Database& db, Action& item, const Action* before)
{
    const QString action = QStringLiteral("action_id");
    if (!before || before->publicIds != item.publicIds)
        replaceLinks(db, QStringLiteral("action_public"), action, item.id, QStringLiteral("public_id"), item.publicIds);
    if (!before || before->dispositifIds != item.dispositifIds)
        replaceLinks(db, QStringLiteral("action_dispositif"), action, item.id, QStringLiteral("dispositif_id"),
                     item.dispositifIds);
    if (!before || before->fundings != item.fundings)
        saveFundings(db, item);
    if (before && before->indicators == item.indicators)
        return;
    // A link to a template deleted meanwhile (the copy held was loaded before) is dropped, not refused.
    QSet<Id> templates;
    SqlQuery templateQuery(db, QStringLiteral("SELECT id FROM indicator_template"));
    templateQuery.exec();
    while (templateQuery.next())
        templates.insert(templateQuery.id(0));
    QList<ChildRow> rows;
    int position = 0;
    for (auto& indicator : item.indicators) {
        if (indicator.templateId != NoId && !templates.contains(indicator.templateId))
            indicator.templateId = NoId;
        rows.append({&indicator.id,
                     &indicator.uuid,
                     {position++, indicator.name, enumCode(indicator.kind), indicator.unit,
                      dbNumber(indicator.baseline), dbNumber(indicator.target), dbId(indicator.templateId)}});
    }
    syncChildren(db, QStringLiteral("indicator"), action, item.id,
                 {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("unit"),
                  QStringLiteral("baseline"), QStringLiteral("target"), QStringLiteral("template_id")},
                 rows);
    for (auto& indicator : item.indicators) {
        std::stable_sort(indicator.measurements.begin(), indicator.measurements.end(),
                         [](const Measurement& a, const Measurement& b) { return a.date < b.date; });
        QList<ChildRow> measurementRows;
        for (auto& m : indicator.measurements)
            measurementRows.append(
                {&m.id, &m.uuid, {dbDate(m.date), dbNumber(m.value), dbNumber(m.target), m.comment}});
        syncChildren(db, QStringLiteral("measurement"), QStringLiteral("indicator_id"), indicator.id,
                     {QStringLiteral("measured_on"), QStringLiteral("value"), QStringLiteral("target"),
                      QStringLiteral("comment")},
                     measurementRows);
    }
}

} // namespace pacte
