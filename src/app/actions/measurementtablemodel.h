#pragma once

#include "childtablemodel.h"
#include "domain/indicator.h"

namespace pacte {

// The dated measurements of one indicator: date, value, target, comment, all editable in place.
using MeasurementTableModel = ChildTableModel<Measurement>;
namespace MeasurementColumn {
enum : int { Date, Value, Target, Comment };
}
MeasurementTableModel* newMeasurementTableModel(QObject* parent);

} // namespace pacte
