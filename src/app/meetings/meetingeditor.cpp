#include "meetingeditor.h"

#include "domain/format.h"
#include "editing/edits.h"
#include "storage/repository.h"
#include "ui_meetingeditor.h"

#include <algorithm>

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace pacte {

MeetingEditor::MeetingEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::MeetingEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("meetingEditor"));
    // Opening a meeting (Enter in the list) focuses whatever follows the editor in the focus chain:
    // the header or the scroll area. Both lead to the first field.
    m_ui->headerLabel->setFocusProxy(m_ui->kindCombo);
    m_ui->scroll->setFocusPolicy(Qt::NoFocus);
    m_ui->scroll->setFocusProxy(m_ui->kindCombo);
    fillKinds(MeetingKind::WorkingGroup);
    for (const auto status : enumValues<MeetingStatus>())
        m_ui->statusCombo->addItem(enumLabel(status), static_cast<int>(status));
    // A comité local pour l'emploi covers one or several territories of the PTI, under the territory.
    m_coveredList = new QListWidget(m_ui->form);
    m_coveredList->setObjectName(QStringLiteral("coveredTerritoriesEdit"));
    m_coveredList->setAccessibleName(tr("Territories covered by the local employment committee"));
    m_coveredLabel = new QLabel(tr("Territories co&vered"), m_ui->form);
    m_coveredLabel->setObjectName(QStringLiteral("coveredTerritoriesLabel"));
    m_coveredLabel->setBuddy(m_coveredList);
    m_ui->formLayout->insertRow(5, m_coveredLabel, m_coveredList);
    // What the PTI presented there, after the decisions.
    m_presentedEdit = new QPlainTextEdit(m_ui->form);
    m_presentedEdit->setObjectName(QStringLiteral("ptiPresentedEdit"));
    m_presentedEdit->setAccessibleName(tr("What the PTI presented"));
    m_presentedEdit->setTabChangesFocus(true);
    m_presentedEdit->setMaximumHeight(m_presentedEdit->fontMetrics().lineSpacing() * 5);
    auto* presentedLabel = new QLabel(tr("Presented &by the PTI"), m_ui->form);
    presentedLabel->setObjectName(QStringLiteral("ptiPresentedLabel"));
    presentedLabel->setBuddy(m_presentedEdit);
    m_ui->formLayout->addRow(presentedLabel, m_presentedEdit);
    setTabOrder(m_ui->territoryCombo, m_coveredList);
    setTabOrder(m_ui->decisionsEdit, m_presentedEdit);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &MeetingEditor::updateKindFields);
    setUpEditor(m_ui->form, m_ui->validationLabel);
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_meeting)
            showHistory(m_meeting->uuid, headerText(*m_meeting));
    });
    installProvenance(m_ui->historyButton, Entity::Meeting);
    setMeeting(std::nullopt);
}

MeetingEditor::~MeetingEditor() = default;

void MeetingEditor::setChoices(const MeetingChoices& choices)
{
    {
        const LoadGuard guard(this);
        formsync::setOptions(m_ui->territoryCombo, choices.territories, tr("None"));
        formsync::setOptions(m_ui->groupCombo, choices.groups, tr("None"));
        formsync::setCheckOptions(m_ui->partnersList, choices.partners);
        formsync::setCheckOptions(m_ui->personsList, choices.persons);
        formsync::setCheckOptions(m_coveredList, choices.territories);
        // Every territory in sight (a département has a handful), up to eight.
        if (m_coveredList->count() > 0)
            m_coveredList->setFixedHeight(std::min<int>(m_coveredList->count(), 8) * m_coveredList->sizeHintForRow(0) +
                                          2 * m_coveredList->frameWidth());
    }
    load();
}

void MeetingEditor::setGroupScope(bool scoped)
{
    m_groupScope = scoped;
    load();
}

// Every kind, or in sheet mode the group's own kinds plus the one of the meeting shown.
void MeetingEditor::fillKinds(MeetingKind shown)
{
    QList<MeetingKind> kinds;
    for (const auto kind : enumValues<MeetingKind>()) {
        if (!m_groupScope || isGroupMeeting(kind) || kind == shown)
            kinds.append(kind);
    }
    bool same = m_ui->kindCombo->count() == kinds.size();
    for (int i = 0; same && i < kinds.size(); ++i)
        same = m_ui->kindCombo->itemData(i).toInt() == static_cast<int>(kinds.at(i));
    if (same)
        return;
    const QSignalBlocker blocker(m_ui->kindCombo);
    m_ui->kindCombo->clear();
    for (const auto kind : kinds)
        m_ui->kindCombo->addItem(enumLabel(kind), static_cast<int>(kind));
}

