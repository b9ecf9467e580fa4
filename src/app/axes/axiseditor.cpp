#include "axiseditor.h"

#include "app/common/deletionquestion.h"
#include "app/common/provenancefield.h"
#include "domain/format.h"
#include "editing/edits.h"
#include "indicatortemplatedialog.h"
#include "storage/cascade.h"
#include "storage/repository.h"
#include "ui_axiseditor.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace pacte {

namespace {

enum ThemeColumn { NameColumn, DescriptionColumn, GroupsColumn, ActionsColumn };

void setCell(QTableWidget* table, int row, int column, const QString& text, bool editable)
{
    QTableWidgetItem* item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    const Qt::ItemFlags flags =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
    if (item->flags() != flags)
        item->setFlags(flags);
    item->setToolTip(column == DescriptionColumn ? text : QString());
    if (!editable)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

AxisEditor::AxisEditor(QWidget* parent)
    : RecordEditor(parent)
    , m_ui(std::make_unique<Ui::AxisEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("axisEditor"));
    auto* table = m_ui->themesTable;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Description"), tr("Groups"), tr("Actions")});
    table->horizontalHeaderItem(GroupsColumn)->setToolTip(tr("Working groups of the edition with this theme"));
    table->horizontalHeaderItem(ActionsColumn)->setToolTip(tr("Actions of the edition with this theme"));
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(GroupsColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    table->setColumnWidth(NameColumn, 170);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    setUpEditor(m_ui->form, m_ui->validationLabel);
    // ListSection focuses the editor's first widget (Enter in the list, a new axis): that is the title.
    m_ui->headerLabel->setFocusProxy(m_ui->titleEdit);
    // The table's cell editors come and go: a changed cell commits once the edit is over.
    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (!isLoading())
            queueCommit();
    });
    connect(table, &QTableWidget::currentCellChanged, this, &AxisEditor::updateButtons);
    connect(m_ui->addThemeButton, &QPushButton::clicked, this, &AxisEditor::addTheme);
    connect(m_ui->removeThemeButton, &QPushButton::clicked, this, &AxisEditor::removeTheme);
    connect(m_ui->historyButton, &QPushButton::clicked, this, [this] {
        if (m_axis)
            showHistory(m_axis->uuid, m_axis->title);
    });
    installProvenance(m_ui->historyButton, Entity::Axis);
    // The current theme's provenance, under the theme buttons (the demo deduced most of them).
    m_themeProvenance = new ProvenanceField(Entity::Theme, m_ui->themesBox);
    m_themeProvenance->setNamePrefix(QStringLiteral("currentTheme"));
    m_themeProvenance->setCaption(tr("Theme's provenance: %1"));
    m_themeProvenance->button()->setAccessibleName(tr("Where the selected theme comes from"));
    m_ui->themesLayout->addWidget(m_themeProvenance); // its own line: a long source wraps there
    // The selected theme's indicator templates, below the themes.
    m_templatesBox = new QGroupBox(tr("&Indicator templates of the selected theme"), m_ui->themesBox->parentWidget());
    m_templatesBox->setObjectName(QStringLiteral("templatesBox"));
    m_templatesList = new QListWidget(m_templatesBox);
    m_templatesList->setObjectName(QStringLiteral("templatesList"));
    m_templatesList->setAccessibleName(tr("Indicator templates of the selected theme"));
    m_templatesList->setAccessibleDescription(
        tr("Press Enter or double-click to edit the selected indicator template."));
    m_templatesList->setMinimumHeight(m_templatesList->fontMetrics().height() * 5);
    m_addTemplate = new QPushButton(tr("Add &template"), m_templatesBox);
    m_addTemplate->setObjectName(QStringLiteral("addTemplateButton"));
    m_editTemplate = new QPushButton(tr("&Edit template"), m_templatesBox);
    m_editTemplate->setObjectName(QStringLiteral("editTemplateButton"));
    m_removeTemplate = new QPushButton(tr("Remo&ve template"), m_templatesBox);
    m_removeTemplate->setObjectName(QStringLiteral("removeTemplateButton"));
    // Two rows, as the themes' buttons: three long French labels in one row would widen the editor
    // past its pane at 1366 pixels.
    auto* templateButtons = new QGridLayout;
    templateButtons->addWidget(m_addTemplate, 0, 0);
    templateButtons->addWidget(m_editTemplate, 0, 1);
    templateButtons->addWidget(m_removeTemplate, 1, 0);
    templateButtons->setColumnStretch(2, 1);
    auto* templatesLayout = new QVBoxLayout(m_templatesBox);
    templatesLayout->addWidget(m_templatesList);
    templatesLayout->addLayout(templateButtons);
    if (auto* parentLayout = qobject_cast<QBoxLayout*>(m_ui->themesBox->parentWidget()->layout()))
        parentLayout->insertWidget(parentLayout->indexOf(m_ui->themesBox) + 1, m_templatesBox);
    connect(m_addTemplate, &QPushButton::clicked, this, &AxisEditor::addTemplate);
    connect(m_editTemplate, &QPushButton::clicked, this, &AxisEditor::editTemplate);
    connect(m_removeTemplate, &QPushButton::clicked, this, &AxisEditor::removeTemplate);
    connect(m_templatesList, &QListWidget::itemActivated, this, &AxisEditor::editTemplate);
    connect(m_templatesList, &QListWidget::currentRowChanged, this, &AxisEditor::updateButtons);
    setTabOrder(m_ui->removeThemeButton, m_themeProvenance->button());
    setTabOrder(m_themeProvenance->button(), m_templatesList);
    setTabOrder(m_templatesList, m_addTemplate);
    setTabOrder(m_addTemplate, m_editTemplate);
    setTabOrder(m_editTemplate, m_removeTemplate);
    setTabOrder(m_removeTemplate, m_ui->historyButton);
}

