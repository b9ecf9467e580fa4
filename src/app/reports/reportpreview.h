#pragma once

#include <functional>
#include <list>
#include <utility>

#include <QDialog>
#include <QImage>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QSpinBox;
class QStatusBar;
class QTimer;
class QToolBar;

namespace pacte {

class ReportPages;

// The print preview of a laid-out report: its pages drawn when they come into view (a
// 3,000-page report shows its first page at once, and only the pages seen are kept), with the page
// number, the zoom, printing and the caller's own actions (save) in its toolbar. Qt's
// QPrintPreviewDialog draws every page before showing the first.
//
// Pages not laid out yet (ReportPages::Deferred) are laid out here: up to the first page before the
// dialog shows, then a slice at a time while it is open (closing it stops), the pages added to the
// view as they become known, the progress in the status bar; printing waits for the whole.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `pages` must outlive the dialog; `extra` go first in the toolbar (Save as…).
    ReportPreviewDialog(ReportPages& pages, const QString& title, const QList<QAction*>& extra,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    // The pages known so far: all of them once laid out.
    int pageCount() const;
    bool isLaidOut() const;
    int currentPage() const; // 0-based, the page at the top of the view
    void showPage(int page);
    // The page drawn at the current zoom (drawn on demand, a few kept).
    QImage pageImage(int page) const;
    double zoom() const { return m_zoom; }

    // Prints on a printer chosen in the print dialog.
    void print();

    void done(int result) override;

signals:
    // The whole report is laid out: the page count, the footers and the contents' page numbers are
    // final, and the pages shown are drawn again.
    void laidOut();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setZoom(double zoom);
    void applyZoomChoice();
    void updatePageNumber();
    // Lays out the rest of the report a slice at a time, from the first page shown on.
    void startLayout();
    // Lays out the next slice of the report, and shows what it gave.
    void layOutSlice();
    void updatePageCount();

    ReportPages& m_pages;
    double m_zoom = 1.0;
    bool m_shown = false;
    QToolBar* m_toolbar = nullptr;
    QListView* m_view = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    QComboBox* m_zoomCombo = nullptr;
    QLabel* m_pageCountLabel = nullptr;
    QAction* m_printAction = nullptr;
    QStatusBar* m_statusBar = nullptr;
    QLabel* m_layoutLabel = nullptr;
    QProgressBar* m_layoutBar = nullptr;
    QTimer* m_layoutTimer = nullptr;
    class PageModel* m_model = nullptr;
    mutable std::list<std::pair<int, QImage>> m_drawn; // most recent first
};

// Sizes `dialog` to the screen its parent is on, leaving room for the window frame.
void fitToScreen(QDialog& dialog);

} // namespace pacte
