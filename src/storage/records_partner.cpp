// Partners (with the territories they cover and their signatures and deliberations) and persons
// (with their roles).
#include "children.h"
#include "labels.h"
#include "links.h"
#include "records.h"
#include "sqlquery.h"

#include <QCoreApplication>

namespace pacte {

namespace {

QString subquery(const QString& table, const QString& condition)
{
    return QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, condition);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const QStringList deliberationColumns{QStringLiteral("body"),
                                      QStringLiteral("meeting_date"),
                                      QStringLiteral("convocation_date"),
                                      QStringLiteral("act_identifier"),
                                      QStringLiteral("chair"),
                                      QStringLiteral("secretary"),
                                      QStringLiteral("quorum"),
                                      QStringLiteral("present"),
                                      QStringLiteral("proxies"),
                                      QStringLiteral("voters"),
                                      QStringLiteral("in_favour"),
                                      QStringLiteral("against"),
                                      QStringLiteral("abstentions"),
                                      QStringLiteral("not_voting"),
                                      QStringLiteral("publication_date"),
                                      QStringLiteral("transmission_number"),
                                      QStringLiteral("transmission_date")};

Deliberation readDeliberation(const SqlQuery& row, int first)
{
    Deliberation d;
    d.body = row.text(first);
    d.meetingDate = row.date(first + 1);
    d.convocationDate = row.date(first + 2);
    d.actIdentifier = row.text(first + 3);
    d.chair = row.text(first + 4);
    d.secretary = row.text(first + 5);
    d.quorum = row.integer(first + 6);
    d.present = row.integer(first + 7);
    d.proxies = row.integer(first + 8);
    d.voters = row.integer(first + 9);
    d.inFavour = row.integer(first + 10);
    d.against = row.integer(first + 11);
    d.abstentions = row.integer(first + 12);
    d.notVoting = row.integer(first + 13);
    d.publicationDate = row.date(first + 14);
    d.transmissionNumber = row.text(first + 15);
    d.transmissionDate = row.date(first + 16);
    return d;
}

QVariantList deliberationValues(const Deliberation& d)
{
    return {d.body,
            dbDate(d.meetingDate),
            dbDate(d.convocationDate),
            d.actIdentifier,
            d.chair,
            d.secretary,
            d.quorum,
            d.present,
            d.proxies,
            d.voters,
            d.inFavour,
            d.against,
            d.abstentions,
            d.notVoting,
            dbDate(d.publicationDate),
            d.transmissionNumber,
            dbDate(d.transmissionDate)};
}

} // namespace

// --- Partner ---------------------------------------------------------------------------------------
const char* const RecordTraits<Partner>::table = "partner";
const char* const RecordTraits<Partner>::orderBy = "id";

QStringList RecordTraits<Partner>::columns()
{
    return {QStringLiteral("name"), QStringLiteral("acronym"), QStringLiteral("category"), QStringLiteral("notes")};
}

void RecordTraits<Partner>::read(Partner& item, const SqlQuery& row, int first)
{
    item.name = row.text(first);
    item.acronym = row.text(first + 1);
    item.category = enumFromCode<PartnerCategory>(row.text(first + 2)).value_or(PartnerCategory::Other);
    item.notes = row.text(first + 3);
}

QVariantList RecordTraits<Partner>::values(const Partner& item)
{
    return {item.name, item.acronym, enumCode(item.category), item.notes};
}

QString RecordTraits<Partner>::label(const Partner& item)
{
    return item.name;
}

FieldValues RecordTraits<Partner>::fields(const Partner& item, Labels& labels)
{
    FieldValues fields{{QStringLiteral("name"), item.name},
                       {QStringLiteral("acronym"), item.acronym},
                       {QStringLiteral("category"), enumCode(item.category)},
                       {QStringLiteral("territories"), labels.names(Entity::Territory, item.territoryIds)},
                       {QStringLiteral("notes"), item.notes}};
    for (const auto& s : item.signatures) {
        const QString prefix = QStringLiteral("signatures[%1].").arg(labels.name(Entity::Edition, s.editionId));
        fields.append({prefix + QStringLiteral("status"), enumCode(s.status)});
        fields.append({prefix + QStringLiteral("date"), dateText(s.date)});
        fields.append({prefix + QStringLiteral("signatory"), s.signatoryName});
        fields.append({prefix + QStringLiteral("signatoryFunction"), s.signatoryFunction});
        if (s.deliberation) {
            const auto& d = *s.deliberation;
            fields.append({prefix + QStringLiteral("deliberation"),
                           QCoreApplication::translate("pacte::Records",
                                                       "%1 of %2, %3; quorum %4, present %5, proxies %6, voters "
                                                       "%7, for %8, against %9, abstentions %10, not voting %11")
                               .arg(d.body, dateText(d.meetingDate), d.actIdentifier)
                               .arg(d.quorum)
                               .arg(d.present)
                               .arg(d.proxies)
                               .arg(d.voters)
                               .arg(d.inFavour)
                               .arg(d.against)
                               .arg(d.abstentions)
                               .arg(d.notVoting)});
            // What the summary above leaves out, so that every change of the act is logged.
            fields.append({prefix + QStringLiteral("deliberation.convocationDate"), dateText(d.convocationDate)});
            fields.append({prefix + QStringLiteral("deliberation.chair"), d.chair});
            fields.append({prefix + QStringLiteral("deliberation.secretary"), d.secretary});
            fields.append({prefix + QStringLiteral("deliberation.publicationDate"), dateText(d.publicationDate)});
            fields.append({prefix + QStringLiteral("deliberation.transmissionNumber"), d.transmissionNumber});
            fields.append({prefix + QStringLiteral("deliberation.transmissionDate"), dateText(d.transmissionDate)});
        }
    }
    return fields;
}

void RecordTraits<Partner>::loadChildren(Database& db, QList<Partner>& items, const QString& condition,
                                         const QVariantList& binds)
{
    const QString owners = subquery(QStringLiteral("partner"), condition);
    const auto territories = loadLinks(db, QStringLiteral("partner_territory"), QStringLiteral("partner_id"),
                                       QStringLiteral("territory_id"), owners, binds);
    SqlQuery query(db, QStringLiteral("SELECT s.id, s.uuid, s.partner_id, s.edition_id, s.status, s.signed_on, "
                                      "s.signatory_name, s.signatory_function, d.signature_id, d.%1 "
                                      "FROM signature s LEFT JOIN deliberation d ON d.signature_id = s.id "
                                      "WHERE s.partner_id IN (%2) ORDER BY s.partner_id, s.id")
                           .arg(deliberationColumns.join(QStringLiteral(", d.")), owners));
    query.bindAll(binds).exec();
    QHash<Id, QList<Signature>> signatures;
    while (query.next()) {
        Signature s;
        s.id = query.id(0);
        s.uuid = query.uuid(1);
        s.editionId = query.id(3);
        s.status = enumFromCode<SignatureStatus>(query.text(4)).value_or(SignatureStatus::Pending);
        s.date = query.date(5);
        s.signatoryName = query.text(6);
        s.signatoryFunction = query.text(7);
        if (!query.value(8).isNull())
            s.deliberation = readDeliberation(query, 9);
        signatures[query.id(2)].append(s);
    }
    for (auto& partner : items) {
        partner.territoryIds = territories.value(partner.id);
        partner.signatures = signatures.value(partner.id);
    }
}

void RecordTraits<Partner>::saveChildren(Database& db, Partner& item)
{
    replaceLinks(db, QStringLiteral("partner_territory"), QStringLiteral("partner_id"), item.id,
                 QStringLiteral("territory_id"), item.territoryIds);
    QList<ChildRow> rows;
    for (auto& s : item.signatures)
        rows.append(
            {&s.id, &s.uuid, {s.editionId, enumCode(s.status), dbDate(s.date), s.signatoryName, s.signatoryFunction}});
    syncChildren(db, QStringLiteral("signature"), QStringLiteral("partner_id"), item.id,
                 {QStringLiteral("edition_id"), QStringLiteral("status"), QStringLiteral("signed_on"),
                  QStringLiteral("signatory_name"), QStringLiteral("signatory_function")},
                 rows);
    const QString placeholders =
        QStringList(deliberationColumns.size() + 1, QStringLiteral("?")).join(QStringLiteral(", "));
    SqlQuery remove(db, QStringLiteral("DELETE FROM deliberation WHERE signature_id = ?"));
    SqlQuery insert(db, QStringLiteral("INSERT INTO deliberation (signature_id, %1) VALUES (%2)")
                            .arg(deliberationColumns.join(QStringLiteral(", ")), placeholders));
    for (const auto& s : item.signatures) {
        remove.bind(s.id).exec();
        if (s.deliberation)
            insert.bind(s.id).bindAll(deliberationValues(*s.deliberation)).exec();
    }
}

// --- Person ----------------------------------------------------------------------------------------
const char* const RecordTraits<Person>::table = "person";
const char* const RecordTraits<Person>::orderBy = "last_name, first_name, id";

QStringList RecordTraits<Person>::columns()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("function"),
            QStringLiteral("email"),      QStringLiteral("phone"),     QStringLiteral("partner_id"),
            QStringLiteral("notes")};
}

