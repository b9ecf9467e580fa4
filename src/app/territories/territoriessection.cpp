#include "territoriessection.h"

#include "app/common/deletionquestion.h"
#include "editing/recordcommands.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "territoryeditor.h"

#include <QPushButton>
#include <QTableView>

namespace pacte {

TerritoriesSection::TerritoriesSection(QWidget* parent)
    : ListSection(QStringLiteral("territories"), parent)
{
    setObjectName(QStringLiteral("territoriesSection"));
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
    const EditionData data = loadEditionData(m_document->database(), m_editionId);
    QList<TerritoryRow> rows;
    for (const auto& territory : data.territories) {
        TerritoryRow row;
        row.id = territory.id;
        row.uuid = territory.uuid;
        row.name = territory.name;
        QList<Id> groupIds;
        for (const auto& group : data.groups) {
            if (group.territoryIds.contains(territory.id)) {
                ++row.groups;
                groupIds.append(group.id);
            }
        }
        for (const auto& action : data.actions)
            row.actions += groupIds.contains(action.groupId) ? 1 : 0;
        for (const auto& meeting : data.meetings)
            row.localCommittees +=
                meeting.kind == MeetingKind::LocalCommittee && meeting.territoryId == territory.id && meeting.isHeld();
        QStringList referents;
        for (const auto& person : data.persons) {
            if (person.hasRole(PersonRoleKind::TerritoryReferent, territory.id))
                referents << person.displayName();
        }
        row.referents = referents.join(QStringLiteral(", "));
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
        row ? tr("In this edition: %1 working group(s), %2 action(s), %3 local committee meeting(s) held.")
                  .arg(row->groups)
                  .arg(row->actions)
                  .arg(row->localCommittees)
            : QString();
    m_editor->setTerritory(TerritoryRepository(m_document->database()).findByUuid(uuid), summary);
}

void TerritoriesSection::addItem()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Territory territory;
    territory.name = tr("New territory");
    auto command = std::make_unique<InsertRecordCommand<Territory>>(*m_document, territory);
    auto* raw = command.get();
    const QString error = m_document->execute(std::move(command));
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    selectAfterChange(raw->item().uuid);
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
