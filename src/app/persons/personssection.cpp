#include "personssection.h"

#include "app/common/deletionquestion.h"
#include "app/common/syncrows.h"
#include "editing/recordcommands.h"
#include "personeditor.h"
#include "storage/repository.h"

#include <QCollator>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace pacte {

PersonsSection::PersonsSection(QWidget* parent)
    : ListSection(QStringLiteral("persons"), parent)
{
    setObjectName(QStringLiteral("personsSection"));
    setProperty("entity", QStringLiteral("person"));
    using Model = ListTableModel<PersonRow>;
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    m_model = new Model({{tr("Last name"), [](const PersonRow& r) { return QVariant(r.lastName); }},
                         {tr("First name"), [](const PersonRow& r) { return QVariant(r.firstName); }},
                         {tr("Function"),
                          [](const PersonRow& r) { return QVariant(r.function); },
                          {},
                          left,
                          {},
                          [](const PersonRow& r) { return QVariant(r.function); }},
                         {tr("Partner"),
                          [](const PersonRow& r) { return QVariant(r.partner); },
                          {},
                          left,
                          {},
                          [](const PersonRow& r) { return QVariant(r.partnerName); }},
                         {tr("Roles"),
                          [](const PersonRow& r) { return QVariant(r.roles.join(QStringLiteral(", "))); },
                          {},
                          left,
                          {},
                          [](const PersonRow& r) { return QVariant(r.roles.join(QLatin1Char('\n'))); }},
                         {tr("E-mail"), [](const PersonRow& r) { return QVariant(r.email); }},
                         {tr("Phone"), [](const PersonRow& r) { return QVariant(r.phone); }}},
                        this);
    m_editor = new PersonEditor(this);
    connect(m_editor, &PersonEditor::partnerRequested, this,
            [this](const QUuid& uuid) { emit openRequested(QStringLiteral("partner"), uuid); });
    m_partnerFilter = addFacetFilter(FilterKey::Partner, tr("Pa&rtner"), QStringLiteral("personPartnerFilter"));
    m_roleFilter = addFacetFilter(RoleFacet, tr("R&ole"), QStringLiteral("personRoleFilter"));
    m_territoryFilter =
        addFacetFilter(FilterKey::Territory, tr("Referent of &territory"), QStringLiteral("personTerritoryFilter"));
    m_addButton = new QPushButton(tr("&New person"), this);
    m_addButton->setObjectName(QStringLiteral("addPersonButton"));
    m_addButton->setAccessibleName(tr("New person"));
    connect(m_addButton, &QPushButton::clicked, this, &PersonsSection::addItem);
    addToolButton(m_addButton);
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
    ListSection::setEdition(editionId);
    // The rows are refreshed in place, so the selection survives: show the record as this edition sees it.
    showRecord(selectedUuid());
    m_addButton->setEnabled(canAddItems());
}

void PersonsSection::addItem()
{
    if (!m_document || m_document->isReadOnly() || !canAddItems())
        return;
    Person person;
    person.lastName = tr("New person");
    if (insertAndSelect(person))
        m_editor->selectName();
}

QString PersonsSection::deleteQuestion(const QUuid& uuid)
{
    const auto person = PersonRepository(m_document->database()).findByUuid(uuid);
    return person
               ? deletionQuestion(m_document->database(), QStringLiteral("person"), person->id, person->displayName())
               : QString();
}

QString PersonsSection::deleteRecord(const QUuid& uuid)
{
    const auto person = PersonRepository(m_document->database()).findByUuid(uuid);
    if (!person)
        return {};
    return m_document->execute(std::make_unique<DeleteRecordCommand<Person>>(*m_document, *person));
}

bool PersonsSection::concerns(const QString& entity) const
{
    // Partners and territories name what the rows show.
    static const QStringList entities{QStringLiteral("person"), QStringLiteral("partner"), QStringLiteral("territory")};
    return entities.contains(entity);
}

QString PersonsSection::footerText() const
{
    int referents = 0;
    const int shown = proxy()->rowCount();
    for (int i = 0; i < shown; ++i) {
        const PersonRow* row = m_model->rowAt(proxy()->mapToSource(proxy()->index(i, 0)).row());
        referents += row && row->isReferent;
    }
    const int total = m_model->rowCount();
    const QString persons =
        shown == total ? tr("%n person(s)", nullptr, total) : tr("%1 of %n person(s) shown", nullptr, total).arg(shown);
    return persons + QStringLiteral(" · ") + tr("%n PTI referent(s)", nullptr, referents);
}

} // namespace pacte