void RecordTraits<Person>::read(Person& item, const SqlQuery& row, int first)
{
    item.firstName = row.text(first);
    item.lastName = row.text(first + 1);
    item.function = row.text(first + 2);
    item.email = row.text(first + 3);
    item.phone = row.text(first + 4);
    item.partnerId = row.id(first + 5);
    item.notes = row.text(first + 6);
}

QVariantList RecordTraits<Person>::values(const Person& item)
{
    return {item.firstName, item.lastName, item.function, item.email, item.phone, dbId(item.partnerId), item.notes};
}

QString RecordTraits<Person>::label(const Person& item)
{
    return item.displayName();
}

FieldValues RecordTraits<Person>::fields(const Person& item, Labels& labels)
{
    QStringList roles;
    for (const auto& role : item.roles) {
        roles << (role.territoryId == NoId
                      ? enumCode(role.kind)
                      : QStringLiteral("%1 (%2)").arg(enumCode(role.kind),
                                                      labels.name(Entity::Territory, role.territoryId)));
    }
    return {{QStringLiteral("firstName"), item.firstName},
            {QStringLiteral("lastName"), item.lastName},
            {QStringLiteral("function"), item.function},
            {QStringLiteral("email"), item.email},
            {QStringLiteral("phone"), item.phone},
            {QStringLiteral("partner"), labels.name(Entity::Partner, item.partnerId)},
            {QStringLiteral("roles"), roles.join(QStringLiteral(", "))},
            {QStringLiteral("notes"), item.notes}};
}

void RecordTraits<Person>::loadChildren(Database& db, QList<Person>& items, const QString& condition,
                                        const QVariantList& binds)
{
    SqlQuery query(db, QStringLiteral("SELECT person_id, kind, territory_id FROM person_role WHERE person_id IN (%1) "
                                      "ORDER BY person_id, id")
                           .arg(subquery(QStringLiteral("person"), condition)));
    query.bindAll(binds).exec();
    QHash<Id, QList<PersonRole>> roles;
    while (query.next()) {
        PersonRole role;
        role.kind = enumFromCode<PersonRoleKind>(query.text(1)).value_or(PersonRoleKind::PartnerReferent);
        role.territoryId = query.id(2);
        roles[query.id(0)].append(role);
    }
    for (auto& person : items)
        person.roles = roles.value(person.id);
}

void RecordTraits<Person>::saveChildren(Database& db, Person& item)
{
    SqlQuery(db, QStringLiteral("DELETE FROM person_role WHERE person_id = ?")).bind(item.id).exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO person_role (person_id, kind, territory_id) VALUES (?, ?, ?)"));
    for (const auto& role : item.roles)
        insert.bind(item.id).bind(enumCode(role.kind)).bind(dbId(role.territoryId)).exec();
}

} // namespace pacte
