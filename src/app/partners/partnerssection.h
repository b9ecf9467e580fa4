#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "domain/edition.h"
#include "partnerrows.h"

namespace pacte {

class PartnerEditor;

// Partenaires: every partner structure, with its signature of the selected edition and its PTI
// referents; a signatory without a referent is shown in red (rule partner-referent).
class PartnersSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersSection)

public:
    explicit PartnersSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Partners"); }
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

    ListTableModel<PartnerRow>* m_model;
    PartnerEditor* m_editor;
    QComboBox* m_categoryFilter;
    QComboBox* m_territoryFilter;
    QComboBox* m_signatureFilter;
    Edition m_edition;
    QList<Territory> m_territories;
    QPushButton* m_addButton;
    bool m_columnsSet = false;
};

} // namespace pacte
