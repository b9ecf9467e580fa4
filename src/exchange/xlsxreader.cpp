#include "xlsxreader.h"

#include "inputerror.h"

#include <cmath>
#include <memory>
#include <zip.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Xlsx)
};

// A workbook member larger than this is refused before it is inflated (a zip bomb, not a PTI).
constexpr zip_uint64_t MaxMemberBytes = 512ULL * 1024 * 1024;
constexpr int MaxColumns = 16384;

[[noreturn]] void fail(const QString& message)
{
    throw InputError({}, message);
}

class Archive final
{
public:
    explicit Archive(const QByteArray& bytes)
        : m_bytes(bytes)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source =
            zip_source_buffer_create(m_bytes.constData(), static_cast<zip_uint64_t>(m_bytes.size()), 0, &error);
        m_zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
        zip_error_fini(&error);
        if (!m_zip) {
            if (source)
                zip_source_free(source);
            fail(Tr::tr("The file is not a workbook (.xlsx): it is not a readable zip archive."));
        }
    }
    ~Archive() { zip_discard(m_zip); }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool contains(const QString& name) const { return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0; }

    QByteArray read(const QString& name) const
    {
        const QByteArray utf8 = name.toUtf8();
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat(m_zip, utf8.constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
            fail(Tr::tr("The workbook is incomplete: its part %1 is missing.").arg(name));
        if (stat.size > MaxMemberBytes)
            fail(Tr::tr("The workbook's part %1 is too large to be read.").arg(name));
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(m_zip, utf8.constData(), 0), &zip_fclose);
        QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        if (!file || zip_fread(file.get(), bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
            fail(Tr::tr("The workbook is damaged: its part %1 cannot be read.").arg(name));
        return bytes;
    }

private:
    QByteArray m_bytes; // zip_source_buffer_create reads it in place
    zip_t* m_zip = nullptr;
};

// "xl/" + "worksheets/sheet1.xml", or an absolute "/xl/worksheets/sheet1.xml".
QString resolvePart(const QString& base, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& piece : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (piece == QLatin1String(".."))
            parts.removeLast();
        else if (piece != QLatin1String("."))
            parts << piece;
    }
    return parts.join(QLatin1Char('/'));
}

void checkXml(const QXmlStreamReader& xml, const QString& part)
{
    if (xml.hasError())
        fail(
            Tr::tr("The workbook is damaged: its part %1 is not valid XML (line %2).").arg(part).arg(xml.lineNumber()));
}

// Relationship id -> (type, part) of a .rels part.
struct Relationship
{
    QString type;
    QString part;
};

QHash<QString, Relationship> readRelationships(const Archive& archive, const QString& relsPart, const QString& base)
{
    QHash<QString, Relationship> result;
    if (!archive.contains(relsPart))
        return result;
    QXmlStreamReader xml(archive.read(relsPart));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto attributes = xml.attributes();
            result.insert(attributes.value(QLatin1String("Id")).toString(),
                          {attributes.value(QLatin1String("Type")).toString(),
                           resolvePart(base, attributes.value(QLatin1String("Target")).toString())});
        }
    }
    checkXml(xml, relsPart);
    return result;
}

// Excel writes characters XML cannot hold as _xHHHH_ (_x000D_ for a carriage return).
QString unescapeOoxml(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x') &&
            text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result += QChar(code);
                i += 6;
                continue;
            }
        }
        result += text.at(i);
    }
    return result;
}

// The text of a <si> or <is> element: its <t>, or its runs' <t>, without phonetic guides.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return unescapeOoxml(text);
}

QStringList readSharedStrings(const Archive& archive, const QString& part)
{
    QStringList strings;
    if (part.isEmpty() || !archive.contains(part))
        return strings;
    QXmlStreamReader xml(archive.read(part));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(readStringItem(xml));
    }
    checkXml(xml, part);
    return strings;
}

// Whether a number format shows a date: a built-in date format, or a custom code with days or years
// outside its quoted texts and [colour] brackets.
bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('['))
            bracket = true;
        else if (c == QLatin1Char(']'))
            bracket = false;
        else if (!bracket && (c.toLower() == QLatin1Char('d') || c.toLower() == QLatin1Char('y')))
            return true;
    }
    return false;
}

// Style index -> shows a date.
QList<bool> readDateStyles(const Archive& archive, const QString& part)
{
    QList<bool> dateStyles;
    if (part.isEmpty() || !archive.contains(part))
        return dateStyles;
    QHash<int, QString> codes;
    QXmlStreamReader xml(archive.read(part));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                             xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                dateStyles.append(isDateFormat(id, codes.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    checkXml(xml, part);
    return dateStyles;
}

// "BC12" -> column 54 (0-based), row 12; column -1 when the reference is not one.
std::pair<int, int> parseReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    while (i < reference.size() && reference.at(i).isLetter()) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        if (column > MaxColumns)
            return {-1, 0};
        ++i;
    }
    if (i == 0)
        return {-1, 0};
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    return {column - 1, ok ? row : 0};
}

