#pragma once

#include "domain/enums.h"
#include "packedsheets.h"
#include "reportchart.h"
#include "reportsheet.h"
#include "statuspalette.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pacte {

// The report's body as it is being written: HTML in the subset Qt's rich text reads (and browsers
// too), the charts it refers to ("chart:N" images), and the headings the table of contents lists.
class ReportHtml final
{
public:
    struct Heading
    {
        int level = 1;
        QString text;
        QString anchor;
    };

    // <h1>…<h3>; levels 1 and 2 are listed in the table of contents. Level 1 starts a page.
    void heading(int level, const QString& text);
    // The same starting a new page whatever its level (a territory's local pact, say).
    void headingOnNewPage(int level, const QString& text);
    // A paragraph of plain text (escaped, line breaks kept), with an optional CSS class.
    void paragraph(const QString& text, const QString& cssClass = {});
    void raw(const QString& html) { m_html += html; }
    // Where the paged renderer may start a new part (a document of its own): at top level only.
    // Parts keep Qt's drawing of a 3,000-page report linear (it walks a document from its start).
    void partBreak();
    // An action sheet, a part of its own (see SheetMark), added to the list.
    void sheet(const ActionSheet& sheet);
    // The <img> of a chart, added to the list.
    QString chart(const ReportChart& chart);
    // <table class="grid"> with a header row repeated on every page.
    void beginTable(const QStringList& headers, const QList<int>& widthsPercent = {}, const QString& cssClass = {});
    void row(const QStringList& cellsHtml, const QStringList& cellClasses = {});
    void endTable() { m_html += QStringLiteral("</tbody></table>\n"); }

    const QString& html() const { return m_html; }
    const QList<ReportChart>& charts() const { return m_charts; }
    const PackedSheets& sheets() const { return m_sheets; }
    const QList<Heading>& headings() const { return m_headings; }
    bool isEmpty() const { return m_html.isEmpty(); }

private:
    QString m_html;
    QList<ReportChart> m_charts;
    PackedSheets m_sheets;
    QList<Heading> m_headings;
    bool m_firstLevelOne = true;
};

// The mark of a part break in the report's HTML (a comment: other outputs ignore it).
inline constexpr auto PartMark = "<!--pacte:part-->";
// The start of a part that is action sheet N ("<!--pacte:sheet:N-->"): the paged renderers lay it
// out from the sheet itself rather than from its HTML.
inline constexpr auto SheetMark = "<!--pacte:sheet:";

// French typography: the spaces inside « » and before : ; ! ? become non-breaking, so that a line
// never starts with "»" or ":".
QString withFrenchSpaces(const QString& text);
// A word longer than this (a pasted identifier, a text without spaces) gets a zero-width space,
// a place where a line may end, every MaxWordLength characters: Qt's line breaking looks for the
// end of a word on every line it lays out, which made a 1 MB word take 30 s and a 10 MB one over
// five minutes. No real word comes near; the break is invisible.
inline constexpr qsizetype MaxWordLength = 100;
inline constexpr QChar WordBreak{0x200b};
QString breakOverlongWords(const QString& text);
// Escaped for HTML, with French spaces and overlong words broken.
QString escaped(const QString& text);
// A count as the reader's language writes it ("1 000" in French).
QString formatCount(qsizetype count);
// Escaped, with line breaks as <br>; "not stated" in grey when empty.
QString textOrMissing(const QString& text);
QString missing();
QString missingText(); // "not stated", as plain text

} // namespace pacte
