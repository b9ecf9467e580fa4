#include "compliancepanel.h"

#include "domain/rules.h"

#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

namespace pacte {

namespace {

const QColor ErrorColour(0xb0, 0x00, 0x20);
const QColor WarningColour(0xb3, 0x5c, 0x00);
const QColor FineColour(0x1b, 0x6e, 0x3a);
const QColor InformationColour(0x2a, 0x4d, 0x7a);

QLabel* linkLabel(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    return label;
}

QString coloured(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), text);
}

// Errors before warnings, and within each severity the rules in turn, so that the few findings
// shown tell of as many different problems as there are (not eight groups without a co-pilot).
Findings mostSerious(const Findings& findings, int count)
{
    Findings chosen;
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Information}) {
        QList<Findings> byRule;
        QStringList rules;
        for (const Finding& finding : findings) {
            if (finding.severity != severity)
                continue;
            qsizetype at = rules.indexOf(finding.rule);
            if (at < 0) {
                at = rules.size();
                rules.append(finding.rule);
                byRule.append(Findings());
            }
            byRule[at].append(finding);
        }
        for (qsizetype round = 0; chosen.size() < count; ++round) {
            bool any = false;
            for (const Findings& ofRule : std::as_const(byRule)) {
                if (round < ofRule.size() && chosen.size() < count) {
                    chosen.append(ofRule.at(round));
                    any = true;
                }
            }
            if (!any)
                break;
        }
    }
    return chosen;
}

} // namespace

CompliancePanel::CompliancePanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(linkLabel(this, QStringLiteral("complianceSummary"), tr("Findings by governance rule")))
    , m_list(linkLabel(this, QStringLiteral("findingsList"), tr("Most serious findings")))
    , m_allLink(linkLabel(this, QStringLiteral("allFindingsLink"), tr("All findings")))
{
    setObjectName(QStringLiteral("compliancePanel"));
    m_title->setObjectName(QStringLiteral("complianceTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(m_allLink);
    connect(m_list, &QLabel::linkActivated, this, &CompliancePanel::onLinkActivated);
    connect(m_allLink, &QLabel::linkActivated, this, &CompliancePanel::onLinkActivated);
}

void CompliancePanel::setFindings(const Findings& findings, const std::function<bool(Entity)>& canOpen)
{
    struct Counts
    {
        int errors = 0;
        int warnings = 0;
        int information = 0;
    };
    QMap<QString, Counts> byRule;
    Counts all;
    for (const auto& finding : findings) {
        auto& counts = byRule[finding.rule];
        switch (finding.severity) {
        case Severity::Error:
            ++counts.errors;
            ++all.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            ++all.warnings;
            break;
        case Severity::Information:
            ++counts.information;
            ++all.information;
            break;
        }
    }
    const QLocale locale;
    m_title->setText(findings.isEmpty() ? tr("Governance rules (§1.4)")
                                        : tr("Governance rules (§1.4): %n finding(s)", nullptr, findings.size()));

    // Every rule, respected ones included, so that the coordinator sees what is checked.
    QString summary = QStringLiteral("<table cellspacing=0 cellpadding=2><tr><th align=left>%1</th>"
                                     "<th align=right>&nbsp;%2</th><th align=right>&nbsp;%3</th>"
                                     "<th align=right>&nbsp;%4</th></tr>")
                          .arg(tr("Rule"), tr("Errors"), tr("Warnings"), tr("Information"));
    for (const QString& rule : rules::allRuleIds()) {
        const Counts counts = byRule.value(rule);
        const int ruleErrors = counts.errors;
        const int ruleWarnings = counts.warnings;
        const auto cell = [&](int count, const QColor& colour) {
            return QStringLiteral("<td align=right>&nbsp;%1</td>")
                .arg(count == 0 ? QStringLiteral("–") : coloured(colour, QStringLiteral("<b>%1</b>").arg(count)));
        };
        const QString mark = ruleErrors + ruleWarnings == 0 ? coloured(FineColour, QStringLiteral("✓ ")) : QString();
        summary += QStringLiteral("<tr><td>%1%2</td>%3%4%5</tr>")
                       .arg(mark, rules::describe(rule).toHtmlEscaped(), cell(ruleErrors, ErrorColour),
                            cell(ruleWarnings, WarningColour), cell(counts.information, InformationColour));
    }
    summary += QStringLiteral("</table>");
    m_summary->setText(summary);

    m_shown = mostSerious(findings, ShownFindings);
    if (findings.isEmpty()) {
        m_list->setText(coloured(FineColour, tr("Every governance rule is respected.")));
    } else {
        QString list =
            QStringLiteral("<p style='margin-top:6px'><b>%1</b></p><table cellspacing=0 cellpadding=3>")
                .arg(all.information == 0
                         ? tr("The most serious, errors first (%1 and %2 in all):")
                               .arg(tr("%n error(s)", nullptr, all.errors), tr("%n warning(s)", nullptr, all.warnings))
                         : tr("The most serious, errors first (%1, %2 and %3 in all):")
                               .arg(tr("%n error(s)", nullptr, all.errors), tr("%n warning(s)", nullptr, all.warnings),
                                    tr("%n for information", nullptr, all.information)));
        for (qsizetype i = 0; i < m_shown.size(); ++i) {
            const Finding& finding = m_shown.at(i);
            const QColor colour = finding.severity == Severity::Error     ? ErrorColour
                                  : finding.severity == Severity::Warning ? WarningColour
                                                                          : InformationColour;
            // The message names the item already ("Le groupe de travail « Mobilité » ...").
            const bool openable = !canOpen || canOpen(finding.entity);
            list += QStringLiteral("<tr><td>%1</td><td>%2</td><td><a href='%3'>%4</a></td></tr>")
                        .arg(coloured(colour, enumLabel(finding.severity)), finding.message.toHtmlEscaped(),
                             openable ? QStringLiteral("open:%1").arg(i) : QStringLiteral("all"),
                             openable ? tr("View") : tr("Details"));
        }
        list += QStringLiteral("</table>");
        m_list->setText(list);
    }
    m_allLink->setText(
        QStringLiteral("<a href='all'>%1</a>")
            .arg(findings.size() > m_shown.size()
                     ? tr("All %1 findings and the rules in detail…").arg(locale.toString(findings.size()))
                     : tr("The compliance section…")));
}

void CompliancePanel::setChecking()
{
    m_shown.clear();
    m_list->setText(tr("Checking the governance rules…"));
    m_summary->clear();
    m_allLink->clear();
}

void CompliancePanel::onLinkActivated(const QString& link)
{
    if (link == QLatin1String("all")) {
        emit allFindingsRequested();
        return;
    }
    bool ok = false;
    const qsizetype index = link.section(QLatin1Char(':'), 1).toLongLong(&ok);
    if (ok && index >= 0 && index < m_shown.size())
        emit openRequested(m_shown.at(index).entity, m_shown.at(index).uuid);
}

} // namespace pacte
