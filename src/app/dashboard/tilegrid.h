#pragma once

#include <QWidget>

class QGridLayout;

namespace pacte {

// The dashboard's tiles in as many columns as the width takes, the rest on further rows: at a large
// text size or in a narrow window the tiles wrap instead of widening the window beyond the screen.
class TileGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileGrid)

public:
    explicit TileGrid(QWidget* parent = nullptr);

    void addTile(QWidget* tile);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int columnsFor(int width) const;
    int tileWidth() const;
    void reflow();

    QGridLayout* m_grid = nullptr;
    QList<QWidget*> m_tiles;
    int m_columns = 0;
};

} // namespace pacte
