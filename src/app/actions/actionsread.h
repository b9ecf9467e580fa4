#pragma once

#include "actioneditor.h"
#include "actionrows.h"

namespace pacte {

class Database;

// What the list of actions shows and its editor offers, read in one go: on a worker thread for a
// large edition (half a second at 50,000 actions), on the window's thread for a small one.
struct ActionsRead
{
    ActionRowNames names;
    QList<ActionRow> rows;
    ActionChoices choices;
    QList<Id> groupIds; // the edition's groups, in the order the editor offers them
};

// Reads the rows and choices of `editionId`'s actions. Throws StorageError.
ActionsRead readActions(Database& db, Id editionId);

} // namespace pacte
