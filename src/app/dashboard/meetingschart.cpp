#include "chartparts.h"
#include "dashboardcharts.h"
#include "dashboardpalette.h"
#include "domain/edition.h"

#include <algorithm>

#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>

namespace pacte::dashboard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::DashboardCharts)
};

struct MeetingRow
{
    MeetingKind kind;
    QString label;
    int held = 0;
    int required = 0;
    QString detail;
};

// One row per kind the rules require (the three COPILs when due in the year, the comités locaux)
// and per other kind held in the year.
QList<MeetingRow> meetingRows(const DashboardFigures& figures, const Edition& edition)
{
    const int year = figures.year;
    // As rule 2 and loadDashboardFigures() schedule them: launch in the first year, mid-term in the
    // year of the midpoint, final in the last year.
    const QDate midpoint = edition.startDate.addDays(edition.startDate.daysTo(edition.endDate) / 2);
    const QString copilSoFar =
        Tr::tr("Launch, mid-term and final COPILs held so far: %1 of the %2 due by the end of %3.")
            .arg(figures.copilHeld)
            .arg(figures.copilExpected)
            .arg(year);
    QList<MeetingRow> rows;
    const auto held = [&](MeetingKind kind) { return figures.meetingsHeldInYear.value(kind); };
    const auto addCopil = [&](MeetingKind kind, bool due) {
        if (due || held(kind) > 0)
            rows.append({kind, enumLabel(kind), held(kind), due ? 1 : 0, copilSoFar});
    };
    addCopil(MeetingKind::CopilLaunch, year == edition.firstYear());
    addCopil(MeetingKind::CopilMidTerm, year == midpoint.year());
    addCopil(MeetingKind::CopilFinal, year == edition.lastYear());
    rows.append({MeetingKind::LocalCommittee, Tr::tr("Local committees (territories)"),
                 figures.territoriesWithLocalCommitteeInYear, figures.territories,
                 Tr::tr("Each territory's comité local d'animation meets at least once a year: %1 in %2 (%3).")
                     .arg(Tr::tr("%n of %1 territories did", nullptr, figures.territoriesWithLocalCommitteeInYear)
                              .arg(figures.territories))
                     .arg(year)
                     .arg(Tr::tr("%n meeting(s)", nullptr, held(MeetingKind::LocalCommittee)))});
    for (MeetingKind kind : {MeetingKind::CopilOther, MeetingKind::WorkingGroup, MeetingKind::TerritorialSeminar,
                             MeetingKind::GovernanceGroup, MeetingKind::EmploymentCommitteeDepartmental,
                             MeetingKind::EmploymentCommitteeLocal}) {
        if (held(kind) > 0)
            rows.append({kind, enumLabel(kind), held(kind), 0, Tr::tr("No minimum is set for these meetings.")});
    }
    return rows;
}

} // namespace

QChart* makeMeetingsChart(const DashboardFigures& figures, const Edition& edition, const LinkHandler& open)
{
    const QList<MeetingRow> rows = meetingRows(figures, edition);
    QChart* chart = newChart(Tr::tr("Meetings held in %1 against those required").arg(figures.year));
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.75);
    auto* heldSet = new QBarSet(Tr::tr("Held in %1").arg(figures.year));
    heldSet->setColor(neutralColour());
    heldSet->setBorderColor(neutralColour());
    auto* requiredSet = new QBarSet(Tr::tr("Required"));
    requiredSet->setColor(QColor(0xd9, 0xdd, 0xe3));
    requiredSet->setBorderColor(QColor(0x9a, 0xa3, 0xad));
    QStringList categories;
    int maximum = 1;
    for (const MeetingRow& row : rows) {
        categories.append(shortened(row.label, CategoryLabelLength));
        maximum = std::max({maximum, row.held, row.required});
    }
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        heldSet->append(it->held);
        requiredSet->append(it->required);
    }
    // Two sets, one per bar of a row; both open the meetings of that kind.
    for (QBarSet* set : {requiredSet, heldSet}) {
        QObject::connect(set, &QBarSet::clicked, set, [rows, open](int index) {
            const MeetingRow& row = rows.at(rowOf(index, rows.size()));
            open({SectionId::Meetings, FilterKey::Kind, static_cast<int>(row.kind), {}});
        });
        QObject::connect(set, &QBarSet::hovered, set, [rows](bool hovered, int index) {
            const MeetingRow& row = rows.at(rowOf(index, rows.size()));
            showTip(hovered, Tr::tr("%1: %2, %3\n%4\nClick to list these meetings.")
                                 .arg(row.label, Tr::tr("%n held", nullptr, row.held),
                                      Tr::tr("%n required", nullptr, row.required), row.detail));
        });
    }
    series->append(requiredSet);
    series->append(heldSet);
    attachAxes(chart, series, categories, maximum);
    return chart;
}

} // namespace pacte::dashboard
