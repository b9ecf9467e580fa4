#include "compliancesection.h"

#include "app/common/backgroundread.h"
#include "app/common/columnwidths.h"
#include "domain/clock.h"
#include "domain/format.h"
#include "domain/rules.h"
#include "domain/textsearch.h"
#include "editing/document.h"
#include "findingdetail.h"
#include "ruletexts.h"
#include "storage/actionsheets.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace pacte {

namespace {

const QColor ErrorColour(0xb0, 0x00, 0x20);
const QColor WarningColour(0x9a, 0x5b, 0x00);
const QColor InformationColour(0x2a, 0x4d, 0x7a);

// Adds the severity icon to the first column: the list model (ListTableModel) has text only.
class SeverityIconModel final : public QIdentityProxyModel
{
public:
    SeverityIconModel(const QIcon& error, const QIcon& warning, const QIcon& information, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_error(error)
        , m_warning(warning)
        , m_information(information)
    {}

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != 0)
            return QIdentityProxyModel::data(index, role);
        const int severity = QIdentityProxyModel::data(index, FiltersRole).value<RowFilters>().status;
        return severity == static_cast<int>(Severity::Error)     ? m_error
               : severity == static_cast<int>(Severity::Warning) ? m_warning
                                                                 : m_information;
    }

private:
    QIcon m_error;
    QIcon m_warning;
    QIcon m_information;
};

QVariant severityColour(const FindingRow& row)
{
    switch (row.finding.severity) {
    case Severity::Error:
        return ErrorColour;
    case Severity::Warning:
        return WarningColour;
    case Severity::Information:
        return InformationColour;
    }
    return ErrorColour;
}

} // namespace

ComplianceSection::ComplianceSection(QWidget* parent)
    : ListSection(QStringLiteral("compliance"), parent)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("complianceSection"));
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    m_model = new ListTableModel<FindingRow>(
        {{.header = tr("Severity"),
          .display = [](const FindingRow& r) { return QVariant(enumLabel(r.finding.severity)); },
          // Errors first, then warnings, then information, in rule order, whatever order the rows came in.
          .sortKey =
              [](const FindingRow& r) {
                  return QVariant((2 - rules::severityRank(r.finding.severity)) * 1000 + r.ruleIndex);
              },
          .alignment = left,
          .foreground = severityColour},
         {.header = tr("Rule"),
          .display = [](const FindingRow& r) { return QVariant(compliance::ruleTitle(r.finding.rule)); },
          .sortKey = [](const FindingRow& r) { return QVariant(r.ruleIndex); },
          .toolTip = [](const FindingRow& r) { return QVariant(rules::describe(r.finding.rule)); }},
         {.header = tr("Item"),
          .display = [](const FindingRow& r) { return QVariant(r.finding.label); },
          .toolTip =
              [](const FindingRow& r) {
                  return QVariant(tr("%1 · %2").arg(compliance::entityName(r.finding.entity), r.finding.label));
              }},
         {.header = tr("Finding"),
          .display = [](const FindingRow& r) { return QVariant(r.finding.message); },
          .toolTip = [](const FindingRow& r) { return QVariant(r.finding.message); }}},
        this);
    auto* iconModel = new SeverityIconModel(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                            style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                            style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
    iconModel->setSourceModel(m_model);

    m_detail = new FindingDetail(this);
    connect(m_detail, &FindingDetail::openRequested, this, &ComplianceSection::openSelectedFinding);

    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("complianceYearCombo"));
    m_yearCombo->setAccessibleName(tr("Check the rules as of"));
    m_yearCombo->setToolTip(tr("Today, or a year of the edition as it stood on its 31 December"));
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* yearLabel = new QLabel(tr("&As of"), this);
    yearLabel->setBuddy(m_yearCombo);
    // ListSection's filter bar is the first row of its layout: the date of the check leads it.
    filterBar()->insertWidget(0, yearLabel);
    filterBar()->insertWidget(1, m_yearCombo);
    connect(m_yearCombo, &QComboBox::activated, this, &ComplianceSection::refresh);

    auto* ruleFilter = addFacetFilter(FilterKey::Kind, tr("&Rule"), QStringLiteral("complianceRuleFilter"));
    ruleFilter->setAccessibleName(tr("Filter by rule"));
    QList<QPair<QString, qint64>> ruleOptions;
    const QStringList ruleIds = rules::allRuleIds();
    for (int i = 0; i < ruleIds.size(); ++i)
        ruleOptions.append({compliance::ruleTitle(ruleIds.at(i)), i});
    setFacetOptions(ruleFilter, ruleOptions);
    auto* severityFilter =
        addFacetFilter(FilterKey::Status, tr("Se&verity"), QStringLiteral("complianceSeverityFilter"));
    severityFilter->setAccessibleName(tr("Filter by severity"));
    setFacetOptions(severityFilter, {{enumLabel(Severity::Error), static_cast<int>(Severity::Error)},
                                     {enumLabel(Severity::Warning), static_cast<int>(Severity::Warning)},
                                     {enumLabel(Severity::Information), static_cast<int>(Severity::Information)}});

    setUp(iconModel, m_detail, tr("No finding: every governance rule is met."));
    tableView()->setAccessibleName(tr("Findings of the governance rules"));
    connect(tableView(), &QTableView::doubleClicked, this, &ComplianceSection::openSelectedFinding);
    // Enter opens the item too: ListSection's shortcuts on the table move the focus to the detail
    // pane; this also follows the link.
    for (auto* shortcut : tableView()->findChildren<QShortcut*>()) {
        if (shortcut->key() == QKeySequence(Qt::Key_Return) || shortcut->key() == QKeySequence(Qt::Key_Enter))
            connect(shortcut, &QShortcut::activated, this, &ComplianceSection::openSelectedFinding);
    }

    // A single edit may notify several changes (a cascade, an import): check the rules once after.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ComplianceSection::refresh);
}