AxisEditor::~AxisEditor() = default;

void AxisEditor::setAxis(const std::optional<Axis>& axis, const QHash<Id, ThemeUsage>& themeUsage)
{
    const LoadGuard guard(this);
    const bool sameAxis = axis && m_axis && axis->id == m_axis->id;
    m_axis = axis;
    setProvenanceRecord(m_axis ? m_axis->uuid : QUuid(), m_axis ? m_axis->title : QString());
    const Axis a = axis.value_or(Axis{});
    m_ui->headerLabel->setText(axis ? tr("Axis %1 · %2").arg(a.number).arg(a.title) : QString());
    m_ui->numberSpin->setValue(std::max(1, a.number));
    if (m_ui->titleEdit->text() != a.title)
        m_ui->titleEdit->setText(a.title);
    if (m_ui->objectiveEdit->toPlainText() != a.objective)
        m_ui->objectiveEdit->setPlainText(a.objective);
    loadThemes(a.themes, themeUsage);
    if (!sameAxis) {
        // The first theme is selected, so that its indicator templates show below without a click.
        if (a.themes.isEmpty())
            m_ui->themesTable->setCurrentCell(-1, -1);
        else
            m_ui->themesTable->setCurrentCell(0, NameColumn);
        showValidation({});
    }
    const bool writable = document() && document()->mayChange(Entity::Axis);
    setFormEnabled(axis.has_value() && writable);
    m_ui->historyButton->setEnabled(axis.has_value());
    updateButtons();
}

void AxisEditor::loadThemes(const QList<Theme>& themes, const QHash<Id, ThemeUsage>& usage)
{
    auto* table = m_ui->themesTable;
    if (table->rowCount() != themes.size())
        table->setRowCount(static_cast<int>(themes.size()));
    for (int row = 0; row < themes.size(); ++row) {
        const Theme& theme = themes.at(row);
        setCell(table, row, NameColumn, theme.name, true);
        setCell(table, row, DescriptionColumn, theme.description, true);
        const ThemeUsage used = usage.value(theme.id);
        setCell(table, row, GroupsColumn, QString::number(used.groups), false);
        setCell(table, row, ActionsColumn, QString::number(used.actions), false);
    }
}

