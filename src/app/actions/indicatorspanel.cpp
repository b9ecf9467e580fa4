#include "indicatorspanel.h"

#include "app/indicators/indicatorchart.h"
#include "celldelegate.h"
#include "domain/clock.h"
#include "indicatortablemodel.h"
#include "measurementtablemodel.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>

namespace pacte {

IndicatorsPanel::IndicatorsPanel(const Widgets& widgets, Commit commit, QObject* parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_commit(std::move(commit))
    , m_indicatorModel(newIndicatorTableModel(this))
    , m_measurementModel(newMeasurementTableModel(this))
{
    m_indicatorModel->setApply([this](const QList<Indicator>& indicators) { return m_commit(indicators); });
    m_measurementModel->setApply(
        [this](const QList<Measurement>& measurements) { return commitMeasurements(measurements); });
    m_widgets.indicators->setModel(m_indicatorModel);
    m_widgets.measurements->setModel(m_measurementModel);
    setUpTable(m_widgets.indicators);
    setUpTable(m_widgets.measurements);
    // The name takes what the short columns leave; the comment likewise in the measurements.
    auto* header = m_widgets.indicators->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IndicatorColumn::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    m_widgets.measurements->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_widgets.measurements->horizontalHeader()->setSectionResizeMode(MeasurementColumn::Comment, QHeaderView::Stretch);

    connect(m_widgets.indicators->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndicatorsPanel::showMeasurements);
    connect(m_widgets.measurements->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndicatorsPanel::updateButtons);
    connect(m_widgets.addIndicator, &QPushButton::clicked, this, &IndicatorsPanel::addIndicator);
    connect(m_widgets.removeIndicator, &QPushButton::clicked, this, &IndicatorsPanel::removeIndicator);
    connect(m_widgets.addMeasurement, &QPushButton::clicked, this, &IndicatorsPanel::addMeasurement);
    connect(m_widgets.removeMeasurement, &QPushButton::clicked, this, &IndicatorsPanel::removeMeasurement);
    connect(m_widgets.unlinkTemplate, &QPushButton::clicked, this, &IndicatorsPanel::unlinkTemplate);
    auto* menu = new QMenu(m_widgets.addFromTemplate);
    menu->setObjectName(QStringLiteral("templateMenu"));
    m_widgets.addFromTemplate->setMenu(menu);
    fillTemplateMenu();
    showMeasurements();
}

void IndicatorsPanel::setTemplates(const QList<IndicatorTemplate>& all, const QList<IndicatorTemplate>& proposed)
{
    m_allTemplates = all;
    m_proposedTemplates = proposed;
    fillTemplateMenu();
    showMeasurements();
}

void IndicatorsPanel::fillTemplateMenu()
{
    QMenu* menu = m_widgets.addFromTemplate->menu();
    menu->clear();
    for (const auto& t : std::as_const(m_proposedTemplates)) {
        QString text = t.unit.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.unit);
        if (t.example)
            text = tr("%1 — example").arg(text);
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("template_%1").arg(t.id));
        action->setToolTip(t.measurement);
        const Id id = t.id;
        connect(action, &QAction::triggered, this, [this, id] { addFromTemplate(id); });
    }
    m_widgets.addFromTemplate->setToolTip(m_proposedTemplates.isEmpty()
                                              ? tr("The action's theme has no indicator template.")
                                              : tr("Add an indicator made from an indicator template of the "
                                                   "action's theme, and kept linked to it"));
}

bool IndicatorsPanel::addFromTemplate(Id templateId)
{
    const auto it = std::find_if(m_allTemplates.cbegin(), m_allTemplates.cend(),
                                 [&](const IndicatorTemplate& t) { return t.id == templateId; });
    if (it == m_allTemplates.cend() || !m_editable)
        return false;
    Indicator indicator;
    indicator.uuid = QUuid::createUuid();
    indicator.name = it->name;
    indicator.kind = it->kind;
    indicator.unit = it->unit;
    indicator.target = it->suggestedTarget;
    indicator.templateId = it->id;
    if (!m_commit(m_indicatorModel->items() + QList<Indicator>{indicator}))
        return false;
    selectIndicator(indicator.uuid);
    m_widgets.indicators->setFocus(Qt::OtherFocusReason);
    return true;
}

void IndicatorsPanel::unlinkTemplate()
{
    const int row = currentIndicator();
    if (row < 0)
        return;
    QList<Indicator> indicators = m_indicatorModel->items();
    indicators[row].templateId = NoId;
    m_commit(indicators);
}

