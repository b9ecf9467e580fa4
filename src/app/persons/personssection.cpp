#include "personssection.h"

#include "app/common/syncrows.h"
#include "personeditor.h"
#include "storage/repository.h"

#include <QCollator>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace pacte {

QList<PersonsSection::Column> PersonsSection::columns()
{
    return {{.header = tr("Last name"), .display = [](const PersonRow& r) { return QVariant(r.lastName); }},
            {.header = tr("First name"), .display = [](const PersonRow& r) { return QVariant(r.firstName); }},
            {.header = tr("Function"),
             .display = [](const PersonRow& r) { return QVariant(r.function); },
             .toolTip = [](const PersonRow& r) { return QVariant(r.function); }},
            {.header = tr("Partner"),
             .display = [](const PersonRow& r) { return QVariant(r.partner); },
             .toolTip = [](const PersonRow& r) { return QVariant(r.partnerName); }},
            {.header = tr("Roles"),
             .display = [](const PersonRow& r) { return QVariant(r.roles.join(QStringLiteral(", "))); },
             .toolTip = [](const PersonRow& r) { return QVariant(r.roles.join(QLatin1Char('\n'))); }},
            {.header = tr("E-mail"), .display = [](const PersonRow& r) { return QVariant(r.email); }},
            {.header = tr("Phone"), .display = [](const PersonRow& r) { return QVariant(r.phone); }}};
}

PersonsSection::PersonsSection(QWidget* parent)
    : RecordListSection(QStringLiteral("persons"), columns(), parent)
{
    setObjectName(QStringLiteral("personsSection"));
    m_editor = new PersonEditor(this);
    connect(m_editor, &PersonEditor::partnerRequested, this,
            [this](const QUuid& uuid) { emit openRequested(Entity::Partner, uuid); });
    m_partnerFilter = addFacetFilter(FilterKey::Partner, tr("Pa&rtner"), QStringLiteral("personPartnerFilter"));
    m_roleFilter = addFacetFilter(RoleFacet, tr("R&ole"), QStringLiteral("personRoleFilter"));
    m_territoryFilter =
        addFacetFilter(FilterKey::Territory, tr("Referent of &territory"), QStringLiteral("personTerritoryFilter"));
    addNewButton(tr("&New person"), tr("New person"), QStringLiteral("addPersonButton"));
    setUp(m_model, m_editor, tr("No person yet."));
}

void PersonsSection::applyDefaultColumns()
{
    // The list shares the width with the editor: long functions are elided (the tooltip has them),
    // and the phone, which the editor shows, is offered in the column menu.
    static const QList<int> widths{105, 85, 125, 70, 130, 125};
    for (int column = 0; column < widths.size(); ++column)
        tableView()->setColumnWidth(column, widths.at(column));
    tableView()->setColumnHidden(6, true);
}

void PersonsSection::reloadRows()
{
    m_editor->setDocument(m_document);
    // ListSection sizes the columns to their contents after the first load, unless the user's own
    // layout was saved: only then are the defaults applied over it.
    if (!m_columnsSet) {
        m_columnsSet = true;
        if (QSettings().value(QStringLiteral("sections/persons/header")).isNull())
            QTimer::singleShot(0, this, &PersonsSection::applyDefaultColumns);
    }
    Database& db = m_document->database();
    m_partners = PartnerRepository(db).all();
    m_territories = TerritoryRepository(db).all();
    m_editor->setContext(m_partners, m_territories);
    const QList<PersonRow> rows = buildPersonRows(PersonRepository(db).all(), m_partners, m_territories);
    // A selected person that went (deleted, insert undone): unselect it first, or the table would move
    // to a neighbour while the editor stays empty.
    const QUuid selected = selectedUuid();
    if (!selected.isNull() &&
        std::none_of(rows.cbegin(), rows.cend(), [&](const auto& r) { return r.uuid == selected; }))
        tableView()->selectionModel()->clear();
    // In place rather than reset: the selection survives edits and a change of edition.
    syncRows(*m_model, rows);
}

void PersonsSection::reloadFacets()
{
    QList<QPair<QString, qint64>> partners;
    for (const auto& partner : std::as_const(m_partners))
        partners.append({partner.displayName(), partner.id});
    QCollator collator;
    std::sort(partners.begin(), partners.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    partners.append({tr("No partner"), NoId});
    setFacetOptions(m_partnerFilter, partners);
    QList<QPair<QString, qint64>> roles;
    for (const auto kind : enumValues<PersonRoleKind>())
        roles.append({enumLabel(kind), static_cast<qint64>(kind)});
    roles.append({tr("No role"), NoRole});
    setFacetOptions(m_roleFilter, roles);
    QList<QPair<QString, qint64>> territories;
    for (const auto& territory : std::as_const(m_territories))
        territories.append({territory.name, territory.id});
    setFacetOptions(m_territoryFilter, territories);
}

std::optional<Person> PersonsSection::shownItem(const QUuid& uuid) const
{
    const std::optional<Person>& shown = m_editor->person();
    return shown && shown->uuid == uuid ? shown : std::nullopt;
}

void PersonsSection::showRecord(const QUuid& uuid)
{
    if (uuid.isNull() || !m_document) {
        m_editor->setPerson(std::nullopt);
        return;
    }
    m_editor->setPerson(PersonRepository(m_document->database()).findByUuid(uuid));
}

void PersonsSection::setEdition(Id editionId)
{
    RecordListSection::setEdition(editionId);
    // The rows are refreshed in place, so the selection survives: show the record as this edition sees it.
    showRecord(selectedUuid());
}

void PersonsSection::addItem()
{
    if (!m_document || !m_document->mayChange(Entity::Person) || !canAddItems())
        return;
    Person person;
    person.lastName = tr("New person");
    if (insertAndSelect(person))
        m_editor->selectName();
}

QString PersonsSection::footerText() const
{
    int referents = 0;
    forEachShownRow([&](const PersonRow& row) { referents += row.isReferent ? 1 : 0; });
    const int shown = proxy()->rowCount();
    const int total = m_model->rowCount();
    const QString persons =
        shown == total ? tr("%n person(s)", nullptr, total) : tr("%1 of %n person(s) shown", nullptr, total).arg(shown);
    return persons + QStringLiteral(" · ") + tr("%n PTI referent(s)", nullptr, referents);
}

int PersonsSection::countRecords() const
{
    return PersonRepository(m_document->database()).count();
}

} // namespace pacte
