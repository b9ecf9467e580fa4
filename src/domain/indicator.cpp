#include "indicator.h"

namespace pacte {

const Measurement* Indicator::latest() const
{
    const Measurement* best = nullptr;
    for (const auto& measurement : measurements) {
        if (!best || measurement.date >= best->date)
            best = &measurement;
    }
    return best;
}

} // namespace pacte
