#pragma once

#include "domain/entity.h"

#include <QObject>
#include <QUuid>

namespace pacte {

class Database;

// Other people's changes on a server database (team mode): the server's triggers announce every
// inserted, updated or deleted record (`LISTEN`/`NOTIFY`, channel "pacte_changes"), and the feed
// passes on those made by other connections, so that the open window refreshes the rows concerned
// within moments. Nothing on a file (one writer).
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Inserted, Updated, Removed };

    // Subscribes on `db`'s connection when it is a server's; the feed must not outlive `db`.
    explicit ChangeFeed(Database& db, QObject* parent = nullptr);
    ~ChangeFeed() override;
    bool isListening() const { return m_listening; }

    static constexpr const char* Channel = "pacte_changes";

signals:
    void recordChanged(pacte::Entity entity, const QUuid& uuid, pacte::ChangeFeed::Operation operation);

private:
    Database& m_db;
    bool m_listening = false;
};

} // namespace pacte
