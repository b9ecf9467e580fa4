#include "listexport.h"

#include "app/appsettings.h"
#include "domain/clock.h"
#include "exchange/csvwriter.h"
#include "exchange/tablefiles.h"
#include "exchange/tableworkbook.h"
#include "listtablemodel.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace pacte {

namespace {

struct FormatChoice
{
    ListExportFormat format;
    const char* filter; // translated in the context ListExport
};

constexpr FormatChoice formatChoices[] = {
    {ListExportFormat::Xlsx, QT_TRANSLATE_NOOP("pacte::ListExport", "Excel workbook (*.xlsx)")},
    {ListExportFormat::CsvSemicolon, QT_TRANSLATE_NOOP("pacte::ListExport", "CSV, semicolon-separated (*.csv)")},
    {ListExportFormat::CsvSemicolonBom,
     QT_TRANSLATE_NOOP("pacte::ListExport", "CSV for Excel, semicolon-separated, UTF-8 with BOM (*.csv)")},
    {ListExportFormat::CsvComma, QT_TRANSLATE_NOOP("pacte::ListExport", "CSV, comma-separated (*.csv)")},
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::ListExport)
};

QString filterText(const FormatChoice& choice)
{
    return Tr::tr(choice.filter);
}

// The cell as the spreadsheet should hold it: the display text, or the date behind it, or yes/no
// behind a tick.
QVariant exportValue(const QModelIndex& index)
{
    const QVariant sortKey = index.data(SortRole);
    if (sortKey.typeId() == QMetaType::QDate)
        return sortKey.toDate().isValid() ? sortKey : QVariant();
    const QVariant display = index.data(Qt::DisplayRole);
    if (sortKey.typeId() == QMetaType::Bool) {
        const QString text = display.toString();
        const bool words = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!words)
            return sortKey;
    }
    if (display.typeId() == QMetaType::QString && display.toString().isEmpty())
        return {};
    return display;
}

} // namespace

TableData tableFromView(const QTableView& view, const QString& name)
{
    TableData table;
    table.name = name;
    const QAbstractItemModel* model = view.model();
    if (!model)
        return table;
    const QHeaderView* header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    for (const int column : std::as_const(columns))
        table.headers << model->headerData(column, Qt::Horizontal).toString();
    const int rows = model->rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QVariantList cells;
        cells.reserve(columns.size());
        for (const int column : std::as_const(columns))
            cells.append(exportValue(model->index(row, column)));
        table.rows.append(cells);
    }
    return table;
}

QString exportListToFile(const QTableView& view, const QString& name, const QString& path, ListExportFormat format)
{
    const TableData table = tableFromView(view, name);
    try {
        if (format == ListExportFormat::Xlsx) {
            XlsxBook::Properties properties;
            properties.title = name;
            properties.author = settings::editorName();
            properties.created = Clock::currentDateTimeUtc();
            saveExportFile(path, writeTablesWorkbook({table}, properties));
        } else {
            CsvOptions options;
            options.separator = format == ListExportFormat::CsvComma ? QLatin1Char(',') : QLatin1Char(';');
            options.byteOrderMark = format == ListExportFormat::CsvSemicolonBom;
            saveExportFile(path, writeCsv(table, options));
        }
    } catch (const StorageError& error) {
        return error.message();
    }
    return {};
}

QString askExportPath(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter)
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected = filter;
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), filter, &selected);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return path;
}

void showExported(QWidget* parent, const QString& message)
{
    if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(message, 10000);
}

void exportListInteractively(QWidget* parent, const QTableView& view, const QString& name)
{
    QSettings settings;
    QStringList filters;
    for (const auto& choice : formatChoices)
        filters << filterText(choice);
    QString folder = settings.value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected = settings.value(QStringLiteral("export/listFilter")).toString();
    if (!filters.contains(selected))
        selected = filters.constFirst();
    ListExportFormat format = ListExportFormat::Xlsx;
    const auto formatOf = [&](const QString& filter) {
        for (const auto& choice : formatChoices) {
            if (filterText(choice) == filter)
                return choice.format;
        }
        return ListExportFormat::Xlsx;
    };
    const QString extension =
        formatOf(selected) == ListExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString path =
        QFileDialog::getSaveFileName(parent, Tr::tr("Export the list"), QDir(folder).filePath(name + extension),
                                     filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("export/listFilter"), selected);
    format = formatOf(selected);
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += format == ListExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString error = exportListToFile(view, name, target, format);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, Tr::tr("Export the list"), error);
        return;
    }
    showExported(parent, Tr::tr("%n row(s) exported to %1.", nullptr, view.model() ? view.model()->rowCount() : 0)
                             .arg(QDir::toNativeSeparators(target)));
}

} // namespace pacte
