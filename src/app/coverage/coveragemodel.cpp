#include "coveragemodel.h"

#include "app/common/readablecolour.h"
#include "coveragetexts.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace pacte {

CellTone cellTone(const CoverageCell& cell)
{
    if (cell.groupIds.isEmpty())
        return CellTone::NoGroup;
    if (cell.groupIds.size() >= 2)
        return CellTone::Overlap;
    if (cell.liveActions() == 0)
        return CellTone::NoLiveAction;
    return CellTone::Covered;
}

QColor cellBackground(CellTone tone, bool dark)
{
    switch (tone) {
    case CellTone::NoGroup:
        return {};
    case CellTone::NoLiveAction:
        return dark ? QColor(0x5c, 0x43, 0x0c) : QColor(0xfd, 0xe3, 0xa7); // amber
    case CellTone::Overlap:
        return dark ? QColor(0x1d, 0x3b, 0x61) : QColor(0xcc, 0xe0, 0xf7); // blue
    case CellTone::Covered:
        return dark ? QColor(0x1f, 0x40, 0x2a) : QColor(0xdf, 0xf0, 0xdb); // green
    }
    return {};
}

CoverageModel::CoverageModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoverageModel::setState(CoverageStatePtr state)
{
    beginResetModel();
    m_state = std::move(state);
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_state ? 0 : static_cast<int>(m_state->coverage.themeIds.size());
}

int CoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_state ? 0 : static_cast<int>(m_state->coverage.territoryIds.size());
}

const CoverageCell* CoverageModel::cellAt(const QModelIndex& index) const
{
    if (!m_state || !index.isValid() || index.model() != this)
        return nullptr;
    return &m_state->coverage.cell(index.column(), index.row());
}

QModelIndex CoverageModel::indexOf(Id territoryId, Id themeId) const
{
    if (!m_state)
        return {};
    const auto column = m_state->coverage.territoryIds.indexOf(territoryId);
    const auto row = m_state->coverage.themeIds.indexOf(themeId);
    return column < 0 || row < 0 ? QModelIndex() : index(static_cast<int>(row), static_cast<int>(column));
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    const CoverageCell* cell = cellAt(index);
    if (!cell)
        return {};
    const CellTone tone = cellTone(*cell);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*cell);
    case Qt::ToolTipRole:
        return cellToolTip(*cell);
    case Qt::AccessibleTextRole:
        return coverage::cellSummary(m_state->names, *cell);
    case Qt::TextAlignmentRole:
        return QVariant(static_cast<int>(Qt::AlignCenter));
    case Qt::BackgroundRole: {
        const QColor colour = cellBackground(tone, isDark(QApplication::palette()));
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor background = cellBackground(tone, isDark(QApplication::palette()));
        if (tone == CellTone::NoGroup)
            return mutedText(QApplication::palette());
        return readableOn(QApplication::palette().color(QPalette::Text), background);
    }
    case Qt::FontRole:
        if (tone == CellTone::Overlap) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QString CoverageModel::cellText(const CoverageCell& cell) const
{
    if (cell.groupIds.isEmpty())
        return QStringLiteral("—");
    return tr("%1 gr. · %2 act.").arg(cell.groupIds.size()).arg(cell.actionIds.size());
}

QString CoverageModel::cellToolTip(const CoverageCell& cell) const
{
    return coverage::cellToolTip(m_state->names, cell);
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_state || section < 0)
        return {};
    const CoverageLookup& names = m_state->names;
    if (orientation == Qt::Horizontal) {
        if (section >= m_state->coverage.territoryIds.size())
            return {};
        const QString name = names.territory(m_state->coverage.territoryIds.at(section));
        if (role == Qt::DisplayRole)
            return coverage::wrapInTwo(name);
        if (role == Qt::ToolTipRole)
            return name;
        return {};
    }
    if (section >= m_state->coverage.themeIds.size())
        return {};
    const Id themeId = m_state->coverage.themeIds.at(section);
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1 · %2").arg(names.axisNumber(themeId)).arg(names.theme(themeId));
    if (role == Qt::ToolTipRole)
        return tr("Axis %1 — %2: %3")
            .arg(names.axisNumber(themeId))
            .arg(names.axisTitle(themeId), names.theme(themeId));
    return {};
}

} // namespace pacte
