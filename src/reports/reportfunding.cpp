// The financing of the scope's actions (issue 20): planned, committed and paid amounts by axis, by
// territory, by funder and by year. Unknown is never zero: unknown amounts are counted apart in each
// row, never added. An action of a group on several territories counts in each of them, so that the
// territories' table does not add up: the report says so.
#include "domain/fundingtotals.h"
#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Funding)
};

QString sumText(const AmountSum& sum)
{
    return sum.known > 0 ? escaped(formatMoney(sum.total)) : missing();
}

void writeTable(ReportHtml& out, const QString& heading, const QString& first, const QList<FundingRow>& rows,
                const FundingSum* total)
{
    out.heading(2, heading);
    out.beginTable({first, Tr::tr("Planned"), Tr::tr("Committed"), Tr::tr("Paid"), Tr::tr("Unknown amounts")},
                   {34, 17, 17, 17, 15});
    const QStringList classes{
        {}, QStringLiteral("num"), QStringLiteral("num"), QStringLiteral("num"), QStringLiteral("num")};
    for (const auto& row : rows)
        out.row({escaped(row.label), sumText(row.sum.planned), sumText(row.sum.committed), sumText(row.sum.paid),
                 formatCount(row.sum.unknownCount())},
                classes);
    if (total)
        out.row({QStringLiteral("<b>%1</b>").arg(escaped(Tr::tr("Total"))), sumText(total->planned),
                 sumText(total->committed), sumText(total->paid), formatCount(total->unknownCount())},
                classes);
    out.endTable();
}

} // namespace

void writeFunding(const ReportData& report, ReportHtml& out)
{
    out.heading(1, Tr::tr("Funding"));
    const FundingTotals totals = computeFundingTotals(report.data);
    if (totals.lines == 0) {
        out.paragraph(Tr::tr("No funding line is entered for the actions of this scope."), QStringLiteral("note"));
        return;
    }
    out.paragraph(Tr::tr("Funding of %n action(s), in %1: the amounts planned, committed and paid, in euros. An amount "
                         "that is not known is counted in the last column and never added as zero; a cell where no "
                         "amount of the kind is known says so.",
                         nullptr, totals.actions)
                      .arg(Tr::tr("%n funding line(s)", nullptr, totals.lines)),
                  QStringLiteral("note"));
    writeTable(out, Tr::tr("By axis"), Tr::tr("Axis"), totals.byAxis, &totals.edition);
    writeTable(out, Tr::tr("By territory"), Tr::tr("Territory"), totals.byTerritory,
               totals.territoriesOverlap ? nullptr : &totals.edition);
    if (totals.territoriesOverlap)
        out.paragraph(Tr::tr("An action of a working group that covers several territories counts in each of them: "
                             "this table does not add up to the total."),
                      QStringLiteral("note"));
    writeTable(out, Tr::tr("By funder"), Tr::tr("Funder"), totals.byFunder, &totals.edition);
    FundingSum yearsTotal;
    for (const auto& row : totals.byYear) {
        for (AmountSum FundingSum::*kind : {&FundingSum::planned, &FundingSum::committed, &FundingSum::paid}) {
            (yearsTotal.*kind).total += (row.sum.*kind).total;
            (yearsTotal.*kind).known += (row.sum.*kind).known;
            (yearsTotal.*kind).unknown += (row.sum.*kind).unknown;
        }
    }
    writeTable(out, Tr::tr("By year"), Tr::tr("Year"), totals.byYear, &yearsTotal);
    if (yearsTotal != totals.edition)
        out.paragraph(Tr::tr("Lines without any year are left out of this table: their amounts are unknown."),
                      QStringLiteral("note"));
}

} // namespace pacte::sections
