#include "actionsheets.h"

#include "enginesql.h"
#include "sqlquery.h"

namespace pacte {

namespace {

// The summaries of the edition's actions that `condition` (on a, the action) keeps.
QList<ActionSheetSummary> readSheets(Database& db, Id editionId, const QString& condition, const QVariantList& binds)
{
    SqlQuery query(db, QStringLiteral("SELECT a.id, a.uuid, a.title, a.status, NOT (%1), "
                                      "EXISTS (SELECT 1 FROM action_public p WHERE p.action_id = a.id), "
                                      "NOT (%2), NOT (%3), "
                                      "EXISTS (SELECT 1 FROM indicator i WHERE i.action_id = a.id AND i.kind = "
                                      "'resultat'), "
                                      "EXISTS (SELECT 1 FROM indicator i WHERE i.action_id = a.id AND i.kind = "
                                      "'realisation') "
                                      "FROM action a JOIN working_group g ON g.id = a.group_id WHERE g.edition_id = ? "
                                      "AND %4 ORDER BY a.id")
                           .arg(enginesql::blankText(db.engine(), QStringLiteral("a.objectives")),
                                enginesql::blankText(db.engine(), QStringLiteral("a.modalities")),
                                enginesql::blankText(db.engine(), QStringLiteral("a.deliverables")), condition));
    query.bind(editionId).bindAll(binds).exec();
    QList<ActionSheetSummary> sheets;
    while (query.next()) {
        ActionSheetSummary sheet;
        sheet.id = query.id(0);
        sheet.uuid = query.uuid(1);
        sheet.title = query.text(2);
        sheet.status = enumFromCode<ActionStatus>(query.text(3)).value_or(ActionStatus::Project);
        sheet.hasObjectives = query.flag(4);
        sheet.hasPublics = query.flag(5);
        sheet.hasModalities = query.flag(6);
        sheet.hasDeliverables = query.flag(7);
        sheet.hasOutcomeIndicator = query.flag(8);
        sheet.hasOutputIndicator = query.flag(9);
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace

QList<ActionSheetSummary> loadActionSheets(Database& db, Id editionId)
{
    return readSheets(db, editionId, QStringLiteral("1 = 1"), {});
}

std::optional<ActionSheetSummary> loadActionSheet(Database& db, Id editionId, const QUuid& uuid)
{
    const auto sheets = readSheets(db, editionId, QStringLiteral("a.uuid = ?"), {dbUuid(uuid)});
    return sheets.isEmpty() ? std::nullopt : std::optional(sheets.first());
}

} // namespace pacte
