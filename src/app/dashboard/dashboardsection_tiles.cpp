// The tile row of DashboardSection: the counts, and the previous edition's beside them.
#include "dashboardsection.h"
#include "dashboardtile.h"
#include "domain/edition.h"

#include <QLocale>
#include <QRegularExpression>

namespace pacte {

namespace {

// "PTI 2017-2021" -> "2017-2021": the tiles are narrow; the header names the edition in full.
QString shortTitle(const QString& title)
{
    static const QRegularExpression years(QStringLiteral("\\d{4}(\\s*[-–]\\s*\\d{4})?"));
    const QRegularExpressionMatch match = years.match(title);
    return match.hasMatch() ? match.captured(0) : title;
}

} // namespace

void DashboardSection::updateTiles(const std::optional<Edition>& previous,
                                   const std::optional<DashboardFigures>& before)
{
    const QLocale locale;
    const auto was = [&](int DashboardFigures::*member) {
        return before ? tr("%1: %2").arg(shortTitle(previous->title), locale.toString((*before).*member)) : QString();
    };
    const auto wasStatus = [&](ActionStatus status) {
        return before ? tr("%1: %2").arg(shortTitle(previous->title),
                                         locale.toString(before->actionsByStatus.value(status)))
                      : QString();
    };
    const auto status = [&](const QString& tile, ActionStatus value, const QString& label, const QString& tip) {
        m_tiles.value(tile)->setFigure(m_figures.actionsByStatus.value(value), label, wasStatus(value), tip);
    };
    m_tiles.value(QStringLiteral("actionsTile"))
        ->setFigure(m_figures.actions, tr("actions"), was(&DashboardFigures::actions),
                    tr("Every action of the edition. Click to list them."));
    status(QStringLiteral("completedTile"), ActionStatus::Completed, tr("completed"),
           tr("Actions fully carried out (réalisées). Click to list them."));
    status(QStringLiteral("runningTile"), ActionStatus::Running, tr("running"),
           tr("Actions done and running over time (en fonctionnement). Click to list them."));
    status(QStringLiteral("inProgressTile"), ActionStatus::InProgress, tr("in progress"),
           tr("Actions being carried out (en cours). Click to list them."));
    status(QStringLiteral("projectTile"), ActionStatus::Project, tr("projects"),
           tr("Actions still at the project stage (en projet). Click to list them."));
    status(QStringLiteral("abandonedTile"), ActionStatus::Abandoned, tr("abandoned"),
           tr("Actions given up. Click to list them."));
    m_tiles.value(QStringLiteral("groupsTile"))
        ->setFigure(m_figures.workingGroups, tr("working groups"), was(&DashboardFigures::workingGroups),
                    tr("Working groups of the edition. Click to list them."));
    m_tiles.value(QStringLiteral("experimentationsTile"))
        ->setFigure(m_figures.experimentations, tr("experimentations"), was(&DashboardFigures::experimentations),
                    tr("Actions marked as experimentations (§1.3). Click to list them."));
    int held = 0;
    for (int count : std::as_const(m_figures.meetingsHeldInYear))
        held += count;
    // Meetings are counted in a year: the previous edition's years are not comparable.
    m_tiles.value(QStringLiteral("meetingsTile"))
        ->setFigure(held, tr("meetings held in %1").arg(m_figures.year),
                    tr("%1 in all").arg(locale.toString(m_figures.meetings)),
                    tr("Meetings held during %1, all kinds. Click to list the meetings held.").arg(m_figures.year));
}

} // namespace pacte
