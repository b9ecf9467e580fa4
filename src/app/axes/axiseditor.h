#pragma once

#include "app/common/recordeditor.h"
#include "domain/axis.h"

#include <memory>
#include <optional>

#include <QHash>

class QGroupBox;
class QListWidget;
class QPushButton;

namespace Ui {
class AxisEditor;
}

namespace pacte {

class ProvenanceField;

// What uses a theme: working groups and actions of the edition.
struct ThemeUsage
{
    int groups = 0;
    int actions = 0;
};

// The detail editor of an axis: number, title, objective, and its themes edited in place in a table.
// The themes belong to the axis: every change to them is one undo step on the axis, and a theme keeps
// its id when renamed so that the working groups and actions using it keep pointing at it.
class AxisEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AxisEditor)

public:
    explicit AxisEditor(QWidget* parent = nullptr);
    ~AxisEditor() override;

    // `themeUsage` says, per theme id, what uses the theme.
    void setAxis(const std::optional<Axis>& axis, const QHash<Id, ThemeUsage>& themeUsage);

protected:
    void commit() override;

private:
    void loadThemes(const QList<Theme>& themes, const QHash<Id, ThemeUsage>& usage);
    Axis axisFromForm() const;
    bool apply(const Axis& after, const QString& text = {});
    void queueCommit();
    void addTheme();
    void removeTheme();
    void updateButtons();
    // The selected theme's indicator templates ("indicateurs types").
    void loadTemplates();
    int currentTheme() const;
    void addTemplate();
    void editTemplate();
    void removeTemplate();

    const std::unique_ptr<Ui::AxisEditor> m_ui;
    std::optional<Axis> m_axis;
    ProvenanceField* m_themeProvenance = nullptr; // the current theme's
    bool m_commitQueued = false;
    QGroupBox* m_templatesBox = nullptr;
    QListWidget* m_templatesList = nullptr;
    QPushButton* m_addTemplate = nullptr;
    QPushButton* m_editTemplate = nullptr;
    QPushButton* m_removeTemplate = nullptr;
};

} // namespace pacte
