#include "recordeditor.h"

#include "conflictdialog.h"
#include "editorheaders.h"
#include "historydialog.h"
#include "provenancefield.h"
#include "readablecolour.h"
#include "wheelguard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

namespace pacte {

namespace {

// How long after the last key a date typed in a form is stored.
constexpr int DateCommitDelay = 700;

} // namespace

RecordEditor::RecordEditor(QWidget* parent)
    : QWidget(parent)
{}

void RecordEditor::styleValidation()
{
    m_validation->setStyleSheet(
        QStringLiteral("color: %1;").arg(readableText(QColor(0xa0, 0x00, 0x00), QPalette::Window).name()));
}

void RecordEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The desktop switched between a light and a dark theme while Pacte runs.
    if (event->type() == QEvent::PaletteChange && m_validation)
        styleValidation();
}

void RecordEditor::setUpEditor(QWidget* form, QLabel* validationLabel)
{
    m_form = form;
    m_validation = validationLabel;
    if (m_validation) {
        m_validation->setObjectName(QStringLiteral("validationMessages"));
        m_validation->setWordWrap(true);
        styleValidation();
        m_validation->hide();
    }
    keepFormInPlace();
    keepFormWhole();
    // Said above the messages when another person changes the record while the user types in it.
    if (m_validation && m_validation->parentWidget()) {
        m_changedNotice = new QLabel(tr("Changed by someone else while you were typing: when you store your "
                                        "change, you will choose between the two versions."),
                                     m_validation->parentWidget());
        m_changedNotice->setObjectName(QStringLiteral("changedMeanwhileNotice"));
        m_changedNotice->setWordWrap(true);
        m_changedNotice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_changedNotice->setStyleSheet(
            QStringLiteral("color: %1;").arg(readableText(QColor(0x8a, 0x5a, 0x00), QPalette::Window).name()));
        m_changedNotice->hide();
        if (auto* box = qobject_cast<QBoxLayout*>(m_validation->parentWidget()->layout());
            box && box->indexOf(m_validation) >= 0)
            box->insertWidget(box->indexOf(m_validation), m_changedNotice);
    }
    for (auto* edit : form->findChildren<QLineEdit*>()) {
        if (!qobject_cast<QAbstractSpinBox*>(edit->parent()) && !qobject_cast<QComboBox*>(edit->parent()))
            connect(edit, &QLineEdit::editingFinished, this, &RecordEditor::requestCommit);
    }
    for (auto* text : form->findChildren<QPlainTextEdit*>())
        text->installEventFilter(this);
    for (auto* spin : form->findChildren<QAbstractSpinBox*>())
        connect(spin, &QAbstractSpinBox::editingFinished, this, &RecordEditor::requestCommit);
    // Dates read and type with four-digit years. A date typed in full is stored after a short pause,
    // as the other fields are when left: typing one must not wait for the user to click elsewhere.
    m_dateCommit = new QTimer(this);
    m_dateCommit->setSingleShot(true);
    m_dateCommit->setInterval(DateCommitDelay);
    connect(m_dateCommit, &QTimer::timeout, this, &RecordEditor::requestCommit);
    for (auto* date : form->findChildren<QDateEdit*>()) {
        date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        connect(date, &QDateEdit::dateChanged, this, [this, date] {
            if (m_loading == 0 && date->hasFocus())
                m_dateCommit->start();
        });
        connect(date, &QAbstractSpinBox::editingFinished, m_dateCommit, &QTimer::stop);
    }
    for (auto* combo : form->findChildren<QComboBox*>()) {
        if (!combo->property("noAutoCommit").toBool())
            connect(combo, &QComboBox::activated, this, &RecordEditor::requestCommit);
    }
    for (auto* button : form->findChildren<QAbstractButton*>()) {
        if (button->isCheckable() && !button->property("noAutoCommit").toBool())
            connect(button, &QAbstractButton::toggled, this, &RecordEditor::requestCommit);
    }
    for (auto* group : form->findChildren<QGroupBox*>()) {
        if (group->isCheckable() && !group->property("noAutoCommit").toBool())
            connect(group, &QGroupBox::toggled, this, &RecordEditor::requestCommit);
    }
    // In a scrolling form, the wheel scrolls: it changes a combo or a spin box only once focused.
    guardWheel(form);
    for (auto* list : form->findChildren<QListWidget*>()) {
        if (!list->property("noAutoCommit").toBool())
            connect(list, &QListWidget::itemChanged, this, &RecordEditor::requestCommit);
    }
}

