#pragma once

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
    QString entity; // "working_group", "territory", "partner", "edition", "action"
    QUuid uuid;
    QString label; // how the user knows the item: "Mobilité (Montpelliérain)"
    QString message;

    bool operator==(const Finding&) const = default;
};

using Findings = QList<Finding>;

} // namespace pacte
