#include "xlsxbook.h"

#include "storage/storageerror.h"

#include <dlfcn.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>

// libxlsxwriter zips the workbook's XML at zlib's default level (6), fixed in its packager: on a
// 50,000-action edition (176 MB of XML) that is 1.8 s of the workbook's 5, alone on one core at the
// end. Its Debian build calls minizip's shared library for each part of the file; this definition,
// in the executable, comes first in the dynamic linker's order, and calls minizip's own with zlib's
// fastest level (1): a third of the time, a file 18 % larger, read the same by every spreadsheet. A
// libxlsxwriter built with its own copy of minizip never calls it and keeps level 6.
extern "C" int zipOpenNewFileInZip4_64(void* file, const char* filename, const void* fileInfo,
                                       const void* extraFieldLocal, unsigned sizeExtraFieldLocal,
                                       const void* extraFieldGlobal, unsigned sizeExtraFieldGlobal, const char* comment,
                                       int method, int level, int raw, int windowBits, int memLevel, int strategy,
                                       const char* password, unsigned long crcForCrypting, unsigned long versionMadeBy,
                                       unsigned long flagBase, int zip64)
{
    using Open = decltype(&zipOpenNewFileInZip4_64);
    static const auto minizip = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    if (!minizip)
        return -104; // ZIP_INTERNALERROR: libxlsxwriter reports it as a failed write
    return minizip(file, filename, fileInfo, extraFieldLocal, sizeExtraFieldLocal, extraFieldGlobal,
                   sizeExtraFieldGlobal, comment, method, level == Z_DEFAULT_COMPRESSION ? Z_BEST_SPEED : level, raw,
                   windowBits, memLevel, strategy, password, crcForCrypting, versionMadeBy, flagBase, zip64);
}

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Xlsx)
};

constexpr int StyleCount = 7;

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// Excel's serial day number (1 = 1 January 1900, with its phantom 29 February 1900).
double serialDay(const QDate& date)
{
    return static_cast<double>(QDate(1899, 12, 30).daysTo(date));
}

QString sheetName(QString name, const QStringList& taken)
{
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char('-'));
    if (name.startsWith(QLatin1Char('\'')))
        name[0] = QLatin1Char('-');
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = Tr::tr("Sheet");
    QString candidate = name;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

} // namespace

int displayWidth(const QVariant& value)
{
    if (value.isNull())
        return 0;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return 10;
    case QMetaType::Bool:
        return 3;
    case QMetaType::Double:
        return static_cast<int>(QString::number(value.toDouble(), 'g', 10).size()) + 1;
    case QMetaType::Int:
    case QMetaType::LongLong:
        return static_cast<int>(QString::number(value.toLongLong()).size()) + 1;
    default: {
        // The longest line of a text.
        const QString text = value.toString();
        qsizetype longest = 0;
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = text.size();
            longest = std::max(longest, end - start);
            start = end + 1;
        }
        return static_cast<int>(longest);
    }
    }
}

