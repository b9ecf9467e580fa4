#pragma once

#include "app/common/recordlistsection.h"
#include "domain/meeting.h"

#include <QHash>

namespace pacte {

class MeetingEditor;

struct MeetingRow : RowBase
{
    Meeting meeting;
    QString place; // the territory, the working group, or both
    QString titleKey;
    QString placeKey;
};

// Instances et réunions: the edition's COPIL, local committees, seminars and working-group
// meetings. A change to one meeting refreshes its row only, so the editor keeps the focus.
class MeetingsSection final : public RecordListSection<Meeting, MeetingRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsSection)

public:
    explicit MeetingsSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Meetings; }
    QString title() const override { return tr("Meetings"); }
    bool canAddItems() const override { return m_editionId != NoId; }
    void addItem() override;
    // Sheet mode: new meetings are the group's own ("working group" meetings of `groupId`), and the
    // editor offers only those; meetings of other kinds are shown read-only and cannot be deleted.
    void setGroupScope(Id groupId);

protected:
    int countRecords() const override;
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    std::optional<Meeting> shownItem(const QUuid& uuid) const override;
    QString deletionLabel(const Meeting& meeting) const override;
    EditResult deleteRecord(const QUuid& uuid) override;
    // Meetings themselves are updated row by row (updateItems()); the others name places and people.
    EntitySet shownEntities() const override
    {
        return {Entity::Meeting, Entity::Territory, Entity::WorkingGroup, Entity::Partner, Entity::Person};
    }
    bool updateItems(const QList<QUuid>& uuids, ChangeKind kind) override;
    QString footerText() const override;

private:
    struct Group
    {
        QString name;
        QList<Id> territoryIds;
    };
    static QList<Column> columns();
    MeetingRow makeRow(const Meeting& meeting) const;
    void reloadChoices();

    MeetingEditor* m_editor;
    QHash<Id, QString> m_territoryNames;
    QHash<Id, Group> m_groups; // the edition's
    QComboBox* m_kindFilter;
    QComboBox* m_territoryFilter;
    QComboBox* m_statusFilter;
    Id m_scopeGroupId = NoId;
};

} // namespace pacte
