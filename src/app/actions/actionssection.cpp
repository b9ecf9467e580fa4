#include "actionssection.h"

#include "actioneditor.h"
#include "actionsread.h"
#include "app/common/backgroundread.h"
#include "app/common/columnwidths.h"
#include "app/reports/sheetprint.h"
#include "domain/format.h"
#include "domain/textsearch.h"
#include "storage/repository.h"

#include <QAbstractItemView>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace pacte {

namespace {

// Dark orange: an incomplete sheet is to be completed, not an error.
const QColor IncompleteColour(0xb3, 0x5c, 0x00);

QComboBox* compact(QComboBox* combo, const QString& accessibleName)
{
    // Seven filters share the bar at 1366 px: narrow combos, wide pop-up lists.
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    combo->view()->setMinimumWidth(280);
    return combo;
}

} // namespace

QList<ActionsSection::Column> ActionsSection::columns()
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        {.header = tr("Title"),
         .display = [](const ActionRow& r) { return QVariant(r.data.title); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.titleKey); },
         .toolTip = [](const ActionRow& r) { return QVariant(r.data.title); },
         .compare = [](const ActionRow& a, const ActionRow& b) { return compareValues(a.titleKey, b.titleKey); }},
        {.header = tr("Working group"),
         .display = [](const ActionRow& r) { return QVariant(r.data.groupName); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.groupKey); },
         .compare = [](const ActionRow& a, const ActionRow& b) { return compareValues(a.groupKey, b.groupKey); }},
        {.header = tr("Territories"),
         .display = [](const ActionRow& r) { return QVariant(r.territories); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.territoriesKey); },
         .compare = [](const ActionRow& a,
                       const ActionRow& b) { return compareValues(a.territoriesKey, b.territoriesKey); }},
        {.header = tr("Axis"),
         .display = [](const ActionRow& r) { return QVariant(r.axis); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.axisNumber); },
         .compare = [](const ActionRow& a, const ActionRow& b) { return compareValues(a.axisNumber, b.axisNumber); }},
        {.header = tr("Theme"),
         .display = [](const ActionRow& r) { return QVariant(r.theme); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.themeKey); },
         .compare = [](const ActionRow& a, const ActionRow& b) { return compareValues(a.themeKey, b.themeKey); }},
        {.header = tr("Status"),
         .display = [](const ActionRow& r) { return QVariant(enumLabel(r.data.status)); },
         .sortKey = [](const ActionRow& r) { return QVariant(static_cast<int>(r.data.status)); },
         .compare = [](const ActionRow& a, const ActionRow& b) { return compareValues(a.data.status, b.data.status); }},
        {.header = tr("Exp."),
         .display =
             [](const ActionRow& r) { return r.data.experimentation ? QVariant(QStringLiteral("✓")) : QVariant(); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.data.experimentation); },
         .alignment = Qt::AlignCenter,
         .compare = [](const ActionRow& a,
                       const ActionRow& b) { return compareValues(a.data.experimentation, b.data.experimentation); }},
        {.header = tr("Indicators"),
         .display = [](const ActionRow& r) { return QVariant(r.data.indicatorCount); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.data.indicatorCount); },
         .alignment = right,
         .compare = [](const ActionRow& a,
                       const ActionRow& b) { return compareValues(a.data.indicatorCount, b.data.indicatorCount); }},
        {.header = tr("Sheet"),
         .display =
             [](const ActionRow& r) { return QVariant(r.data.sheetComplete ? tr("complete") : tr("incomplete")); },
         .sortKey = [](const ActionRow& r) { return QVariant(r.data.sheetComplete); },
         .foreground =
             [](const ActionRow& r) { return r.data.sheetComplete ? QVariant() : QVariant(IncompleteColour); },
         .toolTip =
             [](const ActionRow& r) {
                 return r.data.sheetComplete ? QVariant()
                                             : QVariant(tr("The sheet lacks objectives, target publics, modalities or "
                                                           "deliverables, or an indicator."));
             },
         .compare = [](const ActionRow& a,
                       const ActionRow& b) { return compareValues(a.data.sheetComplete, b.data.sheetComplete); }}};
}

