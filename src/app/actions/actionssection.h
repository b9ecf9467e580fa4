#pragma once

#include "actionrows.h"
#include "app/common/recordlistsection.h"

#include <QSet>

namespace pacte {

class ActionEditor;

// Actions: the sheets of the edition's working groups, with the Annexe 1 breakdown by status in
// the footer. A change to one action refreshes its row only (listAction + upsertRow): with 50,000
// actions a full reload after each edit would be felt.
class ActionsSection final : public RecordListSection<Action, ActionRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsSection)

public:
    explicit ActionsSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Actions; }
    QString title() const override { return tr("Actions"); }
    bool canAddItems() const override { return !m_groupIds.isEmpty(); }
    void addItem() override;
    // From how many actions an edition's rows are read on a worker thread (tests lower it).
    static void setBackgroundReadFrom(int actions);

protected:
    int countRecords() const override;
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    // Actions themselves are updated row by row (updateItems()); the others name what rows show.
    EntitySet shownEntities() const override
    {
        return {Entity::WorkingGroup, Entity::Territory,    Entity::Axis,
                Entity::Partner,      Entity::TargetPublic, Entity::Dispositif};
    }
    bool updateItems(const QList<QUuid>& uuids, ChangeKind kind) override;
    std::optional<Action> shownItem(const QUuid& uuid) const override;
    // Without a working group, the button says that one must be created first.
    bool addButtonEnabled() const override { return m_editionId != NoId; }
    QString footerText() const override;

private:
    static QList<Column> columns();
    void applyDefaultWidths();

    ActionEditor* m_editor;
    ActionRowNames m_names;
    QList<Id> m_groupIds; // the edition's groups, in the order the editor offers them
    QComboBox* m_territoryFilter;
    QComboBox* m_axisFilter;
    QComboBox* m_themeFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_partnerFilter;
    QComboBox* m_publicFilter;
    QComboBox* m_experimentationFilter;
    bool m_widthsApplied = false;
    static inline int s_backgroundReadFrom = 500;
};

} // namespace pacte
