#pragma once

#include "exchange/tabledata.h"

#include <QString>

class QTableView;
class QWidget;

namespace pacte {

// The formats a list is exported to.
enum class ListExportFormat {
    Xlsx,            // a workbook: bold frozen header, filter, typed cells
    CsvSemicolon,    // French spreadsheets (LibreOffice, Excel in French)
    CsvSemicolonBom, // the same with a byte-order mark, so that Excel reads the accents right
    CsvComma,        // English spreadsheets
};

// What a list shows, as a table: its visible columns in their on-screen order and its rows as filtered
// and sorted. A column whose sort key is a date or a yes/no keeps that type.
TableData tableFromView(const QTableView& view, const QString& name);

// Writes the list to `path`; returns the error message (French) or an empty string.
QString exportListToFile(const QTableView& view, const QString& name, const QString& path, ListExportFormat format);

// "Export the list…": asks where and in which format, writes, and says so in the status bar.
void exportListInteractively(QWidget* parent, const QTableView& view, const QString& name);

// Asks where to save a file of `kind` ("*.xlsx" filter text), remembering the folder; empty if cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter);
// "Written to …" in the main window's status bar.
void showExported(QWidget* parent, const QString& message);

} // namespace pacte
