// The evaluation of the governance (issue 18, part 4): the bodies established held against those
// planned, the decision circuit (the coordinator's assessment), the integration of new partners, the
// groups without a partner pilot, and the coverage's findings counted.
#include "domain/coverage.h"
#include "domain/format.h"
#include "domain/governanceevaluation.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QSet>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::GovernanceEvaluation)
};

constexpr qsizetype MaxGroupsListed = 30;

QString countCell(int count, bool bad = false)
{
    if (count == 0)
        return QStringLiteral("0");
    return bad ? QStringLiteral("<span class=\"ko\">%1</span>").arg(formatCount(count)) : formatCount(count);
}

void writeBodies(const ReportData& report, const GovernanceEvaluation& evaluation, ReportHtml& out)
{
    out.heading(2, Tr::tr("Bodies established"));
    const QString groups = evaluation.groups == 0
                               ? Tr::tr("No working group established.")
                               : Tr::tr("%1, of which %2.")
                                     .arg(Tr::tr("%n working group(s) established", nullptr, evaluation.groups),
                                          Tr::tr("%n active", nullptr, evaluation.activeGroups));
    out.paragraph(Tr::tr("%1 Meetings recorded up to %2, by kind of body: what became of them.")
                      .arg(groups, formatDate(report.asOf)));
    if (evaluation.bodies.isEmpty()) {
        out.paragraph(Tr::tr("No meeting is recorded."), QStringLiteral("note"));
        return;
    }
    out.beginTable({Tr::tr("Body"), Tr::tr("Recorded"), Tr::tr("Held"), Tr::tr("Postponed"), Tr::tr("Cancelled"),
                    Tr::tr("Status not updated"), Tr::tr("Decisions written"), Tr::tr("To come")},
                   {16, 12, 12, 12, 12, 12, 12, 12});
    const QString num = QStringLiteral("num");
    for (const auto& body : evaluation.bodies) {
        out.row(
            {escaped(enumLabel(body.kind)), formatCount(body.scheduled), formatCount(body.held),
             formatCount(body.postponed), formatCount(body.cancelled), countCell(body.notRecorded, true),
             body.held == 0 ? QStringLiteral("—") : QStringLiteral("%1 / %2").arg(body.withDecisions).arg(body.held),
             formatCount(body.coming)},
            {{}, num, num, num, num, num, num, num});
    }
    out.endTable();
    out.paragraph(Tr::tr("« Status not updated »: meetings whose day has passed and that are still marked planned; "
                         "« Decisions written »: held meetings whose decisions are recorded."),
                  QStringLiteral("note"));
}

void writeDecisionCircuit(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Legibility of the decision circuit"));
    const QString text = report.evaluation ? report.evaluation->governanceAssessment.trimmed() : QString();
    if (text.isEmpty()) {
        out.paragraph(Tr::tr("A judgement the records cannot make: no written assessment of the governance for %1 "
                             "(Evaluation section, « Governance » field of the year's evaluation).")
                          .arg(report.evaluationYear),
                      QStringLiteral("note"));
        return;
    }
    out.paragraph(Tr::tr("The coordinator's assessment (%1):").arg(report.evaluationYear), QStringLiteral("note"));
    out.paragraph(text);
}

void writeNewPartners(const ReportData& report, const GovernanceEvaluation& evaluation, ReportHtml& out)
{
    out.heading(2, Tr::tr("Integration of new partners"));
    if (!evaluation.newPartnersKnown) {
        out.paragraph(Tr::tr("No previous pact is recorded before %1: its new partners cannot be told from the others.")
                          .arg(report.data.edition.title),
                      QStringLiteral("note"));
        return;
    }
    if (!report.previousSignatoriesGap.isEmpty()) {
        out.paragraph(Tr::tr("New partners since the previous pact: %1.").arg(report.previousSignatoriesGap),
                      QStringLiteral("note"));
        return;
    }
    QSet<Id> inScope;
    for (const auto* partner : report.partners())
        inScope.insert(partner->id);
    QList<NewPartnerInvolvement> partners;
    for (const auto& partner : evaluation.newPartners) {
        if (inScope.contains(partner.partnerId))
            partners.append(partner);
    }
    if (partners.isEmpty()) {
        out.paragraph(
            Tr::tr("No partner engaged in %1 was absent from the previous pact.").arg(report.data.edition.title));
        return;
    }
    const auto inGroups = std::count_if(partners.cbegin(), partners.cend(),
                                        [](const NewPartnerInvolvement& p) { return p.inAnyGroup(); });
    out.paragraph(Tr::tr("%n partner(s) engaged in %1 and not in the previous pact; %2 in at least one working group.",
                         nullptr, static_cast<int>(partners.size()))
                      .arg(report.data.edition.title, formatCount(inGroups)));
    out.beginTable({Tr::tr("Partner"), Tr::tr("Pilots"), Tr::tr("Co-pilots"), Tr::tr("Member of")}, {55, 15, 15, 15});
    const QString num = QStringLiteral("num");
    for (const auto& partner : std::as_const(partners)) {
        const QString name = escaped(partnerName(report.data, partner.partnerId));
        if (!partner.inAnyGroup()) {
            out.row({name, QStringLiteral("<span class=\"warn\">%1</span>").arg(escaped(Tr::tr("in no group"))),
                     QString(), QString()});
            continue;
        }
        out.row({name, formatCount(partner.pilots), formatCount(partner.coPilots), formatCount(partner.memberships)},
                {{}, num, num, num});
    }
    out.endTable();
}

