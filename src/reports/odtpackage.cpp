#include "odtpackage.h"

#include "reportdocument.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <zip.h>

#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace pacte {

namespace {

constexpr auto TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr auto StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr auto FoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr auto TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr auto RowStyle = "PacteRow";

QString ns(const char* uri)
{
    return QString::fromLatin1(uri);
}

// Which cell of which table a <table:table-cell> is, as the elements go by: the n-th cell element
// (table > row > cell) of the t-th table, nested tables counted apart.
class CellWalker
{
public:
    explicit CellWalker(const OdtFinish& finish)
        : m_finish(finish)
    {}

    // Tells of a start element; returns the background of the cell it starts, if any.
    QColor start(QStringView name, int depth)
    {
        if (name == QLatin1String("table:table")) {
            m_open.append({depth, m_next++, 0});
        } else if (name == QLatin1String("table:table-cell") && !m_open.isEmpty() &&
                   m_open.constLast().depth == depth - 2) {
            Open& table = m_open.last();
            return m_finish.cellBackgrounds.value(table.index).value(table.cells++);
        }
        return {};
    }

    void end(QStringView name, int depth)
    {
        if (name == QLatin1String("table:table") && !m_open.isEmpty() && m_open.constLast().depth == depth)
            m_open.removeLast();
    }

private:
    struct Open
    {
        int depth = 0;
        qsizetype index = 0;
        qsizetype cells = 0;
    };
    const OdtFinish& m_finish;
    QList<Open> m_open;
    qsizetype m_next = 0;
};

// Writes the start element the reader is on, its namespace declarations with their own prefixes
// (writeCurrentToken() would invent one for the root element).
void copyStart(const QXmlStreamReader& reader, QXmlStreamWriter& writer)
{
    for (const QXmlStreamNamespaceDeclaration& declaration : reader.namespaceDeclarations())
        writer.writeNamespace(declaration.namespaceUri().toString(), declaration.prefix().toString());
    writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
    writer.writeAttributes(reader.attributes());
}

// A copy of a cell style with a background: Qt writes no cell background.
struct ShadedStyle
{
    QString name;
    QString base;
    QColor colour;
};

// What pass 1 learns: the paragraph styles of the headings (the n-th <text:p> is the n-th block),
// the cell styles that need a shaded copy, and the properties of every cell style.
struct Survey
{
    QSet<QString> headingStyles;
    bool blocksMatch = false;
    QList<ShadedStyle> shaded;
    QHash<QString, QXmlStreamAttributes> cellProperties;
};

Survey survey(const QByteArray& content, const OdtFinish& finish)
{
    Survey result;
    qsizetype paragraph = 0;
    QList<ShadedStyle>& shaded = result.shaded;
    QHash<QString, QString> known; // base + colour -> name
    QXmlStreamReader reader(content);
    QString style;
    CellWalker cells(finish);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            cells.end(reader.qualifiedName(), depth);
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const auto name = reader.qualifiedName();
        const auto attributes = reader.attributes();
        const QColor colour = cells.start(name, depth);
        if (name == QLatin1String("text:p")) {
            if (finish.headingLevels.value(paragraph) > 0)
                result.headingStyles.insert(attributes.value(ns(TextNs), QStringLiteral("style-name")).toString());
            ++paragraph;
        } else if (name == QLatin1String("style:style")) {
            style = attributes.value(ns(StyleNs), QStringLiteral("name")).toString();
        } else if (name == QLatin1String("style:table-cell-properties")) {
            result.cellProperties.insert(style, attributes);
        } else if (colour.isValid()) {
            const QString base = attributes.value(ns(TableNs), QStringLiteral("style-name")).toString();
            const QString key = base + colour.name();
            if (!known.contains(key)) {
                known.insert(key, QStringLiteral("PacteShaded%1").arg(shaded.size()));
                shaded.append({known.value(key), base, colour});
            }
        }
    }
    result.blocksMatch = !reader.hasError() && paragraph == finish.headingLevels.size();
    if (!result.blocksMatch)
        result.headingStyles.clear(); // the paragraphs are not the blocks: no heading is known
    return result;
}

