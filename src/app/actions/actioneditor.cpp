#include "actioneditor.h"

#include "app/common/provenancefield.h"
#include "domain/clock.h"
#include "domain/format.h"
#include "editing/edits.h"
#include "formsync.h"
#include "fundingpanel.h"
#include "indicatorspanel.h"
#include "storage/renewal.h"
#include "storage/repository.h"
#include "ui_actioneditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>

namespace pacte {

namespace {

// A date that may be missing: the check box says whether there is one; without, the date edit
// rests on its minimum, which reads "not set" (its special value text).
void loadDate(QCheckBox* check, QDateEdit* edit, const QDate& date)
{
    check->setChecked(date.isValid());
    edit->setEnabled(date.isValid());
    const QDate shown = date.isValid() ? date : edit->minimumDate();
    if (edit->date() != shown)
        edit->setDate(shown);
}

} // namespace

ActionEditor::ActionEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::ActionEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("actionEditor"));
    // Opening an action (Enter in the list) focuses whatever follows the editor in the focus chain:
    // the header or the tab bar. Both lead to the title; the tabs switch with Alt+S / Alt+I.
    m_ui->headerLabel->setFocusProxy(m_ui->titleEdit);
    m_ui->tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    m_ui->tabs->tabBar()->setFocusProxy(m_ui->titleEdit);
    m_ui->sheetScroll->setFocusPolicy(Qt::NoFocus);
    for (const auto status : enumValues<ActionStatus>())
        m_ui->statusCombo->addItem(enumLabel(status), static_cast<int>(status));

    // These run before the commit that setUpEditor() connects: the form must be consistent first.
    connect(m_ui->axisCombo, &QComboBox::activated, this, [this] { fillThemes(false); });
    connect(m_ui->groupCombo, &QComboBox::activated, this, [this] { fillThemes(false); });
    const auto dateSwitch = [this](QCheckBox* check, QDateEdit* edit) {
        connect(check, &QCheckBox::toggled, this, [this, edit](bool on) {
            edit->setEnabled(on);
            // A date that was not set starts as today, or the edition's nearest day.
            if (!isLoading())
                edit->setDate(on ? m_choices.edition.dayWithin(Clock::currentDate()) : edit->minimumDate());
        });
    };
    dateSwitch(m_ui->startDateCheck, m_ui->startDateEdit);
    dateSwitch(m_ui->endDateCheck, m_ui->endDateEdit);
    setUpEditor(m_ui->tabs, m_ui->validationLabel);

    // Indicator templates: "from a template" beside the add button, the selected indicator's link below.
    auto* addFromTemplate = new QPushButton(tr("From an indicator &template"), m_ui->indicatorsContent);
    addFromTemplate->setObjectName(QStringLiteral("addFromTemplateButton"));
    addFromTemplate->setAccessibleName(tr("Add an indicator from an indicator template of the action's theme"));
    m_ui->indicatorButtons->insertWidget(m_ui->indicatorButtons->indexOf(m_ui->removeIndicatorButton), addFromTemplate);
    auto* templateLabel = new QLabel(m_ui->indicatorsContent);
    templateLabel->setObjectName(QStringLiteral("indicatorTemplateLabel"));
    templateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    templateLabel->setWordWrap(true); // the editor may be narrow: the unlink button stays in view
    auto* unlinkTemplate = new QPushButton(tr("&Unlink from the template"), m_ui->indicatorsContent);
    unlinkTemplate->setObjectName(QStringLiteral("unlinkTemplateButton"));
    unlinkTemplate->setToolTip(tr("The indicator stays as it is, but is no longer added up with its template"));
    auto* templateRow = new QHBoxLayout;
    templateRow->setObjectName(QStringLiteral("indicatorTemplateRow"));
    templateRow->addWidget(templateLabel, 1);
    templateRow->addWidget(unlinkTemplate);
    m_ui->indicatorsTabLayout->insertLayout(m_ui->indicatorsTabLayout->indexOf(m_ui->indicatorButtons) + 1,
                                            templateRow);
    m_indicators = new IndicatorsPanel(
        {m_ui->indicatorsTable, m_ui->measurementsTable, m_ui->measurementsLabel, m_ui->addIndicatorButton,
         m_ui->removeIndicatorButton, m_ui->addMeasurementButton, m_ui->removeMeasurementButton, m_ui->indicatorChart,
         addFromTemplate, templateLabel, unlinkTemplate},
        [this](const QList<Indicator>& indicators) {
            if (!m_action || !document() || document()->isReadOnly())
                return false;
            Action after = *m_action;
            after.indicators = indicators;
            return store(after, tr("Edit the indicators of \"%1\"").arg(after.title));
        },
        this);
    // Where the selected indicator and measurement come from, each under its buttons: a figure may be
    // quoted from a review, deduced or illustrative as well as entered.
    m_indicatorProvenance = new ProvenanceField(Entity::Action, m_ui->indicatorsContent);
    m_indicatorProvenance->setNamePrefix(QStringLiteral("selectedIndicator"));
    m_indicatorProvenance->setCaption(tr("Indicator's provenance: %1"));
    m_indicatorProvenance->button()->setAccessibleName(tr("Where the selected indicator comes from"));
    m_measurementProvenance = new ProvenanceField(Entity::Action, m_ui->indicatorsContent);
    m_measurementProvenance->setNamePrefix(QStringLiteral("selectedMeasurement"));
    m_measurementProvenance->setCaption(tr("Measurement's provenance: %1"));
    m_measurementProvenance->button()->setAccessibleName(tr("Where the selected measurement comes from"));
    QBoxLayout* tab = m_ui->indicatorsTabLayout;
    tab->insertWidget(tab->indexOf(m_ui->indicatorButtons) + 1, m_indicatorProvenance);
    tab->insertWidget(tab->indexOf(m_ui->measurementButtons) + 1, m_measurementProvenance);
    setTabOrder(m_ui->addIndicatorButton, addFromTemplate);
    setTabOrder(addFromTemplate, m_ui->removeIndicatorButton);
    setTabOrder(m_ui->removeIndicatorButton, unlinkTemplate);
    setTabOrder(unlinkTemplate, m_indicatorProvenance->button());
    setTabOrder(m_indicatorProvenance->button(), m_ui->measurementsTable);
    setTabOrder(m_ui->removeMeasurementButton, m_measurementProvenance->button());
    connect(m_indicators, &IndicatorsPanel::selectionChanged, this, &ActionEditor::updateChildProvenance);
    // Financing (issue 20), a tab of its own after the indicators: its lines are saved with the action.
    m_funding = new FundingPanel([this](const QList<FundingLine>& lines) {
        if (!m_action)
            return false;
        Action after = *m_action;
        after.fundings = lines;
        return store(after, tr("Edit the funding of \"%1\"").arg(after.title));
    });
    // In a scroll area, as the sheet: the tab never makes the editor taller than the window.
    auto* fundingScroll = new QScrollArea(m_ui->tabs);
    fundingScroll->setObjectName(QStringLiteral("fundingScroll"));
    fundingScroll->setWidgetResizable(true);
    fundingScroll->setFrameShape(QFrame::NoFrame);
    fundingScroll->setFocusPolicy(Qt::NoFocus);
    fundingScroll->setWidget(m_funding);
    m_ui->tabs->addTab(fundingScroll, tr("Fu&nding"));
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_action)
            showHistory(m_action->uuid, m_action->title);
    });
    installProvenance(m_ui->historyButton, Entity::Action);
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        if (m_action)
            emit printRequested(m_action->id);
    });
    setAction(std::nullopt);
}

