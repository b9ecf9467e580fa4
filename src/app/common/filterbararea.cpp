#include "filterbararea.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QScrollBar>

namespace pacte {

FilterBarArea::FilterBarArea(QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("filterBarArea"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("filterBar"));
    row->setAutoFillBackground(false);
    m_bar = new QHBoxLayout(row);
    m_bar->setContentsMargins(0, 0, 0, 0);
    setWidget(row);
    viewport()->setAutoFillBackground(false);
    row->installEventFilter(this); // its hint changes as filters and buttons are added
}

int FilterBarArea::rowHeight() const
{
    const bool scrolls = widget()->minimumSizeHint().width() > width();
    return widget()->sizeHint().height() + (scrolls ? horizontalScrollBar()->sizeHint().height() : 0);
}

QSize FilterBarArea::sizeHint() const
{
    return {widget()->sizeHint().width(), rowHeight()};
}

QSize FilterBarArea::minimumSizeHint() const
{
    return {0, rowHeight()};
}

void FilterBarArea::resizeEvent(QResizeEvent* event)
{
    const bool scrolled = widget()->minimumSizeHint().width() > event->oldSize().width();
    QScrollArea::resizeEvent(event);
    if (scrolled != (widget()->minimumSizeHint().width() > width()))
        updateGeometry(); // the scroll bar comes or goes: the row's height changes
}

bool FilterBarArea::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace pacte
