#include "reportpreview.h"

#include "reports/reportpages.h"

#include <algorithm>

#include <QAbstractListModel>
#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace pacte {

namespace {

constexpr int PageGap = 12;     // between pages, in the view
constexpr std::size_t Kept = 8; // pages kept drawn
// The report is laid out in slices of this many milliseconds (a part more at most), between which
// the window answers: scrolling, zooming, closing.
constexpr int SliceMs = 50;

} // namespace

// One row a page; the delegate asks the dialog for its image.
class PageModel final : public QAbstractListModel
{
public:
    PageModel(const ReportPreviewDialog& dialog, int pages, QObject* parent)
        : QAbstractListModel(parent)
        , m_dialog(dialog)
        , m_pages(pages)
    {}

    int rowCount(const QModelIndex& parent) const override { return parent.isValid() ? 0 : m_pages; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::AccessibleTextRole && role != Qt::DisplayRole)
            return {};
        if (!m_dialog.isLaidOut()) // the page count is not known yet
            return ReportPreviewDialog::tr("Page %1").arg(index.row() + 1);
        return ReportPreviewDialog::tr("Page %1 of %2").arg(index.row() + 1).arg(m_pages);
    }
    // Pages laid out since: added at the end (the pages above stay where they are).
    void setPageCount(int pages)
    {
        if (pages > m_pages) {
            beginInsertRows({}, m_pages, pages - 1);
            m_pages = pages;
            endInsertRows();
        } else if (pages < m_pages) {
            beginRemoveRows({}, pages, m_pages - 1);
            m_pages = pages;
            endRemoveRows();
        }
    }
    // Every page is to be drawn again.
    void redraw()
    {
        if (m_pages > 0)
            emit dataChanged(index(0), index(m_pages - 1));
    }
    // The zoom changed: every page's size with it.
    void relayout()
    {
        beginResetModel();
        endResetModel();
    }

    const ReportPreviewDialog& dialog() const { return m_dialog; }

private:
    const ReportPreviewDialog& m_dialog;
    int m_pages;
};

namespace {

class PageDelegate final : public QStyledItemDelegate
{
public:
    PageDelegate(const ReportPreviewDialog& dialog, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_dialog(dialog)
    {}

    QSize sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        const QSizeF page = ReportPages::pageSize() * m_dialog.zoom();
        return QSize(qCeil(page.width()) + 2 * PageGap, qCeil(page.height()) + PageGap);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QImage image = m_dialog.pageImage(index.row());
        const QSizeF size = image.deviceIndependentSize();
        const QPointF origin(option.rect.x() + (option.rect.width() - size.width()) / 2,
                             option.rect.y() + PageGap / 2.0);
        painter->fillRect(QRectF(origin + QPointF(3, 3), size), QColor(0, 0, 0, 60)); // a shadow
        painter->drawImage(origin, image);
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(option.palette.highlight(), 2));
            painter->drawRect(QRectF(origin, size).adjusted(-1, -1, 1, 1));
        }
    }

private:
    const ReportPreviewDialog& m_dialog;
};

} // namespace

