#pragma once

#include "coveragestate.h"

#include <QAbstractTableModel>
#include <QColor>

namespace pacte {

// What a cell of the coverage grid says at a glance; its colour in the grid and in the legend.
enum class CellTone { NoGroup, NoLiveAction, Overlap, Covered };

CellTone cellTone(const CoverageCell& cell);
// The cell's background for `tone` in a light or a dark palette (invalid: the list's own).
QColor cellBackground(CellTone tone, bool dark);

// The coverage grid: one row per theme (by axis), one column per territory, as the report prints it:
// six territories fit the width of the window, twelve themes would not. Each cell shows its working
// groups and actions; its tooltip names them, with the actions by status and the partners.
class CoverageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    explicit CoverageModel(QObject* parent = nullptr);

    void setState(CoverageStatePtr state);
    const CoverageState* state() const { return m_state.get(); }
    // The coverage cell behind `index` (nullptr if none).
    const CoverageCell* cellAt(const QModelIndex& index) const;
    // The index showing the territory and theme (invalid if filtered out).
    QModelIndex indexOf(Id territoryId, Id themeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const CoverageCell& cell) const;
    QString cellToolTip(const CoverageCell& cell) const;

    CoverageStatePtr m_state;
};

} // namespace pacte
