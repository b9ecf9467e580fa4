#include "indicatorrow.h"

#include "domain/textsearch.h"
#include "storage/repository.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::IndicatorsSection)
};

} // namespace

TargetState targetState(const IndicatorListRow& row)
{
    if (!row.latestValue)
        return TargetState::NotMeasured;
    const auto target = row.effectiveTarget();
    if (!target)
        return TargetState::NoTarget;
    return *row.latestValue >= *target ? TargetState::Met : TargetState::NotMet;
}

QString targetStateSymbol(TargetState state)
{
    switch (state) {
    case TargetState::Met:
        return QStringLiteral("✓");
    case TargetState::NotMet:
        return QStringLiteral("✗");
    case TargetState::NotMeasured:
    case TargetState::NoTarget:
        break;
    }
    return QStringLiteral("—");
}

QString targetStateLabel(TargetState state)
{
    switch (state) {
    case TargetState::Met:
        return Tr::tr("target met");
    case TargetState::NotMet:
        return Tr::tr("target not met");
    case TargetState::NotMeasured:
        return Tr::tr("not measured");
    case TargetState::NoTarget:
        return Tr::tr("no target");
    }
    return {};
}

void IndicatorRowMaker::load(Database& db, Id editionId)
{
    m_territoryNames.clear();
    m_territoryOptions.clear();
    for (const auto& territory : TerritoryRepository(db).all()) {
        m_territoryNames.insert(territory.id, territory.name);
        m_territoryOptions.append({territory.name, territory.id});
    }
    m_axes = AxisRepository(db).ofEdition(editionId);
    m_axisById.clear();
    m_themeById.clear();
    m_axisOptions.clear();
    m_themeOptions.clear();
    for (const auto& axis : std::as_const(m_axes)) {
        m_axisById.insert(axis.id, &axis);
        m_axisOptions.append({QStringLiteral("%1 · %2").arg(axis.number).arg(axis.title), axis.id});
        for (const auto& theme : axis.themes) {
            m_themeById.insert(theme.id, &theme);
            m_themeOptions.append({QStringLiteral("%1 · %2").arg(axis.number).arg(theme.name), theme.id});
        }
    }
}

IndicatorRow IndicatorRowMaker::make(IndicatorListRow data) const
{
    IndicatorRow row;
    row.id = data.id;
    row.uuid = data.uuid;
    QStringList territories;
    for (const Id id : std::as_const(data.territoryIds))
        territories << m_territoryNames.value(id);
    row.territories = territories.join(QStringLiteral(", "));
    if (const Axis* axis = m_axisById.value(data.axisId)) {
        row.axis = QStringLiteral("%1 · %2").arg(axis->number).arg(axis->title);
        row.axisNumber = axis->number;
    }
    if (const Theme* theme = m_themeById.value(data.themeId))
        row.theme = theme->name;
    row.state = targetState(data);
    row.searchText = foldForSearch(
        QStringList{data.actionTitle, data.groupName, row.territories, row.theme, data.name, data.unit}.join(
            QLatin1Char(' ')));
    row.filters.territories = data.territoryIds;
    row.filters.axes = {data.axisId};
    row.filters.themes = {data.themeId};
    row.filters.status = static_cast<int>(row.state);
    row.filters.kind = static_cast<int>(data.kind);
    row.data = std::move(data);
    return row;
}

} // namespace pacte