ReportPreviewDialog::ReportPreviewDialog(ReportPages& pages, const QString& title, const QList<QAction*>& extra,
                                         QWidget* parent)
    : QDialog(parent)
    , m_pages(pages)
{
    // The first page before the dialog shows; the rest once it is on the screen (startLayout).
    while (!m_pages.isComplete() && m_pages.pageCount() == 0)
        m_pages.layOutMore(0);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("previewToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : extra) {
        action->setParent(this);
        m_toolbar->addAction(action);
    }
    m_printAction = m_toolbar->addAction(tr("&Print…"), this, &ReportPreviewDialog::print);
    m_printAction->setObjectName(QStringLiteral("previewPrintAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_toolbar->addSeparator();

    auto* previous = m_toolbar->addAction(tr("Previous page"), this, [this] { showPage(currentPage() - 1); });
    previous->setObjectName(QStringLiteral("previewPreviousAction"));
    auto* pageLabel = new QLabel(tr("Pa&ge"), this);
    m_toolbar->addWidget(pageLabel);
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("previewPageSpin"));
    m_pageSpin->setRange(1, 1);
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageSpin->setAccessibleDescription(tr("The page shown in the preview"));
    pageLabel->setBuddy(m_pageSpin);
    m_toolbar->addWidget(m_pageSpin);
    m_pageCountLabel = new QLabel(this);
    m_pageCountLabel->setObjectName(QStringLiteral("previewPageCount"));
    m_toolbar->addWidget(m_pageCountLabel);
    auto* next = m_toolbar->addAction(tr("Next page"), this, [this] { showPage(currentPage() + 1); });
    next->setObjectName(QStringLiteral("previewNextAction"));
    m_toolbar->addSeparator();

    auto* zoomLabel = new QLabel(tr("&Zoom"), this);
    m_toolbar->addWidget(zoomLabel);
    m_zoomCombo = new QComboBox(this);
    m_zoomCombo->setObjectName(QStringLiteral("previewZoomCombo"));
    m_zoomCombo->setAccessibleName(tr("Zoom"));
    m_zoomCombo->setAccessibleDescription(tr("The size of the pages in the preview"));
    m_zoomCombo->addItem(tr("Page width"), 0.0);
    m_zoomCombo->addItem(tr("Whole page"), -1.0);
    for (int percent : {50, 75, 100, 125, 150, 200})
        m_zoomCombo->addItem(QStringLiteral("%1\u00a0%").arg(percent), percent / 100.0);
    zoomLabel->setBuddy(m_zoomCombo);
    m_toolbar->addWidget(m_zoomCombo);
    layout->addWidget(m_toolbar);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("previewPages"));
    m_view->setAccessibleName(tr("Pages"));
    m_view->setAccessibleDescription(tr("The report's pages, drawn as they will be printed"));
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setStyleSheet(QStringLiteral("QListView { background: palette(mid); }"));
    m_model = new PageModel(*this, 0, this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PageDelegate(*this, this));
    layout->addWidget(m_view, 1);

    // While the report is being laid out: how far it is.
    m_statusBar = new QStatusBar(this);
    m_statusBar->setObjectName(QStringLiteral("previewStatusBar"));
    m_statusBar->setSizeGripEnabled(false);
    m_layoutLabel = new QLabel(this);
    m_layoutLabel->setObjectName(QStringLiteral("previewLayoutProgress"));
    m_statusBar->addWidget(m_layoutLabel, 1);
    m_layoutBar = new QProgressBar(this);
    m_layoutBar->setAccessibleName(tr("Pages laid out"));
    m_layoutBar->setMaximumWidth(240);
    m_layoutBar->setTextVisible(false);
    m_statusBar->addPermanentWidget(m_layoutBar);
    layout->addWidget(m_statusBar);
    m_layoutTimer = new QTimer(this);
    m_layoutTimer->setInterval(0);
    connect(m_layoutTimer, &QTimer::timeout, this, &ReportPreviewDialog::layOutSlice);
    m_view->viewport()->installEventFilter(this);
    updatePageCount();

    connect(m_pageSpin, qOverload<int>(&QSpinBox::valueChanged), this, [this](int page) {
        if (page - 1 != currentPage())
            showPage(page - 1);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReportPreviewDialog::updatePageNumber);
    connect(m_zoomCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReportPreviewDialog::applyZoomChoice);
    fitToScreen(*this);
    applyZoomChoice();
    m_view->setFocus();
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

int ReportPreviewDialog::pageCount() const
{
    return m_pages.pageCount();
}

bool ReportPreviewDialog::isLaidOut() const
{
    return m_pages.isComplete();
}

void ReportPreviewDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Fitted to the window: to the view as laid out now (before, its size was not known), from the
    // first page.
    if (!m_shown && m_zoomCombo->currentData().toDouble() <= 0) {
        applyZoomChoice();
        showPage(0);
    }
    m_shown = true;
    // The layout starts once the first page is on the screen (eventFilter), or after a moment
    // if the window shows no page.
    if (!m_pages.isComplete())
        QTimer::singleShot(500, this, &ReportPreviewDialog::startLayout);
}

bool ReportPreviewDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Started now, the first slice comes after the page is painted: a slice may take a while (a
    // long section is laid out in one go).
    if (watched == m_view->viewport() && event->type() == QEvent::Paint)
        startLayout();
    return QDialog::eventFilter(watched, event);
}

void ReportPreviewDialog::startLayout()
{
    if (!m_pages.isComplete() && isVisible() && !m_layoutTimer->isActive())
        m_layoutTimer->start();
}

void ReportPreviewDialog::done(int result)
{
    m_layoutTimer->stop(); // what is left is not laid out
    QDialog::done(result);
}

void ReportPreviewDialog::layOutSlice()
{
    const bool complete = m_pages.layOutMore(SliceMs);
    updatePageCount();
    if (!complete)
        return;
    m_layoutTimer->stop();
    // The footers now say the page count, the contents their page numbers: drawn again.
    m_drawn.clear();
    m_model->redraw();
    emit laidOut();
}

void ReportPreviewDialog::updatePageCount()
{
    const bool laidOut = m_pages.isComplete();
    m_model->setPageCount(pageCount());
    m_pageSpin->setMaximum(std::max(1, pageCount()));
    m_pageCountLabel->setText(laidOut ? tr("of %1").arg(pageCount()) : tr("of %1…").arg(pageCount()));
    m_printAction->setEnabled(laidOut);
    m_printAction->setToolTip(laidOut ? QString() : tr("Printing waits until every page is laid out."));
    m_statusBar->setVisible(!laidOut);
    if (laidOut)
        return;
    const QLocale locale;
    m_layoutLabel->setText(tr("Laying out the pages: %1 / %2 parts…")
                               .arg(locale.toString(m_pages.partsLaidOut()), locale.toString(m_pages.partCount())));
    m_layoutBar->setRange(0, m_pages.partCount());
    m_layoutBar->setValue(m_pages.partsLaidOut());
}

int ReportPreviewDialog::currentPage() const
{
    // The page across the middle of the view (the last one, once scrolled to the end).
    const QRect area = m_view->viewport()->rect();
    for (int y = area.center().y(); y >= 0; y -= PageGap) {
        if (const QModelIndex index = m_view->indexAt(QPoint(area.center().x(), y)); index.isValid())
            return index.row();
    }
    return 0;
}

void ReportPreviewDialog::showPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    const QModelIndex index = m_model->index(page, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setValue(page + 1);
}

QImage ReportPreviewDialog::pageImage(int page) const
{
    const double ratio = devicePixelRatioF();
    for (auto it = m_drawn.begin(); it != m_drawn.end(); ++it) {
        if (it->first == page) {
            m_drawn.splice(m_drawn.begin(), m_drawn, it);
            return it->second;
        }
    }
    const QSizeF size = ReportPages::pageSize() * m_zoom * ratio;
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_pages.paintPage(painter, page, m_zoom * ratio);
    }
    image.setDevicePixelRatio(ratio);
    m_drawn.emplace_front(page, image);
    if (m_drawn.size() > Kept)
        m_drawn.pop_back();
    return image;
}