ComplianceSection::~ComplianceSection() = default;

void ComplianceSection::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_refreshTimer->stop();
    // ListSection reads the rows at once: the years must be known first.
    m_document = document;
    fillYears();
    ListSection::setDocument(document);
    if (document)
        connect(document, &Document::changed, this, &ComplianceSection::onDocumentChanged);
}

void ComplianceSection::setEdition(Id editionId)
{
    m_editionId = editionId;
    fillYears();
    ListSection::setEdition(editionId);
}

void ComplianceSection::fillYears()
{
    const QVariant current = m_yearCombo->currentData();
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    m_yearCombo->addItem(tr("Today"), 0);
    if (m_document && m_editionId != NoId) {
        const auto edition = EditionRepository(m_document->database()).find(m_editionId);
        const QDate today = Clock::currentDate();
        if (edition && edition->startDate.isValid() && edition->startDate <= today) {
            const int last = std::min(edition->endDate.isValid() ? edition->lastYear() : today.year(), today.year());
            for (int year = edition->firstYear(); year <= last; ++year)
                m_yearCombo->addItem(tr("31 Dec. %1").arg(year), year);
        }
    }
    const int index = current.isValid() ? m_yearCombo->findData(current) : 0;
    m_yearCombo->setCurrentIndex(std::max(index, 0));
}

void ComplianceSection::onDocumentChanged(Entity entity, const QList<QUuid>& uuids, ChangeKind kind)
{
    // An action's sheet is checked alone (50,000 actions: the rest stays as it is); any other change
    // may move the other rules' findings, which are checked again on the next turn of the event loop,
    // the action sheets' findings kept.
    const bool today = m_yearCombo->currentData().toInt() == 0;
    const bool cached = today && m_editionId != NoId && m_today.edition.id == m_editionId;
    if (cached && entity == Entity::Action && kind != ChangeKind::Reset) {
        updateActionFindings(uuids);
        return;
    }
    m_othersOnly = cached && entity != Entity::Action;
    m_refreshTimer->start();
}

