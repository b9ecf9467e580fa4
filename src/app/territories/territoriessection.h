#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"

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
class TerritoriesSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerritoriesSection)

public:
    explicit TerritoriesSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Territories"); }
    bool canAddItems() const override { return true; }
    void addItem() override;

protected:
    void reloadRows() override;
    void showRecord(const QUuid& uuid) override;
    QString deleteRecord(const QUuid& uuid) override;
    QString deleteQuestion(const QUuid& uuid) override;
    bool concerns(const QString& entity) const override;

private:
    ListTableModel<TerritoryRow>* m_model;
    TerritoryEditor* m_editor;
};

} // namespace pacte
