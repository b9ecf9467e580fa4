#include "fundingsummary.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte {

FundingSummaryPanel::FundingSummaryPanel(QWidget* parent)
    : QGroupBox(tr("Funding"), parent)
    , m_summary(new QLabel(this))
    , m_byFunder(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("fundingSummary"));
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("fundingTotalsLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_byFunder->setObjectName(QStringLiteral("fundingByFunderTable"));
    m_byFunder->setAccessibleName(tr("Funding by funder"));
    m_byFunder->setHorizontalHeaderLabels({tr("Funder"), tr("Planned"), tr("Committed"), tr("Paid")});
    m_byFunder->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_byFunder->verticalHeader()->hide();
    m_byFunder->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_byFunder->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_byFunder);
}

QString FundingSummaryPanel::sumText(const AmountSum& sum)
{
    const QString known = sum.known > 0 ? formatMoney(sum.total) : tr("—");
    return sum.unknown > 0 ? tr("%1 (%n unknown)", nullptr, sum.unknown).arg(known) : known;
}

void FundingSummaryPanel::setTotals(const FundingTotals& totals)
{
    if (totals.lines == 0) {
        m_summary->setText(tr("No funding entered yet: add the funders of an action on its « Funding » tab."));
        m_byFunder->setRowCount(0);
        m_byFunder->hide();
        return;
    }
    const int unknown = totals.edition.unknownCount();
    QString text =
        tr("Planned: %1 · committed: %2 · paid: %3 — %n funding line(s) of %4 action(s).", nullptr, totals.lines)
            .arg(sumText(totals.edition.planned), sumText(totals.edition.committed), sumText(totals.edition.paid))
            .arg(totals.actions);
    if (unknown > 0)
        text += QLatin1Char(' ') +
                tr("%n amount(s) unknown, counted apart and not added (unknown is not zero).", nullptr, unknown);
    m_summary->setText(text);
    m_byFunder->show();
    m_byFunder->setRowCount(static_cast<int>(totals.byFunder.size()));
    for (int row = 0; row < totals.byFunder.size(); ++row) {
        const FundingRow& funder = totals.byFunder.at(row);
        m_byFunder->setItem(row, 0, new QTableWidgetItem(funder.label));
        int column = 1;
        for (const AmountSum* sum : {&funder.sum.planned, &funder.sum.committed, &funder.sum.paid}) {
            auto* item = new QTableWidgetItem(sumText(*sum));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_byFunder->setItem(row, column++, item);
        }
    }
}

} // namespace pacte
