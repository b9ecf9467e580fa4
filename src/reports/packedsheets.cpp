#include "packedsheets.h"

#include <QDataStream>
#include <QIODevice>

namespace pacte {

namespace {

void writeText(QDataStream& out, const SheetText& text)
{
    out << static_cast<qint32>(text.size());
    for (const SheetRun& run : text)
        out << run.text << static_cast<qint8>(run.style) << run.colour;
}

SheetText readText(QDataStream& in)
{
    qint32 runs = 0;
    in >> runs;
    SheetText text;
    text.reserve(runs);
    for (qint32 i = 0; i < runs && in.status() == QDataStream::Ok; ++i) {
        SheetRun run{QString()};
        qint8 style = 0;
        in >> run.text >> style >> run.colour;
        run.style = static_cast<SheetStyle>(style);
        text.append(std::move(run));
    }
    return text;
}

// Written field by field: the sheet's types have no default constructor for QDataStream's containers.
void write(QDataStream& out, const ActionSheet& sheet)
{
    out << sheet.title << static_cast<qint32>(sheet.lines.size());
    for (const auto& [label, text] : sheet.lines) {
        out << label;
        writeText(out, text);
    }
    out << sheet.indicatorHeaders << sheet.indicatorWidths << static_cast<qint32>(sheet.indicators.size());
    for (const auto& row : sheet.indicators) {
        out << static_cast<qint32>(row.size());
        for (const SheetCell& cell : row) {
            writeText(out, cell.text);
            out << cell.numeric;
        }
    }
}

ActionSheet read(QDataStream& in)
{
    ActionSheet sheet;
    qint32 lines = 0;
    in >> sheet.title >> lines;
    sheet.lines.reserve(lines);
    for (qint32 i = 0; i < lines && in.status() == QDataStream::Ok; ++i) {
        QString label;
        in >> label;
        sheet.lines.append({label, readText(in)});
    }
    qint32 rows = 0;
    in >> sheet.indicatorHeaders >> sheet.indicatorWidths >> rows;
    sheet.indicators.reserve(rows);
    for (qint32 i = 0; i < rows && in.status() == QDataStream::Ok; ++i) {
        qint32 cells = 0;
        in >> cells;
        QList<SheetCell> row;
        row.reserve(cells);
        for (qint32 j = 0; j < cells && in.status() == QDataStream::Ok; ++j) {
            SheetText text = readText(in);
            bool numeric = false;
            in >> numeric;
            row.append(SheetCell(std::move(text), numeric));
        }
        sheet.indicators.append(std::move(row));
    }
    return sheet;
}

} // namespace

PackedSheets::PackedSheets(std::initializer_list<ActionSheet> sheets)
{
    for (const ActionSheet& sheet : sheets)
        append(sheet);
}

void PackedSheets::append(const ActionSheet& sheet)
{
    m_open.append(sheet);
    ++m_size;
    if (m_open.size() == BlockSize)
        packOpenBlock();
}

void PackedSheets::packOpenBlock()
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << static_cast<qint32>(m_open.size());
        for (const ActionSheet& sheet : m_open)
            write(out, sheet);
    }
    // The fastest level: the labels repeat from sheet to sheet, and the sheets are unpacked twice.
    QByteArray packed = qCompress(bytes, 1);
    packed.squeeze(); // qCompress() leaves room for the uncompressed size
    m_packed.append(std::move(packed));
    m_open.clear();
}

const QList<ActionSheet>& PackedSheets::block(qsizetype index) const
{
    if (index == m_packed.size())
        return m_open;
    if (index != m_unpackedIndex) {
        m_unpacked.clear();
        const QByteArray bytes = qUncompress(m_packed.at(index));
        QDataStream in(bytes);
        in.setVersion(QDataStream::Qt_6_4);
        qint32 count = 0;
        in >> count;
        m_unpacked.reserve(count);
        for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
            m_unpacked.append(read(in));
        m_unpackedIndex = index;
    }
    return m_unpacked;
}

ActionSheet PackedSheets::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return block(index / BlockSize).at(index % BlockSize);
}

} // namespace pacte
