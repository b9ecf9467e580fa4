#pragma once

#include <utility>

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pacte {

// How a run of an action sheet's text looks: a class of the report stylesheet.
enum class SheetStyle {
    Body,    // the cell's own text
    Strong,  // <b>
    Missing, // span.missing: "not stated", in grey italics
    Tag,     // span.tag: "experimentation"
    Small    // span.small: the date under a value
};

// A run of text in one style; a line feed in it starts a new line.
struct SheetRun
{
    SheetRun(QString runText, SheetStyle runStyle = SheetStyle::Body, QColor runColour = {})
        : text(std::move(runText))
        , style(runStyle)
        , colour(runColour)
    {}

    QString text;
    SheetStyle style = SheetStyle::Body;
    QColor colour; // when valid, instead of the style's colour (a status's square)
};
using SheetText = QList<SheetRun>;

struct SheetCell
{
    SheetCell(SheetText cellText, bool isNumeric = false)
        : text(std::move(cellText))
        , numeric(isNumeric)
    {}

    SheetText text;
    bool numeric = false; // right-aligned
};

// An action sheet (fiche action) of the report: a title, lines of a label and a value, and a table
// of indicators. The HTML renderers write it with the rest of the report; the paged renderers lay
// it out themselves (sheetlayout.h): 6,000 sheets through Qt's rich text would take half a minute.
struct ActionSheet
{
    QString title;
    QList<QPair<QString, SheetText>> lines;
    QStringList indicatorHeaders; // no table when empty
    QList<int> indicatorWidths;   // percent of the width, one per header
    QList<QList<SheetCell>> indicators;
};

// The sheet's HTML, in the classes of the report stylesheet.
QString sheetHtml(const ActionSheet& sheet);
QString sheetTextHtml(const SheetText& text);

// The text of a run in a layout: line feeds become line separators.
QString sheetTextPlain(const SheetText& text);

} // namespace pacte
