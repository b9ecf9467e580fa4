#include "groupevaluationpanel.h"

#include "domain/clock.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "storage/groupevaluationstore.h"
#include "storage/storageerror.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace pacte {

namespace {

QPlainTextEdit* textEdit(QWidget* parent, const char* name, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

QString yesNo(bool value)
{
    return value ? GroupEvaluationPanel::tr("yes") : GroupEvaluationPanel::tr("no");
}

} // namespace

GroupEvaluationPanel::GroupEvaluationPanel(QWidget* parent)
    : QGroupBox(tr("Yearly evaluation"), parent)
    , m_yearCombo(new QComboBox(this))
    , m_figuresLabel(new QLabel(this))
    , m_effectsEdit(textEdit(this, "evaluationEffectsEdit", tr("Effects observed on the publics or professionals")))
    , m_coherenceEdit(textEdit(this, "evaluationCoherenceEdit", tr("Coherence with existing schemes")))
    , m_qualityCombo(new QComboBox(this))
    , m_commentEdit(textEdit(this, "evaluationCommentEdit", tr("Comment on the partnership")))
    , m_difficultiesEdit(textEdit(this, "evaluationDifficultiesEdit", tr("Difficulties met")))
    , m_adjustmentsEdit(textEdit(this, "evaluationAdjustmentsEdit", tr("Adjustments proposed")))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("groupEvaluationBox"));
    m_yearCombo->setObjectName(QStringLiteral("evaluationYearCombo"));
    m_yearCombo->setAccessibleName(tr("Year evaluated"));
    m_figuresLabel->setObjectName(QStringLiteral("evaluationFiguresLabel"));
    m_figuresLabel->setWordWrap(true);
    m_figuresLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_qualityCombo->setObjectName(QStringLiteral("evaluationQualityCombo"));
    m_qualityCombo->setAccessibleName(tr("Quality of the partnership"));
    for (const PartnershipQuality quality : enumValues<PartnershipQuality>())
        m_qualityCombo->addItem(enumLabel(quality), static_cast<int>(quality));
    m_messageLabel->setObjectName(QStringLiteral("evaluationMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto* layout = new QFormLayout(this);
    layout->setObjectName(QStringLiteral("groupEvaluationLayout"));
    const auto addRow = [&](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        caption->setObjectName(field->objectName() + QStringLiteral("Label"));
        layout->addRow(caption, field);
    };
    addRow(tr("Year:"), m_yearCombo);
    addRow(tr("Computed from the records:"), m_figuresLabel);
    addRow(tr("Effects observed:"), m_effectsEdit);
    addRow(tr("Coherence with existing schemes:"), m_coherenceEdit);
    addRow(tr("Quality of the partnership:"), m_qualityCombo);
    addRow(tr("Partnership comment:"), m_commentEdit);
    addRow(tr("Difficulties met:"), m_difficultiesEdit);
    addRow(tr("Adjustments proposed:"), m_adjustmentsEdit);
    layout->addRow(m_messageLabel);

    for (auto* edit : {m_effectsEdit, m_coherenceEdit, m_commentEdit, m_difficultiesEdit, m_adjustmentsEdit})
        edit->installEventFilter(this);
    connect(m_qualityCombo, &QComboBox::activated, this, [this] { commit(); });
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading == 0)
            load();
    });
    setEnabled(false);
}

GroupEvaluationPanel::~GroupEvaluationPanel() = default;

void GroupEvaluationPanel::showGroup(Document* document, const EditionData& context,
                                     const std::optional<WorkingGroup>& group)
{
    if (document != m_document) {
        disconnect(m_changes);
        m_document = document;
        if (m_document)
            m_changes = connect(m_document, &Document::changed, this, [this](Entity entity) {
                if (entity == Entity::GroupEvaluation || entity == Entity::Evaluation || entity == Entity::Meeting)
                    load();
            });
    }
    m_context = context;
    m_group = group;
    ++m_loading;
    const int previous = year();
    m_yearCombo->clear();
    for (const int y : groupEvaluationYears(context))
        m_yearCombo->addItem(QString::number(y), y);
    int wanted = previous != 0 ? previous : Clock::currentDate().year();
    if (m_yearCombo->count() > 0)
        wanted = std::clamp(wanted, m_yearCombo->itemData(0).toInt(),
                            m_yearCombo->itemData(m_yearCombo->count() - 1).toInt());
    m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(wanted)));
    --m_loading;
    load();
}

QList<QWidget*> GroupEvaluationPanel::fields() const
{
    return {m_yearCombo,   m_effectsEdit,      m_coherenceEdit,  m_qualityCombo,
            m_commentEdit, m_difficultiesEdit, m_adjustmentsEdit};
}

int GroupEvaluationPanel::year() const
{
    return m_yearCombo->currentIndex() < 0 ? 0 : m_yearCombo->currentData().toInt();
}

