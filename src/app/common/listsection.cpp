#include "listsection.h"

#include "columnwidths.h"
#include "conflictdialog.h"
#include "editing/document.h"
#include "editorheaders.h"
#include "filterbararea.h"
#include "listexport.h"
#include "recordeditor.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace pacte {

ListSection::ListSection(const QString& settingsKey, QWidget* parent)
    : Section(parent)
    , m_settingsKey(settingsKey)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* filterArea = new FilterBarArea(this);
    m_filterBar = filterArea->bar();
    m_filterBar->addStretch(1);
    layout->addWidget(filterArea);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(settingsKey + QStringLiteral("Splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(settingsKey + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ListSection::showHeaderMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ListSection::showTableMenu);
    m_detail = new QStackedWidget(m_splitter);
    m_detail->setObjectName(settingsKey + QStringLiteral("Detail"));
    m_emptyLabel = new QLabel(m_detail);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_emptyLabel, &QLabel::linkActivated, this, [this] { addItem(); });
    m_detail->addWidget(m_emptyLabel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_footer = new QLabel(this);
    m_footer->setObjectName(settingsKey + QStringLiteral("Footer"));
    m_footer->setWordWrap(true); // a long summary wraps at a large text size instead of widening the window
    layout->addWidget(m_footer);

    m_proxy = new RecordFilterProxy(this);
    // A filter can add or remove thousands of row ranges: sum them up once, after the burst.
    m_footerTimer = new QTimer(this);
    m_footerTimer->setSingleShot(true);
    m_footerTimer->setInterval(0);
    connect(m_footerTimer, &QTimer::timeout, this, &ListSection::updateFooter);
    const auto scheduleFooter = [this] { m_footerTimer->start(); };
    m_staleTimer = new QTimer(this);
    m_staleTimer->setSingleShot(true);
    m_staleTimer->setInterval(200);
    connect(m_staleTimer, &QTimer::timeout, this, [this] {
        if (m_stale) {
            m_stale = false;
            catchUp();
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, scheduleFooter);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, scheduleFooter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, scheduleFooter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, scheduleFooter);
    // A search or a filter that hides the item in the editor clears the editor: no one should edit
    // an item the list no longer shows (the proxy's layout change leaves no current row, silently).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListSection::followSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListSection::followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListSection::followSelection);

    // Enter opens the selected item in the editor, Delete deletes it (after asking).
    auto* open = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    auto* openEnter = new QShortcut(QKeySequence(Qt::Key_Enter), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    const auto focusEditor = [this] { focusFirstField(); };
    connect(open, &QShortcut::activated, this, focusEditor);
    connect(openEnter, &QShortcut::activated, this, focusEditor);
    connect(m_table, &QTableView::doubleClicked, this, focusEditor);
    // Tab goes from the list to its editor (reading order), not from cell to cell of a row that is
    // selected whole.
    m_table->setTabKeyNavigation(false);
    auto* toEditor = new QShortcut(QKeySequence(Qt::Key_Tab), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toEditor, &QShortcut::activated, this, focusEditor);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ListSection::deleteSelectedItem);
    // Escape from anywhere in the editor goes back to the list (leaving the field commits it).
    auto* back =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_detail, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
}

ListSection::~ListSection()
{
    saveState();
}

void ListSection::setUp(QAbstractItemModel* model, QWidget* editor, const QString& emptyText)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    enlargeEditorHeaders(editor);
    m_detail->addWidget(editor);
    m_emptyLabel->setProperty("emptyText", emptyText);
    m_table->setAccessibleName(tr("List of %1").arg(title()));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListSection::onCurrentRowChanged);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    // The record editors below it (the editor itself, or its panels'): they ask for their record
    // again after a conflict, and say when the changes that waited for the user's typing may come.
    m_editors = editor->findChildren<RecordEditor*>();
    if (auto* own = qobject_cast<RecordEditor*>(editor))
        m_editors.prepend(own);
    for (RecordEditor* recordEditor : std::as_const(m_editors)) {
        connect(recordEditor, &RecordEditor::reloadRequested, this, [this] {
            if (m_document && !m_reloading)
                showRecord(selectedUuid());
        });
        connect(recordEditor, &RecordEditor::settled, this, &ListSection::catchUpAfterTyping);
    }
}

