#pragma once

#include "app/common/recordeditor.h"
#include "domain/editiondata.h"

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class GroupEditor;
}

namespace pacte {

class GroupEvaluationPanel;

// The detail editor of a working group: name, axis and theme, territories, pilot and co-pilot
// (structures and contact persons), members, status, notes. Rule 1 is shown where it bites: a group
// led by one structure alone is saved as it is (historical groups were), with the rule's warning.
class GroupEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupEditor)

public:
    explicit GroupEditor(QWidget* parent = nullptr);
    ~GroupEditor() override;

    // The edition's axes, territories, partners, persons and actions the form offers and counts.
    void setContext(const EditionData& data);
    void setGroup(const std::optional<WorkingGroup>& group);
    // The record shown, as it was read (or last stored from this editor).
    const std::optional<WorkingGroup>& group() const { return m_group; }

signals:
    // "Print the sheets…": the preview of the group's action sheets.
    void printRequested(pacte::Id groupId);

protected:
    void commit() override;

private:
    void fillThemes(Id axisId);
    void fillPersons(QComboBox* combo, Id partnerId);
    QStringList pilotWarnings(const WorkingGroup& group) const;
    void showActionCount();

    const std::unique_ptr<Ui::GroupEditor> m_ui;
    GroupEvaluationPanel* m_evaluation = nullptr; // the yearly evaluation (issue 18)
    std::optional<WorkingGroup> m_group;
    EditionData m_context;
};

} // namespace pacte
