#pragma once

#include "domain/entity.h"
#include "domain/ids.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pacte {

class Database;

// Names of referenced records, for the change log ("Pilote : DDETS" rather than "Pilote : 12").
class Labels final
{
public:
    explicit Labels(Database& db);

    QString name(Entity entity, Id id);
    QString names(Entity entity, const QList<Id>& ids);

private:
    Database& m_db;
    QHash<Entity, QHash<Id, QString>> m_cache;
};

} // namespace pacte
