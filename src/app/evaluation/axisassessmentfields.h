#pragma once

#include "domain/axis.h"
#include "domain/evaluation.h"

#include <QList>
#include <QWidget>

class QPlainTextEdit;
class QVBoxLayout;

namespace pacte {

// The "effects produced on each axis" part of the Assessment tab (§1.4): one labelled text area per
// axis of the edition, objectName "axisAssessment_<number>". The editor commits them.
class AxisAssessmentFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AxisAssessmentFields)

public:
    explicit AxisAssessmentFields(QWidget* parent = nullptr);

    // Rebuilds the text areas when the axes differ from the ones shown; returns true if it did.
    bool setAxes(const QList<Axis>& axes);
    // Shows the texts (only the areas whose text differs are touched: the cursor stays put).
    void setTexts(const QList<AxisAssessment>& assessments);
    // The texts typed, by axis id, sorted by axis id; empty texts are left out. Assessments of axes
    // not shown (none in practice) are kept from `stored`.
    QList<AxisAssessment> texts(const QList<AxisAssessment>& stored) const;
    const QList<QPlainTextEdit*>& edits() const { return m_edits; }

private:
    QVBoxLayout* m_layout;
    QList<Axis> m_axes;
    QList<QPlainTextEdit*> m_edits;
    QList<QWidget*> m_labels;
};

} // namespace pacte
