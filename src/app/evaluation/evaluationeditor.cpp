#include "evaluationeditor.h"

#include "app/common/bannertone.h"
#include "app/partners/optionaldate.h"
#include "domain/clock.h"
#include "domain/format.h"
#include "editing/edits.h"
#include "storage/evaluationstore.h"
#include "storage/storageerror.h"
#include "ui_evaluationeditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pacte {

namespace {

void setTextIfDifferent(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

EvaluationEditor::EvaluationEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::EvaluationEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("evaluationEditor"));
    // The day the figures describe ("au 31 juillet 2021"): checking the box proposes the last day of
    // the year, or today while the year is running.
    setUpOptionalDate(m_ui->asOfCheck, m_ui->asOfEdit, [this] { requestDateCommit(); });
    connect(m_ui->asOfCheck, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked && m_year && m_ui->asOfEdit->date().year() != m_year->year)
            m_ui->asOfEdit->setDate(evaluationDay(m_year->year));
    });
    setUpEditor(m_ui->form, m_ui->validationLabel);
    // Text areas of a few lines: the tab scrolls, so that every axis stays within reach.
    for (QPlainTextEdit* edit : {m_ui->governanceAssessmentEdit, m_ui->assessmentEdit})
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 6 + 12);
    connect(m_ui->freezeButton, &QPushButton::clicked, this, &EvaluationEditor::freeze);
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_year && m_year->record)
            showHistory(m_year->record->uuid, title());
    });
    installProvenance(m_ui->historyButton, Entity::Evaluation);
}

EvaluationEditor::~EvaluationEditor() = default;

QString EvaluationEditor::title() const
{
    if (!m_year)
        return {};
    return m_year->kind == EvaluationKind::Final
               ? tr("Final evaluation of %1 (%2)").arg(m_year->edition.title).arg(m_year->year)
               : tr("Evaluation of %1 — %2").arg(m_year->year).arg(m_year->edition.title);
}

void EvaluationEditor::setYear(const std::optional<EvaluationYear>& year)
{
    const LoadGuard guard(this);
    m_year = year;
    m_ui->headerLabel->setText(title());
    showFiguresState();
    if (m_year) {
        m_ui->countsView->showFigures(m_year->snapshot, countEvaluation(m_year->snapshot));
        m_ui->comparisonView->showComparison(
            m_year->previous ? std::optional(compareSnapshots(*m_year->previous, m_year->snapshot)) : std::nullopt,
            m_year->year - 1, m_year->previousFrozen);
    } else {
        m_ui->countsView->clear();
        m_ui->comparisonView->showComparison(std::nullopt, 0, false);
    }
    showAssessments();
    showValidation({});
    setFormEnabled(m_year.has_value() && document() && document()->mayChange(Entity::Evaluation));
    // Frozen figures describe the day they were frozen for: that day no longer changes.
    if (m_year && (m_year->frozen || !m_year->damage.isEmpty())) {
        m_ui->asOfCheck->setEnabled(false);
        m_ui->asOfEdit->setEnabled(false);
        m_ui->asOfCheck->setToolTip(tr("The figures are frozen as of %1.").arg(formatDate(m_year->snapshot.asOf)));
    } else {
        m_ui->asOfCheck->setToolTip(tr("The pact may review a year as of another day (\"au 31 juillet 2021\"): the "
                                       "figures then describe that day."));
    }
    updateButtons();
}

void EvaluationEditor::showFiguresState()
{
    QLabel* label = m_ui->figuresStateLabel;
    label->setVisible(m_year.has_value());
    if (!m_year)
        return;
    const EvaluationSnapshot& s = m_year->snapshot;
    if (!m_year->damage.isEmpty()) {
        label->setStyleSheet(bannerStyleSheet(BannerTone::Error, palette()));
        label->setText(tr("<b>%1</b> Live figures as of %2 are shown instead.")
                           .arg(m_year->damage.toHtmlEscaped(), formatDate(s.asOf)));
    } else if (m_year->frozen) {
        const QString day = formatDate(s.frozenAt.toLocalTime().date());
        const QString who = s.frozenBy.isEmpty()
                                ? tr("Figures frozen on %1").arg(day)
                                : tr("Figures frozen on %1 by %2").arg(day, s.frozenBy.toHtmlEscaped());
        label->setStyleSheet(bannerStyleSheet(BannerTone::Information, palette()));
        label->setText(tr("<b>%1</b>: later edits do not change them (state as of %2).").arg(who, formatDate(s.asOf)));
    } else {
        label->setStyleSheet(bannerStyleSheet(BannerTone::Neutral, palette()));
        label->setText(tr("<b>Live figures as of %1 (not frozen)</b>: they follow the edits until you freeze them.")
                           .arg(formatDate(s.asOf)));
    }
}

