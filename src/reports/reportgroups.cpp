// Working groups by territory, and the action sheets (fiches action) of their actions.
#include "domain/format.h"
#include "domain/rules.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QSet>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Groups)
};

QHash<Id, QList<const Action*>> actionsByGroup(const EditionData& data)
{
    QHash<Id, QList<const Action*>> result;
    for (const auto& action : data.actions)
        result[action.groupId].append(&action);
    return result;
}

QString themeText(const EditionData& data, Id axisId, Id themeId)
{
    const auto* axis = data.axis(axisId);
    const auto* theme = data.theme(themeId);
    QStringList parts;
    if (axis)
        parts << Tr::tr("Axis %1: %2").arg(axis->number).arg(axis->title);
    if (theme)
        parts << theme->name;
    return parts.join(QStringLiteral(" — "));
}

ReportChart statusMix(const QMap<ActionStatus, int>& counts)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::MiniBar;
    for (ActionStatus status : statusOrder())
        chart.series << ReportChart::Series{enumLabel(status), statusColour(status), {counts.value(status)}};
    chart.size = QSizeF(110, 9);
    return chart;
}

SheetText plainText(const QString& text)
{
    return {SheetRun{text}};
}

SheetText textOrMissingRuns(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {SheetRun{missingText(), SheetStyle::Missing}};
    return plainText(trimmed);
}

SheetText indicatorValue(const Indicator& indicator)
{
    // Unknown is not zero: the latest value known, and how many values not reported were left out.
    const int unknown = indicator.unknownCount();
    const auto* latest = indicator.latestKnown();
    if (!latest) {
        if (unknown == 0)
            return {SheetRun{missingText(), SheetStyle::Missing}};
        return {SheetRun{formatMeasuredValue(std::nullopt), SheetStyle::Missing}};
    }
    QString text = formatNumber(*latest->value);
    if (!indicator.unit.isEmpty())
        text += QLatin1Char(' ') + indicator.unit;
    SheetText runs{SheetRun{text + QLatin1Char('\n')}, SheetRun{formatDate(latest->date), SheetStyle::Small}};
    if (unknown > 0)
        runs.append(SheetRun{QLatin1Char('\n') + Tr::tr("%n measurement(s) not reported left out", nullptr, unknown),
                             SheetStyle::Small});
    return runs;
}

SheetText indicatorTarget(const Indicator& indicator)
{
    const Measurement* latest = indicator.latestKnown();
    const std::optional<double> target = latest && latest->target ? latest->target : indicator.target;
    if (!target)
        return plainText(QStringLiteral("—"));
    return plainText(formatNumber(*target) +
                     (indicator.unit.isEmpty() ? QString() : QLatin1Char(' ') + indicator.unit));
}

