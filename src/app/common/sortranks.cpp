#include "sortranks.h"

#include <algorithm>
#include <numeric>

namespace pacte {

void SortRanks::invalidate()
{
    m_built = false;
    m_order.clear();
    m_rank.clear();
}

void SortRanks::build(int rowCount, const Less& less)
{
    m_order.resize(rowCount);
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), less);
    m_rank.resize(rowCount);
    renumber(0, rowCount);
    m_built = true;
}

int SortRanks::place(int row, const Less& less) const
{
    // upper bound: after the rows that come before it or with it
    int first = 0;
    int count = static_cast<int>(m_order.size());
    while (count > 0) {
        const int step = count / 2;
        const int middle = first + step;
        if (!less(row, m_order.at(middle))) {
            first = middle + 1;
            count -= step + 1;
        } else {
            count = step;
        }
    }
    return first;
}

void SortRanks::renumber(int from, int to)
{
    for (int i = from; i < to; ++i)
        m_rank[m_order.at(i)] = i;
}

void SortRanks::moved(int row, const Less& less)
{
    if (!m_built)
        return;
    const int old = m_rank.at(row);
    m_order.removeAt(old);
    const int now = place(row, less);
    m_order.insert(now, row);
    renumber(std::min(old, now), std::max(old, now) + 1);
}

void SortRanks::appended(int row, const Less& less)
{
    if (!m_built)
        return;
    m_rank.append(-1);
    const int now = place(row, less);
    m_order.insert(now, row);
    renumber(now, static_cast<int>(m_order.size()));
}

void SortRanks::removed(int row)
{
    if (!m_built)
        return;
    const int old = m_rank.at(row);
    m_order.removeAt(old);
    m_rank.removeAt(row);
    // The rows after it moved up by one.
    for (int& other : m_order) {
        if (other > row)
            --other;
    }
    renumber(old, static_cast<int>(m_order.size()));
}

} // namespace pacte
