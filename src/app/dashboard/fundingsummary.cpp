#include "fundingsummary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte {

namespace {

// The breakdowns the panel offers, in the combo box's order.
enum Breakdown { ByFunder, ByAxis, ByTerritory, ByYear };

} // namespace

FundingSummaryPanel::FundingSummaryPanel(QWidget* parent)
    : QGroupBox(tr("Funding"), parent)
    , m_summary(new QLabel(this))
    , m_breakdown(new QComboBox(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_overlapNote(new QLabel(this))
{
    setObjectName(QStringLiteral("fundingSummary"));
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("fundingTotalsLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* choice = new QHBoxLayout;
    m_choiceLabel = new QLabel(tr("&Break down:"), this);
    m_breakdown->setObjectName(QStringLiteral("fundingBreakdownCombo"));
    m_breakdown->addItem(tr("by funder"), ByFunder);
    m_breakdown->addItem(tr("by axis"), ByAxis);
    m_breakdown->addItem(tr("by territory"), ByTerritory);
    m_breakdown->addItem(tr("by year"), ByYear);
    m_choiceLabel->setBuddy(m_breakdown);
    choice->addWidget(m_choiceLabel);
    choice->addWidget(m_breakdown);
    choice->addStretch(1);
    layout->addLayout(choice);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &FundingSummaryPanel::showBreakdown);

    m_table->setObjectName(QStringLiteral("fundingBreakdownTable"));
    m_table->setAccessibleName(tr("Funding by funder"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_table);
    m_overlapNote->setObjectName(QStringLiteral("fundingOverlapNote"));
    m_overlapNote->setWordWrap(true);
    m_overlapNote->setText(tr("An action of a group that covers several territories counts in each of them: the "
                              "territories' rows add up to more than the total."));
    layout->addWidget(m_overlapNote);
    m_overlapNote->hide();
}

QString FundingSummaryPanel::sumText(const AmountSum& sum)
{
    const QString known = sum.known > 0 ? formatMoney(sum.total) : tr("—");
    return sum.unknown > 0 ? tr("%1 (%n unknown)", nullptr, sum.unknown).arg(known) : known;
}

void FundingSummaryPanel::setTotals(const FundingTotals& totals)
{
    m_totals = totals;
    const bool any = totals.lines > 0;
    for (QWidget* w :
         {static_cast<QWidget*>(m_choiceLabel), static_cast<QWidget*>(m_breakdown), static_cast<QWidget*>(m_table)})
        w->setVisible(any);
    if (!any) {
        m_summary->setText(tr("No funding entered yet: add the funders of an action on its « Funding » tab."));
        m_table->setRowCount(0);
        m_overlapNote->hide();
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
    showBreakdown();
}

void FundingSummaryPanel::showBreakdown()
{
    const auto breakdown = static_cast<Breakdown>(m_breakdown->currentData().toInt());
    const QList<FundingRow>* rows = &m_totals.byFunder;
    QString first = tr("Funder");
    QString name = tr("Funding by funder");
    switch (breakdown) {
    case ByFunder:
        break;
    case ByAxis:
        rows = &m_totals.byAxis;
        first = tr("Axis");
        name = tr("Funding by axis");
        break;
    case ByTerritory:
        rows = &m_totals.byTerritory;
        first = tr("Territory");
        name = tr("Funding by territory");
        break;
    case ByYear:
        rows = &m_totals.byYear;
        first = tr("Year");
        name = tr("Funding by year");
        break;
    }
    m_table->setAccessibleName(name);
    m_table->setHorizontalHeaderLabels({first, tr("Planned"), tr("Committed"), tr("Paid")});
    m_table->setRowCount(static_cast<int>(rows->size()));
    for (int row = 0; row < rows->size(); ++row) {
        const FundingRow& r = rows->at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.label));
        int column = 1;
        for (const AmountSum* sum : {&r.sum.planned, &r.sum.committed, &r.sum.paid}) {
            auto* item = new QTableWidgetItem(sumText(*sum));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column++, item);
        }
    }
    m_overlapNote->setVisible(m_totals.lines > 0 && breakdown == ByTerritory && m_totals.territoriesOverlap);
}

} // namespace pacte
