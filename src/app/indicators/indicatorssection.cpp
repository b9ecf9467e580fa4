#include "indicatorssection.h"

#include "app/common/columnwidths.h"
#include "app/common/rowcounter.h"
#include "domain/format.h"
#include "editing/document.h"
#include "indicatorchart.h"
#include "indicatordetail.h"
#include "storage/indicatorlist.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QColor>
#include <QComboBox>
#include <QSet>
#include <QTableView>

namespace pacte {

namespace {

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(formatNumber(*value)) : QVariant();
}

QVariant numberKey(const std::optional<double>& value)
{
    // Rows without a value sort together, before the smallest value.
    return QVariant(value ? *value : -1e300);
}

QVariant stateColour(const IndicatorRow& row)
{
    if (row.state == TargetState::Met)
        return QColor(0x1b, 0x6e, 0x20);
    if (row.state == TargetState::NotMet)
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

} // namespace

IndicatorsSection::IndicatorsSection(QWidget* parent)
    : ListSection(QStringLiteral("indicators"), parent)
{
    setObjectName(QStringLiteral("indicatorsSection"));
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new ListTableModel<IndicatorRow>(
        {{.header = tr("Action"),
          .display = [](const IndicatorRow& r) { return QVariant(r.data.actionTitle); },
          .toolTip = [](const IndicatorRow& r) { return QVariant(r.data.actionTitle); }},
         {.header = tr("Working group"), .display = [](const IndicatorRow& r) { return QVariant(r.data.groupName); }},
         {.header = tr("Territories"), .display = [](const IndicatorRow& r) { return QVariant(r.territories); }},
         {.header = tr("Theme"),
          .display = [](const IndicatorRow& r) { return QVariant(r.theme); },
          .toolTip = [](const IndicatorRow& r) { return QVariant(r.axis); }},
         {.header = tr("Indicator"),
          .display = [](const IndicatorRow& r) { return QVariant(r.data.name); },
          .toolTip = [](const IndicatorRow& r) { return QVariant(r.data.name); }},
         {.header = tr("Kind"), .display = [](const IndicatorRow& r) { return QVariant(enumLabel(r.data.kind)); }},
         {.header = tr("Unit"), .display = [](const IndicatorRow& r) { return QVariant(r.data.unit); }},
         {.header = tr("Baseline"),
          .display = [](const IndicatorRow& r) { return optionalNumber(r.data.baseline); },
          .sortKey = [](const IndicatorRow& r) { return numberKey(r.data.baseline); },
          .alignment = right},
         {.header = tr("Target"),
          .display = [](const IndicatorRow& r) { return optionalNumber(r.data.target); },
          .sortKey = [](const IndicatorRow& r) { return numberKey(r.data.target); },
          .alignment = right},
         {.header = tr("Latest value"),
          .display = [](const IndicatorRow& r) { return optionalNumber(r.data.latestValue); },
          .sortKey = [](const IndicatorRow& r) { return numberKey(r.data.latestValue); },
          .alignment = right},
         {.header = tr("Latest date"),
          .display =
              [](const IndicatorRow& r) {
                  return r.data.latestDate.isValid() ? QVariant(formatDate(r.data.latestDate)) : QVariant();
              },
          .sortKey = [](const IndicatorRow& r) { return QVariant(r.data.latestDate.toJulianDay()); },
          .alignment = right},
         {.header = tr("Met"),
          .display = [](const IndicatorRow& r) { return QVariant(targetStateSymbol(r.state)); },
          .sortKey = [](const IndicatorRow& r) { return QVariant(static_cast<int>(r.state)); },
          .alignment = Qt::AlignCenter,
          .foreground = stateColour,
          .toolTip = [](const IndicatorRow& r) { return QVariant(targetStateLabel(r.state)); }}},
        this);
    m_detail = new IndicatorDetail(this);
    // The group, kind, baseline and date of the latest value wait in the header menu: the list keeps to
    // what fits beside the chart at 1366 pixels.
    setDefaultHiddenColumns({1, 5, 7, 10});
    setDefaultSplit(700, 330);
    connect(m_detail, &IndicatorDetail::openActionRequested, this, &IndicatorsSection::openSelectedAction);

    m_territoryFilter =
        addFacetFilter(FilterKey::Territory, tr("Territor&y"), QStringLiteral("indicatorTerritoryFilter"));
    m_territoryFilter->setAccessibleName(tr("Filter by territory"));
    m_axisFilter = addFacetFilter(FilterKey::Axis, tr("A&xis"), QStringLiteral("indicatorAxisFilter"));
    m_axisFilter->setAccessibleName(tr("Filter by axis"));
    m_themeFilter = addFacetFilter(FilterKey::Theme, tr("The&me"), QStringLiteral("indicatorThemeFilter"));
    m_themeFilter->setAccessibleName(tr("Filter by theme"));
    auto* metFilter = addFacetFilter(FilterKey::Status, tr("&Target"), QStringLiteral("indicatorMetFilter"));
    metFilter->setAccessibleName(tr("Filter by target met"));
    QList<QPair<QString, qint64>> states;
    for (const auto state : {TargetState::Met, TargetState::NotMet, TargetState::NotMeasured, TargetState::NoTarget})
        states.append({targetStateLabel(state), static_cast<int>(state)});
    setFacetOptions(metFilter, states);
    for (auto* combo : {m_territoryFilter, m_axisFilter, m_themeFilter, metFilter}) {
        // Four filters share the bar at 1366 px: narrow combos, wide pop-up lists.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }

    setUp(m_model, m_detail, tr("No indicator in this edition yet: indicators are added to the actions' sheets."));
    // The footer counts the shown rows by target state as filters and edits change them.
    m_counter = new RowCounter(
        proxy(), static_cast<int>(TargetState::NoTarget) + 1,
        [this](int sourceRow) {
            const IndicatorRow* row = m_model->rowAt(sourceRow);
            return row ? static_cast<int>(row->state) : -1;
        },
        this);
    connect(m_counter, &RowCounter::changed, this, &IndicatorsSection::updateFooter);
    tableView()->setAccessibleName(tr("Indicators of the edition's actions"));
    // Rows come in action order; the first column's sort would shuffle an action's indicators.
    tableView()->sortByColumn(-1, Qt::AscendingOrder);
}

IndicatorsSection::~IndicatorsSection() = default;

void IndicatorsSection::reloadRows()
{
    Database& db = m_document->database();
    QList<IndicatorListRow> list;
    try {
        m_rowMaker.load(db, m_editionId);
        list = listIndicators(db, m_editionId);
    } catch (const StorageError& error) {
        showError(error.message());
    }
    QList<IndicatorRow> rows;
    rows.reserve(list.size());
    m_homes.clear();
    m_ofAction.clear();
    m_ofGroup.clear();
    for (auto& data : list) {
        rows.append(m_rowMaker.make(std::move(data)));
        indexRow(rows.constLast());
    }
    const bool first = m_model->rowCount() == 0;
    m_model->setRows(rows);
    if (first && !rows.isEmpty()) {
        // Fit the columns to the first rows, after ListSection's own first sizing (headers only when the
        // edition had no indicator yet).
        QMetaObject::invokeMethod(
            this,
            [this] {
                fitColumnsUnlessSaved(tableView(), QStringLiteral("indicators"),
                                      {180, 130, 110, 120, 190, 80, 80, 60, 60, 70, 80, 40});
            },
            Qt::QueuedConnection);
    }
}

void IndicatorsSection::reloadFacets()
{
    setFacetOptions(m_territoryFilter, m_rowMaker.territoryOptions());
    setFacetOptions(m_axisFilter, m_rowMaker.axisOptions());
    setFacetOptions(m_themeFilter, m_rowMaker.themeOptions());
}

void IndicatorsSection::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, &Document::changed, this, nullptr);
    ListSection::setDocument(document);
    if (document) {
        connect(document, &Document::changed, this,
                qOverload<Entity, const QList<QUuid>&, ChangeKind>(&IndicatorsSection::updateRowsOf));
    }
}