// Pass 2: headings as <text:h>, kept with the next paragraph; header rows in
// <table:table-header-rows>; every row kept on one page where it fits; cells shaded.
QByteArray finishContent(const QByteArray& content, const OdtFinish& finish)
{
    const Survey known = survey(content, finish);
    const bool blocksMatch = known.blocksMatch;
    const QSet<QString>& headings = known.headingStyles;
    const QHash<QString, QXmlStreamAttributes>& cellProperties = known.cellProperties;
    const QList<ShadedStyle>& shaded = known.shaded;
    QHash<QString, QString> shadedNames; // base + colour -> name
    for (const ShadedStyle& style : shaded)
        shadedNames.insert(style.base + style.colour.name(), style.name);
    QByteArray result;
    QXmlStreamReader reader(content);
    QXmlStreamWriter writer(&result);
    struct Table
    {
        int depth = 0;
        int headerRows = 0;
        int rows = 0;
        bool inHeader = false;
    };
    QList<Table> tables;
    CellWalker cells(finish);
    int depth = 0;
    qsizetype paragraph = 0;
    qsizetype tableIndex = 0;
    bool inHeadingStyle = false;
    bool headingStyleDone = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const auto name = reader.qualifiedName();
            const QColor colour = cells.start(name, depth);
            if (name == QLatin1String("text:p")) {
                const int level = blocksMatch ? finish.headingLevels.value(paragraph) : 0;
                ++paragraph;
                if (level > 0) {
                    writer.writeStartElement(ns(TextNs), QStringLiteral("h"));
                    writer.writeAttributes(reader.attributes());
                    writer.writeAttribute(ns(TextNs), QStringLiteral("outline-level"), QString::number(level));
                } else {
                    copyStart(reader, writer);
                }
            } else if (name == QLatin1String("table:table")) {
                tables.append({depth, static_cast<int>(finish.tableHeaderRows.value(tableIndex)), 0, false});
                ++tableIndex;
                copyStart(reader, writer);
            } else if (name == QLatin1String("table:table-row") && !tables.isEmpty() &&
                       tables.constLast().depth == depth - 1) {
                Table& table = tables.last();
                if (table.rows == 0 && table.headerRows > 0) {
                    writer.writeStartElement(ns(TableNs), QStringLiteral("table-header-rows"));
                    table.inHeader = true;
                }
                writer.writeStartElement(ns(TableNs), QStringLiteral("table-row"));
                writer.writeAttributes(reader.attributes());
                if (!reader.attributes().hasAttribute(ns(TableNs), QStringLiteral("style-name")))
                    writer.writeAttribute(ns(TableNs), QStringLiteral("style-name"), QLatin1String(RowStyle));
            } else if (colour.isValid()) {
                const QString base = reader.attributes().value(ns(TableNs), QStringLiteral("style-name")).toString();
                const QString shadedName = colour.isValid() ? shadedNames.value(base + colour.name()) : QString();
                if (shadedName.isEmpty()) {
                    copyStart(reader, writer);
                } else {
                    writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
                    for (const QXmlStreamAttribute& attribute : reader.attributes()) {
                        if (attribute.qualifiedName() != QLatin1String("table:style-name"))
                            writer.writeAttribute(attribute);
                    }
                    writer.writeAttribute(ns(TableNs), QStringLiteral("style-name"), shadedName);
                }
            } else if (name == QLatin1String("style:style")) {
                inHeadingStyle =
                    headings.contains(reader.attributes().value(ns(StyleNs), QStringLiteral("name")).toString());
                headingStyleDone = false;
                copyStart(reader, writer);
            } else if (name == QLatin1String("style:paragraph-properties") && inHeadingStyle) {
                copyStart(reader, writer);
                writer.writeAttribute(ns(FoNs), QStringLiteral("keep-with-next"), QStringLiteral("always"));
                headingStyleDone = true;
            } else {
                copyStart(reader, writer);
                if (name == QLatin1String("office:automatic-styles")) {
                    writer.writeStartElement(ns(StyleNs), QStringLiteral("style"));
                    writer.writeAttribute(ns(StyleNs), QStringLiteral("name"), QLatin1String(RowStyle));
                    writer.writeAttribute(ns(StyleNs), QStringLiteral("family"), QStringLiteral("table-row"));
                    writer.writeEmptyElement(ns(StyleNs), QStringLiteral("table-row-properties"));
                    writer.writeAttribute(ns(FoNs), QStringLiteral("keep-together"), QStringLiteral("always"));
                    writer.writeEndElement();
                    for (const ShadedStyle& style : shaded) {
                        writer.writeStartElement(ns(StyleNs), QStringLiteral("style"));
                        writer.writeAttribute(ns(StyleNs), QStringLiteral("name"), style.name);
                        writer.writeAttribute(ns(StyleNs), QStringLiteral("family"), QStringLiteral("table-cell"));
                        writer.writeEmptyElement(ns(StyleNs), QStringLiteral("table-cell-properties"));
                        for (const QXmlStreamAttribute& attribute : cellProperties.value(style.base)) {
                            if (attribute.qualifiedName() != QLatin1String("fo:background-color"))
                                writer.writeAttribute(attribute);
                        }
                        writer.writeAttribute(ns(FoNs), QStringLiteral("background-color"), style.colour.name());
                        writer.writeEndElement();
                    }
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = reader.qualifiedName();
            if (name == QLatin1String("table:table-row") && !tables.isEmpty() &&
                tables.constLast().depth == depth - 1) {
                Table& table = tables.last();
                writer.writeEndElement();
                if (table.inHeader && ++table.rows == table.headerRows) {
                    writer.writeEndElement(); // table-header-rows
                    table.inHeader = false;
                } else if (!table.inHeader) {
                    ++table.rows;
                }
            } else if (name == QLatin1String("table:table") && !tables.isEmpty() && tables.constLast().depth == depth) {
                if (tables.constLast().inHeader)
                    writer.writeEndElement();
                tables.removeLast();
                writer.writeEndElement();
            } else if (name == QLatin1String("style:style") && inHeadingStyle) {
                if (!headingStyleDone) {
                    writer.writeEmptyElement(ns(StyleNs), QStringLiteral("paragraph-properties"));
                    writer.writeAttribute(ns(FoNs), QStringLiteral("keep-with-next"), QStringLiteral("always"));
                }
                inHeadingStyle = false;
                writer.writeEndElement();
            } else {
                writer.writeEndElement(); // the writer knows the element it closes (a <text:h> too)
            }
            cells.end(name, depth);
            --depth;
        } else {
            writer.writeCurrentToken(reader);
        }
    }
    if (reader.hasError())
        return {};
    return result;
}

