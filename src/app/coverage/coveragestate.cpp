#include "coveragestate.h"

namespace pacte {

CoverageState::CoverageState(std::shared_ptr<const EditionData> editionData, const CoverageOptions& options)
    : data(std::move(editionData))
    , coverage(computeCoverage(*data, options))
    , names(*data)
{}

} // namespace pacte
