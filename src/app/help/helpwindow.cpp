#include "helpwindow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pacte::help {

namespace {

constexpr int PageRole = Qt::UserRole;
constexpr int RankRole = Qt::UserRole + 1;

QToolButton* toolButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip, const char* name)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("User guide — Pacte"));
    resize(1100, 720);

    auto* back = toolButton(this, QStyle::SP_ArrowBack, tr("Back"), "helpBack");
    auto* forward = toolButton(this, QStyle::SP_ArrowForward, tr("Forward"), "helpForward");
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("helpSearchStatus"));
    auto* previousMatch = toolButton(this, QStyle::SP_ArrowUp, tr("Previous match (Shift+F3)"), "helpPreviousMatch");
    auto* nextMatch = toolButton(this, QStyle::SP_ArrowDown, tr("Next match (F3)"), "helpNextMatch");

    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(previousMatch);
    bar->addWidget(nextMatch);
    bar->addWidget(m_searchStatus, 1);

    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents of the guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Page of the guide"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 760});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::onSourceChanged);
    connect(m_contents, &QTreeWidget::itemActivated, this, &HelpWindow::onContentsClicked);
    connect(m_contents, &QTreeWidget::itemClicked, this, &HelpWindow::onContentsClicked);
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(nextMatch, &QToolButton::clicked, this, [this] { findNext(); });
    connect(previousMatch, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this, [this] { findNext(); });
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this, [this] { findNext(true); });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QWidget::close);

    buildContents();
}

void HelpWindow::buildContents()
{
    for (const QUrl& page : pages()) {
        QTreeWidgetItem* parents[4] = {};
        for (const Heading& heading : headings(page)) {
            const int level = std::clamp(heading.level, 1, 3);
            QTreeWidgetItem* parent = nullptr;
            for (int l = level - 1; l >= 1 && !parent; --l)
                parent = parents[l];
            auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_contents);
            item->setText(0, heading.text);
            item->setToolTip(0, heading.text);
            item->setData(0, PageRole, page);
            item->setData(0, RankRole, heading.rank);
            parents[level] = item;
            for (int l = level + 1; l <= 3; ++l)
                parents[l] = nullptr;
        }
    }
    m_contents->expandToDepth(0);
}

void HelpWindow::showTopic(const Topic& topic)
{
    show();
    raise();
    activateWindow();
    if (m_browser->source() != topic.page)
        m_browser->setSource(topic.page, QTextDocument::MarkdownResource);
    int rank = 0;
    for (const Heading& heading : headings(*m_browser->document())) {
        if (heading.text == topic.heading) {
            rank = heading.rank;
            break;
        }
    }
    showHeading(rank);
}

void HelpWindow::findNext(bool backward)
{
    if (m_matches.isEmpty()) {
        search();
        return;
    }
    const int count = static_cast<int>(m_matches.size());
    selectMatch(((m_currentMatch < 0 ? 0 : m_currentMatch + (backward ? -1 : 1)) + count) % count);
}

void HelpWindow::onSourceChanged(const QUrl& page)
{
    QTextDocument* document = m_browser->document();
    document->setDocumentMargin(16);
    // Qt's Markdown reader gives headings no space of their own: some above, a little below.
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setTopMargin(level <= 2 ? 20 : 14);
        format.setBottomMargin(6);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    selectContentsItem(page, 0);
    m_matches.clear();
    m_currentMatch = -1;
    if (!m_search->text().trimmed().isEmpty())
        search();
}

void HelpWindow::onContentsClicked(QTreeWidgetItem* item)
{
    const QUrl page = item->data(0, PageRole).toUrl();
    if (m_browser->source() != page)
        m_browser->setSource(page, QTextDocument::MarkdownResource);
    showHeading(item->data(0, RankRole).toInt());
}

void HelpWindow::showHeading(int rank)
{
    const int position = headingPosition(*m_browser->document(), rank);
    if (position < 0)
        return;
    // The heading at the top of the view, not merely somewhere in it: from the end of the page,
    // making the heading visible scrolls up just enough to show it on the first line.
    QTextCursor cursor(m_browser->document());
    cursor.movePosition(QTextCursor::End);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
    cursor.setPosition(position);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
    selectContentsItem(m_browser->source(), rank);
}

void HelpWindow::selectContentsItem(const QUrl& page, int rank)
{
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, PageRole).toUrl() == page && (*it)->data(0, RankRole).toInt() == rank) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            return;
        }
    }
}

void HelpWindow::search()
{
    const QString text = m_search->text();
    m_matches = help::find(*m_browser->document(), text);
    if (m_matches.isEmpty() && !text.trimmed().isEmpty()) {
        // Not on this page: the first other page that has it.
        for (const QUrl& page : pages()) {
            if (page == m_browser->source())
                continue;
            QTextDocument document;
            document.setMarkdown(markdown(page));
            if (!help::find(document, text).isEmpty()) {
                m_browser->setSource(page, QTextDocument::MarkdownResource); // searches again
                return;
            }
        }
    }
    QList<QTextEdit::ExtraSelection> highlights;
    for (const Match& match : std::as_const(m_matches)) {
        QTextEdit::ExtraSelection highlight;
        highlight.cursor = QTextCursor(m_browser->document());
        highlight.cursor.setPosition(match.position);
        highlight.cursor.setPosition(match.position + match.length, QTextCursor::KeepAnchor);
        highlight.format.setBackground(QColor(0xff, 0xe8, 0x7c));
        highlight.format.setForeground(QColor(Qt::black)); // the palette's text may be light (dark palette)
        highlights << highlight;
    }
    m_browser->setExtraSelections(highlights);
    if (text.trimmed().isEmpty())
        m_searchStatus->clear();
    else if (m_matches.isEmpty())
        m_searchStatus->setText(tr("Not found in the guide"));
    else
        m_searchStatus->setText(tr("%n match(es) on this page", nullptr, static_cast<int>(m_matches.size())));
    m_currentMatch = -1;
    if (!m_matches.isEmpty())
        selectMatch(0);
}

void HelpWindow::selectMatch(int index)
{
    m_currentMatch = index;
    const Match& match = m_matches.at(index);
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(match.position);
    cursor.setPosition(match.position + match.length, QTextCursor::KeepAnchor);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
}

HelpWindow* showHelp(QWidget* owner, const Topic& topic)
{
    auto* window = owner->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new HelpWindow(owner);
    window->showTopic(topic);
    return window;
}

} // namespace pacte::help
