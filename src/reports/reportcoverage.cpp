// "Qui fait quoi, où" (issue 18): the coverage of the scope, territories × themes, then what the
// coordinator may want to look at. Lists are capped so that a large edition's section stays short.
#include "domain/coverage.h"
#include "domain/coveragelookup.h"
#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Coverage)
};

constexpr qsizetype MaxListed = 15;     // gaps without a live action, overlaps
constexpr qsizetype MaxDuplicates = 20; // pairs of actions
constexpr qsizetype MaxPartners = 20;

void writeMore(ReportHtml& out, qsizetype shown, qsizetype total)
{
    if (total > shown)
        out.paragraph(Tr::tr("and %n other(s).", nullptr, static_cast<int>(total - shown)), QStringLiteral("note"));
}

QString cellHtml(const CoverageCell& cell)
{
    if (cell.groupIds.isEmpty())
        return QStringLiteral("<span class=\"missing\">—</span>");
    const QString counts = QStringLiteral("%1\u00a0/\u00a0%2").arg(cell.groupIds.size()).arg(cell.actionIds.size());
    if (cell.groupIds.size() >= 2)
        return QStringLiteral("<span class=\"warn\">%1</span>").arg(counts);
    if (cell.liveActions() == 0)
        return QStringLiteral("<span class=\"missing\">%1</span>").arg(counts);
    return counts;
}

void writeTable(const Coverage& coverage, const CoverageLookup& names, ReportHtml& out)
{
    // Territory names are long ("Haut-Languedoc et Ouest Héraultais"): their columns take most of the width.
    const auto territoryCount = static_cast<int>(coverage.territoryIds.size());
    const int width = territoryCount == 0 ? 0 : 80 / territoryCount;
    QStringList headers{Tr::tr("Theme")};
    QList<int> widths{100 - width * territoryCount};
    for (Id territoryId : coverage.territoryIds) {
        headers << names.territory(territoryId);
        widths << width;
    }
    out.beginTable(headers, widths, QStringLiteral("coverage"));
    int axis = -1;
    const auto columns = coverage.territoryIds.size() + 1;
    for (qsizetype h = 0; h < coverage.themeIds.size(); ++h) {
        const Id themeId = coverage.themeIds.at(h);
        if (names.axisNumber(themeId) != axis) {
            axis = names.axisNumber(themeId);
            out.raw(QStringLiteral("<tr><td class=\"axis\" colspan=\"%1\">%2</td></tr>\n")
                        .arg(columns)
                        .arg(escaped(Tr::tr("Axis %1 — %2").arg(axis).arg(names.axisTitle(themeId)))));
        }
        QStringList cells{escaped(names.theme(themeId))};
        QStringList classes{QString()};
        for (qsizetype t = 0; t < coverage.territoryIds.size(); ++t) {
            cells << cellHtml(coverage.cell(t, h));
            classes << QStringLiteral("count");
        }
        out.row(cells, classes);
    }
    out.endTable();
    out.paragraph(Tr::tr("In each cell: working groups / actions. In orange, several groups on the theme in the "
                         "territory; in grey, a group without an action in progress or running; “—”, no group "
                         "recorded."),
                  QStringLiteral("note"));
}

