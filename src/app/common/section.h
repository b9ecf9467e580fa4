#pragma once

#include "domain/entity.h"
#include "domain/ids.h"
#include "editing/change.h"
#include "rowfilters.h"
#include "sectionid.h"

#include <optional>

#include <QUuid>
#include <QWidget>

namespace pacte {

class Document;

// One entry of the main window's sidebar (Partenaires, Actions...). The main window gives every
// section the open document and the selected edition, and forwards the quick search.
class Section : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Section)

public:
    explicit Section(QWidget* parent = nullptr);

    virtual SectionId id() const = 0;
    virtual QString title() const = 0;
    // The kind of record the section lists, if any: links to such a record open it here.
    virtual std::optional<Entity> itemEntity() const { return std::nullopt; }
    // The number shown beside the title in the sidebar (-1: none).
    virtual int count() const { return -1; }

    virtual void setDocument(Document* document);
    virtual void setEdition(Id editionId);
    virtual void setQuickSearch(const QString& text) { Q_UNUSED(text) }
    // Shows the item with this uuid, if the section holds it (used by links from other sections).
    virtual bool openItem(const QUuid& uuid)
    {
        Q_UNUSED(uuid)
        return false;
    }
    virtual void addItem() {}
    virtual void deleteSelectedItem() {}
    virtual bool canAddItems() const { return false; }
    // Shows only the items with this facet value (the dashboard's click-through); false if the
    // section has no such facet.
    virtual bool applyFacet(FilterKey key, qint64 value)
    {
        Q_UNUSED(key)
        Q_UNUSED(value)
        return false;
    }
    virtual void clearFilters() {}
    // Puts the keyboard in the section's first filter (Edit ▸ Filters), or in its content.
    virtual void focusFilters() { focusContent(); }
    // Puts the keyboard in the section's content (its list) when the section is shown by a shortcut.
    virtual void focusContent();
    // Whether the section is a list that File ▸ Export the list… can write; exportList() asks where.
    virtual bool canExportList() const { return false; }
    virtual void exportList() {}
    // The sidebar shows the count in red (the compliance findings).
    virtual bool countIsAlert() const { return false; }

    Document* document() const { return m_document; }
    // Whether the records the section lists may be changed (Document::mayChange of itemEntity(); a
    // section without one: whether the document is writable).
    bool mayChangeItems() const;
    Id editionId() const { return m_editionId; }

signals:
    void countChanged();
    // Asks the main window to show a record in the section that lists its kind.
    void openRequested(pacte::Entity entity, const QUuid& uuid);
    // Asks the main window to show another section filtered on a facet value (all others cleared).
    void filterRequested(pacte::SectionId section, pacte::FilterKey key, qint64 value);
    // Asks for one more facet on the section just shown filtered (a crossing of two facets).
    void narrowRequested(pacte::SectionId section, pacte::FilterKey key, qint64 value);
    // Asks the main window to show another section as it is.
    void sectionRequested(pacte::SectionId section);

protected:
    Document* m_document = nullptr;
    Id m_editionId = NoId;
};

} // namespace pacte
