#pragma once

#include "packedsheets.h"
#include "reportpagination.h"

#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <vector>

namespace pacte {

// Measures a report's action sheets on a second thread while the caller lays the report out in order:
// the worker takes the sheets from the last one back, the caller from the first one on, and they meet
// where they meet. Each sheet is measured once, by whichever thread reaches it first; the worker lays
// its sheets out with fonts and styles of its own, as the caller would (the same extents).
class SheetMeasurer final
{
public:
    // `measure(sheet, index)` gives a sheet's extent; the worker calls it with its own styles.
    using Measure = std::function<SheetExtent(const ActionSheet& sheet, int index)>;
    // `makeMeasure` is called on the worker, to make its own measure (styles, shared texts).
    SheetMeasurer(const PackedSheets& sheets, std::function<Measure()> makeMeasure);
    // Stops the worker after the sheet it is measuring.
    ~SheetMeasurer();
    SheetMeasurer(const SheetMeasurer&) = delete;
    SheetMeasurer& operator=(const SheetMeasurer&) = delete;

    // The extent of sheet `index`: the worker's when it took it (waited for if it is at it), otherwise
    // `measureHere()`'s.
    SheetExtent extent(int index, const std::function<SheetExtent()>& measureHere);

private:
    enum State : char { Free, Worker, Measured, Caller };
    void run(PackedSheets sheets, std::function<Measure()> makeMeasure);

    std::mutex m_mutex;
    std::condition_variable m_measured;
    std::vector<State> m_states;
    std::vector<std::optional<SheetExtent>> m_extents;
    bool m_stop = false;
    std::future<void> m_worker;
};

} // namespace pacte
