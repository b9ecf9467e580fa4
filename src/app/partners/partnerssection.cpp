#include "partnerssection.h"

#include "app/common/syncrows.h"
#include "partnereditor.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <QColor>
#include <QComboBox>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace pacte {

QList<PartnersSection::Column> PartnersSection::columns()
{
    const auto dim = [](const PartnerRow& r) { return r.signature ? QVariant() : QVariant(QColor(0x6b, 0x6b, 0x70)); };
    return {
        {.header = tr("Name"),
         .display = [](const PartnerRow& r) { return QVariant(r.name); },
         .toolTip = [](const PartnerRow& r) { return QVariant(r.name); }},
        {.header = tr("Acronym"), .display = [](const PartnerRow& r) { return QVariant(r.acronym); }},
        {.header = tr("Category"), .display = [](const PartnerRow& r) { return QVariant(enumLabel(r.category)); }},
        {.header = tr("Territories covered"),
         .display = [](const PartnerRow& r) { return QVariant(coveredTerritories(r)); },
         .toolTip = [](const PartnerRow& r) { return QVariant(coveredTerritories(r)); }},
        {.header = tr("Signature"),
         .display = [](const PartnerRow& r) { return QVariant(signatureLabel(r.signature)); },
         .foreground = dim},
        {.header = tr("Signed on"),
         .display = [](const PartnerRow& r) { return QVariant(QLocale().toString(r.signedOn, QLocale::ShortFormat)); },
         .sortKey = [](const PartnerRow& r) { return QVariant(r.signedOn); }},
        {.header = tr("PTI referents"),
         .display =
             [](const PartnerRow& r) {
                 return QVariant(r.referents.isEmpty() ? tr("none") : r.referents.join(QStringLiteral(", ")));
             },
         .foreground =
             [](const PartnerRow& r) {
                 if (r.missingReferent.isEmpty())
                     return QVariant();
                 return QVariant(r.missingReferentSeverity == Severity::Error ? QColor(0xa0, 0, 0)
                                                                              : QColor(0x8a, 0x5a, 0x00));
             },
         .toolTip =
             [](const PartnerRow& r) {
                 return r.missingReferent.isEmpty() ? QVariant() : QVariant(r.missingReferent);
             }}};
}

PartnersSection::PartnersSection(QWidget* parent)
    : RecordListSection(QStringLiteral("partners"), columns(), parent)
{
    setObjectName(QStringLiteral("partnersSection"));
    m_editor = new PartnerEditor(this);
    m_categoryFilter = addFacetFilter(FilterKey::Kind, tr("Ca&tegory"), QStringLiteral("partnerCategoryFilter"));
    m_territoryFilter =
        addFacetFilter(FilterKey::Territory, tr("Te&rritory"), QStringLiteral("partnerTerritoryFilter"));
    m_signatureFilter = addFacetFilter(FilterKey::Status, tr("Si&gnature"), QStringLiteral("partnerSignatureFilter"));
    addNewButton(tr("&New partner"), tr("New partner"), QStringLiteral("addPartnerButton"));
    connect(m_editor, &PartnerEditor::addReferentRequested, this, &PartnersSection::addReferent);
    setUp(m_model, m_editor, tr("No partner yet."));
}

void PartnersSection::applyDefaultColumns()
{
    // The list shares the width with the editor: long names are elided (the tooltip has them), and
    // the signature date, which the editor shows, is offered in the column menu.
    static const QList<int> widths{170, 65, 110, 110, 90, 80};
    for (int column = 0; column < widths.size(); ++column)
        tableView()->setColumnWidth(column, widths.at(column));
    tableView()->setColumnHidden(5, true);
}

void PartnersSection::reloadRows()
{
    m_editor->setDocument(m_document);
    // ListSection sizes the columns to their contents after the first load, unless the user's own
    // layout was saved: only then are the defaults applied over it.
    if (!m_columnsSet) {
        m_columnsSet = true;
        if (QSettings().value(QStringLiteral("sections/partners/header")).isNull())
            QTimer::singleShot(0, this, &PartnersSection::applyDefaultColumns);
    }
    const EditionData data = loadEditionData(m_document->database(), m_editionId, ActionLoading::None);
    m_edition = data.edition;
    m_territories = data.territories;
    m_editor->setContext(m_edition, m_territories);
    const QList<PartnerRow> rows = buildPartnerRows(data);
    // A selected partner that went (deleted, insert undone): unselect it first, or the table would move
    // to a neighbour while the editor stays empty.
    const QUuid selected = selectedUuid();
    if (!selected.isNull() &&
        std::none_of(rows.cbegin(), rows.cend(), [&](const auto& r) { return r.uuid == selected; }))
        tableView()->selectionModel()->clear();
    // In place rather than reset: the selection survives edits and a change of edition.
    syncRows(*m_model, rows);
}

