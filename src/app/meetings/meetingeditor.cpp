#include "meetingeditor.h"

#include "domain/format.h"
#include "editing/edits.h"
#include "storage/repository.h"
#include "ui_meetingeditor.h"

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
    setUpEditor(m_ui->form, m_ui->validationLabel);
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_meeting)
            showHistory(m_meeting->uuid, headerText(*m_meeting));
    });
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
    const bool locked = m_meeting && isLocked(m);
    m_ui->scopeLabel->setVisible(locked);
    setFormEnabled(m_meeting.has_value() && !locked && document() && !document()->isReadOnly());
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
