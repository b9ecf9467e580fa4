#pragma once

#include "app/common/recordlistsection.h"
#include "domain/edition.h"
#include "partnerrows.h"

namespace pacte {

class PartnerEditor;

// Partenaires: every partner structure, with its signature of the selected edition and its PTI
// referents; a signatory without a referent is shown in red (rule partner-referent).
class PartnersSection final : public RecordListSection<Partner, PartnerRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersSection)

public:
    explicit PartnersSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Partners; }
    QString title() const override { return tr("Partners"); }
    // The section lists nothing without an edition (ListSection): what is added would not be seen.
    bool canAddItems() const override { return m_editionId != NoId; }
    void addItem() override;
    // A new PTI referent of the selected partner, opened in the Persons section to be named.
    void addReferent();
    void setEdition(Id editionId) override;

protected:
    int countRecords() const override;
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    std::optional<Partner> shownItem(const QUuid& uuid) const override;
    // Persons name the referents; territories name what partners cover.
    EntitySet shownEntities() const override { return {Entity::Partner, Entity::Person, Entity::Territory}; }
    QString footerText() const override;

private:
    static QList<Column> columns();
    void applyDefaultColumns();

    PartnerEditor* m_editor;
    QComboBox* m_categoryFilter;
    QComboBox* m_territoryFilter;
    QComboBox* m_signatureFilter;
    Edition m_edition;
    QList<Territory> m_territories;
    bool m_columnsSet = false;
};

} // namespace pacte
