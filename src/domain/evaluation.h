#pragma once

#include "enums.h"
#include "ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// The coordinator's written assessment of the effects produced on one axis (§1.4).
struct AxisAssessment
{
    Id axisId = NoId;
    QString text;

    bool operator==(const AxisAssessment&) const = default;
};

// A yearly (intermediate) or final evaluation of an edition (§1.4, end). Its figures are frozen in
// an EvaluationSnapshot (evaluationsnapshot.h) once the coordinator freezes the year; the written
// assessments stay editable.
struct Evaluation
{
    Id id = NoId;
    QUuid uuid;
    Id editionId = NoId;
    int year = 0;
    EvaluationKind kind = EvaluationKind::Intermediate;
    QDate date;
    QString assessment;           // overall remarks
    QString governanceAssessment; // readability of the decision circuit, instances, new partners
    QList<AxisAssessment> axisAssessments;
    // The day the figures describe, within the year ("au 31 juillet 2021"); null: 31 December.
    QDate asOf;

    RecordVersion version = {}; // moved by every write (ids.h)

    bool operator==(const Evaluation&) const = default;
};

} // namespace pacte
