// Partners (with the territories they cover and their signatures and deliberations) and persons
// (with their roles).
#include "children.h"
#include "commitmentrecords.h"
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

Deliberation readDeliberation(const SqlQuery& row)
{
    Deliberation d;
    d.body = row.text("body");
    d.meetingDate = row.date("meeting_date");
    d.convocationDate = row.date("convocation_date");
    d.actIdentifier = row.text("act_identifier");
    d.chair = row.text("chair");
    d.secretary = row.text("secretary");
    const auto count = [&row](const char* column) {
        const QVariant v = row.value(column);
        return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
    };
    d.quorum = count("quorum");
    d.present = count("present");
    d.proxies = count("proxies");
    d.voters = count("voters");
    d.inFavour = count("in_favour");
    d.against = count("against");
    d.abstentions = count("abstentions");
    d.notVoting = count("not_voting");
    d.publicationDate = row.date("publication_date");
    d.transmissionNumber = row.text("transmission_number");
    d.transmissionDate = row.date("transmission_date");
    return d;
}

// A figure of the vote as stored: NULL when unknown.
QVariant countValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

// A figure of the vote in the change log: "?" when unknown.
QString countText(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("?");
}

QVariantList deliberationValues(const Deliberation& d)
{
    return {d.body,
            dbDate(d.meetingDate),
            dbDate(d.convocationDate),
            d.actIdentifier,
            d.chair,
            d.secretary,
            countValue(d.quorum),
            countValue(d.present),
            countValue(d.proxies),
            countValue(d.voters),
            countValue(d.inFavour),
            countValue(d.against),
            countValue(d.abstentions),
            countValue(d.notVoting),
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

void RecordTraits<Partner>::read(Partner& item, const SqlQuery& row)
{
    item.name = row.text("name");
    item.acronym = row.text("acronym");
    item.category = enumFromCode<PartnerCategory>(row.text("category")).value_or(PartnerCategory::Other);
    item.notes = row.text("notes");
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
    QStringList names;
    for (const auto& entry : item.nameHistory)
        names << QStringLiteral("%1 (%2)").arg(entry.name, dateText(entry.effectiveFrom));
    fields.append({QStringLiteral("nameHistory"), names.join(QStringLiteral(", "))});
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
                               .arg(countText(d.quorum), countText(d.present), countText(d.proxies),
                                    countText(d.voters), countText(d.inFavour), countText(d.against),
                                    countText(d.abstentions), countText(d.notVoting))});
            // What the summary above leaves out, so that every change of the act is logged.
            fields.append({prefix + QStringLiteral("deliberation.convocationDate"), dateText(d.convocationDate)});
            fields.append({prefix + QStringLiteral("deliberation.chair"), d.chair});
            fields.append({prefix + QStringLiteral("deliberation.secretary"), d.secretary});
            fields.append({prefix + QStringLiteral("deliberation.publicationDate"), dateText(d.publicationDate)});
            fields.append({prefix + QStringLiteral("deliberation.transmissionNumber"), d.transmissionNumber});
            fields.append({prefix + QStringLiteral("deliberation.transmissionDate"), dateText(d.transmissionDate)});
        }
    }
    appendCommitmentFields(fields, item, labels);
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
        s.id = query.id("id");
        s.uuid = query.uuid("uuid");
        s.editionId = query.id("edition_id");
        s.status = enumFromCode<SignatureStatus>(query.text("status")).value_or(SignatureStatus::Pending);
        s.date = query.date("signed_on");
        s.signatoryName = query.text("signatory_name");
        s.signatoryFunction = query.text("signatory_function");
        if (!query.value("signature_id").isNull())
            s.deliberation = readDeliberation(query);
        signatures[query.id("partner_id")].append(s);
    }
    SqlQuery names(db, QStringLiteral("SELECT id, uuid, partner_id, name, effective_from FROM partner_name WHERE "
                                      "partner_id IN (%1) ORDER BY partner_id, effective_from, id")
                           .arg(owners));
    names.bindAll(binds).exec();
    QHash<Id, QList<PartnerName>> history;
    while (names.next()) {
        PartnerName entry;
        entry.id = names.id("id");
        entry.uuid = names.uuid("uuid");
        entry.name = names.text("name");
        entry.effectiveFrom = names.date("effective_from");
        history[names.id("partner_id")].append(entry);
    }
    const auto commitments = loadCommitments(db, owners, binds);
    for (auto& partner : items) {
        partner.commitments = commitments.value(partner.id);
        partner.territoryIds = territories.value(partner.id);
        partner.signatures = signatures.value(partner.id);
        partner.nameHistory = history.value(partner.id);
    }
}

void RecordTraits<Partner>::saveChildren(Database& db, Partner& item, const Partner* before)
{
    if (!before || before->territoryIds != item.territoryIds)
        replaceLinks(db, QStringLiteral("partner_territory"), QStringLiteral("partner_id"), item.id,
                     QStringLiteral("territory_id"), item.territoryIds);
    if (!before || before->nameHistory != item.nameHistory) {
        QList<ChildRow> names;
        for (auto& entry : item.nameHistory)
            names.append({&entry.id, &entry.uuid, {entry.name, dbDate(entry.effectiveFrom)}});
        syncChildren(db, QStringLiteral("partner_name"), QStringLiteral("partner_id"), item.id,
                     {QStringLiteral("name"), QStringLiteral("effective_from")}, names);
    }
    if (!before || before->commitments != item.commitments)
        saveCommitments(db, item);
    if (before && before->signatures == item.signatures)
        return;
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

void RecordTraits<Person>::read(Person& item, const SqlQuery& row)
{
    item.firstName = row.text("first_name");
    item.lastName = row.text("last_name");
    item.function = row.text("function");
    item.email = row.text("email");
    item.phone = row.text("phone");
    item.partnerId = row.id("partner_id");
    item.notes = row.text("notes");
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
        role.kind = enumFromCode<PersonRoleKind>(query.text("kind")).value_or(PersonRoleKind::PartnerReferent);
        role.territoryId = query.id("territory_id");
        roles[query.id("person_id")].append(role);
    }
    for (auto& person : items)
        person.roles = roles.value(person.id);
}

void RecordTraits<Person>::saveChildren(Database& db, Person& item, const Person* before)
{
    if (before && before->roles == item.roles)
        return;
    SqlQuery(db, QStringLiteral("DELETE FROM person_role WHERE person_id = ?")).bind(item.id).exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO person_role (person_id, kind, territory_id) VALUES (?, ?, ?)"));
    for (const auto& role : item.roles)
        insert.bind(item.id).bind(enumCode(role.kind)).bind(dbId(role.territoryId)).exec();
}

} // namespace pacte