RecordEditor* ListSection::typingEditor() const
{
    if (!m_document || !m_document->isRemoteChange() || !isVisible())
        return nullptr;
    for (RecordEditor* editor : m_editors) {
        if (editor->isVisible() && editor->isTyping())
            return editor;
    }
    return nullptr;
}

void ListSection::refreshShownRecord()
{
    // Another person's change must not replace what the user is typing: her editor keeps it.
    if (RecordEditor* editor = typingEditor()) {
        editor->markChangedMeanwhile();
        return;
    }
    showRecord(selectedUuid());
}

void ListSection::catchUpAfterTyping()
{
    if (!m_catchUpAfterTyping)
        return;
    for (RecordEditor* editor : std::as_const(m_editors)) {
        if (editor->isTyping())
            return;
    }
    m_catchUpAfterTyping = false;
    if (isVisible())
        catchUp();
    else
        m_stale = true;
}

QComboBox* ListSection::addFacetFilter(FilterKey key, const QString& label, const QString& objectName)
{
    auto* text = new QLabel(label, this);
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(label);
    // Narrow combos with wide pop-up lists: five or six filters share the bar at 1366 pixels.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->view()->setMinimumWidth(260);
    text->setBuddy(combo);
    const int at = m_filterBar->count() - 1 - static_cast<int>(m_filterBar->property("tools").toInt());
    m_filterBar->insertWidget(at, text);
    m_filterBar->insertWidget(at + 1, combo);
    m_facetCombos.append({combo, key});
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] {
        const QVariant value = combo->currentData();
        m_proxy->setFacet(key, value.isValid() ? std::optional<qint64>(value.toLongLong()) : std::nullopt);
        updateFooter();
    });
    setFacetOptions(combo, {});
    return combo;
}

void ListSection::setFacetOptions(QComboBox* combo, const QList<QPair<QString, qint64>>& options)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All"));
    for (const auto& [label, value] : options)
        combo->addItem(label, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0) {
        for (const auto& [facetCombo, key] : std::as_const(m_facetCombos)) {
            if (facetCombo == combo)
                m_proxy->setFacet(key, std::nullopt);
        }
    }
}

void ListSection::addToolButton(QPushButton* button)
{
    m_filterBar->addWidget(button);
    m_filterBar->setProperty("tools", m_filterBar->property("tools").toInt() + 1);
}

void ListSection::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    Section::setDocument(document);
    if (document)
        connect(document, &Document::changed, this, &ListSection::onDocumentChanged);
    // The editor follows at once, even while the list waits to be shown: it must never keep a
    // document that was replaced (a file reopened for writing) or closed.
    for (int page = 0; page < m_detail->count(); ++page) {
        if (auto* editor = qobject_cast<RecordEditor*>(m_detail->widget(page)))
            editor->setDocument(document);
    }
    reloadOrDefer();
}

void ListSection::setEdition(Id editionId)
{
    Section::setEdition(editionId);
    reloadOrDefer();
}

void ListSection::reloadOrDefer()
{
    // A hidden list that can count its records without reading them is read when first shown (or
    // when a link or a facet asks for it): opening a 50,000-action file reads the dashboard's figures,
    // not every list. The sidebar shows the count meanwhile.
    const int records = m_document && m_editionId != NoId && !isVisible() ? countRecords() : ReadNow;
    if (records == ReadNow) {
        m_countHint = -1;
        m_stale = false;
        m_readingInBackground = false;
        reloadAll();
        return;
    }
    m_stale = true;
    m_countHint = records;
    if (records == ReadSoon)
        readSoon();
    emit countChanged();
}

