// Every record carries a version (format 14, team mode): each write moves it, whoever writes; an edit
// on a server is refused when the record's version moved over values it read, and only then; an
// older server database is brought to the current format in place, by its owner only.
#include "common/catchqt.h"
#include "common/pgcluster.h"
#include "common/testutil.h"
#include "exchange/demodata.h"
#include "storage/changelog.h"
#include "storage/repository.h"
#include "storage/schema.h"
#include "storage/serverrights.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_record_version {

using namespace pacte;
using namespace pacte::test;

qint64 storedVersion(Database& db, const QString& table, Id id)
{
    SqlQuery query(db, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    query.bind(id).exec();
    REQUIRE(query.next());
    return query.id(0);
}

TEST_CASE("Every write of a record moves its version, whoever writes it", "[storage]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("demo.pacte")), true);
    ActionRepository actions(*db);
    Action action = actions.all().first();
    const qint64 read = action.version.number;
    CHECK(read >= 1);
    CHECK(storedVersion(*db, QStringLiteral("action"), action.id) == read);

    SECTION("an update moves it by one and gives the editor's copy the new version")
    {
        action.title += QStringLiteral(" (revu)");
        actions.update(action);
        CHECK(action.version.number == read + 1);
        CHECK(actions.find(action.id)->version.number == read + 1);
    }
    SECTION("a change of its children only moves it too, and an unchanged record keeps it")
    {
        REQUIRE_FALSE(action.indicators.isEmpty());
        action.indicators.first().name += QStringLiteral(" (précisé)");
        const Action unchanged = actions.all().at(1);
        QList<Action> items{action, unchanged};
        const qint64 otherRead = unchanged.version.number;
        actions.updateAll(items);
        CHECK(items[0].version.number == read + 1);
        CHECK(actions.find(action.id)->version.number == read + 1);
        CHECK(items[1].version.number == otherRead);
        CHECK(actions.find(items[1].id)->version.number == otherRead);
    }
    SECTION("a write of the row outside the repository moves it (the trigger)")
    {
        SqlQuery(*db, QStringLiteral("UPDATE action SET notes = 'écrit à la main' WHERE id = ?"))
            .bind(action.id)
            .exec();
        CHECK(storedVersion(*db, QStringLiteral("action"), action.id) == read + 1);
    }
    SECTION("a new record starts at 1")
    {
        Territory territory;
        territory.name = QStringLiteral("Nouveau bassin");
        TerritoryRepository(*db).insert(territory);
        CHECK(territory.version.number == 1);
        CHECK(TerritoryRepository(*db).find(territory.id)->version.number == 1);
    }
    // Records holding the same values are equal whatever their versions (undo compares values).
    Action other = *actions.find(action.id);
    other.version.number += 10;
    CHECK(other == *actions.find(action.id));
}

TEST_CASE("On a server, a moved version refuses an edit over changed values, and only then", "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    const QString url = PgCluster::instance().createDatabase();
    createDemoDatabase(url, QStringLiteral("admin")).reset();
    auto lea = Database::open(url, QStringLiteral("lea"));
    auto paul = Database::open(url, QStringLiteral("paul"));
    const Territory read = TerritoryRepository(*lea).all().first();

    SECTION("nobody wrote it since: the edit goes through")
    {
        Territory mine = read;
        mine.name = QStringLiteral("Nom de Léa");
        TerritoryRepository(*lea).update(mine, &read);
        CHECK(mine.version.number == read.version.number + 1);
    }
    SECTION("someone wrote other values since: refused, naming them")
    {
        Territory theirs = read;
        theirs.name = QStringLiteral("Nom de Paul");
        TerritoryRepository(*paul).update(theirs, &read);
        Territory mine = read;
        mine.name = QStringLiteral("Nom de Léa");
        try {
            TerritoryRepository(*lea).update(mine, &read);
            FAIL("an edit overwrote another person's change");
        } catch (const ConflictError& conflict) {
            CHECK(conflict.message().contains(QStringLiteral("Nom de Paul")));
        }
        CHECK(TerritoryRepository(*lea).find(read.id)->name == QStringLiteral("Nom de Paul"));
    }
    SECTION("raw SQL on the server moves the version: the edit made from the older read is refused")
    {
        SqlQuery(*paul, QStringLiteral("UPDATE territory SET name = 'Écrit en SQL' WHERE id = ?")).bind(read.id).exec();
        CHECK(storedVersion(*paul, QStringLiteral("territory"), read.id) == read.version.number + 1);
        Territory mine = read;
        mine.name = QStringLiteral("Nom de Léa");
        CHECK_THROWS_AS(TerritoryRepository(*lea).update(mine, &read), ConflictError);
        CHECK_THROWS_AS(TerritoryRepository(*lea).remove(read.id, &read), ConflictError);
    }
    SECTION("a version that moved over the same values is no conflict (a change undone since)")
    {
        Territory theirs = read;
        theirs.name = QStringLiteral("Nom de Paul");
        TerritoryRepository(*paul).update(theirs);
        theirs.name = read.name;
        TerritoryRepository(*paul).update(theirs);
        CHECK(theirs.version.number == read.version.number + 2);
        Territory mine = read;
        mine.name = QStringLiteral("Nom de Léa");
        TerritoryRepository(*lea).update(mine, &read);
        CHECK(TerritoryRepository(*paul).find(read.id)->name == QStringLiteral("Nom de Léa"));
    }
}

// Takes a current server database back to format 13, as Pacte's previous version made it: no version
// column nor its trigger.
void backToFormat13(Database& db)
{
    for (const char* table : {"territory", "edition", "axis", "target_public", "dispositif", "partner", "person",
                              "working_group", "action", "meeting", "evaluation", "group_evaluation", "local_pact"}) {
        const QString name = QString::fromLatin1(table);
        for (const QString& statement :
             {QStringLiteral("DROP TRIGGER %1_version ON %1"), QStringLiteral("DROP FUNCTION %1_version_fn()"),
              QStringLiteral("ALTER TABLE %1 DROP COLUMN version")}) {
            QSqlQuery query(db.connection());
            INFO(statement.arg(name).toStdString());
            REQUIRE(query.exec(statement.arg(name)));
        }
    }
    // The referents' check on new groups came with format 14's rights.
    for (const QString& statement :
         {QStringLiteral("DROP TRIGGER IF EXISTS pacte_rights_group_territory ON working_group"),
          QStringLiteral("DROP FUNCTION IF EXISTS pacte_rights.new_group_in_own_territory()")}) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(statement));
    }
    QSqlQuery meta(db.connection());
    REQUIRE(meta.exec(QStringLiteral("UPDATE meta SET value = '13' WHERE key = 'schema_version'")));
}

