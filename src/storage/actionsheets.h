#pragma once

#include "domain/actionsheet.h"

#include <QList>

namespace pacte {

class Database;

// The sheet summaries of an edition's actions in one query (rule 5 on 50,000 actions).
QList<ActionSheetSummary> loadActionSheets(Database& db, Id editionId);

} // namespace pacte
