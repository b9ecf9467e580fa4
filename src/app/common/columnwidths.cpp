#include "columnwidths.h"

#include <algorithm>

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace pacte {

namespace {

// A column is never narrowed below its title up to this width ("Territoire ou groupe", "Statuts des
// actions" read whole); only a longer title may be cut.
constexpr int TitleFloorCap = 170;

} // namespace

void fitColumnsUnlessSaved(QTableView* table, const QString& settingsKey, const QList<int>& maxWidths)
{
    // The key ListSection::saveState() writes.
    // A hidden table would measure every row: ListSection fits it when first shown.
    if (QSettings().contains(QStringLiteral("sections/%1/header").arg(settingsKey)) || !table->isVisible())
        return;
    table->resizeColumnsToContents();
    const int columns = table->horizontalHeader()->count();
    // A cap never hides a column's title.
    for (int column = 0; column < columns && column < maxWidths.size(); ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 24;
        table->setColumnWidth(column, std::min(table->columnWidth(column), std::max(maxWidths.at(column), titleWidth)));
    }
    shareColumnsInWidth(table);
}

void shareColumnsInWidth(QTableView* table)
{
    const QHeaderView* header = table->horizontalHeader();
    int available = table->viewport()->width() - 2;
    if (!table->isVisible() || available < 200)
        return;
    // The first visible column (the item's name) keeps up to `nameWidth`; the others share the rest,
    // the widest narrowed to one width, never under `readable` (the list scrolls then).
    constexpr int nameWidth = 200;
    constexpr int readable = 80;
    QList<int> columns;
    QList<int> widths;
    int total = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        columns.append(column);
        widths.append(header->sectionSize(column));
        total += widths.last();
    }
    if (total <= available || columns.size() < 2)
        return;
    const int nameColumn = columns.takeFirst();
    const int nameNeeds = widths.takeFirst();
    // A column is never narrowed below its header's text (nor below `readable`): such columns keep
    // that floor and the others share what is left, the widest all at one width `cap`.
    QList<int> floors;
    int othersNeed = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const QString title = table->model()->headerData(columns.at(i), Qt::Horizontal).toString();
        const int titleWidth = header->fontMetrics().horizontalAdvance(title) + 24; // margins, sort arrow
        floors.append(std::min({widths.at(i), std::max(readable, titleWidth), TitleFloorCap}));
        othersNeed += std::min(widths.at(i), std::max(floors.last(), readable));
    }
    // The name gives way (down to `nameMinimum`) when that spares the list a sideways scroll.
    constexpr int nameMinimum = 140;
    const int room = available - othersNeed;
    const int first = std::min(nameNeeds, room >= nameMinimum ? std::min(nameWidth, room) : nameWidth);
    table->setColumnWidth(nameColumn, first);
    available -= first;
    QList<bool> fixed(columns.size(), false);
    int cap = 0;
    for (bool changed = true; changed;) {
        changed = false;
        QList<int> pool;
        int room = available;
        for (int i = 0; i < columns.size(); ++i) {
            if (fixed.at(i))
                room -= floors.at(i);
            else
                pool.append(widths.at(i));
        }
        std::sort(pool.begin(), pool.end());
        cap = pool.isEmpty() ? 0 : pool.last();
        for (int i = 0; i < pool.size(); ++i) {
            const int left = static_cast<int>(pool.size()) - i;
            if (pool.at(i) * left > room) {
                cap = std::max(room, 0) / left;
                break;
            }
            room -= pool.at(i);
        }
        for (int i = 0; i < columns.size(); ++i) {
            if (!fixed.at(i) && widths.at(i) > cap && floors.at(i) > cap) {
                fixed[i] = true;
                changed = true;
            }
        }
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (fixed.at(i))
            table->setColumnWidth(columns.at(i), floors.at(i));
        else if (widths.at(i) > cap)
            table->setColumnWidth(columns.at(i), std::max(cap, readable));
    }
}

} // namespace pacte
