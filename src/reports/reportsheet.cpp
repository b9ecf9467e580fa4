#include "reportsheet.h"

#include "reporthtml.h"

namespace pacte {

QString sheetTextHtml(const SheetText& text)
{
    QString html;
    for (const SheetRun& run : text) {
        QString escapedText = escaped(run.text).replace(QLatin1Char('\n'), QStringLiteral("<br />"));
        switch (run.style) {
        case SheetStyle::Body:
            break;
        case SheetStyle::Strong:
            escapedText = QStringLiteral("<b>%1</b>").arg(escapedText);
            break;
        case SheetStyle::Missing:
            escapedText = QStringLiteral("<span class=\"missing\">%1</span>").arg(escapedText);
            break;
        case SheetStyle::Tag:
            escapedText = QStringLiteral("<span class=\"tag\">%1</span>").arg(escapedText);
            break;
        case SheetStyle::Small:
            escapedText = QStringLiteral("<span class=\"small\">%1</span>").arg(escapedText);
            break;
        }
        if (run.colour.isValid())
            escapedText = QStringLiteral("<span style=\"color: %1\">%2</span>").arg(run.colour.name(), escapedText);
        html += escapedText;
    }
    return html;
}

QString sheetTextPlain(const SheetText& text)
{
    QString plain;
    for (const SheetRun& run : text)
        plain += run.text;
    // Same length as the runs (their formats are ranges of it): one space for another.
    return withFrenchSpaces(plain).replace(QLatin1Char('\n'), QChar::LineSeparator);
}

QString sheetHtml(const ActionSheet& sheet)
{
    ReportHtml out;
    out.raw(QStringLiteral("<h3>%1</h3>\n").arg(escaped(sheet.title)));
    out.beginTable({}, {}, QStringLiteral("sheet"));
    for (const auto& [label, value] : sheet.lines)
        out.row({escaped(label), sheetTextHtml(value)}, {QStringLiteral("label"), QString()});
    out.endTable();
    if (!sheet.indicatorHeaders.isEmpty()) {
        out.beginTable(sheet.indicatorHeaders, sheet.indicatorWidths, QStringLiteral("indicators"));
        for (const auto& row : sheet.indicators) {
            QStringList cells;
            QStringList classes;
            for (const SheetCell& cell : row) {
                cells << sheetTextHtml(cell.text);
                classes << (cell.numeric ? QStringLiteral("num") : QString());
            }
            out.row(cells, classes);
        }
        out.endTable();
    }
    return out.html();
}

} // namespace pacte
