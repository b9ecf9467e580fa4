#pragma once

#include <functional>
#include <list>
#include <utility>

#include <QDialog>
#include <QImage>

class QAction;
class QComboBox;
class QListView;
class QSpinBox;
class QToolBar;

namespace pacte {

class ReportPages;

// The print preview of a laid-out report: its pages drawn when they come into view (a
// 3,000-page report shows its first page at once, and only the pages seen are kept), with the page
// number, the zoom, printing and the caller's own actions (save) in its toolbar. Qt's
// QPrintPreviewDialog draws every page before showing the first.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `pages` must outlive the dialog; `extra` go first in the toolbar (Save as…).
    ReportPreviewDialog(const ReportPages& pages, const QString& title, const QList<QAction*>& extra,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    int pageCount() const;
    int currentPage() const; // 0-based, the page at the top of the view
    void showPage(int page);
    // The page drawn at the current zoom (drawn on demand, a few kept).
    QImage pageImage(int page) const;
    double zoom() const { return m_zoom; }

    // Prints on a printer chosen in the print dialog.
    void print();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setZoom(double zoom);
    void applyZoomChoice();
    void updatePageNumber();

    const ReportPages& m_pages;
    double m_zoom = 1.0;
    QToolBar* m_toolbar = nullptr;
    QListView* m_view = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    QComboBox* m_zoomCombo = nullptr;
    class PageModel* m_model = nullptr;
    mutable std::list<std::pair<int, QImage>> m_drawn; // most recent first
};

// Sizes `dialog` to the screen its parent is on, leaving room for the window frame.
void fitToScreen(QDialog& dialog);

} // namespace pacte
