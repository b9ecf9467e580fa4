#include "cliutil.h"
#include "command.h"
#include "domain/coverage.h"
#include "domain/coveragelookup.h"
#include "storage/editionloader.h"

#include <algorithm>
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pacte::cli {

namespace {

QJsonArray namesJson(const QList<Id>& ids, const std::function<QString(Id)>& name)
{
    QJsonArray names;
    for (Id id : ids)
        names.append(name(id));
    return names;
}

QJsonObject groupJson(const CoverageLookup& names, Id groupId)
{
    const WorkingGroup* group = names.group(groupId);
    return QJsonObject{{QStringLiteral("uuid"), group->uuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("name"), group->name}};
}

QJsonObject coverageJson(const EditionData& data, const Coverage& coverage)
{
    const CoverageLookup names(data);
    const auto territory = [&](Id id) { return names.territory(id); };
    const auto theme = [&](Id id) { return names.theme(id); };
    const auto partner = [&](Id id) { return names.partner(id); };

    QJsonArray themes;
    for (Id themeId : coverage.themeIds)
        themes.append(QJsonObject{{QStringLiteral("name"), names.theme(themeId)},
                                  {QStringLiteral("axis"), names.axisNumber(themeId)},
                                  {QStringLiteral("axisTitle"), names.axisTitle(themeId)}});
    QJsonArray cells;
    for (const auto& cell : coverage.cells) {
        QJsonArray groups;
        for (Id groupId : cell.groupIds)
            groups.append(groupJson(names, groupId));
        QJsonObject byStatus;
        for (auto it = cell.actionsByStatus.cbegin(); it != cell.actionsByStatus.cend(); ++it)
            byStatus.insert(enumCode(it.key()), it.value());
        cells.append(QJsonObject{
            {QStringLiteral("territory"), names.territory(cell.territoryId)},
            {QStringLiteral("theme"), names.theme(cell.themeId)},
            {QStringLiteral("axis"), names.axisNumber(cell.themeId)},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("actions"), QJsonObject{{QStringLiteral("total"), static_cast<int>(cell.actionIds.size())},
                                                    {QStringLiteral("byStatus"), byStatus}}},
            {QStringLiteral("partners"), namesJson(cell.partnerIds, partner)},
        });
    }
    QJsonArray gaps;
    for (const auto& gap : coverage.gaps) {
        QJsonObject entry{{QStringLiteral("territory"), names.territory(gap.territoryId)},
                          {QStringLiteral("theme"), names.theme(gap.themeId)},
                          {QStringLiteral("kind"), gapKindCode(gap.kind)}};
        if (gap.kind == CoverageGapKind::NoLiveAction) {
            entry.insert(QStringLiteral("projects"), gap.projects);
            entry.insert(QStringLiteral("finished"), gap.finished);
        }
        gaps.append(entry);
    }
    QJsonArray overlaps;
    for (const auto& overlap : coverage.overlaps) {
        QJsonArray groups;
        for (Id groupId : overlap.groupIds)
            groups.append(groupJson(names, groupId));
        overlaps.append(QJsonObject{{QStringLiteral("territory"), names.territory(overlap.territoryId)},
                                    {QStringLiteral("theme"), names.theme(overlap.themeId)},
                                    {QStringLiteral("groups"), groups},
                                    {QStringLiteral("actions"), overlap.actions}});
    }
    QJsonArray duplicates;
    for (const auto& pair : coverage.duplicates) {
        QJsonArray actions;
        for (Id actionId : {pair.firstActionId, pair.secondActionId}) {
            const Action* action = names.action(actionId);
            actions.append(QJsonObject{{QStringLiteral("uuid"), action->uuid.toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("title"), action->title},
                                       {QStringLiteral("group"), names.group(action->groupId)->name}});
        }
        const auto rounded = [](double value) { return qRound(value * 100) / 100.0; };
        duplicates.append(QJsonObject{{QStringLiteral("similarity"), rounded(pair.similarity())},
                                      {QStringLiteral("titleSimilarity"), rounded(pair.titleSimilarity)},
                                      {QStringLiteral("objectivesSimilarity"), rounded(pair.objectivesSimilarity)},
                                      {QStringLiteral("theme"), names.theme(pair.themeId)},
                                      {QStringLiteral("territories"), namesJson(pair.territoryIds, territory)},
                                      {QStringLiteral("actions"), actions}});
    }
    QJsonArray partners;
    for (const auto& p : coverage.partners) {
        QJsonArray places;
        for (const auto& place : p.places)
            places.append(QJsonObject{{QStringLiteral("territory"), names.territory(place.territoryId)},
                                      {QStringLiteral("theme"), names.theme(place.themeId)},
                                      {QStringLiteral("group"), names.group(place.groupId)->name},
                                      {QStringLiteral("role"), partnerRoleCode(place.role)}});
        partners.append(QJsonObject{{QStringLiteral("name"), names.partnerFullName(p.partnerId)},
                                    {QStringLiteral("pilot"), p.pilots},
                                    {QStringLiteral("coPilot"), p.coPilots},
                                    {QStringLiteral("member"), p.memberships},
                                    {QStringLiteral("territories"), namesJson(p.territoryIds, territory)},
                                    {QStringLiteral("themes"), namesJson(p.themeIds, theme)},
                                    {QStringLiteral("places"), places}});
    }
    QJsonArray unplaced;
    for (Id groupId : coverage.unplacedGroupIds)
        unplaced.append(groupJson(names, groupId));
    return QJsonObject{{QStringLiteral("edition"), data.edition.title},
                       {QStringLiteral("territories"), namesJson(coverage.territoryIds, territory)},
                       {QStringLiteral("themes"), themes},
                       {QStringLiteral("cells"), cells},
                       {QStringLiteral("gaps"), gaps},
                       {QStringLiteral("overlaps"), overlaps},
                       {QStringLiteral("possibleDuplicates"), duplicates},
                       {QStringLiteral("partners"), partners},
                       {QStringLiteral("unplacedGroups"), unplaced}};
}

void printText(const EditionData& data, const Coverage& coverage)
{
    const CoverageLookup names(data);
    printOut(Tr::tr("%1: %2 × %3, %4 and %5.")
                 .arg(data.edition.title,
                      Tr::tr("%n territory(ies)", nullptr, static_cast<int>(coverage.territoryIds.size())),
                      Tr::tr("%n theme(s)", nullptr, static_cast<int>(coverage.themeIds.size())),
                      Tr::tr("%n working group(s)", nullptr, static_cast<int>(data.groups.size())),
                      Tr::tr("%n action(s)", nullptr, static_cast<int>(data.actions.size()))));
    printOut(Tr::tr("What the records say: the pact does not ask for every theme in every territory."));
    const auto themeCount = coverage.themeIds.size();
    for (qsizetype t = 0; t < coverage.territoryIds.size(); ++t) {
        printOut(QString());
        printOut(names.territory(coverage.territoryIds.at(t)));
        QStringList withoutGroup;
        for (qsizetype h = 0; h < themeCount; ++h) {
            const CoverageCell& cell = coverage.cell(t, h);
            const QString theme =
                Tr::tr("%1 (axis %2)").arg(names.theme(cell.themeId)).arg(names.axisNumber(cell.themeId));
            if (cell.groupIds.isEmpty()) {
                withoutGroup << names.theme(cell.themeId);
                continue;
            }
            QString line = QStringLiteral("  %1\u00a0: %2, %3")
                               .arg(theme, Tr::tr("%n group(s)", nullptr, static_cast<int>(cell.groupIds.size())),
                                    Tr::tr("%n action(s)", nullptr, static_cast<int>(cell.actionIds.size())));
            if (!cell.actionsByStatus.isEmpty())
                line += QStringLiteral(" (%1)").arg(statusCountsLabel(cell.actionsByStatus));
            if (!cell.partnerIds.isEmpty())
                line += Tr::tr("; partners: %1").arg(names.partners(cell.partnerIds));
            printOut(line);
        }
        if (!withoutGroup.isEmpty())
            printOut(Tr::tr("  No group recorded on: %1").arg(withoutGroup.join(QStringLiteral(", "))));
    }

    printOut(QString());
    const auto noLive = std::count_if(coverage.gaps.cbegin(), coverage.gaps.cend(),
                                      [](const CoverageGap& gap) { return gap.kind == CoverageGapKind::NoLiveAction; });
    printOut(Tr::tr("Themes without a group in a territory: %1.").arg(coverage.gaps.size() - noLive));
    printOut(Tr::tr("Themes with groups but no action in progress or running: %1.").arg(noLive));
    for (const auto& gap : coverage.gaps) {
        if (gap.kind == CoverageGapKind::NoLiveAction)
            printOut(Tr::tr("  %1, %2: %3 project(s), %4 completed or abandoned")
                         .arg(names.territory(gap.territoryId), names.theme(gap.themeId))
                         .arg(gap.projects)
                         .arg(gap.finished));
    }
    printOut(Tr::tr("Several groups on the same theme in the same territory: %1.").arg(coverage.overlaps.size()));
    for (const auto& overlap : coverage.overlaps) {
        QStringList groups;
        for (Id groupId : overlap.groupIds)
            groups << names.group(groupId)->name;
        printOut(QStringLiteral("  %1, %2\u00a0: %3")
                     .arg(names.territory(overlap.territoryId), names.theme(overlap.themeId),
                          groups.join(QStringLiteral("\u00a0; "))));
    }
    printOut(Tr::tr("Possible duplicates (actions of different groups whose texts read alike, to be checked): %1.")
                 .arg(coverage.duplicates.size()));
    for (const auto& pair : coverage.duplicates) {
        const Action* first = names.action(pair.firstActionId);
        const Action* second = names.action(pair.secondActionId);
        QStringList territories;
        for (Id id : pair.territoryIds)
            territories << names.territory(id);
        printOut(Tr::tr("  %1 — \"%2\" (%3) and \"%4\" (%5); %6, %7")
                     .arg(similarityText(pair), first->title, names.group(first->groupId)->name, second->title,
                          names.group(second->groupId)->name, names.theme(pair.themeId),
                          territories.join(QStringLiteral(", "))));
    }
    printOut(Tr::tr("Partners:"));
    for (const auto& p : coverage.partners)
        printOut(Tr::tr("  %1: pilot of %2, co-pilot of %3, member of %4; %5, %6")
                     .arg(names.partner(p.partnerId))
                     .arg(Tr::tr("%n group(s)", nullptr, p.pilots))
                     .arg(p.coPilots)
                     .arg(p.memberships)
                     .arg(Tr::tr("%n territory(ies)", nullptr, static_cast<int>(p.territoryIds.size())))
                     .arg(Tr::tr("%n theme(s)", nullptr, static_cast<int>(p.themeIds.size()))));
    if (!coverage.unplacedGroupIds.isEmpty()) {
        QStringList groups;
        for (Id groupId : coverage.unplacedGroupIds)
            groups << names.group(groupId)->name;
        printOut(Tr::tr("Groups without a theme or a territory of the edition: %1")
                     .arg(groups.join(QStringLiteral("\u00a0; "))));
    }
}

} // namespace

int runCoverage(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "coverage");
    auto db = openForReading(parser.positionalArguments().constFirst());
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    // The actions' own fields are enough: titles, objectives, themes and statuses.
    const EditionData data = loadEditionData(*db, edition.id, ActionLoading::WithoutChildren);
    const Coverage coverage = computeCoverage(data);
    if (parser.isSet(QStringLiteral("json")))
        printOut(
            QString::fromUtf8(QJsonDocument(coverageJson(data, coverage)).toJson(QJsonDocument::Indented)).trimmed());
    else
        printText(data, coverage);
    return ExitOk;
}

} // namespace pacte::cli