ActionsSection::ActionsSection(QWidget* parent)
    : RecordListSection(QStringLiteral("actions"), columns(), parent)
{
    setObjectName(QStringLiteral("actionsSection"));
    m_editor = new ActionEditor(this);
    connect(m_editor, &ActionEditor::printRequested, this, [this](Id actionId) {
        const auto action = ActionRepository(m_document->database()).find(actionId);
        if (action)
            previewSheets(this, *m_document, sheetsScope(m_editionId, NoId, actionId),
                          portableFileStem(tr("Action sheet - %1").arg(action->title)));
    });
    // The axis (the theme names it) and the indicator count wait in the header menu: the list keeps
    // to what fits beside the editor at 1366 pixels.
    setDefaultHiddenColumns({3, 7});
    m_territoryFilter =
        compact(addFacetFilter(FilterKey::Territory, tr("Territor&y"), QStringLiteral("actionTerritoryFilter")),
                tr("Filter by territory"));
    m_axisFilter =
        compact(addFacetFilter(FilterKey::Axis, tr("A&xis"), QStringLiteral("actionAxisFilter")), tr("Filter by axis"));
    m_themeFilter = compact(addFacetFilter(FilterKey::Theme, tr("The&me"), QStringLiteral("actionThemeFilter")),
                            tr("Filter by theme"));
    m_statusFilter = compact(addFacetFilter(FilterKey::Status, tr("Stat&us"), QStringLiteral("actionStatusFilter")),
                             tr("Filter by status"));
    m_partnerFilter = compact(addFacetFilter(FilterKey::Partner, tr("Pa&rtner"), QStringLiteral("actionPartnerFilter")),
                              tr("Filter by partner of the working group"));
    m_publicFilter = compact(addFacetFilter(FilterKey::Public, tr("Publi&c"), QStringLiteral("actionPublicFilter")),
                             tr("Filter by target public"));
    m_experimentationFilter =
        compact(addFacetFilter(FilterKey::Kind, tr("Ex&p."), QStringLiteral("actionExperimentationFilter")),
                tr("Filter by experimentation (§1.3)"));
    addNewButton(tr("Ne&w action"), tr("New action"), QStringLiteral("addActionButton"));
    setUp(m_model, m_editor, tr("No action in this edition yet."));
    countShownRows(static_cast<int>(enumValues<ActionStatus>().size()),
                   [](const ActionRow& row) { return static_cast<int>(row.data.status); });
    // The header tooltips the list model does not give: say what the short ones mean.
    tableView()->horizontalHeader()->setToolTip(tr("Exp.: experimentation (§1.3). Right-click to choose the columns."));
}

void ActionsSection::applyDefaultWidths()
{
    // Without saved widths ListSection fits the columns to what is shown first, which may be an
    // empty edition (headers only) or very long titles: start from widths made for 1366 pixels.
    if (QSettings().contains(QStringLiteral("sections/actions/header")))
        return;
    const QList<int> widths{190, 140, 100, 90, 110, 110, 40, 75, 85};
    for (int column = 0; column < widths.size(); ++column)
        tableView()->setColumnWidth(column, widths.at(column));
    shareColumnsInWidth(tableView());
}

void ActionsSection::setBackgroundReadFrom(int actions)
{
    s_backgroundReadFrom = actions;
}

void ActionsSection::reloadRows()
{
    m_editor->setDocument(m_document);
    Database& db = m_document->database();
    // A large edition's rows are read on a worker thread, the window painted meanwhile (a progress
    // that can cancel comes after a moment); a small one's at once. On a server, on the window's own
    // connection, as the dashboard's figures (see DashboardSection::refresh()).
    std::optional<ActionsRead> read;
    bool cancelled = false;
    const int actions = db.isServer() ? 0 : ActionRepository(db).countOfEdition(m_editionId);
    if (actions >= s_backgroundReadFrom) {
        const Id editionId = m_editionId;
        read = readWaiting<ActionsRead>(
            this, db, tr("Reading the %n action(s) of the edition…", nullptr, actions),
            [editionId](Database& reader) { return readActions(reader, editionId); }, cancelled);
    }
    if (cancelled) {
        // Shown again, the section reads them again.
        m_model->setRows({});
        markStale();
        if (auto* empty = findChild<QLabel*>(QStringLiteral("emptyStateLabel")))
            empty->setProperty("emptyText", tr("Reading the actions was cancelled: show the section again to "
                                               "read them."));
        return;
    }
    if (!read)
        read = readActions(db, m_editionId); // a small edition, or a failed read, which says why now
    m_names = std::move(read->names);
    m_groupIds = std::move(read->groupIds);
    m_editor->setChoices(read->choices);
    m_model->setRows(read->rows);
    if (!m_widthsApplied && !m_model->rows().isEmpty()) {
        m_widthsApplied = true;
        // After ListSection's own first sizing, which follows this reload.
        QTimer::singleShot(0, this, &ActionsSection::applyDefaultWidths);
    }
    if (auto* empty = findChild<QLabel*>(QStringLiteral("emptyStateLabel"))) {
        empty->setProperty("emptyText", m_groupIds.isEmpty()
                                            ? tr("This edition has no working group yet. Create a working group "
                                                 "first: every action belongs to one.")
                                            : tr("No action in this edition yet."));
    }
}

