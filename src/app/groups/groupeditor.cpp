#include "groupeditor.h"

#include "choicewidgets.h"
#include "editing/edits.h"
#include "groupevaluationpanel.h"
#include "grouprows.h"
#include "ui_groupeditor.h"

namespace pacte {

namespace {

Choices partnerChoices(const QList<Partner>& partners)
{
    Choices choices;
    for (const auto& partner : partners) {
        const QString label =
            partner.acronym.isEmpty() ? partner.name : QStringLiteral("%1 — %2").arg(partner.acronym, partner.name);
        choices.append({label, partner.id});
    }
    std::sort(choices.begin(), choices.end(),
              [](const Choice& a, const Choice& b) { return QString::localeAwareCompare(a.label, b.label) < 0; });
    return choices;
}

QList<const Person*> personsByName(const QList<Person>& persons)
{
    QList<const Person*> sorted;
    for (const auto& person : persons)
        sorted.append(&person);
    std::sort(sorted.begin(), sorted.end(), [](const Person* a, const Person* b) {
        return QString::localeAwareCompare(a->lastName + a->firstName, b->lastName + b->firstName) < 0;
    });
    return sorted;
}

} // namespace

GroupEditor::GroupEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::GroupEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("groupEditor"));
    for (const GroupStatus status : enumValues<GroupStatus>())
        m_ui->statusCombo->addItem(enumLabel(status), static_cast<int>(status));
    // These combos refill another one before committing: they commit themselves.
    for (auto* combo : {m_ui->axisCombo, m_ui->pilotCombo, m_ui->coPilotCombo})
        combo->setProperty("noAutoCommit", true);
    setUpEditor(m_ui->form, m_ui->validationLabel);
    // Added after setUpEditor: the yearly evaluation is a record of its own, which the panel saves.
    m_evaluation = new GroupEvaluationPanel(m_ui->form);
    m_ui->formLayout->insertWidget(m_ui->formLayout->count() - 1, m_evaluation);
    // Tab reads the form top to bottom: the notes, the yearly evaluation, then the buttons below.
    QWidget* previous = m_ui->notesEdit;
    for (QWidget* field : m_evaluation->fields() + QList<QWidget*>{m_ui->printButton, m_ui->historyButton}) {
        setTabOrder(previous, field);
        previous = field;
    }
    // ListSection focuses the editor's first widget (Enter in the list, a new group): that is the name.
    m_ui->headerLabel->setFocusProxy(m_ui->nameEdit);
    const auto commitIfEditable = [this] {
        if (!isLoading() && m_document && !m_document->isReadOnly())
            commit();
    };
    connect(m_ui->axisCombo, &QComboBox::activated, this, [this, commitIfEditable] {
        fillThemes(selectedId(m_ui->axisCombo));
        commitIfEditable();
    });
    connect(m_ui->pilotCombo, &QComboBox::activated, this, [this, commitIfEditable] {
        fillPersons(m_ui->pilotPersonCombo, selectedId(m_ui->pilotCombo));
        commitIfEditable();
    });
    connect(m_ui->coPilotCombo, &QComboBox::activated, this, [this, commitIfEditable] {
        fillPersons(m_ui->coPilotPersonCombo, selectedId(m_ui->coPilotCombo));
        commitIfEditable();
    });
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_group)
            showHistory(m_group->uuid, m_group->name);
    });
    installProvenance(m_ui->historyButton, Entity::WorkingGroup);
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        if (m_group)
            emit printRequested(m_group->id);
    });
}

GroupEditor::~GroupEditor() = default;

void GroupEditor::setContext(const EditionData& data)
{
    const LoadGuard guard(this);
    m_context = data;
    Choices axes;
    for (const auto& axis : data.axes)
        axes.append({QStringLiteral("%1 · %2").arg(axis.number).arg(axis.title), axis.id});
    setComboChoices(m_ui->axisCombo, tr("None"), axes);
    Choices territories;
    for (const auto& territory : data.territories)
        territories.append({territory.name, territory.id});
    setListChoices(m_ui->territoriesList, territories);
    const Choices partners = partnerChoices(data.partners);
    setComboChoices(m_ui->pilotCombo, tr("None"), partners);
    setComboChoices(m_ui->coPilotCombo, tr("None"), partners);
    setListChoices(m_ui->membersList, partners);
    Choices persons;
    for (const Person* person : personsByName(data.persons)) {
        const Partner* partner = data.partner(person->partnerId);
        persons.append({partner ? QStringLiteral("%1 (%2)").arg(person->displayName(), partner->displayName())
                                : person->displayName(),
                        person->id});
    }
    setListChoices(m_ui->memberPersonsList, persons);
    fitListHeight(m_ui->territoriesList, 6);
    fitListHeight(m_ui->membersList, 6);
    fitListHeight(m_ui->memberPersonsList, 5);
}

void GroupEditor::fillThemes(Id axisId)
{
    Choices themes;
    if (const Axis* axis = m_context.axis(axisId)) {
        for (const auto& theme : axis->themes)
            themes.append({themeLabel(*axis, theme), theme.id});
    }
    setComboChoices(m_ui->themeCombo, tr("None"), themes);
}

