#pragma once

#include "domain/fundingtotals.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace pacte {

// The « Financements » panel of the dashboard (issue 20): the edition's planned, committed and paid
// totals and the same by funder, with the unknown amounts counted apart (never added as zero).
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
    QLabel* m_summary;
    QTableWidget* m_byFunder;
};

} // namespace pacte
