#include "format.h"
#include "rules.h"

#include <QCoreApplication>

namespace pacte::rules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::rules)
};

// The final COPIL may meet shortly after the edition's end, once its last figures are known.
constexpr int FinalCopilGraceMonths = 3;

bool hasHeld(const EditionData& data, MeetingKind kind, const QDate& asOf)
{
    return std::any_of(data.meetings.cbegin(), data.meetings.cend(), [&](const Meeting& meeting) {
        return meeting.kind == kind && meeting.isHeld() && meeting.date <= asOf &&
               isWithinEdition(data.edition, meeting);
    });
}

// A planned meeting still to come (one planned in the past and never held does not count).
bool hasPlanned(const EditionData& data, MeetingKind kind, const QDate& asOf)
{
    return std::any_of(data.meetings.cbegin(), data.meetings.cend(), [&](const Meeting& meeting) {
        return meeting.kind == kind && meeting.status == MeetingStatus::Planned && meeting.date >= asOf;
    });
}

Finding editionFinding(const EditionData& data, const char* rule, Severity severity, const QString& message)
{
    return {QString::fromLatin1(rule), severity, Entity::Edition, data.edition.uuid, data.edition.title, message};
}

// Last year whose whole calendar is behind us, within the edition.
int lastCompleteYear(const EditionData& data, const QDate& asOf)
{
    return std::min(data.edition.lastYear(), asOf.year() - 1);
}

} // namespace

Findings checkCopilCadence(const EditionData& data, const QDate& asOf)
{
    Findings findings;
    const Edition& edition = data.edition;
    if (!edition.startDate.isValid() || !edition.endDate.isValid() || asOf < edition.startDate)
        return findings;

    // When each COPIL is due: the launch within the first year, the mid-term one by the end of the
    // year holding the edition's midpoint, the final one at the edition's end (three months' grace).
    const QDate launchDue(edition.firstYear(), 12, 31);
    const QDate midpoint = edition.startDate.addDays(edition.startDate.daysTo(edition.endDate) / 2);
    // The edition's settings may set the mid-term COPIL's deadline.
    const QDate setDeadline = effectiveSetting(data.edition.rules, QString::fromLatin1(CopilCadence)).deadline;
    const QDate midTermDue = setDeadline.isValid() ? setDeadline : QDate(midpoint.year(), 12, 31);
    const QDate finalDue = edition.endDate.addMonths(FinalCopilGraceMonths);

    struct Step
    {
        MeetingKind kind;
        QDate due;
        const char* overdue;
        const char* upcoming;
    };
    const Step steps[] = {
        {MeetingKind::CopilLaunch, launchDue,
         QT_TRANSLATE_NOOP("pacte::rules", "No launch COPIL of %1 is recorded as held (due by %2)."),
         QT_TRANSLATE_NOOP("pacte::rules", "The launch COPIL of %1 is due by %2 and is not recorded as held yet.")},
        {MeetingKind::CopilMidTerm, midTermDue,
         QT_TRANSLATE_NOOP("pacte::rules", "No mid-term COPIL of %1 is recorded as held (due by %2)."),
         QT_TRANSLATE_NOOP("pacte::rules", "The mid-term COPIL of %1 is due by %2 and is not recorded as held yet.")},
        {MeetingKind::CopilFinal, finalDue,
         QT_TRANSLATE_NOOP("pacte::rules", "No final COPIL of %1 is recorded as held (due by %2)."),
         QT_TRANSLATE_NOOP("pacte::rules", "The final COPIL of %1 is due by %2 and is not recorded as held yet.")},
    };
    for (const auto& step : steps) {
        if (hasHeld(data, step.kind, asOf))
            continue;
        if (asOf > step.due)
            findings.append(editionFinding(data, CopilCadence, Severity::Error,
                                           Tr::tr(step.overdue).arg(edition.title, formatDate(step.due))));
        else if (asOf >= step.due.addYears(-1) && !hasPlanned(data, step.kind, asOf))
            findings.append(editionFinding(data, CopilCadence, Severity::Warning,
                                           Tr::tr(step.upcoming).arg(edition.title, formatDate(step.due))));
    }
    return findings;
}

