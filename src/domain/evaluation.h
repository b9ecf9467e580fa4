#pragma once

#include "enums.h"
#include "ids.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace pacte {

// A yearly (intermediate) or final evaluation of an edition (§1.4, end).
struct Evaluation
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    int year = 0;
    EvaluationKind kind = EvaluationKind::Intermediate;
    QDate date;
    QString assessment;

    bool operator==(const Evaluation&) const = default;
};

} // namespace pacte