ActionEditor::~ActionEditor() = default;

void ActionEditor::setChoices(const ActionChoices& choices)
{
    const LoadGuard guard(this);
    m_choices = choices;
    m_indicators->setEdition(choices.edition);
    m_funding->setChoices(choices.partners, choices.edition);
    formsync::setOptions(m_ui->groupCombo, choices.groups);
    formsync::Options axes;
    for (const auto& axis : choices.axes)
        axes.append({QStringLiteral("%1. %2").arg(axis.number).arg(axis.title), axis.id});
    formsync::setOptions(m_ui->axisCombo, axes, tr("Same as the working group"));
    formsync::Options publics;
    for (const auto& p : choices.publics)
        publics.append({p.name, p.id});
    formsync::setCheckOptions(m_ui->publicsList, publics);
    formsync::Options dispositifs;
    for (const auto& d : choices.dispositifs)
        dispositifs.append({d.name.isEmpty() ? d.acronym : QStringLiteral("%1 — %2").arg(d.acronym, d.name), d.id});
    formsync::setCheckOptions(m_ui->dispositifsList, dispositifs);
    load();
}

void ActionEditor::setAction(const std::optional<Action>& action)
{
    const bool other = !action || !m_action || action->uuid != m_action->uuid;
    m_action = action;
    setProvenanceRecord(m_action ? m_action->uuid : QUuid(), m_action ? m_action->title : QString());
    load();
    if (other)
        m_ui->sheetScroll->ensureVisible(0, 0);
}

