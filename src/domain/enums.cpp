#include "enums.h"

#include <array>

namespace pacte {

namespace {

constexpr std::array partnerCategories{
    EnumEntry<PartnerCategory>{PartnerCategory::State, "etat", QT_TRANSLATE_NOOP("pacte::Enum", "State (DDETS)")},
    EnumEntry<PartnerCategory>{PartnerCategory::Region, "region", QT_TRANSLATE_NOOP("pacte::Enum", "Region")},
    EnumEntry<PartnerCategory>{PartnerCategory::Departement, "departement",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Département")},
    EnumEntry<PartnerCategory>{PartnerCategory::Intercommunality, "epci",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Intercommunality (EPCI)")},
    EnumEntry<PartnerCategory>{PartnerCategory::Plie, "plie", QT_TRANSLATE_NOOP("pacte::Enum", "PLIE")},
    EnumEntry<PartnerCategory>{PartnerCategory::MissionLocale, "mission_locale",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Mission locale")},
    EnumEntry<PartnerCategory>{PartnerCategory::FranceTravail, "france_travail",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Pôle emploi / France Travail")},
    EnumEntry<PartnerCategory>{PartnerCategory::Caf, "caf", QT_TRANSLATE_NOOP("pacte::Enum", "CAF")},
    EnumEntry<PartnerCategory>{PartnerCategory::Cpam, "cpam", QT_TRANSLATE_NOOP("pacte::Enum", "CPAM")},
    EnumEntry<PartnerCategory>{PartnerCategory::Msa, "msa", QT_TRANSLATE_NOOP("pacte::Enum", "MSA")},
    EnumEntry<PartnerCategory>{PartnerCategory::Ccas, "ccas",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Departmental union of CCAS")},
    EnumEntry<PartnerCategory>{PartnerCategory::Association, "association",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Association")},
    EnumEntry<PartnerCategory>{PartnerCategory::Siae, "siae", QT_TRANSLATE_NOOP("pacte::Enum", "IAE structure (SIAE)")},
    EnumEntry<PartnerCategory>{PartnerCategory::ChamberOfCommerce, "chambre_consulaire",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Consular chamber")},
    EnumEntry<PartnerCategory>{PartnerCategory::Enterprise, "entreprise",
                               QT_TRANSLATE_NOOP("pacte::Enum", "Enterprise")},
    EnumEntry<PartnerCategory>{PartnerCategory::Other, "autre", QT_TRANSLATE_NOOP("pacte::Enum", "Other")},
};

constexpr std::array actionStatuses{
    EnumEntry<ActionStatus>{ActionStatus::Project, "projet", QT_TRANSLATE_NOOP("pacte::Enum", "project")},
    EnumEntry<ActionStatus>{ActionStatus::InProgress, "en_cours", QT_TRANSLATE_NOOP("pacte::Enum", "in progress")},
    EnumEntry<ActionStatus>{ActionStatus::Running, "en_fonctionnement", QT_TRANSLATE_NOOP("pacte::Enum", "running")},
    EnumEntry<ActionStatus>{ActionStatus::Completed, "realisee", QT_TRANSLATE_NOOP("pacte::Enum", "completed")},
    EnumEntry<ActionStatus>{ActionStatus::Abandoned, "abandonnee", QT_TRANSLATE_NOOP("pacte::Enum", "abandoned")},
};

constexpr std::array indicatorKinds{
    EnumEntry<IndicatorKind>{IndicatorKind::Output, "realisation", QT_TRANSLATE_NOOP("pacte::Enum", "output")},
    EnumEntry<IndicatorKind>{IndicatorKind::Outcome, "resultat", QT_TRANSLATE_NOOP("pacte::Enum", "outcome / effect")},
};

constexpr std::array meetingKinds{
    EnumEntry<MeetingKind>{MeetingKind::CopilLaunch, "copil_lancement",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Launch COPIL")},
    EnumEntry<MeetingKind>{MeetingKind::CopilMidTerm, "copil_intermediaire",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Mid-term COPIL")},
    EnumEntry<MeetingKind>{MeetingKind::CopilFinal, "copil_final", QT_TRANSLATE_NOOP("pacte::Enum", "Final COPIL")},
    EnumEntry<MeetingKind>{MeetingKind::CopilOther, "copil", QT_TRANSLATE_NOOP("pacte::Enum", "COPIL (other)")},
    EnumEntry<MeetingKind>{MeetingKind::LocalCommittee, "comite_local",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Local coordination committee")},
    EnumEntry<MeetingKind>{MeetingKind::WorkingGroup, "groupe_travail",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Working group")},
    EnumEntry<MeetingKind>{MeetingKind::TerritorialSeminar, "seminaire_territorial",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Territorial seminar")},
    EnumEntry<MeetingKind>{MeetingKind::GovernanceGroup, "groupe_gouvernance",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Governance working group")},
    EnumEntry<MeetingKind>{MeetingKind::EmploymentCommitteeDepartmental, "comite_departemental_emploi",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Departmental employment committee (CDE)")},
    EnumEntry<MeetingKind>{MeetingKind::EmploymentCommitteeLocal, "comite_local_emploi",
                           QT_TRANSLATE_NOOP("pacte::Enum", "Local employment committee (CLE)")},
};

constexpr std::array meetingStatuses{
    EnumEntry<MeetingStatus>{MeetingStatus::Planned, "prevue", QT_TRANSLATE_NOOP("pacte::Enum", "planned")},
    EnumEntry<MeetingStatus>{MeetingStatus::Held, "tenue", QT_TRANSLATE_NOOP("pacte::Enum", "held")},
    EnumEntry<MeetingStatus>{MeetingStatus::Postponed, "reportee", QT_TRANSLATE_NOOP("pacte::Enum", "postponed")},
    EnumEntry<MeetingStatus>{MeetingStatus::Cancelled, "annulee", QT_TRANSLATE_NOOP("pacte::Enum", "cancelled")},
};

constexpr std::array groupStatuses{
    EnumEntry<GroupStatus>{GroupStatus::Active, "actif", QT_TRANSLATE_NOOP("pacte::Enum", "active")},
    EnumEntry<GroupStatus>{GroupStatus::Closed, "clos", QT_TRANSLATE_NOOP("pacte::Enum", "closed")},
};

constexpr std::array signatureStatuses{
    EnumEntry<SignatureStatus>{SignatureStatus::Signed, "signe", QT_TRANSLATE_NOOP("pacte::Enum", "signed")},
    EnumEntry<SignatureStatus>{SignatureStatus::Pending, "en_attente", QT_TRANSLATE_NOOP("pacte::Enum", "pending")},
    EnumEntry<SignatureStatus>{SignatureStatus::Declined, "refuse", QT_TRANSLATE_NOOP("pacte::Enum", "declined")},
    EnumEntry<SignatureStatus>{SignatureStatus::Approved, "approuve",
                               QT_TRANSLATE_NOOP("pacte::Enum", "approved by its deliberative body")},
    EnumEntry<SignatureStatus>{SignatureStatus::Unknown, "inconnue", QT_TRANSLATE_NOOP("pacte::Enum", "unknown")},
};

constexpr std::array personRoleKinds{
    EnumEntry<PersonRoleKind>{PersonRoleKind::PartnerReferent, "referent_partenaire",
                              QT_TRANSLATE_NOOP("pacte::Enum", "PTI referent of the partner")},
    EnumEntry<PersonRoleKind>{PersonRoleKind::TerritoryReferent, "referent_territoire",
                              QT_TRANSLATE_NOOP("pacte::Enum", "Departmental PTI referent of a territory")},
    EnumEntry<PersonRoleKind>{PersonRoleKind::Coordinator, "charge_mission",
                              QT_TRANSLATE_NOOP("pacte::Enum", "PTI project officer")},
};

constexpr std::array evaluationKinds{
    EnumEntry<EvaluationKind>{EvaluationKind::Intermediate, "intermediaire",
                              QT_TRANSLATE_NOOP("pacte::Enum", "intermediate (yearly)")},
    EnumEntry<EvaluationKind>{EvaluationKind::Final, "finale", QT_TRANSLATE_NOOP("pacte::Enum", "final")},
};

constexpr std::array partnershipQualities{
    EnumEntry<PartnershipQuality>{PartnershipQuality::NotAssessed, "non_evaluee",
                                  QT_TRANSLATE_NOOP("pacte::Enum", "not assessed")},
    EnumEntry<PartnershipQuality>{PartnershipQuality::Insufficient, "insuffisante",
                                  QT_TRANSLATE_NOOP("pacte::Enum", "1 - insufficient")},
    EnumEntry<PartnershipQuality>{PartnershipQuality::ToImprove, "a_ameliorer",
                                  QT_TRANSLATE_NOOP("pacte::Enum", "2 - to be improved")},
    EnumEntry<PartnershipQuality>{PartnershipQuality::Satisfactory, "satisfaisante",
                                  QT_TRANSLATE_NOOP("pacte::Enum", "3 - satisfactory")},
    EnumEntry<PartnershipQuality>{PartnershipQuality::VerySatisfactory, "tres_satisfaisante",
                                  QT_TRANSLATE_NOOP("pacte::Enum", "4 - very satisfactory")},
};

constexpr std::array severities{
    EnumEntry<Severity>{Severity::Warning, "warning", QT_TRANSLATE_NOOP("pacte::Enum", "warning")},
    EnumEntry<Severity>{Severity::Error, "error", QT_TRANSLATE_NOOP("pacte::Enum", "error")},
    EnumEntry<Severity>{Severity::Information, "information", QT_TRANSLATE_NOOP("pacte::Enum", "information")},
};

constexpr std::array funds{
    EnumEntry<Fund>{Fund::EsfPlus, "fse_plus", QT_TRANSLATE_NOOP("pacte::Enum", "ESF+")},
    EnumEntry<Fund>{Fund::Departement, "fonds_departement", QT_TRANSLATE_NOOP("pacte::Enum", "Département")},
    EnumEntry<Fund>{Fund::State, "fonds_etat", QT_TRANSLATE_NOOP("pacte::Enum", "State")},
    EnumEntry<Fund>{Fund::FranceTravail, "fonds_france_travail", QT_TRANSLATE_NOOP("pacte::Enum", "France Travail")},
    EnumEntry<Fund>{Fund::Other, "fonds_autre", QT_TRANSLATE_NOOP("pacte::Enum", "Other")},
};

} // namespace

template <>
std::span<const EnumEntry<PartnerCategory>> enumEntries<PartnerCategory>()
{
    return partnerCategories;
}
template <>
std::span<const EnumEntry<ActionStatus>> enumEntries<ActionStatus>()
{
    return actionStatuses;
}
template <>
std::span<const EnumEntry<IndicatorKind>> enumEntries<IndicatorKind>()
{
    return indicatorKinds;
}
template <>
std::span<const EnumEntry<MeetingKind>> enumEntries<MeetingKind>()
{
    return meetingKinds;
}
template <>
std::span<const EnumEntry<MeetingStatus>> enumEntries<MeetingStatus>()
{
    return meetingStatuses;
}
template <>
std::span<const EnumEntry<GroupStatus>> enumEntries<GroupStatus>()
{
    return groupStatuses;
}
template <>
std::span<const EnumEntry<SignatureStatus>> enumEntries<SignatureStatus>()
{
    return signatureStatuses;
}
template <>
std::span<const EnumEntry<PersonRoleKind>> enumEntries<PersonRoleKind>()
{
    return personRoleKinds;
}
template <>
std::span<const EnumEntry<EvaluationKind>> enumEntries<EvaluationKind>()
{
    return evaluationKinds;
}
template <>
std::span<const EnumEntry<PartnershipQuality>> enumEntries<PartnershipQuality>()
{
    return partnershipQualities;
}
template <>
std::span<const EnumEntry<Severity>> enumEntries<Severity>()
{
    return severities;
}
template <>
std::span<const EnumEntry<Fund>> enumEntries<Fund>()
{
    return funds;
}

namespace {

template <typename E>
bool findLabel(QStringView code, QString& label)
{
    if (const auto value = enumFromCode<E>(code)) {
        label = enumLabel(*value);
        return true;
    }
    return false;
}

} // namespace

QString labelForCode(QStringView code)
{
    QString label;
    findLabel<PartnerCategory>(code, label) || findLabel<ActionStatus>(code, label) ||
        findLabel<IndicatorKind>(code, label) || findLabel<MeetingKind>(code, label) ||
        findLabel<MeetingStatus>(code, label) || findLabel<GroupStatus>(code, label) ||
        findLabel<SignatureStatus>(code, label) || findLabel<PersonRoleKind>(code, label) ||
        findLabel<EvaluationKind>(code, label) || findLabel<PartnershipQuality>(code, label) ||
        findLabel<Fund>(code, label);
    return label;
}

} // namespace pacte
