#include "territoriessection.h"

#include "app/common/deletionquestion.h"
#include "editing/recordcommands.h"
#include "storage/dashboardfigures.h"
#include "storage/repository.h"
#include "territoryeditor.h"

#include <QPushButton>
#include <QTableView>

namespace pacte {

TerritoriesSection::TerritoriesSection(QWidget* parent)
    : ListSection(QStringLiteral("territories"), parent)
{
    setObjectName(QStringLiteral("territoriesSection"));
    setProperty("entity", QStringLiteral("territory"));
    using Model = ListTableModel<TerritoryRow>;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new Model(
        {{tr("Territory"), [](const TerritoryRow& r) { return QVariant(r.name); }},
         {tr("Working groups"), [](const TerritoryRow& r) { return QVariant(r.groups); }, {}, right},
         {tr("Actions"), [](const TerritoryRow& r) { return QVariant(r.actions); }, {}, right},
         {tr("Local committees held"), [](const TerritoryRow& r) { return QVariant(r.localCommittees); }, {}, right},
         {tr("Département referent"), [](const TerritoryRow& r) { return QVariant(r.referents); }}},
        this);
    m_editor = new TerritoryEditor(this);
    auto* add = new QPushButton(tr("&New territory"), this);
    add->setObjectName(QStringLiteral("addTerritoryButton"));
    connect(add, &QPushButton::clicked, this, &TerritoriesSection::addItem);
    addToolButton(add);
    setUp(m_model, m_editor, tr("No territory yet."));
    // Territories keep the order of the source document by default.
    tableView()->sortByColumn(-1, Qt::AscendingOrder);
}

void TerritoriesSection::reloadRows()
{
    m_editor->setDocument(m_document);
    Database& db = m_document->database();
    // Counts come from the dashboard's aggregate queries: cheap on a 50,000-action file.
    const DashboardFigures figures = loadDashboardFigures(db, m_editionId, QDate::currentDate().year());
    QHash<Id, int> groups;
    QHash<Id, int> actions;
    for (const auto& count : figures.groupsByTerritory)
        groups.insert(count.id, count.count);
    for (const auto& count : figures.actionsByTerritory)
        actions.insert(count.id, count.count);
    QHash<Id, int> committees;
    for (const auto& meeting : MeetingRepository(db).where(
             QStringLiteral("edition_id = ? AND kind = 'comite_local' AND status = 'tenue'"), {m_editionId}))
        ++committees[meeting.territoryId];
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

void TerritoriesSection::showRecord(const QUuid& uuid)
{
    if (uuid.isNull() || !m_document) {
        m_editor->setTerritory(std::nullopt, {});
        return;
    }
    const int index = m_model->rowOf(uuid);
    const TerritoryRow* row = m_model->rowAt(index);
    const QString summary =
        row ? tr("In this edition: %1, %2, %3.")
                  .arg(tr("%n working group(s)", nullptr, row->groups), tr("%n action(s)", nullptr, row->actions),
                       tr("%n local committee meeting(s) held", nullptr, row->localCommittees))
            : QString();
    m_editor->setTerritory(TerritoryRepository(m_document->database()).findByUuid(uuid), summary);
}

void TerritoriesSection::addItem()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Territory territory;
    territory.name = tr("New territory");
    insertAndSelect(territory);
}

QString TerritoriesSection::deleteQuestion(const QUuid& uuid)
{
    const auto territory = TerritoryRepository(m_document->database()).findByUuid(uuid);
    return territory
               ? deletionQuestion(m_document->database(), QStringLiteral("territory"), territory->id, territory->name)
               : QString();
}

QString TerritoriesSection::deleteRecord(const QUuid& uuid)
{
    const auto territory = TerritoryRepository(m_document->database()).findByUuid(uuid);
    if (!territory)
        return {};
    return m_document->execute(std::make_unique<DeleteRecordCommand<Territory>>(*m_document, *territory));
}

bool TerritoriesSection::concerns(const QString& entity) const
{
    static const QStringList entities{QStringLiteral("territory"), QStringLiteral("working_group"),
                                      QStringLiteral("action"), QStringLiteral("meeting"), QStringLiteral("person")};
    return entities.contains(entity);
}

} // namespace pacte
