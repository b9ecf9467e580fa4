#include "indicatordetail.h"

#include "app/common/readablecolour.h"
#include "domain/format.h"
#include "indicatorchart.h"
#include "ui_indicatordetail.h"

#include <QHeaderView>

namespace pacte {

namespace {

QString withUnit(const std::optional<double>& value, const QString& unit)
{
    if (!value)
        return QStringLiteral("—");
    return unit.isEmpty() ? formatNumber(*value) : formatNumber(*value) + QLatin1Char(' ') + unit;
}

} // namespace

IndicatorDetail::IndicatorDetail(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IndicatorDetail>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("indicatorDetail"));
    m_ui->openActionLink->setText(QStringLiteral("<a href=\"action\">%1</a>").arg(tr("Open the action")));
    connect(m_ui->openActionLink, &QLabel::linkActivated, this, &IndicatorDetail::openActionRequested);
    m_ui->measurementTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->measurementTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->measurementTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
}

IndicatorDetail::~IndicatorDetail() = default;

IndicatorChart* IndicatorDetail::chart() const
{
    return m_ui->indicatorChart;
}

void IndicatorDetail::clear()
{
    for (auto* label : {m_ui->headerLabel, m_ui->actionLabel, m_ui->groupLabel, m_ui->kindLabel, m_ui->targetLabel,
                        m_ui->latestValueLabel, m_ui->targetMetLabel})
        label->clear();
    m_ui->indicatorChart->clear();
    m_ui->measurementTable->setRowCount(0);
}

void IndicatorDetail::setIndicator(const IndicatorRow& row, const Indicator& indicator)
{
    const IndicatorListRow& data = row.data;
    m_ui->headerLabel->setText(data.name);
    m_ui->actionLabel->setText(data.actionTitle);
    m_ui->groupLabel->setText(row.territories.isEmpty() ? data.groupName
                                                        : tr("%1 — %2").arg(data.groupName, row.territories));
    m_ui->kindLabel->setText(data.unit.isEmpty() ? enumLabel(data.kind)
                                                 : tr("%1, in %2").arg(enumLabel(data.kind), data.unit));
    m_ui->targetLabel->setText(tr("%1 → %2").arg(withUnit(data.baseline, data.unit), withUnit(data.target, data.unit)));
    // Unknown is not zero: the latest value known, and how many values not reported were left out.
    QString latest = data.latestValue
                         ? tr("%1 on %2").arg(withUnit(data.latestValue, data.unit), formatDate(data.latestDate))
                         : (data.unknownCount > 0 ? formatMeasuredValue(std::nullopt) : tr("No measurement yet."));
    if (data.unknownCount > 0)
        latest += QLatin1Char(' ') + tr("(%n measurement(s) not reported left out)", nullptr, data.unknownCount);
    m_ui->latestValueLabel->setText(latest);
    QString met = targetStateSymbol(row.state) + QLatin1Char(' ') + targetStateLabel(row.state);
    if (row.state == TargetState::Met || row.state == TargetState::NotMet)
        met += QStringLiteral(" (%1)").arg(withUnit(data.effectiveTarget(), data.unit));
    m_ui->targetMetLabel->setText(met);
    const QColor colour = row.state == TargetState::Met      ? QColor(0x1b, 0x6e, 0x20)
                          : row.state == TargetState::NotMet ? QColor(0xb0, 0x00, 0x20)
                                                             : QColor();
    m_ui->targetMetLabel->setStyleSheet(
        colour.isValid()
            ? QStringLiteral("color: %1; font-weight: bold;").arg(readableText(colour, QPalette::Window).name())
            : QString());
    m_ui->indicatorChart->setIndicator(indicator);

    auto* table = m_ui->measurementTable;
    table->setRowCount(static_cast<int>(indicator.measurements.size()));
    // Newest first: the table is short, the chart shows the history.
    for (int i = 0; i < indicator.measurements.size(); ++i) {
        const Measurement& m = indicator.measurements.at(indicator.measurements.size() - 1 - i);
        const QStringList cells{formatDate(m.date), formatMeasuredValue(m.value),
                                m.target ? formatNumber(*m.target) : QString(), m.comment};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(i, column, item);
        }
    }
    table->setVisible(!indicator.measurements.isEmpty());
}

} // namespace pacte
