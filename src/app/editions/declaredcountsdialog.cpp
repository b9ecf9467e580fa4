#include "declaredcountsdialog.h"

#include "app/common/readablecolour.h"
#include "domain/validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pacte {

DeclaredCountsDialog::DeclaredCountsDialog(const Edition& edition, QWidget* parent)
    : QDialog(parent)
    , m_edition(edition)
{
    setObjectName(QStringLiteral("declaredCountsDialog"));
    setWindowTitle(tr("Figures declared by the pact"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Where the pact of %1 states a figure that the data cannot list name by name, "
                                "record it here with the sentence that states it: the dashboard and the COPIL "
                                "report then give it as declared, beside what is recorded.")
                                 .arg(edition.title),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_declaredCheck = new QCheckBox(tr("The pact &declares a number of signatory partners"), this);
    m_declaredCheck->setObjectName(QStringLiteral("declaredSignatoriesCheck"));
    layout->addWidget(m_declaredCheck);

    auto* form = new QFormLayout;
    m_valueEdit = new QSpinBox(this);
    m_valueEdit->setObjectName(QStringLiteral("declaredSignatoriesEdit"));
    m_valueEdit->setRange(0, MaxDeclaredCount);
    m_valueEdit->setSpecialValueText(QStringLiteral("—"));
    m_quoteEdit = new QPlainTextEdit(this);
    m_quoteEdit->setObjectName(QStringLiteral("declaredSignatoriesQuoteEdit"));
    m_quoteEdit->setTabChangesFocus(true);
    m_quoteEdit->setPlaceholderText(tr("The pact's own sentence, word for word"));
    m_quoteEdit->setMinimumWidth(420);
    m_quoteEdit->setFixedHeight(m_quoteEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_sourceEdit = new QLineEdit(this);
    m_sourceEdit->setObjectName(QStringLiteral("declaredSignatoriesSourceEdit"));
    m_sourceEdit->setPlaceholderText(tr("Where in the document: section, page"));
    auto* valueLabel = new QLabel(tr("&Signatories declared:"), this);
    valueLabel->setBuddy(m_valueEdit);
    auto* quoteLabel = new QLabel(tr("&Quote:"), this);
    quoteLabel->setBuddy(m_quoteEdit);
    auto* sourceLabel = new QLabel(tr("&Where in the document:"), this);
    sourceLabel->setBuddy(m_sourceEdit);
    form->addRow(valueLabel, m_valueEdit);
    form->addRow(quoteLabel, m_quoteEdit);
    form->addRow(sourceLabel, m_sourceEdit);
    layout->addLayout(form);

    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(readableText(QColor(0xa0, 0x00, 0x00), QPalette::Window).name()));
    m_validationLabel->hide();
    layout->addWidget(m_validationLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeclaredCountsDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (const auto& declared = edition.declaredSignatories) {
        m_declaredCheck->setChecked(true);
        m_valueEdit->setValue(declared->value);
        m_quoteEdit->setPlainText(declared->quote);
        m_sourceEdit->setText(declared->source);
    }
    connect(m_declaredCheck, &QCheckBox::toggled, this, &DeclaredCountsDialog::updateEnabled);
    updateEnabled();
}

Edition DeclaredCountsDialog::edition() const
{
    Edition edition = m_edition;
    if (m_declaredCheck->isChecked())
        edition.declaredSignatories = DeclaredCount{m_valueEdit->value(), m_quoteEdit->toPlainText().trimmed(),
                                                    m_sourceEdit->text().simplified()};
    else
        edition.declaredSignatories.reset();
    return edition;
}

void DeclaredCountsDialog::updateEnabled()
{
    const bool on = m_declaredCheck->isChecked();
    m_valueEdit->setEnabled(on);
    m_quoteEdit->setEnabled(on);
    m_sourceEdit->setEnabled(on);
}

void DeclaredCountsDialog::tryAccept()
{
    QStringList messages;
    for (const auto& error : validate(edition()))
        messages << error.message;
    if (!messages.isEmpty()) {
        m_validationLabel->setText(messages.join(QLatin1Char('\n')));
        m_validationLabel->show();
        return;
    }
    accept();
}

} // namespace pacte
