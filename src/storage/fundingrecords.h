#pragma once

#include "changelog.h"
#include "domain/action.h"

#include <QHash>
#include <QString>
#include <QVariantList>

namespace pacte {

class Database;
class Labels;

// The funding lines of actions (issue 20), read and written with their action.

// The lines of the actions selected by `owners` ("SELECT id FROM action WHERE ..."), by action id.
QHash<Id, QList<FundingLine>> loadFundings(Database& db, const QString& owners, const QVariantList& binds);
// Makes the lines of `action` exactly its `fundings` (ids and uuids of new lines filled in). Refuses
// (ValidationError, nothing written) a year outside the years of the action's edition.
void saveFundings(Database& db, Action& action);
// The change log's view of the lines: "fundings[2].scheme", "fundings[2].amounts[2024]", ...
void appendFundingFields(FieldValues& fields, const Action& action, Labels& labels);

} // namespace pacte