bool RecordEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit*>(watched))
        requestCommit();
    return QWidget::eventFilter(watched, event);
}

void RecordEditor::requestCommit()
{
    if (m_loading > 0 || m_resolving || !m_document || m_document->isReadOnly())
        return;
    commit();
    // The record changed meanwhile and her change did not meet it (nothing to store): show it as stored.
    if (m_changedMeanwhile && !isTyping())
        requestReload();
    emit settled();
}

bool RecordEditor::isTyping() const
{
    if (m_resolving)
        return true;
    QWidget* focused = QApplication::focusWidget();
    if (!m_form || !focused || !m_form->isAncestorOf(focused))
        return false;
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focused))
        focused = spin->findChild<QLineEdit*>();
    if (auto* line = qobject_cast<QLineEdit*>(focused))
        return line->isModified();
    if (auto* text = qobject_cast<QPlainTextEdit*>(focused))
        return text->document()->isModified();
    return false;
}

void RecordEditor::clearTyping()
{
    if (!m_form)
        return;
    for (auto* line : m_form->findChildren<QLineEdit*>())
        line->setModified(false);
    for (auto* text : m_form->findChildren<QPlainTextEdit*>())
        text->document()->setModified(false);
}

void RecordEditor::markChangedMeanwhile()
{
    m_changedMeanwhile = true;
    if (m_changedNotice)
        m_changedNotice->show();
}

void RecordEditor::forgetChangedMeanwhile()
{
    m_changedMeanwhile = false;
    if (m_changedNotice)
        m_changedNotice->hide();
}

void RecordEditor::requestReload()
{
    forgetChangedMeanwhile();
    emit reloadRequested();
}

void RecordEditor::stored()
{
    clearTyping();
    forgetChangedMeanwhile();
}

bool RecordEditor::decideConflict(const QString& label, const QList<ConflictField>& fields)
{
    ConflictDialog::Choice choice = ConflictDialog::Choice::KeepStored;
    {
        // Leaving the field for the dialog must not commit again, nor may a change heard meanwhile
        // reload the form under the dialog.
        const QScopedValueRollback resolving(m_resolving, true);
        choice = ConflictDialog::ask(this, label, fields);
    }
    if (choice == ConflictDialog::Choice::KeepMine)
        return true;
    if (m_validation)
        m_validation->hide();
    clearTyping();
    requestReload();
    return false;
}

void RecordEditor::keepFormWhole()
{
    // A form scrolls down, never sideways: its scroll area asks for the form's whole width, so that
    // at a large text size the splitter narrows the list rather than cut the labels and fields.
    for (auto* scroll : findChildren<QScrollArea*>()) {
        if (!scroll->widget() || !scroll->widgetResizable() ||
            scroll->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width() +
                                scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth());
    }
}

