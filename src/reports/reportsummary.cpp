// The summary: the key counts as Annexe 1 gives them, and the main charts.
#include "domain/declaredcount.h"
#include "domain/format.h"
#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Summary)
};

// One horizontal bar per row, stacked by status.
ReportChart statusBars(const QList<QPair<QString, QMap<ActionStatus, int>>>& rows)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::StackedBars;
    for (const auto& [label, counts] : rows)
        chart.categories << label;
    for (ActionStatus status : statusOrder()) {
        ReportChart::Series series{enumLabel(status), statusColour(status), {}};
        bool any = false;
        for (const auto& row : rows) {
            series.values << row.second.value(status);
            any = any || row.second.value(status) > 0;
        }
        if (any || status != ActionStatus::Abandoned)
            chart.series << series;
    }
    chart.size = QSizeF(630, 30.0 * std::max<qsizetype>(rows.size(), 1) + 34);
    return chart;
}

// A key figure: the count, and under it `one` or `many` as the count says.
QString keyFigure(int value, const QString& one, const QString& many)
{
    return QStringLiteral("<td class=\"key\"><span class=\"key-value\">%1</span><br />%2</td>")
        .arg(formatCount(value), escaped(value > 1 ? many : one));
}

} // namespace

QString statusCountsText(const QMap<ActionStatus, int>& counts)
{
    QStringList parts;
    for (ActionStatus status : statusOrder()) {
        if (counts.value(status) > 0)
            parts << QStringLiteral("%1 %2").arg(counts.value(status)).arg(enumLabel(status));
    }
    return parts.join(QStringLiteral(", "));
}

