#include "sheetmeasurer.h"

namespace pacte {

SheetMeasurer::SheetMeasurer(const PackedSheets& sheets, std::function<Measure()> makeMeasure)
    : m_states(static_cast<std::size_t>(sheets.size()), Free)
    , m_extents(static_cast<std::size_t>(sheets.size()))
{
    // The worker unpacks its own copy: PackedSheets keeps the block it last unpacked.
    m_worker = std::async(std::launch::async,
                          [this, sheets, makeMeasure = std::move(makeMeasure)] { run(sheets, makeMeasure); });
}

SheetMeasurer::~SheetMeasurer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_worker.wait();
}

void SheetMeasurer::run(PackedSheets sheets, std::function<Measure()> makeMeasure)
{
    const Measure measure = makeMeasure();
    for (auto index = static_cast<std::ptrdiff_t>(m_states.size()) - 1; index >= 0; --index) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stop || m_states[static_cast<std::size_t>(index)] != Free)
                return; // the caller has come this far: the sheets before are its own
            m_states[static_cast<std::size_t>(index)] = Worker;
        }
        std::optional<SheetExtent> extent;
        try {
            extent = measure(sheets.at(index), static_cast<int>(index));
        } catch (...) {
            // Left to the caller, as the sheets before it.
        }
        const bool measured = extent.has_value();
        {
            const std::lock_guard lock(m_mutex);
            m_extents[static_cast<std::size_t>(index)] = std::move(extent);
            m_states[static_cast<std::size_t>(index)] = measured ? Measured : Free;
        }
        m_measured.notify_all();
        if (!measured)
            return;
    }
}

SheetExtent SheetMeasurer::extent(int index, const std::function<SheetExtent()>& measureHere)
{
    const auto at = static_cast<std::size_t>(index);
    {
        std::unique_lock lock(m_mutex);
        m_measured.wait(lock, [&] { return m_states.at(at) != Worker; });
        if (m_states[at] == Measured)
            return *std::exchange(m_extents[at], std::nullopt);
        m_states[at] = Caller;
    }
    return measureHere();
}

} // namespace pacte
