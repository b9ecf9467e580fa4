#include "evaluationsnapshot.h"

#include "localpactsnapshot.h"

#include <algorithm>
#include <stdexcept>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pacte {

namespace {

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> optionalNumber(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

template <typename E>
E enumOf(const QJsonValue& value)
{
    const auto parsed = enumFromCode<E>(value.toString());
    if (!parsed)
        throw std::runtime_error("evaluation snapshot: unknown code " + value.toString().toStdString());
    return *parsed;
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QByteArray EvaluationSnapshot::toJson() const
{
    QJsonArray groupsJson;
    for (const auto& g : groups)
        groupsJson.append(QJsonObject{{QStringLiteral("uuid"), uuidText(g.uuid)},
                                      {QStringLiteral("name"), g.name},
                                      {QStringLiteral("status"), enumCode(g.status)},
                                      {QStringLiteral("territories"), strings(g.territories)}});
    QJsonArray actionsJson;
    for (const auto& a : actions)
        actionsJson.append(QJsonObject{{QStringLiteral("uuid"), uuidText(a.uuid)},
                                       {QStringLiteral("title"), a.title},
                                       {QStringLiteral("group"), uuidText(a.groupUuid)},
                                       {QStringLiteral("groupName"), a.groupName},
                                       {QStringLiteral("axis"), a.axisTitle},
                                       {QStringLiteral("theme"), a.themeName},
                                       {QStringLiteral("territories"), strings(a.territories)},
                                       {QStringLiteral("status"), enumCode(a.status)},
                                       {QStringLiteral("experimentation"), a.experimentation}});
    QJsonArray indicatorsJson;
    for (const auto& i : indicators)
        indicatorsJson.append(QJsonObject{{QStringLiteral("uuid"), uuidText(i.uuid)},
                                          {QStringLiteral("action"), uuidText(i.actionUuid)},
                                          {QStringLiteral("actionTitle"), i.actionTitle},
                                          {QStringLiteral("name"), i.name},
                                          {QStringLiteral("unit"), i.unit},
                                          {QStringLiteral("latestValue"), number(i.latestValue)},
                                          {QStringLiteral("latestDate"), i.latestDate.toString(Qt::ISODate)},
                                          {QStringLiteral("target"), number(i.target)}});
    QJsonArray meetingsJson;
    for (const auto& m : meetings)
        meetingsJson.append(QJsonObject{{QStringLiteral("uuid"), uuidText(m.uuid)},
                                        {QStringLiteral("kind"), enumCode(m.kind)},
                                        {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                                        {QStringLiteral("title"), m.title},
                                        {QStringLiteral("territory"), m.territory},
                                        {QStringLiteral("group"), m.group}});
    const QJsonObject root{{QStringLiteral("snapshotVersion"), 1},
                           {QStringLiteral("edition"), edition},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                           // Milliseconds kept, so that a frozen snapshot reads back equal to the one frozen.
                           {QStringLiteral("frozenAt"), frozenAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("frozenBy"), frozenBy},
                           {QStringLiteral("axes"), strings(axes)},
                           {QStringLiteral("themes"), strings(themes)},
                           {QStringLiteral("territories"), strings(territories)},
                           {QStringLiteral("signatories"), strings(signatories)},
                           {QStringLiteral("newPartners"), strings(newPartners)},
                           {QStringLiteral("groups"), groupsJson},
                           {QStringLiteral("actions"), actionsJson},
                           {QStringLiteral("indicators"), indicatorsJson},
                           {QStringLiteral("meetings"), meetingsJson},
                           {QStringLiteral("localPacts"), localPactsToJson(localPacts)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

EvaluationSnapshot EvaluationSnapshot::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw std::runtime_error("evaluation snapshot: not a JSON object");
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("snapshotVersion")).toInt() != 1)
        throw std::runtime_error("evaluation snapshot: unknown version");
    EvaluationSnapshot s;
    s.edition = root.value(QStringLiteral("edition")).toString();
    s.year = root.value(QStringLiteral("year")).toInt();
    s.asOf = QDate::fromString(root.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    s.frozenAt = QDateTime::fromString(root.value(QStringLiteral("frozenAt")).toString(), Qt::ISODate);
    s.frozenBy = root.value(QStringLiteral("frozenBy")).toString();
    s.axes = stringList(root.value(QStringLiteral("axes")));
    s.themes = stringList(root.value(QStringLiteral("themes")));
    s.territories = stringList(root.value(QStringLiteral("territories")));
    s.signatories = stringList(root.value(QStringLiteral("signatories")));
    s.newPartners = stringList(root.value(QStringLiteral("newPartners")));
    for (const auto& value : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject o = value.toObject();
        s.groups.append({QUuid::fromString(o.value(QStringLiteral("uuid")).toString()),
                         o.value(QStringLiteral("name")).toString(),
                         enumOf<GroupStatus>(o.value(QStringLiteral("status"))),
                         stringList(o.value(QStringLiteral("territories")))});
    }
    for (const auto& value : root.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject o = value.toObject();
        s.actions.append(
            {QUuid::fromString(o.value(QStringLiteral("uuid")).toString()), o.value(QStringLiteral("title")).toString(),
             QUuid::fromString(o.value(QStringLiteral("group")).toString()),
             o.value(QStringLiteral("groupName")).toString(), o.value(QStringLiteral("axis")).toString(),
             o.value(QStringLiteral("theme")).toString(), stringList(o.value(QStringLiteral("territories"))),
             enumOf<ActionStatus>(o.value(QStringLiteral("status"))),
             o.value(QStringLiteral("experimentation")).toBool()});
    }
    for (const auto& value : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = value.toObject();
        s.indicators.append({QUuid::fromString(o.value(QStringLiteral("uuid")).toString()),
                             QUuid::fromString(o.value(QStringLiteral("action")).toString()),
                             o.value(QStringLiteral("actionTitle")).toString(),
                             o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("unit")).toString(),
                             optionalNumber(o.value(QStringLiteral("latestValue"))),
                             QDate::fromString(o.value(QStringLiteral("latestDate")).toString(), Qt::ISODate),
                             optionalNumber(o.value(QStringLiteral("target")))});
    }
    for (const auto& value : root.value(QStringLiteral("meetings")).toArray()) {
        const QJsonObject o = value.toObject();
        s.meetings.append({QUuid::fromString(o.value(QStringLiteral("uuid")).toString()),
                           enumOf<MeetingKind>(o.value(QStringLiteral("kind"))),
                           QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate),
                           o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("territory")).toString(),
                           o.value(QStringLiteral("group")).toString()});
    }
    s.localPacts = localPactsFromJson(root.value(QStringLiteral("localPacts")).toArray());
    return s;
}

EvaluationSnapshot takeSnapshot(const EditionData& data, int year, const QDate& asOf,
                                const QList<QUuid>& previousSignatories)
{
    EvaluationSnapshot s;
    s.edition = data.edition.title;
    s.year = year;
    s.asOf = asOf;
    for (const auto& axis : data.axes) {
        s.axes << axis.title;
        for (const auto& theme : axis.themes)
            s.themes << theme.name;
    }
    for (const auto& territory : data.territories)
        s.territories << territory.name;
    for (const auto* partner : data.signatories()) {
        s.signatories << partner->name;
        if (!previousSignatories.contains(partner->uuid))
            s.newPartners << partner->name;
    }
    QHash<Id, const WorkingGroup*> groups;
    for (const auto& group : data.groups) {
        groups.insert(group.id, &group);
        QStringList territories;
        for (Id id : group.territoryIds) {
            if (const auto* t = data.territory(id))
                territories << t->name;
        }
        s.groups.append({group.uuid, group.name, group.status, territories});
    }
    for (const auto& action : data.actions) {
        const WorkingGroup* group = groups.value(action.groupId);
        const Id axisId = action.axisId != NoId ? action.axisId : (group ? group->axisId : NoId);
        // The group's theme belongs to the group's axis: an action follows it only when it follows that
        // axis (as the action editor and the action list have it).
        const Id themeId =
            action.themeId != NoId ? action.themeId : (group && action.axisId == NoId ? group->themeId : NoId);
        const Axis* axis = data.axis(axisId);
        const Theme* theme = data.theme(themeId);
        QStringList territories;
        if (group) {
            for (Id id : group->territoryIds) {
                if (const auto* t = data.territory(id))
                    territories << t->name;
            }
        }
        s.actions.append({action.uuid, action.title, group ? group->uuid : QUuid(), group ? group->name : QString(),
                          axis ? axis->title : QString(), theme ? theme->name : QString(), territories, action.status,
                          action.experimentation});
        for (const auto& indicator : action.indicators) {
            // Unknown is not zero: the latest value known by then, a value not reported is left out.
            const Measurement* latest = nullptr;
            for (const auto& m : indicator.measurements) {
                if (m.value && m.date <= asOf && (!latest || m.date >= latest->date))
                    latest = &m;
            }
            const std::optional<double> target = latest && latest->target ? latest->target : indicator.target;
            s.indicators.append({indicator.uuid, action.uuid, action.title, indicator.name, indicator.unit,
                                 latest ? latest->value : std::nullopt, latest ? latest->date : QDate(), target});
        }
    }
    for (const auto& meeting : data.meetings) {
        if (!meeting.isHeld() || meeting.date.year() != year || meeting.date > asOf)
            continue;
        const Territory* territory = data.territory(meeting.territoryId);
        const WorkingGroup* group = groups.value(meeting.groupId);
        s.meetings.append({meeting.uuid, meeting.kind, meeting.date, meeting.title,
                           territory ? territory->name : QString(), group ? group->name : QString()});
    }
    s.localPacts = localPactStates(data, year);
    return s;
}

EvaluationCounts countEvaluation(const EvaluationSnapshot& s)
{
    EvaluationCounts c;
    c.workingGroups = static_cast<int>(s.groups.size());
    c.activeGroups = static_cast<int>(std::count_if(s.groups.cbegin(), s.groups.cend(),
                                                    [](const auto& g) { return g.status == GroupStatus::Active; }));
    c.actions = static_cast<int>(s.actions.size());
    for (ActionStatus status : enumValues<ActionStatus>())
        c.actionsByStatus.insert(status, 0);
    QMap<QString, int> byTheme;
    QMap<QString, int> byAxis;
    for (const auto& a : s.actions) {
        ++c.actionsByStatus[a.status];
        if (a.status == ActionStatus::Completed || a.status == ActionStatus::Running)
            ++c.carriedOut;
        if (a.experimentation)
            ++c.experimentations;
        ++byTheme[a.themeName];
        ++byAxis[a.axisTitle];
    }
    for (auto it = byTheme.cbegin(); it != byTheme.cend(); ++it)
        c.actionsByTheme.append({it.key(), it.value()});
    std::stable_sort(c.actionsByTheme.begin(), c.actionsByTheme.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& axis : s.axes)
        c.actionsByAxis.append({axis, byAxis.value(axis)});
    if (byAxis.contains(QString()))
        c.actionsByAxis.append({QString(), byAxis.value(QString())});
    for (MeetingKind kind : enumValues<MeetingKind>())
        c.meetingsByKind.insert(kind, 0);
    QSet<QString> committees;
    for (const auto& m : s.meetings) {
        ++c.meetingsHeld;
        ++c.meetingsByKind[m.kind];
        if (m.kind == MeetingKind::LocalCommittee && !m.territory.isEmpty())
            committees.insert(m.territory);
    }
    c.territoriesWithLocalCommittee = static_cast<int>(committees.size());
    c.newPartners = static_cast<int>(s.newPartners.size());
    c.indicators = static_cast<int>(s.indicators.size());
    for (const auto& i : s.indicators) {
        if (!i.latestValue)
            continue;
        ++c.indicatorsMeasured;
        if (i.target && *i.latestValue >= *i.target)
            ++c.indicatorsOnTarget;
    }
    return c;
}

EvaluationComparison compareSnapshots(const EvaluationSnapshot& previous, const EvaluationSnapshot& current)
{
    EvaluationComparison c;
    QHash<QUuid, const EvaluationSnapshot::ActionState*> before;
    for (const auto& a : previous.actions)
        before.insert(a.uuid, &a);
    QSet<QUuid> still;
    for (const auto& a : current.actions) {
        const auto* old = before.value(a.uuid);
        if (!old) {
            c.newActions << a.title;
            continue;
        }
        still.insert(a.uuid);
        if (old->status != a.status)
            c.statusChanges.append({a.uuid, a.title, old->status, a.status});
    }
    for (const auto& a : previous.actions) {
        if (!still.contains(a.uuid))
            c.removedActions << a.title;
    }
    QHash<QUuid, const EvaluationSnapshot::IndicatorState*> indicatorsBefore;
    for (const auto& i : previous.indicators)
        indicatorsBefore.insert(i.uuid, &i);
    for (const auto& i : current.indicators) {
        const auto* old = indicatorsBefore.value(i.uuid);
        const std::optional<double> from = old ? old->latestValue : std::nullopt;
        if (from != i.latestValue)
            c.indicatorMoves.append({i.uuid, i.name, i.actionTitle, from, i.latestValue});
    }
    QHash<QUuid, const EvaluationSnapshot::GroupState*> groupsBefore;
    for (const auto& g : previous.groups)
        groupsBefore.insert(g.uuid, &g);
    QSet<QUuid> groupsNow;
    for (const auto& g : current.groups) {
        groupsNow.insert(g.uuid);
        const auto* old = groupsBefore.value(g.uuid);
        if (!old)
            c.newGroups << g.name;
        else if (old->status == GroupStatus::Active && g.status == GroupStatus::Closed)
            c.closedGroups << g.name;
    }
    for (const auto& g : previous.groups) {
        if (!groupsNow.contains(g.uuid) && g.status == GroupStatus::Active)
            c.closedGroups << g.name;
    }
    c.localPactMoves = compareLocalPacts(previous.localPacts, current.localPacts);
    return c;
}

} // namespace pacte