Findings checkLocalCommitteeYearly(const EditionData& data, const QDate& asOf)
{
    Findings findings;
    const Edition& edition = data.edition;
    if (!edition.startDate.isValid() || !edition.endDate.isValid() || asOf < edition.startDate)
        return findings;
    const int lastYear = lastCompleteYear(data, asOf);
    for (const auto& territory : data.territories) {
        const auto heldIn = [&](int year) {
            return std::any_of(data.meetings.cbegin(), data.meetings.cend(), [&](const Meeting& meeting) {
                return meeting.kind == MeetingKind::LocalCommittee && meeting.territoryId == territory.id &&
                       meeting.isHeld() && meeting.date.year() == year && meeting.date <= asOf &&
                       isWithinEdition(data.edition, meeting);
            });
        };
        const auto add = [&](Severity severity, const QString& message) {
            findings.append({QString::fromLatin1(LocalCommitteeYearly), severity, Entity::Territory, territory.uuid,
                             territory.name, message});
        };
        for (int year = edition.firstYear(); year <= lastYear; ++year) {
            if (!heldIn(year))
                add(Severity::Error,
                    Tr::tr("No meeting of the local committee of %1 is recorded in %2.").arg(territory.name).arg(year));
        }
        // The current year: warn once half of it has gone by without a meeting.
        const int year = asOf.year();
        if (year >= edition.firstYear() && year <= edition.lastYear() && asOf.month() >= 7 && !heldIn(year))
            add(Severity::Warning,
                Tr::tr("No meeting of the local committee of %1 is recorded yet in %2.").arg(territory.name).arg(year));
    }
    return findings;
}

Findings checkAnnualEvaluation(const EditionData& data, const QDate& asOf)
{
    Findings findings;
    const Edition& edition = data.edition;
    if (!edition.startDate.isValid() || !edition.endDate.isValid() || asOf < edition.startDate)
        return findings;
    const auto evaluated = [&](int year, std::optional<EvaluationKind> kind) {
        return std::any_of(data.evaluations.cbegin(), data.evaluations.cend(), [&](const Evaluation& evaluation) {
            return evaluation.editionId == edition.id && evaluation.year == year && (!kind || evaluation.kind == *kind);
        });
    };
    const bool finalDone = std::any_of(data.evaluations.cbegin(), data.evaluations.cend(), [&](const auto& e) {
        return e.editionId == edition.id && e.kind == EvaluationKind::Final;
    });
    const int lastYear = lastCompleteYear(data, asOf);
    for (int year = edition.firstYear(); year <= lastYear; ++year) {
        // The final evaluation stands for the edition's last year.
        if (evaluated(year, std::nullopt) || (year == edition.lastYear() && finalDone))
            continue;
        findings.append(editionFinding(
            data, AnnualEvaluation, Severity::Error,
            Tr::tr("No intermediate evaluation of %1 is recorded for %2.").arg(edition.title).arg(year)));
    }
    if (asOf > edition.endDate && !finalDone)
        findings.append(editionFinding(data, AnnualEvaluation, Severity::Error,
                                       Tr::tr("%1 ended on %2 and no final evaluation is recorded.")
                                           .arg(edition.title, formatDate(edition.endDate))));
    return findings;
}

bool isWithinEdition(const Edition& edition, const Meeting& meeting)
{
    if (!edition.startDate.isValid() || !edition.endDate.isValid() || !meeting.date.isValid())
        return true;
    const QDate last =
        meeting.kind == MeetingKind::CopilFinal ? edition.endDate.addMonths(FinalCopilGraceMonths) : edition.endDate;
    return meeting.date >= edition.startDate && meeting.date <= last;
}

Findings checkMeetingInEdition(const EditionData& data)
{
    Findings findings;
    const Edition& edition = data.edition;
    if (!edition.startDate.isValid() || !edition.endDate.isValid())
        return findings;
    for (const auto& meeting : data.meetings) {
        if (!meeting.date.isValid() || meeting.date < edition.startDate || isWithinEdition(edition, meeting))
            continue;
        const QString label = meeting.title.isEmpty() ? enumLabel(meeting.kind) : meeting.title;
        findings.append({QString::fromLatin1(MeetingInEdition), Severity::Warning, Entity::Meeting, meeting.uuid,
                         QStringLiteral("%1, %2").arg(label, formatDate(meeting.date)),
                         Tr::tr("%1 (%2) is dated %3, after the end of %4 (%5): it counts for none of the edition's "
                                "rules. Correct its date, or record it in the next edition.")
                             .arg(label, enumLabel(meeting.kind), formatDate(meeting.date), edition.title,
                                  formatDate(edition.endDate))});
    }
    return findings;
}

} // namespace pacte::rules