QString escapedXml(const QString& text)
{
    return text.toHtmlEscaped();
}

// The master page: A4, the running header and footer.
QByteArray stylesXml(const OdtFinish& finish)
{
    QString pageText = escapedXml(finish.pageText);
    pageText.replace(QStringLiteral("%1"),
                     QStringLiteral("<text:page-number text:select-page=\"current\">1</text:page-number>"));
    pageText.replace(QStringLiteral("%2"), QStringLiteral("<text:page-count>1</text:page-count>"));
    const QString xml = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
 <office:styles>
  <style:style style:name="Header" style:family="paragraph">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-family="'DejaVu Sans'" fo:font-size="7.5pt" fo:color="#52606d"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-family="'DejaVu Sans'" fo:font-size="7.5pt" fo:color="#52606d"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="PactePage">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm" fo:border-bottom="0.5pt solid #9fb3c8" fo:padding-bottom="0.1cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm" fo:border-top="0.5pt solid #9fb3c8" fo:padding-top="0.1cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="PactePage">
   <style:header><text:p text:style-name="Header">%1<text:tab/>%2</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">%3<text:tab/>%4</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
</office:document-styles>
)")
                            .arg(escapedXml(finish.headerLeft), escapedXml(finish.headerRight),
                                 escapedXml(finish.footerLeft), pageText);
    return xml.toUtf8();
}

std::optional<QByteArray> readMember(zip_t* archive, const char* name)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return std::nullopt;
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name, 0), &zip_fclose);
    if (!file)
        return std::nullopt;
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    if (zip_fread(file.get(), bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
        return std::nullopt;
    return bytes;
}

// Adds a member; its index, or -1. The bytes live in the caller's QByteArray until zip_close().
zip_int64_t putMember(zip_t* archive, const char* name, const QByteArray& bytes)
{
    zip_source_t* source = zip_source_buffer(archive, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
    if (!source)
        return -1;
    const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0)
        zip_source_free(source);
    return index;
}

} // namespace

