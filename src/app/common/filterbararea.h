#pragma once

#include <QScrollArea>

class QHBoxLayout;

namespace pacte {

// The row of a list's filters and buttons. It scrolls sideways when the window is narrower than the
// row (large text, a narrow screen) instead of widening the window beyond the screen; its height is
// the row's, plus the scroll bar's while it is needed.
class FilterBarArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBarArea)

public:
    explicit FilterBarArea(QWidget* parent = nullptr);

    QHBoxLayout* bar() const { return m_bar; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int rowHeight() const;

    QHBoxLayout* m_bar = nullptr;
};

} // namespace pacte
