#include "actionsheets.h"

#include "sqlquery.h"

namespace pacte {

QList<ActionSheetSummary> loadActionSheets(Database& db, Id editionId)
{
    SqlQuery query(db, QStringLiteral("SELECT a.id, a.uuid, a.title, a.status, "
                                      "TRIM(a.objectives) <> '', "
                                      "EXISTS (SELECT 1 FROM action_public p WHERE p.action_id = a.id), "
                                      "TRIM(a.modalities) <> '' OR TRIM(a.deliverables) <> '', "
                                      "EXISTS (SELECT 1 FROM indicator i WHERE i.action_id = a.id) "
                                      "FROM action a JOIN working_group g ON g.id = a.group_id WHERE g.edition_id = ? "
                                      "ORDER BY a.id"));
    query.bind(editionId).exec();
    QList<ActionSheetSummary> sheets;
    while (query.next()) {
        ActionSheetSummary sheet;
        sheet.id = query.id(0);
        sheet.uuid = query.uuid(1);
        sheet.title = query.text(2);
        sheet.status = enumFromCode<ActionStatus>(query.text(3)).value_or(ActionStatus::Project);
        sheet.hasObjectives = query.flag(4);
        sheet.hasPublics = query.flag(5);
        sheet.hasModalitiesOrDeliverables = query.flag(6);
        sheet.hasIndicator = query.flag(7);
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace pacte