void IndicatorsSection::updateRowsOf(Entity entity, const QList<QUuid>& uuids, ChangeKind kind)
{
    if ((entity != Entity::Action && entity != Entity::WorkingGroup) || !m_document || m_editionId == NoId)
        return;
    if (kind == ChangeKind::Reset) {
        ListSection::setEdition(m_editionId); // a sheet import: read the edition's rows again
        return;
    }
    for (const QUuid& uuid : uuids)
        updateRowsOf(entity, uuid);
    if (const QUuid selected = selectedUuid(); !selected.isNull())
        showRecord(selected);
    updateFooter();
    emit countChanged();
}

void IndicatorsSection::updateRowsOf(Entity entity, const QUuid& uuid)
{
    const bool action = entity == Entity::Action;
    // An action or a group changed: only its indicators' rows are read again (a whole edition may
    // hold 100,000 indicators).
    QList<IndicatorListRow> fresh;
    Id groupId = NoId;
    try {
        Database& db = m_document->database();
        if (action) {
            if (const Id id = ActionRepository(db).idOf(uuid); id != NoId)
                fresh = listActionIndicators(db, id);
        } else {
            groupId = WorkingGroupRepository(db).idOf(uuid);
            if (groupId == NoId) {
                // A deleted group: its rows are not known by its uuid.
                ListSection::setEdition(m_editionId);
                return;
            }
            fresh = listGroupIndicators(db, groupId);
        }
    } catch (const StorageError& error) {
        showError(error.message());
        return;
    }
    fresh.removeIf([this](const IndicatorListRow& row) { return row.editionId != m_editionId; });
    QSet<QUuid> kept;
    for (const auto& row : std::as_const(fresh))
        kept.insert(row.uuid);
    const QList<QUuid> before = action ? m_ofAction.values(uuid) : m_ofGroup.values(groupId);
    for (const auto& id : before) {
        unindexRow(id);
        if (!kept.contains(id))
            m_model->removeRowByUuid(id);
    }
    for (auto& data : fresh) {
        const IndicatorRow row = m_rowMaker.make(std::move(data));
        indexRow(row);
        m_model->upsertRow(row);
    }
}

