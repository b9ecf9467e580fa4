#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace pacte {

// A workbook written with libxlsxwriter (the only place that knows its C API): sheets of typed
// cells, in row order (constant memory: a 50,000-row sheet is never held twice), then the bytes.
// Failures are StorageError with a French message.
class XlsxBook final
{
public:
    struct Properties
    {
        QString title;
        QString subject;
        QString author;
        QString comments;
        QDateTime created; // fixed by tests through the Clock
    };
    enum class Style {
        Plain,    // text, numbers; dates get the date format anyway
        Header,   // bold, grey, bottom border
        Title,    // large bold (the instructions' title)
        Wrapped,  // long text wrapped in its column
        Unlocked, // a cell the referent may change in a protected sheet
        UnlockedWrapped,
        Hidden, // the identifiers of a protected sheet
    };

    class Sheet final
    {
    public:
        // Writes a cell: QString, a number, a QDate (as a real date), a bool (oui/non), or nothing.
        void write(int row, int column, const QVariant& value, Style style = Style::Plain);
        // Width in characters; a hidden column keeps its width for whoever shows it.
        void setColumn(int column, double width, Style style = Style::Plain, bool hidden = false);
        void setRowHeight(int row, double points);
        void freezeTopRow(int rows = 1, int columns = 0);
        void autoFilter(int lastRow, int lastColumn);
        // A drop-down list on a block of cells, its values read from a range ("Listes!$A$2:$A$9").
        void listValidation(int firstRow, int column, int lastRow, const QString& rangeFormula, const QString& title,
                            const QString& message);
        // Cells keep their lock unless written Unlocked; the referent may still insert and delete
        // rows, sort and filter, but cannot unhide or change the hidden identifiers.
        void protect();
        void hide();
        void activate();

    private:
        friend class XlsxBook;
        Sheet(XlsxBook& book, lxw_worksheet* sheet)
            : m_book(book)
            , m_sheet(sheet)
        {}
        XlsxBook& m_book;
        lxw_worksheet* m_sheet;
    };

    explicit XlsxBook(const Properties& properties);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    // A sheet named `name` (cut to Excel's 31 characters, forbidden characters replaced).
    Sheet addSheet(const QString& name);
    // Sheets may be written on several threads at once, one thread per sheet, once the formats they
    // use are made: with constant memory, libxlsxwriter's sheets share nothing else while they are
    // written (each writes its own temporary file). Makes the format of `style` (of dates in that
    // style when `date`) on this thread; addSheet() and finish() stay on this thread too.
    void prepareStyle(Style style, bool date);
    // Closes the workbook and returns the file's bytes.
    QByteArray finish();

    // Excel's limits: a longer text is cut (with an ellipsis), more rows are refused.
    static constexpr int MaxTextLength = 32767;
    static constexpr int MaxRows = 1048576;

private:
    lxw_format* format(Style style, bool date);
    [[noreturn]] void fail(int error) const;

    QTemporaryDir m_folder;
    QString m_path;
    lxw_workbook* m_book = nullptr;
    std::unique_ptr<Properties> m_properties;
    QList<lxw_format*> m_formats; // by (style, date)
    QStringList m_sheetNames;
    bool m_finished = false;
};

// The width (in characters) that shows `value` whole, as the writers fit columns.
int displayWidth(const QVariant& value);

} // namespace pacte
