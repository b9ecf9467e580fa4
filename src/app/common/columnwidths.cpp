#include "columnwidths.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace pacte {

void fitColumnsUnlessSaved(QTableView* table, const QString& settingsKey, const QList<int>& maxWidths)
{
    // The key ListSection::saveState() writes.
    if (QSettings().contains(QStringLiteral("sections/%1/header").arg(settingsKey)))
        return;
    table->resizeColumnsToContents();
    const int columns = table->horizontalHeader()->count();
    for (int column = 0; column < columns && column < maxWidths.size(); ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), maxWidths.at(column)));
}

} // namespace pacte