void ComplianceSection::updateActionFindings(const QList<QUuid>& uuids)
{
    Database& db = m_document->database();
    QSet<QUuid> taken;
    for (const auto& row : m_model->rows())
        taken.insert(row.uuid);
    try {
        for (const QUuid& uuid : uuids) {
            const auto old = std::find_if(m_sheetRows.begin(), m_sheetRows.end(),
                                          [&](const FindingRow& row) { return row.finding.uuid == uuid; });
            qsizetype at = m_sheetRows.size();
            if (old != m_sheetRows.end()) {
                at = old - m_sheetRows.begin();
                taken.remove(old->uuid);
                m_model->removeRowByUuid(old->uuid);
                m_sheetRows.erase(old);
            }
            EditionData one;
            if (const auto sheet = loadActionSheet(db, m_editionId, uuid))
                one.actionSheets = {*sheet};
            for (const auto& finding :
                 rules::applySettings(rules::checkActionSheetComplete(one), m_today.edition.rules)) {
                const FindingRow row = makeRow(finding, taken);
                m_sheetRows.insert(at, row);
                m_model->upsertRow(row);
            }
        }
    } catch (const StorageError& error) {
        showError(error.message());
        return;
    }
    if (const QUuid selected = selectedUuid(); !selected.isNull())
        showRecord(selected);
    updateFooter();
    emit countChanged();
}

void ComplianceSection::refresh()
{
    if (!m_document)
        return;
    // A past year reads every action in full (loadEditionDataAsOf): while the list is not shown,
    // edits made elsewhere do not pay for it; showing it again does.
    if (m_yearCombo->currentData().toInt() != 0 && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QUuid selected = selectedUuid();
    ListSection::setEdition(m_editionId);
    if (!selected.isNull())
        openItem(selected);
}

void ComplianceSection::showEvent(QShowEvent* event)
{
    ListSection::showEvent(event);
    if (m_stale)
        refresh();
}

QList<FindingRow> ComplianceSection::checkedRows(int year)
{
    Database& db = m_document->database();
    QList<FindingRow> rows;
    QSet<QUuid> taken;
    if (year != 0) {
        m_today = {};
        m_sheetRows.clear();
        m_checkedOn = evaluationDay(db, m_editionId, year);
        const EditionData data = loadEditionDataAsOf(db, m_editionId, m_checkedOn);
        if (data.edition.id != NoId) {
            for (const auto& finding : rules::checkAll(data, m_checkedOn))
                rows.append(makeRow(finding, taken));
        }
        return rows;
    }
    m_checkedOn = Clock::currentDate();
    if (m_othersOnly) {
        // Everything but the action sheets, whose findings are kept: rule order, errors first, as
        // checkAll() gives them.
        m_today = loadEditionData(db, m_editionId, ActionLoading::None);
        for (const auto& row : std::as_const(m_sheetRows))
            taken.insert(row.uuid);
        for (const auto& finding : rules::checkAll(m_today, m_checkedOn))
            rows.append(makeRow(finding, taken));
        rows += m_sheetRows;
        std::stable_sort(rows.begin(), rows.end(), [](const FindingRow& a, const FindingRow& b) {
            const int aRank = rules::severityRank(a.finding.severity);
            const int bRank = rules::severityRank(b.finding.severity);
            return aRank != bRank ? aRank > bRank : a.ruleIndex < b.ruleIndex;
        });
        return rows;
    }
    // Today needs only the sheet summaries of the actions, never the actions themselves; the sheets'
    // findings are then kept apart, so that an edited action is checked alone.
    if (m_readInBackground && m_readInBackground->edition.id == m_editionId)
        m_today = std::move(*m_readInBackground);
    else
        m_today = loadEditionData(db, m_editionId, ActionLoading::SheetsOnly);
    m_readInBackground.reset();
    m_sheetRows.clear();
    if (m_today.edition.id == NoId)
        return rows;
    for (const auto& finding : rules::checkAll(m_today, m_checkedOn)) {
        rows.append(makeRow(finding, taken));
        if (finding.rule == QLatin1String(rules::ActionSheetComplete))
            m_sheetRows.append(rows.constLast());
    }
    m_today.actionSheets.clear();
    return rows;
}

bool ComplianceSection::startBackgroundRead()
{
    // A past year, or all but the sheets (a cheap read), are read on the timer as before.
    if (!m_document || m_editionId == NoId || m_yearCombo->currentData().toInt() != 0 || m_othersOnly)
        return false;
    const int generation = ++m_readGeneration;
    const Id editionId = m_editionId;
    readInBackground<EditionData>(
        this, m_document->database(),
        [editionId](Database& db) { return loadEditionData(db, editionId, ActionLoading::SheetsOnly); },
        [this, generation](std::optional<EditionData> data) {
            if (generation != m_readGeneration || !awaitingBackgroundRead())
                return;                           // overtaken by a change, or by the list being shown
            m_readInBackground = std::move(data); // none when the read failed: read again, to say why
            backgroundReadDone();
            m_readInBackground.reset();
        });
    return true;
}

void ComplianceSection::reloadRows()
{
    m_stale = false;
    const int year = m_yearCombo->currentData().toInt();
    QList<FindingRow> rows;
    try {
        rows = checkedRows(year);
    } catch (const StorageError& error) {
        m_today = {};
        m_sheetRows.clear();
        showError(error.message());
    }
    m_othersOnly = false;
    const bool first = m_model->rowCount() == 0;
    m_model->setRows(rows);
    if (first && !rows.isEmpty()) {
        // Fit the columns to the first findings, after ListSection's own first sizing (headers only
        // when there were none): the message, the longest, gets what is left.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fitColumnsUnlessSaved(tableView(), QStringLiteral("compliance"), {120, 200, 230, 480});
                // The explanation is short: the list, with its long messages, gets the room.
                auto* splitter = findChild<QSplitter*>(QStringLiteral("complianceSplitter"));
                if (splitter && !QSettings().contains(QStringLiteral("sections/compliance/splitter")))
                    splitter->setSizes({2 * splitter->width() / 3, splitter->width() / 3});
            },
            Qt::QueuedConnection);
    }
}

