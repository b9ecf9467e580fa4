#pragma once

#include "app/common/recordeditor.h"
#include "domain/action.h"
#include "domain/axis.h"
#include "domain/edition.h"
#include "domain/reference.h"

#include <memory>
#include <optional>

#include <QHash>

class QComboBox;
class QListWidget;

namespace Ui {
class ActionEditor;
}

namespace pacte {

class FundingPanel;
class IndicatorsPanel;
class ProvenanceField;

// What the action editor offers to choose from, for the selected edition.
struct ActionChoices
{
    QList<QPair<QString, Id>> groups; // label ("Mobilité — Biterrois"), id
    QHash<Id, Id> groupAxes;          // group id -> its axis, for the themes of an action that follows its group
    QHash<Id, Id> groupThemes;        // group id -> its theme, for the indicator templates proposed likewise
    QList<Axis> axes;                 // with their themes
    QList<TargetPublic> publics;
    QList<Dispositif> dispositifs;
    Edition edition;                    // new dates start within it
    QList<QPair<QString, Id>> partners; // who may fund a line: name, id
};

// The detail editor of an action sheet (fiche action, §1.4): the sheet's fields on one tab, the
// indicators and their measurements on the other. Every change is one UpdateRecordCommand<Action>,
// indicators and measurements included (they belong to the action).
class ActionEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionEditor)

public:
    explicit ActionEditor(QWidget* parent = nullptr);
    ~ActionEditor() override;

    void setChoices(const ActionChoices& choices);
    // Shows `action`; the same action again only updates the fields that differ, so that a
    // refresh after a commit leaves the cursor where the user is typing.
    void setAction(const std::optional<Action>& action);
    const std::optional<Action>& action() const { return m_action; }
    // Puts the keyboard in the title, selected, so that a new action is named by typing.
    void editTitle();

signals:
    // "Print…": the preview of this action's sheet (the section knows the edition).
    void printRequested(pacte::Id actionId);

protected:
    void commit() override;

private:
    void load();
    Action collect() const;
    bool store(const Action& after, const QString& undoText = {});
    // The themes of the chosen axis (or of the group's); `keepStored` also offers the stored theme.
    void loadTemplates(const Action& action);
    void fillThemes(bool keepStored);
    QStringList sheetWarnings(const Action& action) const;
    void updateIndicatorsTab();
    void updateChildProvenance();

    const std::unique_ptr<Ui::ActionEditor> m_ui;
    IndicatorsPanel* m_indicators;
    FundingPanel* m_funding;
    ProvenanceField* m_indicatorProvenance;   // the selected indicator's
    ProvenanceField* m_measurementProvenance; // the selected measurement's
    std::optional<Action> m_action;
    ActionChoices m_choices;
};

} // namespace pacte