void RecordEditor::keepFormInPlace()
{
    // A title that wraps to a second line, or a warning that appears, must not move the form under
    // the mouse (a click meant for one territory ticked the next). The header keeps two lines'
    // height whatever its length...
    if (auto* header = findChild<QLabel*>(QStringLiteral("headerLabel")); header && !m_form->isAncestorOf(header)) {
        header->ensurePolished();
        enlargeEditorHeaders(this);
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        header->setFixedHeight(2 * QFontMetrics(header->font()).lineSpacing() + 2 * header->margin() + 2);
        // Nor may a longer title widen the editor (the splitter gave it the width its text asked for).
        header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    // ...and the messages come below the form, where appearing shifts nothing above them.
    if (!m_validation || !m_validation->parentWidget())
        return;
    m_validation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* box = qobject_cast<QBoxLayout*>(m_validation->parentWidget()->layout());
    QWidget* holder = m_form; // the form, or the scroll area around it, in the label's layout
    while (holder && holder->parentWidget() != m_validation->parentWidget())
        holder = holder->parentWidget();
    if (!box || !holder || box->indexOf(m_validation) < 0 || box->indexOf(holder) < box->indexOf(m_validation))
        return;
    box->removeWidget(m_validation);
    box->insertWidget(box->indexOf(holder) + 1, m_validation);
}

bool RecordEditor::showValidation(const FieldErrors& errors, const QStringList& warnings)
{
    markFields(errors);
    if (!m_validation)
        return errors.isEmpty();
    QStringList lines;
    for (const auto& error : errors)
        lines << QStringLiteral("• ") + error.message.toHtmlEscaped();
    QString html = lines.join(QStringLiteral("<br>"));
    if (!warnings.isEmpty()) {
        QStringList warningLines;
        for (const auto& warning : warnings)
            warningLines << QStringLiteral("⚠ ") + warning.toHtmlEscaped();
        if (!html.isEmpty())
            html += QStringLiteral("<br>");
        html += QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(readableText(QColor(0x8a, 0x5a, 0x00), QPalette::Window).name(),
                         warningLines.join(QStringLiteral("<br>")));
    }
    m_validation->setText(html);
    m_validation->setVisible(!html.isEmpty());
    return errors.isEmpty();
}

bool RecordEditor::reportExecution(const EditResult& result)
{
    if (result.ok())
        return true;
    if (!result.fieldErrors.isEmpty()) {
        showValidation(result.fieldErrors);
        return false;
    }
    if (m_validation) {
        m_validation->setText(QStringLiteral("• ") + result.message.toHtmlEscaped());
        m_validation->show();
    }
    return false;
}

void RecordEditor::markFields(const FieldErrors& errors)
{
    if (!m_form)
        return;
    // The mark is a red border and the message as tooltip; the field's own tooltip comes back after.
    static const char* const ownToolTip = "pacteOwnToolTip";
    for (auto* widget : m_form->findChildren<QWidget*>()) {
        const QVariant own = widget->property(ownToolTip);
        if (own.isValid()) {
            widget->setToolTip(own.toString());
            widget->setProperty(ownToolTip, QVariant());
            widget->setStyleSheet({});
        }
    }
    for (const auto& error : errors) {
        auto* widget = m_form->findChild<QWidget*>(error.field + QStringLiteral("Edit"));
        if (!widget || widget->property(ownToolTip).isValid())
            continue;
        widget->setProperty(ownToolTip, widget->toolTip());
        widget->setStyleSheet(QStringLiteral("border: 1px solid #a00000;"));
        widget->setToolTip(error.message);
    }
}

void RecordEditor::setDocument(Document* document)
{
    m_document = document;
    if (m_provenance)
        m_provenance->setDocument(document);
}

namespace {

QBoxLayout* layoutHolding(QLayout* layout, QWidget* widget)
{
    if (!layout)
        return nullptr;
    if (auto* box = qobject_cast<QBoxLayout*>(layout); box && box->indexOf(widget) >= 0)
        return box;
    for (int i = 0; i < layout->count(); ++i) {
        if (auto* found = layoutHolding(layout->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}

} // namespace

void RecordEditor::installProvenance(QWidget* historyButton, Entity entity)
{
    m_provenance = new ProvenanceField(entity, historyButton->parentWidget());
    m_provenance->setDocument(m_document);
    // On its own line under the row of buttons: after them in reading order, as in the tab order.
    auto* row = layoutHolding(historyButton->parentWidget()->layout(), historyButton);
    if (!row)
        return;
    if (auto* column = qobject_cast<QBoxLayout*>(row->parent())) {
        column->insertWidget(column->indexOf(row) + 1, m_provenance);
        return;
    }
    row->addWidget(m_provenance, 1);
}

void RecordEditor::setProvenanceRecord(const QUuid& uuid, const QString& label)
{
    if (m_provenance)
        m_provenance->setRecord(uuid, label);
}

void RecordEditor::showHistory(const QUuid& uuid, const QString& label)
{
    if (!m_document)
        return;
    HistoryDialog dialog(m_document->database(), uuid, label, this);
    dialog.exec();
}

void RecordEditor::setFormEnabled(bool enabled)
{
    if (m_form)
        m_form->setEnabled(enabled);
}

} // namespace pacte
