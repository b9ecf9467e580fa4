#include "indicatortemplatedialog.h"

#include "domain/format.h"
#include "domain/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pacte {

IndicatorTemplateDialog::IndicatorTemplateDialog(const IndicatorTemplate& indicatorTemplate, const QString& themeName,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_template(indicatorTemplate)
    , m_name(new QLineEdit(indicatorTemplate.name, this))
    , m_kind(new QComboBox(this))
    , m_unit(new QLineEdit(indicatorTemplate.unit, this))
    , m_measurement(new QPlainTextEdit(indicatorTemplate.measurement, this))
    , m_target(new QLineEdit(this))
    , m_example(new QCheckBox(tr("&Example (an illustration, not defined by the pact)"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("indicatorTemplateDialog"));
    setWindowTitle(indicatorTemplate.id == NoId ? tr("New indicator template") : tr("Indicator template"));
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_kind->setObjectName(QStringLiteral("templateKindCombo"));
    for (const auto kind : enumValues<IndicatorKind>())
        m_kind->addItem(enumLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(indicatorTemplate.kind)));
    m_unit->setObjectName(QStringLiteral("templateUnitEdit"));
    m_unit->setPlaceholderText(tr("e.g. people, %"));
    m_measurement->setObjectName(QStringLiteral("templateMeasurementEdit"));
    m_measurement->setTabChangesFocus(true);
    m_measurement->setPlaceholderText(tr("How it is measured: source, period, what is counted"));
    m_measurement->setMaximumHeight(m_measurement->fontMetrics().height() * 5);
    m_target->setObjectName(QStringLiteral("templateTargetEdit"));
    m_target->setPlaceholderText(tr("none"));
    if (indicatorTemplate.suggestedTarget)
        m_target->setText(formatNumber(*indicatorTemplate.suggestedTarget));
    m_example->setObjectName(QStringLiteral("templateExampleCheck"));
    m_example->setChecked(indicatorTemplate.example);
    m_name->setAccessibleDescription(tr("The indicator's name, as the actions will show it."));
    m_kind->setAccessibleDescription(tr("An output indicator (what is done) or an outcome indicator (its effects)."));
    m_unit->setAccessibleDescription(tr("The unit its values are counted in: only the same unit is added up."));
    m_measurement->setAccessibleDescription(tr("How the indicator is measured: source, period, what is counted."));
    m_target->setAccessibleDescription(tr("A target proposed to the actions; leave empty for none (not zero)."));
    m_example->setAccessibleDescription(tr("Tick it for an illustration, which the pact itself does not define."));
    m_error->setObjectName(QStringLiteral("templateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Measured by:"), m_measurement);
    form->addRow(tr("Suggested &target:"), m_target);
    form->addRow(QString(), m_example);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("templateButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorTemplateDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("An indicator template of the theme \"%1\": proposed when an indicator is added to "
                                "an action of this theme, and kept linked so that the evaluation adds it up.")
                                 .arg(themeName),
                             this);
    intro->setObjectName(QStringLiteral("templateIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void IndicatorTemplateDialog::tryAccept()
{
    IndicatorTemplate t = m_template;
    t.name = m_name->text().trimmed();
    t.kind = static_cast<IndicatorKind>(m_kind->currentData().toInt());
    t.unit = m_unit->text().trimmed();
    t.measurement = m_measurement->toPlainText().trimmed();
    t.example = m_example->isChecked();
    const QString target = m_target->text().trimmed();
    t.suggestedTarget.reset(); // empty: no target suggested, which is not 0
    if (!target.isEmpty()) {
        bool ok = false;
        const double value = QLocale().toDouble(target, &ok);
        if (!ok) {
            m_error->setText(tr("The suggested target must be a number, or left empty."));
            m_error->show();
            m_target->setFocus(Qt::OtherFocusReason);
            return;
        }
        t.suggestedTarget = value;
    }
    if (const FieldErrors errors = validate(t); !errors.isEmpty()) {
        m_error->setText(joinMessages(errors));
        m_error->show();
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_template = t;
    accept();
}

} // namespace pacte
