// The working groups' yearly evaluations (§1.4 "L'évaluation des actions menées"), per axis: how many
// groups evaluated their year, the partnership as they judge it, and the figures the records give.
// Self-contained: the governance-evaluation section may take it over as it is.
#include "domain/format.h"
#include "domain/groupevaluation.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QMap>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::GroupEvaluations)
};

// Each entered text is printed in short; the full text is in the group's sheet.
constexpr qsizetype TextShown = 300;

const GroupEvaluation* evaluationOf(const ReportData& report, Id groupId)
{
    for (const auto& evaluation : report.groupEvaluations) {
        if (evaluation.groupId == groupId && evaluation.year == report.evaluationYear)
            return &evaluation;
    }
    return nullptr;
}

QString qualityDistribution(const QMap<PartnershipQuality, int>& counts)
{
    QStringList parts;
    for (const PartnershipQuality quality : enumValues<PartnershipQuality>()) {
        if (const int n = counts.value(quality); n > 0)
            parts
                << QStringLiteral("%1\u00a0: %2").arg(enumLabel(quality)).arg(n); // French: a space that does not break
    }
    return parts.join(QStringLiteral(", "));
}

QString enteredText(const GroupEvaluation& evaluation)
{
    QStringList parts;
    const auto add = [&](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty())
            parts << QStringLiteral("<b>%1</b> %2").arg(escaped(label), escaped(shortened(text.trimmed(), TextShown)));
    };
    add(Tr::tr("Effects:"), evaluation.effects);
    add(Tr::tr("Coherence with existing schemes:"), evaluation.coherence);
    add(Tr::tr("Partnership:"), evaluation.partnershipComment);
    add(Tr::tr("Difficulties:"), evaluation.difficulties);
    add(Tr::tr("Adjustments proposed:"), evaluation.adjustments);
    return parts.isEmpty() ? missing() : parts.join(QStringLiteral("<br/>"));
}

void writeAxis(const ReportData& report, ReportHtml& out, const QString& title,
               const QList<const WorkingGroup*>& groups)
{
    out.heading(3, title);
    int evaluated = 0;
    int withoutPilot = 0;
    int meetings = 0;
    int persons = 0;
    int headCount = 0;
    QMap<PartnershipQuality, int> qualities;
    for (const auto* group : groups) {
        const GroupEvaluationFigures figures =
            computeGroupEvaluationFigures(report.data, group->id, report.evaluationYear);
        if (!figures.hasPilot)
            ++withoutPilot;
        meetings += figures.meetingsHeld;
        persons += figures.attendingPersons;
        headCount += figures.headCountTotal;
        const GroupEvaluation* evaluation = evaluationOf(report, group->id);
        if (evaluation && !evaluation->isBlank())
            ++evaluated;
        ++qualities[evaluation ? evaluation->partnershipQuality : PartnershipQuality::NotAssessed];
    }
    out.beginTable({Tr::tr("Summary"), Tr::tr("Value")}, {60, 40});
    out.row({escaped(Tr::tr("Groups that entered their evaluation")),
             escaped(Tr::tr("%1 out of %2").arg(evaluated).arg(groups.size()))});
    out.row({escaped(Tr::tr("Quality of the partnership (as the groups judge it)")),
             escaped(qualityDistribution(qualities))});
    out.row({escaped(Tr::tr("Groups without a pilot recorded")), formatCount(withoutPilot)},
            {{}, QStringLiteral("num")});
    out.row({escaped(Tr::tr("Group meetings held (computed)")), formatCount(meetings)}, {{}, QStringLiteral("num")});
    out.row({escaped(Tr::tr("People recorded present at them (computed, counted per group)")), formatCount(persons)},
            {{}, QStringLiteral("num")});
    out.row({escaped(Tr::tr("Head counts stated at them (computed)")), formatCount(headCount)},
            {{}, QStringLiteral("num")});
    out.endTable();

    out.beginTable({Tr::tr("Working group"), Tr::tr("Partnership"), Tr::tr("Meetings held"), Tr::tr("Entered")},
                   {24, 16, 10, 50});
    for (const auto* group : groups) {
        const GroupEvaluationFigures figures =
            computeGroupEvaluationFigures(report.data, group->id, report.evaluationYear);
        const GroupEvaluation* evaluation = evaluationOf(report, group->id);
        out.row({escaped(report.data.groupLabel(*group)),
                 escaped(enumLabel(evaluation ? evaluation->partnershipQuality : PartnershipQuality::NotAssessed)),
                 formatCount(figures.meetingsHeld),
                 evaluation ? enteredText(*evaluation) : escaped(Tr::tr("no evaluation entered"))},
                {{}, {}, QStringLiteral("num"), {}});
    }
    out.endTable();
}

} // namespace

void writeGroupEvaluations(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Working groups' evaluations of %1").arg(report.evaluationYear));
    out.paragraph(Tr::tr("What each group entered for the year (effects, coherence with existing schemes, quality of "
                         "the partnership on a four-step scale, difficulties, adjustments proposed), with the figures "
                         "computed from the records: pilot, the group's meetings held in the year and their "
                         "attendance."),
                  QStringLiteral("note"));
    if (report.data.groups.isEmpty()) {
        out.paragraph(Tr::tr("No working group in this scope."), QStringLiteral("note"));
        return;
    }
    QList<Id> axisIds;
    for (const auto& axis : report.data.axes)
        axisIds.append(axis.id);
    for (const auto& axis : report.data.axes) {
        QList<const WorkingGroup*> groups;
        for (const auto& group : report.data.groups) {
            if (group.axisId == axis.id)
                groups.append(&group);
        }
        if (!groups.isEmpty())
            writeAxis(report, out, QStringLiteral("%1. %2").arg(axis.number).arg(axis.title), groups);
    }
    QList<const WorkingGroup*> withoutAxis;
    for (const auto& group : report.data.groups) {
        if (!axisIds.contains(group.axisId))
            withoutAxis.append(&group);
    }
    if (!withoutAxis.isEmpty())
        writeAxis(report, out, Tr::tr("Groups without an axis"), withoutAxis);
}

} // namespace pacte::sections
