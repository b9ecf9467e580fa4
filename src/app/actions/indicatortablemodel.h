#pragma once

#include "childtablemodel.h"
#include "domain/indicator.h"

#include <optional>

namespace pacte {

// The indicators of one action: name, kind, unit, baseline, target (editable in place), latest
// value and whether it met its target.
using IndicatorTableModel = ChildTableModel<Indicator>;
namespace IndicatorColumn {
enum : int { Name, Kind, Unit, Baseline, Target, Latest, TargetMet };
}
IndicatorTableModel* newIndicatorTableModel(QObject* parent);

// Whether the latest measurement reached its target (the measurement's own, else the indicator's);
// when the baseline lies above the target the indicator is meant to go down. Nothing without both.
std::optional<bool> targetMet(const Indicator& indicator);

} // namespace pacte