ActionSheet actionSheet(const ReportData& report, const Action& action)
{
    const EditionData& data = report.data;
    ActionSheet sheet;
    sheet.title = action.title;
    QStringList notStated;
    const auto line = [&](const QString& label, const SheetText& value) { sheet.lines.append({label, value}); };
    const auto textLine = [&](const QString& label, const QString& text) {
        if (text.trimmed().isEmpty())
            notStated << label;
        else
            line(label, textOrMissingRuns(text));
    };
    const auto* group = data.group(action.groupId);
    if (group)
        line(Tr::tr("Working group"), plainText(data.groupLabel(*group)));
    const QString theme = themeText(data, action.axisId != NoId ? action.axisId : (group ? group->axisId : NoId),
                                    action.themeId != NoId ? action.themeId : (group ? group->themeId : NoId));
    if (!theme.isEmpty())
        line(Tr::tr("Axis and theme"), plainText(theme));
    SheetText status{SheetRun{QStringLiteral("\u25a0"), SheetStyle::Body, statusColour(action.status)},
                     SheetRun{QStringLiteral(" ")}, SheetRun{enumLabel(action.status), SheetStyle::Strong}};
    if (action.experimentation)
        status << SheetRun{QStringLiteral(" — ")} << SheetRun{Tr::tr("experimentation"), SheetStyle::Tag};
    line(Tr::tr("Status"), status);
    // Where the sheet comes from when it is not simply entered: an invented status must not be read
    // as a fact.
    if (const auto found = report.provenance.constFind(action.uuid); found != report.provenance.cend()) {
        const bool invented = found->kind == ProvenanceKind::Illustrative;
        line(Tr::tr("Provenance"), {SheetRun{found->summary(), invented ? SheetStyle::Strong : SheetStyle::Body,
                                             invented ? QColor(0x9a, 0x34, 0x12) : QColor()}});
    }
    if (const auto earlier = report.continued.constFind(action.id); earlier != report.continued.cend())
        line(Tr::tr("Earlier life"), plainText(continuedActionText(*earlier)));
    if (action.startDate.isValid() || action.endDate.isValid())
        line(Tr::tr("Period"),
             plainText(action.endDate.isValid()
                           ? Tr::tr("%1 to %2").arg(formatDate(action.startDate), formatDate(action.endDate))
                           : Tr::tr("from %1").arg(formatDate(action.startDate))));
    textLine(Tr::tr("Objectives"), action.objectives);
    QStringList publics;
    for (const auto& target : data.publics) {
        if (action.publicIds.contains(target.id))
            publics << target.name;
    }
    textLine(Tr::tr("Target publics"), publics.join(QStringLiteral(", ")));
    textLine(Tr::tr("Modalities"), action.modalities);
    textLine(Tr::tr("Main deliverables"), action.deliverables);
    QStringList dispositifs;
    for (const auto& dispositif : data.dispositifs) {
        if (action.dispositifIds.contains(dispositif.id))
            dispositifs << (dispositif.acronym.isEmpty() ? dispositif.name : dispositif.acronym);
    }
    if (!dispositifs.isEmpty())
        line(Tr::tr("Linked schemes"), plainText(dispositifs.join(QStringLiteral(", "))));
    // The signatories whose commitments in the pact name this action (issue 20).
    QStringList committed;
    for (const auto& partner : data.partners) {
        for (const auto& c : commitmentsOf(partner, data.edition.id)) {
            if (c.actionIds.contains(action.id) && !committed.contains(partner.displayName()))
                committed << partner.displayName();
        }
    }
    if (!committed.isEmpty())
        line(Tr::tr("Partners committed"), plainText(committed.join(QStringLiteral(", "))));
    if (action.indicators.isEmpty())
        notStated << Tr::tr("Indicators");
    if (!notStated.isEmpty())
        line(Tr::tr("Not stated yet"), {SheetRun{notStated.join(QStringLiteral(", ")), SheetStyle::Missing}});
    if (!action.indicators.isEmpty()) {
        sheet.indicatorHeaders = {Tr::tr("Indicator"), Tr::tr("Kind"), Tr::tr("Target"), Tr::tr("Latest value")};
        sheet.indicatorWidths = {46, 18, 16, 20};
        for (const auto& indicator : action.indicators)
            sheet.indicators.append({{plainText(indicator.name)},
                                     {plainText(enumLabel(indicator.kind))},
                                     {indicatorTarget(indicator), true},
                                     {indicatorValue(indicator), true}});
    }
    return sheet;
}

} // namespace

QString partnerName(const EditionData& data, Id partnerId)
{
    const auto* partner = data.partner(partnerId);
    return partner ? partner->displayName() : QString();
}

QString personName(const EditionData& data, Id personId)
{
    const auto* person = data.person(personId);
    return person ? person->displayName() : QString();
}

QString pilotsText(const EditionData& data, const WorkingGroup& group)
{
    const auto side = [&](Id partnerId, Id personId) {
        QString text = partnerName(data, partnerId);
        const QString person = personName(data, personId);
        if (!person.isEmpty())
            text += text.isEmpty() ? person : QStringLiteral(" (%1)").arg(person);
        return text;
    };
    const QString pilot = side(group.pilotPartnerId, group.pilotPersonId);
    const QString coPilot = side(group.coPilotPartnerId, group.coPilotPersonId);
    if (coPilot.isEmpty())
        return pilot.isEmpty() ? Tr::tr("no pilot") : pilot;
    return QStringLiteral("%1 \u2022 %2").arg(pilot.isEmpty() ? Tr::tr("no pilot") : pilot, coPilot);
}

QList<QPair<QString, QList<const WorkingGroup*>>> groupsByTerritory(const ReportData& report)
{
    const EditionData& data = report.data;
    QList<QPair<QString, QList<const WorkingGroup*>>> result;
    QHash<QString, qsizetype> index;
    const auto add = [&](const QString& label, const WorkingGroup* group) {
        if (!index.contains(label)) {
            index.insert(label, result.size());
            result.append({label, {}});
        }
        if (group)
            result[index.value(label)].second.append(group);
    };
    // Territories in their order; a group on several territories under their joint name, after
    // the first of them.
    for (const auto* territory : report.territories()) {
        add(territory->name, nullptr);
        for (const auto& group : data.groups) {
            if (group.territoryIds.size() == 1 && group.territoryIds.constFirst() == territory->id)
                add(territory->name, &group);
        }
        for (const auto& group : data.groups) {
            if (group.territoryIds.size() > 1 && group.territoryIds.constFirst() == territory->id)
                add(data.territoryNames(group.territoryIds), &group);
        }
    }
    for (const auto& group : data.groups) {
        if (group.territoryIds.isEmpty())
            add(Tr::tr("Whole département"), &group);
        else if (report.scope.territoryId != NoId && group.territoryIds.size() > 1 &&
                 group.territoryIds.constFirst() != report.scope.territoryId)
            add(data.territoryNames(group.territoryIds), &group);
    }
    return result;
}

