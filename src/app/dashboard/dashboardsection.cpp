#include "dashboardsection.h"

#include "app/common/backgroundread.h"
#include "chartfigures.h"
#include "compliancepanel.h"
#include "dashboardcharts.h"
#include "dashboardpalette.h"
#include "dashboardread.h"
#include "dashboardtile.h"
#include "domain/clock.h"
#include "domain/declaredcount.h"
#include "domain/format.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "fundingsummary.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "tilegrid.h"

#include <algorithm>
#include <memory>

#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pacte {

DashboardSection::DashboardSection(QWidget* parent)
    : Section(parent)
    , m_refreshTimer(new QTimer(this))
    , m_complianceTimer(new QTimer(this))
    , m_message(new QLabel(this))
    , m_page(new QWidget(this))
    , m_header(new QLabel(m_page))
    , m_tileRow(new TileGrid(m_page))
    , m_scroll(new QScrollArea(m_page))
    , m_chartGrid(nullptr)
    , m_emptyActions(nullptr)
    , m_compliance(nullptr)
{
    setObjectName(QStringLiteral("dashboardSection"));
    // A burst of changes (an import, an undo of many steps) refreshes once, after it.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardSection::refresh);
    m_complianceTimer->setSingleShot(true);
    m_complianceTimer->setInterval(0);
    connect(m_complianceTimer, &QTimer::timeout, this, &DashboardSection::checkInBackground);

    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_header->setObjectName(QStringLiteral("dashboardHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_page);

    auto* pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(8, 6, 8, 0);
    pageLayout->setSpacing(6);
    // The charts' text alternative: their figures as tables, below them.
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    m_figuresButton = new QPushButton(tr("Show the &figures"), m_page);
    m_figuresButton->setObjectName(QStringLiteral("showFiguresButton"));
    m_figuresButton->setCheckable(true);
    m_figuresButton->setAccessibleDescription(tr("Shows the figures of every chart as tables, below the charts."));
    headerRow->addWidget(m_figuresButton, 0, Qt::AlignTop);
    pageLayout->addLayout(headerRow);
    m_renewal = new QLabel(m_page);
    m_renewal->setObjectName(QStringLiteral("dashboardRenewal"));
    m_renewal->setWordWrap(true);
    m_renewal->hide();
    pageLayout->addWidget(m_renewal);
    m_declared = new QLabel(m_page);
    m_declared->setObjectName(QStringLiteral("dashboardDeclared"));
    m_declared->setWordWrap(true);
    m_declared->hide();
    pageLayout->addWidget(m_declared);
    m_tileRow->setObjectName(QStringLiteral("dashboardTiles"));
    const auto actions = [](ActionStatus status) {
        return dashboard::Link{SectionId::Actions, FilterKey::Status, static_cast<int>(status), {}};
    };
    // -1 matches no facet value: the main window shows the whole list, every filter cleared.
    const dashboard::Link allActions{SectionId::Actions, FilterKey::Status, -1, {}};
    addTile(QStringLiteral("actionsTile"), dashboard::neutralColour(), allActions);
    addTile(QStringLiteral("completedTile"), dashboard::statusColour(ActionStatus::Completed),
            actions(ActionStatus::Completed));
    addTile(QStringLiteral("runningTile"), dashboard::statusColour(ActionStatus::Running),
            actions(ActionStatus::Running));
    addTile(QStringLiteral("inProgressTile"), dashboard::statusColour(ActionStatus::InProgress),
            actions(ActionStatus::InProgress));
    addTile(QStringLiteral("projectTile"), dashboard::statusColour(ActionStatus::Project),
            actions(ActionStatus::Project));
    addTile(QStringLiteral("abandonedTile"), dashboard::statusColour(ActionStatus::Abandoned),
            actions(ActionStatus::Abandoned));
    addTile(QStringLiteral("groupsTile"), dashboard::neutralColour(), {SectionId::Groups, FilterKey::Status, -1, {}});
    addTile(QStringLiteral("experimentationsTile"), dashboard::neutralColour(),
            {SectionId::Actions, FilterKey::Kind, 1, {}});
    addTile(QStringLiteral("meetingsTile"), dashboard::neutralColour(),
            {SectionId::Meetings, FilterKey::Status, static_cast<int>(MeetingStatus::Held), {}});

    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The charts and the findings wrap to the width: the dashboard only scrolls down.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 8);
    // The tiles scroll with the charts: at a large text size they take several rows.
    m_tileRow->setParent(content);
    contentLayout->addWidget(m_tileRow);
    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(8);
    contentLayout->addLayout(m_chartGrid);
    m_emptyActions = new QLabel(content);
    m_emptyActions->setObjectName(QStringLiteral("emptyActionsMessage"));
    m_emptyActions->setAccessibleName(tr("No action yet"));
    m_emptyActions->setTextFormat(Qt::RichText);
    m_emptyActions->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_emptyActions->setWordWrap(true);
    m_emptyActions->setMargin(16);
    m_emptyActions->setFrameShape(QFrame::StyledPanel);
    connect(m_emptyActions, &QLabel::linkActivated, this, [this](const QString& name) {
        if (const auto section = sectionFromName(name))
            openLink({*section, FilterKey::Status, -1, {}});
    });
    m_chartGrid->addWidget(m_emptyActions, 0, 0, 1, 2);
    addChartView(QStringLiteral("statusChart"), tr("Actions by status"), 1, 0);
    addChartView(QStringLiteral("axisChart"), tr("Actions by axis and status"), 1, 1);
    addChartView(QStringLiteral("territoryChart"), tr("Actions by territory and status"), 2, 0);
    addChartView(QStringLiteral("themeChart"), tr("Actions by theme"), 2, 1);
    addChartView(QStringLiteral("groupsChart"), tr("Working groups per territory"), 3, 0);
    addChartView(QStringLiteral("meetingsChart"), tr("Meetings held against those required"), 3, 1);
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
    m_chartFigures = new dashboard::ChartFiguresPanel(content);
    m_chartFigures->hide();
    contentLayout->addWidget(m_chartFigures);
    connect(m_figuresButton, &QPushButton::toggled, this, [this](bool shown) {
        m_chartFigures->setVisible(shown);
        if (!shown)
            return;
        m_chartFigures->setCharts(chartsInOrder());
        QTimer::singleShot(0, this, [this] {
            m_scroll->ensureWidgetVisible(m_chartFigures);
            if (auto* first = m_chartFigures->findChild<QTableView*>())
                first->setFocus(Qt::OtherFocusReason);
        });
    });
    m_funding = new FundingSummaryPanel(content);
    contentLayout->addWidget(m_funding);
    m_compliance = new CompliancePanel(content);
    contentLayout->addWidget(m_compliance);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    pageLayout->addWidget(m_scroll, 1);

    connect(m_compliance, &CompliancePanel::openRequested, this, &Section::openRequested);
    // The compliance section is another section's: ask the main window to show it as it is.
    connect(m_compliance, &CompliancePanel::allFindingsRequested, this,
            [this] { emit sectionRequested(SectionId::Compliance); });
    showMessage(tr("Open a file or create an edition to begin."));
}

DashboardTile* DashboardSection::addTile(const QString& objectName, const QColor& accent, const dashboard::Link& link)
{
    auto* tile = new DashboardTile(objectName, accent, m_tileRow);
    m_tileRow->addTile(tile);
    m_tiles.insert(objectName, tile);
    connect(tile, &QPushButton::clicked, this, [this, link] { openLink(link); });
    return tile;
}

QChartView* DashboardSection::addChartView(const QString& objectName, const QString& accessibleName, int row,
                                           int column)
{
    auto* view = new QChartView(m_emptyActions->parentWidget());
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(270);
    view->setCursor(Qt::PointingHandCursor);
    view->setFocusPolicy(Qt::NoFocus);
    m_chartGrid->addWidget(view, row, column);
    m_charts.insert(objectName, view);
    return view;
}

void DashboardSection::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    Section::setDocument(document);
    if (document)
        connect(document, &Document::changed, this, &DashboardSection::scheduleRefresh);
    scheduleRefresh();
}