void describeStructure(const QTextDocument& document, OdtFinish& finish)
{
    finish.headingLevels.clear();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        finish.headingLevels.append(block.blockFormat().headingLevel());
    finish.tableHeaderRows.clear();
    finish.cellBackgrounds.clear();
    for (const QTextTable* table : documentTables(document)) {
        finish.tableHeaderRows.append(table->format().headerRowCount());
        // One entry per block of the table (not of a table inside it), as Qt writes cells.
        QList<QColor> backgrounds;
        for (QTextBlock block = document.findBlock(table->firstPosition());
             block.isValid() && block.position() <= table->lastPosition(); block = block.next()) {
            if (QTextCursor(block).currentTable() != table)
                continue;
            const QTextTableCellFormat format = table->cellAt(block.position()).format().toTableCellFormat();
            const QBrush brush = format.background();
            const bool shaded = format.hasProperty(QTextFormat::BackgroundBrush) && brush.style() != Qt::NoBrush &&
                                brush.color().alpha() > 0;
            backgrounds.append(shaded ? brush.color() : QColor());
        }
        finish.cellBackgrounds.append(backgrounds);
    }
}

QByteArray finishOdt(const QByteArray& odt, const OdtFinish& finish, QString* error)
{
    const auto fail = [&](const char* what) {
        if (error)
            *error = QString::fromLatin1(what);
        return QByteArray();
    };
    // An empty buffer is no package; libzip would not take ownership of its copy (LeakSanitizer).
    if (odt.isEmpty())
        return fail("not a zip package");
    // Read every member of Qt's package (through a copy libzip owns, as its in-memory example does).
    zip_error_t zipError;
    zip_error_init(&zipError);
    void* copy = std::malloc(static_cast<size_t>(odt.size()));
    if (!copy)
        return fail("out of memory");
    std::memcpy(copy, odt.constData(), static_cast<size_t>(odt.size()));
    zip_source_t* input = zip_source_buffer_create(copy, static_cast<zip_uint64_t>(odt.size()), 1, &zipError);
    if (!input) {
        std::free(copy);
        return fail("cannot read the package");
    }
    zip_t* original = zip_open_from_source(input, ZIP_RDONLY, &zipError);
    zip_error_fini(&zipError);
    if (!original) {
        zip_source_free(input);
        return fail("not a zip package");
    }
    QList<QPair<QByteArray, QByteArray>> members; // name, bytes, in the package's order
    const zip_int64_t count = zip_get_num_entries(original, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(original, static_cast<zip_uint64_t>(i), 0);
        const auto bytes = name ? readMember(original, name) : std::nullopt;
        if (!bytes) {
            zip_discard(original);
            return fail("a member of the package cannot be read");
        }
        members.append({QByteArray(name), *bytes});
    }
    zip_discard(original);
    QByteArray* content = nullptr;
    QByteArray* manifest = nullptr;
    for (auto& [name, bytes] : members) {
        if (name == "content.xml")
            content = &bytes;
        else if (name == "META-INF/manifest.xml")
            manifest = &bytes;
    }
    if (!content || !manifest || members.constFirst().first != "mimetype")
        return fail("not an OpenDocument package");
    *content = finishContent(*content, finish);
    const qsizetype end = manifest->lastIndexOf("</manifest:manifest>");
    if (content->isEmpty() || end < 0)
        return fail("content.xml or the manifest is malformed");
    manifest->insert(end,
                     " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n");
    members.append({QByteArrayLiteral("styles.xml"), stylesXml(finish)});

    // Write them all again (libzip writes each member's headers alike), the mimetype first and
    // stored, as OpenDocument wants.
    zip_error_init(&zipError);
    zip_source_t* output = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    zip_t* archive = output ? zip_open_from_source(output, ZIP_TRUNCATE, &zipError) : nullptr;
    zip_error_fini(&zipError);
    if (!archive) {
        if (output)
            zip_source_free(output);
        return fail("cannot make the package");
    }
    zip_source_keep(output); // it holds the new package after zip_close()
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> kept(output, &zip_source_free);
    for (const auto& [name, bytes] : std::as_const(members)) {
        const zip_int64_t index = putMember(archive, name.constData(), bytes);
        if (index < 0 || (name == "mimetype" &&
                          zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) != 0)) {
            zip_discard(archive);
            return fail("cannot write a member");
        }
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return fail("cannot write the package");
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_is_deleted(output) || zip_source_stat(output, &stat) != 0 || zip_source_open(output) != 0)
        return fail("cannot read the package written");
    QByteArray result(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(output, result.data(), stat.size);
    zip_source_close(output);
    if (read != static_cast<zip_int64_t>(stat.size))
        return fail("cannot read the package written");
    return result;
}

} // namespace pacte