void IndicatorsPanel::setUpTable(QTableView* table)
{
    table->setItemDelegate(new CellDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the form
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}

void IndicatorsPanel::setIndicators(const QList<Indicator>& indicators, bool editable)
{
    m_editable = editable;
    m_indicatorModel->setEditable(editable);
    m_measurementModel->setEditable(editable);
    const QUuid shown = m_shownIndicator;
    m_indicatorModel->setItems(indicators);
    if (currentIndicator() < 0 || m_indicatorModel->items().at(currentIndicator()).uuid != shown)
        selectIndicator(shown);
    showMeasurements();
}

int IndicatorsPanel::currentIndicator() const
{
    const QModelIndex current = m_widgets.indicators->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int IndicatorsPanel::currentMeasurement() const
{
    const QModelIndex current = m_widgets.measurements->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

const Indicator* IndicatorsPanel::selectedIndicator() const
{
    const int row = currentIndicator();
    const auto& items = m_indicatorModel->items();
    return row >= 0 && row < items.size() ? &items.at(row) : nullptr;
}

const Measurement* IndicatorsPanel::selectedMeasurement() const
{
    const int row = currentMeasurement();
    const auto& items = m_measurementModel->items();
    return row >= 0 && row < items.size() ? &items.at(row) : nullptr;
}

void IndicatorsPanel::selectIndicator(const QUuid& uuid)
{
    const auto& indicators = m_indicatorModel->items();
    for (int row = 0; row < indicators.size(); ++row) {
        if (indicators.at(row).uuid == uuid) {
            m_widgets.indicators->setCurrentIndex(m_indicatorModel->index(row, IndicatorColumn::Name));
            return;
        }
    }
    // The first indicator's measurements are more useful than an empty table.
    if (!indicators.isEmpty())
        m_widgets.indicators->setCurrentIndex(m_indicatorModel->index(0, IndicatorColumn::Name));
}

void IndicatorsPanel::showMeasurements()
{
    const int row = currentIndicator();
    const Indicator* indicator = row >= 0 ? &m_indicatorModel->items().at(row) : nullptr;
    m_shownIndicator = indicator ? indicator->uuid : QUuid();
    m_measurementModel->setItems(indicator ? indicator->measurements : QList<Measurement>());
    if (indicator)
        m_widgets.chart->setIndicator(*indicator);
    else
        m_widgets.chart->clear();
    m_widgets.measurementsLabel->setText(indicator ? tr("M&easurements of \"%1\"").arg(indicator->name)
                                                   : tr("M&easurements (select an indicator)"));
    updateButtons();
}

void IndicatorsPanel::updateButtons()
{
    const bool indicator = currentIndicator() >= 0;
    m_widgets.addIndicator->setEnabled(m_editable);
    m_widgets.removeIndicator->setEnabled(m_editable && indicator);
    m_widgets.addMeasurement->setEnabled(m_editable && indicator);
    m_widgets.removeMeasurement->setEnabled(m_editable && indicator && currentMeasurement() >= 0);
    m_widgets.addFromTemplate->setEnabled(m_editable && !m_proposedTemplates.isEmpty());
    const Indicator* selected = selectedIndicator();
    const Id templateId = selected ? selected->templateId : NoId;
    QString templateText;
    if (templateId != NoId) {
        const auto it = std::find_if(m_allTemplates.cbegin(), m_allTemplates.cend(),
                                     [&](const IndicatorTemplate& t) { return t.id == templateId; });
        const QString name = it == m_allTemplates.cend() ? tr("(unknown)")
                             : it->example               ? tr("%1 (example)").arg(it->name)
                                                         : it->name;
        templateText = tr("Indicator template: %1").arg(name);
    }
    m_widgets.templateLabel->setText(templateText);
    m_widgets.templateLabel->setVisible(templateId != NoId);
    m_widgets.unlinkTemplate->setVisible(templateId != NoId);
    m_widgets.unlinkTemplate->setEnabled(m_editable && templateId != NoId);
    emit selectionChanged();
}

bool IndicatorsPanel::commitMeasurements(const QList<Measurement>& measurements)
{
    const int row = currentIndicator();
    if (row < 0)
        return false;
    QList<Indicator> indicators = m_indicatorModel->items();
    indicators[row].measurements = measurements;
    return m_commit(indicators);
}

void IndicatorsPanel::addIndicator()
{
    Indicator indicator;
    indicator.name = tr("New indicator");
    if (!m_commit(m_indicatorModel->items() + QList<Indicator>{indicator}))
        return;
    // New indicators come last (the action keeps their order): name it right away.
    const QModelIndex name = m_indicatorModel->index(m_indicatorModel->rowCount() - 1, IndicatorColumn::Name);
    m_widgets.indicators->setCurrentIndex(name);
    m_widgets.indicators->setFocus(Qt::OtherFocusReason);
    m_widgets.indicators->edit(name);
}

void IndicatorsPanel::removeIndicator()
{
    const int row = currentIndicator();
    if (row < 0)
        return;
    QList<Indicator> indicators = m_indicatorModel->items();
    const Indicator& indicator = indicators.at(row);
    if (!indicator.measurements.isEmpty()) {
        const QString question = tr("Remove the indicator \"%1\" and its %n measurement(s)?", nullptr,
                                    static_cast<int>(indicator.measurements.size()))
                                     .arg(indicator.name);
        if (QMessageBox::question(m_widgets.indicators, tr("Remove indicator"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    indicators.removeAt(row);
    if (m_commit(indicators) && !indicators.isEmpty())
        selectIndicator(indicators.at(std::min<qsizetype>(row, indicators.size() - 1)).uuid);
}

void IndicatorsPanel::addMeasurement()
{
    const int row = currentIndicator();
    if (row < 0)
        return;
    const Indicator& indicator = m_indicatorModel->items().at(row);
    QSet<QUuid> known;
    for (const auto& m : indicator.measurements)
        known.insert(m.uuid);
    Measurement measurement;
    measurement.date = m_edition.dayWithin(Clock::currentDate());
    measurement.target = indicator.target;
    if (!commitMeasurements(indicator.measurements + QList<Measurement>{measurement}))
        return;
    // Measurements are kept in date order: find the new one to let the user type its value.
    const auto& stored = m_measurementModel->items();
    for (int i = 0; i < stored.size(); ++i) {
        if (!known.contains(stored.at(i).uuid)) {
            const QModelIndex value = m_measurementModel->index(i, MeasurementColumn::Value);
            m_widgets.measurements->setCurrentIndex(value);
            m_widgets.measurements->setFocus(Qt::OtherFocusReason);
            m_widgets.measurements->edit(value);
            return;
        }
    }
}

void IndicatorsPanel::removeMeasurement()
{
    const int row = currentMeasurement();
    if (row < 0)
        return;
    QList<Measurement> measurements = m_measurementModel->items();
    measurements.removeAt(row);
    commitMeasurements(measurements);
}

} // namespace pacte
