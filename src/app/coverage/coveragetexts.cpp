#include "coveragetexts.h"

#include "domain/enums.h"

#include <QCoreApplication>

namespace pacte::coverage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::CoverageTexts)
};

QString groupNames(const CoverageLookup& names, const QList<Id>& ids)
{
    QStringList list;
    for (Id id : ids)
        list << names.group(id)->name.toHtmlEscaped();
    return list.join(QStringLiteral("<br />"));
}

} // namespace

QString cellSummary(const CoverageLookup& names, const CoverageCell& cell)
{
    const QString where = QStringLiteral("%1 — %2").arg(names.theme(cell.themeId), names.territory(cell.territoryId));
    if (cell.groupIds.isEmpty())
        return Tr::tr("%1: no working group recorded").arg(where);
    return Tr::tr("%1: %2, %3")
        .arg(where, Tr::tr("%n working group(s)", nullptr, static_cast<int>(cell.groupIds.size())),
             Tr::tr("%n action(s)", nullptr, static_cast<int>(cell.actionIds.size())));
}

QString cellToolTip(const CoverageLookup& names, const CoverageCell& cell)
{
    QString text =
        QStringLiteral("<b>%1</b> — %2")
            .arg(names.theme(cell.themeId).toHtmlEscaped(), names.territory(cell.territoryId).toHtmlEscaped());
    if (cell.groupIds.isEmpty())
        return text + QStringLiteral("<br />") + Tr::tr("No working group recorded on this theme in this territory.");
    text += QStringLiteral("<br /><b>%1</b><br />%2")
                .arg(Tr::tr("%n working group(s):", nullptr, static_cast<int>(cell.groupIds.size())),
                     groupNames(names, cell.groupIds));
    text +=
        QStringLiteral("<br /><b>%1</b> %2")
            .arg(Tr::tr("%n action(s):", nullptr, static_cast<int>(cell.actionIds.size())),
                 cell.actionIds.isEmpty() ? Tr::tr("none") : statusCountsLabel(cell.actionsByStatus).toHtmlEscaped());
    if (!cell.partnerIds.isEmpty())
        text += QStringLiteral("<br /><b>%1</b> %2")
                    .arg(Tr::tr("Partners:"), names.partners(cell.partnerIds).toHtmlEscaped());
    if (cell.groupIds.size() >= 2)
        text += QStringLiteral("<br /><i>%1</i>")
                    .arg(Tr::tr("Several groups on the same theme here: a coordination to "
                                "look at, not necessarily a duplication."));
    else if (cell.liveActions() == 0)
        text += QStringLiteral("<br /><i>%1</i>").arg(Tr::tr("No action in progress or running."));
    return text;
}

QString gapText(const CoverageGap& gap)
{
    if (gap.kind == CoverageGapKind::NoGroup)
        return Tr::tr("No working group recorded");
    return Tr::tr("Groups, but no action in progress or running (%1 project(s), %2 completed or abandoned)")
        .arg(gap.projects)
        .arg(gap.finished);
}

QString wrapInTwo(const QString& name)
{
    if (name.size() <= 16)
        return name;
    const auto middle = name.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    }
    if (best < 0)
        return name;
    QString wrapped = name;
    wrapped[best] = QLatin1Char('\n');
    return wrapped;
}

} // namespace pacte::coverage