void ActionsSection::reloadFacets()
{
    Database& db = m_document->database();
    QList<QPair<QString, qint64>> territories;
    for (const auto& territory : TerritoryRepository(db).all())
        territories.append({territory.name, territory.id});
    setFacetOptions(m_territoryFilter, territories);

    QList<QPair<QString, qint64>> axes;
    QList<QPair<QString, qint64>> themes;
    for (const auto& axis : AxisRepository(db).ofEdition(m_editionId)) {
        axes.append({QStringLiteral("%1. %2").arg(axis.number).arg(axis.title), axis.id});
        for (const auto& theme : axis.themes)
            themes.append({QStringLiteral("%1 · %2").arg(axis.number).arg(theme.name), theme.id});
    }
    setFacetOptions(m_axisFilter, axes);
    setFacetOptions(m_themeFilter, themes);

    QList<QPair<QString, qint64>> statuses;
    for (const auto status : enumValues<ActionStatus>())
        statuses.append({enumLabel(status), static_cast<int>(status)});
    setFacetOptions(m_statusFilter, statuses);

    // Only the partners that take part in one of the edition's groups: the list stays short.
    QSet<Id> involved;
    for (const auto& row : m_model->rows()) {
        for (const Id id : row.data.partnerIds)
            involved.insert(id);
    }
    QList<QPair<QString, qint64>> partners;
    for (const auto& partner : PartnerRepository(db).all()) {
        if (involved.contains(partner.id))
            partners.append({partner.displayName(), partner.id});
    }
    std::sort(partners.begin(), partners.end(),
              [](const auto& a, const auto& b) { return foldForSearch(a.first) < foldForSearch(b.first); });
    setFacetOptions(m_partnerFilter, partners);

    QList<QPair<QString, qint64>> publics;
    for (const auto& p : TargetPublicRepository(db).all())
        publics.append({p.name, p.id});
    setFacetOptions(m_publicFilter, publics);

    setFacetOptions(m_experimentationFilter,
                    {{tr("Experimentations"), 1}, {tr("Other actions"), 0}}); // FilterKey::Kind values
}

bool ActionsSection::updateItems(const QList<QUuid>& uuids, ChangeKind kind)
{
    Database& db = m_document->database();
    for (const QUuid& uuid : uuids) {
        const Id id = kind == ChangeKind::Removed ? NoId : ActionRepository(db).idOf(uuid);
        const auto data = id != NoId ? listAction(db, id) : std::nullopt;
        if (data && m_groupIds.contains(data->groupId))
            m_model->upsertRow(m_names.makeRow(*data));
        else
            m_model->removeRowByUuid(uuid);
    }
    if (uuids.contains(selectedUuid()))
        refreshShownRecord();
    return true;
}

std::optional<Action> ActionsSection::shownItem(const QUuid& uuid) const
{
    const std::optional<Action>& shown = m_editor->action();
    return shown && shown->uuid == uuid ? shown : std::nullopt;
}

void ActionsSection::showRecord(const QUuid& uuid)
{
    if (uuid.isNull() || !m_document) {
        m_editor->setAction(std::nullopt);
        return;
    }
    m_editor->setAction(ActionRepository(m_document->database()).findByUuid(uuid));
}

void ActionsSection::addItem()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_groupIds.isEmpty()) {
        QMessageBox::information(this, tr("New action"),
                                 tr("Create a working group first: every action belongs to a working group."));
        return;
    }
    // The selected action's group is the likeliest home of the next one.
    const ActionRow* selected = m_model->rowAt(m_model->rowOf(selectedUuid()));
    Action action;
    action.groupId = selected ? selected->data.groupId : m_groupIds.constFirst();
    action.title = tr("New action");
    if (insertAndSelect(action))
        m_editor->editTitle();
}

QString ActionsSection::footerText() const
{
    const auto count = [this](ActionStatus status) { return shownRows(static_cast<int>(status)); };
    const int shown = proxy()->rowCount();
    // The breakdown of Annexe 1: "38 actions · 9 réalisées · 10 en fonctionnement · 15 en cours · 4 en projet".
    QStringList parts{tr("%n action(s)", nullptr, shown),
                      tr("%n completed", nullptr, count(ActionStatus::Completed)),
                      tr("%n running", nullptr, count(ActionStatus::Running)),
                      tr("%n in progress", nullptr, count(ActionStatus::InProgress)),
                      tr("%n project(s)", nullptr, count(ActionStatus::Project)),
                      tr("%n abandoned", nullptr, count(ActionStatus::Abandoned))};
    QString text = parts.join(QStringLiteral(" · "));
    const int total = m_model->rowCount();
    if (shown != total)
        text += QLatin1Char(' ') + tr("(out of %1)").arg(total);
    return text;
}

int ActionsSection::countRecords() const
{
    return ActionRepository(m_document->database()).countOfEdition(m_editionId);
}

} // namespace pacte