bool writeGroups(const ReportData& report, ReportHtml& out, const std::function<bool()>& step)
{
    const EditionData& data = report.data;
    out.heading(1, Tr::tr("Working groups by territory"));
    // Say that the pact asks for a pilot and a co-pilot only when the edition's own pact does (issue 19).
    const RuleSetting pilots = rules::effectiveSetting(data.edition.rules, QString::fromLatin1(rules::GroupPilots));
    const int groupCount = static_cast<int>(data.groups.size());
    if (pilots.enabled && pilots.reference.isEmpty() && pilots.severity != Severity::Information)
        out.paragraph(Tr::tr("%n working group(s). The pact has each led by a pilot and a co-pilot from two different "
                             "structures (§1.4); the Governance section lists those that are not yet.",
                             nullptr, groupCount),
                      QStringLiteral("lead"));
    else
        out.paragraph(Tr::tr("%n working group(s), with their pilot and co-pilot as recorded.", nullptr, groupCount),
                      QStringLiteral("lead"));
    writeIllustrativeChartNote(report, out); // the status mix of each group
    const auto actions = actionsByGroup(data);
    for (const auto& [territory, groups] : groupsByTerritory(report)) {
        out.heading(2, territory);
        if (groups.isEmpty()) {
            out.paragraph(Tr::tr("No working group on this territory."), QStringLiteral("note"));
            continue;
        }
        out.beginTable({Tr::tr("Working group and theme"), Tr::tr("Pilot \u2022 co-pilot"), Tr::tr("Actions"),
                        Tr::tr("Status of the actions")},
                       {38, 24, 10, 28});
        for (const auto* group : groups) {
            QMap<ActionStatus, int> counts;
            for (const auto* action : actions.value(group->id))
                ++counts[action->status];
            QString name = QStringLiteral("<b>%1</b>").arg(escaped(group->name));
            const QString theme = themeText(data, group->axisId, group->themeId);
            if (!theme.isEmpty())
                name += QStringLiteral("<br /><span class=\"small\">%1</span>").arg(escaped(theme));
            if (group->status == GroupStatus::Closed)
                name += QStringLiteral(" <span class=\"tag\">%1</span>").arg(escaped(enumLabel(group->status)));
            const int count = static_cast<int>(actions.value(group->id).size());
            const QString mix =
                count == 0 ? QStringLiteral("—")
                           : out.chart(statusMix(counts)) + QStringLiteral("<br /><span class=\"small\">%1</span>")
                                                                .arg(escaped(statusCountsText(counts)));
            out.row({name, escaped(pilotsText(data, *group)), formatCount(count), mix},
                    {{}, {}, QStringLiteral("num"), {}});
            if (!step())
                return false;
        }
        out.endTable();
    }
    return true;
}

bool writeActionSheets(const ReportData& report, ReportHtml& out, const std::function<bool()>& step)
{
    const EditionData& data = report.data;
    out.heading(1, Tr::tr("Action sheets"));
    out.paragraph(Tr::tr("%n action sheet(s): objectives, publics, modalities and deliverables, indicators (§1.4).",
                         nullptr, static_cast<int>(data.actions.size())),
                  QStringLiteral("lead"));
    const auto actions = actionsByGroup(data);
    QSet<Id> written;
    for (const auto& [territory, groups] : groupsByTerritory(report)) {
        bool headed = false;
        for (const auto* group : groups) {
            if (written.contains(group->id) || actions.value(group->id).isEmpty()) {
                if (!step())
                    return false;
                continue;
            }
            if (!headed) {
                out.heading(2, territory);
                headed = true;
            }
            written.insert(group->id);
            for (const auto* action : actions.value(group->id)) {
                out.sheet(actionSheet(report, *action));
            }
            if (!step())
                return false;
        }
    }
    if (data.actions.isEmpty())
        out.paragraph(Tr::tr("No action sheet in this scope."), QStringLiteral("note"));
    return true;
}

} // namespace pacte::sections