void ActionEditor::editTitle()
{
    m_ui->tabs->setCurrentWidget(m_ui->sheetTab);
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
    m_ui->titleEdit->selectAll();
}

void ActionEditor::load()
{
    const LoadGuard guard(this);
    const Action a = m_action.value_or(Action{});
    m_ui->headerLabel->setText(a.title);
    // Its earlier life, when a renewal carried it over from an earlier edition.
    const auto earlier =
        document() && a.continuesId != NoId ? continuedAction(document()->database(), a.continuesId) : std::nullopt;
    m_ui->continuesLabel->setText(earlier ? continuedActionText(*earlier) : QString());
    m_ui->continuesLabel->setVisible(earlier.has_value());
    formsync::setText(m_ui->titleEdit, a.title);
    formsync::select(m_ui->groupCombo, QVariant::fromValue<qint64>(a.groupId));
    formsync::select(m_ui->axisCombo, QVariant::fromValue<qint64>(a.axisId));
    fillThemes(true);
    formsync::select(m_ui->themeCombo, QVariant::fromValue<qint64>(a.themeId));
    formsync::select(m_ui->statusCombo, static_cast<int>(a.status));
    loadDate(m_ui->startDateCheck, m_ui->startDateEdit, a.startDate);
    loadDate(m_ui->endDateCheck, m_ui->endDateEdit, a.endDate);
    m_ui->experimentationCheck->setChecked(a.experimentation);
    formsync::setText(m_ui->objectivesEdit, a.objectives);
    formsync::setChecked(m_ui->publicsList, a.publicIds);
    formsync::setText(m_ui->modalitiesEdit, a.modalities);
    formsync::setText(m_ui->deliverablesEdit, a.deliverables);
    formsync::setChecked(m_ui->dispositifsList, a.dispositifIds);
    formsync::setText(m_ui->notesEdit, a.notes);
    const bool editable = m_action.has_value() && document() && !document()->isReadOnly();
    m_indicators->setIndicators(a.indicators, editable);
    m_funding->setFundings(a.fundings, editable);
    loadTemplates(a);
    updateIndicatorsTab();
    showValidation({}, m_action ? sheetWarnings(a) : QStringList());
    setFormEnabled(editable);
}

void ActionEditor::loadTemplates(const Action& action)
{
    // The action's theme, or its group's when it follows the group.
    const Id themeId = action.themeId != NoId ? action.themeId : m_choices.groupThemes.value(action.groupId);
    QList<IndicatorTemplate> all;
    QList<IndicatorTemplate> proposed;
    for (const auto& axis : std::as_const(m_choices.axes)) {
        for (const auto& theme : axis.themes) {
            all.append(theme.templates);
            if (theme.id == themeId && themeId != NoId)
                proposed.append(theme.templates);
        }
    }
    m_indicators->setTemplates(all, proposed);
}

void ActionEditor::fillThemes(bool keepStored)
{
    // An action that follows its group's axis is offered that axis's themes.
    Id axisId = formsync::selectedId(m_ui->axisCombo);
    const bool followsGroup = axisId == NoId;
    if (followsGroup)
        axisId = m_choices.groupAxes.value(formsync::selectedId(m_ui->groupCombo));
    formsync::Options themes;
    for (const auto& axis : std::as_const(m_choices.axes)) {
        if (axis.id != axisId)
            continue;
        for (const auto& theme : axis.themes)
            themes.append({theme.name, theme.id});
    }
    // A theme stored against another axis stays visible rather than silently dropped.
    const Id stored = m_action && keepStored ? m_action->themeId : NoId;
    const bool known = stored == NoId || std::any_of(themes.cbegin(), themes.cend(),
                                                     [stored](const auto& option) { return option.second == stored; });
    if (!known) {
        for (const auto& axis : std::as_const(m_choices.axes)) {
            for (const auto& theme : axis.themes) {
                if (theme.id == stored)
                    themes.append({theme.name, theme.id});
            }
        }
    }
    formsync::setOptions(m_ui->themeCombo, themes, followsGroup ? tr("Same as the working group") : tr("None"));
}

