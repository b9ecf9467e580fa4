#pragma once

#include "domain/coverage.h"
#include "domain/coveragelookup.h"

#include <QString>

// How the Couverture section words a coverage: the cells' tooltips and accessible texts, the lists'
// observations. The same words as `pacte-cli coverage` and the report's "Qui fait quoi, où".
namespace pacte::coverage {

// "Mobilité — Montpelliérain: 1 working group, 3 actions" (what a screen reader says of a cell).
QString cellSummary(const CoverageLookup& names, const CoverageCell& cell);
// Rich text: the groups, the actions by status, the partners, and what the cell shows.
QString cellToolTip(const CoverageLookup& names, const CoverageCell& cell);
// "No working group recorded", "Groups, but no action in progress or running (2 projects…)".
QString gapText(const CoverageGap& gap);
// A long name on two lines, cut at the space nearest its middle (column headers).
QString wrapInTwo(const QString& name);

} // namespace pacte::coverage
