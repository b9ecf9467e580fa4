#include "partnercontributions.h"

#include "domain/fundingtotals.h"
#include "storage/fundingdata.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte {

namespace {

QString sumText(const AmountSum& sum)
{
    const QString known =
        sum.known > 0 ? formatMoney(sum.total) : QCoreApplication::translate("pacte::PartnerContributions", "—");
    return sum.unknown > 0
               ? QCoreApplication::translate("pacte::PartnerContributions", "%1 (%n unknown)", nullptr, sum.unknown)
                     .arg(known)
               : known;
}

} // namespace

PartnerContributions::PartnerContributions(QWidget* parent)
    : QGroupBox(tr("Financial contributions"), parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 7, this))
{
    setObjectName(QStringLiteral("partnerContributions"));
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("partnerContributionsLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("partnerContributionsTable"));
    m_table->setAccessibleName(tr("Funding lines of which the partner is the funder"));
    m_table->setHorizontalHeaderLabels(
        {tr("Edition"), tr("Action"), tr("Scheme or call"), tr("Year"), tr("Planned"), tr("Committed"), tr("Paid")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_table);
}

void PartnerContributions::setPartner(Database* db, Id partnerId)
{
    const QList<PartnerContribution> contributions =
        db && partnerId != NoId ? loadPartnerContributions(*db, partnerId) : QList<PartnerContribution>{};
    setVisible(db && partnerId != NoId);
    m_table->setRowCount(0);
    if (contributions.isEmpty()) {
        m_summary->setText(tr("The partner funds no action (a funding line of an action names its funder)."));
        m_table->hide();
        return;
    }
    m_table->show();
    QMap<int, FundingSum> byYear;
    int unknownLines = 0;
    for (const auto& contribution : contributions) {
        const auto& line = contribution.line;
        QList<FundingAmount> amounts = line.amounts;
        if (amounts.isEmpty())
            ++unknownLines;
        for (const auto& amount : std::as_const(amounts))
            byYear[amount.year].add(amount);
        if (amounts.isEmpty())
            amounts.append({0, std::nullopt, std::nullopt, std::nullopt});
        for (const auto& amount : std::as_const(amounts)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList texts{contribution.editionTitle,
                                    contribution.actionTitle,
                                    line.scheme,
                                    amount.year > 0 ? QString::number(amount.year) : tr("no year"),
                                    formatOptionalMoney(amount.planned),
                                    formatOptionalMoney(amount.committed),
                                    formatOptionalMoney(amount.paid)};
            for (int column = 0; column < texts.size(); ++column) {
                auto* item = new QTableWidgetItem(texts.at(column));
                if (column >= 4)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, item);
            }
        }
    }
    QStringList years;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it)
        years << tr("%1: planned %2, committed %3, paid %4")
                     .arg(QString::number(it.key()), sumText(it.value().planned), sumText(it.value().committed),
                          sumText(it.value().paid));
    QString text = tr("%n funding line(s). By year: ", nullptr, static_cast<int>(contributions.size())) +
                   years.join(QStringLiteral(" · ")) + QLatin1Char('.');
    if (unknownLines > 0)
        text += QLatin1Char(' ') + tr("%n line(s) without any amount yet.", nullptr, unknownLines);
    m_summary->setText(text);
}

} // namespace pacte
