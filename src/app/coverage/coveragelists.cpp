#include "coveragelists.h"

#include "coveragetexts.h"

#include <algorithm>

#include <QHeaderView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace pacte {

namespace {

// What an item opens: a record (entity and uuid), or a cell of the grid (territory and theme).
enum ItemRole {
    EntityRole = Qt::UserRole + 1,
    UuidRole,
    TerritoryRole,
    ThemeRole,
};

QTreeWidgetItem* recordItem(QTreeWidgetItem* parent, const QStringList& texts, Entity entity, const QUuid& uuid)
{
    auto* item = new QTreeWidgetItem(parent, texts);
    item->setData(0, EntityRole, static_cast<int>(entity));
    item->setData(0, UuidRole, uuid);
    return item;
}

void setRecord(QTreeWidgetItem* item, Entity entity, const QUuid& uuid)
{
    item->setData(0, EntityRole, static_cast<int>(entity));
    item->setData(0, UuidRole, uuid);
}

void setCell(QTreeWidgetItem* item, Id territoryId, Id themeId)
{
    item->setData(0, TerritoryRole, territoryId);
    item->setData(0, ThemeRole, themeId);
}

QString territoryList(const CoverageLookup& names, const QList<Id>& ids)
{
    QStringList list;
    for (Id id : ids)
        list << names.territory(id);
    return list.join(QStringLiteral(", "));
}

} // namespace

CoverageLists::CoverageLists(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("coverageTabs"));
    setAccessibleName(tr("Observations on the coverage"));
    m_gaps = addList(QStringLiteral("coverageGapsList"), {tr("Territory"), tr("Theme"), tr("Observation")}, tr("Gaps"));
    m_gaps->setRootIsDecorated(false); // a flat list
    m_overlaps = addList(QStringLiteral("coverageOverlapsList"),
                         {tr("Territory"), tr("Theme"), tr("Working groups"), tr("Actions")}, tr("Overlaps"));
    m_duplicates = addList(QStringLiteral("coverageDuplicatesList"),
                           {tr("Words in common"), tr("Action"), tr("Action of another group"), tr("Where")},
                           tr("Possible duplicates"));
    m_partners = addList(QStringLiteral("coveragePartnersList"),
                         {tr("Partner"), tr("Pilot"), tr("Co-pilot"), tr("Member"), tr("Territories"), tr("Themes")},
                         tr("Partners"));
    setTabCount(0, tr("Gaps"), 0);
    setTabCount(1, tr("Overlaps"), 0);
    setTabCount(2, tr("Possible duplicates"), 0);
    setTabCount(3, tr("Partners"), 0);
}

QTreeWidget* CoverageLists::addList(const QString& objectName, const QStringList& headers,
                                    const QString& accessibleName)
{
    auto* list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setAccessibleDescription(
        tr("Enter opens the line's working group, action or partner in its section, or shows its cell in the grid."));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(true);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { onActivated(item); });
    addTab(list, accessibleName);
    return list;
}

void CoverageLists::setTabCount(int tab, const QString& label, qsizetype count)
{
    setTabText(tab, QStringLiteral("%1 (%2)").arg(label).arg(count));
}

void CoverageLists::setState(const CoverageState& state)
{
    fillGaps(state);
    fillOverlaps(state);
    fillDuplicates(state);
    fillPartners(state);
    for (QTreeWidget* list : {m_gaps, m_overlaps, m_duplicates, m_partners}) {
        // Long names are cut in their column: each cell's tooltip gives it whole.
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            for (int column = 0; column < list->columnCount(); ++column)
                (*it)->setToolTip(column, (*it)->text(column));
        }
        for (int column = 0; column < list->columnCount() - 1; ++column) {
            list->resizeColumnToContents(column);
            list->setColumnWidth(column, std::min(list->columnWidth(column), 320));
        }
    }
}

void CoverageLists::fillGaps(const CoverageState& state)
{
    const CoverageLookup& names = state.names;
    m_gaps->clear();
    for (const CoverageGap& gap : state.coverage.gaps) {
        auto* item = new QTreeWidgetItem(
            m_gaps, {names.territory(gap.territoryId), names.theme(gap.themeId), coverage::gapText(gap)});
        setCell(item, gap.territoryId, gap.themeId);
    }
    for (Id groupId : state.coverage.unplacedGroupIds) {
        const WorkingGroup* group = names.group(groupId);
        auto* item = recordItem(nullptr,
                                {QString(), QString(),
                                 tr("Working group without a theme or a territory of "
                                    "the edition: %1")
                                     .arg(group->name)},
                                Entity::WorkingGroup, group->uuid);
        m_gaps->addTopLevelItem(item);
    }
    setTabCount(0, tr("Gaps"), m_gaps->topLevelItemCount());
}

