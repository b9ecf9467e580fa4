#pragma once

#include "app/common/section.h"
#include "coveragestate.h"

class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace pacte {

class CoverageLists;
class CoverageModel;

// Couverture (issue 18, "qui fait quoi, où"): the selected edition's themes × territories, each cell
// with its working groups and actions, coloured for the gaps and the overlaps, and below it the gaps,
// overlaps, possible duplicates and the partner view. Observations on the records, not judgements.
// Computed when shown, after a change of the document or the edition only (never while hidden).
class CoverageSection final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageSection)

public:
    explicit CoverageSection(QWidget* parent = nullptr);

    SectionId id() const override { return SectionId::Coverage; }
    QString title() const override { return tr("Coverage"); }
    void setDocument(Document* document) override;
    void setEdition(Id editionId) override;
    bool applyFacet(FilterKey key, qint64 value) override;
    void clearFilters() override;
    void focusFilters() override;
    void focusContent() override;

    // Computes now rather than on the pending zero-length timer (tests).
    void refreshNow();
    QTableView* grid() const { return m_grid; }
    CoverageModel* model() const { return m_model; }
    // How many times the edition was read (tests: nothing is computed while hidden).
    int loadCount() const { return m_loadCount; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void scheduleReload();
    void reload();
    void recompute();
    void fillFilters();
    void showMessage(const QString& text);
    void updateSummary();
    void updateLegend();
    void openCell(const QModelIndex& index);
    void showCell(Id territoryId, Id themeId);

    QTimer* m_timer;
    bool m_dirty = true;
    int m_loadCount = 0;
    std::shared_ptr<const EditionData> m_data;
    CoverageStatePtr m_state;
    QLabel* m_message;
    QWidget* m_page;
    QComboBox* m_axisFilter;
    QComboBox* m_territoryFilter;
    QLabel* m_summary;
    QLabel* m_notice;
    QLabel* m_legend;
    QSplitter* m_splitter;
    QTableView* m_grid;
    CoverageModel* m_model;
    CoverageLists* m_lists;
};

} // namespace pacte
