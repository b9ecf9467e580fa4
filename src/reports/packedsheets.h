#pragma once

#include "reportsheet.h"

#include <initializer_list>

#include <QByteArray>
#include <QList>

namespace pacte {

// A report's action sheets, kept packed: serialized and compressed by blocks of a few dozen. Held as
// values, 50,000 sheets took 190 MB while the report was built and written (3.8 KB a sheet, most of it
// the overhead of their many short strings); packed, about a tenth of that. The paged renderers read
// them back one at a time, in order, so a block is unpacked once for all its sheets.
//
// Not thread-safe, even through const: at() keeps the last block it unpacked.
class PackedSheets final
{
public:
    PackedSheets() = default;
    PackedSheets(std::initializer_list<ActionSheet> sheets);

    void append(const ActionSheet& sheet);
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // The sheet `index` (0 <= index < size()).
    ActionSheet at(qsizetype index) const;
    ActionSheet constFirst() const { return at(0); }

    // Sheets per block: what is unpacked at once.
    static constexpr qsizetype BlockSize = 32;

private:
    void packOpenBlock();
    const QList<ActionSheet>& block(qsizetype block) const;

    QList<QByteArray> m_packed; // the full blocks, compressed
    QList<ActionSheet> m_open;  // the last block, until it is full
    qsizetype m_size = 0;
    mutable qsizetype m_unpackedIndex = -1;
    mutable QList<ActionSheet> m_unpacked;
};

} // namespace pacte
