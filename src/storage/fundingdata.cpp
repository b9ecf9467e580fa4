#include "fundingdata.h"

#include "editionloader.h"
#include "fundingrecords.h"
#include "sqlquery.h"

namespace pacte {

EditionData loadFundingData(Database& db, Id editionId)
{
    EditionData data = loadEditionData(db, editionId, ActionLoading::None);
    const QString owners = QStringLiteral("SELECT action_id FROM action_funding WHERE action_id IN (SELECT a.id FROM "
                                          "action a JOIN working_group g ON g.id = a.group_id WHERE g.edition_id = ?)");
    const auto fundings = loadFundings(db, owners, {editionId});
    if (fundings.isEmpty())
        return data;
    SqlQuery query(db, QStringLiteral("SELECT id, uuid, group_id, axis_id, title FROM action WHERE id IN (%1) ORDER "
                                      "BY id")
                           .arg(owners));
    query.bind(editionId).exec();
    while (query.next()) {
        Action action;
        action.id = query.id("id");
        action.uuid = query.uuid("uuid");
        action.groupId = query.id("group_id");
        action.axisId = query.id("axis_id");
        action.title = query.text("title");
        action.fundings = fundings.value(action.id);
        data.actions.append(action);
    }
    return data;
}

FundingTotals loadFundingTotals(Database& db, Id editionId)
{
    return computeFundingTotals(loadFundingData(db, editionId));
}

QList<PartnerContribution> loadPartnerContributions(Database& db, Id partnerId)
{
    const QString owners = QStringLiteral("SELECT action_id FROM action_funding WHERE partner_id = ?");
    const auto fundings = loadFundings(db, owners, {partnerId});
    QList<PartnerContribution> contributions;
    if (fundings.isEmpty())
        return contributions;
    SqlQuery query(db, QStringLiteral("SELECT a.id, a.title, e.title FROM action a JOIN working_group g ON g.id = "
                                      "a.group_id JOIN edition e ON e.id = g.edition_id WHERE a.id IN (%1) ORDER BY "
                                      "e.start_date, e.id, a.title, a.id")
                           .arg(owners));
    query.bind(partnerId).exec();
    while (query.next()) {
        for (const auto& line : fundings.value(query.id(0))) {
            if (line.partnerId == partnerId)
                contributions.append({query.text(2), query.text(1), line});
        }
    }
    return contributions;
}

} // namespace pacte