void IndicatorsSection::indexRow(const IndicatorRow& row)
{
    m_homes.insert(row.uuid, {row.data.actionUuid, row.data.groupId});
    m_ofAction.insert(row.data.actionUuid, row.uuid);
    m_ofGroup.insert(row.data.groupId, row.uuid);
}

void IndicatorsSection::unindexRow(const QUuid& uuid)
{
    const auto home = m_homes.take(uuid);
    m_ofAction.remove(home.first, uuid);
    m_ofGroup.remove(home.second, uuid);
}

void IndicatorsSection::showRecord(const QUuid& uuid)
{
    const IndicatorRow* row = m_model->rowAt(m_model->rowOf(uuid));
    if (!row || !m_document) {
        m_detail->clear();
        return;
    }
    // One action in full for the measurements: the list holds only the latest one.
    Indicator indicator;
    try {
        if (const auto action = ActionRepository(m_document->database()).find(row->data.actionId)) {
            for (const auto& candidate : action->indicators) {
                if (candidate.id == row->data.id)
                    indicator = candidate;
            }
        }
    } catch (const StorageError& error) {
        showError(error.message());
    }
    m_detail->setIndicator(*row, indicator);
}

void IndicatorsSection::openSelectedAction()
{
    if (const IndicatorRow* row = m_model->rowAt(m_model->rowOf(selectedUuid())))
        emit openRequested(Entity::Action, row->data.actionUuid);
}

QString IndicatorsSection::footerText() const
{
    const auto byState = [this](TargetState state) { return m_counter->count(static_cast<int>(state)); };
    const RecordFilterProxy* shown = proxy();
    const int total = m_model->rowCount();
    const QString count = shown->rowCount() == total
                              ? tr("%n indicator(s)", nullptr, total)
                              : tr("%1 of %n indicator(s)", nullptr, total).arg(shown->rowCount());
    return count + tr(" · %1 met · %2 not met · %3 not measured")
                       .arg(byState(TargetState::Met))
                       .arg(byState(TargetState::NotMet))
                       .arg(byState(TargetState::NotMeasured));
}

int IndicatorsSection::countRecords() const
{
    return countIndicators(m_document->database(), m_editionId);
}

} // namespace pacte
