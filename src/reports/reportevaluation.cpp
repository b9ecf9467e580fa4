// The yearly evaluation (§1.4) and the partners with their signatures.
#include "domain/declaredcount.h"
#include "domain/format.h"
#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Evaluation)
};

// Lists of changes are cut beyond this many lines in the printed report.
constexpr int ChangesListed = 30;

QString valueText(const std::optional<double>& value)
{
    return value ? formatNumber(*value) : QStringLiteral("—");
}

void countRow(ReportHtml& out, const QString& label, int value)
{
    out.row({escaped(label), formatCount(value)}, {{}, QStringLiteral("num")});
}

void writeCounts(const ReportData& report, ReportHtml& out)
{
    const EvaluationCounts counts = countEvaluation(report.snapshot);
    // The counts are those of the report's scope: a territory's report gives the territory's.
    if (!report.territoryName.isEmpty())
        out.heading(2, Tr::tr("Counts for the territory %1").arg(report.territoryName));
    else if (!report.axisTitle.isEmpty())
        out.heading(2, Tr::tr("Counts for the axis %1").arg(report.axisTitle));
    else
        out.heading(2, Tr::tr("Departmental counts"));
    out.beginTable({Tr::tr("Count (§1.4)"), Tr::tr("Value")}, {80, 20});
    countRow(out, Tr::tr("Working groups"), counts.workingGroups);
    countRow(out, Tr::tr("of which active"), counts.activeGroups);
    countRow(out, Tr::tr("Actions"), counts.actions);
    countRow(out, Tr::tr("Projects carried out (completed or running)"), counts.carriedOut);
    countRow(out, Tr::tr("Experimentations developed"), counts.experimentations);
    countRow(out, Tr::tr("Meetings held during the year"), counts.meetingsHeld);
    countRow(out, Tr::tr("Territories whose local committee met"), counts.territoriesWithLocalCommittee);
    if (report.previousSignatoriesGap.isEmpty())
        countRow(out, Tr::tr("New partners since the previous pact"), counts.newPartners);
    else
        out.row({escaped(Tr::tr("New partners since the previous pact")), escaped(report.previousSignatoriesGap)});
    countRow(out, Tr::tr("Indicators"), counts.indicators);
    countRow(out, Tr::tr("Indicators measured"), counts.indicatorsMeasured);
    countRow(out, Tr::tr("Indicators on target"), counts.indicatorsOnTarget);
    out.endTable();
    if (!counts.actionsByTheme.isEmpty()) {
        out.heading(3, Tr::tr("Actions by theme"));
        out.beginTable({Tr::tr("Theme"), Tr::tr("Actions")}, {80, 20});
        for (const auto& [theme, count] : counts.actionsByTheme)
            out.row({theme.isEmpty() ? missing() : escaped(theme), formatCount(count)}, {{}, QStringLiteral("num")});
        out.endTable();
    }
}

void writeAssessments(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Assessment of the coordinator"));
    if (!report.evaluation) {
        out.paragraph(Tr::tr("No evaluation has been recorded for %1.").arg(report.evaluationYear),
                      QStringLiteral("note"));
        return;
    }
    const Evaluation& evaluation = *report.evaluation;
    if (!evaluation.assessment.trimmed().isEmpty())
        out.paragraph(evaluation.assessment.trimmed());
    out.heading(3, Tr::tr("Effects produced on each axis"));
    out.beginTable({Tr::tr("Axis"), Tr::tr("Assessment")}, {34, 66});
    for (const auto& axis : report.data.axes) {
        if (report.scope.axisId != NoId && axis.id != report.scope.axisId)
            continue;
        QString text;
        for (const auto& assessment : evaluation.axisAssessments) {
            if (assessment.axisId == axis.id)
                text = assessment.text;
        }
        out.row({escaped(QStringLiteral("%1. %2").arg(axis.number).arg(axis.title)), textOrMissing(text)});
    }
    out.endTable();
    if (!evaluation.governanceAssessment.trimmed().isEmpty()) {
        out.heading(3, Tr::tr("Governance"));
        out.paragraph(evaluation.governanceAssessment.trimmed());
    }
}

void listRows(ReportHtml& out, const QString& title, const QStringList& items)
{
    if (items.isEmpty())
        return;
    QStringList shown = items.mid(0, ChangesListed);
    QString text = escaped(shown.join(QStringLiteral(" ; ")));
    if (items.size() > ChangesListed)
        text += escaped(Tr::tr(" … and %n more", nullptr, static_cast<int>(items.size() - ChangesListed)));
    out.row({escaped(title), formatCount(items.size()), text}, {{}, QStringLiteral("num"), {}});
}

