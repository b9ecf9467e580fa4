#pragma once

#include "domain/coverage.h"
#include "domain/coveragelookup.h"

#include <memory>

namespace pacte {

// One edition's coverage as the Couverture section shows it: the data it was computed from (read
// once, shared by the computations of each choice of filters), the coverage with those filters, and
// the names to show it with, which point into the data.
struct CoverageState
{
    CoverageState(std::shared_ptr<const EditionData> editionData, const CoverageOptions& options);
    Q_DISABLE_COPY_MOVE(CoverageState)

    const std::shared_ptr<const EditionData> data;
    const Coverage coverage;
    const CoverageLookup names;
};

using CoverageStatePtr = std::shared_ptr<const CoverageState>;

} // namespace pacte
