#pragma once

#include <functional>

#include <QList>

namespace pacte {

// The rows of a list in the order of one column, kept as a rank per row, so that the proxy's sort
// compares two integers instead of two keys: after a filter change, 50,000 rows are sorted again
// with about 800,000 comparisons. Built once on first use; an edited, added or removed row moves
// its own rank (a binary search and a shift), so that an edit does not sort everything again.
class SortRanks final
{
public:
    // Orders two rows by the column's key (false for equal keys).
    using Less = std::function<bool(int leftRow, int rightRow)>;

    bool isBuilt() const { return m_built; }
    void invalidate();
    void build(int rowCount, const Less& less);
    int rank(int row) const { return m_rank.at(row); }

    // After the model changed a row's key in place, appended a row, or removed one.
    void moved(int row, const Less& less);
    void appended(int row, const Less& less);
    void removed(int row);

private:
    // Where `row` goes among the others (the first place whose row does not come before it).
    int place(int row, const Less& less) const;
    void renumber(int from, int to);

    QList<int> m_order; // rows, in the column's order
    QList<int> m_rank;  // per row, its position in m_order
    bool m_built = false;
};

} // namespace pacte