void DashboardSection::setEdition(Id editionId)
{
    Section::setEdition(editionId);
    scheduleRefresh();
}

void DashboardSection::focusContent()
{
    // Shown by a key: the figures first, so that the keyboard lands on a tile of the page shown.
    if (m_refreshTimer->isActive() || m_reading) {
        m_refreshTimer->stop();
        refreshSynchronously();
    }
    Section::focusContent();
}

void DashboardSection::scheduleRefresh()
{
    // Hidden, the dashboard only notes that it is out of date; showing it refreshes it. A read still
    // running began before the change: its figures are dropped.
    m_dirty = true;
    if (m_reading) {
        ++m_readGeneration;
        m_reading = false;
    }
    if (isVisible())
        m_refreshTimer->start();
}

void DashboardSection::showEvent(QShowEvent* event)
{
    Section::showEvent(event);
    if (m_dirty)
        m_refreshTimer->start();
}

void DashboardSection::changeEvent(QEvent* event)
{
    Section::changeEvent(event);
    // The desktop switched between a light and a dark theme: the charts and tiles are drawn again.
    if (event->type() == QEvent::PaletteChange)
        scheduleRefresh();
}

void DashboardSection::refreshNow()
{
    m_refreshTimer->stop();
    refreshSynchronously();
    m_complianceTimer->stop();
    ++m_checkGeneration; // a check still running in the background is overtaken
    m_checking = false;
    refreshCompliance();
}

