#pragma once

#include "domain/edition.h"
#include "domain/indicator.h"
#include "domain/indicatortemplate.h"

#include <functional>

#include <QObject>
#include <QUuid>

class QLabel;
class QPushButton;
class QTableView;

namespace pacte {

class IndicatorChart;
template <typename Item>
class ChildTableModel;
using IndicatorTableModel = ChildTableModel<Indicator>;
using MeasurementTableModel = ChildTableModel<Measurement>;

// The "Indicators" tab of the action editor: the indicators table and, for the selected indicator,
// its measurements (a table and a small chart against the target), with their add and remove buttons. Every change
// hands the action's whole new indicator list to `commit` (one undo step on the action); the stored list then comes
// back through setIndicators(), which keeps the selection.
class IndicatorsPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorsPanel)

public:
    struct Widgets
    {
        QTableView* indicators;
        QTableView* measurements;
        QLabel* measurementsLabel;
        QPushButton* addIndicator;
        QPushButton* removeIndicator;
        QPushButton* addMeasurement;
        QPushButton* removeMeasurement;
        IndicatorChart* chart; // the selected indicator's measurements against its target
        // "From an indicator template": a menu of the templates of the action's theme.
        QPushButton* addFromTemplate;
        QLabel* templateLabel;       // the selected indicator's template, if it has one
        QPushButton* unlinkTemplate; // drops that link (the indicator stays as it is)
    };
    using Commit = std::function<bool(const QList<Indicator>& indicators)>;

    IndicatorsPanel(const Widgets& widgets, Commit commit, QObject* parent = nullptr);

    void setIndicators(const QList<Indicator>& indicators, bool editable);
    // The edition of the action: a new measurement is dated today, or the edition's nearest day.
    void setEdition(const Edition& edition) { m_edition = edition; }
    // The templates of the edition's themes (to name an indicator's template) and those of the action's
    // theme, proposed when an indicator is added.
    void setTemplates(const QList<IndicatorTemplate>& all, const QList<IndicatorTemplate>& proposed);
    // Adds an indicator made from the template `templateId` (filled in from it, kept linked).
    bool addFromTemplate(Id templateId);
    IndicatorTableModel* indicatorModel() const { return m_indicatorModel; }
    // The selected indicator and measurement (null: none), as stored.
    const Indicator* selectedIndicator() const;
    const Measurement* selectedMeasurement() const;
    MeasurementTableModel* measurementModel() const { return m_measurementModel; }

signals:
    // The selected indicator or measurement changed, or was stored again.
    void selectionChanged();

private:
    void setUpTable(QTableView* table);
    int currentIndicator() const;
    int currentMeasurement() const;
    void selectIndicator(const QUuid& uuid);
    void showMeasurements();
    void updateButtons();
    bool commitMeasurements(const QList<Measurement>& measurements);
    void addIndicator();
    void removeIndicator();
    void addMeasurement();
    void removeMeasurement();
    void unlinkTemplate();
    void fillTemplateMenu();

    Widgets m_widgets;
    Commit m_commit;
    IndicatorTableModel* m_indicatorModel;
    MeasurementTableModel* m_measurementModel;
    QUuid m_shownIndicator;
    bool m_editable = false;
    Edition m_edition;
    QList<IndicatorTemplate> m_allTemplates;
    QList<IndicatorTemplate> m_proposedTemplates;
};

} // namespace pacte
