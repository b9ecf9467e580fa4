#include "ruletexts.h"

#include "domain/rules.h"

#include <QCoreApplication>
#include <QHash>

namespace pacte::compliance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::ComplianceTexts)
};

struct RuleTexts
{
    const char* title;
    const char* remedy;
};

const QHash<QString, RuleTexts>& texts()
{
    static const QHash<QString, RuleTexts> table{
        {QString::fromLatin1(rules::GroupPilots),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Pilot and co-pilot"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Give the working group a pilot and a co-pilot from two different structures. A "
                            "historical group may stay as it was: the finding only records it.")}},
        {QString::fromLatin1(rules::CopilCadence),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "COPIL cadence"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Record the COPIL meeting (launch, mid-term or final) once held, or plan it.")}},
        {QString::fromLatin1(rules::LocalCommitteeYearly),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Local committee every year"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Record the year's meeting of the territory's local committee (comité local "
                            "d'animation).")}},
        {QString::fromLatin1(rules::PartnerReferent),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Partner referent"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Give one of the partner's people the role of PTI referent of the partner.")}},
        {QString::fromLatin1(rules::TerritoryReferent),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Territory referent"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Give a person of the Département the role of PTI referent of the territory.")}},
        {QString::fromLatin1(rules::ActionSheetComplete),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Complete action sheet"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Complete the action sheet: objectives, target publics, implementation modalities and "
                            "deliverables, an evaluation (outcome) indicator and an output indicator.")}},
        {QString::fromLatin1(rules::AnnualEvaluation),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Annual evaluation"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Make the year's intermediate evaluation, and the final one at the last COPIL.")}},
        {QString::fromLatin1(rules::DeliberationTally),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Deliberation tally"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Correct the partner's approving deliberation: voters = present + proxies; for + "
                            "against + abstentions = voters − not taking part; present ≥ quorum.")}},
        {QString::fromLatin1(rules::MeetingInEdition),
         {QT_TRANSLATE_NOOP("pacte::ComplianceTexts", "Meeting within the edition"),
          QT_TRANSLATE_NOOP("pacte::ComplianceTexts",
                            "Correct the meeting's date, or record the meeting in the edition it belongs to.")}},
    };
    return table;
}

} // namespace

QString ruleTitle(const QString& ruleId)
{
    const auto it = texts().constFind(ruleId);
    return it == texts().cend() ? ruleId : Tr::tr(it->title);
}

QString ruleRemedy(const QString& ruleId)
{
    const auto it = texts().constFind(ruleId);
    return it == texts().cend() ? QString() : Tr::tr(it->remedy);
}

QString entityName(Entity entity)
{
    switch (entity) {
    case Entity::WorkingGroup:
        return Tr::tr("Working group");
    case Entity::Partner:
        return Tr::tr("Partner");
    case Entity::Territory:
        return Tr::tr("Territory");
    case Entity::Action:
        return Tr::tr("Action");
    case Entity::Edition:
        return Tr::tr("Edition");
    case Entity::Meeting:
        return Tr::tr("Meeting");
    default:
        return entityCode(entity);
    }
}

} // namespace pacte::compliance
