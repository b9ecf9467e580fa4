#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "domain/editiondata.h"
#include "grouprows.h"

class QComboBox;

namespace pacte {

class GroupEditor;

// Groupes de travail: the selected edition's working groups, with the governance rule 1 (a pilot and a
// co-pilot from two different structures) checked on every line.
class GroupsSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsSection)

public:
    explicit GroupsSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Working groups"); }
    bool canAddItems() const override { return true; }
    void addItem() override;

protected:
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    QString deleteRecord(const QUuid& uuid) override;
    QString deleteQuestion(const QUuid& uuid) override;
    bool concerns(const QString& entity) const override;
    QString footerText() const override;

private:
    ListTableModel<GroupRow>* m_model = nullptr;
    GroupEditor* m_editor = nullptr;
    QComboBox* m_territoryFilter = nullptr;
    QComboBox* m_axisFilter = nullptr;
    QComboBox* m_themeFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_partnerFilter = nullptr;
    EditionData m_data;
    Id m_loadedEdition = NoId;
};

} // namespace pacte