void ListSection::readSoon()
{
    m_readingInBackground = startBackgroundRead();
    if (!m_readingInBackground)
        m_staleTimer->start();
}

void ListSection::backgroundReadDone()
{
    if (!awaitingBackgroundRead())
        return;
    m_readingInBackground = false;
    m_stale = false;
    catchUp();
}

void ListSection::ensureLoaded()
{
    if (m_stale) {
        m_stale = false;
        m_readingInBackground = false;
        catchUp();
    }
}

void ListSection::setQuickSearch(const QString& text)
{
    // A hidden list is searched when it is shown: every keystroke would otherwise filter and sort
    // every list (100,000 indicators behind 50,000 actions).
    m_searchText = text;
    m_searchPending = !isVisible();
    if (!m_searchPending)
        applySearch();
}

void ListSection::applySearch()
{
    m_searchPending = false;
    m_proxy->setSearchText(m_searchText);
    updateFooter();
}

bool ListSection::rowsPending() const
{
    return m_stale && (m_staleTimer->isActive() || m_readingInBackground);
}

int ListSection::count() const
{
    if (m_stale && m_countHint >= 0)
        return m_countHint;
    return m_model ? m_model->rowCount() : -1;
}

QUuid ListSection::selectedUuid() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(UuidRole).toUuid() : QUuid();
}

