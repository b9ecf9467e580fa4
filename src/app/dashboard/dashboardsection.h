#pragma once

#include "app/common/section.h"
#include "domain/finding.h"
#include "storage/dashboardfigures.h"

#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QMap>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace pacte {

class TileGrid;

class CompliancePanel;
class FundingSummaryPanel;
class Database;
class DashboardTile;
struct DashboardRead;
struct Edition;

namespace dashboard {
class ChartFiguresPanel;
struct Link;
} // namespace dashboard

// Tableau de bord of the selected edition: a row of tiles with the key counts (and the previous
// edition's), charts by status, axis, territory, theme, working groups and meetings, and the
// governance findings. Every tile, segment and finding opens the matching list or item. The
// figures come from aggregate queries (loadDashboardFigures), so a large file refreshes at once.
class DashboardSection final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardSection)

public:
    explicit DashboardSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Dashboard; }
    QString title() const override { return tr("Dashboard"); }
    void setDocument(Document* document) override;
    void setEdition(Id editionId) override;
    void focusContent() override;

    // Recomputes now, figures and rules, rather than after the pending zero-length timers (tests,
    // benchmarks).
    void refreshNow();
    // No refresh pending: what is shown is the document's current state.
    bool isUpToDate() const;
    // The tiles and charts show the current figures (the findings may still be on their way).
    bool figuresUpToDate() const;
    // The figures shown; the axes' labels are numbered ("1. Lever les freins...").
    const DashboardFigures& figures() const { return m_figures; }
    // How long the last refresh took to show the tiles and charts (figures and widgets), and then the
    // governance findings, in milliseconds.
    qint64 lastFiguresMilliseconds() const { return m_figuresMs; }
    qint64 lastComplianceMilliseconds() const { return m_complianceMs; }
    int refreshCount() const { return m_refreshCount; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void scheduleRefresh();
    // Reads the figures on a worker thread, then shows them (the timer's refresh).
    void refresh();
    // Reads and shows the figures now, on this thread.
    void refreshSynchronously();
    void showRead(const DashboardRead& read);
    // The governance check on this thread (refreshNow()), or on a worker thread (after a refresh).
    void refreshCompliance();
    void checkInBackground();
    void showFindings(const Findings& findings);
    void showMessage(const QString& text);
    void numberAxes(const QHash<Id, int>& numbers);
    void updateHeader(const Edition& edition, const std::optional<Edition>& previous);
    void updateDeclared(const Edition& edition);
    void updateTiles(const std::optional<Edition>& previous, const std::optional<DashboardFigures>& before);
    void updateCharts(const Edition& edition);
    void setChart(QChartView* view, QChart* chart);
    void placeCharts();
    // The charts in the order they are read: left to right, top to bottom.
    QList<QChartView*> chartsInOrder() const;
    void openLink(const dashboard::Link& link);
    QChartView* addChartView(const QString& objectName, const QString& accessibleName, int row, int column);
    DashboardTile* addTile(const QString& objectName, const QColor& accent, const dashboard::Link& link);

    QTimer* m_refreshTimer;
    bool m_dirty = true;
    int m_readGeneration = 0; // the background read whose figures are awaited
    bool m_reading = false;
    QElapsedTimer m_refreshClock;
    QTimer* m_complianceTimer;
    qint64 m_figuresMs = 0;
    qint64 m_complianceMs = 0;
    int m_checkGeneration = 0; // the background check whose findings are awaited
    bool m_checking = false;
    Id m_checkedEdition = NoId; // the edition the compliance panel shows
    int m_refreshCount = 0;
    DashboardFigures m_figures;
    QLabel* m_message;
    QWidget* m_page;
    QLabel* m_header;
    QLabel* m_renewal = nullptr;  // what the renewal that made the edition carried over
    QLabel* m_declared = nullptr; // the signatories recorded beside those the pact declares
    TileGrid* m_tileRow;
    QMap<QString, DashboardTile*> m_tiles;
    QScrollArea* m_scroll;
    QGridLayout* m_chartGrid;
    QLabel* m_emptyActions;
    QMap<QString, QChartView*> m_charts;
    CompliancePanel* m_compliance;
    FundingSummaryPanel* m_funding;
    QPushButton* m_figuresButton = nullptr;
    dashboard::ChartFiguresPanel* m_chartFigures = nullptr;
};

} // namespace pacte