void GroupEvaluationPanel::setYear(int year)
{
    if (const int index = m_yearCombo->findData(year); index >= 0)
        m_yearCombo->setCurrentIndex(index);
}

void GroupEvaluationPanel::load()
{
    ++m_loading;
    m_shown = GroupEvaluation{};
    m_frozen = false;
    if (m_group && m_document && year() != 0) {
        m_shown.groupId = m_group->id;
        m_shown.year = year();
        try {
            if (const auto stored = findGroupEvaluation(m_document->database(), m_group->id, year()))
                m_shown = *stored;
            m_frozen = isGroupEvaluationFrozen(m_document->database(), m_group->id, year());
        } catch (const StorageError& error) {
            m_messageLabel->setText(error.message());
        }
    }
    const auto setText = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setText(m_effectsEdit, m_shown.effects);
    setText(m_coherenceEdit, m_shown.coherence);
    m_qualityCombo->setCurrentIndex(m_qualityCombo->findData(static_cast<int>(m_shown.partnershipQuality)));
    setText(m_commentEdit, m_shown.partnershipComment);
    setText(m_difficultiesEdit, m_shown.difficulties);
    setText(m_adjustmentsEdit, m_shown.adjustments);
    const bool editable = m_group && m_document && !m_document->isReadOnly() && !m_frozen && year() != 0;
    for (QWidget* field : std::initializer_list<QWidget*>{m_effectsEdit, m_coherenceEdit, m_qualityCombo, m_commentEdit,
                                                          m_difficultiesEdit, m_adjustmentsEdit})
        field->setEnabled(editable);
    m_messageLabel->setVisible(m_frozen);
    if (m_frozen)
        m_messageLabel->setText(
            tr("The evaluation of %1 is frozen: the group's evaluation of that year can no longer change.")
                .arg(year()));
    setEnabled(m_group.has_value() && m_document);
    showFigures();
    --m_loading;
}

void GroupEvaluationPanel::showFigures()
{
    if (!m_group || year() == 0) {
        m_figuresLabel->clear();
        return;
    }
    const GroupEvaluationFigures f = computeGroupEvaluationFigures(m_context, m_group->id, year());
    QStringList lines;
    lines << tr("Pilot partner: %1; co-pilot partner: %2; from two different structures: %3")
                 .arg(yesNo(f.hasPilot), yesNo(f.hasCoPilot), yesNo(f.pilotsFromDifferentStructures));
    lines << tr("Meetings of the group held in %1 (concertations): %2").arg(year()).arg(f.meetingsHeld);
    lines << tr("Recorded present at them: %1 partner(s), %2 person(s); head counts stated: %3 (%4 meeting(s))")
                 .arg(f.attendingPartners)
                 .arg(f.attendingPersons)
                 .arg(f.headCountTotal)
                 .arg(f.meetingsWithHeadCount);
    QStringList partners;
    for (const Id id : f.involvedPartnerIds) {
        if (const Partner* partner = m_context.partner(id))
            partners << partner->displayName();
    }
    lines << tr("Partners involved (pilot, co-pilot, members): %1").arg(partners.size()) +
                 (partners.isEmpty() ? QString() : QStringLiteral(" — ") + partners.join(QStringLiteral(", ")));
    QStringList schemes;
    for (const auto& dispositif : m_context.dispositifs) {
        if (f.dispositifIds.contains(dispositif.id))
            schemes << (dispositif.acronym.isEmpty() ? dispositif.name : dispositif.acronym);
    }
    lines << tr("Existing schemes named by its actions: %1")
                 .arg(schemes.isEmpty() ? tr("none") : schemes.join(QStringLiteral(", ")));
    m_figuresLabel->setText(lines.join(QLatin1Char('\n')));
}

bool GroupEvaluationPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit*>(watched))
        commit();
    return QGroupBox::eventFilter(watched, event);
}

GroupEvaluation GroupEvaluationPanel::collected() const
{
    GroupEvaluation after = m_shown;
    after.effects = m_effectsEdit->toPlainText();
    after.coherence = m_coherenceEdit->toPlainText();
    after.partnershipQuality = static_cast<PartnershipQuality>(m_qualityCombo->currentData().toInt());
    after.partnershipComment = m_commentEdit->toPlainText();
    after.difficulties = m_difficultiesEdit->toPlainText();
    after.adjustments = m_adjustmentsEdit->toPlainText();
    return after;
}

void GroupEvaluationPanel::commit()
{
    if (m_loading > 0 || !m_group || !m_document || m_document->isReadOnly() || m_frozen || year() == 0)
        return;
    const GroupEvaluation after = collected();
    if (after == m_shown)
        return;
    const auto result = edit::saveGroupEvaluation(*m_document, after);
    if (!result.ok()) {
        m_messageLabel->setText(result.message);
        m_messageLabel->show();
        return;
    }
    m_messageLabel->hide();
    m_shown = result.item;
}

} // namespace pacte