void writeGaps(const Coverage& coverage, const CoverageLookup& names, ReportHtml& out)
{
    out.heading(2, Tr::tr("Themes without a group or without a live action"));
    out.paragraph(Tr::tr("What the records show, territory by territory; the pact does not ask for every theme in "
                         "every territory."),
                  QStringLiteral("lead"));
    const auto themeCount = coverage.themeIds.size();
    bool any = false;
    for (qsizetype t = 0; t < coverage.territoryIds.size(); ++t) {
        QStringList themes;
        for (qsizetype h = 0; h < themeCount; ++h) {
            if (coverage.cell(t, h).groupIds.isEmpty())
                themes << names.theme(coverage.themeIds.at(h));
        }
        if (themes.isEmpty())
            continue;
        any = true;
        out.raw(QStringLiteral("<p><b>%1</b> — %2</p>\n")
                    .arg(escaped(names.territory(coverage.territoryIds.at(t))),
                         escaped(Tr::tr("no group recorded on %1 of the %n theme(s): %2.", nullptr,
                                        static_cast<int>(themeCount))
                                     .arg(themes.size())
                                     .arg(themes.join(QStringLiteral(", "))))));
    }
    QList<const CoverageGap*> noLive;
    for (const auto& gap : coverage.gaps) {
        if (gap.kind == CoverageGapKind::NoLiveAction)
            noLive.append(&gap);
    }
    if (!noLive.isEmpty()) {
        any = true;
        out.paragraph(Tr::tr("Groups, but no action in progress or running:"));
        // Tables rather than lists: a table row never splits across pages.
        out.beginTable({Tr::tr("Territory"), Tr::tr("Theme"), Tr::tr("Actions")}, {30, 40, 30});
        for (qsizetype i = 0; i < std::min(noLive.size(), MaxListed); ++i) {
            const CoverageGap& gap = *noLive.at(i);
            out.row({escaped(names.territory(gap.territoryId)), escaped(names.theme(gap.themeId)),
                     escaped(Tr::tr("%1 project(s), %2 completed or abandoned").arg(gap.projects).arg(gap.finished))});
        }
        out.endTable();
        writeMore(out, MaxListed, noLive.size());
    }
    if (!any)
        out.paragraph(Tr::tr("Every theme has a group with an action in progress or running in every territory."));
}

void writeOverlaps(const Coverage& coverage, const CoverageLookup& names, ReportHtml& out)
{
    out.heading(2, Tr::tr("Several groups on the same theme"));
    if (coverage.overlaps.isEmpty()) {
        out.paragraph(Tr::tr("No territory has two groups or more on the same theme."));
        return;
    }
    out.paragraph(Tr::tr("%n cell(s) of the table where two groups or more work on the same theme in the same "
                         "territory: a coordination to look at, not necessarily a duplication.",
                         nullptr, static_cast<int>(coverage.overlaps.size())),
                  QStringLiteral("lead"));
    out.beginTable({Tr::tr("Territory"), Tr::tr("Theme"), Tr::tr("Working groups"), Tr::tr("Actions")},
                   {20, 22, 48, 10});
    for (qsizetype i = 0; i < std::min(coverage.overlaps.size(), MaxListed); ++i) {
        const CoverageOverlap& overlap = coverage.overlaps.at(i);
        QStringList groups;
        for (Id groupId : overlap.groupIds)
            groups << escaped(names.group(groupId)->name);
        out.row({escaped(names.territory(overlap.territoryId)), escaped(names.theme(overlap.themeId)),
                 groups.join(QStringLiteral("<br />")), QString::number(overlap.actions)},
                {QString(), QString(), QString(), QStringLiteral("num")});
    }
    out.endTable();
    writeMore(out, MaxListed, coverage.overlaps.size());
}

