#pragma once

#include "app/common/recordeditor.h"
#include "evaluationfigures.h"

#include <memory>
#include <optional>

namespace Ui {
class EvaluationEditor;
}

namespace pacte {

// The detail of one evaluation year: its figures (frozen, or live until then), the comparison with
// the year before, and the coordinator's written assessments — per axis, on governance, overall —
// saved as they are left (an InsertRecordCommand<Evaluation> the first time, then updates).
// "Freeze the figures" stores the year's snapshot for good: it is not an undo step.
class EvaluationEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationEditor)

public:
    explicit EvaluationEditor(QWidget* parent = nullptr);
    ~EvaluationEditor() override;

    // Shows a year; showing the same year again only touches the texts that differ, so that a
    // refresh after a commit leaves the cursor where the user is typing.
    void setYear(const std::optional<EvaluationYear>& year);

protected:
    void commit() override;

private:
    void showFiguresState();
    void showAssessments();
    void updateButtons();
    void freeze();
    void requestDateCommit();
    QString title() const;

    const std::unique_ptr<Ui::EvaluationEditor> m_ui;
    std::optional<EvaluationYear> m_year;
};

} // namespace pacte