bool DashboardSection::figuresUpToDate() const
{
    return !m_dirty && !m_refreshTimer->isActive() && !m_reading;
}

bool DashboardSection::isUpToDate() const
{
    return !m_dirty && !m_refreshTimer->isActive() && !m_reading && !m_complianceTimer->isActive() && !m_checking;
}

void DashboardSection::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    m_page->hide();
}

void DashboardSection::refresh()
{
    // The figures of a file are read on a worker thread (a few hundred milliseconds of aggregate
    // queries at 50,000 actions), and shown when they come: the window answers meanwhile. A change
    // meanwhile starts another read, and this one is dropped.
    // On a server the figures are read on the window's own connection: a read on another connection
    // at that moment made the window's connection miss the server's notifications of other people's
    // changes (the GUI's server conflict tests; cause not found).
    if (!m_document || m_editionId == NoId || m_document->database().isServer()) {
        refreshSynchronously();
        return;
    }
    m_dirty = false;
    m_complianceTimer->stop();
    m_refreshClock.start();
    const int generation = ++m_readGeneration;
    m_reading = true;
    const Id editionId = m_editionId;
    const QDate today = Clock::currentDate();
    readInBackground<DashboardRead>(
        this, m_document->database(), [editionId, today](Database& db) { return readDashboard(db, editionId, today); },
        [this, generation](std::optional<DashboardRead> read) {
            if (generation != m_readGeneration)
                return;
            m_reading = false;
            if (!read || !m_document) {
                refreshSynchronously(); // on this thread: says why the read failed
                return;
            }
            showRead(*read);
        });
}

void DashboardSection::refreshSynchronously()
{
    m_dirty = false;
    m_complianceTimer->stop();
    m_refreshClock.start();
    ++m_readGeneration; // a read still running in the background is overtaken
    m_reading = false;
    if (!m_document || m_editionId == NoId) {
        showRead({});
        return;
    }
    showRead(readDashboard(m_document->database(), m_editionId, Clock::currentDate()));
}

void DashboardSection::showRead(const DashboardRead& read)
{
    if (!m_document || !read.edition) {
        m_figures = {};
        m_checkedEdition = NoId;
        showMessage(tr("Open a file or create an edition to begin."));
        return;
    }
    m_figures = read.figures;
    numberAxes(read.axisNumbers);
    updateHeader(*read.edition, read.previous);
    m_renewal->setVisible(read.renewal.has_value());
    m_renewal->setText(read.renewal ? renewalSummaryText(*read.renewal) : QString());
    updateDeclared(*read.edition);
    updateTiles(read.previous, read.before);
    updateCharts(*read.edition);
    m_funding->setTotals(read.funding);
    m_message->hide();
    m_page->show();
    m_figuresMs = m_refreshClock.elapsed();
    ++m_refreshCount;
    // The governance rules read every action sheet: they come once the figures are painted.
    if (m_checkedEdition != m_figures.editionId)
        m_compliance->setChecking();
    m_complianceTimer->start();
}

