// The indicator templates ("indicateurs types", issue 18) added up across the groups and territories
// of the scope: for each template at least one indicator is linked to, the sum of the linked
// indicators' latest known values and of their targets, by theme. Unknown is never zero: indicators
// without a known value are counted apart, and nothing is summed when the units differ; a rate is not
// summed either, its range is given.
#include "domain/format.h"
#include "domain/templatesums.h"
#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::TemplateSums)
};

QString withUnit(const TemplateSum& sum, double value)
{
    return sum.indicatorTemplate.unit.isEmpty()
               ? formatNumber(value)
               : QStringLiteral("%1 %2").arg(formatNumber(value), sum.indicatorTemplate.unit);
}

// The sum; for a rate, which does not add up, the range of the values ("de 40 % à 55 %").
QString sumText(const TemplateSum& sum, const std::optional<double>& value, const std::optional<double>& low,
                const std::optional<double>& high)
{
    if (!sum.unitsAgree)
        return escaped(Tr::tr("not summed"));
    if (!sum.additive) {
        if (!low || !high)
            return missing();
        if (*low == *high)
            return escaped(withUnit(sum, *low));
        return escaped(Tr::tr("%1 to %2").arg(withUnit(sum, *low), withUnit(sum, *high)));
    }
    if (!value)
        return missing();
    return escaped(withUnit(sum, *value));
}

QString templateText(const TemplateSum& sum)
{
    QString text = escaped(sum.indicatorTemplate.name);
    if (sum.indicatorTemplate.example)
        text += QStringLiteral(" <i>(%1)</i>").arg(escaped(Tr::tr("example")));
    if (sum.unitsAgree && !sum.additive)
        text += QStringLiteral("<br/>") + escaped(Tr::tr("A rate: not added up, the range is given."));
    if (!sum.unitsAgree)
        text += QStringLiteral("<br/>") +
                escaped(Tr::tr("Units differ (%1 and %2): not summed.")
                            .arg(sum.indicatorTemplate.unit.isEmpty() ? Tr::tr("no unit") : sum.indicatorTemplate.unit,
                                 sum.otherUnits.join(QStringLiteral(", "))));
    return text;
}

} // namespace

void writeTemplateSums(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Indicator templates: totals"));
    const QList<TemplateSum> sums = computeTemplateSums(report.data, report.asOf);
    if (sums.isEmpty()) {
        out.paragraph(Tr::tr("No indicator of this scope is linked to an indicator template."), QStringLiteral("note"));
        return;
    }
    out.paragraph(Tr::tr("Each indicator template of a theme added up over the indicators linked to it, across the "
                         "groups and territories: the latest value known on %1 and the target. An indicator with no "
                         "known value is counted apart, never as zero; indicators in different units are not "
                         "summed, nor are rates, whose lowest and highest values are given. Templates marked example "
                         "come from an illustrative library, not from the pact.")
                      .arg(formatDate(report.asOf)),
                  QStringLiteral("note"));
    out.beginTable({Tr::tr("Theme"), Tr::tr("Indicator template"), Tr::tr("Indicators"),
                    Tr::tr("Without a known value"), Tr::tr("Sum of the latest values"), Tr::tr("Sum of the targets")},
                   {16, 28, 13, 11, 16, 16});
    for (const auto& sum : sums)
        out.row({escaped(sum.themeName), templateText(sum), formatCount(sum.indicators), formatCount(sum.withoutValue),
                 sumText(sum, sum.valueSum, sum.valueMin, sum.valueMax),
                 sumText(sum, sum.targetSum, sum.targetMin, sum.targetMax)},
                {{}, {}, QStringLiteral("num"), QStringLiteral("num"), QStringLiteral("num"), QStringLiteral("num")});
    out.endTable();
}

} // namespace pacte::sections
