#pragma once

#include "domain/fundingtotals.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pacte {

// The « Financements » panel of the dashboard (issue 20): the edition's planned, committed and paid
// totals and the same by funder, axis, territory or year (the user's choice, remembered by the combo
// box while the window lives), with the unknown amounts counted apart (never added as zero).
class FundingSummaryPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingSummaryPanel)

public:
    explicit FundingSummaryPanel(QWidget* parent = nullptr);
    void setTotals(const FundingTotals& totals);

    // "12 345,67 €", or "—" when no amount of the kind is known; "(2 inconnus)" after it when some are not.
    static QString sumText(const AmountSum& sum);

private:
    void showBreakdown();

    FundingTotals m_totals;
    QLabel* m_summary;
    QLabel* m_choiceLabel = nullptr;
    QComboBox* m_breakdown;
    QTableWidget* m_table;
    QLabel* m_overlapNote;
};

} // namespace pacte