XlsxBook::XlsxBook(const Properties& properties)
    : m_properties(std::make_unique<Properties>(properties))
{
    if (!m_folder.isValid())
        throw StorageError(Tr::tr("No temporary folder could be created to write the workbook."));
    m_path = m_folder.filePath(QStringLiteral("classeur.xlsx"));
    const QByteArray path = QFile::encodeName(m_path);
    const QByteArray folder = QFile::encodeName(m_folder.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char*>(folder.constData());
    options.use_zip64 = LXW_FALSE;
    m_book = workbook_new_opt(path.constData(), &options);
    if (!m_book)
        throw StorageError(Tr::tr("The workbook could not be created in the temporary folder."));
    m_formats.resize(StyleCount * 2, nullptr);

    const QByteArray title = utf8(properties.title);
    const QByteArray subject = utf8(properties.subject);
    const QByteArray author = utf8(properties.author);
    const QByteArray comments = utf8(properties.comments);
    lxw_doc_properties doc{};
    doc.title = const_cast<char*>(title.constData());
    doc.subject = const_cast<char*>(subject.constData());
    doc.author = const_cast<char*>(author.constData());
    doc.comments = const_cast<char*>(comments.constData());
    doc.created = properties.created.isValid() ? static_cast<time_t>(properties.created.toSecsSinceEpoch()) : 0;
    workbook_set_properties(m_book, &doc);
}

XlsxBook::~XlsxBook()
{
    if (!m_finished && m_book)
        workbook_close(m_book); // frees it; the temporary folder goes with this object
}

void XlsxBook::fail(int error) const
{
    if (error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        throw StorageError(Tr::tr("The workbook would have more rows or columns than a spreadsheet can hold."));
    throw StorageError(Tr::tr("The workbook could not be written (libxlsxwriter error %1).").arg(error));
}

lxw_format* XlsxBook::format(Style style, bool date)
{
    const auto slot = static_cast<qsizetype>(style) * 2 + (date ? 1 : 0);
    if (lxw_format* existing = m_formats.at(slot))
        return existing;
    if (style == Style::Plain && !date)
        return nullptr;
    lxw_format* f = workbook_add_format(m_book);
    switch (style) {
    case Style::Plain:
        break;
    case Style::Header:
        format_set_bold(f);
        format_set_bg_color(f, 0xE7E6E6);
        format_set_bottom(f, LXW_BORDER_THIN);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Title:
        format_set_bold(f);
        format_set_font_size(f, 14);
        break;
    case Style::Wrapped:
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Unlocked:
        format_set_unlocked(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::UnlockedWrapped:
        format_set_unlocked(f);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Hidden:
        format_set_hidden(f);
        format_set_font_color(f, 0x808080);
        break;
    }
    if (date)
        format_set_num_format(f, "dd/mm/yyyy");
    m_formats[slot] = f;
    return f;
}

void XlsxBook::prepareStyle(Style style, bool date)
{
    if (lxw_format* f = format(style, date))
        lxw_format_get_xf_index(f); // numbered on first use otherwise, in the workbook's shared table
}

XlsxBook::Sheet XlsxBook::addSheet(const QString& name)
{
    const QString unique = sheetName(name, m_sheetNames);
    m_sheetNames << unique;
    lxw_worksheet* sheet = workbook_add_worksheet(m_book, utf8(unique).constData());
    if (!sheet)
        throw StorageError(Tr::tr("The sheet \"%1\" could not be added to the workbook.").arg(unique));
    return Sheet(*this, sheet);
}

QByteArray XlsxBook::finish()
{
    m_finished = true;
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR)
        fail(error);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(Tr::tr("The workbook written in the temporary folder cannot be read back."));
    return file.readAll();
}

void XlsxBook::Sheet::write(int row, int column, const QVariant& value, Style style)
{
    if (row >= MaxRows)
        m_book.fail(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    const auto r = static_cast<lxw_row_t>(row);
    const auto c = static_cast<lxw_col_t>(column);
    lxw_error error = LXW_NO_ERROR;
    if (value.isNull()) {
        if (style != Style::Plain)
            error = worksheet_write_blank(m_sheet, r, c, m_book.format(style, false));
    } else {
        switch (value.typeId()) {
        case QMetaType::QDate:
            error = worksheet_write_number(m_sheet, r, c, serialDay(value.toDate()), m_book.format(style, true));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            error = worksheet_write_number(m_sheet, r, c, value.toDouble(), m_book.format(style, false));
            break;
        case QMetaType::Bool:
            error =
                worksheet_write_string(m_sheet, r, c, utf8(value.toBool() ? Tr::tr("yes") : Tr::tr("no")).constData(),
                                       m_book.format(style, false));
            break;
        default: {
            QString text = value.toString();
            if (text.size() > MaxTextLength)
                text = text.left(MaxTextLength - 1) + QChar(0x2026);
            if (text.isEmpty())
                error = style == Style::Plain ? LXW_NO_ERROR
                                              : worksheet_write_blank(m_sheet, r, c, m_book.format(style, false));
            else
                error = worksheet_write_string(m_sheet, r, c, utf8(text).constData(), m_book.format(style, false));
        }
        }
    }
    if (error != LXW_NO_ERROR)
        m_book.fail(error);
}

void XlsxBook::Sheet::setColumn(int column, double width, Style style, bool hidden)
{
    lxw_row_col_options options{};
    options.hidden = hidden ? LXW_TRUE : LXW_FALSE;
    const auto c = static_cast<lxw_col_t>(column);
    worksheet_set_column_opt(m_sheet, c, c, width, m_book.format(style, false), &options);
}

void XlsxBook::Sheet::setRowHeight(int row, double points)
{
    worksheet_set_row(m_sheet, static_cast<lxw_row_t>(row), points, nullptr);
}

void XlsxBook::Sheet::freezeTopRow(int rows, int columns)
{
    worksheet_freeze_panes(m_sheet, static_cast<lxw_row_t>(rows), static_cast<lxw_col_t>(columns));
}

void XlsxBook::Sheet::autoFilter(int lastRow, int lastColumn)
{
    worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(std::max(lastRow, 0)),
                         static_cast<lxw_col_t>(std::max(lastColumn, 0)));
}

void XlsxBook::Sheet::listValidation(int firstRow, int column, int lastRow, const QString& rangeFormula,
                                     const QString& title, const QString& message)
{
    const QByteArray formula = utf8(rangeFormula);
    const QByteArray titleBytes = utf8(title.left(32));
    const QByteArray messageBytes = utf8(message.left(255));
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = const_cast<char*>(formula.constData());
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.show_input = LXW_VALIDATION_ON;
    validation.show_error = LXW_VALIDATION_ON;
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    validation.input_title = const_cast<char*>(titleBytes.constData());
    validation.input_message = const_cast<char*>(messageBytes.constData());
    validation.error_title = const_cast<char*>(titleBytes.constData());
    validation.error_message = const_cast<char*>(messageBytes.constData());
    const auto c = static_cast<lxw_col_t>(column);
    const lxw_error error = worksheet_data_validation_range(m_sheet, static_cast<lxw_row_t>(firstRow), c,
                                                            static_cast<lxw_row_t>(lastRow), c, &validation);
    if (error != LXW_NO_ERROR)
        m_book.fail(error);
}

void XlsxBook::Sheet::protect()
{
    lxw_protection options{};
    options.insert_rows = LXW_TRUE;
    options.delete_rows = LXW_TRUE;
    options.sort = LXW_TRUE;
    options.autofilter = LXW_TRUE;
    options.format_rows = LXW_TRUE;
    worksheet_protect(m_sheet, nullptr, &options);
}

void XlsxBook::Sheet::hide()
{
    worksheet_hide(m_sheet);
}

void XlsxBook::Sheet::activate()
{
    worksheet_activate(m_sheet);
}

} // namespace pacte
