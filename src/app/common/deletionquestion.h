#pragma once

#include "domain/entity.h"
#include "domain/ids.h"

#include <QString>

namespace pacte {

class Database;

// "Delete « Mobilité »? This also deletes 3 actions, 6 indicators; 2 meetings lose their working
// group." — from the same capture that undo uses, so the question is exact.
QString deletionQuestion(Database& db, Entity entity, Id id, const QString& label);

} // namespace pacte
