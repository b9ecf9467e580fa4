#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "domain/meeting.h"

#include <QHash>

namespace pacte {

class MeetingEditor;
class RowCounter;

struct MeetingRow : RowBase
{
    Meeting meeting;
    QString place; // the territory, the working group, or both
    QString titleKey;
    QString placeKey;
};

// Instances et réunions: the edition's COPIL, local committees, seminars and working-group
// meetings. A change to one meeting refreshes its row only, so the editor keeps the focus.
class MeetingsSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsSection)

public:
    explicit MeetingsSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Meetings"); }
    bool canAddItems() const override { return true; }
    void addItem() override;
    void setDocument(Document* document) override;

protected:
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    QString deleteRecord(const QUuid& uuid) override;
    QString deleteQuestion(const QUuid& uuid) override;
    bool concerns(const QString& entity) const override;
    QString footerText() const override;
    QString countedFooterText() const;

private:
    struct Group
    {
        QString name;
        QList<Id> territoryIds;
    };
    void onDocumentChanged(const QString& entity, const QUuid& uuid);
    MeetingRow makeRow(const Meeting& meeting) const;
    void reloadChoices();

    ListTableModel<MeetingRow>* m_model;
    MeetingEditor* m_editor;
    RowCounter* m_counter = nullptr; // shown rows per status, for the footer
    QString m_footerText;
    QHash<Id, QString> m_territoryNames;
    QHash<Id, Group> m_groups; // the edition's
    QComboBox* m_kindFilter;
    QComboBox* m_territoryFilter;
    QComboBox* m_statusFilter;
};

} // namespace pacte
