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
    for (QWidget* tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    updateGeometry();
}

} // namespace pacte
