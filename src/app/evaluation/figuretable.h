#pragma once

#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace pacte {

// The small read-only tables and headings of the Figures and Comparison tabs. A table is as tall as
// its rows: the tab scrolls as a whole, never a table inside it.
QLabel* makeHeading(const QString& text, QWidget* parent);
QTableWidget* makeFigureTable(const QStringList& headers, const QString& objectName, const QString& accessibleName,
                              QWidget* parent);
// Fills the table; columns from `numericFrom` on are right-aligned. An empty list hides the table.
void setFigureRows(QTableWidget* table, const QList<QStringList>& rows, int numericFrom = -1);
// After the texts of `content` changed: the scroll area that holds it gives it the height its wrapped
// labels now need (Qt's scroll area does not follow a height-for-width change by itself, and the rows
// would be squeezed over each other).
void refitInScrollArea(QWidget* content);

} // namespace pacte
