#include "axisassessmentfields.h"

#include <algorithm>

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pacte {

AxisAssessmentFields::AxisAssessmentFields(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

bool AxisAssessmentFields::setAxes(const QList<Axis>& axes)
{
    const auto sameShape = [](const Axis& a, const Axis& b) {
        return a.id == b.id && a.number == b.number && a.title == b.title;
    };
    if (std::equal(axes.cbegin(), axes.cend(), m_axes.cbegin(), m_axes.cend(), sameShape))
        return false;
    qDeleteAll(m_labels);
    qDeleteAll(m_edits);
    m_labels.clear();
    m_edits.clear();
    m_axes = axes;
    for (const auto& axis : axes) {
        // "Axe 1 — Lever les freins…": the digit is the mnemonic (Alt+1 goes to axis 1).
        const QString number = QString::number(axis.number);
        auto* label = new QLabel(axis.number >= 1 && axis.number <= 9
                                     ? tr("Axis &%1 — %2: effects produced").arg(number, axis.title)
                                     : tr("Axis %1 — %2: effects produced").arg(number, axis.title),
                                 this);
        label->setWordWrap(true);
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(QStringLiteral("axisAssessment_%1").arg(number));
        edit->setAccessibleName(tr("Effects produced on axis %1, %2").arg(number, axis.title));
        edit->setPlaceholderText(tr("Effects on the people and the partners…"));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        label->setBuddy(edit);
        m_layout->addWidget(label);
        m_layout->addWidget(edit);
        m_labels.append(label);
        m_edits.append(edit);
    }
    return true;
}

void AxisAssessmentFields::setTexts(const QList<AxisAssessment>& assessments)
{
    for (int i = 0; i < m_axes.size(); ++i) {
        QString text;
        for (const auto& a : assessments) {
            if (a.axisId == m_axes.at(i).id)
                text = a.text;
        }
        if (m_edits.at(i)->toPlainText() != text)
            m_edits.at(i)->setPlainText(text);
    }
}

QList<AxisAssessment> AxisAssessmentFields::texts(const QList<AxisAssessment>& stored) const
{
    QList<AxisAssessment> result;
    for (const auto& a : stored) {
        const bool shown =
            std::any_of(m_axes.cbegin(), m_axes.cend(), [&](const Axis& axis) { return axis.id == a.axisId; });
        if (!shown)
            result.append(a);
    }
    for (int i = 0; i < m_axes.size(); ++i) {
        const QString text = m_edits.at(i)->toPlainText();
        if (!text.trimmed().isEmpty())
            result.append({m_axes.at(i).id, text});
    }
    std::sort(result.begin(), result.end(),
              [](const AxisAssessment& a, const AxisAssessment& b) { return a.axisId < b.axisId; });
    return result;
}

} // namespace pacte
