// Rights enforced by the server (team mode, issue 14): a territorial referent's own connection changes
// her territories' actions and nothing else, in Pacte as in raw SQL; a reader reads; the change log
// names the database user.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "exchange/demodata.h"
#include "storage/changelog.h"
#include "storage/repository.h"
#include "storage/serverrights.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_server_rights {

using namespace pacte;
using namespace pacte::test;

// The id of an action whose group works in `territory` only when `inside`, in none of its territories
// otherwise.
Id actionOf(Database& db, const QString& territory, bool inside)
{
    SqlQuery query(db, QStringLiteral("SELECT a.id FROM action a WHERE %1 EXISTS (SELECT 1 FROM group_territory gt "
                                      "JOIN territory t ON t.id = gt.territory_id WHERE gt.group_id = a.group_id AND "
                                      "t.name = ?) ORDER BY a.id LIMIT 1")
                           .arg(inside ? QString() : QStringLiteral("NOT")));
    query.bind(territory).exec();
    REQUIRE(query.next());
    return query.id(0);
}

TEST_CASE("A server database without Pacte's rights gives its users no role, and the superuser coordinates",
          "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    const QString url = cluster.createDatabase();
    auto admin = createDemoDatabase(url, QStringLiteral("admin"));
    CHECK_FALSE(admin->serverRights().has_value());
    CHECK_FALSE(serverrights::userRights(*admin).has_value());
    serverrights::install(*admin);
    const auto rights = serverrights::userRights(*admin);
    REQUIRE(rights);
    CHECK(rights->role == serverrights::Role::Coordinator);
}

