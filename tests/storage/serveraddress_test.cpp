// Server addresses (team mode, issue 14): libpq's URI forms, a socket folder, parameters handed to
// libpq, and what is refused; the password is never part of the address Pacte keeps.
#include "common/catchqt.h"
#include "storage/serveraddress.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_serveraddress {

using namespace pacte;

TEST_CASE("A server address is read as libpq writes it", "[storage][server]")
{
    const auto full =
        ServerAddress::parse(QStringLiteral("postgresql://coord:secret@pg.herault.fr:5433/pacte?sslmode=require"));
    REQUIRE(full.has_value());
    CHECK(full->host == QStringLiteral("pg.herault.fr"));
    CHECK(full->port == 5433);
    CHECK(full->database == QStringLiteral("pacte"));
    CHECK(full->user == QStringLiteral("coord"));
    CHECK(full->password == QStringLiteral("secret"));
    CHECK(full->options == QStringList{QStringLiteral("sslmode=require")});
    // Kept and shown without its password.
    CHECK(full->toString() == QStringLiteral("postgresql://coord@pg.herault.fr:5433/pacte?sslmode=require"));
    CHECK_FALSE(full->toString().contains(QStringLiteral("secret")));
    CHECK(full->displayName().contains(QStringLiteral("pg.herault.fr")));

    // A socket folder, written in the authority or as the host parameter, read the same.
    const auto socket = ServerAddress::parse(QStringLiteral("postgres://%2Fvar%2Frun%2Fpostgresql/pacte"));
    REQUIRE(socket.has_value());
    CHECK(socket->host == QStringLiteral("/var/run/postgresql"));
    const auto parameter =
        ServerAddress::parse(QStringLiteral("postgresql:///pacte?host=/var/run/postgresql&user=lea"));
    REQUIRE(parameter.has_value());
    CHECK(parameter->host == socket->host);
    CHECK(parameter->user == QStringLiteral("lea"));
    CHECK(ServerAddress::parse(parameter->toString())->host == QStringLiteral("/var/run/postgresql"));

    // A service of libpq's service file, handed over as it is.
    const auto service = ServerAddress::parse(QStringLiteral("postgresql:///?service=pacte-cd34"));
    REQUIRE(service.has_value());
    CHECK(service->connectOptions() == QStringLiteral("service=pacte-cd34"));
    // An IPv6 host.
    const auto ipv6 = ServerAddress::parse(QStringLiteral("postgresql://[::1]:5432/pacte"));
    REQUIRE(ipv6.has_value());
    CHECK(ipv6->host == QStringLiteral("::1"));
    CHECK(ipv6->port == 5432);
}

TEST_CASE("A file path is not a server address, and a bad address says why", "[storage][server]")
{
    CHECK_FALSE(isServerLocation(QStringLiteral("/home/lea/pacte.pacte")));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("pacte.pacte")).has_value());
    CHECK(isServerLocation(QStringLiteral("  postgresql://h/db")));
    QString error;
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h:port/db"), &error).has_value());
    CHECK(error.contains(QStringLiteral("port")));
    error.clear();
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h:70000/db"), &error).has_value());
    CHECK(error.contains(QStringLiteral("70000")));
    error.clear();
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h/db?options=a b"), &error).has_value());
    CHECK_FALSE(error.isEmpty());
}

} // namespace pacte_test_storage_serveraddress
