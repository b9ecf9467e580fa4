#include "territoriessection.h"

#include "domain/clock.h"
#include "storage/dashboardfigures.h"
#include "storage/repository.h"
#include "territoryeditor.h"

#include <QPushButton>
#include <QTableView>

namespace pacte {

QList<TerritoriesSection::Column> TerritoriesSection::columns()
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        {.header = tr("Territory"), .display = [](const TerritoryRow& r) { return QVariant(r.name); }},
        {.header = tr("Working groups"),
         .display = [](const TerritoryRow& r) { return QVariant(r.groups); },
         .alignment = right},
        {.header = tr("Actions"),
         .display = [](const TerritoryRow& r) { return QVariant(r.actions); },
         .alignment = right},
        {.header = tr("Local committees held"),
         .display = [](const TerritoryRow& r) { return QVariant(r.localCommittees); },
         .alignment = right},
        {.header = tr("Département referent"), .display = [](const TerritoryRow& r) { return QVariant(r.referents); }}};
}

TerritoriesSection::TerritoriesSection(QWidget* parent)
    : RecordListSection(QStringLiteral("territories"), columns(), parent)
{
    setObjectName(QStringLiteral("territoriesSection"));
    m_editor = new TerritoryEditor(this);
    addNewButton(tr("&New territory"), tr("New territory"), QStringLiteral("addTerritoryButton"));
    setUp(m_model, m_editor, tr("No territory yet."));
    // Territories keep the order of the source document by default.
    tableView()->sortByColumn(-1, Qt::AscendingOrder);
}

void TerritoriesSection::reloadRows()
{
    m_editor->setDocument(m_document);
    Database& db = m_document->database();
    // Counts come from the dashboard's aggregate queries: cheap on a 50,000-action file.
    const DashboardFigures figures = loadDashboardFigures(db, m_editionId, Clock::currentDate().year());
    QHash<Id, int> groups;
    QHash<Id, int> actions;
    for (const auto& count : figures.groupsByTerritory)
        groups.insert(count.id, count.count);
    for (const auto& count : figures.actionsByTerritory)
        actions.insert(count.id, count.count);
    const QHash<Id, int> committees = localCommitteesHeldByTerritory(db, m_editionId);
    QHash<Id, QStringList> referents;
    for (const auto& person : PersonRepository(db).all()) {
        for (const auto& role : person.roles) {
            if (role.kind == PersonRoleKind::TerritoryReferent)
                referents[role.territoryId] << person.displayName();
        }
    }
    QList<TerritoryRow> rows;
    for (const auto& territory : TerritoryRepository(db).all()) {
        TerritoryRow row;
        row.id = territory.id;
        row.uuid = territory.uuid;
        row.name = territory.name;
        row.groups = groups.value(territory.id);
        row.actions = actions.value(territory.id);
        row.localCommittees = committees.value(territory.id);
        row.referents = referents.value(territory.id).join(QStringLiteral(", "));
        row.searchText = foldForSearch(territory.name + QLatin1Char(' ') + row.referents);
        row.filters.territories = {territory.id};
        rows.append(row);
    }
    m_model->setRows(rows);
}

std::optional<Territory> TerritoriesSection::shownItem(const QUuid& uuid) const
{
    const std::optional<Territory>& shown = m_editor->territory();
    return shown && shown->uuid == uuid ? shown : std::nullopt;
}

void TerritoriesSection::showRecord(const QUuid& uuid)
{
    if (uuid.isNull() || !m_document) {
        m_editor->setTerritory(std::nullopt, {}, m_editionId);
        return;
    }
    const int index = m_model->rowOf(uuid);
    const TerritoryRow* row = m_model->rowAt(index);
    const QString summary =
        row ? tr("In this edition: %1, %2, %3.")
                  .arg(tr("%n working group(s)", nullptr, row->groups), tr("%n action(s)", nullptr, row->actions),
                       tr("%n local committee meeting(s) held", nullptr, row->localCommittees))
            : QString();
    m_editor->setTerritory(TerritoryRepository(m_document->database()).findByUuid(uuid), summary, m_editionId);
}

void TerritoriesSection::addItem()
{
    if (!m_document || !m_document->mayChange(Entity::Territory))
        return;
    Territory territory;
    territory.name = tr("New territory");
    insertAndSelect(territory);
}

int TerritoriesSection::countRecords() const
{
    return TerritoryRepository(m_document->database()).count();
}

} // namespace pacte