Action ActionEditor::collect() const
{
    Action after = *m_action;
    after.title = m_ui->titleEdit->text().trimmed();
    after.groupId = formsync::selectedId(m_ui->groupCombo);
    after.axisId = formsync::selectedId(m_ui->axisCombo);
    after.themeId = formsync::selectedId(m_ui->themeCombo);
    after.status = static_cast<ActionStatus>(m_ui->statusCombo->currentData().toInt());
    after.startDate = m_ui->startDateCheck->isChecked() ? m_ui->startDateEdit->date() : QDate();
    after.endDate = m_ui->endDateCheck->isChecked() ? m_ui->endDateEdit->date() : QDate();
    after.experimentation = m_ui->experimentationCheck->isChecked();
    after.objectives = m_ui->objectivesEdit->toPlainText();
    after.publicIds = formsync::checkedIds(m_ui->publicsList, m_action->publicIds);
    after.modalities = m_ui->modalitiesEdit->toPlainText();
    after.deliverables = m_ui->deliverablesEdit->toPlainText();
    after.dispositifIds = formsync::checkedIds(m_ui->dispositifsList, m_action->dispositifIds);
    after.notes = m_ui->notesEdit->toPlainText();
    return after;
}

void ActionEditor::commit()
{
    if (!m_action)
        return;
    const Action after = collect();
    if (after != *m_action)
        store(after);
}

bool ActionEditor::store(const Action& after, const QString& undoText)
{
    if (!showValidation(validate(after), sheetWarnings(after)))
        return false;
    if (!update(*m_action, after, undoText))
        return false;
    // Read it back: new indicators and measurements got their ids, which the next change must keep.
    setAction(ActionRepository(document()->database()).findByUuid(after.uuid));
    return true;
}

QStringList ActionEditor::sheetWarnings(const Action& action) const
{
    const QStringList missing = action.missingSheetFields();
    if (missing.isEmpty())
        return {};
    return {tr("The sheet is incomplete: %1 missing.").arg(missing.join(QStringLiteral(", ")))};
}

void ActionEditor::updateIndicatorsTab()
{
    const int count = m_action ? static_cast<int>(m_action->indicators.size()) : 0;
    const int tab = m_ui->tabs->indexOf(m_ui->indicatorsTab);
    m_ui->tabs->setTabText(tab, count > 0 ? tr("&Indicators (%1)").arg(count) : tr("&Indicators"));
}

void ActionEditor::updateChildProvenance()
{
    m_indicatorProvenance->setDocument(document());
    m_measurementProvenance->setDocument(document());
    const Indicator* indicator = m_action ? m_indicators->selectedIndicator() : nullptr;
    const Measurement* measurement = indicator ? m_indicators->selectedMeasurement() : nullptr;
    // Indicators and measurements are logged in their action's history, as their other fields are.
    if (indicator && !indicator->uuid.isNull()) {
        const QString field = QStringLiteral("indicators[%1].").arg(indicator->name);
        m_indicatorProvenance->setTarget({entityCode(Entity::Indicator), indicator->uuid, Entity::Action,
                                          m_action->uuid, field + QStringLiteral("provenance"),
                                          tr("indicator \"%1\" of \"%2\"").arg(indicator->name, m_action->title),
                                          m_action->title});
        if (measurement && !measurement->uuid.isNull())
            m_measurementProvenance->setTarget(
                {entityCode(Entity::Measurement), measurement->uuid, Entity::Action, m_action->uuid,
                 field + QStringLiteral("measurements[%1].provenance").arg(measurement->date.toString(Qt::ISODate)),
                 tr("measurement of \"%1\" on %2").arg(indicator->name, formatDate(measurement->date)),
                 m_action->title});
        else
            m_measurementProvenance->setTarget({});
    } else {
        m_indicatorProvenance->setTarget({});
        m_measurementProvenance->setTarget({});
    }
}

} // namespace pacte