void writeGroupList(const ReportData& report, const QList<Id>& groupIds, ReportHtml& out)
{
    out.beginTable({Tr::tr("Working group"), Tr::tr("Pilot • co-pilot")}, {50, 50});
    for (qsizetype i = 0; i < groupIds.size() && i < MaxGroupsListed; ++i) {
        if (const auto* group = report.data.group(groupIds.at(i)))
            out.row({escaped(report.data.groupLabel(*group)), escaped(pilotsText(report.data, *group))});
    }
    out.endTable();
    if (groupIds.size() > MaxGroupsListed)
        out.paragraph(Tr::tr("… and %n more.", nullptr, static_cast<int>(groupIds.size() - MaxGroupsListed)),
                      QStringLiteral("note"));
}

void writePilots(const ReportData& report, const GovernanceEvaluation& evaluation, ReportHtml& out)
{
    out.heading(2, Tr::tr("Groups without a partner pilot"));
    out.paragraph(Tr::tr("Groups whose pilot and co-pilot are both the Département, or that have none: the "
                         "presence of a partner as pilot or co-pilot is one of the criteria the groups are "
                         "evaluated on."),
                  QStringLiteral("note"));
    if (evaluation.groups == 0) {
        out.paragraph(Tr::tr("No working group is recorded for %1.").arg(report.data.edition.title));
        return;
    }
    if (evaluation.groupsWithoutPartnerPilot.isEmpty() && evaluation.groupsWithoutPilot.isEmpty()) {
        out.paragraph(Tr::tr("Every working group has a partner among its pilots (%1).")
                          .arg(Tr::tr("%n group(s)", nullptr, evaluation.groups)));
        return;
    }
    if (!evaluation.groupsWithoutPartnerPilot.isEmpty()) {
        out.paragraph(Tr::tr("%n group(s) led by the Département alone, as recorded:", nullptr,
                             static_cast<int>(evaluation.groupsWithoutPartnerPilot.size())));
        writeGroupList(report, evaluation.groupsWithoutPartnerPilot, out);
    }
    if (!evaluation.groupsWithoutPilot.isEmpty()) {
        out.paragraph(Tr::tr("%n group(s) without any pilot recorded:", nullptr,
                             static_cast<int>(evaluation.groupsWithoutPilot.size())));
        writeGroupList(report, evaluation.groupsWithoutPilot, out);
    }
}

void writeCoverageCounts(const ReportData& report, const GovernanceEvaluation& evaluation, ReportHtml& out)
{
    out.heading(2, Tr::tr("Superpositions, duplicates and gaps"));
    if (evaluation.groups == 0) {
        out.paragraph(Tr::tr("No working group is recorded yet: there is no intervention to compare."));
        return;
    }
    out.beginTable({Tr::tr("Observation on the records"), Tr::tr("Count")}, {80, 20});
    const QString num = QStringLiteral("num");
    out.row({escaped(Tr::tr("Themes of the pact without a working group in a territory")),
             formatCount(evaluation.gapsWithoutGroup)},
            {{}, num});
    out.row({escaped(Tr::tr("Themes with groups but no action under way in a territory")),
             formatCount(evaluation.gapsWithoutLiveAction)},
            {{}, num});
    out.row(
        {escaped(Tr::tr("Several groups on the same theme in the same territory")), formatCount(evaluation.overlaps)},
        {{}, num});
    out.row({escaped(Tr::tr("Possible duplicates between actions of different groups")),
             formatCount(evaluation.possibleDuplicates)},
            {{}, num});
    out.endTable();
    out.paragraph(report.scope.sections.coverage
                      ? Tr::tr("Observations, not judgements: the pact does not ask for every theme everywhere. The "
                               "details are in « Who does what where ».")
                      : Tr::tr("Observations, not judgements: the pact does not ask for every theme everywhere. "
                               "Tick « Who does what where » in the report dialog for the details."),
                  QStringLiteral("note"));
}

} // namespace

void writeGovernanceEvaluation(const ReportData& report, ReportHtml& out)
{
    const GovernanceEvaluation evaluation = evaluateGovernance(report.data, report.asOf, report.coverage());

    out.heading(1, Tr::tr("Evaluation of the governance"));
    out.paragraph(Tr::tr("The bodies established, the decision circuit, the integration of new partners, the groups' "
                         "pilots, and the superpositions, duplicates and gaps between the actors' interventions. "
                         "Figures computed from the records as of %1; what is judgement is the coordinator's.")
                      .arg(formatDate(report.asOf)),
                  QStringLiteral("lead"));
    writeBodies(report, evaluation, out);
    writeDecisionCircuit(report, out);
    writeNewPartners(report, evaluation, out);
    writePilots(report, evaluation, out);
    writeCoverageCounts(report, evaluation, out);
}

} // namespace pacte::sections
