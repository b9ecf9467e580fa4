#pragma once

#include "app/common/listtablemodel.h"
#include "domain/axis.h"
#include "storage/indicatorlist.h"

#include <QHash>
#include <QPair>

namespace pacte {

// Where an indicator stands against its target, as the "met" facet offers it.
enum class TargetState { Met, NotMet, NotMeasured, NoTarget };

// The latest value reaches the target (the measurement's own, else the indicator's), as the
// evaluation counts "indicators on target".
TargetState targetState(const IndicatorListRow& row);
// ✓, ✗ or —
QString targetStateSymbol(TargetState state);
QString targetStateLabel(TargetState state);

// One line of the cross-action table of indicators.
struct IndicatorRow : RowBase
{
    IndicatorListRow data;
    QString territories;
    QString axis;
    int axisNumber = 0;
    QString theme;
    TargetState state = TargetState::NotMeasured;
};

// Makes the table's rows from the list's: the names of the edition's territories, axes and themes.
class IndicatorRowMaker final
{
    Q_DISABLE_COPY_MOVE(IndicatorRowMaker)

public:
    IndicatorRowMaker() = default;

    // Reads the territories and the edition's axes with their themes.
    void load(Database& db, Id editionId);
    IndicatorRow make(IndicatorListRow data) const;

    // The facets' options: (label, id), in the edition's order.
    const QList<QPair<QString, qint64>>& territoryOptions() const { return m_territoryOptions; }
    const QList<QPair<QString, qint64>>& axisOptions() const { return m_axisOptions; }
    const QList<QPair<QString, qint64>>& themeOptions() const { return m_themeOptions; }

private:
    QHash<Id, QString> m_territoryNames;
    QList<Axis> m_axes;
    QHash<Id, const Axis*> m_axisById;
    QHash<Id, const Theme*> m_themeById;
    QList<QPair<QString, qint64>> m_territoryOptions;
    QList<QPair<QString, qint64>> m_axisOptions;
    QList<QPair<QString, qint64>> m_themeOptions;
};

} // namespace pacte
