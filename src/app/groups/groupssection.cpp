#include "groupssection.h"

#include "app/common/columnwidths.h"
#include "app/common/syncrows.h"
#include "app/reports/sheetprint.h"
#include "app/sheets/sheetexportdialog.h"
#include "domain/format.h"
#include "editing/document.h"
#include "groupeditor.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <QAbstractItemView>
#include <QColor>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>

namespace pacte {

namespace {

QVariant text(const QString& value)
{
    return QVariant(value);
}

} // namespace

QList<GroupsSection::Column> GroupsSection::columns()
{
    const auto ruleColour = [](const GroupRow& r) {
        return r.rule.isEmpty() ? QVariant() : QVariant(QColor(0x8b, 0x00, 0x00));
    };
    return {{.header = tr("Working group"),
             .display = [](const GroupRow& r) { return text(r.name); },
             .toolTip = [](const GroupRow& r) { return text(r.name); }},
            {.header = tr("Territories"), .display = [](const GroupRow& r) { return text(r.territories); }},
            {.header = tr("Pilot • co-pilot"), .display = [](const GroupRow& r) { return text(r.leaders); }},
            {.header = tr("Rule"),
             .display = [](const GroupRow& r) { return text(r.rule); },
             .foreground = ruleColour,
             .toolTip = [](const GroupRow& r) { return text(r.ruleMessage); }},
            {.header = tr("Actions"),
             .display = [](const GroupRow& r) { return QVariant(r.actions); },
             .alignment = Qt::AlignRight | Qt::AlignVCenter},
            {.header = tr("Action statuses"), .display = [](const GroupRow& r) { return text(r.statusMix); }},
            {.header = tr("Status"), .display = [](const GroupRow& r) { return text(r.status); }},
            {.header = tr("Axis"),
             .display = [](const GroupRow& r) { return text(r.axis); },
             .sortKey = [](const GroupRow& r) { return QVariant(r.axisNumber == 0 ? 999 : r.axisNumber); },
             .toolTip = [](const GroupRow& r) { return text(r.axis); }},
            {.header = tr("Theme"), .display = [](const GroupRow& r) { return text(r.theme); }}};
}

GroupsSection::GroupsSection(QWidget* parent)
    : RecordListSection(QStringLiteral("groups"), columns(), parent)
{
    setObjectName(QStringLiteral("groupsSection"));
    m_editor = new GroupEditor(this);
    connect(m_editor, &GroupEditor::printRequested, this, [this](Id groupId) {
        const auto group = WorkingGroupRepository(m_document->database()).find(groupId);
        if (group)
            previewSheets(this, *m_document, sheetsScope(m_editionId, groupId, NoId),
                          portableFileStem(tr("Action sheets - %1").arg(group->name)));
    });
    // The group's own status, its axis and its theme (its name usually says it; the editor shows it)
    // wait in the header menu: the list keeps to what fits beside the editor at 1366 pixels.
    setDefaultHiddenColumns({6, 7, 8});
    m_territoryFilter = addFacetFilter(FilterKey::Territory, tr("Te&rritory"), QStringLiteral("groupTerritoryFilter"));
    m_axisFilter = addFacetFilter(FilterKey::Axis, tr("A&xis"), QStringLiteral("groupAxisFilter"));
    m_themeFilter = addFacetFilter(FilterKey::Theme, tr("The&me"), QStringLiteral("groupThemeFilter"));
    m_statusFilter = addFacetFilter(FilterKey::Status, tr("Stat&us"), QStringLiteral("groupStatusFilter"));
    m_partnerFilter = addFacetFilter(FilterKey::Partner, tr("&Partner"), QStringLiteral("groupPartnerFilter"));
    // What the footer counts, as a filter: the groups without a co-pilot from another structure.
    m_coPilotFilter = addFacetFilter(FilterKey::Kind, tr("Co-pi&lot"), QStringLiteral("groupCoPilotFilter"));
    // Axis and theme titles are long: six filters keep the bar within 1366 px (French labels are
    // longer) as narrow combos, and show their choices whole when a combo is open.
    for (auto* combo :
         {m_territoryFilter, m_axisFilter, m_themeFilter, m_statusFilter, m_partnerFilter, m_coPilotFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // "Tous" whole; the three filters of short values narrower still.
        combo->setMinimumContentsLength(
            combo == m_statusFilter || combo == m_partnerFilter || combo == m_coPilotFilter ? 3 : 4);
        combo->setMaximumWidth(140);
        combo->view()->setMinimumWidth(360);
    }
    addNewButton(tr("&New working group"), tr("New working group"), QStringLiteral("addGroupButton"));
    auto* exportSheets = new QPushButton(tr("Export &sheets…"), this);
    m_exportButton = exportSheets;
    exportSheets->setObjectName(QStringLiteral("exportSheetsButton"));
    exportSheets->setToolTip(tr("Export the sheets of working groups, to send to their referents"));
    connect(exportSheets, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        SheetExportDialog dialog(m_document->database(), m_data, selectedUuid(), this);
        dialog.exec();
    });
    addToolButton(exportSheets);
    setUp(m_model, m_editor, tr("No working group for this edition"));
}

void GroupsSection::reloadRows()
{
    m_editor->setDocument(m_document);
    // An export is recorded in the database: not from a file open read-only, nor by a referent on a
    // server (the sheet exports are the coordinator's records).
    m_exportButton->setEnabled(m_document->mayChangeAll());
    m_data = loadEditionData(m_document->database(), m_editionId, ActionLoading::WithoutChildren);
    m_editor->setContext(m_data);
    showEditionRows(buildGroupRows(m_data), QStringLiteral("groups"), {220, 150, 130, 130, 60, 170, 70, 200, 160});
}

void GroupsSection::reloadFacets()
{
    QList<QPair<QString, qint64>> territories;
    for (const auto& territory : std::as_const(m_data.territories))
        territories.append({territory.name, territory.id});
    setFacetOptions(m_territoryFilter, territories);

    QList<QPair<QString, qint64>> axes;
    QList<QPair<QString, qint64>> themes;
    for (const auto& axis : std::as_const(m_data.axes)) {
        axes.append({QStringLiteral("%1 · %2").arg(axis.number).arg(axis.title), axis.id});
        for (const auto& theme : axis.themes)
            themes.append({themeLabel(axis, theme), theme.id});
    }
    setFacetOptions(m_axisFilter, axes);
    setFacetOptions(m_themeFilter, themes);

    QList<QPair<QString, qint64>> statuses;
    for (const GroupStatus status : enumValues<GroupStatus>())
        statuses.append({enumLabel(status), static_cast<int>(status)});
    setFacetOptions(m_statusFilter, statuses);

    QList<QPair<QString, qint64>> partners;
    for (const auto& partner : std::as_const(m_data.partners))
        partners.append({partner.displayName(), partner.id});
    std::sort(partners.begin(), partners.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    setFacetOptions(m_partnerFilter, partners);
    setFacetOptions(m_coPilotFilter, {{tr("with a co-pilot from another structure"), GroupWithCoPilot},
                                      {tr("without a co-pilot from another structure"), GroupWithoutCoPilot}});
}

std::optional<WorkingGroup> GroupsSection::shownItem(const QUuid& uuid) const
{
    const std::optional<WorkingGroup>& shown = m_editor->group();
    return shown && shown->uuid == uuid ? shown : std::nullopt;
}

void GroupsSection::showRecord(const QUuid& uuid)
{
    if (uuid.isNull() || !m_document) {
        m_editor->setGroup(std::nullopt);
        return;
    }
    m_editor->setGroup(WorkingGroupRepository(m_document->database()).findByUuid(uuid));
}

void GroupsSection::addItem()
{
    if (!m_document || m_document->isReadOnly() || m_editionId == NoId)
        return;
    if (m_data.territories.isEmpty()) {
        showError(tr("A working group needs a territory: add one in the Territories section first."));
        return;
    }
    WorkingGroup group;
    group.editionId = m_editionId;
    group.name = tr("New working group");
    // In the territory the list is filtered on, if any: that is where the user is working. A territorial
    // referent on a server works in her own territories (the server refuses a group outside them).
    const QVariant territory = m_territoryFilter->currentData();
    Id territoryId = territory.isValid() ? territory.toLongLong() : m_data.territories.first().id;
    if (const auto& rights = m_document->database().serverRights();
        !territory.isValid() && rights && rights->role == serverrights::Role::Referent) {
        for (const auto& candidate : std::as_const(m_data.territories)) {
            if (rights->territories.contains(candidate.name)) {
                territoryId = candidate.id;
                break;
            }
        }
    }
    group.territoryIds = {territoryId};
    insertAndSelect(group);
}

QString GroupsSection::footerText() const
{
    const int shown = proxy()->rowCount();
    const int total = m_model->rowCount();
    int withoutCoPilot = 0;
    forEachShownRow([&](const GroupRow& group) { withoutCoPilot += group.rule.isEmpty() ? 0 : 1; });
    const QString groups = shown == total ? tr("%n working group(s)", nullptr, total)
                                          : tr("%1 shown out of %n working group(s)", nullptr, total).arg(shown);
    return groups + QStringLiteral(" · ") + tr("%n without a co-pilot from another structure", nullptr, withoutCoPilot);
}

int GroupsSection::countRecords() const
{
    return WorkingGroupRepository(m_document->database()).countOfEdition(m_editionId);
}

} // namespace pacte
