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
    const bool error = f.severity == Severity::Error;
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_ui->severityIconLabel->setPixmap(
        finding
            ? style()
                  ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, nullptr, this)
                  .pixmap(iconSize, iconSize)
            : QPixmap());
    m_ui->headerLabel->setText(finding ? compliance::ruleTitle(f.rule) : QString());
    m_ui->severityLabel->setText(finding ? (error ? tr("Error: the rule is broken.")
                                                  : tr("Warning: the rule will be broken unless something is done."))
                                         : QString());
    const QString description = rules::describe(f.rule);
    m_ui->ruleDescriptionLabel->setText(finding ? (description.isEmpty() ? f.rule : description) : QString());
    m_ui->itemLabel->setText(finding ? tr("%1 · %2").arg(compliance::entityName(f.entity), f.label) : QString());
    m_ui->messageLabel->setText(f.message);
    const QString remedy = compliance::ruleRemedy(f.rule);
    m_ui->remedyLabel->setText(remedy);
    m_ui->remedyCaption->setVisible(!remedy.isEmpty());
    m_ui->remedyLabel->setVisible(!remedy.isEmpty());
    m_ui->openFindingButton->setEnabled(finding && !f.uuid.isNull());
    m_ui->openFindingButton->setToolTip(finding ? tr("Open %1 in its section").arg(f.label) : QString());
}

} // namespace pacte