bool MeetingEditor::isLocked(const Meeting& meeting) const
{
    return m_groupScope && !isGroupMeeting(meeting.kind);
}

void MeetingEditor::setMeeting(const std::optional<Meeting>& meeting)
{
    const bool other = !meeting || !m_meeting || meeting->uuid != m_meeting->uuid;
    m_meeting = meeting;
    setProvenanceRecord(m_meeting ? m_meeting->uuid : QUuid(), m_meeting ? headerText(*m_meeting) : QString());
    load();
    if (other) {
        showValidation({});
        m_ui->scroll->ensureVisible(0, 0);
    }
}

void MeetingEditor::load()
{
    const LoadGuard guard(this);
    const Meeting m = m_meeting.value_or(Meeting{});
    m_ui->headerLabel->setText(m_meeting ? headerText(m) : QString());
    fillKinds(m.kind);
    formsync::select(m_ui->kindCombo, static_cast<int>(m.kind));
    formsync::select(m_ui->statusCombo, static_cast<int>(m.status));
    if (m.date.isValid() && m_ui->dateEdit->date() != m.date)
        m_ui->dateEdit->setDate(m.date);
    formsync::setText(m_ui->titleEdit, m.title);
    formsync::select(m_ui->territoryCombo, QVariant::fromValue<qint64>(m.territoryId));
    formsync::select(m_ui->groupCombo, QVariant::fromValue<qint64>(m.groupId));
    formsync::setChecked(m_ui->partnersList, m.partnerIds);
    formsync::setChecked(m_ui->personsList, m.personIds);
    if (m_ui->headCountSpin->value() != m.headCount)
        m_ui->headCountSpin->setValue(m.headCount);
    formsync::setText(m_ui->agendaEdit, m.agenda);
    formsync::setText(m_ui->decisionsEdit, m.decisions);
    formsync::setChecked(m_coveredList, m.coveredTerritoryIds);
    formsync::setText(m_presentedEdit, m.ptiPresented);
    updateKindFields();
    const bool locked = m_meeting && isLocked(m);
    m_ui->scopeLabel->setVisible(locked);
    setFormEnabled(m_meeting.has_value() && !locked && document() && !document()->isReadOnly());
}

void MeetingEditor::updateKindFields()
{
    const bool local =
        m_ui->kindCombo->currentData().toInt() == static_cast<int>(MeetingKind::EmploymentCommitteeLocal);
    m_coveredLabel->setVisible(local);
    m_coveredList->setVisible(local);
    m_ui->territoryLabel->setVisible(!local);
    m_ui->territoryCombo->setVisible(!local);
}

QString MeetingEditor::headerText(const Meeting& meeting) const
{
    const QString what = meeting.title.isEmpty() ? enumLabel(meeting.kind) : meeting.title;
    return tr("%1, %2").arg(what, formatDate(meeting.date));
}

Meeting MeetingEditor::collect() const
{
    Meeting after = *m_meeting;
    after.kind = static_cast<MeetingKind>(m_ui->kindCombo->currentData().toInt());
    after.status = static_cast<MeetingStatus>(m_ui->statusCombo->currentData().toInt());
    after.date = m_ui->dateEdit->date();
    after.title = m_ui->titleEdit->text().trimmed();
    after.territoryId = formsync::selectedId(m_ui->territoryCombo);
    after.groupId = formsync::selectedId(m_ui->groupCombo);
    after.partnerIds = formsync::checkedIds(m_ui->partnersList, m_meeting->partnerIds);
    after.personIds = formsync::checkedIds(m_ui->personsList, m_meeting->personIds);
    after.headCount = m_ui->headCountSpin->value();
    after.agenda = m_ui->agendaEdit->toPlainText();
    after.decisions = m_ui->decisionsEdit->toPlainText();
    after.ptiPresented = m_presentedEdit->toPlainText();
    // Only a comité local pour l'emploi covers territories; it is held in none of them alone.
    if (after.kind == MeetingKind::EmploymentCommitteeLocal) {
        after.coveredTerritoryIds = formsync::checkedIds(m_coveredList, m_meeting->coveredTerritoryIds);
        after.territoryId = NoId;
    } else {
        after.coveredTerritoryIds.clear();
    }
    return after;
}

void MeetingEditor::commit()
{
    if (!m_meeting)
        return;
    const Meeting after = collect();
    if (after == *m_meeting) {
        showValidation({});
        return;
    }
    // Refused values stay in the form, with the reason, until the user fixes them.
    if (!showValidation(validate(after)))
        return;
    if (update(*m_meeting, after))
        setMeeting(MeetingRepository(document()->database()).findByUuid(after.uuid));
}

} // namespace pacte