bool ListSection::openItem(const QUuid& uuid)
{
    if (!m_model)
        return false;
    ensureLoaded();
    const QModelIndexList matches = m_model->match(m_model->index(0, 0), UuidRole, uuid, 1, Qt::MatchExactly);
    if (matches.isEmpty())
        return false;
    QModelIndex index = m_proxy->mapFromSource(matches.first());
    if (!index.isValid()) {
        // Filtered out: show everything again rather than hide what was asked for.
        for (const auto& [combo, key] : std::as_const(m_facetCombos))
            combo->setCurrentIndex(0);
        m_searchText.clear();
        m_searchPending = false;
        m_proxy->setSearchText({});
        index = m_proxy->mapFromSource(matches.first());
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void ListSection::selectAfterChange(const QUuid& uuid)
{
    if (!openItem(uuid))
        m_pendingSelection = uuid;
    focusFirstField();
}

void ListSection::focusFirstField()
{
    if (m_detail->currentIndex() != 1)
        return;
    // The first widget of the editor that takes the keyboard (not its header label).
    QWidget* editor = m_detail->currentWidget();
    // Scroll areas and tab bars take the focus too, but the user wants to type: the first field.
    const auto isField = [](QWidget* w) {
        return qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
               qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractButton*>(w) ||
               qobject_cast<QAbstractItemView*>(w) ||
               (qobject_cast<QLabel*>(w) && (qobject_cast<QLabel*>(w)->textInteractionFlags() &
                                             Qt::LinksAccessibleByKeyboard)); // a read-only detail's link
    };
    for (QWidget* w = editor->nextInFocusChain(); w && w != editor; w = w->nextInFocusChain()) {
        if (editor->isAncestorOf(w) && isField(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(editor) &&
            w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

bool ListSection::applyFacet(FilterKey key, qint64 value)
{
    ensureLoaded(); // the facets' choices come with the rows
    for (const auto& [combo, facetKey] : std::as_const(m_facetCombos)) {
        if (facetKey != key)
            continue;
        const int index = combo->findData(value);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

void ListSection::clearFilters()
{
    for (const auto& [combo, key] : std::as_const(m_facetCombos))
        combo->setCurrentIndex(0);
}

void ListSection::focusFilters()
{
    for (const auto& [combo, key] : std::as_const(m_facetCombos)) {
        if (combo->isVisible() && combo->isEnabled()) {
            combo->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    focusContent();
}

void ListSection::focusContent()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void ListSection::deleteSelectedItem()
{
    const QUuid uuid = selectedUuid();
    if (uuid.isNull() || !m_document)
        return;
    if (m_document->isReadOnly()) {
        showError(tr("The file is open read-only: nothing can be deleted."));
        return;
    }
    if (!mayChangeItems()) {
        showError(tr("Your role on the server does not let you delete these records."));
        return;
    }
    const QString question = deleteQuestion(uuid);
    const auto answer = QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                              QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const EditResult result = deleteRecord(uuid);
    if (result.isConflict()) {
        // Someone else changed it since the user read it: nothing was deleted; both versions, then
        // the record as it is now.
        ConflictDialog(ConflictDialog::Situation::Deletion, result.conflictLabel, result.conflict, this).exec();
        for (RecordEditor* editor : std::as_const(m_editors))
            editor->forgetChangedMeanwhile();
        showRecord(selectedUuid());
    } else if (!result) {
        showError(result.message);
    }
}

QString ListSection::footerText() const
{
    const int shown = m_proxy->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    return shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 shown out of %2").arg(shown).arg(total);
}

void ListSection::updateFooter()
{
    m_footer->setText(footerText());
    if (m_detail->currentIndex() == 0) {
        const bool empty = m_model && m_model->rowCount() == 0;
        QString text = empty ? m_emptyLabel->property("emptyText").toString() : tr("Select an item in the list.");
        if (empty && canAddItems() && mayChangeItems())
            text += QStringLiteral(" — <a href=\"add\">%1</a>").arg(tr("Add…"));
        m_emptyLabel->setText(text);
    }
}

void ListSection::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Change refused"), message);
}

void ListSection::onDocumentChanged(Entity entity, const QList<QUuid>& uuids, ChangeKind kind)
{
    if (!m_model || !m_document || m_editionId == NoId)
        return;
    // The section's own records first: most sections update just their rows.
    const bool own = itemEntity() == entity;
    if (own && kind != ChangeKind::Reset && !m_stale && updateItems(uuids, kind)) {
        emit countChanged();
        return;
    }
    if (!own && !shownEntities().contains(entity))
        return;
    // Another person's change while the user types: the rows wait until she is done, her typing stays.
    if (RecordEditor* editor = typingEditor()) {
        if (own && uuids.contains(m_shownUuid))
            editor->markChangedMeanwhile();
        m_catchUpAfterTyping = true;
        return;
    }
    // A hidden section catches up when it is shown: on a large file, reloading every section after
    // each edit would make typing wait.
    if (!isVisible()) {
        m_stale = true;
        // The sidebar counts the section's own records: when they changed, the count is read again
        // (or a small list catches up shortly). Another kind's change leaves the count as it is.
        if (!own)
            return;
        if (const int records = countRecords(); records >= 0) {
            m_countHint = records;
            emit countChanged();
        } else if (records == ReadSoon) {
            readSoon();
        } else if (m_model->rowCount() < 2000 && !expensiveReload()) {
            m_staleTimer->start();
        }
        return;
    }
    catchUp();
}

void ListSection::catchUp()
{
    // The user has usually just left one field for the next: reload the rows without the editor
    // flickering through an empty state, then give the keyboard back to the field it was in.
    const QPointer<QWidget> focused = QApplication::focusWidget();
    const bool focusInEditor = focused && m_detail->isAncestorOf(focused);
    const QUuid selected = selectedUuid();
    m_reloading = true;
    reloadAll();
    const QUuid target = m_pendingSelection.isNull() ? selected : m_pendingSelection;
    m_pendingSelection = QUuid();
    const bool found = !target.isNull() && openItem(target);
    m_reloading = false;
    onCurrentRowChanged();
    if (found && focusInEditor && focused && focused->isVisible())
        focused->setFocus(Qt::OtherFocusReason);
    emit countChanged();
}

void ListSection::showEvent(QShowEvent* event)
{
    Section::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_readingInBackground = false; // overtaken: its result will be dropped
        catchUp();
    }
    if (m_searchPending)
        applySearch();
    // The first time a list without saved widths is seen, its columns share the visible width
    // (once laid out, after the widths the section gives on loading).
    if (!m_columnsShared) {
        QTimer::singleShot(0, this, [this] {
            if (m_columnsShared || !m_table->isVisible())
                return;
            m_columnsShared = true;
            if (QSettings().contains(QStringLiteral("sections/%1/header").arg(m_settingsKey)) ||
                m_proxy->rowCount() == 0)
                return;
            // The first load may have been sized on the headers alone (an empty list): fit the
            // rows now shown, then share the width.
            for (int column = 0; column < m_proxy->columnCount(); ++column) {
                if (m_table->isColumnHidden(column))
                    continue;
                m_table->resizeColumnToContents(column);
                m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
            }
            shareColumnsInWidth(m_table);
        });
    }
    // A list shown with nothing chosen opens its first item, rather than an empty half of the window.
    QTimer::singleShot(0, this, [this] {
        if (m_table->isVisible() && selectedUuid().isNull() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
}

void ListSection::followSelection()
{
    if (!m_reloading && selectedUuid() != m_shownUuid)
        onCurrentRowChanged();
}

void ListSection::onCurrentRowChanged()
{
    if (m_reloading)
        return;
    const QUuid uuid = selectedUuid();
    if (uuid != m_shownUuid) {
        for (RecordEditor* editor : std::as_const(m_editors))
            editor->forgetChangedMeanwhile();
    }
    m_shownUuid = uuid;
    showRecord(uuid);
    m_detail->setCurrentIndex(uuid.isNull() ? 0 : 1);
    updateFooter();
}

void ListSection::reloadAll()
{
    if (!m_model)
        return;
    if (!m_document || m_editionId == NoId) {
        showRecord({});
        m_detail->setCurrentIndex(0);
        updateFooter();
        return;
    }
    reloadRows();
    reloadFacets();
    if (!m_stateRestored) {
        restoreState();
        m_stateRestored = true;
    }
    if (!m_reloading && selectedUuid().isNull()) {
        showRecord({});
        m_detail->setCurrentIndex(0);
    }
    updateFooter();
    emit countChanged();
}

void ListSection::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    auto* header = m_table->horizontalHeader();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        auto* action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column](bool visible) {
            // Keep at least one column.
            if (!visible && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !visible);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Fit columns to contents"), this, [this] { m_table->resizeColumnsToContents(); });
    addExportAction(menu);
    menu.exec(header->mapToGlobal(position));
}

void ListSection::showTableMenu(const QPoint& position)
{
    QMenu menu(this);
    addExportAction(menu);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ListSection::addExportAction(QMenu& menu)
{
    menu.addSeparator();
    // The shortcut is the main window's (File ▸ Export the list…): only shown here.
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText);
    auto* action =
        menu.addAction(tr("E&xport the list…") + QLatin1Char('\t') + shortcut, this, &ListSection::exportList);
    action->setObjectName(QStringLiteral("exportListMenuAction"));
}

void ListSection::exportList()
{
    exportListInteractively(this, *m_table, title());
}

void ListSection::saveState() const
{
    if (!m_stateRestored)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("sections/%1/header").arg(m_settingsKey),
                      m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("sections/%1/splitter").arg(m_settingsKey), m_splitter->saveState());
}

void ListSection::restoreState()
{
    QSettings settings;
    const QByteArray header = settings.value(QStringLiteral("sections/%1/header").arg(m_settingsKey)).toByteArray();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        // A hidden table measures every row (50,000 actions: seconds): fit it when first shown.
        if (m_table->isVisible()) {
            m_table->resizeColumnsToContents();
            for (int column = 0; column < m_proxy->columnCount(); ++column)
                m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
        }
        for (const int column : std::as_const(m_defaultHidden))
            m_table->horizontalHeader()->setSectionHidden(column, true);
    }
    const QByteArray splitter = settings.value(QStringLiteral("sections/%1/splitter").arg(m_settingsKey)).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes(m_defaultSplit);
}

} // namespace pacte
