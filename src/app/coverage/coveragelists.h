#pragma once

#include "coveragestate.h"
#include "domain/entity.h"

#include <QTabWidget>
#include <QUuid>

class QTreeWidget;
class QTreeWidgetItem;

namespace pacte {

// The coverage's observations as lists, one tab each: gaps, overlaps, possible duplicates and the
// partner view. Enter or a double click on a group, an action or a partner opens it in its section;
// on a gap, it shows the cell in the grid.
class CoverageLists final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageLists)

public:
    explicit CoverageLists(QWidget* parent = nullptr);

    void setState(const CoverageState& state);

signals:
    void openRequested(pacte::Entity entity, const QUuid& uuid);
    void cellRequested(pacte::Id territoryId, pacte::Id themeId);

private:
    QTreeWidget* addList(const QString& objectName, const QStringList& headers, const QString& accessibleName);
    void fillGaps(const CoverageState& state);
    void fillOverlaps(const CoverageState& state);
    void fillDuplicates(const CoverageState& state);
    void fillPartners(const CoverageState& state);
    void onActivated(QTreeWidgetItem* item);
    void setTabCount(int tab, const QString& label, qsizetype count);

    QTreeWidget* m_gaps;
    QTreeWidget* m_overlaps;
    QTreeWidget* m_duplicates;
    QTreeWidget* m_partners;
};

} // namespace pacte
