#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace pacte {

// Where a database on a PostgreSQL server is, as libpq's connection URI writes it:
//   postgresql://[user[:password]@][host][:port][/database][?param=value&...]
// The host may be a folder holding the server's Unix socket (written "%2Fvar%2Frun%2Fpostgresql" in
// the authority, or as the `host` parameter). Parameters Pacte does not read itself (sslmode,
// service, connect_timeout...) are handed to libpq as they are, so that its service file
// (~/.pg_service.conf) and password file (~/.pgpass) apply as in psql. A password written in the
// address is used for that connection only: Pacte never stores it (toString() leaves it out).
struct ServerAddress
{
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    // Other libpq parameters, "key=value" each.
    QStringList options;

    // Nothing when `text` is not a server address (a file path); `error` then says why when the text
    // starts like one ("postgresql://") but cannot be read.
    static std::optional<ServerAddress> parse(const QString& text, QString* error = nullptr);

    // The address without its password, as Pacte remembers and shows it.
    QString toString() const;
    // "base « pacte » sur serveur.cg34.fr" for messages and window titles.
    QString displayName() const;
    // libpq's options of the connection (QSqlDatabase::setConnectOptions), ';'-separated.
    QString connectOptions() const;
};

// Whether `location` names a server database rather than a file.
bool isServerLocation(const QString& location);

} // namespace pacte