// The territories' local pacts against N-1 (issue 20): priorities that appeared or went, reviews written.
void writeLocalPactChanges(const ReportData& report, ReportHtml& out)
{
    const auto& moves = report.changes->localPactMoves;
    if (moves.isEmpty())
        return;
    const int previous = report.evaluationYear - 1;
    out.beginTable({Tr::tr("Local pact"), Tr::tr("Priorities"), Tr::tr("Review %1").arg(report.evaluationYear),
                    Tr::tr("Review %1").arg(previous)},
                   {22, 48, 15, 15});
    for (const auto& move : moves) {
        QStringList priorities;
        if (!move.newPriorities.isEmpty())
            priorities << Tr::tr("New: %1").arg(move.newPriorities.join(QStringLiteral(", ")));
        if (!move.droppedPriorities.isEmpty())
            priorities << Tr::tr("Dropped: %1").arg(move.droppedPriorities.join(QStringLiteral(", ")));
        if (priorities.isEmpty())
            priorities << Tr::tr("Unchanged");
        out.row({escaped(move.territory), escaped(priorities.join(QStringLiteral("; "))),
                 escaped(move.reviewed ? Tr::tr("written") : Tr::tr("none")),
                 escaped(move.reviewedBefore ? Tr::tr("written") : Tr::tr("none"))});
    }
    out.endTable();
}

void writeChanges(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Changes since %1").arg(report.evaluationYear - 1));
    if (!report.changes) {
        out.paragraph(Tr::tr("%1 is the first year of the pact.").arg(report.evaluationYear), QStringLiteral("note"));
        return;
    }
    const EvaluationComparison& changes = *report.changes;
    writeLocalPactChanges(report, out);
    if (changes.statusChanges.isEmpty() && changes.indicatorMoves.isEmpty() && changes.newActions.isEmpty() &&
        changes.removedActions.isEmpty() && changes.newGroups.isEmpty() && changes.closedGroups.isEmpty()) {
        out.paragraph(Tr::tr("Nothing changed since %1.").arg(report.evaluationYear - 1), QStringLiteral("note"));
        return;
    }
    if (!changes.newGroups.isEmpty() || !changes.closedGroups.isEmpty() || !changes.newActions.isEmpty() ||
        !changes.removedActions.isEmpty()) {
        out.beginTable({Tr::tr("Change"), Tr::tr("Number"), Tr::tr("Which")}, {26, 10, 64});
        listRows(out, Tr::tr("New working groups"), changes.newGroups);
        listRows(out, Tr::tr("Closed working groups"), changes.closedGroups);
        listRows(out, Tr::tr("New actions"), changes.newActions);
        listRows(out, Tr::tr("Actions removed"), changes.removedActions);
        out.endTable();
    }
    if (!changes.statusChanges.isEmpty()) {
        out.heading(3, Tr::tr("Actions whose status changed"));
        out.beginTable({Tr::tr("Action"), Tr::tr("Before"), Tr::tr("Now")}, {56, 22, 22});
        for (qsizetype i = 0; i < changes.statusChanges.size() && i < ChangesListed; ++i) {
            const auto& change = changes.statusChanges.at(i);
            out.row({escaped(change.title), escaped(enumLabel(change.from)), escaped(enumLabel(change.to))});
        }
        out.endTable();
        if (changes.statusChanges.size() > ChangesListed)
            out.paragraph(
                Tr::tr("… and %n more.", nullptr, static_cast<int>(changes.statusChanges.size() - ChangesListed)),
                QStringLiteral("note"));
    }
    if (!changes.indicatorMoves.isEmpty()) {
        out.heading(3, Tr::tr("Indicators that moved"));
        out.beginTable({Tr::tr("Indicator"), Tr::tr("Action"), Tr::tr("Before"), Tr::tr("Now")}, {34, 38, 14, 14});
        for (qsizetype i = 0; i < changes.indicatorMoves.size() && i < ChangesListed; ++i) {
            const auto& move = changes.indicatorMoves.at(i);
            out.row({escaped(move.name), escaped(move.actionTitle), valueText(move.from), valueText(move.to)},
                    {{}, {}, QStringLiteral("num"), QStringLiteral("num")});
        }
        out.endTable();
        if (changes.indicatorMoves.size() > ChangesListed)
            out.paragraph(
                Tr::tr("… and %n more.", nullptr, static_cast<int>(changes.indicatorMoves.size() - ChangesListed)),
                QStringLiteral("note"));
    }
}

QString deliberationText(const Deliberation& d)
{
    QStringList parts;
    if (!d.body.isEmpty())
        parts << d.body;
    if (d.meetingDate.isValid())
        parts << Tr::tr("meeting of %1").arg(formatDate(d.meetingDate));
    if (!d.actIdentifier.isEmpty())
        parts << Tr::tr("act %1").arg(d.actIdentifier);
    // Unknown is not zero: a figure the act does not state reads "not stated".
    const auto figure = [](const std::optional<int>& value) {
        return value ? QString::number(*value) : Tr::tr("not stated");
    };
    if (d.voters.value_or(0) > 0)
        parts << Tr::tr("%1 for, %2 against, %3 abstentions out of %4 voters")
                     .arg(figure(d.inFavour), figure(d.against), figure(d.abstentions), figure(d.voters));
    else if (!d.hasFigures())
        parts << Tr::tr("vote figures not stated");
    return parts.join(QStringLiteral(", "));
}

} // namespace

