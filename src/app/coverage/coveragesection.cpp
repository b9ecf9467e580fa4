#include "coveragesection.h"

#include "app/common/filterbararea.h"
#include "app/common/readablecolour.h"
#include "coveragelists.h"
#include "coveragemodel.h"
#include "editing/document.h"
#include "storage/editionloader.h"

#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pacte {

namespace {

QComboBox* addFilter(QHBoxLayout* bar, const QString& label, const QString& objectName, QWidget* parent)
{
    auto* text = new QLabel(label, parent);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaximumWidth(360);
    text->setBuddy(combo);
    bar->addWidget(text);
    bar->addWidget(combo);
    return combo;
}

// Puts `value` back as the combo's choice if it is still offered, "all" otherwise.
void chooseData(QComboBox* combo, qint64 value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

CoverageSection::CoverageSection(QWidget* parent)
    : Section(parent)
    , m_timer(new QTimer(this))
    , m_message(new QLabel(this))
    , m_page(new QWidget(this))
    , m_summary(new QLabel(m_page))
    , m_notice(new QLabel(m_page))
    , m_legend(new QLabel(m_page))
    , m_splitter(new QSplitter(Qt::Vertical, m_page))
    , m_grid(new QTableView(m_splitter))
    , m_model(new CoverageModel(this))
    , m_lists(new CoverageLists(m_splitter))
{
    setObjectName(QStringLiteral("coverageSection"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &CoverageSection::reload);

    m_message->setObjectName(QStringLiteral("coverageMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_page);

    auto* pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(8, 6, 8, 4);
    pageLayout->setSpacing(4);
    // The filters scroll sideways rather than widen the window (large text).
    auto* filters = new FilterBarArea(m_page);
    QHBoxLayout* bar = filters->bar();
    m_axisFilter = addFilter(bar, tr("A&xis"), QStringLiteral("coverageAxisFilter"), filters->widget());
    m_territoryFilter = addFilter(bar, tr("Te&rritory"), QStringLiteral("coverageTerritoryFilter"), filters->widget());
    bar->addStretch(1);
    pageLayout->addWidget(filters);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    pageLayout->addWidget(m_summary);
    m_notice->setObjectName(QStringLiteral("coverageNotice"));
    m_notice->setWordWrap(true);
    m_notice->setText(tr("What the records show: observations, not judgements. The pact does not ask for every theme "
                         "in every territory."));
    pageLayout->addWidget(m_notice);
    m_legend->setObjectName(QStringLiteral("coverageLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    pageLayout->addWidget(m_legend);

    m_grid->setObjectName(QStringLiteral("coverageGrid"));
    m_grid->setAccessibleName(tr("Coverage: themes by territory"));
    m_grid->setAccessibleDescription(tr("The arrows move from cell to cell; Enter opens the cell's working group, or "
                                        "offers its groups when there are several."));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move in it
    m_grid->setWordWrap(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(90);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lists->setMinimumHeight(120);
    m_splitter->setObjectName(QStringLiteral("coverageSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    pageLayout->addWidget(m_splitter, 1);
    updateLegend();

    connect(m_grid, &QTableView::activated, this, &CoverageSection::openCell);
    connect(m_lists, &CoverageLists::openRequested, this, &Section::openRequested);
    connect(m_lists, &CoverageLists::cellRequested, this, &CoverageSection::showCell);
    for (QComboBox* combo : {m_axisFilter, m_territoryFilter})
        connect(combo, &QComboBox::activated, this, &CoverageSection::recompute);
    showMessage(tr("Open a file or create an edition to begin."));
}

void CoverageSection::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    Section::setDocument(document);
    if (document)
        connect(document, &Document::changed, this, &CoverageSection::scheduleReload);
    scheduleReload();
}

void CoverageSection::setEdition(Id editionId)
{
    Section::setEdition(editionId);
    scheduleReload();
}

void CoverageSection::scheduleReload()
{
    // Hidden, the section only notes that it is out of date; showing it computes again.
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

void CoverageSection::showEvent(QShowEvent* event)
{
    Section::showEvent(event);
    if (m_dirty)
        m_timer->start();
}

void CoverageSection::changeEvent(QEvent* event)
{
    Section::changeEvent(event);
    // A switch between a light and a dark theme: the cells and the legend take the other colours.
    if (event->type() == QEvent::PaletteChange) {
        updateLegend();
        m_grid->viewport()->update();
    }
}

void CoverageSection::refreshNow()
{
    m_timer->stop();
    reload();
}

void CoverageSection::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    m_page->hide();
}

void CoverageSection::reload()
{
    m_dirty = false;
    m_timer->stop();
    if (!m_document || m_editionId == NoId) {
        m_data.reset();
        m_state.reset();
        m_model->setState(nullptr);
        showMessage(tr("Open a file or create an edition to begin."));
        return;
    }
    // The actions' own fields are enough: titles, objectives, themes and statuses.
    m_data = std::make_shared<const EditionData>(
        loadEditionData(m_document->database(), m_editionId, ActionLoading::WithoutChildren));
    ++m_loadCount;
    fillFilters();
    recompute();
    m_message->hide();
    m_page->show();
}

void CoverageSection::fillFilters()
{
    const qint64 axis = m_axisFilter->currentData().toLongLong();
    const qint64 territory = m_territoryFilter->currentData().toLongLong();
    for (QComboBox* combo : {m_axisFilter, m_territoryFilter}) {
        combo->clear();
        combo->addItem(tr("All"), NoId);
    }
    for (const Axis& a : m_data->axes)
        m_axisFilter->addItem(tr("%1. %2").arg(a.number).arg(a.title), a.id);
    // The edition's territories, in its order: those of the coverage without filters.
    const CoverageState all(m_data, {});
    for (Id id : all.coverage.territoryIds)
        m_territoryFilter->addItem(all.names.territory(id), id);
    chooseData(m_axisFilter, axis);
    chooseData(m_territoryFilter, territory);
}

void CoverageSection::recompute()
{
    if (!m_data)
        return;
    const CoverageCell* current = m_model->cellAt(m_grid->currentIndex());
    const Id currentTerritory = current ? current->territoryId : NoId;
    const Id currentTheme = current ? current->themeId : NoId;
    CoverageOptions options;
    options.axisId = m_axisFilter->currentData().toLongLong();
    options.territoryId = m_territoryFilter->currentData().toLongLong();
    m_state = std::make_shared<const CoverageState>(m_data, options);
    m_model->setState(m_state);
    m_lists->setState(*m_state);
    updateSummary();
    const QModelIndex again = m_model->indexOf(currentTerritory, currentTheme);
    if (again.isValid())
        m_grid->setCurrentIndex(again);
}

void CoverageSection::updateSummary()
{
    const Coverage& coverage = m_state->coverage;
    const auto withGroup = std::count_if(coverage.cells.cbegin(), coverage.cells.cend(),
                                         [](const CoverageCell& cell) { return !cell.groupIds.isEmpty(); });
    if (coverage.themeIds.isEmpty() || coverage.territoryIds.isEmpty()) {
        m_summary->setText(tr("%1 has no theme or no territory to cross yet: add the axes and their themes, and the "
                              "working groups' territories.")
                               .arg(m_data->edition.title));
        return;
    }
    if (m_data->groups.isEmpty()) {
        m_summary->setText(tr("%1 has no working group yet: each cell will show the groups and actions recorded on "
                              "its theme in its territory once the groups are created (Working groups section).")
                               .arg(m_data->edition.title));
        return;
    }
    m_summary->setText(tr("%1 × %2: %n cell(s) with a working group.", nullptr, static_cast<int>(withGroup))
                           .arg(tr("%n theme(s)", nullptr, static_cast<int>(coverage.themeIds.size())),
                                tr("%n territory(ies)", nullptr, static_cast<int>(coverage.territoryIds.size()))));
}

void CoverageSection::updateLegend()
{
    const bool dark = isDark(QApplication::palette());
    const auto swatch = [&](CellTone tone, const QString& sample, const QString& meaning) {
        const QColor background = cellBackground(tone, dark);
        const QColor text = background.isValid() ? readableOn(QApplication::palette().color(QPalette::Text), background)
                                                 : mutedText(QApplication::palette());
        const QString style = background.isValid()
                                  ? QStringLiteral("background-color:%1; color:%2;").arg(background.name(), text.name())
                                  : QStringLiteral("color:%1;").arg(text.name());
        const QString weight = tone == CellTone::Overlap ? QStringLiteral(" font-weight:bold;") : QString();
        return QStringLiteral("<span style=\"%1%2\">&nbsp;%3&nbsp;</span>&nbsp;%4")
            .arg(style, weight, sample.toHtmlEscaped(), meaning.toHtmlEscaped());
    };
    const QString sep = QStringLiteral(" &nbsp;&nbsp; ");
    m_legend->setText(swatch(CellTone::Covered, tr("1 gr. · 3 act."), tr("working groups · actions")) + sep +
                      swatch(CellTone::NoLiveAction, tr("1 gr. · 2 act."), tr("no action in progress or running")) +
                      sep + swatch(CellTone::Overlap, tr("2 gr. · 4 act."), tr("several groups on the theme")) + sep +
                      swatch(CellTone::NoGroup, QStringLiteral("—"), tr("no group recorded")));
}

bool CoverageSection::applyFacet(FilterKey key, qint64 value)
{
    QComboBox* combo = key == FilterKey::Axis        ? m_axisFilter
                       : key == FilterKey::Territory ? m_territoryFilter
                                                     : nullptr;
    if (!combo)
        return false;
    if (m_dirty)
        refreshNow();
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    recompute();
    return true;
}

void CoverageSection::clearFilters()
{
    const bool filtered = m_axisFilter->currentIndex() > 0 || m_territoryFilter->currentIndex() > 0;
    m_axisFilter->setCurrentIndex(m_axisFilter->count() > 0 ? 0 : -1);
    m_territoryFilter->setCurrentIndex(m_territoryFilter->count() > 0 ? 0 : -1);
    if (filtered && !m_dirty)
        recompute();
}

void CoverageSection::focusFilters()
{
    if (m_dirty)
        refreshNow();
    if (m_page->isVisible())
        m_axisFilter->setFocus(Qt::ShortcutFocusReason);
    else
        Section::focusContent();
}

void CoverageSection::focusContent()
{
    // Shown by a key: the grid first, so that the keyboard lands on a cell of the coverage shown.
    if (m_dirty)
        refreshNow();
    if (!m_page->isVisible()) {
        Section::focusContent();
        return;
    }
    m_grid->setFocus(Qt::ShortcutFocusReason);
    if (!m_grid->currentIndex().isValid() && m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_grid->setCurrentIndex(m_model->index(0, 0));
}

void CoverageSection::openCell(const QModelIndex& index)
{
    const CoverageCell* cell = m_model->cellAt(index);
    if (!cell || cell->groupIds.isEmpty())
        return;
    const CoverageLookup& names = m_state->names;
    if (cell->groupIds.size() == 1) {
        emit openRequested(Entity::WorkingGroup, names.group(cell->groupIds.constFirst())->uuid);
        return;
    }
    // Several groups: the user picks one, or the list of the cell's actions.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("coverageCellMenu"));
    for (Id groupId : cell->groupIds) {
        const WorkingGroup* group = names.group(groupId);
        const QUuid uuid = group->uuid;
        menu.addAction(tr("Open the working group “%1”").arg(group->name),
                       [this, uuid] { emit openRequested(Entity::WorkingGroup, uuid); });
    }
    menu.addSeparator();
    const Id territoryId = cell->territoryId;
    const Id themeId = cell->themeId;
    menu.addAction(tr("Show these actions in the Actions list"), [this, territoryId, themeId] {
        emit filterRequested(SectionId::Actions, FilterKey::Territory, territoryId);
        emit narrowRequested(SectionId::Actions, FilterKey::Theme, themeId);
    });
    const QRect rect = m_grid->visualRect(index);
    menu.exec(m_grid->viewport()->mapToGlobal(rect.bottomLeft()));
}

void CoverageSection::showCell(Id territoryId, Id themeId)
{
    QModelIndex index = m_model->indexOf(territoryId, themeId);
    if (!index.isValid()) {
        clearFilters(); // the cell was filtered out
        index = m_model->indexOf(territoryId, themeId);
    }
    if (!index.isValid())
        return;
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    m_grid->setFocus(Qt::OtherFocusReason);
}

} // namespace pacte
