#include "editionrulesdialog.h"

#include "app/compliance/ruletexts.h"
#include "domain/rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pacte {

EditionRulesDialog::EditionRulesDialog(const Edition& edition, QWidget* parent)
    : QDialog(parent)
    , m_edition(edition)
    , m_settings(rules::effectiveSettings(edition.rules))
{
    setObjectName(QStringLiteral("editionRulesDialog"));
    setWindowTitle(tr("Edition %1").arg(edition.title));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editionTabs"));
    layout->addWidget(m_tabs);

    auto* page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("rulesTab"));
    auto* pageLayout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Each pact words its own governance rules. Check against %1 only what its pact "
                                "says: a rule of another pact is shown for information, never as an error. "
                                "Quote the pact's sentence each rule comes from: every finding quotes it.")
                                 .arg(edition.title),
                             page);
    intro->setWordWrap(true);
    pageLayout->addWidget(intro);

    auto* split = new QHBoxLayout;
    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("rulesList"));
    m_list->setAccessibleName(tr("Rules"));
    for (const auto& setting : std::as_const(m_settings))
        m_list->addItem(compliance::ruleTitle(setting.rule));
    m_list->setMinimumWidth(200);
    split->addWidget(m_list);

    m_form = new QFormLayout;
    auto* form = m_form;
    m_description = new QLabel(page);
    m_description->setObjectName(QStringLiteral("ruleDescriptionLabel"));
    m_description->setWordWrap(true);
    m_enabledCheck = new QCheckBox(tr("&Check this rule"), page);
    m_enabledCheck->setObjectName(QStringLiteral("ruleEnabledCheck"));
    m_severityCombo = new QComboBox(page);
    m_severityCombo->setObjectName(QStringLiteral("ruleSeverityCombo"));
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Information})
        m_severityCombo->addItem(enumLabel(severity), static_cast<int>(severity));
    m_deadlineCheck = new QCheckBox(tr("Set the &mid-term COPIL's deadline (else: end of the year of mid-term)"), page);
    m_deadlineCheck->setObjectName(QStringLiteral("ruleDeadlineCheck"));
    m_deadlineEdit = new QDateEdit(page);
    m_deadlineEdit->setObjectName(QStringLiteral("ruleDeadlineEdit"));
    m_deadlineEdit->setCalendarPopup(true);
    m_deadlineEdit->setAccessibleName(tr("Deadline"));
    m_quoteEdit = new QPlainTextEdit(page);
    m_quoteEdit->setObjectName(QStringLiteral("ruleQuoteEdit"));
    m_quoteEdit->setTabChangesFocus(true);
    m_quoteEdit->setPlaceholderText(tr("The pact's own sentence, word for word"));
    m_quoteEdit->setMinimumWidth(420);
    m_quoteEdit->setFixedHeight(m_quoteEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_sourceEdit = new QLineEdit(page);
    m_sourceEdit->setObjectName(QStringLiteral("ruleSourceEdit"));
    m_sourceEdit->setPlaceholderText(tr("Where in the document: section, page"));
    m_referenceEdit = new QLineEdit(page);
    m_referenceEdit->setObjectName(QStringLiteral("ruleReferenceEdit"));
    m_referenceEdit->setPlaceholderText(tr("Empty: a rule of this edition's own pact"));

    auto* severityLabel = new QLabel(tr("&Severity:"), page);
    severityLabel->setBuddy(m_severityCombo);
    auto* quoteLabel = new QLabel(tr("&Quote:"), page);
    quoteLabel->setBuddy(m_quoteEdit);
    auto* sourceLabel = new QLabel(tr("&Where in the document:"), page);
    sourceLabel->setBuddy(m_sourceEdit);
    auto* referenceLabel = new QLabel(tr("Rule &of another pact:"), page);
    referenceLabel->setBuddy(m_referenceEdit);
    form->addRow(m_description);
    form->addRow(m_enabledCheck);
    form->addRow(severityLabel, m_severityCombo);
    form->addRow(m_deadlineCheck);
    form->addRow(tr("Deadline:"), m_deadlineEdit);
    form->addRow(quoteLabel, m_quoteEdit);
    form->addRow(sourceLabel, m_sourceEdit);
    form->addRow(referenceLabel, m_referenceEdit);
    split->addLayout(form, 1);
    pageLayout->addLayout(split);
    m_tabs->addTab(page, tr("&Rules"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeRule(m_current);
        showRule(row);
    });
    connect(m_enabledCheck, &QCheckBox::toggled, this, &EditionRulesDialog::updateEnabled);
    connect(m_deadlineCheck, &QCheckBox::toggled, this, &EditionRulesDialog::updateEnabled);
    m_list->setCurrentRow(0);
}

void EditionRulesDialog::showRule(int row)
{
    m_current = row;
    if (row < 0 || row >= m_settings.size())
        return;
    const RuleSetting& setting = m_settings.at(row);
    const QString description = rules::describe(setting.rule);
    m_description->setText(QStringLiteral("<b>%1</b> — %2").arg(setting.rule, description.toHtmlEscaped()));
    m_enabledCheck->setChecked(setting.enabled);
    m_severityCombo->setCurrentIndex(m_severityCombo->findData(static_cast<int>(setting.severity)));
    const bool hasDeadline = rules::hasDeadline(setting.rule);
    // The deadline's rows, with their label, only for a rule that has one.
    m_form->setRowVisible(m_deadlineCheck, hasDeadline);
    m_form->setRowVisible(m_deadlineEdit, hasDeadline);
    m_deadlineCheck->setChecked(setting.deadline.isValid());
    const QDate midpoint = m_edition.startDate.isValid() && m_edition.endDate.isValid()
                               ? m_edition.startDate.addDays(m_edition.startDate.daysTo(m_edition.endDate) / 2)
                               : QDate::currentDate();
    m_deadlineEdit->setDate(setting.deadline.isValid() ? setting.deadline : QDate(midpoint.year(), 12, 31));
    m_quoteEdit->setPlainText(setting.quote);
    m_sourceEdit->setText(setting.source);
    m_sourceEdit->setCursorPosition(0); // the beginning of a long reference shows, not its end
    m_referenceEdit->setText(setting.reference);
    m_referenceEdit->setCursorPosition(0);
    updateEnabled();
}

void EditionRulesDialog::storeRule(int row)
{
    if (row >= 0 && row < m_settings.size())
        m_settings[row] = formSetting(m_settings.at(row));
}

RuleSetting EditionRulesDialog::formSetting(const RuleSetting& base) const
{
    RuleSetting setting = base;
    setting.enabled = m_enabledCheck->isChecked();
    setting.severity = static_cast<Severity>(m_severityCombo->currentData().toInt());
    setting.deadline =
        rules::hasDeadline(setting.rule) && m_deadlineCheck->isChecked() ? m_deadlineEdit->date() : QDate();
    setting.quote = m_quoteEdit->toPlainText().trimmed();
    setting.source = m_sourceEdit->text().simplified();
    setting.reference = m_referenceEdit->text().simplified();
    return setting;
}

void EditionRulesDialog::updateEnabled()
{
    const bool on = m_enabledCheck->isChecked();
    m_severityCombo->setEnabled(on);
    m_deadlineCheck->setEnabled(on);
    m_deadlineEdit->setEnabled(on && m_deadlineCheck->isChecked());
}

Edition EditionRulesDialog::edition() const
{
    Edition edition = m_edition;
    edition.rules = m_settings;
    if (m_current >= 0 && m_current < edition.rules.size())
        edition.rules[m_current] = formSetting(edition.rules.at(m_current));
    return edition;
}

} // namespace pacte