void EvaluationEditor::showAssessments()
{
    AxisAssessmentFields* fields = m_ui->axisAssessments;
    if (fields->setAxes(m_year ? m_year->axes : QList<Axis>{})) {
        // New text areas: commit when left, and take them in order after the tabs.
        setTabOrder(m_ui->tabs, m_ui->asOfCheck);
        setTabOrder(m_ui->asOfCheck, m_ui->asOfEdit);
        QWidget* previous = m_ui->asOfEdit;
        for (QPlainTextEdit* edit : fields->edits()) {
            edit->installEventFilter(this);
            setTabOrder(previous, edit);
            previous = edit;
        }
        setTabOrder(previous, m_ui->governanceAssessmentEdit);
        setTabOrder(m_ui->governanceAssessmentEdit, m_ui->assessmentEdit);
        setTabOrder(m_ui->assessmentEdit, m_ui->freezeButton);
        setTabOrder(m_ui->freezeButton, m_ui->historyButton);
    }
    const Evaluation record = m_year && m_year->record ? *m_year->record : Evaluation{};
    fields->setTexts(record.axisAssessments);
    setOptionalDate(m_ui->asOfCheck, m_ui->asOfEdit, record.asOf);
    setTextIfDifferent(m_ui->governanceAssessmentEdit, record.governanceAssessment);
    setTextIfDifferent(m_ui->assessmentEdit, record.assessment);
}

void EvaluationEditor::updateButtons()
{
    const bool writable = document() && document()->mayChange(Entity::Evaluation);
    QPushButton* freeze = m_ui->freezeButton;
    const int year = m_year ? m_year->year : 0;
    freeze->setText(m_year && m_year->kind == EvaluationKind::Final ? tr("F&reeze the final figures of %1…").arg(year)
                                                                    : tr("F&reeze the figures of %1…").arg(year));
    freeze->setVisible(m_year.has_value());
    freeze->setEnabled(m_year && writable && !m_year->frozen && m_year->damage.isEmpty());
    if (!m_year)
        freeze->setToolTip({});
    else if (m_year->frozen)
        freeze->setToolTip(tr("The figures of %1 are frozen.").arg(year));
    else if (!writable)
        freeze->setToolTip(tr("The file is open read-only."));
    else
        freeze->setToolTip(tr("Store the figures of %1 as they are now, for good.").arg(year));
    m_ui->historyButton->setEnabled(m_year && m_year->record.has_value());
    setProvenanceRecord(m_year && m_year->record ? m_year->record->uuid : QUuid(), title());
}

void EvaluationEditor::commit()
{
    if (!m_year)
        return;
    const bool exists = m_year->record.has_value();
    Evaluation before;
    if (exists) {
        before = *m_year->record;
    } else {
        before.editionId = m_year->edition.id;
        before.year = m_year->year;
        before.kind = m_year->kind;
        before.date = Clock::currentDate();
    }
    Evaluation after = before;
    after.assessment = m_ui->assessmentEdit->toPlainText();
    after.governanceAssessment = m_ui->governanceAssessmentEdit->toPlainText();
    after.axisAssessments = m_ui->axisAssessments->texts(before.axisAssessments);
    if (!m_year->frozen && m_year->damage.isEmpty())
        after.asOf = optionalDate(m_ui->asOfCheck, m_ui->asOfEdit);
    if (after == before || !showValidation(validate(after)))
        return;
    if (exists) {
        const QString text = after.asOf != before.asOf ? tr("Edit the day the figures of %1 describe").arg(after.year)
                                                       : tr("Edit the assessment of %1").arg(after.year);
        if (update(before, after, text) && m_year && m_year->year == after.year && m_year->kind == after.kind)
            m_year->record = after;
        return;
    }
    // The year's first text creates its evaluation record (undo removes it again).
    const ItemResult<Evaluation> added = edit::add(*m_document, after);
    if (reportExecution(added) && m_year && m_year->year == after.year && m_year->kind == after.kind)
        m_year->record = added.item;
}

void EvaluationEditor::requestDateCommit()
{
    if (!isLoading() && m_document && m_document->mayChange(Entity::Evaluation))
        commit();
}

void EvaluationEditor::freeze()
{
    if (!m_year || !m_document || !m_document->mayChange(Entity::Evaluation) || m_year->frozen)
        return;
    commit(); // a text still being typed belongs to the evaluation too
    const Id editionId = m_year->edition.id;
    const int year = m_year->year;
    const EvaluationKind kind = m_year->kind;
    QMessageBox box(QMessageBox::Question, tr("Freeze the figures of %1").arg(year),
                    tr("Freeze the figures of %1 for %2?").arg(year).arg(m_year->edition.title),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("freezeConfirmation"));
    box.setInformativeText(
        tr("Every action's status, every indicator's latest value and every meeting held, as of %1, will be "
           "stored with this evaluation. Later edits will no longer change these figures, and freezing cannot be "
           "undone. The written assessments remain editable.")
            .arg(formatDate(m_year->snapshot.asOf)));
    box.button(QMessageBox::Yes)->setText(tr("&Freeze"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const auto frozen = edit::freezeYear(*m_document, editionId, year, kind); !frozen)
        QMessageBox::warning(this, tr("Freezing refused"), frozen.message);
}

} // namespace pacte
