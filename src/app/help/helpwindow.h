#pragma once

#include "helpguide.h"
#include "helptopics.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace pacte::help {

// The user guide in a window of its own: the contents (the pages' headings) on the left, the page
// shown by a QTextBrowser from its Markdown on the right, and a search field that finds a word
// in the page (ignoring case and accents), or in another page when this one lacks it.
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows `topic` (its heading at the top of the view) and brings the window to the front.
    void showTopic(const Topic& topic);
    // Finds the next (or previous) match of the search field's text.
    void findNext(bool backward = false);

private:
    void buildContents();
    void onSourceChanged(const QUrl& page);
    void onContentsClicked(QTreeWidgetItem* item);
    void showHeading(int rank);
    void search();
    void selectMatch(int index);
    void selectContentsItem(const QUrl& page, int rank);

    QTreeWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchStatus = nullptr;
    QList<Match> m_matches;
    int m_currentMatch = -1;
};

// The help window of `owner` (created on first use), showing `topic`.
HelpWindow* showHelp(QWidget* owner, const Topic& topic);

} // namespace pacte::help
