#include "sheetimportdialog.h"

#include "app/common/readablecolour.h"
#include "domain/format.h"
#include "editing/edits.h"
#include "exchange/sheetimport.h"
#include "storage/storageerror.h"
#include "ui_sheetimportdialog.h"

#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidgetItemIterator>

namespace pacte {

namespace {

constexpr std::pair<const char*, const char*> fieldLabels[] = {
    {"title", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Title")},
    {"axis", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Axis")},
    {"theme", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Theme")},
    {"objectives", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Objectives")},
    {"publics", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Target publics")},
    {"modalities", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Modalities")},
    {"deliverables", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Deliverables")},
    {"dispositifs", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Schemes")},
    {"startDate", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Start date")},
    {"endDate", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "End date")},
    {"status", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Status")},
    {"experimentation", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Experimentation")},
    {"fundings", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Funding")},
    {"notes", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Notes")},
    {"name", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Name")},
    {"kind", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Kind")},
    {"unit", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Unit")},
    {"baseline", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Baseline")},
    {"target", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Target")},
    {"date", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Date")},
    {"value", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Value")},
    {"comment", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Comment")},
    {"territory", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Territory")},
    {"partners", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Partners present")},
    {"persons", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "People present")},
    {"headCount", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Head count")},
    {"agenda", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Agenda")},
    {"decisions", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Decisions")},
    {"effects", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Effects observed")},
    {"coherence", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Coherence with existing schemes")},
    {"partnershipQuality", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Quality of the partnership")},
    {"partnershipComment", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Partnership comment")},
    {"difficulties", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Difficulties met")},
    {"adjustments", QT_TRANSLATE_NOOP("pacte::SheetImportDialog", "Adjustments proposed")},
};

const QColor conflictColour(0x8b, 0x00, 0x00);

} // namespace

QString sheetFieldLabel(const QString& field)
{
    for (const auto& [code, label] : fieldLabels) {
        if (field == QLatin1String(code))
            return SheetImportDialog::tr(label);
    }
    return field;
}

QString sheetItemKindLabel(SheetItemKind kind)
{
    switch (kind) {
    case SheetItemKind::Action:
        return SheetImportDialog::tr("Action");
    case SheetItemKind::Indicator:
        return SheetImportDialog::tr("Indicator");
    case SheetItemKind::Measurement:
        return SheetImportDialog::tr("Measurement");
    case SheetItemKind::Meeting:
        return SheetImportDialog::tr("Meeting");
    case SheetItemKind::GroupEvaluation:
        return SheetImportDialog::tr("Group evaluation");
    }
    return {};
}

SheetImportDialog::SheetImportDialog(Document& document, SheetImport& import, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SheetImportDialog>())
    , m_document(document)
    , m_import(import)
{
    m_ui->setupUi(this);
    m_ui->problemsLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(readableText(QColor(0x8b, 0x00, 0x00), QPalette::Window).name()));
    setObjectName(QStringLiteral("sheetImportDialog"));
    m_apply = m_ui->buttonBox->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(m_apply, &QPushButton::clicked, this, &SheetImportDialog::apply);
    connect(m_ui->keepAllButton, &QPushButton::clicked, this, [this] { decideAll(Resolution::KeepDatabase); });
    connect(m_ui->takeAllButton, &QPushButton::clicked, this, [this] { decideAll(Resolution::TakeSheet); });
    connect(m_ui->keepButton, &QPushButton::clicked, this,
            [this] { decide(m_shownConflict, Resolution::KeepDatabase); });
    connect(m_ui->takeButton, &QPushButton::clicked, this, [this] { decide(m_shownConflict, Resolution::TakeSheet); });
    connect(m_ui->mergeButton, &QPushButton::clicked, this, [this] { decide(m_shownConflict, Resolution::Merged); });
    // Once a conflict is settled by the merged value, what is typed there is that value.
    connect(m_ui->mergedEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_shownConflict.isEmpty() && m_import.decisions().value(m_shownConflict) == Resolution::Merged)
            m_import.decideMerged(m_shownConflict, m_ui->mergedEdit->toPlainText());
    });
    connect(m_ui->changesTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showConflict(item ? item->data(0, Qt::UserRole).toString() : QString()); });

    const SheetOrigin& o = import.origin();
    QString origin = tr("<b>%1</b> — working group <b>%2</b><br>exported by %3 on %4")
                         .arg(import.sheetName().toHtmlEscaped(), import.groupName().toHtmlEscaped(),
                              o.exportedBy.toHtmlEscaped(), formatDateTime(o.exportedAt.toLocalTime()));
    if (o.savedAt.isValid())
        origin += tr(", filled in by %1 (saved on %2)")
                      .arg(o.savedBy.toHtmlEscaped(), formatDateTime(o.savedAt.toLocalTime()));
    m_ui->originLabel->setText(origin);
    QStringList notes;
    if (import.alreadyImported()) {
        const auto& last = import.exportRecord().imports.constLast();
        notes << tr("This sheet was already imported on %1 by %2. Importing it again only applies what differs "
                    "from the database now.")
                     .arg(formatDateTime(last.importedAt.toLocalTime()), last.importedBy);
    }
    if (!import.laterExports().isEmpty())
        notes << tr("The group was exported again since this sheet (last on %1): this sheet may be out of date; "
                    "what changed since in the database is kept all the same.")
                     .arg(formatDateTime(import.laterExports().constFirst().exportedAt.toLocalTime()));
    m_ui->againLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->againLabel->setVisible(!notes.isEmpty());
    m_ui->problemsLabel->setText(import.problems().join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!import.problems().isEmpty());
    fillTree();
    updateSummary();
    showConflict({});
    resize(980, 640);
}

SheetImportDialog::~SheetImportDialog() = default;

void SheetImportDialog::fillTree()
{
    QTreeWidget* tree = m_ui->changesTree;
    tree->clear();
    m_choices.clear();
    const auto& changes = m_import.outcome().changes;
    const auto group = [&](ItemChangeKind kind, const QString& title) {
        int count = 0;
        for (const auto& change : changes)
            count += change.change == kind ? 1 : 0;
        if (count == 0)
            return;
        auto* top = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        // Conflicts first: they are what needs the coordinator.
        for (const bool conflicts : {true, false}) {
            for (const auto& change : changes) {
                if (change.change == kind && change.hasConflict() == conflicts)
                    addItem(top, change);
            }
        }
        top->setExpanded(true);
    };
    group(ItemChangeKind::Update, tr("Modifications"));
    group(ItemChangeKind::Addition, tr("Additions"));
    group(ItemChangeKind::Deletion, tr("Deletions"));
    if (changes.isEmpty())
        new QTreeWidgetItem(tree, {tr("The sheet brings no change.")});
    tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree->setColumnWidth(0, 300);
    tree->setColumnWidth(1, 220);
    tree->setColumnWidth(2, 220);
}

void SheetImportDialog::addItem(QTreeWidgetItem* parent, const ItemChange& change)
{
    // Long values shortened (a 400,000-character objective would swamp the list); tooltips show more.
    QString title = QStringLiteral("%1 « %2 »").arg(sheetItemKindLabel(change.kind), shortened(change.label, 120));
    if (!change.context.isEmpty())
        title += QStringLiteral(" — ") + shortened(change.context, 120);
    auto* item = new QTreeWidgetItem(parent, {title});
    if (change.hasConflict())
        item->setForeground(0, readableText(conflictColour));
    for (const auto& field : change.fields) {
        const QString name =
            field.field.isEmpty() ? tr("Deleted on one side, modified on the other") : sheetFieldLabel(field.field);
        const QString database =
            change.change == ItemChangeKind::Addition && !field.conflict ? QString() : field.database;
        auto* row = new QTreeWidgetItem(item, {name, shortened(database), shortened(field.sheet)});
        row->setToolTip(1, shortened(database, 1000));
        row->setToolTip(2, shortened(field.sheet, 1000));
        if (!field.conflict)
            continue;
        for (int column = 0; column < 3; ++column)
            row->setForeground(column, readableText(conflictColour));
        if (!field.base.isEmpty())
            row->setToolTip(0, tr("At the export: %1").arg(shortened(field.base, 1000)));
        auto* combo = new QComboBox(m_ui->changesTree);
        const QString key = conflictKey(change.uuid, field.field);
        row->setData(0, Qt::UserRole, key);
        combo->setObjectName(QStringLiteral("conflictChoice:") + key);
        combo->setAccessibleName(tr("Decision on %1").arg(name));
        combo->addItem(tr("To decide…"), static_cast<int>(Resolution::Undecided));
        combo->addItem(tr("Keep the database's"), static_cast<int>(Resolution::KeepDatabase));
        combo->addItem(tr("Take the sheet's"), static_cast<int>(Resolution::TakeSheet));
        if (field.mergeable)
            combo->addItem(tr("Merged value…"), static_cast<int>(Resolution::Merged));
        combo->setCurrentIndex(combo->findData(static_cast<int>(field.resolution)));
        connect(combo, &QComboBox::activated, this, [this, key](int index) { onChoice(key, index); });
        m_ui->changesTree->setItemWidget(row, 3, combo);
        m_choices.insert(key, combo);
    }
    item->setExpanded(true);
}

void SheetImportDialog::onChoice(const QString& key, int index)
{
    QComboBox* combo = m_choices.value(key);
    decide(key, static_cast<Resolution>(combo->itemData(index).toInt()));
}

const FieldChange* SheetImportDialog::conflictField(const QString& key) const
{
    for (const auto& change : m_import.outcome().changes) {
        for (const auto& field : change.fields) {
            if (field.conflict && conflictKey(change.uuid, field.field) == key)
                return &field;
        }
    }
    return nullptr;
}

void SheetImportDialog::decide(const QString& key, Resolution resolution)
{
    if (key.isEmpty())
        return;
    if (resolution == Resolution::Merged) {
        if (key != m_shownConflict) {
            // Chosen in the list: the panel shows the values and takes the merged text.
            for (QTreeWidgetItemIterator it(m_ui->changesTree); *it; ++it) {
                if ((*it)->data(0, Qt::UserRole).toString() == key) {
                    m_ui->changesTree->setCurrentItem(*it);
                    break;
                }
            }
        }
        m_import.decideMerged(key, m_ui->mergedEdit->toPlainText());
    } else {
        m_import.decide(key, resolution);
    }
    if (QComboBox* combo = m_choices.value(key))
        combo->setCurrentIndex(combo->findData(static_cast<int>(resolution)));
    updateSummary();
    showConflict(key);
}

void SheetImportDialog::showConflict(const QString& key)
{
    const FieldChange* field = key.isEmpty() ? nullptr : conflictField(key);
    m_ui->conflictPanel->setEnabled(field != nullptr);
    if (!field) {
        m_shownConflict.clear();
        for (auto* edit : {m_ui->databaseValue, m_ui->sheetValue, m_ui->mergedEdit})
            edit->clear();
        m_ui->conflictPanel->setTitle(tr("Conflict: choose one in the list to read its full values"));
        return;
    }
    const bool other = key != m_shownConflict;
    m_shownConflict = key;
    m_ui->conflictPanel->setTitle(tr("Conflict on %1: the full values")
                                      .arg(field->field.isEmpty() ? tr("the item") : sheetFieldLabel(field->field)));
    m_ui->databaseValue->setPlainText(field->database);
    m_ui->sheetValue->setPlainText(field->sheet);
    m_ui->mergedEdit->setEnabled(field->mergeable);
    m_ui->mergeButton->setEnabled(field->mergeable);
    if (other) {
        // Both values to start from, the database's first, unless a merged value was already written.
        QString start = field->merged;
        if (field->resolution != Resolution::Merged)
            start = field->database == field->sheet || field->sheet.isEmpty() ? field->database
                    : field->database.isEmpty()                               ? field->sheet
                                                : field->database + QLatin1Char('\n') + field->sheet;
        m_ui->mergedEdit->setPlainText(field->mergeable ? start : QString());
    }
}

void SheetImportDialog::decideAll(Resolution resolution)
{
    MergeDecisions decisions = m_import.decisions();
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        decisions.insert(it.key(), resolution);
        it.value()->setCurrentIndex(it.value()->findData(static_cast<int>(resolution)));
    }
    m_import.setDecisions(decisions);
    updateSummary();
}

void SheetImportDialog::updateSummary()
{
    const MergeOutcome& outcome = m_import.outcome();
    const int conflicts = outcome.conflictCount();
    const int undecided = outcome.undecidedCount();
    QString summary = tr("%n change(s)", nullptr, static_cast<int>(outcome.changes.size()));
    if (conflicts > 0)
        summary += QStringLiteral(", ") + tr("%n conflict(s)", nullptr, conflicts);
    if (undecided > 0)
        summary += QStringLiteral(" — ") + tr("%n to decide", nullptr, undecided);
    m_ui->summaryLabel->setText(summary);
    m_ui->problemsLabel->setText(m_import.problems().join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!m_import.problems().isEmpty());
    m_ui->keepAllButton->setVisible(conflicts > 0);
    m_ui->takeAllButton->setVisible(conflicts > 0);
    m_apply->setEnabled(undecided == 0 && m_import.problems().isEmpty());
}

void SheetImportDialog::apply()
{
    const auto result = edit::importSheet(m_document, m_import);
    if (!result) {
        QMessageBox::warning(this, tr("Sheet not imported"), result.message);
        return;
    }
    m_backupPath = result.backupPath;
    accept();
}

} // namespace pacte
