// What each signatory commits to in the pact (issue 20, point 3), at the end of the partners section.
#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Commitments)
};

// The names of the linked records that the report knows, in the edition's order.
QString linksHtml(const EditionData& data, const Commitment& c)
{
    QStringList lines;
    QStringList axes;
    QStringList themes;
    for (const auto& axis : data.axes) {
        if (c.axisIds.contains(axis.id))
            axes << Tr::tr("Axis %1 — %2").arg(axis.number).arg(axis.title);
        for (const auto& theme : axis.themes) {
            if (c.themeIds.contains(theme.id))
                themes << theme.name;
        }
    }
    QStringList actions;
    for (const auto& action : data.actions) {
        if (c.actionIds.contains(action.id))
            actions << action.title;
    }
    if (data.actions.isEmpty()) {
        for (const auto& sheet : data.actionSheets) {
            if (c.actionIds.contains(sheet.id))
                actions << sheet.title;
        }
    }
    const auto add = [&lines](const QString& caption, const QStringList& names) {
        if (!names.isEmpty())
            lines << QStringLiteral("<b>%1</b> %2").arg(escaped(caption), escaped(names.join(QStringLiteral(" ; "))));
    };
    add(Tr::tr("Axes:"), axes);
    add(Tr::tr("Themes:"), themes);
    add(Tr::tr("Actions:"), actions);
    // An action of another territory than the report's is not named, but counted.
    if (const qsizetype others = c.actionIds.size() - actions.size(); others > 0)
        lines << escaped(Tr::tr("%n action(s) outside the report's scope", nullptr, int(others)));
    return lines.isEmpty() ? QStringLiteral("—") : lines.join(QStringLiteral("<br />"));
}

} // namespace

void writeCommitments(const ReportData& report, ReportHtml& out)
{
    const Id editionId = report.data.edition.id;
    const auto partners = report.partners();
    int count = 0;
    for (const auto* partner : partners)
        count += static_cast<int>(commitmentsOf(*partner, editionId).size());
    out.heading(2, Tr::tr("Commitments of the signatories"));
    if (count == 0) {
        out.paragraph(Tr::tr("No commitment of a signatory is recorded for %1.").arg(report.data.edition.title));
        return;
    }
    out.paragraph(Tr::tr("%n commitment(s) recorded, partner by partner, with the axes, themes and actions each "
                         "serves.",
                         nullptr, count));
    out.beginTable({Tr::tr("Signatory"), Tr::tr("Commitment"), Tr::tr("Serves")}, {22, 43, 35});
    for (const auto* partner : partners) {
        for (const auto& c : commitmentsOf(*partner, editionId)) {
            QString text = escaped(c.text);
            if (!c.provenance.isDefault())
                text += QStringLiteral("<br /><span class=\"small\">%1</span>").arg(escaped(c.provenance.summary()));
            out.row(
                {QStringLiteral("<b>%1</b>").arg(escaped(partner->displayName())), text, linksHtml(report.data, c)});
        }
    }
    out.endTable();
}

} // namespace pacte::sections
