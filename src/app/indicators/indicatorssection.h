#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "indicatorrow.h"

class QComboBox;

namespace pacte {

class IndicatorDetail;
class RowCounter;

// Indicateurs: the indicators of every action of the edition in one table, with where each stands
// against its target, filtered by territory, axis, theme and target met; the selected one's
// measurements over time beside it. Indicators are edited in their action.
class IndicatorsSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorsSection)

public:
    explicit IndicatorsSection(QWidget* parent = nullptr);
    ~IndicatorsSection() override;

    SectionId id() const override { return SectionId::Indicators; }
    QString title() const override { return tr("Indicators"); }
    std::optional<Entity> itemEntity() const override { return Entity::Indicator; }
    void setDocument(Document* document) override;
    // Indicators are deleted in their action's sheet.
    void deleteSelectedItem() override {}

protected:
    int countRecords() const override;
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    // Actions and groups: updateRowsOf() refreshes their indicators' rows alone.
    EntitySet shownEntities() const override { return {Entity::Territory, Entity::Axis, Entity::Edition}; }
    QString footerText() const override;

private:
    void openSelectedAction();
    void updateRowsOf(Entity entity, const QList<QUuid>& uuids, ChangeKind kind);
    void updateRowsOf(Entity entity, const QUuid& uuid);
    // Which rows belong to which action and group, so that a change reads and touches only theirs.
    void indexRow(const IndicatorRow& row);
    void unindexRow(const QUuid& uuid);

    ListTableModel<IndicatorRow>* m_model = nullptr;
    IndicatorDetail* m_detail = nullptr;
    QComboBox* m_territoryFilter = nullptr;
    QComboBox* m_axisFilter = nullptr;
    QComboBox* m_themeFilter = nullptr;
    IndicatorRowMaker m_rowMaker;
    RowCounter* m_counter = nullptr;        // shown rows per target state, for the footer
    QHash<QUuid, QPair<QUuid, Id>> m_homes; // indicator -> its action and group
    QMultiHash<QUuid, QUuid> m_ofAction;
    QMultiHash<Id, QUuid> m_ofGroup;
};

} // namespace pacte
