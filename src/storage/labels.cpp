#include "labels.h"

#include "sqlquery.h"

namespace pacte {

namespace {

QString labelExpression(Entity entity)
{
    switch (entity) {
    case Entity::Person:
        return QStringLiteral("TRIM(first_name || ' ' || last_name)");
    case Entity::Axis:
    case Entity::Edition:
    case Entity::Action:
        return QStringLiteral("title");
    case Entity::Dispositif:
        return QStringLiteral("CASE WHEN acronym <> '' THEN acronym ELSE name END");
    default:
        return QStringLiteral("name");
    }
}

} // namespace

Labels::Labels(Database& db)
    : m_db(db)
{}

QString Labels::name(Entity entity, Id id)
{
    if (id == NoId)
        return {};
    auto& cache = m_cache[entity];
    const auto it = cache.constFind(id);
    if (it != cache.cend())
        return it.value();
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(labelExpression(entity), entityCode(entity)));
    query.bind(id).exec();
    const QString label = query.next() ? query.text(0) : QStringLiteral("#%1").arg(id);
    cache.insert(id, label);
    return label;
}

QString Labels::names(Entity entity, const QList<Id>& ids)
{
    QStringList result;
    for (Id id : ids)
        result << name(entity, id);
    return result.join(QStringLiteral(", "));
}

} // namespace pacte
