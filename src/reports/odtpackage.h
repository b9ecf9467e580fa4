#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>

class QTextDocument;

namespace pacte {

// What Qt's OpenDocument writer leaves out and a word processor needs to lay the report out as the
// PDF is: a running header and footer with "page N / M", headings that are headings (the
// navigator, a table of contents, kept with what follows), table header rows repeated on each
// page, rows not cut in two.
struct OdtFinish
{
    QString headerLeft;         // the pact
    QString headerRight;        // the scope
    QString footerLeft;         // "Pacte Territorial pour l'Insertion — date"
    QString pageText;           // "page %1 / %2", the page number and the page count
    QList<int> headingLevels;   // one per block of the document, in order: 0 for a paragraph
    QList<int> tableHeaderRows; // one per table, in document order
    // Per table, in document order: the background of each <table:table-cell> Qt writes (one per
    // block of the table, in order: Qt writes a cell of two paragraphs as two cells), or none.
    QList<QList<QColor>> cellBackgrounds;
};

// The heading levels of `document`'s blocks and the header rows of its tables, as Qt writes them.
void describeStructure(const QTextDocument& document, OdtFinish& finish);

// The package `odt` (as QTextDocumentWriter wrote it) finished as `finish` says; empty, with the
// reason in `error`, when it cannot be read.
QByteArray finishOdt(const QByteArray& odt, const OdtFinish& finish, QString* error = nullptr);

} // namespace pacte
