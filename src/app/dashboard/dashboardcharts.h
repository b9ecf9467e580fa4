#pragma once

#include "app/common/rowfilters.h"
#include "app/common/sectionid.h"
#include "storage/dashboardfigures.h"

#include <functional>
#include <optional>

#include <QPair>
#include <QString>

class QChart;

namespace pacte {
struct Edition;
}

namespace pacte::dashboard {

// Where a click on a tile or a chart segment leads: a section shown filtered on one facet value,
// narrowed by a second one when the segment is at a crossing (an axis bar's status segment).
struct Link
{
    SectionId section = SectionId::Actions;
    FilterKey key = FilterKey::Status;
    qint64 value = -1; // -1: no filter, the whole list
    std::optional<QPair<FilterKey, qint64>> narrowedBy;
};
using LinkHandler = std::function<void(const Link&)>;

// The charts of the dashboard. Each is a new QChart (the caller's view takes it); a click on a
// segment or a legend entry calls `open`; hovering a segment shows its full label and count.

// Donut of the actions by status (Annexe 1 breakdown).
QChart* makeStatusChart(const DashboardFigures& figures, const LinkHandler& open);
// Horizontal bars stacked by status, one per row (axes, territories), clicking opens the actions of
// that row and status.
QChart* makeStatusBarsChart(const QString& title, const QList<DashboardFigures::Count>& rows, FilterKey key,
                            const QString& noneLabel, const LinkHandler& open);
// Horizontal bars of plain counts (themes, working groups), the first `maxRows` rows.
QChart* makeCountChart(const QString& title, const QList<DashboardFigures::Count>& rows, SectionId section,
                       FilterKey key, qsizetype maxRows, const LinkHandler& open);
// Meetings held in the figures' year against those the rules require (COPIL, comités locaux).
QChart* makeMeetingsChart(const DashboardFigures& figures, const Edition& edition, const LinkHandler& open);

// The category labels are cut to this length; the full text is in the hover tooltip.
inline constexpr int CategoryLabelLength = 30;

} // namespace pacte::dashboard