void ReportPreviewDialog::print()
{
    if (!isLaidOut())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, pageCount(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    m_pages.paint(printer, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
}

void ReportPreviewDialog::setZoom(double zoom)
{
    const int page = currentPage();
    m_zoom = std::clamp(zoom, 0.1, 4.0);
    m_drawn.clear();
    m_model->relayout();
    showPage(page);
}

void ReportPreviewDialog::applyZoomChoice()
{
    const double choice = m_zoomCombo->currentData().toDouble();
    const QSizeF page = ReportPages::pageSize();
    const QSize room =
        m_view->viewport()->size() - QSize(2 * PageGap + m_view->verticalScrollBar()->sizeHint().width(), PageGap);
    if (choice > 0)
        setZoom(choice);
    else if (choice == 0)
        setZoom(room.width() / page.width());
    else
        setZoom(std::min(room.width() / page.width(), room.height() / page.height()));
}

void ReportPreviewDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_zoomCombo->currentData().toDouble() <= 0) // fitted to the window: fitted again
        applyZoomChoice();
}

void ReportPreviewDialog::updatePageNumber()
{
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setValue(currentPage() + 1);
}

void fitToScreen(QDialog& dialog)
{
    const QScreen* screen = dialog.parentWidget() ? dialog.parentWidget()->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    // Room for the window frame and title bar.
    dialog.resize(std::min(1000, available.width() - 40), std::max(300, available.height() - 80));
}

} // namespace pacte