void writeSummary(const ReportData& data, ReportHtml& out)
{
    const EditionStats& stats = data.stats;
    out.heading(1, Tr::tr("Summary"));
    out.paragraph(
        data.scope.year != 0 && data.frozen
            ? Tr::tr("Figures of the yearly evaluation %1, frozen: they read as they were on %2.")
                  .arg(data.scope.year)
                  .arg(formatDate(data.snapshot.asOf))
            : Tr::tr("Figures as of %1.").arg(formatDate(data.scope.year != 0 ? data.asOf : data.generatedOn)),
        QStringLiteral("lead"));

    const auto engaged = data.partners();
    const int partners = static_cast<int>(std::count_if(engaged.cbegin(), engaged.cend(), [&](const Partner* p) {
        return p->signatureFor(data.data.edition.id)->status != SignatureStatus::Declined;
    }));
    out.raw(QStringLiteral("<table class=\"keys\" width=\"100%\" cellspacing=\"6\" cellpadding=\"8\"><tr>"));
    out.raw(keyFigure(stats.workingGroups, Tr::tr("working group"), Tr::tr("working groups")));
    out.raw(keyFigure(stats.actions, Tr::tr("action"), Tr::tr("actions")));
    out.raw(keyFigure(stats.experimentations, Tr::tr("experimentation"), Tr::tr("experimentations")));
    // Where the pact declares more signatories than the data can name, the figure says both.
    const auto& declared = data.data.edition.declaredSignatories;
    if (declared)
        out.raw(QStringLiteral("<td class=\"key\"><span class=\"key-value\">%1</span><br />%2</td>")
                    .arg(formatCount(partners), escaped(Tr::tr("partners recorded out of %n declared signatory(ies)",
                                                               nullptr, declared->value))));
    else if (std::all_of(engaged.cbegin(), engaged.cend(), [&](const Partner* p) {
                 const auto status = p->signatureFor(data.data.edition.id)->status;
                 return status == SignatureStatus::Signed || status == SignatureStatus::Declined;
             }))
        out.raw(keyFigure(partners, Tr::tr("signatory partner"), Tr::tr("signatory partners")));
    else // some signatures are not recorded (yet): the partners are expected, not signatories
        out.raw(keyFigure(partners, Tr::tr("partner expected"), Tr::tr("partners expected")));
    out.raw(keyFigure(stats.meetingsHeld, Tr::tr("meeting held"), Tr::tr("meetings held")));
    out.raw(QStringLiteral("</tr></table>\n"));
    if (declared)
        out.paragraph(
            QStringLiteral("%1. %2").arg(declaredSignatoriesText(partners, *declared), declaredSourceText(*declared)),
            QStringLiteral("small"));
    // A renewed edition says what it took over from the earlier one.
    if (data.renewal)
        out.paragraph(renewalSummaryText(*data.renewal));

    out.heading(2, Tr::tr("Actions by status"));
    out.paragraph(Tr::tr("As in Annexe 1 of the pact: where each recommended action stands."));
    out.beginTable({Tr::tr("Status"), Tr::tr("Actions"), Tr::tr("Share")}, {56, 22, 22});
    for (ActionStatus status : statusOrder()) {
        const int count = stats.actionsByStatus.value(status);
        if (status == ActionStatus::Abandoned && count == 0)
            continue;
        const QString share = stats.actions == 0 ? QStringLiteral("—")
                                                 : QStringLiteral("%1 %").arg(qRound(100.0 * count / stats.actions));
        out.row({QStringLiteral("<span style=\"color: %1\">&#9632;</span> %2")
                     .arg(statusColour(status).name(), escaped(enumLabel(status))),
                 formatCount(count), share},
                {{}, QStringLiteral("num"), QStringLiteral("num")});
    }
    out.row({QStringLiteral("<b>%1</b>").arg(escaped(Tr::tr("Total"))), QStringLiteral("<b>%1</b>").arg(stats.actions),
             QString()},
            {{}, QStringLiteral("num"), QStringLiteral("num")});
    out.endTable();

    ReportChart donut;
    donut.kind = ReportChart::Kind::Donut;
    donut.centreLabel = Tr::tr("actions");
    for (ActionStatus status : statusOrder()) {
        if (status != ActionStatus::Abandoned || stats.actionsByStatus.value(status) > 0)
            donut.series << ReportChart::Series{
                enumLabel(status), statusColour(status), {stats.actionsByStatus.value(status)}};
    }
    donut.size = QSizeF(520, 190);
    writeIllustrativeChartNote(data, out);
    out.raw(QStringLiteral("<p class=\"chart\">%1</p>\n").arg(out.chart(donut)));

    // By axis and by territory, stacked by status: from the actions themselves (live or as of the
    // year), or from the frozen snapshot.
    QList<QPair<QString, QMap<ActionStatus, int>>> byAxis;
    QList<QPair<QString, QMap<ActionStatus, int>>> byTerritory;
    if (data.scope.year != 0) {
        for (const auto& axis : data.snapshot.axes)
            byAxis.append({axis, {}});
        for (const auto& territory : data.snapshot.territories)
            byTerritory.append({territory, {}});
        for (const auto& action : data.snapshot.actions) {
            for (auto& [title, counts] : byAxis) {
                if (title == action.axisTitle)
                    ++counts[action.status];
            }
            for (auto& [name, counts] : byTerritory) {
                if (action.territories.contains(name))
                    ++counts[action.status];
            }
        }
    } else {
        QHash<Id, QMap<ActionStatus, int>> axisCounts;
        QHash<Id, QMap<ActionStatus, int>> territoryCounts;
        for (const auto& action : data.data.actions) {
            const auto* group = data.data.group(action.groupId);
            ++axisCounts[action.axisId != NoId ? action.axisId : (group ? group->axisId : NoId)][action.status];
            if (group) {
                for (Id territory : group->territoryIds)
                    ++territoryCounts[territory][action.status];
            }
        }
        for (const auto& axis : data.data.axes) {
            if (data.scope.axisId == NoId || axis.id == data.scope.axisId)
                byAxis.append({QStringLiteral("%1. %2").arg(axis.number).arg(axis.title), axisCounts.value(axis.id)});
        }
        for (const auto* territory : data.territories())
            byTerritory.append({territory->name, territoryCounts.value(territory->id)});
    }
    if (byAxis.size() > 1) {
        out.heading(2, Tr::tr("Actions by axis"));
        writeIllustrativeChartNote(data, out);
        out.raw(QStringLiteral("<p class=\"chart\">%1</p>\n").arg(out.chart(statusBars(byAxis))));
    }
    if (byTerritory.size() > 1) {
        out.heading(2, Tr::tr("Actions by territory"));
        out.paragraph(Tr::tr("A working group on two territories counts in both."), QStringLiteral("note"));
        writeIllustrativeChartNote(data, out);
        out.raw(QStringLiteral("<p class=\"chart\">%1</p>\n").arg(out.chart(statusBars(byTerritory))));
    }
}

} // namespace pacte::sections
