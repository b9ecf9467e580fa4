#include "rulesetting.h"

#include "rules.h"

namespace pacte::rules {

namespace {

// Where the rules of the Hérault PTI 2022-2025 are written (§1.4 "Un système de pilotage à renforcer").
const QString Section14 = QStringLiteral("PTI 2022-2025, §1.4 Un système de pilotage à renforcer");

struct DefaultRule
{
    const char* rule;
    Severity severity;
    const char* quote; // UTF-8, word for word from the pact
    const char* where; // after Section14; empty for the checks of the data
};

const DefaultRule defaults[] = {
    {GroupPilots, Severity::Error,
     "Les groupes de travail locaux seront animés par un pilote et un co-pilote issus de deux structures "
     "différentes qui auront pour mission de suivre la bonne mise en œuvre du projet et de faire remonter, au "
     "besoin, les problématiques rencontrées au chargé de mission PTI.",
     "« Les groupes de travail »"},
    {CopilCadence, Severity::Error,
     "Composé de l'ensemble des partenaires signataires (voir page 27), le COPIL se réunira au moins trois fois "
     "au cours la vie du PTI 2022-2025 lors : D'un COPIL de lancement, […] d'un COPIL intermédiaire, qui "
     "permettra de réaliser un premier bilan à mi-parcours des travaux menés, […] d'un COPIL final, qui "
     "permettra de réaliser le bilan final du PTI 2022-2025 et de s'inscrire dans une dynamique de "
     "renouvellement.",
     "« Le rôle et la constitution du COPIL »"},
    {LocalCommitteeYearly, Severity::Error,
     "Composées des partenaires locaux, ces instances devront se réunir au moins une fois par an.",
     "« Rôle et constitution des comités locaux d'animation partenariale »"},
    {PartnerReferent, Severity::Error,
     "Afin de répondre à l'enjeu partagé de coordination des partenaires et de circulation fluide de "
     "l'information, chaque signataire s'engage à nommer, au sein de sa structure, un ou plusieurs référents "
     "PTI selon les modalités de son organisation interne.",
     "« Rôle des référents PTI »"},
    {TerritoryReferent, Severity::Error,
     "De la même manière, le département nommera un référent PTI sur chacun de ses six bassins locaux.",
     "« Rôle des référents PTI »"},
    {ActionSheetComplete, Severity::Warning,
     "Les actions travaillées au sein des groupes de travail devront définir : Les objectifs poursuivis, les "
     "publics ciblés, les modalités de mise en œuvre et les principaux livrables, les indicateurs d'évaluation "
     "et de réalisation.",
     "« Les groupes de travail »"},
    {AnnualEvaluation, Severity::Error,
     "L'évaluation du PTI 2022-2025 sera présentée lors d'un comité de pilotage départemental à échéance de "
     "celui-ci. Une évaluation intermédiaire sera réalisée chaque année pour faire le point sur l'avancée des "
     "projets et des difficultés rencontrées, dans l'objectif de réajuster les actions et partenariats si "
     "nécessaire.",
     "« Un système d'évaluation à préciser »"},
    {DeliberationTally, Severity::Error, "", ""},
    {MeetingInEdition, Severity::Warning, "", ""},
};

const DefaultRule* findDefault(const QString& ruleId)
{
    for (const auto& rule : defaults) {
        if (ruleId == QLatin1String(rule.rule))
            return &rule;
    }
    return nullptr;
}

} // namespace

bool hasDeadline(const QString& ruleId)
{
    return ruleId == QLatin1String(CopilCadence);
}

Severity naturalSeverity(const QString& ruleId)
{
    const auto* rule = findDefault(ruleId);
    return rule ? rule->severity : Severity::Error;
}

bool isPactRule(const QString& ruleId)
{
    const auto* rule = findDefault(ruleId);
    return rule && *rule->quote != '\0';
}

RuleSetting defaultSetting(const QString& ruleId)
{
    RuleSetting setting;
    setting.rule = ruleId;
    if (const auto* rule = findDefault(ruleId)) {
        setting.severity = rule->severity;
        setting.quote = QString::fromUtf8(rule->quote);
        if (*rule->where != '\0')
            setting.source = Section14 + QStringLiteral(", ") + QString::fromUtf8(rule->where);
    }
    return setting;
}

RuleSettings defaultSettings()
{
    RuleSettings settings;
    for (const QString& id : allRuleIds())
        settings.append(defaultSetting(id));
    return settings;
}

RuleSetting effectiveSetting(const RuleSettings& stored, const QString& ruleId)
{
    for (const auto& setting : stored) {
        if (setting.rule == ruleId)
            return setting;
    }
    return defaultSetting(ruleId);
}

RuleSettings effectiveSettings(const RuleSettings& stored)
{
    RuleSettings settings;
    for (const QString& id : allRuleIds())
        settings.append(effectiveSetting(stored, id));
    return settings;
}

RuleSettings referenceSettings(const RuleSettings& referenceRules, const QString& reference)
{
    RuleSettings settings = effectiveSettings(referenceRules);
    for (auto& setting : settings) {
        if (!isPactRule(setting.rule))
            continue;
        setting.severity = Severity::Information;
        setting.reference = reference;
        setting.deadline = QDate();
    }
    return settings;
}

QString settingSummary(const RuleSetting& setting)
{
    QStringList parts{setting.enabled ? QStringLiteral("on") : QStringLiteral("off"), enumCode(setting.severity)};
    if (setting.deadline.isValid())
        parts << QStringLiteral("deadline ") + setting.deadline.toString(Qt::ISODate);
    if (!setting.reference.isEmpty())
        parts << QStringLiteral("reference ") + setting.reference;
    return parts.join(QStringLiteral(", "));
}

} // namespace pacte::rules