void GroupEditor::fillPersons(QComboBox* combo, Id partnerId)
{
    // The chosen structure's persons first: the contact is almost always one of them.
    Choices own;
    Choices others;
    for (const Person* person : personsByName(m_context.persons)) {
        if (partnerId != NoId && person->partnerId == partnerId) {
            own.append({person->displayName(), person->id});
            continue;
        }
        const Partner* partner = m_context.partner(person->partnerId);
        others.append({partner ? QStringLiteral("%1 (%2)").arg(person->displayName(), partner->displayName())
                               : person->displayName(),
                       person->id});
    }
    if (!own.isEmpty() && !others.isEmpty())
        others.first().separatorBefore = true;
    setComboChoices(combo, tr("None"), own + others);
}

void GroupEditor::setGroup(const std::optional<WorkingGroup>& group)
{
    const LoadGuard guard(this);
    m_group = group;
    setProvenanceRecord(m_group ? m_group->uuid : QUuid(), m_group ? m_group->name : QString());
    const WorkingGroup g = group.value_or(WorkingGroup{});
    m_ui->headerLabel->setText(group ? m_context.groupLabel(g) : QString());
    if (m_ui->nameEdit->text() != g.name) {
        m_ui->nameEdit->setText(g.name);
        m_ui->nameEdit->setCursorPosition(0);
    }
    selectId(m_ui->axisCombo, g.axisId);
    fillThemes(g.axisId);
    selectId(m_ui->themeCombo, g.themeId);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(g.status)));
    setCheckedIds(m_ui->territoriesList, g.territoryIds);
    selectId(m_ui->pilotCombo, g.pilotPartnerId);
    fillPersons(m_ui->pilotPersonCombo, g.pilotPartnerId);
    selectId(m_ui->pilotPersonCombo, g.pilotPersonId);
    selectId(m_ui->coPilotCombo, g.coPilotPartnerId);
    fillPersons(m_ui->coPilotPersonCombo, g.coPilotPartnerId);
    selectId(m_ui->coPilotPersonCombo, g.coPilotPersonId);
    setCheckedIds(m_ui->membersList, g.memberPartnerIds);
    setCheckedIds(m_ui->memberPersonsList, g.memberPersonIds);
    if (m_ui->notesEdit->toPlainText() != g.notes)
        m_ui->notesEdit->setPlainText(g.notes);
    showActionCount();
    showValidation({}, group ? pilotWarnings(g) : QStringList());
    setFormEnabled(group.has_value() && document() && !document()->isReadOnly());
    m_ui->historyButton->setEnabled(group.has_value());
    m_ui->printButton->setEnabled(group.has_value());
    m_evaluation->showGroup(document(), m_context, group);
}

void GroupEditor::showActionCount()
{
    if (!m_group) {
        m_ui->actionsLabel->clear();
        return;
    }
    QList<const Action*> actions;
    for (const auto& action : std::as_const(m_context.actions)) {
        if (action.groupId == m_group->id)
            actions.append(&action);
    }
    const QString mix = actionStatusMix(actions);
    const QString count = tr("%n action(s)", nullptr, static_cast<int>(actions.size()));
    m_ui->actionsLabel->setText(mix.isEmpty() ? count : QStringLiteral("%1 (%2)").arg(count, mix));
}

QStringList GroupEditor::pilotWarnings(const WorkingGroup& group) const
{
    const QString finding = groupPilotFinding(group, m_context);
    return finding.isEmpty() ? QStringList() : finding.split(QLatin1Char('\n'));
}

void GroupEditor::commit()
{
    if (!m_group)
        return;
    WorkingGroup after = *m_group;
    after.name = m_ui->nameEdit->text().trimmed();
    after.axisId = selectedId(m_ui->axisCombo);
    after.themeId = selectedId(m_ui->themeCombo);
    after.status = static_cast<GroupStatus>(m_ui->statusCombo->currentData().toInt());
    after.territoryIds = keepOrder(m_group->territoryIds, checkedIds(m_ui->territoriesList));
    after.pilotPartnerId = selectedId(m_ui->pilotCombo);
    after.pilotPersonId = selectedId(m_ui->pilotPersonCombo);
    after.coPilotPartnerId = selectedId(m_ui->coPilotCombo);
    after.coPilotPersonId = selectedId(m_ui->coPilotPersonCombo);
    after.memberPartnerIds = keepOrder(m_group->memberPartnerIds, checkedIds(m_ui->membersList));
    after.memberPersonIds = keepOrder(m_group->memberPersonIds, checkedIds(m_ui->memberPersonsList));
    after.notes = m_ui->notesEdit->toPlainText();
    // Rule 1 reports, it does not refuse: the change is saved with its warning. An unchanged group is
    // validated too: a territory checked again clears the message its removal raised.
    if (!showValidation(validate(after), pilotWarnings(after)) || after == *m_group)
        return;
    if (update(*m_group, after)) {
        m_group = after;
        showValidation({}, pilotWarnings(after));
    }
}

} // namespace pacte