void DashboardSection::checkInBackground()
{
    if (!m_document || m_figures.editionId == NoId)
        return;
    // Every action sheet is read: on a worker thread, so that the window answers meanwhile (a second
    // or so at 50,000 actions). A change meanwhile starts another check, and this one is dropped.
    const int generation = ++m_checkGeneration;
    const Id editionId = m_figures.editionId;
    const QDate today = Clock::currentDate();
    m_checking = true;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    readInBackground<Findings>(
        this, m_document->database(),
        [editionId, today](Database& db) {
            return rules::checkAll(loadEditionData(db, editionId, ActionLoading::SheetsOnly), today);
        },
        [this, generation, editionId, timer](std::optional<Findings> findings) {
            if (generation != m_checkGeneration)
                return;
            m_checking = false;
            if (!findings || !m_document || m_figures.editionId != editionId) {
                refreshCompliance(); // on this thread: says why it failed, or checks the edition now shown
                return;
            }
            showFindings(*findings);
            m_complianceMs = timer->elapsed();
        });
}

void DashboardSection::showFindings(const Findings& findings)
{
    const QList<Section*> sections = window()->findChildren<Section*>();
    const auto canOpen = [&sections](Entity entity) {
        return std::any_of(sections.cbegin(), sections.cend(),
                           [entity](const Section* section) { return section->itemEntity() == entity; });
    };
    m_compliance->setFindings(findings, canOpen);
    m_checkedEdition = m_figures.editionId;
}

void DashboardSection::refreshCompliance()
{
    if (!m_document || m_figures.editionId == NoId)
        return;
    QElapsedTimer timer;
    timer.start();
    showFindings(rules::checkAll(
        loadEditionData(m_document->database(), m_figures.editionId, ActionLoading::SheetsOnly), Clock::currentDate()));
    m_complianceMs = timer.elapsed();
}

void DashboardSection::numberAxes(const QHash<Id, int>& numbers)
{
    for (auto& row : m_figures.actionsByAxis) {
        if (numbers.contains(row.id))
            row.label = tr("%1. %2").arg(numbers.value(row.id)).arg(row.label);
    }
}

void DashboardSection::updateHeader(const Edition& edition, const std::optional<Edition>& previous)
{
    QString text = QStringLiteral("<b style='font-size:large'>%1</b> &nbsp;·&nbsp; %2")
                       .arg(edition.title.toHtmlEscaped(),
                            tr("from %1 to %2").arg(formatDate(edition.startDate), formatDate(edition.endDate)));
    text += QStringLiteral(" &nbsp;·&nbsp; ") + tr("meetings of %1").arg(m_figures.year);
    if (previous)
        text += QStringLiteral(" &nbsp;·&nbsp; ") + tr("grey figures: %1").arg(previous->title.toHtmlEscaped());
    m_header->setText(text);
}

void DashboardSection::updateDeclared(const Edition& edition)
{
    const auto& declared = edition.declaredSignatories;
    m_declared->setVisible(declared.has_value());
    if (!declared) {
        m_declared->clear();
        return;
    }
    m_declared->setText(QStringLiteral("<b>%1</b><br /><small>%2</small>")
                            .arg(declaredSignatoriesText(m_figures.partners, *declared).toHtmlEscaped(),
                                 declaredSourceText(*declared).toHtmlEscaped()));
}

