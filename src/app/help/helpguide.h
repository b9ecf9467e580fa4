#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QTextDocument;

namespace pacte::help {

// The user guide shown in the Help window: the Markdown pages of docs/ compiled in as resources
// (resources/CMakeLists.txt, pacte_guide), read by Qt's own Markdown support.

// A heading of a page: its text as shown, its level (1 for the page's title) and its rank among
// the page's headings, which finds it again in any document made from the page.
struct Heading
{
    QString text;
    int level = 0;
    int rank = 0;
};

// A match of a search: a position and a length in a document's characters.
struct Match
{
    int position = 0;
    int length = 0;
};

// The pages, the user guide first.
QList<QUrl> pages();
QUrl guidePage();
QUrl sheetsGuidePage();
// The Markdown text of a page; empty if it is not one of pages().
QString markdown(const QUrl& page);
// The headings of a document, in order.
QList<Heading> headings(const QTextDocument& document);
// The headings of a page.
QList<Heading> headings(const QUrl& page);
// The position of the heading of this rank in `document`, -1 when it has fewer headings.
int headingPosition(const QTextDocument& document, int rank);
// Every match of `text` in `document`, ignoring case, accents and ligatures as the quick search does.
QList<Match> find(const QTextDocument& document, const QString& text);

} // namespace pacte::help
