// What a report says when it rests on illustrative records (issue 19): a band on its cover, and a
// warning above each chart drawn from illustrative actions.

#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Illustrative)
};

QString band(const QString& cssClass, const QString& text)
{
    return QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td>%2</td></tr>"
                          "</table>\n")
        .arg(cssClass, escaped(text));
}

} // namespace

QString illustrativeCoverBand(const ReportData& data)
{
    const IllustrativeRecords& counts = data.illustrative;
    if (counts.total() == 0)
        return {};
    QStringList parts;
    if (counts.actions > 0)
        parts << Tr::tr("%n action(s)", nullptr, counts.actions) + QLatin1Char(' ') +
                     Tr::tr("out of %1").arg(counts.totalActions);
    if (counts.axes > 0)
        parts << Tr::tr("%n axis(es)", nullptr, counts.axes);
    if (counts.groups > 0)
        parts << Tr::tr("%n working group(s)", nullptr, counts.groups);
    if (counts.others > 0)
        parts << Tr::tr("%n other record(s)", nullptr, counts.others);
    return band(QStringLiteral("cover-illustrative"),
                Tr::tr("Illustrative data: this report rests on records invented for the example (%1). The figures "
                       "and charts drawn from them do not describe the pact as it is.")
                    .arg(parts.join(QStringLiteral(", "))));
}

void writeIllustrativeChartNote(const ReportData& data, ReportHtml& out)
{
    const IllustrativeRecords& counts = data.illustrative;
    if (counts.actions == 0)
        return;
    out.raw(band(QStringLiteral("illustrative"),
                 Tr::tr("Drawn from illustrative data: %n of the %1 actions shown invented for the example.", nullptr,
                        counts.actions)
                     .arg(counts.totalActions)));
}

} // namespace pacte::sections
