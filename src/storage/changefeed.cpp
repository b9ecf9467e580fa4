#include "changefeed.h"

#include "database.h"

#include <QSqlDriver>

namespace pacte {

ChangeFeed::ChangeFeed(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    if (!db.isServer())
        return;
    QSqlDriver* driver = db.connection().driver();
    m_listening = driver->subscribeToNotification(QLatin1String(Channel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                // Our own writes are announced by the editing layer already.
                if (name != QLatin1String(Channel) || source == QSqlDriver::SelfSource)
                    return;
                // "table:OPERATION:uuid", written by the triggers of postgres::notifyStatements().
                const QStringList parts = payload.toString().split(QLatin1Char(':'));
                if (parts.size() != 3)
                    return;
                const auto entity = entityFromCode(parts.at(0));
                const QUuid uuid = QUuid::fromString(parts.at(2));
                if (!entity || uuid.isNull())
                    return;
                const Operation operation = parts.at(1) == QLatin1String("INSERT")   ? Operation::Inserted
                                            : parts.at(1) == QLatin1String("DELETE") ? Operation::Removed
                                                                                     : Operation::Updated;
                emit recordChanged(*entity, uuid, operation);
            });
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(QLatin1String(Channel));
}

} // namespace pacte
