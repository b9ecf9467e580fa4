#pragma once

#include "app/common/listsection.h"
#include "app/common/listtablemodel.h"
#include "indicatorrow.h"

class QComboBox;

namespace pacte {

class IndicatorDetail;

// Indicateurs: the indicators of every action of the edition in one table, with where each stands
// against its target, filtered by territory, axis, theme and target met; the selected one's
// measurements over time beside it. Indicators are edited in their action.
class IndicatorsSection final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorsSection)

public:
    explicit IndicatorsSection(QWidget* parent = nullptr);
    ~IndicatorsSection() override;

    QString title() const override { return tr("Indicators"); }
    void setDocument(Document* document) override;
    // Indicators are deleted in their action's sheet.
    void deleteSelectedItem() override {}

protected:
    void reloadRows() override;
    void reloadFacets() override;
    void showRecord(const QUuid& uuid) override;
    QString deleteRecord(const QUuid& uuid) override;
    QString deleteQuestion(const QUuid& uuid) override;
    bool concerns(const QString& entity) const override;
    QString footerText() const override;

private:
    void openSelectedAction();
    void updateRowsOf(const QString& entity, const QUuid& uuid);

    ListTableModel<IndicatorRow>* m_model = nullptr;
    IndicatorDetail* m_detail = nullptr;
    QComboBox* m_territoryFilter = nullptr;
    QComboBox* m_axisFilter = nullptr;
    QComboBox* m_themeFilter = nullptr;
    IndicatorRowMaker m_rowMaker;
};

} // namespace pacte