TEST_CASE("A referent's connection changes her territory's actions only, even in raw SQL", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    const QString url = cluster.createDatabase();
    const QString base = PgCluster::databaseName(url);
    const QString lea = PgCluster::uniqueName(QStringLiteral("lea"));
    const QString paul = PgCluster::uniqueName(QStringLiteral("paul"));
    Id own = NoId;
    Id other = NoId;
    {
        auto admin = createDemoDatabase(url, QStringLiteral("admin"));
        serverrights::install(*admin);
        serverrights::install(*admin); // again: brought up to date, nothing changes
        serverrights::grant(*admin, lea, serverrights::Role::Referent, {QStringLiteral("Étang de Thau")});
        serverrights::grant(*admin, paul, serverrights::Role::Reader, {});
        CHECK_THROWS_AS(serverrights::grant(*admin, lea, serverrights::Role::Referent, {QStringLiteral("Nulle part")}),
                        StorageError);
        own = actionOf(*admin, QStringLiteral("Étang de Thau"), true);
        other = actionOf(*admin, QStringLiteral("Étang de Thau"), false);
    }

    auto asLea = Database::open(cluster.url(base, lea), QStringLiteral("ignoré"));
    CHECK(asLea->userName() == lea);
    CHECK(serverrights::describeUser(*asLea) == serverrights::roleNames(base).referent);
    REQUIRE(asLea->serverRights());
    CHECK(asLea->serverRights()->role == serverrights::Role::Referent);
    CHECK(asLea->serverRights()->territories == QStringList{QStringLiteral("Étang de Thau")});
    CHECK_FALSE(asLea->isReadOnly());
    ActionRepository actions(*asLea);
    Action mine = *actions.find(own);
    mine.title += QStringLiteral(" (revu)");
    actions.update(mine);
    CHECK(actions.find(own)->title == mine.title);
    // The change log names the database user, whatever name the window was given.
    const auto history = ChangeLog(*asLea).forEntity(mine.uuid);
    CHECK(std::any_of(history.begin(), history.end(), [&](const ChangeEntry& entry) {
        return entry.userName == lea && entry.operation == QLatin1String("update");
    }));
    CHECK(std::none_of(history.begin(), history.end(),
                       [](const ChangeEntry& entry) { return entry.userName == QLatin1String("ignoré"); }));

    Action theirs = *actions.find(other);
    const QString title = theirs.title;
    theirs.title += QStringLiteral(" (modifié)");
    try {
        actions.update(theirs);
        FAIL("a referent changed another territory's action");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("rôle")));
    }
    CHECK(actions.find(other)->title == title);
    CHECK_THROWS_AS(actions.remove(other), StorageError);
    CHECK(actions.find(other).has_value());
    // Partners are the coordinator's.
    Partner partner = PartnerRepository(*asLea).all().first();
    partner.notes = QStringLiteral("note");
    CHECK_THROWS_AS(PartnerRepository(*asLea).update(partner), StorageError);

    // Raw SQL through her own connection: nothing written either.
    const auto raw = cluster.psql(base, QStringLiteral("UPDATE action SET title = 'x' WHERE id = %1").arg(other), lea);
    CHECK(raw.exitCode == 0);
    CHECK(cluster.psql(base, QStringLiteral("SELECT title FROM action WHERE id = %1").arg(other)).out == title);
    CHECK(cluster.psql(base, QStringLiteral("UPDATE partner SET notes = 'x'"), lea)
              .err.contains(QStringLiteral("permission denied")));
    CHECK(cluster.psql(base, QStringLiteral("DELETE FROM pacte_rights.referent_territory"), lea).exitCode != 0);
    CHECK(cluster
              .psql(base,
                    QStringLiteral("INSERT INTO change_log (changed_at, user_name, entity, entity_uuid, entity_label, "
                                   "operation, field, old_value, new_value, source) VALUES ('2026-01-01', 'claire', "
                                   "'action', '', '', 'update', '', '', '', 'editor')"),
                    lea)
              .err.contains(QStringLiteral("row-level security")));

    // A new working group in raw SQL: refused at commit unless it works in one of her territories.
    const QString newGroup = QStringLiteral("BEGIN; INSERT INTO working_group (uuid, edition_id, name, status) SELECT "
                                            "'%1', edition_id, 'Groupe %1', status FROM "
                                            "working_group LIMIT 1; %2 COMMIT;");
    const QString attach = QStringLiteral("INSERT INTO group_territory (group_id, territory_id) SELECT g.id, t.id FROM "
                                          "working_group g, territory t WHERE g.uuid = '%1' AND t.name = '%2';");
    const QString outside = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto orphan = cluster.psql(base, newGroup.arg(outside, QString()), lea);
    CHECK(orphan.exitCode != 0);
    CHECK(orphan.err.contains(QStringLiteral("one of her territories")));
    const auto elsewhere =
        cluster.psql(base, newGroup.arg(outside, attach.arg(outside, QStringLiteral("Biterrois"))), lea);
    CHECK(elsewhere.exitCode != 0);
    CHECK(cluster.psql(base, QStringLiteral("SELECT count(*) FROM working_group WHERE uuid = '%1'").arg(outside)).out ==
          QStringLiteral("0"));
    const QString inside = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto own_group =
        cluster.psql(base, newGroup.arg(inside, attach.arg(inside, QStringLiteral("Étang de Thau"))), lea);
    INFO(own_group.err.toStdString());
    CHECK(own_group.exitCode == 0);
    CHECK(cluster.psql(base, QStringLiteral("SELECT count(*) FROM working_group WHERE uuid = '%1'").arg(inside)).out ==
          QStringLiteral("1"));

    // A reader reads and writes nothing: her database is read-only, and says why in a server's words.
    auto asPaul = Database::open(cluster.url(base, paul), QStringLiteral("paul"));
    REQUIRE(asPaul->serverRights());
    CHECK(asPaul->serverRights()->role == serverrights::Role::Reader);
    CHECK(asPaul->serverRights()->territories.isEmpty());
    CHECK(asPaul->isReadOnly());
    try {
        asPaul->ensureWritable();
        FAIL("a reader's database is writable");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(asPaul->displayName()));
        CHECK(error.message().startsWith(
            QCoreApplication::translate("pacte::Database", "The %1 is open read-only").arg(asPaul->displayName())));
        CHECK(error.message().contains(
            QCoreApplication::translate("pacte::Database", "your role on the server lets you read it, not change it")));
    }
    Action read = *ActionRepository(*asPaul).find(own);
    CHECK(read.title == mine.title);
    read.title = QStringLiteral("lecture");
    CHECK_THROWS_AS(ActionRepository(*asPaul).update(read), StorageError);
}

} // namespace pacte_test_storage_server_rights