void PartnersSection::reloadFacets()
{
    QList<QPair<QString, qint64>> categories;
    for (const auto category : enumValues<PartnerCategory>())
        categories.append({enumLabel(category), static_cast<qint64>(category)});
    setFacetOptions(m_categoryFilter, categories);
    QList<QPair<QString, qint64>> territories;
    for (const auto& territory : std::as_const(m_territories))
        territories.append({territory.name, territory.id});
    setFacetOptions(m_territoryFilter, territories);
    QList<QPair<QString, qint64>> statuses;
    for (const auto status : enumValues<SignatureStatus>())
        statuses.append({enumLabel(status), static_cast<qint64>(status)});
    statuses.append({signatureLabel(std::nullopt), NotSignatory});
    setFacetOptions(m_signatureFilter, statuses);
}

std::optional<Partner> PartnersSection::shownItem(const QUuid& uuid) const
{
    const std::optional<Partner>& shown = m_editor->partner();
    return shown && shown->uuid == uuid ? shown : std::nullopt;
}

void PartnersSection::showRecord(const QUuid& uuid)
{
    const PartnerRow* row = m_model->rowAt(m_model->rowOf(uuid));
    if (uuid.isNull() || !m_document || !row) {
        m_editor->setPartner(std::nullopt, {}, {}, Severity::Error);
        return;
    }
    m_editor->setPartner(PartnerRepository(m_document->database()).findByUuid(uuid), row->referents,
                         row->missingReferent, row->missingReferentSeverity);
}

void PartnersSection::setEdition(Id editionId)
{
    RecordListSection::setEdition(editionId);
    // The rows are refreshed in place, so the selection survives: show the record as this edition sees it.
    showRecord(selectedUuid());
}

void PartnersSection::addItem()
{
    if (!m_document || !m_document->mayChange(Entity::Partner) || !canAddItems())
        return;
    Partner partner;
    partner.name = tr("New partner");
    if (insertAndSelect(partner))
        m_editor->selectName();
}

void PartnersSection::addReferent()
{
    const auto partner = PartnerRepository(m_document->database()).findByUuid(selectedUuid());
    if (!partner || !m_document->mayChange(Entity::Partner))
        return;
    Person person;
    person.lastName = tr("New referent");
    person.partnerId = partner->id;
    person.roles = {PersonRole{PersonRoleKind::PartnerReferent, NoId}};
    const ItemResult<Person> added = edit::add(*m_document, person);
    if (!added) {
        showError(added.message);
        return;
    }
    // Opened in the Persons section, to be named.
    emit openRequested(Entity::Person, added.item.uuid);
}

QString PartnersSection::footerText() const
{
    int signatories = 0; // expected to sign, or signed
    int signedUp = 0;
    int withoutReferent = 0;
    forEachShownRow([&](const PartnerRow& row) {
        signatories += row.signature && *row.signature != SignatureStatus::Declined;
        signedUp += row.signature && *row.signature == SignatureStatus::Signed;
        withoutReferent += !row.missingReferent.isEmpty();
    });
    const int shown = proxy()->rowCount();
    const int total = m_model->rowCount();
    const QString partners = shown == total ? tr("%n partner(s)", nullptr, total)
                                            : tr("%1 of %n partner(s) shown", nullptr, total).arg(shown);
    if (m_editionId == NoId)
        return partners;
    // Partners whose signature is still expected have not signed: they are not called signatories.
    QStringList parts{partners};
    if (signedUp == signatories)
        parts << tr("%n signatory(ies) of %1", nullptr, signatories).arg(m_edition.title);
    else
        parts << tr("%n partner(s) expected to sign %1", nullptr, signatories).arg(m_edition.title)
              << tr("%n signature(s) recorded", nullptr, signedUp);
    parts << tr("%n without referent", nullptr, withoutReferent);
    return parts.join(QStringLiteral(" · "));
}

int PartnersSection::countRecords() const
{
    return PartnerRepository(m_document->database()).count();
}

} // namespace pacte
