#pragma once

#include "entity.h"
#include "enums.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// What a governance rule reports: which rule, how serious, and the offending item.
struct Finding
{
    QString rule; // "group-pilots", ...
    Severity severity = Severity::Error;
    Entity entity = Entity::Edition; // a working group, territory, partner, edition or action
    QUuid uuid;
    QString label; // how the user knows the item: "Mobilité (Montpelliérain)"
    QString message;
    // The pact's sentence the rule comes from and where it stands (empty for the checks of the data).
    QString quote = {};
    QString source = {};

    bool operator==(const Finding&) const = default;
};

using Findings = QList<Finding>;

} // namespace pacte
