#include "fundingrecords.h"

#include "children.h"
#include "domain/validation.h"
#include "labels.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <algorithm>

namespace pacte {

namespace {

QVariant dbCents(const std::optional<Cents>& cents)
{
    return cents ? QVariant(static_cast<qlonglong>(*cents)) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<Cents> optionalCents(const SqlQuery& query, const char* column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// An amount as the change log keeps it: "1234.5" euros, or "?" when unknown (never empty, never 0).
QString loggedCents(const std::optional<Cents>& cents)
{
    if (!cents)
        return QStringLiteral("?");
    const Cents rest = *cents % 100;
    return rest == 0 ? QString::number(*cents / 100)
                     : QStringLiteral("%1.%2").arg(*cents / 100).arg(rest, 2, 10, QLatin1Char('0'));
}

// The years of the edition the action's group belongs to.
std::optional<std::pair<int, int>> editionYears(Database& db, Id groupId)
{
    SqlQuery query(db, QStringLiteral("SELECT e.start_date, e.end_date FROM edition e JOIN working_group g ON "
                                      "g.edition_id = e.id WHERE g.id = ?"));
    query.bind(groupId).exec();
    if (!query.next())
        return std::nullopt;
    const QDate start = query.date(0);
    const QDate end = query.date(1);
    if (!start.isValid() || !end.isValid())
        return std::nullopt;
    return std::make_pair(start.year(), end.year());
}

} // namespace

QHash<Id, QList<FundingLine>> loadFundings(Database& db, const QString& owners, const QVariantList& binds)
{
    SqlQuery lineQuery(db, QStringLiteral("SELECT id, uuid, action_id, partner_id, fund, other_funder, scheme, "
                                          "reference, rate, notes FROM action_funding WHERE action_id IN (%1) "
                                          "ORDER BY action_id, position, id")
                               .arg(owners));
    lineQuery.bindAll(binds).exec();
    QHash<Id, QList<FundingLine>> lines;
    QHash<Id, QPair<Id, int>> lineSlots; // line id -> (action id, index)
    while (lineQuery.next()) {
        FundingLine line;
        line.id = lineQuery.id("id");
        line.uuid = lineQuery.uuid("uuid");
        line.partnerId = lineQuery.id("partner_id");
        const QString fund = lineQuery.text("fund");
        if (!fund.isEmpty())
            line.fund = enumFromCode<Fund>(fund).value_or(Fund::Other);
        line.otherFunder = lineQuery.text("other_funder");
        line.scheme = lineQuery.text("scheme");
        line.reference = lineQuery.text("reference");
        line.rate = lineQuery.optionalNumber("rate");
        line.notes = lineQuery.text("notes");
        auto& list = lines[lineQuery.id("action_id")];
        lineSlots.insert(line.id, {lineQuery.id("action_id"), static_cast<int>(list.size())});
        list.append(line);
    }
    if (lineSlots.isEmpty())
        return lines;
    SqlQuery amountQuery(db, QStringLiteral("SELECT funding_id, year, planned, committed, paid FROM "
                                            "action_funding_amount WHERE funding_id IN (SELECT id FROM "
                                            "action_funding WHERE action_id IN (%1)) ORDER BY funding_id, year")
                                 .arg(owners));
    amountQuery.bindAll(binds).exec();
    while (amountQuery.next()) {
        FundingAmount amount;
        amount.year = amountQuery.integer("year");
        amount.planned = optionalCents(amountQuery, "planned");
        amount.committed = optionalCents(amountQuery, "committed");
        amount.paid = optionalCents(amountQuery, "paid");
        const auto place = lineSlots.value(amountQuery.id("funding_id"));
        lines[place.first][place.second].amounts.append(amount);
    }
    return lines;
}

void saveFundings(Database& db, Action& action)
{
    if (!action.fundings.isEmpty()) {
        if (const auto years = editionYears(db, action.groupId)) {
            if (const FieldErrors errors = validateFundingYears(action, years->first, years->second); !errors.isEmpty())
                throw ValidationError(errors);
        }
    }
    QList<ChildRow> rows;
    int position = 0;
    for (auto& line : action.fundings) {
        rows.append({&line.id,
                     &line.uuid,
                     {position++, dbId(line.partnerId), line.fund ? QVariant(enumCode(*line.fund)) : QVariant(),
                      line.otherFunder, line.scheme, line.reference, dbNumber(line.rate), line.notes}});
    }
    syncChildren(db, QStringLiteral("action_funding"), QStringLiteral("action_id"), action.id,
                 {QStringLiteral("position"), QStringLiteral("partner_id"), QStringLiteral("fund"),
                  QStringLiteral("other_funder"), QStringLiteral("scheme"), QStringLiteral("reference"),
                  QStringLiteral("rate"), QStringLiteral("notes")},
                 rows);
    SqlQuery clear(db, QStringLiteral("DELETE FROM action_funding_amount WHERE funding_id = ?"));
    SqlQuery insert(db, QStringLiteral("INSERT INTO action_funding_amount (funding_id, year, planned, committed, "
                                       "paid) VALUES (?, ?, ?, ?, ?)"));
    for (auto& line : action.fundings) {
        std::stable_sort(line.amounts.begin(), line.amounts.end(),
                         [](const FundingAmount& a, const FundingAmount& b) { return a.year < b.year; });
        clear.bind(line.id).exec();
        for (const auto& amount : line.amounts)
            insert.bind(line.id)
                .bind(amount.year)
                .bind(dbCents(amount.planned))
                .bind(dbCents(amount.committed))
                .bind(dbCents(amount.paid))
                .exec();
    }
}

void appendFundingFields(FieldValues& fields, const Action& action, Labels& labels)
{
    QStringList funders;
    for (qsizetype i = 0; i < action.fundings.size(); ++i) {
        const auto& line = action.fundings.at(i);
        const QString funder =
            line.partnerId != NoId ? labels.name(Entity::Partner, line.partnerId)
            : line.fund ? (*line.fund == Fund::Other ? enumCode(*line.fund) + QStringLiteral(": ") + line.otherFunder
                                                     : enumCode(*line.fund))
                        : QString();
        funders << (funder.isEmpty() ? QStringLiteral("?") : funder);
        const QString prefix = QStringLiteral("fundings[%1].").arg(i + 1);
        fields.append({prefix + QStringLiteral("funder"), funder});
        fields.append({prefix + QStringLiteral("scheme"), line.scheme});
        fields.append({prefix + QStringLiteral("reference"), line.reference});
        fields.append({prefix + QStringLiteral("rate"), line.rate ? QString::number(*line.rate, 'g', 12) : QString()});
        fields.append({prefix + QStringLiteral("notes"), line.notes});
        for (const auto& amount : line.amounts)
            fields.append(
                {prefix + QStringLiteral("amounts[%1]").arg(amount.year),
                 QStringLiteral("%1 / %2 / %3")
                     .arg(loggedCents(amount.planned), loggedCents(amount.committed), loggedCents(amount.paid))});
    }
    fields.append({QStringLiteral("fundings"), funders.join(QStringLiteral(", "))});
}

} // namespace pacte
