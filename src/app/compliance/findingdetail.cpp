#include "findingdetail.h"

#include "domain/rules.h"
#include "ruletexts.h"
#include "ui_findingdetail.h"

#include <QStyle>

namespace pacte {

FindingDetail::FindingDetail(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingDetail>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("findingDetail"));
    connect(m_ui->openFindingButton, &QPushButton::clicked, this, &FindingDetail::openRequested);
}

FindingDetail::~FindingDetail() = default;

void FindingDetail::setFinding(const std::optional<Finding>& finding)
{
    const Finding f = finding.value_or(Finding{});
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    const auto icon = f.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                      : f.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                        : QStyle::SP_MessageBoxInformation;
    m_ui->severityIconLabel->setPixmap(finding ? style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize)
                                               : QPixmap());
    m_ui->headerLabel->setText(finding ? compliance::ruleTitle(f.rule) : QString());
    QString severity;
    if (finding) {
        switch (f.severity) {
        case Severity::Error:
            severity = tr("Error: the rule is broken.");
            break;
        case Severity::Warning:
            severity = tr("Warning: the rule will be broken unless something is done.");
            break;
        case Severity::Information:
            severity = tr("Information: the edition's settings do not count this as a breach (its pact may not "
                          "state the rule).");
            break;
        }
    }
    m_ui->severityLabel->setText(severity);
    const QString description = rules::describe(f.rule);
    m_ui->ruleDescriptionLabel->setText(finding ? (description.isEmpty() ? f.rule : description) : QString());
    m_ui->itemLabel->setText(finding ? tr("%1 · %2").arg(compliance::entityName(f.entity), f.label) : QString());
    m_ui->messageLabel->setText(f.message);
    const QString remedy = compliance::ruleRemedy(f.rule);
    m_ui->remedyLabel->setText(remedy);
    m_ui->remedyCaption->setVisible(!remedy.isEmpty());
    m_ui->remedyLabel->setVisible(!remedy.isEmpty());
    const QString quote = f.quote.isEmpty()    ? QString()
                          : f.source.isEmpty() ? tr("« %1 »").arg(f.quote)
                                               : tr("« %1 » (%2)").arg(f.quote, f.source);
    m_ui->quoteLabel->setText(quote);
    m_ui->quoteCaption->setVisible(!quote.isEmpty());
    m_ui->quoteLabel->setVisible(!quote.isEmpty());
    m_ui->openFindingButton->setEnabled(finding && !f.uuid.isNull());
    m_ui->openFindingButton->setToolTip(finding ? tr("Open %1 in its section").arg(f.label) : QString());
}

} // namespace pacte
