#pragma once

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

    QString name(const QString& table, Id id);
    QString names(const QString& table, const QList<Id>& ids);

private:
    Database& m_db;
    QHash<QString, QHash<Id, QString>> m_cache;
};

} // namespace pacte
