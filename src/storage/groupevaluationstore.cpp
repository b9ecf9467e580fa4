#include "groupevaluationstore.h"

#include "recordquery.h"
#include "repository.h"
#include "sqlquery.h"

namespace pacte {

QList<GroupEvaluation> groupEvaluationsOfEdition(Database& db, Id editionId)
{
    return recordsWhere<GroupEvaluation>(
        db, QStringLiteral("group_id IN (SELECT id FROM working_group WHERE edition_id = ?)"), {editionId});
}

std::optional<GroupEvaluation> findGroupEvaluation(Database& db, Id groupId, int year)
{
    const auto found = recordsWhere<GroupEvaluation>(db, QStringLiteral("group_id = ? AND year = ?"), {groupId, year});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool isYearFrozen(Database& db, Id editionId, int year)
{
    SqlQuery query(db, QStringLiteral("SELECT 1 FROM evaluation e JOIN evaluation_snapshot s ON s.evaluation_id = "
                                      "e.id WHERE e.edition_id = ? AND e.year = ? LIMIT 1"));
    query.bind(editionId).bind(year).exec();
    return query.next();
}

bool isGroupEvaluationFrozen(Database& db, Id groupId, int year)
{
    SqlQuery query(db, QStringLiteral("SELECT edition_id FROM working_group WHERE id = ?"));
    query.bind(groupId).exec();
    return query.next() && isYearFrozen(db, query.id(0), year);
}

} // namespace pacte