void CoverageLists::fillOverlaps(const CoverageState& state)
{
    const CoverageLookup& names = state.names;
    m_overlaps->clear();
    for (const CoverageOverlap& overlap : state.coverage.overlaps) {
        auto* item = new QTreeWidgetItem(m_overlaps,
                                         {names.territory(overlap.territoryId), names.theme(overlap.themeId),
                                          tr("%n working group(s)", nullptr, static_cast<int>(overlap.groupIds.size())),
                                          QString::number(overlap.actions)});
        setCell(item, overlap.territoryId, overlap.themeId);
        for (Id groupId : overlap.groupIds) {
            const WorkingGroup* group = names.group(groupId);
            recordItem(item, {QString(), QString(), group->name}, Entity::WorkingGroup, group->uuid);
        }
        item->setExpanded(true);
    }
    setTabCount(1, tr("Overlaps"), state.coverage.overlaps.size());
}

void CoverageLists::fillDuplicates(const CoverageState& state)
{
    const CoverageLookup& names = state.names;
    m_duplicates->clear();
    const auto actionText = [&](Id actionId) {
        const Action* action = names.action(actionId);
        return tr("%1 (%2)").arg(action->title, names.group(action->groupId)->name);
    };
    for (const PossibleDuplicate& pair : state.coverage.duplicates) {
        auto* item = new QTreeWidgetItem(
            m_duplicates,
            {QStringLiteral("%1 — %2").arg(similarityPercent(pair.similarity()), similarityText(pair)),
             actionText(pair.firstActionId), actionText(pair.secondActionId),
             QStringLiteral("%1, %2").arg(names.theme(pair.themeId), territoryList(names, pair.territoryIds))});
        // The row opens the first action; its two children each open theirs.
        setRecord(item, Entity::Action, names.action(pair.firstActionId)->uuid);
        for (Id actionId : {pair.firstActionId, pair.secondActionId}) {
            const Action* action = names.action(actionId);
            recordItem(item, {QString(), actionText(actionId)}, Entity::Action, action->uuid);
        }
    }
    setTabCount(2, tr("Possible duplicates"), state.coverage.duplicates.size());
}

void CoverageLists::fillPartners(const CoverageState& state)
{
    const CoverageLookup& names = state.names;
    m_partners->clear();
    const auto& territories = state.coverage.territoryIds;
    for (const PartnerCoverage& partner : state.coverage.partners) {
        const QString where = partner.territoryIds.size() == territories.size() && territories.size() > 3
                                  ? tr("all (%1)").arg(territories.size())
                                  : territoryList(names, partner.territoryIds);
        const Partner* record = state.data->partner(partner.partnerId);
        auto* item = recordItem(nullptr,
                                {names.partnerFullName(partner.partnerId), QString::number(partner.pilots),
                                 QString::number(partner.coPilots), QString::number(partner.memberships), where,
                                 QString::number(partner.themeIds.size())},
                                Entity::Partner, record ? record->uuid : QUuid());
        m_partners->addTopLevelItem(item);
        for (const PartnerPlace& place : partner.places) {
            const WorkingGroup* group = names.group(place.groupId);
            recordItem(item,
                       {group->name, place.role == PartnerRole::Pilot ? QStringLiteral("✓") : QString(),
                        place.role == PartnerRole::CoPilot ? QStringLiteral("✓") : QString(),
                        place.role == PartnerRole::Member ? QStringLiteral("✓") : QString(),
                        names.territory(place.territoryId), names.theme(place.themeId)},
                       Entity::WorkingGroup, group->uuid);
        }
    }
    setTabCount(3, tr("Partners"), state.coverage.partners.size());
}

void CoverageLists::onActivated(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QUuid uuid = item->data(0, UuidRole).toUuid();
    if (!uuid.isNull()) {
        emit openRequested(static_cast<Entity>(item->data(0, EntityRole).toInt()), uuid);
        return;
    }
    const QVariant territory = item->data(0, TerritoryRole);
    if (territory.isValid())
        emit cellRequested(territory.toLongLong(), item->data(0, ThemeRole).toLongLong());
}

} // namespace pacte