void DashboardSection::setChart(QChartView* view, QChart* chart)
{
    // The view releases its previous chart without deleting it.
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardSection::updateCharts(const Edition& edition)
{
    const auto open = [this](const dashboard::Link& link) { openLink(link); };
    const bool anyAction = m_figures.actions > 0;
    for (const char* name : {"statusChart", "axisChart", "territoryChart", "themeChart"})
        m_charts.value(QLatin1String(name))->setVisible(anyAction);
    m_emptyActions->setVisible(!anyAction);
    if (anyAction) {
        setChart(m_charts.value(QStringLiteral("statusChart")), dashboard::makeStatusChart(m_figures, open));
        setChart(m_charts.value(QStringLiteral("axisChart")),
                 dashboard::makeStatusBarsChart(tr("Actions by axis and status"), m_figures.actionsByAxis,
                                                FilterKey::Axis, tr("(no axis)"), open));
        setChart(m_charts.value(QStringLiteral("territoryChart")),
                 dashboard::makeStatusBarsChart(tr("Actions by territory and status"), m_figures.actionsByTerritory,
                                                FilterKey::Territory, tr("(no territory)"), open));
        setChart(m_charts.value(QStringLiteral("themeChart")),
                 dashboard::makeCountChart(tr("Actions by theme"), m_figures.actionsByTheme, SectionId::Actions,
                                           FilterKey::Theme, 8, open));
    } else if (m_figures.territories == 0) {
        // A working group needs a territory: the first step of a file begun without the assistant.
        m_emptyActions->setText(tr("<b>The file has no territory yet.</b><br>Add the département's territories in "
                                   "the <a href='territories'>Territories</a> section and the edition's axes in the "
                                   "<a href='axes'>Axes and themes</a> section; then the working groups and their "
                                   "actions."));
    } else if (m_figures.workingGroups == 0) {
        m_emptyActions->setText(tr("<b>%1 has no working group yet.</b><br>Create the edition's working groups in "
                                   "the <a href='groups'>Working groups</a> section, then their actions in "
                                   "the <a href='actions'>Actions</a> section: this dashboard will chart them "
                                   "by status, axis, territory and theme.")
                                    .arg(edition.title.toHtmlEscaped()));
    } else {
        m_emptyActions->setText(tr("<b>No action recorded yet in the %n working group(s) of %1.</b><br>Add the "
                                   "actions in the <a href='actions'>Actions</a> section (or import a "
                                   "group's sheet filled in by its referent): this dashboard will chart them by "
                                   "status, axis, territory and theme.",
                                   nullptr, m_figures.workingGroups)
                                    .arg(edition.title.toHtmlEscaped()));
    }
    m_charts.value(QStringLiteral("groupsChart"))->setVisible(m_figures.workingGroups > 0);
    placeCharts();
    setChart(m_charts.value(QStringLiteral("groupsChart")),
             dashboard::makeCountChart(tr("Working groups per territory"), m_figures.groupsByTerritory,
                                       SectionId::Groups, FilterKey::Territory, 8, open));
    setChart(m_charts.value(QStringLiteral("meetingsChart")), dashboard::makeMeetingsChart(m_figures, edition, open));
    if (m_chartFigures->isVisibleTo(this))
        m_chartFigures->setCharts(chartsInOrder());
}

QList<QChartView*> DashboardSection::chartsInOrder() const
{
    QList<QChartView*> views;
    for (const char* name :
         {"statusChart", "axisChart", "territoryChart", "themeChart", "groupsChart", "meetingsChart"})
        views << m_charts.value(QLatin1String(name));
    return views;
}

void DashboardSection::placeCharts()
{
    // The charts shown fill the two columns in order, without holes.
    int at = 0;
    for (QChartView* view : chartsInOrder()) {
        m_chartGrid->removeWidget(view);
        if (view->isHidden())
            continue;
        m_chartGrid->addWidget(view, 1 + at / 2, at % 2);
        ++at;
    }
}

void DashboardSection::openLink(const dashboard::Link& link)
{
    emit filterRequested(link.section, link.key, link.value);
    // The main window shows the section with one facet; the second one of a crossing narrows it.
    if (link.narrowedBy)
        emit narrowRequested(link.section, link.narrowedBy->first, link.narrowedBy->second);
}

} // namespace pacte
