#pragma once

#include <optional>
#include <span>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pacte {

// Every enumeration of the domain has a stable code (used in files and the command line)
// and a French label (through the translation system; the source strings are English).
template <typename E>
struct EnumEntry
{
    E value;
    const char* code;
    const char* label; // marked with QT_TRANSLATE_NOOP("pacte::Enum", ...)
};

template <typename E>
std::span<const EnumEntry<E>> enumEntries();

template <typename E>
QString enumCode(E value)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename E>
QString enumLabel(E value)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return QCoreApplication::translate("pacte::Enum", entry.label);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromCode(QStringView code)
{
    for (const auto& entry : enumEntries<E>()) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto& entry : enumEntries<E>())
        values.append(entry.value);
    return values;
}

// Categories of partner structures named in the source document (§1.1, §1.2).
enum class PartnerCategory {
    State,
    Region,
    Departement,
    Intercommunality,
    Plie,
    MissionLocale,
    FranceTravail,
    Caf,
    Cpam,
    Msa,
    Ccas,
    Association,
    Siae,
    ChamberOfCommerce,
    Enterprise,
    Other
};

// Action status, from Annexe 1 of the source, plus "abandonnée".
enum class ActionStatus { Project, InProgress, Running, Completed, Abandoned };

enum class IndicatorKind { Output, Outcome };

enum class MeetingKind {
    CopilLaunch,
    CopilMidTerm,
    CopilFinal,
    CopilOther,
    LocalCommittee,
    WorkingGroup,
    TerritorialSeminar,
    GovernanceGroup,
    // The Réseau pour l'emploi (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi; décret du
    // 18 juin 2024): the comité départemental pour l'emploi and the comités locaux pour l'emploi.
    EmploymentCommitteeDepartmental,
    EmploymentCommitteeLocal
};

enum class MeetingStatus { Planned, Held, Postponed, Cancelled };

enum class GroupStatus { Active, Closed };

// The life of a partner's signature (issue 19): expected (pending) -> approved by the partner's
// deliberative body -> signed; or declined; or unknown (the source does not say).
enum class SignatureStatus { Signed, Pending, Declined, Approved, Unknown };

enum class PersonRoleKind { PartnerReferent, TerritoryReferent, Coordinator };

enum class EvaluationKind { Intermediate, Final };

// A working group's own judgement of its partnership, in its yearly evaluation (§1.4 "la qualité du
// partenariat"); the pact names the criterion, not the scale: this four-step scale is Pacte's.
enum class PartnershipQuality { NotAssessed, Insufficient, ToImprove, Satisfactory, VerySatisfactory };

// Information: what an edition's pact does not require but another's does (issue 19).
enum class Severity { Warning, Error, Information };

// A fund that finances actions (issue 20) when the funder is not a partner of the pact: the ESF+
// (of which the Département manages a delegated part), the Département's or the State's own budget,
// France Travail, or another fund named by the line.
enum class Fund { EsfPlus, Departement, State, FranceTravail, Other };

// Explicit specialisations, defined in enums.cpp.
template <>
std::span<const EnumEntry<PartnerCategory>> enumEntries<PartnerCategory>();
template <>
std::span<const EnumEntry<ActionStatus>> enumEntries<ActionStatus>();
template <>
std::span<const EnumEntry<IndicatorKind>> enumEntries<IndicatorKind>();
template <>
std::span<const EnumEntry<MeetingKind>> enumEntries<MeetingKind>();
template <>
std::span<const EnumEntry<MeetingStatus>> enumEntries<MeetingStatus>();
template <>
std::span<const EnumEntry<GroupStatus>> enumEntries<GroupStatus>();
template <>
std::span<const EnumEntry<SignatureStatus>> enumEntries<SignatureStatus>();
template <>
std::span<const EnumEntry<PersonRoleKind>> enumEntries<PersonRoleKind>();
template <>
std::span<const EnumEntry<EvaluationKind>> enumEntries<EvaluationKind>();
template <>
std::span<const EnumEntry<PartnershipQuality>> enumEntries<PartnershipQuality>();
template <>
std::span<const EnumEntry<Severity>> enumEntries<Severity>();
template <>
std::span<const EnumEntry<Fund>> enumEntries<Fund>();

// The label of a code of any enumeration ("en_cours" -> "en cours"); empty when unknown. Codes are
// unique across enumerations. The change log stores codes; the history shows labels.
QString labelForCode(QStringView code);

// The meetings a working group holds itself (its sheet's); the others are the département's (COPIL,
// governance group) or a territory's (local committee, seminar).
inline bool isGroupMeeting(MeetingKind kind)
{
    return kind == MeetingKind::WorkingGroup;
}

// The bodies of the Réseau pour l'emploi (CDE, CLE): the PTI presents its work there, but the pact's
// text sets no rule for them, so that no compliance check counts them.
inline bool isEmploymentNetwork(MeetingKind kind)
{
    return kind == MeetingKind::EmploymentCommitteeDepartmental || kind == MeetingKind::EmploymentCommitteeLocal;
}

inline bool isCopil(MeetingKind kind)
{
    return kind == MeetingKind::CopilLaunch || kind == MeetingKind::CopilMidTerm || kind == MeetingKind::CopilFinal ||
           kind == MeetingKind::CopilOther;
}

} // namespace pacte
