#pragma once

#include "domain/actionsheet.h"

#include <optional>

#include <QList>
#include <QString>

namespace pacte {

class Database;

// The sheet summaries of an edition's actions in one query (rule 5 on 50,000 actions).
QList<ActionSheetSummary> loadActionSheets(Database& db, Id editionId);
// One action's summary, if it is an action of the edition (after an edit).
std::optional<ActionSheetSummary> loadActionSheet(Database& db, Id editionId, const QUuid& uuid);

} // namespace pacte
