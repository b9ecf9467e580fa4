#pragma once

#include "app/common/recordlistsection.h"
#include "domain/editiondata.h"
#include "grouprows.h"

class QComboBox;

namespace pacte {

class GroupEditor;

// Groupes de travail: the selected edition's working groups, with the governance rule 1 (a pilot and a
// co-pilot from two different structures) checked on every line.
class GroupsSection final : public RecordListSection<WorkingGroup, GroupRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsSection)

public:
    explicit GroupsSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Groups; }
    QString title() const override { return tr("Working groups"); }
    bool canAddItems() const override { return m_editionId != NoId; }
    void addItem() override;

protected:
    int countRecords() const override;
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    std::optional<WorkingGroup> shownItem(const QUuid& uuid) const override;
    QString deletionLabel(const WorkingGroup& group) const override { return m_data.groupLabel(group); }
    EntitySet shownEntities() const override
    {
        return {Entity::WorkingGroup, Entity::Axis,      Entity::Action, Entity::Partner,
                Entity::Person,       Entity::Territory, Entity::Edition};
    }
    QString footerText() const override;

private:
    static QList<Column> columns();

    GroupEditor* m_editor = nullptr;
    QComboBox* m_territoryFilter = nullptr;
    QComboBox* m_axisFilter = nullptr;
    QComboBox* m_themeFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_partnerFilter = nullptr;
    QComboBox* m_coPilotFilter = nullptr;
    QPushButton* m_exportButton = nullptr;
    EditionData m_data;
};

} // namespace pacte
