#pragma once

#include "domain/entity.h"

#include <QString>

// How the compliance panel names the governance rules and what it advises: short titles for the
// list, a remedy for the detail pane, and the kind of item a finding points to.
namespace pacte::compliance {

// "Pilot and co-pilot" for "group-pilots"; the rule id itself for an unknown rule.
QString ruleTitle(const QString& ruleId);
// What to do so that the finding goes away; empty for an unknown rule.
QString ruleRemedy(const QString& ruleId);
// "Working group" for "working_group", ...
QString entityName(Entity entity);

} // namespace pacte::compliance
