#pragma once

#include "app/common/recordlistsection.h"

namespace pacte {

class TerritoryEditor;

struct TerritoryRow : RowBase
{
    QString name;
    int groups = 0;          // working groups of the edition in this territory
    int actions = 0;         // their actions
    int localCommittees = 0; // local committee meetings held in the edition
    QString referents;       // the Département's PTI referents for the territory
};

// Territoires: the six bassins de vie, shared by every edition; counts are the selected edition's.
class TerritoriesSection final : public RecordListSection<Territory, TerritoryRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerritoriesSection)

public:
    explicit TerritoriesSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Territories; }
    QString title() const override { return tr("Territories"); }
    bool canAddItems() const override { return true; }
    void addItem() override;

protected:
    int countRecords() const override;
    void reloadRows() override;
    void showRecord(const QUuid& uuid) override;
    std::optional<Territory> shownItem(const QUuid& uuid) const override;
    // The counts: groups, their actions, local committees; the referents are persons.
    EntitySet shownEntities() const override
    {
        return {Entity::Territory, Entity::WorkingGroup, Entity::Action, Entity::Meeting, Entity::Person};
    }

private:
    static QList<Column> columns();

    TerritoryEditor* m_editor;
};

} // namespace pacte
