#include "indicator.h"

#include <algorithm>

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

const Measurement* Indicator::latestKnown() const
{
    const Measurement* best = nullptr;
    for (const auto& measurement : measurements) {
        if (measurement.value && (!best || measurement.date >= best->date))
            best = &measurement;
    }
    return best;
}

int Indicator::unknownCount() const
{
    return static_cast<int>(std::count_if(measurements.cbegin(), measurements.cend(),
                                          [](const Measurement& m) { return !m.value.has_value(); }));
}

} // namespace pacte
