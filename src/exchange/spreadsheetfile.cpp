#include "spreadsheetfile.h"

#include "inputerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Spreadsheet)
};

// A coordinator's table is a few megabytes; a larger file is refused before it is read.
constexpr qint64 MaxSpreadsheetBytes = 200LL * 1024 * 1024;

// Windows-1252's characters from 0x80 to 0x9F (the rest is Latin-1); 0 where the code page has none.
constexpr char16_t Cp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                     0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        const char16_t high = byte >= 0x80 && byte < 0xA0 ? Cp1252High[byte - 0x80] : 0;
        *out++ = QChar(high != 0 ? high : static_cast<char16_t>(byte));
    }
    return text;
}

// UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other position.
std::optional<QStringConverter::Encoding> utf16WithoutMark(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    if (n < 4)
        return std::nullopt;
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == 0 ? 1 : 0;
        oddZeros += bytes.at(i + 1) == 0 ? 1 : 0;
    }
    const int pairs = static_cast<int>(n / 2);
    if (oddZeros * 10 >= pairs * 8 && evenZeros == 0)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 >= pairs * 8 && oddZeros == 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray& bytes, bool* error)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (error)
        *error = decoder.hasError();
    return text;
}

// Counts the fields of a line of `text` from `start` split by `separator`, quotes respected; `start`
// moves to the next line.
int fieldCount(const QString& text, qsizetype& start, QChar separator)
{
    int fields = 1;
    bool quoted = false;
    qsizetype i = start;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == separator)
            ++fields;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
    }
    while (i < text.size() && (text.at(i) == u'\n' || text.at(i) == u'\r'))
        ++i;
    start = i;
    return fields;
}

} // namespace

const XlsxSheet& SpreadsheetFile::sheet(const QString& name) const
{
    if (name.isEmpty()) {
        for (const auto& s : sheets) {
            if (!s.hidden)
                return s;
        }
        if (!sheets.isEmpty())
            return sheets.constFirst();
        throw InputError({}, Tr::tr("The workbook has no sheet."));
    }
    for (const auto& s : sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    QStringList names;
    for (const auto& s : sheets)
        names << QStringLiteral("« %1 »").arg(s.name);
    throw InputError({}, Tr::tr("There is no sheet « %1 » in the workbook; its sheets are %2.")
                             .arg(name, names.join(QStringLiteral(", "))));
}

QString decodeCsvText(const QByteArray& bytes, QString* encoding)
{
    const auto found = [&](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        found("UTF-8");
        return decodeWith(QStringConverter::Utf8, bytes.mid(3), nullptr);
    }
    if (bytes.startsWith("\xFF\xFE")) {
        found("UTF-16");
        return decodeWith(QStringConverter::Utf16LE, bytes.mid(2), nullptr);
    }
    if (bytes.startsWith("\xFE\xFF")) {
        found("UTF-16");
        return decodeWith(QStringConverter::Utf16BE, bytes.mid(2), nullptr);
    }
    if (const auto utf16 = utf16WithoutMark(bytes)) {
        found("UTF-16");
        return decodeWith(*utf16, bytes, nullptr);
    }
    bool error = false;
    QString text = decodeWith(QStringConverter::Utf8, bytes, &error);
    if (!error) {
        found("UTF-8");
        return text;
    }
    // Not valid UTF-8: what Excel and LibreOffice write on Windows in France.
    found("Windows-1252");
    return fromWindows1252(bytes);
}

QChar detectCsvSeparator(const QString& text)
{
    QChar best = QLatin1Char(';');
    int bestScore = 0;
    for (const QChar separator : {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')}) {
        // The first lines, as long as they split into the same number of fields.
        qsizetype start = 0;
        const int first = fieldCount(text, start, separator);
        int score = first > 1 ? first : 0;
        for (int line = 0; line < 5 && start < text.size() && score > 0; ++line) {
            if (fieldCount(text, start, separator) != first)
                score = first / 2; // still a candidate, if the others do worse
        }
        if (score > bestScore) {
            best = separator;
            bestScore = score;
        }
    }
    return best;
}

QList<QVariantList> parseCsv(const QString& text, QChar separator)
{
    QList<QVariantList> rows;
    QVariantList row;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the field began with a quote
    int line = 1;
    int quoteLine = 1;
    const auto endField = [&] {
        row.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        rows.append(row);
        row.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRow();
        } else {
            field += c; // a quote inside an unquoted field is kept as it is, as spreadsheets do
        }
    }
    if (quoted)
        throw InputError({}, Tr::tr("line %1: a quote (\") opens a field that is never closed.").arg(quoteLine));
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    // Text cells; an empty field is an empty cell.
    for (auto& r : rows) {
        for (auto& cell : r) {
            if (cell.toString().isEmpty())
                cell = QVariant();
        }
    }
    return rows;
}

SpreadsheetFile readSpreadsheet(const QByteArray& bytes, const QString& name)
{
    SpreadsheetFile file;
    if (looksLikeZip(bytes)) {
        file.format = SpreadsheetFile::Format::Xlsx;
        file.sheets = readXlsx(bytes).sheets;
        if (file.sheets.isEmpty())
            throw InputError({}, Tr::tr("The workbook has no sheet."));
        return file;
    }
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF") &&
        !utf16WithoutMark(bytes))
        throw InputError({}, Tr::tr("The file is neither a CSV table nor an Excel workbook (.xlsx)."));
    const QString text = decodeCsvText(bytes, &file.encoding);
    file.separator = detectCsvSeparator(text);
    XlsxSheet sheet;
    sheet.name = QFileInfo(name).completeBaseName();
    sheet.rows = parseCsv(text, file.separator);
    file.sheets.append(sheet);
    return file;
}

SpreadsheetFile readSpreadsheetFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        throw InputError({}, Tr::tr("The file %1 does not exist.").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError({}, Tr::tr("The file %1 cannot be read (check that you may open it).").arg(name));
    if (file.size() > MaxSpreadsheetBytes)
        throw InputError({}, Tr::tr("%1 is too large for a table to import (%2 MB; at most %3 MB).")
                                 .arg(name)
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(MaxSpreadsheetBytes / (1024 * 1024)));
    return readSpreadsheet(file.readAll(), name);
}

} // namespace pacte
