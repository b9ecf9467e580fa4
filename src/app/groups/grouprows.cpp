#include "grouprows.h"

#include "domain/rules.h"
#include "domain/textsearch.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::GroupsSection)
};

QString partnerName(const EditionData& data, Id id)
{
    const Partner* partner = data.partner(id);
    return partner ? partner->displayName() : QString();
}

// The short form of rule 1 for a column; the full finding goes in the tool tip.
QString ruleShortText(const WorkingGroup& group, const EditionData& data)
{
    const bool hasPilot = group.pilotPartnerId != NoId;
    const bool hasCoPilot = group.coPilotPartnerId != NoId;
    if (!hasPilot && !hasCoPilot)
        return Tr::tr("⚠ No pilot");
    if (!hasPilot || !hasCoPilot)
        return Tr::tr("⚠ %1 alone").arg(partnerName(data, hasPilot ? group.pilotPartnerId : group.coPilotPartnerId));
    return Tr::tr("⚠ Same structure");
}

} // namespace

QString actionStatusMix(const QList<const Action*>& actions)
{
    QStringList parts;
    for (const ActionStatus status : enumValues<ActionStatus>()) {
        const auto n = std::count_if(actions.cbegin(), actions.cend(),
                                     [status](const Action* action) { return action->status == status; });
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(enumLabel(status));
    }
    return parts.join(QStringLiteral(", "));
}

QString groupPilotFinding(const WorkingGroup& group, const EditionData& data)
{
    EditionData one;
    one.territories = data.territories;
    one.partners = data.partners;
    one.groups = {group};
    const Findings findings = rules::checkGroupPilots(one);
    QStringList messages;
    for (const auto& finding : findings)
        messages << finding.message;
    return messages.join(QLatin1Char('\n'));
}

QString themeLabel(const Axis& axis, const Theme& theme)
{
    return QStringLiteral("%1 · %2").arg(axis.number).arg(theme.name);
}

QList<GroupRow> buildGroupRows(const EditionData& data)
{
    QHash<QUuid, QString> findings;
    for (const auto& finding : rules::checkGroupPilots(data))
        findings[finding.uuid] += finding.message;
    QHash<Id, QList<const Action*>> actionsByGroup;
    for (const auto& action : data.actions)
        actionsByGroup[action.groupId].append(&action);
    QList<GroupRow> rows;
    for (const auto& group : data.groups) {
        GroupRow row;
        row.id = group.id;
        row.uuid = group.uuid;
        row.name = group.name;
        row.territories = data.territoryNames(group.territoryIds);
        const Axis* axis = data.axis(group.axisId);
        const Theme* theme = data.theme(group.themeId);
        row.axisNumber = axis ? axis->number : 0;
        row.axis = axis ? QStringLiteral("%1 · %2").arg(axis->number).arg(axis->title) : QString();
        row.theme = theme ? theme->name : QString();
        QStringList leaders;
        for (const Id id : {group.pilotPartnerId, group.coPilotPartnerId}) {
            if (id != NoId)
                leaders << partnerName(data, id);
        }
        row.leaders = leaders.join(QStringLiteral(" • "));
        const QList<const Action*> actions = actionsByGroup.value(group.id);
        row.actions = static_cast<int>(actions.size());
        row.statusMix = actionStatusMix(actions);
        row.status = enumLabel(group.status);
        row.ruleMessage = findings.value(group.uuid);
        row.rule = row.ruleMessage.isEmpty() ? QString() : ruleShortText(group, data);

        QStringList words{group.name, row.territories, row.axis, row.theme, group.notes};
        row.filters.territories = group.territoryIds;
        row.filters.axes = {group.axisId};
        row.filters.themes = {group.themeId};
        row.filters.status = static_cast<int>(group.status);
        row.filters.kind = row.rule.isEmpty() ? GroupWithCoPilot : GroupWithoutCoPilot;
        for (const Id id : QList<Id>{group.pilotPartnerId, group.coPilotPartnerId} + group.memberPartnerIds) {
            if (const Partner* partner = data.partner(id); partner && !row.filters.partners.contains(id)) {
                row.filters.partners.append(id);
                words << partner->name << partner->acronym;
            }
        }
        for (const Id id : QList<Id>{group.pilotPersonId, group.coPilotPersonId} + group.memberPersonIds) {
            if (const Person* person = data.person(id))
                words << person->displayName();
        }
        row.searchText = foldForSearch(words.join(QLatin1Char(' ')));
        rows.append(row);
    }
    return rows;
}

} // namespace pacte
