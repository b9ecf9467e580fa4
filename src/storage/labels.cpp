#include "labels.h"

#include "sqlquery.h"

namespace pacte {

namespace {

QString labelExpression(const QString& table)
{
    static const QHash<QString, QString> expressions{
        {QStringLiteral("person"), QStringLiteral("TRIM(first_name || ' ' || last_name)")},
        {QStringLiteral("axis"), QStringLiteral("title")},
        {QStringLiteral("edition"), QStringLiteral("title")},
        {QStringLiteral("action"), QStringLiteral("title")},
        {QStringLiteral("dispositif"), QStringLiteral("CASE WHEN acronym <> '' THEN acronym ELSE name END")},
    };
    return expressions.value(table, QStringLiteral("name"));
}

} // namespace

Labels::Labels(Database& db)
    : m_db(db)
{}

QString Labels::name(const QString& table, Id id)
{
    if (id == NoId)
        return {};
    auto& cache = m_cache[table];
    const auto it = cache.constFind(id);
    if (it != cache.cend())
        return it.value();
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(labelExpression(table), table));
    query.bind(id).exec();
    const QString label = query.next() ? query.text(0) : QStringLiteral("#%1").arg(id);
    cache.insert(id, label);
    return label;
}

QString Labels::names(const QString& table, const QList<Id>& ids)
{
    QStringList result;
    for (Id id : ids)
        result << name(table, id);
    return result.join(QStringLiteral(", "));
}

} // namespace pacte
