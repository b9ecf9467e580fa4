#pragma once

#include "editing/document.h"
#include "editing/edits.h"
#include "recordfilterproxy.h"
#include "section.h"

#include <memory>

#include <QList>
#include <QPair>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QAbstractItemModel;
class QHBoxLayout;
class QMenu;
class QPushButton;
class QTimer;

namespace pacte {

class RecordEditor;

// A section made of a filter bar, a sortable table (own model behind a RecordFilterProxy), a footer
// that sums up what is shown, and the selected item's editor beside the table. Subclasses supply the
// model, the rows, the facets and the editor; this class does selection, search, filters, column
// chooser, state saving, the empty state and the keyboard (Enter opens, Delete deletes).
class ListSection : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListSection)

public:
    explicit ListSection(const QString& settingsKey, QWidget* parent = nullptr);
    ~ListSection() override;

    void setDocument(Document* document) override;
    void setEdition(Id editionId) override;
    void setQuickSearch(const QString& text) override;
    bool openItem(const QUuid& uuid) override;
    void deleteSelectedItem() override;
    int count() const override;
    bool applyFacet(FilterKey key, qint64 value) override;
    void clearFilters() override;
    void focusFilters() override;
    void focusContent() override;
    bool canExportList() const override { return true; }
    void exportList() override;

    QTableView* tableView() const { return m_table; }
    // The rows were left for later and a timer will read them shortly (see countRecords()).
    bool rowsPending() const;
    RecordFilterProxy* proxy() const { return m_proxy; }
    QUuid selectedUuid() const;

protected:
    // The row of filters and buttons above the list.
    QHBoxLayout* filterBar() const { return m_filterBar; }
    // Called once by the subclass constructor, after it has made its model and editor.
    void setUp(QAbstractItemModel* model, QWidget* editor, const QString& emptyText);
    // A combo box filter on a facet: "Tous" plus `options` (label, value).
    QComboBox* addFacetFilter(FilterKey key, const QString& label, const QString& objectName);
    // Columns hidden until the user shows them (header menu), when no column state is saved.
    void setDefaultHiddenColumns(const QList<int>& columns) { m_defaultHidden = columns; }
    // How the list and the detail share the width, when no splitter state is saved (default 3:2).
    void setDefaultSplit(int list, int detail) { m_defaultSplit = {list, detail}; }
    void setFacetOptions(QComboBox* combo, const QList<QPair<QString, qint64>>& options);
    void addToolButton(QPushButton* button);

    // Fill the model from the database for the current edition.
    virtual void reloadRows() = 0;
    // Refill the facet combos (the edition's axes, themes...). Called after reloadRows().
    virtual void reloadFacets() {}
    // Show the record in the editor (an invalid uuid clears it).
    virtual void showRecord(const QUuid& uuid) = 0;
    // Delete after the user confirmed (sections whose items are deleted elsewhere keep these).
    virtual EditResult deleteRecord(const QUuid& uuid)
    {
        Q_UNUSED(uuid)
        return {};
    }
    virtual QString deleteQuestion(const QUuid& uuid)
    {
        Q_UNUSED(uuid)
        return {};
    }
    // The entities whose changes the section shows: a change of any of them reloads its rows, unless
    // updateItems() took care of it.
    virtual EntitySet shownEntities() const = 0;
    // Updates only the rows of these records of itemEntity(); false when the section cannot, and
    // reloads its rows instead.
    virtual bool updateItems(const QList<QUuid>& uuids, ChangeKind kind)
    {
        Q_UNUSED(uuids)
        Q_UNUSED(kind)
        return false;
    }
    // The footer text for the rows currently shown.
    virtual QString footerText() const;
    // Whether reloading costs seconds on a large file (the yearly evaluation loads the edition once
    // per year): such a section never catches up while hidden, only when it is shown.
    virtual bool expensiveReload() const { return false; }
    // The rows were read without their costly parts while hidden: reload them when shown.
    void markStale() { m_stale = true; }
    // How many records the list holds, counted without reading them (one count query), so that a
    // hidden list can wait until it is shown; ReadNow when the section cannot say, and reads its rows;
    // ReadSoon to read them shortly, once the window has been painted.
    static constexpr int ReadNow = -1;
    static constexpr int ReadSoon = -2;
    virtual int countRecords() const { return ReadNow; }
    // ReadSoon: rather than read the rows on a timer, start reading what they need on a worker thread
    // (readInBackground()) and call backgroundReadDone() with it kept; false when it cannot.
    virtual bool startBackgroundRead() { return false; }
    // The background read started by startBackgroundRead() is awaited (not overtaken by a show).
    bool awaitingBackgroundRead() const { return m_stale && m_readingInBackground; }
    // Reloads the rows now, reloadRows() taking what the background read kept; nothing when the rows
    // were read meanwhile.
    void backgroundReadDone();
    // Reads the rows now if they were left for later (a link or a facet needs them).
    void ensureLoaded();
    // After an add: select the new record and put the focus in the editor.
    void selectAfterChange(const QUuid& uuid);
    // Adds `item` as one undo step and selects it; false, with the message shown, when refused.
    template <typename T>
    bool insertAndSelect(const T& item)
    {
        const ItemResult<T> result = edit::add(*m_document, item);
        if (!result) {
            showError(result.message);
            return false;
        }
        selectAfterChange(result.item.uuid);
        return true;
    }
    void updateFooter();
    // After a change of the shown record: shows it again, read anew, unless the change is another
    // person's and the user is typing in its editor, which then keeps her typing and says so.
    void refreshShownRecord();
    void showError(const QString& message);
    void showEvent(QShowEvent* event) override;

private:
    void onDocumentChanged(Entity entity, const QList<QUuid>& uuids, ChangeKind kind);
    // The editor the user is typing in when another person's change is being notified, if any.
    RecordEditor* typingEditor() const;
    // Reloads the rows that waited for the user's typing, once she stored it.
    void catchUpAfterTyping();
    void applySearch();
    void reloadOrDefer();
    // The rows are read on a worker thread when the section can, else on a timer.
    void readSoon();
    // Reloads the rows, keeping the selection and the keyboard focus in the editor.
    void catchUp();
    void focusFirstField();
    void onCurrentRowChanged();
    void followSelection();
    void reloadAll();
    void showHeaderMenu(const QPoint& position);
    void showTableMenu(const QPoint& position);
    void addExportAction(QMenu& menu);
    void saveState() const;
    void restoreState();

    QString m_settingsKey;
    QAbstractItemModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QHBoxLayout* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_footer = nullptr;
    QTimer* m_footerTimer = nullptr;
    QTimer* m_staleTimer = nullptr;
    QSplitter* m_splitter = nullptr;
    QList<QPair<QComboBox*, FilterKey>> m_facetCombos;
    QUuid m_pendingSelection;
    QUuid m_shownUuid; // the item in the editor
    bool m_stateRestored = false;
    bool m_reloading = false;
    QList<int> m_defaultHidden;
    QList<int> m_defaultSplit{600, 420};
    bool m_columnsShared = false; // the columns were fitted to the width once
    bool m_stale = false;         // changed while hidden: reload when shown
    int m_countHint = -1;         // countRecords() while the rows wait to be read
    bool m_readingInBackground = false;
    QList<RecordEditor*> m_editors;
    bool m_catchUpAfterTyping = false; // another person's change waits for the user's typing
    QString m_searchText;              // the quick search, applied when the list is shown
    bool m_searchPending = false;
};

} // namespace pacte
