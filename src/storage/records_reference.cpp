// Records without many children: territories, editions, axes (with themes), target publics,
// dispositifs and evaluations.
#include "children.h"
#include "domain/format.h"
#include "labels.h"
#include "records.h"
#include "sqlquery.h"

#include <QHash>

namespace pacte {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The change log's view of an edition's rules: one line per rule, with its quote and source.
QString rulesText(const RuleSettings& settings)
{
    QStringList lines;
    for (const auto& setting : settings) {
        QString line = setting.rule + QStringLiteral(": ") + rules::settingSummary(setting);
        if (!setting.quote.isEmpty())
            line += QStringLiteral(" — « %1 »").arg(setting.quote);
        if (!setting.source.isEmpty())
            line += QStringLiteral(" (%1)").arg(setting.source);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// --- Territory -------------------------------------------------------------------------------------
const char* const RecordTraits<Territory>::table = "territory";
const char* const RecordTraits<Territory>::orderBy = "id";

QStringList RecordTraits<Territory>::columns()
{
    return {QStringLiteral("name"), QStringLiteral("diagnostic"), QStringLiteral("priorities"),
            QStringLiteral("notes")};
}

void RecordTraits<Territory>::read(Territory& item, const SqlQuery& row)
{
    item.name = row.text("name");
    item.diagnostic = row.text("diagnostic");
    item.priorities = row.text("priorities");
    item.notes = row.text("notes");
}

QVariantList RecordTraits<Territory>::values(const Territory& item)
{
    return {item.name, item.diagnostic, item.priorities, item.notes};
}

QString RecordTraits<Territory>::label(const Territory& item)
{
    return item.name;
}

FieldValues RecordTraits<Territory>::fields(const Territory& item, Labels&)
{
    return {{QStringLiteral("name"), item.name},
            {QStringLiteral("diagnostic"), item.diagnostic},
            {QStringLiteral("priorities"), item.priorities},
            {QStringLiteral("notes"), item.notes}};
}

void RecordTraits<Territory>::loadChildren(Database&, QList<Territory>&, const QString&, const QVariantList&) {}
void RecordTraits<Territory>::saveChildren(Database&, Territory&, const Territory*) {}

// --- Edition ---------------------------------------------------------------------------------------
const char* const RecordTraits<Edition>::table = "edition";
const char* const RecordTraits<Edition>::orderBy = "start_date, id";

QStringList RecordTraits<Edition>::columns()
{
    return {QStringLiteral("title"),
            QStringLiteral("departement"),
            QStringLiteral("start_date"),
            QStringLiteral("end_date"),
            QStringLiteral("predecessor_id"),
            QStringLiteral("notes"),
            QStringLiteral("declared_signatories"),
            QStringLiteral("declared_signatories_quote"),
            QStringLiteral("declared_signatories_source")};
}

void RecordTraits<Edition>::read(Edition& item, const SqlQuery& row)
{
    item.title = row.text("title");
    item.departement = row.text("departement");
    item.startDate = row.date("start_date");
    item.endDate = row.date("end_date");
    item.predecessorId = row.id("predecessor_id");
    item.notes = row.text("notes");
    item.declaredSignatories.reset();
    if (!row.value("declared_signatories").isNull())
        item.declaredSignatories =
            DeclaredCount{row.integer("declared_signatories"), row.text("declared_signatories_quote"),
                          row.text("declared_signatories_source")};
}

QVariantList RecordTraits<Edition>::values(const Edition& item)
{
    const auto& declared = item.declaredSignatories;
    return {item.title,
            item.departement,
            dbDate(item.startDate),
            dbDate(item.endDate),
            dbId(item.predecessorId),
            item.notes,
            declared ? QVariant(declared->value) : QVariant(QMetaType(QMetaType::Int)),
            declared ? declared->quote : QString(),
            declared ? declared->source : QString()};
}

QString RecordTraits<Edition>::label(const Edition& item)
{
    return item.title;
}

FieldValues RecordTraits<Edition>::fields(const Edition& item, Labels& labels)
{
    return {{QStringLiteral("title"), item.title},
            {QStringLiteral("departement"), item.departement},
            {QStringLiteral("startDate"), dateText(item.startDate)},
            {QStringLiteral("endDate"), dateText(item.endDate)},
            {QStringLiteral("predecessor"), labels.name(Entity::Edition, item.predecessorId)},
            {QStringLiteral("notes"), item.notes},
            {QStringLiteral("declaredSignatories"),
             item.declaredSignatories ? QString::number(item.declaredSignatories->value) : QString()},
            {QStringLiteral("declaredSignatoriesQuote"),
             item.declaredSignatories ? item.declaredSignatories->quote : QString()},
            {QStringLiteral("declaredSignatoriesSource"),
             item.declaredSignatories ? item.declaredSignatories->source : QString()},
            {QStringLiteral("rules"), rulesText(item.rules)}};
}

void RecordTraits<Edition>::loadChildren(Database& db, QList<Edition>& items, const QString& condition,
                                         const QVariantList& binds)
{
    SqlQuery query(db, QStringLiteral("SELECT edition_id, rule, enabled, severity, deadline, quote, source, reference "
                                      "FROM edition_rule WHERE edition_id IN (SELECT id FROM edition WHERE %1) "
                                      "ORDER BY edition_id, position")
                           .arg(condition));
    query.bindAll(binds).exec();
    QHash<Id, RuleSettings> settings;
    while (query.next()) {
        RuleSetting setting;
        setting.rule = query.text("rule");
        setting.enabled = query.flag("enabled");
        setting.severity = enumFromCode<Severity>(query.text("severity")).value_or(Severity::Error);
        setting.deadline = query.date("deadline");
        setting.quote = query.text("quote");
        setting.source = query.text("source");
        setting.reference = query.text("reference");
        settings[query.id("edition_id")].append(setting);
    }
    for (auto& edition : items)
        edition.rules = settings.value(edition.id);
}

void RecordTraits<Edition>::saveChildren(Database& db, Edition& item, const Edition* before)
{
    if (before && before->rules == item.rules)
        return;
    SqlQuery(db, QStringLiteral("DELETE FROM edition_rule WHERE edition_id = ?")).bind(item.id).exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO edition_rule (edition_id, rule, position, enabled, severity, "
                                       "deadline, quote, source, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const auto& setting : item.rules)
        insert.bind(item.id)
            .bind(setting.rule)
            .bind(position++)
            .bind(setting.enabled ? 1 : 0)
            .bind(enumCode(setting.severity))
            .bind(dbDate(setting.deadline))
            .bind(setting.quote)
            .bind(setting.source)
            .bind(setting.reference)
            .exec();
}

// --- Axis and its themes ---------------------------------------------------------------------------
const char* const RecordTraits<Axis>::table = "axis";
const char* const RecordTraits<Axis>::orderBy = "edition_id, number, id";

QStringList RecordTraits<Axis>::columns()
{
    return {QStringLiteral("edition_id"), QStringLiteral("number"), QStringLiteral("title"),
            QStringLiteral("objective")};
}

void RecordTraits<Axis>::read(Axis& item, const SqlQuery& row)
{
    item.editionId = row.id("edition_id");
    item.number = row.integer("number");
    item.title = row.text("title");
    item.objective = row.text("objective");
}

QVariantList RecordTraits<Axis>::values(const Axis& item)
{
    return {item.editionId, item.number, item.title, item.objective};
}

QString RecordTraits<Axis>::label(const Axis& item)
{
    return item.title;
}

FieldValues RecordTraits<Axis>::fields(const Axis& item, Labels& labels)
{
    FieldValues fields{{QStringLiteral("edition"), labels.name(Entity::Edition, item.editionId)},
                       {QStringLiteral("number"), QString::number(item.number)},
                       {QStringLiteral("title"), item.title},
                       {QStringLiteral("objective"), item.objective}};
    QStringList themes;
    for (const auto& theme : item.themes) {
        themes << theme.name;
        fields.append({QStringLiteral("themes[%1].description").arg(theme.name), theme.description});
        QStringList templates;
        for (const auto& t : theme.templates) {
            templates << t.name;
            const QString prefix = QStringLiteral("themes[%1].templates[%2].").arg(theme.name, t.name);
            fields.append({prefix + QStringLiteral("kind"), enumCode(t.kind)});
            fields.append({prefix + QStringLiteral("unit"), t.unit});
            fields.append({prefix + QStringLiteral("measurement"), t.measurement});
            fields.append({prefix + QStringLiteral("suggestedTarget"),
                           t.suggestedTarget ? QString::number(*t.suggestedTarget, 'g', 12) : QString()});
            fields.append({prefix + QStringLiteral("example"), t.example ? QStringLiteral("1") : QStringLiteral("0")});
        }
        if (!templates.isEmpty())
            fields.append(
                {QStringLiteral("themes[%1].templates").arg(theme.name), templates.join(QStringLiteral(", "))});
    }
    fields.append({QStringLiteral("themes"), themes.join(QStringLiteral(", "))});
    return fields;
}

void RecordTraits<Axis>::loadChildren(Database& db, QList<Axis>& items, const QString& condition,
                                      const QVariantList& binds)
{
    SqlQuery query(db, QStringLiteral("SELECT id, uuid, axis_id, name, description FROM theme WHERE axis_id IN "
                                      "(SELECT id FROM axis WHERE %1) ORDER BY axis_id, position, id")
                           .arg(condition));
    query.bindAll(binds).exec();
    QHash<Id, QList<Theme>> themes;
    while (query.next()) {
        Theme theme;
        theme.id = query.id("id");
        theme.uuid = query.uuid("uuid");
        theme.axisId = query.id("axis_id");
        theme.name = query.text("name");
        theme.description = query.text("description");
        themes[theme.axisId].append(theme);
    }
    SqlQuery templateQuery(db, QStringLiteral("SELECT id, uuid, theme_id, name, kind, unit, measurement, "
                                              "suggested_target, example FROM indicator_template WHERE theme_id IN "
                                              "(SELECT id FROM theme WHERE axis_id IN (SELECT id FROM axis WHERE %1)) "
                                              "ORDER BY theme_id, position, id")
                                   .arg(condition));
    templateQuery.bindAll(binds).exec();
    QHash<Id, QList<IndicatorTemplate>> templates;
    while (templateQuery.next()) {
        IndicatorTemplate t;
        t.id = templateQuery.id("id");
        t.uuid = templateQuery.uuid("uuid");
        t.themeId = templateQuery.id("theme_id");
        t.name = templateQuery.text("name");
        t.kind = enumFromCode<IndicatorKind>(templateQuery.text("kind")).value_or(IndicatorKind::Output);
        t.unit = templateQuery.text("unit");
        t.measurement = templateQuery.text("measurement");
        t.suggestedTarget = templateQuery.optionalNumber("suggested_target");
        t.example = templateQuery.flag("example");
        templates[t.themeId].append(t);
    }
    for (auto& axis : items) {
        axis.themes = themes.value(axis.id);
        for (auto& theme : axis.themes)
            theme.templates = templates.value(theme.id);
    }
}

void RecordTraits<Axis>::saveChildren(Database& db, Axis& item, const Axis* before)
{
    if (before && before->themes == item.themes)
        return;
    QList<ChildRow> rows;
    int position = 0;
    for (auto& theme : item.themes) {
        theme.axisId = item.id;
        rows.append({&theme.id, &theme.uuid, {position++, theme.name, theme.description}});
    }
    syncChildren(db, QStringLiteral("theme"), QStringLiteral("axis_id"), item.id,
                 {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("description")}, rows);
    // Each theme's templates (a removed theme took its own with it).
    for (auto& theme : item.themes) {
        const Theme* old = nullptr;
        if (before) {
            for (const auto& candidate : before->themes) {
                if (candidate.id == theme.id && theme.id != NoId)
                    old = &candidate;
            }
        }
        if (old && old->templates == theme.templates)
            continue;
        QList<ChildRow> templateRows;
        int templatePosition = 0;
        for (auto& t : theme.templates) {
            t.themeId = theme.id;
            templateRows.append({&t.id,
                                 &t.uuid,
                                 {templatePosition++, t.name, enumCode(t.kind), t.unit, t.measurement,
                                  dbNumber(t.suggestedTarget), t.example ? 1 : 0}});
        }
        syncChildren(db, QStringLiteral("indicator_template"), QStringLiteral("theme_id"), theme.id,
                     {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("kind"),
                      QStringLiteral("unit"), QStringLiteral("measurement"), QStringLiteral("suggested_target"),
                      QStringLiteral("example")},
                     templateRows);
    }
}

// --- Target public ---------------------------------------------------------------------------------
const char* const RecordTraits<TargetPublic>::table = "target_public";
const char* const RecordTraits<TargetPublic>::orderBy = "id";

QStringList RecordTraits<TargetPublic>::columns()
{
    return {QStringLiteral("name")};
}

void RecordTraits<TargetPublic>::read(TargetPublic& item, const SqlQuery& row)
{
    item.name = row.text("name");
}

QVariantList RecordTraits<TargetPublic>::values(const TargetPublic& item)
{
    return {item.name};
}

QString RecordTraits<TargetPublic>::label(const TargetPublic& item)
{
    return item.name;
}

FieldValues RecordTraits<TargetPublic>::fields(const TargetPublic& item, Labels&)
{
    return {{QStringLiteral("name"), item.name}};
}

void RecordTraits<TargetPublic>::loadChildren(Database&, QList<TargetPublic>&, const QString&, const QVariantList&) {}
void RecordTraits<TargetPublic>::saveChildren(Database&, TargetPublic&, const TargetPublic*) {}

// --- Dispositif ------------------------------------------------------------------------------------
const char* const RecordTraits<Dispositif>::table = "dispositif";
const char* const RecordTraits<Dispositif>::orderBy = "id";

QStringList RecordTraits<Dispositif>::columns()
{
    return {QStringLiteral("acronym"), QStringLiteral("name"), QStringLiteral("description")};
}

void RecordTraits<Dispositif>::read(Dispositif& item, const SqlQuery& row)
{
    item.acronym = row.text("acronym");
    item.name = row.text("name");
    item.description = row.text("description");
}

QVariantList RecordTraits<Dispositif>::values(const Dispositif& item)
{
    return {item.acronym, item.name, item.description};
}

QString RecordTraits<Dispositif>::label(const Dispositif& item)
{
    return item.acronym.isEmpty() ? item.name : item.acronym;
}

FieldValues RecordTraits<Dispositif>::fields(const Dispositif& item, Labels&)
{
    return {{QStringLiteral("acronym"), item.acronym},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("description"), item.description}};
}

void RecordTraits<Dispositif>::loadChildren(Database&, QList<Dispositif>&, const QString&, const QVariantList&) {}
void RecordTraits<Dispositif>::saveChildren(Database&, Dispositif&, const Dispositif*) {}

// --- Evaluation and its assessments per axis ------------------------------------------------------
const char* const RecordTraits<Evaluation>::table = "evaluation";
const char* const RecordTraits<Evaluation>::orderBy = "edition_id, year, kind";

QStringList RecordTraits<Evaluation>::columns()
{
    return {QStringLiteral("edition_id"),   QStringLiteral("year"),       QStringLiteral("kind"),
            QStringLiteral("evaluated_on"), QStringLiteral("assessment"), QStringLiteral("governance_assessment"),
            QStringLiteral("as_of")};
}

void RecordTraits<Evaluation>::read(Evaluation& item, const SqlQuery& row)
{
    item.editionId = row.id("edition_id");
    item.year = row.integer("year");
    item.kind = enumFromCode<EvaluationKind>(row.text("kind")).value_or(EvaluationKind::Intermediate);
    item.date = row.date("evaluated_on");
    item.assessment = row.text("assessment");
    item.governanceAssessment = row.text("governance_assessment");
    item.asOf = row.date("as_of");
}

QVariantList RecordTraits<Evaluation>::values(const Evaluation& item)
{
    return {item.editionId,    item.year,       enumCode(item.kind),
            dbDate(item.date), item.assessment, item.governanceAssessment,
            dbDate(item.asOf)};
}

QString RecordTraits<Evaluation>::label(const Evaluation& item)
{
    return QStringLiteral("%1 %2").arg(enumLabel(item.kind)).arg(item.year);
}

FieldValues RecordTraits<Evaluation>::fields(const Evaluation& item, Labels& labels)
{
    FieldValues fields{{QStringLiteral("edition"), labels.name(Entity::Edition, item.editionId)},
                       {QStringLiteral("year"), QString::number(item.year)},
                       {QStringLiteral("kind"), enumCode(item.kind)},
                       {QStringLiteral("date"), dateText(item.date)},
                       {QStringLiteral("asOf"), dateText(item.asOf)},
                       {QStringLiteral("assessment"), item.assessment},
                       {QStringLiteral("governanceAssessment"), item.governanceAssessment}};
    for (const auto& a : item.axisAssessments)
        fields.append({QStringLiteral("axisAssessments[%1]").arg(labels.name(Entity::Axis, a.axisId)), a.text});
    return fields;
}

void RecordTraits<Evaluation>::loadChildren(Database& db, QList<Evaluation>& items, const QString& condition,
                                            const QVariantList& binds)
{
    SqlQuery query(db, QStringLiteral("SELECT evaluation_id, axis_id, text FROM evaluation_axis_assessment WHERE "
                                      "evaluation_id IN (SELECT id FROM evaluation WHERE %1) ORDER BY evaluation_id, "
                                      "axis_id")
                           .arg(condition));
    query.bindAll(binds).exec();
    QHash<Id, QList<AxisAssessment>> assessments;
    while (query.next())
        assessments[query.id("evaluation_id")].append({query.id("axis_id"), query.text("text")});
    for (auto& item : items)
        item.axisAssessments = assessments.value(item.id);
}

void RecordTraits<Evaluation>::saveChildren(Database& db, Evaluation& item, const Evaluation* before)
{
    if (before && before->axisAssessments == item.axisAssessments)
        return;
    SqlQuery(db, QStringLiteral("DELETE FROM evaluation_axis_assessment WHERE evaluation_id = ?")).bind(item.id).exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO evaluation_axis_assessment (evaluation_id, axis_id, text) "
                                       "VALUES (?, ?, ?)"));
    std::sort(item.axisAssessments.begin(), item.axisAssessments.end(),
              [](const AxisAssessment& a, const AxisAssessment& b) { return a.axisId < b.axisId; });
    for (const auto& a : item.axisAssessments) {
        if (a.axisId != NoId)
            insert.bind(item.id).bind(a.axisId).bind(a.text).exec();
    }
}

} // namespace pacte