Axis AxisEditor::axisFromForm() const
{
    Axis after = *m_axis;
    after.number = m_ui->numberSpin->value();
    after.title = m_ui->titleEdit->text().trimmed();
    after.objective = m_ui->objectiveEdit->toPlainText();
    // Rows are the axis's themes in order: each keeps its id, only its texts change.
    for (int row = 0; row < after.themes.size() && row < m_ui->themesTable->rowCount(); ++row) {
        Theme& theme = after.themes[row];
        theme.name = m_ui->themesTable->item(row, NameColumn)->text().trimmed();
        theme.description = m_ui->themesTable->item(row, DescriptionColumn)->text();
    }
    return after;
}

void AxisEditor::commit()
{
    if (!m_axis)
        return;
    const Axis after = axisFromForm();
    // Validate even an unchanged axis: a value put back clears the message its removal raised.
    if (!showValidation(validate(after)) || after == *m_axis)
        return;
    apply(after);
}

bool AxisEditor::apply(const Axis& after, const QString& text)
{
    const Axis before = *m_axis;
    if (!update(before, after, text))
        return false;
    // The section has normally refreshed us already; new themes need the ids the database gave them.
    m_axis = AxisRepository(m_document->database()).find(before.id);
    return true;
}

void AxisEditor::queueCommit()
{
    if (m_commitQueued)
        return;
    m_commitQueued = true;
    // Not from inside itemChanged: the commit reloads the table the cell editor is writing into.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_commitQueued = false;
            if (!isLoading() && m_document && m_document->mayChange(Entity::Axis))
                commit();
        },
        Qt::QueuedConnection);
}

void AxisEditor::addTheme()
{
    if (!m_axis)
        return;
    Axis after = axisFromForm();
    Theme theme;
    theme.name = tr("New theme");
    after.themes.append(theme);
    if (!showValidation(validate(after)))
        return;
    if (!apply(after, tr("Add a theme to \"%1\"").arg(after.title)))
        return;
    // Let the user name it at once.
    auto* table = m_ui->themesTable;
    const int row = table->rowCount() - 1;
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentCell(row, NameColumn);
    table->editItem(table->item(row, NameColumn));
}

