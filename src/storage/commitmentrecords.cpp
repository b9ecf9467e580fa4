// The partners' commitments to the pact (issue 20, point 3), saved with their partner.
#include "commitmentrecords.h"

#include "children.h"
#include "labels.h"
#include "links.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <algorithm>

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Validation)
};

const QString CommitmentTable = QStringLiteral("commitment");

struct LinkTable
{
    const char* table;
    const char* column;
    QList<Id> Commitment::*ids;
    // The edition of each linked record, by its id.
    const char* editionQuery;
};

const LinkTable linkTables[] = {
    {"commitment_axis", "axis_id", &Commitment::axisIds, "SELECT id, edition_id FROM axis WHERE id IN (%1)"},
    {"commitment_theme", "theme_id", &Commitment::themeIds,
     "SELECT t.id, a.edition_id FROM theme t JOIN axis a ON a.id = t.axis_id WHERE t.id IN (%1)"},
    {"commitment_action", "action_id", &Commitment::actionIds,
     "SELECT x.id, g.edition_id FROM action x JOIN working_group g ON g.id = x.group_id WHERE x.id IN (%1)"},
};

QString idList(const QList<Id>& ids)
{
    QStringList texts;
    for (Id id : ids)
        texts << QString::number(id);
    return texts.join(QStringLiteral(", "));
}

// Refuses the links of `commitment` that are not of its edition.
void checkLinks(Database& db, const Commitment& commitment)
{
    for (const auto& link : linkTables) {
        const QList<Id>& ids = commitment.*(link.ids);
        if (ids.isEmpty())
            continue;
        SqlQuery query(db, QString::fromLatin1(link.editionQuery).arg(idList(ids)));
        query.exec();
        QHash<Id, Id> editions;
        while (query.next())
            editions.insert(query.id(0), query.id(1));
        for (Id id : ids) {
            if (editions.value(id, NoId) == commitment.editionId)
                continue;
            const QString what = link.ids == &Commitment::axisIds    ? Tr::tr("an axis")
                                 : link.ids == &Commitment::themeIds ? Tr::tr("a theme")
                                                                     : Tr::tr("an action");
            throw ValidationError(
                {{QStringLiteral("commitments"),
                  editions.contains(id) ? Tr::tr("The commitment \"%1\" is linked to %2 of another edition of the "
                                                 "pact: link it only to the axes, themes and actions of its edition.")
                                              .arg(commitment.text.trimmed().left(60), what)
                                        : Tr::tr("The commitment \"%1\" is linked to %2 that no longer exists.")
                                              .arg(commitment.text.trimmed().left(60), what)}});
        }
    }
}

} // namespace

QHash<Id, QList<Commitment>> loadCommitments(Database& db, const QString& ownerSubquery, const QVariantList& binds)
{
    const QString ids = QStringLiteral("SELECT id FROM commitment WHERE partner_id IN (%1)").arg(ownerSubquery);
    QHash<Id, QHash<Id, QList<Id>>> links; // by link table index, then commitment id
    for (int i = 0; i < int(std::size(linkTables)); ++i)
        links[i] = loadLinks(db, QString::fromLatin1(linkTables[i].table), QStringLiteral("commitment_id"),
                             QString::fromLatin1(linkTables[i].column), ids, binds);
    SqlQuery query(db, QStringLiteral("SELECT id, uuid, partner_id, edition_id, text, provenance, provenance_source, "
                                      "provenance_note FROM commitment WHERE partner_id IN (%1) "
                                      "ORDER BY partner_id, position, id")
                           .arg(ownerSubquery));
    query.bindAll(binds).exec();
    QHash<Id, QList<Commitment>> commitments;
    while (query.next()) {
        Commitment c;
        c.id = query.id("id");
        c.uuid = query.uuid("uuid");
        c.editionId = query.id("edition_id");
        c.text = query.text("text");
        c.provenance.kind = enumFromCode<ProvenanceKind>(query.text("provenance")).value_or(ProvenanceKind::Entered);
        c.provenance.source = query.text("provenance_source");
        c.provenance.note = query.text("provenance_note");
        for (int i = 0; i < int(std::size(linkTables)); ++i)
            c.*(linkTables[i].ids) = links.value(i).value(c.id);
        commitments[query.id("partner_id")].append(c);
    }
    return commitments;
}

void saveCommitments(Database& db, Partner& partner)
{
    QList<ChildRow> rows;
    int position = 0;
    for (auto& c : partner.commitments) {
        for (const auto& link : linkTables) {
            QList<Id>& ids = c.*(link.ids);
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
        checkLinks(db, c);
        rows.append(
            {&c.id,
             &c.uuid,
             {c.editionId, ++position, c.text, enumCode(c.provenance.kind), c.provenance.source, c.provenance.note}});
    }
    syncChildren(db, CommitmentTable, QStringLiteral("partner_id"), partner.id,
                 {QStringLiteral("edition_id"), QStringLiteral("position"), QStringLiteral("text"),
                  QStringLiteral("provenance"), QStringLiteral("provenance_source"), QStringLiteral("provenance_note")},
                 rows);
    for (const auto& c : partner.commitments) {
        for (const auto& link : linkTables)
            replaceLinks(db, QString::fromLatin1(link.table), QStringLiteral("commitment_id"), c.id,
                         QString::fromLatin1(link.column), c.*(link.ids));
    }
}

void appendCommitmentFields(FieldValues& fields, const Partner& partner, Labels& labels)
{
    QHash<Id, int> numbers;
    for (const auto& c : partner.commitments) {
        const QString prefix = QStringLiteral("commitments[%1 · %2].")
                                   .arg(labels.name(Entity::Edition, c.editionId))
                                   .arg(++numbers[c.editionId]);
        fields.append({prefix + QStringLiteral("text"), c.text});
        fields.append({prefix + QStringLiteral("axes"), labels.names(Entity::Axis, c.axisIds)});
        fields.append({prefix + QStringLiteral("themes"), labels.names(Entity::Theme, c.themeIds)});
        fields.append({prefix + QStringLiteral("actions"), labels.names(Entity::Action, c.actionIds)});
        fields.append(
            {prefix + QStringLiteral("provenance"), c.provenance.isDefault() ? QString() : c.provenance.summary()});
    }
}

} // namespace pacte
