#pragma once

#include <optional>

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pacte {

struct EvaluationComparison;

// The "Comparison" tab: year N against year N-1 — actions whose status changed, indicators whose
// latest value moved, actions and working groups that appeared or went.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    // `comparison` is empty for the first year of the edition.
    void showComparison(const std::optional<EvaluationComparison>& comparison, int previousYear, bool previousFrozen);

private:
    QLabel* addNote(const QString& objectName);

    QLabel* m_summary;
    QWidget* m_details;
    QTableWidget* m_statusChanges;
    QLabel* m_noStatusChange;
    QTableWidget* m_indicatorMoves;
    QLabel* m_noIndicatorMove;
    QLabel* m_actions;
    QLabel* m_newGroups;
    QLabel* m_closedGroups;
    QWidget* m_localPactsHeading = nullptr;
    QLabel* m_localPacts = nullptr; // the territories' local pacts against N-1 (issue 20)
};

} // namespace pacte
