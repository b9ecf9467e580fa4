#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace pacte {

struct EvaluationCounts;
struct EvaluationSnapshot;

// The "Figures" tab: the departmental evaluation counts of §1.4 (working groups, projects carried
// out, actions per status, theme and axis, experimentations), the governance ones (instances
// established, local committees, new partners) and the indicators, read from one snapshot.
class CountsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountsView)

public:
    explicit CountsView(QWidget* parent = nullptr);

    void showFigures(const EvaluationSnapshot& snapshot, const EvaluationCounts& counts);
    void clear();

private:
    QLabel* addValue(QGridLayout* form, const QString& label, const QString& objectName);

    QLabel* m_workingGroups;
    QLabel* m_actions;
    QLabel* m_carriedOut;
    QLabel* m_byStatus;
    QLabel* m_experimentations;
    QLabel* m_byAxis;
    QTableWidget* m_byTheme;
    QLabel* m_noTheme;
    QLabel* m_meetings;
    QLabel* m_byKind;
    QLabel* m_localCommittees;
    QLabel* m_newPartners;
    QLabel* m_indicators;
};

} // namespace pacte
