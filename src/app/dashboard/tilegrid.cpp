#include "tilegrid.h"

#include <algorithm>

#include <QGridLayout>

namespace pacte {

TileGrid::TileGrid(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // as tall as its rows, never taller
}

void TileGrid::addTile(QWidget* tile)
{
    m_tiles.append(tile);
    m_columns = 0;
    reflow();
}

int TileGrid::tileWidth() const
{
    int width = 0;
    for (const QWidget* tile : m_tiles)
        width = std::max(width, tile->minimumSizeHint().width());
    return width;
}

int TileGrid::columnsFor(int width) const
{
    const int spacing = m_grid->horizontalSpacing();
    const int count = std::max<int>(1, static_cast<int>(m_tiles.size()));
    // One row while every tile fits at its own width (the usual case), as evenly wide columns beyond.
    int row = -spacing;
    for (const QWidget* tile : m_tiles)
        row += tile->minimumSizeHint().width() + spacing;
    if (row <= width)
        return count;
    return std::clamp((width + spacing) / std::max(1, tileWidth() + spacing), 1, count);
}

QSize TileGrid::minimumSizeHint() const
{
    return {tileWidth(), m_grid->minimumSize().height()};
}

QSize TileGrid::sizeHint() const
{
    return {static_cast<int>(m_tiles.size()) * (tileWidth() + m_grid->horizontalSpacing()),
            m_grid->sizeHint().height()};
}

void TileGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void TileGrid::reflow()
{
    const int columns = columnsFor(width());
    if (columns == m_columns)
        return;
    m_columns = columns;
    // A new grid rather than the old one rearranged: a grid keeps the rows it once had.
    const int spacing = m_grid->spacing();
    delete m_grid;
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(spacing);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns, Qt::AlignTop);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    // Lay the tiles out now: a reflow runs inside a resize, after the layout has placed them.
    m_grid->invalidate();
    m_grid->activate();
    // The new height, once the layout pass that resized the grid is over (it would drop it).
    QMetaObject::invokeMethod(this, &QWidget::updateGeometry, Qt::QueuedConnection);
}

} // namespace pacte
