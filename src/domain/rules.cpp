#include "rules.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

namespace pacte::rules {

QStringList allRuleIds()
{
    return {QString::fromLatin1(GroupPilots),          QString::fromLatin1(CopilCadence),
            QString::fromLatin1(LocalCommitteeYearly), QString::fromLatin1(PartnerReferent),
            QString::fromLatin1(TerritoryReferent),    QString::fromLatin1(ActionSheetComplete),
            QString::fromLatin1(AnnualEvaluation),     QString::fromLatin1(DeliberationTally),
            QString::fromLatin1(MeetingInEdition)};
}

QString describe(const QString& ruleId)
{
    static const QHash<QString, const char*> descriptions{
        {QString::fromLatin1(GroupPilots),
         QT_TRANSLATE_NOOP("pacte::rules",
                           "A working group has a pilot and a co-pilot from two different structures.")},
        {QString::fromLatin1(CopilCadence),
         QT_TRANSLATE_NOOP("pacte::rules", "The COPIL meets at least three times: launch, mid-term and final.")},
        {QString::fromLatin1(LocalCommitteeYearly),
         QT_TRANSLATE_NOOP("pacte::rules", "Each territory's local committee meets at least once a year.")},
        {QString::fromLatin1(PartnerReferent),
         QT_TRANSLATE_NOOP("pacte::rules", "Every signatory partner names at least one PTI referent.")},
        {QString::fromLatin1(TerritoryReferent),
         QT_TRANSLATE_NOOP("pacte::rules", "The Département names one PTI referent per territory.")},
        {QString::fromLatin1(ActionSheetComplete),
         QT_TRANSLATE_NOOP("pacte::rules", "An action sheet states objectives, publics, implementation modalities "
                                           "and deliverables, an evaluation indicator and an output indicator.")},
        {QString::fromLatin1(AnnualEvaluation),
         QT_TRANSLATE_NOOP("pacte::rules", "An intermediate evaluation is made every year, and a final one.")},
        {QString::fromLatin1(DeliberationTally),
         QT_TRANSLATE_NOOP("pacte::rules", "A partner's approving deliberation adds up: voters, votes cast, quorum.")},
        {QString::fromLatin1(MeetingInEdition),
         QT_TRANSLATE_NOOP("pacte::rules", "A meeting of an edition is dated within the edition.")},
    };
    const auto it = descriptions.constFind(ruleId);
    return it == descriptions.cend() ? QString() : QCoreApplication::translate("pacte::rules", it.value());
}

int severityRank(Severity severity)
{
    switch (severity) {
    case Severity::Information:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Error:
        return 2;
    }
    return 2;
}

Findings applySettings(const Findings& findings, const RuleSettings& stored)
{
    Findings applied;
    QHash<QString, RuleSetting> settings;
    for (const auto& setting : effectiveSettings(stored))
        settings.insert(setting.rule, setting);
    for (Finding finding : findings) {
        const RuleSetting setting = settings.value(finding.rule, defaultSetting(finding.rule));
        if (!setting.enabled)
            continue;
        if (finding.severity == naturalSeverity(finding.rule) ||
            severityRank(setting.severity) < severityRank(finding.severity))
            finding.severity = setting.severity;
        if (!setting.reference.isEmpty())
            finding.message = QCoreApplication::translate("pacte::rules", "Would not satisfy the rule of %1: %2")
                                  .arg(setting.reference, finding.message);
        finding.quote = setting.quote;
        finding.source = setting.source;
        applied.append(finding);
    }
    return applied;
}

Findings checkAll(const EditionData& data, const QDate& asOf)
{
    Findings findings;
    findings << checkGroupPilots(data) << checkCopilCadence(data, asOf) << checkLocalCommitteeYearly(data, asOf)
             << checkPartnerReferent(data) << checkTerritoryReferent(data) << checkActionSheetComplete(data)
             << checkAnnualEvaluation(data, asOf) << checkDeliberationTally(data) << checkMeetingInEdition(data);
    findings = applySettings(findings, data.edition.rules);
    // Errors first, then warnings, then information; in rule order within each.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return severityRank(a.severity) > severityRank(b.severity);
    });
    return findings;
}

} // namespace pacte::rules
