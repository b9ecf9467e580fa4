#pragma once

#include "columnwidths.h"
#include "deletionquestion.h"
#include "listsection.h"
#include "listtablemodel.h"
#include "rowcounter.h"
#include "storage/repository.h"
#include "syncrows.h"

#include <functional>
#include <optional>
#include <utility>

#include <QPushButton>

namespace pacte {

// A ListSection whose rows are records of one aggregate T (Row: its line in the table). It owns the
// table model and gives every such section the same deletion (question and undoable delete), the
// same "Nouveau…" button, kept disabled where nothing can be added, and a walk over the rows shown
// for the footers. Subclasses fill the model and may update single rows (updateItems()).
template <typename T, typename Row>
class RecordListSection : public ListSection
{
public:
    using Model = ListTableModel<Row>;
    using Column = typename Model::Column;

    std::optional<Entity> itemEntity() const override { return RecordTraits<T>::kind; }

    void setDocument(Document* document) override
    {
        ListSection::setDocument(document);
        updateAddButton();
    }
    void setEdition(Id editionId) override
    {
        ListSection::setEdition(editionId);
        updateAddButton();
    }

protected:
    RecordListSection(const QString& settingsKey, QList<Column> columns, QWidget* parent)
        : ListSection(settingsKey, parent)
        , m_model(new Model(std::move(columns), this))
    {
        // What can be added may depend on the rows (an action needs a group): checked after each reload.
        QObject::connect(this, &Section::countChanged, this, [this] { updateAddButton(); });
    }

    // The "Nouveau…" button of the filter bar, calling addItem().
    QPushButton* addNewButton(const QString& text, const QString& accessibleName, const QString& objectName)
    {
        m_addButton = new QPushButton(text, this);
        m_addButton->setObjectName(objectName);
        m_addButton->setAccessibleName(accessibleName);
        QObject::connect(m_addButton, &QPushButton::clicked, this, [this] { addItem(); });
        addToolButton(m_addButton);
        return m_addButton;
    }
    // After something changed what canAddItems() answers.
    void updateAddButton()
    {
        if (m_addButton)
            m_addButton->setEnabled(addButtonEnabled() && m_document && !m_document->isReadOnly());
    }
    // A section may keep its button enabled to explain, when clicked, what must come first.
    virtual bool addButtonEnabled() const { return canAddItems(); }

    // The label a deletion question names the record by.
    virtual QString deletionLabel(const T& item) const { return RecordTraits<T>::label(item); }

    QString deleteQuestion(const QUuid& uuid) override
    {
        // The record as the user saw it (its editor's, else as read now) is the one she agrees to delete:
        // on a server, a record someone else changes while the question is asked is not deleted (the
        // section then shows both versions), though the editor may reload it meanwhile.
        m_toDelete = shownItem(uuid);
        if (!m_toDelete)
            m_toDelete = Repository<T>(m_document->database()).findByUuid(uuid);
        return m_toDelete ? deletionQuestion(m_document->database(), RecordTraits<T>::kind, m_toDelete->id,
                                             deletionLabel(*m_toDelete))
                          : QString();
    }
    EditResult deleteRecord(const QUuid& uuid) override
    {
        std::optional<T> item = std::exchange(m_toDelete, std::nullopt);
        if (!item || item->uuid != uuid)
            item = shownItem(uuid);
        if (!item)
            item = Repository<T>(m_document->database()).findByUuid(uuid);
        return item ? edit::remove(*m_document, std::move(*item)) : EditResult{};
    }
    // The record `uuid` as its editor shows it, if it does.
    virtual std::optional<T> shownItem(const QUuid& uuid) const
    {
        Q_UNUSED(uuid)
        return std::nullopt;
    }

    // The footer counts the rows shown by `key` (a status, 0 .. values-1) as filters and edits change
    // them (shownRows()); it is written again once a burst of changes is over.
    void countShownRows(int values, int (*key)(const Row&))
    {
        m_counter = new RowCounter(
            proxy(), values,
            [this, key](int sourceRow) {
                const Row* row = m_model->rowAt(sourceRow);
                return row ? key(*row) : -1;
            },
            this);
        QObject::connect(m_counter, &RowCounter::changed, this, [this] { updateFooter(); });
    }
    int shownRows(int value) const { return m_counter ? m_counter->count(value) : 0; }

    // Shows the edition's rows: another edition's replace the table and fit its columns (at most
    // `maxWidths`, unless the user saved hers); the same edition's update it in place, so that the
    // selection survives and the editor keeps the focus (and is refreshed: undo, redo, new ids).
    void showEditionRows(const QList<Row>& rows, const QString& settingsKey, const QList<int>& maxWidths)
    {
        const bool editionChanged = m_shownEdition != m_editionId;
        if (editionChanged) {
            m_model->setRows(rows);
            m_shownEdition = m_editionId;
        } else {
            syncRows(*m_model, rows);
        }
        if (editionChanged && m_model->rowCount() > 0) {
            // After ListSection's own first sizing, which follows this reload.
            QMetaObject::invokeMethod(
                this, [this, settingsKey, maxWidths] { fitColumnsUnlessSaved(tableView(), settingsKey, maxWidths); },
                Qt::QueuedConnection);
        }
        if (const QUuid selected = selectedUuid(); !selected.isNull())
            showRecord(selected);
    }

    // Calls `visit` with each row the filters and the search let through, in the table's order.
    void forEachShownRow(const std::function<void(const Row&)>& visit) const
    {
        for (int i = 0; i < proxy()->rowCount(); ++i) {
            if (const Row* row = m_model->rowAt(proxy()->mapToSource(proxy()->index(i, 0)).row()))
                visit(*row);
        }
    }

    Model* const m_model;

private:
    QPushButton* m_addButton = nullptr;
    RowCounter* m_counter = nullptr;
    Id m_shownEdition = NoId;
    std::optional<T> m_toDelete; // from the deletion question to the deletion
};

} // namespace pacte
