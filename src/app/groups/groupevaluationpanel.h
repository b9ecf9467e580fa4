#pragma once

#include "domain/editiondata.h"
#include "domain/groupevaluation.h"

#include <optional>

#include <QGroupBox>
#include <QMetaObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace pacte {

class Document;

// "Évaluation annuelle" of the group editor (issue 18): for the year chosen, the figures the records
// give (read-only, said to be computed) and what the group judges (entered, one undo step per field
// left, refused once the year's evaluation is frozen).
class GroupEvaluationPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupEvaluationPanel)

public:
    explicit GroupEvaluationPanel(QWidget* parent = nullptr);
    ~GroupEvaluationPanel() override;

    // The group shown (none: the panel is empty and disabled), with the edition it belongs to.
    void showGroup(Document* document, const EditionData& context, const std::optional<WorkingGroup>& group);
    int year() const;
    // The fields the keyboard reaches, in reading order (the editor chains them after its own).
    QList<QWidget*> fields() const;
    void setYear(int year);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void showFigures();
    void commit();
    GroupEvaluation collected() const;

    Document* m_document = nullptr;
    QMetaObject::Connection m_changes;
    EditionData m_context;
    std::optional<WorkingGroup> m_group;
    GroupEvaluation m_shown; // as stored (id NoId: none yet)
    bool m_frozen = false;
    int m_loading = 0;

    QComboBox* m_yearCombo;
    QLabel* m_figuresLabel;
    QPlainTextEdit* m_effectsEdit;
    QPlainTextEdit* m_coherenceEdit;
    QComboBox* m_qualityCombo;
    QPlainTextEdit* m_commentEdit;
    QPlainTextEdit* m_difficultiesEdit;
    QPlainTextEdit* m_adjustmentsEdit;
    QLabel* m_messageLabel;
};

} // namespace pacte