QString serverFormat(const QString& url)
{
    const auto result = PgCluster::instance().psql(
        PgCluster::databaseName(url), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return result.out.trimmed();
}

TEST_CASE("A server database of the previous format is updated in place by its owner, and only by her",
          "[storage][server]")
{
    PACTE_REQUIRE_POSTGRES();
    PgCluster& cluster = PgCluster::instance();
    const QString url = cluster.createDatabase();
    const QString base = PgCluster::databaseName(url);
    const QString lea = PgCluster::uniqueName(QStringLiteral("lea"));
    int actionCount = 0;
    {
        auto admin = createDemoDatabase(url, QStringLiteral("admin"));
        serverrights::install(*admin);
        serverrights::grant(*admin, lea, serverrights::Role::Coordinator, {});
        actionCount = ActionRepository(*admin).count();
        backToFormat13(*admin);
    }
    REQUIRE(serverFormat(url) == QStringLiteral("13"));

    // A coordinator who does not own the tables cannot update it: told whom to ask, nothing changed.
    try {
        Database::open(cluster.url(base, lea), QStringLiteral("lea"));
        FAIL("a user who does not own the tables updated the database");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("format de données 13")));
        CHECK(error.message().contains(QStringLiteral("pacte-cli check")));
        CHECK(error.message().contains(QStringLiteral("Rien n'a été modifié")));
    }
    CHECK(serverFormat(url) == QStringLiteral("13"));
    // Nor does a reading-only opening.
    CHECK_THROWS_AS(Database::open(url, QStringLiteral("admin"), Database::Access::ReadOnly), StorageError);
    CHECK(serverFormat(url) == QStringLiteral("13"));

    // A coordinator's reading command says the same, and changes nothing.
    const CliResult refused = runCli({QStringLiteral("check"), cluster.url(base, lea)});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("format de données 13")));
    CHECK(serverFormat(url) == QStringLiteral("13"));

    // Its owner's command (the administration guide's « pacte-cli check ») updates it: the data kept,
    // the versions there, the change logged.
    const CliResult checked = runCli({QStringLiteral("check"), url});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode != 2);
    CHECK(serverFormat(url) == QString::number(Database::SchemaVersion));
    auto owner = Database::open(url, QStringLiteral("admin"));
    CHECK(schema::compareWithFormat(owner->connection(), Database::SchemaVersion).isEmpty());
    CHECK(ActionRepository(*owner).count() == actionCount);
    Action action = ActionRepository(*owner).all().first();
    CHECK(action.version.number == 1);
    action.title += QStringLiteral(" (revu)");
    ActionRepository(*owner).update(action);
    CHECK(action.version.number == 2);
    // The rights were brought up to date too.
    CHECK(cluster
              .psql(base, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                         "'pacte_rights_group_territory'"))
              .out == QStringLiteral("1"));
    const auto history = ChangeLog(*owner).recent(50);
    CHECK(std::any_of(history.begin(), history.end(), [](const ChangeEntry& entry) {
        return entry.operation == QLatin1String("migration") && entry.oldValue == QLatin1String("13");
    }));
    owner.reset();
    // Now the others open it too.
    auto asLea = Database::open(cluster.url(base, lea), QStringLiteral("lea"));
    CHECK(ActionRepository(*asLea).find(action.id)->version.number == 2);
}

} // namespace pacte_test_storage_record_version