void writeEvaluation(const ReportData& report, ReportHtml& out)
{
    out.heading(1, Tr::tr("Yearly evaluation %1").arg(report.evaluationYear));
    if (report.evaluationYear > report.generatedOn.year()) {
        out.paragraph(Tr::tr("The year %1 has not begun.").arg(report.evaluationYear), QStringLiteral("note"));
        return;
    }
    out.paragraph(report.frozen ? Tr::tr("Figures frozen on %1 by %2; they describe %3.")
                                      .arg(formatDateTime(report.snapshot.frozenAt), report.snapshot.frozenBy,
                                           formatDate(report.snapshot.asOf))
                                : Tr::tr("The year is not frozen: figures read from the data as of %1.")
                                      .arg(formatDate(report.snapshot.asOf)),
                  QStringLiteral("lead"));
    writeCounts(report, out);
    writeAssessments(report, out);
    writeChanges(report, out);
}

void writePartners(const ReportData& report, ReportHtml& out)
{
    const Id editionId = report.data.edition.id;
    const auto partners = report.partners();
    out.heading(1, Tr::tr("Partners and signatures"));
    // The signature's life (issue 19): expected, approved by the partner's deliberative body, signed;
    // or declined, or unknown. Only a signature recorded as such counts as one.
    const auto withStatus = [&](SignatureStatus status) {
        return static_cast<int>(std::count_if(partners.cbegin(), partners.cend(), [&](const Partner* p) {
            return p->signatureFor(editionId)->status == status;
        }));
    };
    const int expected = static_cast<int>(partners.size()) - withStatus(SignatureStatus::Declined);
    QStringList details;
    if (const int approved = withStatus(SignatureStatus::Approved))
        details << Tr::tr("%n approved by their deliberative body", nullptr, approved);
    if (const int pending = withStatus(SignatureStatus::Pending))
        details << Tr::tr("%n pending", nullptr, pending);
    if (const int unknown = withStatus(SignatureStatus::Unknown))
        details << Tr::tr("%n of unknown status", nullptr, unknown);
    if (const int declined = withStatus(SignatureStatus::Declined))
        details << Tr::tr("%n declined", nullptr, declined);
    QString lead = Tr::tr("%1: %2, %3")
                       .arg(report.data.edition.title, Tr::tr("%n partner(s) expected", nullptr, expected),
                            Tr::tr("%n signature(s) recorded", nullptr, withStatus(SignatureStatus::Signed)));
    if (!details.isEmpty())
        lead += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    out.paragraph(lead + QLatin1Char('.'), QStringLiteral("lead"));
    if (const auto& declared = report.data.edition.declaredSignatories) {
        const auto recorded = std::count_if(partners.cbegin(), partners.cend(), [&](const Partner* p) {
            return p->signatureFor(editionId)->status != SignatureStatus::Declined;
        });
        out.paragraph(QStringLiteral("%1. %2").arg(declaredSignatoriesText(static_cast<int>(recorded), *declared),
                                                   declaredSourceText(*declared)));
    }
    if (partners.isEmpty())
        return;
    out.beginTable({Tr::tr("Partner"), Tr::tr("Signature"), Tr::tr("Signatory"), Tr::tr("Deliberation")},
                   {30, 18, 20, 32});
    for (const auto* partner : partners) {
        const Signature& signature = *partner->signatureFor(editionId);
        QString name = QStringLiteral("<b>%1</b>").arg(escaped(partner->name));
        if (!partner->acronym.isEmpty() && partner->acronym != partner->name)
            name += QStringLiteral(" (%1)").arg(escaped(partner->acronym));
        name += QStringLiteral("<br /><span class=\"small\">%1</span>").arg(escaped(enumLabel(partner->category)));
        QString status = QStringLiteral("<span class=\"%1\">%2</span>")
                             .arg(signature.status == SignatureStatus::Signed     ? QStringLiteral("ok")
                                  : signature.status == SignatureStatus::Declined ? QStringLiteral("ko")
                                                                                  : QStringLiteral("warn"),
                                  escaped(enumLabel(signature.status)));
        if (signature.date.isValid())
            status += QStringLiteral("<br />") + escaped(formatDate(signature.date));
        QString signatory = escaped(signature.signatoryName);
        if (!signature.signatoryFunction.isEmpty())
            signatory +=
                QStringLiteral("<br /><span class=\"small\">%1</span>").arg(escaped(signature.signatoryFunction));
        const QString deliberation =
            signature.deliberation ? escaped(deliberationText(*signature.deliberation)) : QStringLiteral("—");
        out.row({name, status, signatory.isEmpty() ? QStringLiteral("—") : signatory, deliberation});
    }
    out.endTable();
    writeCommitments(report, out);
}

} // namespace pacte::sections
