#pragma once

#include <QColor>
#include <QPushButton>

class QLabel;

namespace pacte {

// One count of the dashboard's tile row: the figure, what it counts, and the same figure in the
// previous edition when there is one ("2017-2021 : 38"). Clicking it opens the matching list.
class DashboardTile final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTile)

public:
    DashboardTile(const QString& objectName, const QColor& accent, QWidget* parent = nullptr);

    // `comparison` may be empty (no previous edition, or no sense in comparing).
    void setFigure(int value, const QString& label, const QString& comparison, const QString& toolTip);
    int value() const { return m_value; }
    QString label() const;
    QString comparison() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_accent;
    int m_value = 0;
    QLabel* m_valueLabel;
    QLabel* m_textLabel;
    QLabel* m_comparisonLabel;
};

} // namespace pacte
