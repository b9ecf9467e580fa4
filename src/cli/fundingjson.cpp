#include "fundingjson.h"

#include <QJsonArray>

namespace pacte::cli {

namespace {

QJsonObject sumJson(const AmountSum& sum)
{
    return {{QStringLiteral("cents"), static_cast<qint64>(sum.total)},
            {QStringLiteral("known"), sum.known},
            {QStringLiteral("unknown"), sum.unknown}};
}

QJsonObject fundingSumJson(const FundingSum& sum)
{
    return {{QStringLiteral("planned"), sumJson(sum.planned)},
            {QStringLiteral("committed"), sumJson(sum.committed)},
            {QStringLiteral("paid"), sumJson(sum.paid)}};
}

QJsonArray rowsJson(const QList<FundingRow>& rows)
{
    QJsonArray array;
    for (const auto& row : rows) {
        QJsonObject object = fundingSumJson(row.sum);
        object.insert(QStringLiteral("key"), row.key);
        object.insert(QStringLiteral("label"), row.label);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject fundingTotalsJson(const FundingTotals& totals)
{
    return {{QStringLiteral("lines"), totals.lines},
            {QStringLiteral("actions"), totals.actions},
            {QStringLiteral("total"), fundingSumJson(totals.edition)},
            {QStringLiteral("byAxis"), rowsJson(totals.byAxis)},
            {QStringLiteral("byTerritory"), rowsJson(totals.byTerritory)},
            {QStringLiteral("territoriesOverlap"), totals.territoriesOverlap},
            {QStringLiteral("byFunder"), rowsJson(totals.byFunder)},
            {QStringLiteral("byYear"), rowsJson(totals.byYear)}};
}

} // namespace pacte::cli
