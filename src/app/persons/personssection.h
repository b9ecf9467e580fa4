#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "personrows.h"

namespace pacte {

class PersonEditor;

// Personnes et référents: the people the coordination works with, their partner and PTI roles.
class PersonsSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonsSection)

public:
    explicit PersonsSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Persons"); }
    // The section lists nothing without an edition (ListSection): what is added would not be seen.
    bool canAddItems() const override { return m_editionId != NoId; }
    void addItem() override;
    void setEdition(Id editionId) override;

protected:
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    QString deleteRecord(const QUuid& uuid) override;
    QString deleteQuestion(const QUuid& uuid) override;
    bool concerns(const QString& entity) const override;
    QString footerText() const override;

private:
    void applyDefaultColumns();

    ListTableModel<PersonRow>* m_model;
    PersonEditor* m_editor;
    QComboBox* m_partnerFilter;
    QComboBox* m_roleFilter;
    QComboBox* m_territoryFilter;
    QList<Partner> m_partners;
    QList<Territory> m_territories;
    QPushButton* m_addButton;
    bool m_columnsSet = false;
};

} // namespace pacte