FindingRow ComplianceSection::makeRow(const Finding& finding, QSet<QUuid>& taken) const
{
    static const QStringList ruleIds = rules::allRuleIds();
    FindingRow row;
    row.finding = finding;
    row.ruleIndex = static_cast<int>(ruleIds.indexOf(finding.rule));
    // A stable identity per finding (an item can break several rules, or one rule in several
    // years), so that the selection survives a refresh.
    const QString key =
        finding.rule + QLatin1Char('\n') + entityCode(finding.entity) + QLatin1Char('\n') + finding.message;
    row.uuid = QUuid::createUuidV5(finding.uuid, key);
    for (int n = 2; taken.contains(row.uuid); ++n)
        row.uuid = QUuid::createUuidV5(finding.uuid, key + QString::number(n));
    taken.insert(row.uuid);
    row.searchText = foldForSearch(
        QStringList{compliance::ruleTitle(finding.rule), finding.label, finding.message}.join(QLatin1Char(' ')));
    row.filters.kind = row.ruleIndex;
    row.filters.status = static_cast<int>(finding.severity);
    return row;
}

Findings ComplianceSection::findings() const
{
    Findings list;
    for (const auto& row : m_model->rows())
        list.append(row.finding);
    return list;
}

const FindingRow* ComplianceSection::selectedRow() const
{
    return m_model->rowAt(m_model->rowOf(selectedUuid()));
}

void ComplianceSection::showRecord(const QUuid& uuid)
{
    const FindingRow* row = m_model->rowAt(m_model->rowOf(uuid));
    m_detail->setFinding(row ? std::optional<Finding>(row->finding) : std::nullopt);
}

void ComplianceSection::openSelectedFinding()
{
    if (const FindingRow* row = selectedRow(); row && !row->finding.uuid.isNull())
        emit openRequested(row->finding.entity, row->finding.uuid);
}

QString ComplianceSection::footerText() const
{
    int errors = 0;
    int warnings = 0;
    int information = 0;
    const RecordFilterProxy* shown = proxy();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int severity = shown->index(row, 0).data(FiltersRole).value<RowFilters>().status;
        ++(severity == static_cast<int>(Severity::Error)     ? errors
           : severity == static_cast<int>(Severity::Warning) ? warnings
                                                             : information);
    }
    const QString date = m_checkedOn.isValid() ? tr(" · as of %1").arg(formatDate(m_checkedOn)) : QString();
    const QString notes = information > 0 ? tr(" · %n for information", nullptr, information) : QString();
    return tr("%n finding(s)", nullptr, errors + warnings + information) + tr(" · %n error(s)", nullptr, errors) +
           tr(" · %n warning(s)", nullptr, warnings) + notes + date;
}

} // namespace pacte
