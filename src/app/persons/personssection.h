#pragma once

#include "app/common/recordlistsection.h"
#include "personrows.h"

namespace pacte {

class PersonEditor;

// Personnes et référents: the people the coordination works with, their partner and PTI roles.
class PersonsSection final : public RecordListSection<Person, PersonRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonsSection)

public:
    explicit PersonsSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Persons; }
    QString title() const override { return tr("Persons"); }
    // The section lists nothing without an edition (ListSection): what is added would not be seen.
    bool canAddItems() const override { return m_editionId != NoId; }
    void addItem() override;
    void setEdition(Id editionId) override;

protected:
    int countRecords() const override;
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    std::optional<Person> shownItem(const QUuid& uuid) const override;
    // Partners and territories name what the rows show.
    EntitySet shownEntities() const override { return {Entity::Person, Entity::Partner, Entity::Territory}; }
    QString footerText() const override;

private:
    static QList<Column> columns();
    void applyDefaultColumns();

    PersonEditor* m_editor;
    QComboBox* m_partnerFilter;
    QComboBox* m_roleFilter;
    QComboBox* m_territoryFilter;
    QList<Partner> m_partners;
    QList<Territory> m_territories;
    bool m_columnsSet = false;
};

} // namespace pacte