QDate dateFromSerial(double serial, bool date1904)
{
    const auto days = static_cast<qint64>(std::floor(serial));
    return date1904 ? QDate(1904, 1, 1).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

struct SheetContext
{
    const QStringList& sharedStrings;
    const QList<bool>& dateStyles;
    bool date1904 = false;
};

QVariant cellValue(const QString& type, const QString& raw, const QString& inlineText, int style,
                   const SheetContext& context, const QString& part)
{
    if (type == QLatin1String("inlineStr"))
        return inlineText;
    if (raw.isNull())
        return {};
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = raw.toInt(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size())
            fail(Tr::tr("The workbook is damaged: a cell of %1 names a text that does not exist.").arg(part));
        return context.sharedStrings.at(index);
    }
    if (type == QLatin1String("str") || type == QLatin1String("e"))
        return unescapeOoxml(raw);
    if (type == QLatin1String("b"))
        return raw.trimmed() == QLatin1String("1");
    if (type == QLatin1String("d")) {
        const QDate date = QDate::fromString(raw.left(10), Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(raw);
    }
    bool ok = false;
    const double number = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return raw;
    if (style >= 0 && style < context.dateStyles.size() && context.dateStyles.at(style) && number >= 0 &&
        number < 2958466) // up to 31/12/9999
        return dateFromSerial(number, context.date1904);
    return number;
}

QList<QVariantList> readSheetRows(const Archive& archive, const QString& part, const SheetContext& context)
{
    QList<QVariantList> rows;
    QXmlStreamReader xml(archive.read(part));
    int rowNumber = 0;
    QVariantList* row = nullptr;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = ok && r > rowNumber ? r : rowNumber + 1;
            if (rowNumber > 1048576)
                fail(Tr::tr("The workbook's sheet %1 has more rows than a spreadsheet holds.").arg(part));
            while (rows.size() < rowNumber)
                rows.append(QVariantList());
            row = &rows[rowNumber - 1];
            column = -1;
        } else if (xml.name() == QLatin1String("c")) {
            if (!row)
                continue;
            const auto attributes = xml.attributes();
            const auto [refColumn, refRow] = parseReference(attributes.value(QLatin1String("r")));
            column = refColumn >= 0 ? refColumn : column + 1;
            if (column >= MaxColumns)
                fail(Tr::tr("The workbook's sheet %1 has more columns than a spreadsheet holds.").arg(part));
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style =
                attributes.hasAttribute(QLatin1String("s")) ? attributes.value(QLatin1String("s")).toInt() : 0;
            QString raw;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    if (xml.name() == QLatin1String("v"))
                        raw = xml.readElementText();
                    else if (xml.name() == QLatin1String("is"))
                        inlineText = readStringItem(xml);
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            const QVariant value = cellValue(type, raw, inlineText, style, context, part);
            if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                continue;
            while (row->size() <= column)
                row->append(QVariant());
            (*row)[column] = value;
        }
    }
    checkXml(xml, part);
    // Rows that held only formatting read as empty: drop them from the end.
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return rows;
}

} // namespace

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const auto& sheet : sheets)
        names << sheet.name;
    return names;
}

const XlsxSheet* XlsxWorkbook::sheet(const QString& name) const
{
    for (const auto& s : sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

bool looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

XlsxWorkbook readXlsx(const QByteArray& bytes)
{
    if (!looksLikeZip(bytes))
        fail(Tr::tr("The file is not a workbook (.xlsx): it is not a zip archive."));
    const Archive archive(bytes);

    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const auto& relationship : readRelationships(archive, QStringLiteral("_rels/.rels"), QString())) {
        if (relationship.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = relationship.part;
    }
    if (!archive.contains(workbookPart))
        fail(Tr::tr("The file is not a workbook (.xlsx): it holds no spreadsheet (%1 is missing).").arg(workbookPart));
    const QString base = workbookPart.left(workbookPart.lastIndexOf(QLatin1Char('/')) + 1);
    const QString relsPart = base + QStringLiteral("_rels/") + workbookPart.mid(base.size()) + QStringLiteral(".rels");
    const auto relationships = readRelationships(archive, relsPart, base);
    QString sharedStringsPart;
    QString stylesPart;
    for (const auto& relationship : relationships) {
        if (relationship.type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = relationship.part;
        else if (relationship.type.endsWith(QLatin1String("/styles")))
            stylesPart = relationship.part;
    }

    XlsxWorkbook workbook;
    bool date1904 = false;
    QList<std::pair<XlsxSheet, QString>> sheetParts;
    {
        QXmlStreamReader xml(archive.read(workbookPart));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto value = attributes.value(QLatin1String("date1904"));
                date1904 = value == QLatin1String("1") || value == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const auto& attribute : attributes) {
                    if (attribute.name() == QLatin1String("id")) // r:id, whatever the prefix
                        id = attribute.value().toString();
                }
                const auto relationship = relationships.constFind(id);
                if (relationship == relationships.cend() || !relationship->type.endsWith(QLatin1String("/worksheet")))
                    continue; // a chart sheet, or a dialog sheet: no cells
                XlsxSheet sheet;
                sheet.name = attributes.value(QLatin1String("name")).toString();
                const auto state = attributes.value(QLatin1String("state"));
                sheet.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
                sheetParts.append({sheet, relationship->part});
            }
        }
        checkXml(xml, workbookPart);
    }
    const QStringList sharedStrings = readSharedStrings(archive, sharedStringsPart);
    const QList<bool> dateStyles = readDateStyles(archive, stylesPart);
    const SheetContext context{sharedStrings, dateStyles, date1904};
    for (auto& [sheet, part] : sheetParts) {
        sheet.rows = readSheetRows(archive, part, context);
        workbook.sheets.append(sheet);
    }
    if (workbook.sheets.isEmpty())
        fail(Tr::tr("The workbook holds no sheet of cells."));
    return workbook;
}

} // namespace pacte