void writeDuplicates(const Coverage& coverage, const CoverageLookup& names, ReportHtml& out)
{
    out.heading(2, Tr::tr("Possible duplicates"));
    out.paragraph(Tr::tr("Actions of different groups, on the same theme in a territory they share, whose titles or "
                         "objectives have most of their words in common (accents, capitals and word order ignored). "
                         "A suggestion to check with the groups: similar words may describe different actions."),
                  QStringLiteral("lead"));
    if (coverage.duplicates.isEmpty()) {
        out.paragraph(Tr::tr("No pair of actions reads alike."));
        return;
    }
    out.beginTable({Tr::tr("Words in common"), Tr::tr("Action"), Tr::tr("Action of another group"), Tr::tr("Where")},
                   {16, 31, 31, 22});
    const auto actionHtml = [&](Id actionId) {
        const Action* action = names.action(actionId);
        return QStringLiteral("%1<br /><span class=\"small\">%2</span>")
            .arg(escaped(action->title), escaped(names.group(action->groupId)->name));
    };
    for (qsizetype i = 0; i < std::min(coverage.duplicates.size(), MaxDuplicates); ++i) {
        const PossibleDuplicate& pair = coverage.duplicates.at(i);
        const QString share = QStringLiteral("<b>%1</b><br /><span class=\"small\">%2</span>")
                                  .arg(escaped(similarityPercent(pair.similarity())), escaped(similarityText(pair)));
        QStringList territories;
        for (Id id : pair.territoryIds)
            territories << names.territory(id);
        out.row({share, actionHtml(pair.firstActionId), actionHtml(pair.secondActionId),
                 QStringLiteral("%1<br /><span class=\"small\">%2</span>")
                     .arg(escaped(territories.join(QStringLiteral(", "))), escaped(names.theme(pair.themeId)))});
    }
    out.endTable();
    writeMore(out, MaxDuplicates, coverage.duplicates.size());
}

void writePartnerView(const Coverage& coverage, const CoverageLookup& names, ReportHtml& out)
{
    out.heading(2, Tr::tr("Partners in the working groups"));
    if (coverage.partners.isEmpty()) {
        out.paragraph(Tr::tr("No partner is recorded as pilot, co-pilot or member of a group."));
        return;
    }
    out.paragraph(Tr::tr("Groups each partner pilots, co-pilots or takes part in, and where; the most involved first."),
                  QStringLiteral("lead"));
    out.beginTable({Tr::tr("Partner"), Tr::tr("Pilot"), Tr::tr("Co-pilot"), Tr::tr("Member"), Tr::tr("Territories"),
                    Tr::tr("Themes")},
                   {24, 10, 11, 11, 27, 17}, QStringLiteral("coverage"));
    for (qsizetype i = 0; i < std::min(coverage.partners.size(), MaxPartners); ++i) {
        const PartnerCoverage& partner = coverage.partners.at(i);
        QStringList territories;
        for (Id id : partner.territoryIds)
            territories << names.territory(id);
        const QString where = partner.territoryIds.size() == coverage.territoryIds.size() && territories.size() > 3
                                  ? Tr::tr("all (%1)").arg(territories.size())
                                  : territories.join(QStringLiteral(", "));
        out.row({escaped(names.partner(partner.partnerId)), QString::number(partner.pilots),
                 QString::number(partner.coPilots), QString::number(partner.memberships), escaped(where),
                 QString::number(partner.themeIds.size())},
                {QString(), QStringLiteral("num"), QStringLiteral("num"), QStringLiteral("num"), QString(),
                 QStringLiteral("num")});
    }
    out.endTable();
    writeMore(out, MaxPartners, coverage.partners.size());
}

} // namespace

void writeCoverage(const ReportData& report, ReportHtml& out)
{
    const EditionData& data = report.data;
    const Coverage& coverage = report.coverage();
    const CoverageLookup names(data);

    out.heading(1, Tr::tr("Who does what where"));
    out.paragraph(Tr::tr("%1 × %2: the working groups and actions recorded on each theme of the pact in each "
                         "territory.")
                      .arg(Tr::tr("%n territory(ies)", nullptr, static_cast<int>(coverage.territoryIds.size())),
                           Tr::tr("%n theme(s)", nullptr, static_cast<int>(coverage.themeIds.size()))),
                  QStringLiteral("lead"));
    if (coverage.themeIds.isEmpty() || coverage.territoryIds.isEmpty())
        return;
    writeIllustrativeChartNote(report, out); // the actions counted may be invented
    writeTable(coverage, names, out);
    writeGaps(coverage, names, out);
    writeOverlaps(coverage, names, out);
    writeDuplicates(coverage, names, out);
    writePartnerView(coverage, names, out);
}

} // namespace pacte::sections