void AxisEditor::removeTheme()
{
    const int row = m_ui->themesTable->currentRow();
    if (!m_axis || row < 0 || row >= m_axis->themes.size())
        return;
    const Theme theme = m_axis->themes.at(row);
    Database& db = m_document->database();
    // Removing a theme that groups or actions use clears it from them: say so first.
    if (theme.id != NoId && !captureDeletion(db, Entity::Theme, theme.id).nullified.isEmpty()) {
        const QString question = deletionQuestion(db, Entity::Theme, theme.id, theme.name);
        if (QMessageBox::question(this, tr("Remove theme"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    Axis after = axisFromForm();
    after.themes.removeAt(row);
    if (!showValidation(validate(after)))
        return;
    if (apply(after, tr("Remove the theme \"%1\"").arg(theme.name)))
        m_ui->themesTable->setCurrentCell(std::min(row, m_ui->themesTable->rowCount() - 1), NameColumn);
}

int AxisEditor::currentTheme() const
{
    const int row = m_ui->themesTable->currentRow();
    return m_axis && row >= 0 && row < m_axis->themes.size() && m_axis->themes.at(row).id != NoId ? row : -1;
}

void AxisEditor::loadTemplates()
{
    if (!m_templatesList)
        return;
    const int theme = currentTheme();
    const int current = m_templatesList->currentRow();
    m_templatesList->clear();
    if (theme >= 0) {
        for (const auto& t : m_axis->themes.at(theme).templates) {
            QStringList details;
            details << enumLabel(t.kind);
            if (!t.unit.isEmpty())
                details << t.unit;
            if (t.suggestedTarget)
                details << tr("suggested target %1").arg(formatNumber(*t.suggestedTarget));
            QString text = tr("%1 (%2)").arg(t.name, details.join(QStringLiteral(", ")));
            if (t.example)
                text += QStringLiteral(" — ") + tr("example");
            auto* item = new QListWidgetItem(text, m_templatesList);
            item->setToolTip(t.measurement.isEmpty() ? t.name : tr("Measured by: %1").arg(t.measurement));
        }
        m_templatesBox->setTitle(tr("&Indicator templates of the theme \"%1\"").arg(m_axis->themes.at(theme).name));
    } else {
        m_templatesBox->setTitle(tr("&Indicator templates of the selected theme"));
    }
    if (current >= 0 && current < m_templatesList->count())
        m_templatesList->setCurrentRow(current);
}

void AxisEditor::addTemplate()
{
    const int theme = currentTheme();
    if (theme < 0)
        return;
    IndicatorTemplate t;
    const QString themeName = m_axis->themes.at(theme).name;
    IndicatorTemplateDialog dialog(t, themeName, this);
    if (dialog.exec() != QDialog::Accepted || !m_axis)
        return;
    Axis after = axisFromForm();
    after.themes[theme].templates.append(dialog.indicatorTemplate());
    if (!showValidation(validate(after)))
        return;
    if (apply(after, tr("Add the indicator template \"%1\" to \"%2\"").arg(dialog.indicatorTemplate().name, themeName)))
        m_templatesList->setCurrentRow(m_templatesList->count() - 1);
}

void AxisEditor::editTemplate()
{
    const int theme = currentTheme();
    const int row = m_templatesList->currentRow();
    if (theme < 0 || row < 0 || row >= m_axis->themes.at(theme).templates.size() || !m_document ||
        !m_document->mayChange(Entity::Axis))
        return;
    IndicatorTemplateDialog dialog(m_axis->themes.at(theme).templates.at(row), m_axis->themes.at(theme).name, this);
    if (dialog.exec() != QDialog::Accepted || !m_axis)
        return;
    Axis after = axisFromForm();
    after.themes[theme].templates[row] = dialog.indicatorTemplate();
    if (after == *m_axis || !showValidation(validate(after)))
        return;
    apply(after, tr("Edit the indicator template \"%1\"").arg(dialog.indicatorTemplate().name));
}

void AxisEditor::removeTemplate()
{
    const int theme = currentTheme();
    const int row = m_templatesList->currentRow();
    if (theme < 0 || row < 0 || row >= m_axis->themes.at(theme).templates.size())
        return;
    const IndicatorTemplate t = m_axis->themes.at(theme).templates.at(row);
    Database& db = m_document->database();
    const int linked =
        t.id == NoId
            ? 0
            : static_cast<int>(captureDeletion(db, QStringLiteral("indicator_template"), t.id).nullified.size());
    if (linked > 0 &&
        QMessageBox::question(this, tr("Remove indicator template"),
                              tr("%n indicator(s) made from \"%1\" will be unlinked from it (they are kept). Remove "
                                 "the template?",
                                 nullptr, linked)
                                  .arg(t.name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    Axis after = axisFromForm();
    after.themes[theme].templates.removeAt(row);
    apply(after, tr("Remove the indicator template \"%1\"").arg(t.name));
}

void AxisEditor::updateButtons()
{
    const int row = m_ui->themesTable->currentRow();
    m_ui->removeThemeButton->setEnabled(m_axis.has_value() && row >= 0);
    if (m_templatesList) {
        const bool writable = document() && document()->mayChange(Entity::Axis);
        if (sender() != m_templatesList)
            loadTemplates();
        const bool theme = currentTheme() >= 0;
        const bool selected = theme && m_templatesList->currentRow() >= 0;
        m_templatesList->setEnabled(theme);
        m_addTemplate->setEnabled(writable && theme);
        m_editTemplate->setEnabled(writable && selected);
        m_removeTemplate->setEnabled(writable && selected);
    }
    if (!m_themeProvenance)
        return;
    m_themeProvenance->setDocument(document());
    if (m_axis && row >= 0 && row < m_axis->themes.size() && !m_axis->themes.at(row).uuid.isNull()) {
        const Theme& theme = m_axis->themes.at(row);
        // A theme has no history of its own: its provenance is logged in its axis's, as its other fields.
        m_themeProvenance->setTarget({entityCode(Entity::Theme), theme.uuid, Entity::Axis, m_axis->uuid,
                                      QStringLiteral("themes[%1].provenance").arg(theme.name), theme.name,
                                      m_axis->title});
    } else {
        m_themeProvenance->setTarget({});
    }
}

} // namespace pacte
