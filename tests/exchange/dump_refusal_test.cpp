// importDump() refuses bad files (tests/data/dumps/bad/*.json) with an InputError naming the JSON
// path of the first problem, and leaves the target database exactly as it was.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "exchange/inputerror.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>
#include <optional>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_dump_refusal_test {

using namespace pacte;
using namespace pacte::test;

namespace {

QByteArray dumpFile(const QString& name)
{
    const QByteArray bytes = fileBytes(testDataPath(QStringLiteral("dumps/") + name));
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

std::optional<InputError> importError(Database& db, const QByteArray& bytes)
{
    try {
        importDump(db, bytes);
    } catch (const InputError& error) {
        return error;
    }
    return std::nullopt;
}

int recordCount(Database& db)
{
    return TerritoryRepository(db).count() + TargetPublicRepository(db).count() + DispositifRepository(db).count() +
           PartnerRepository(db).count() + PersonRepository(db).count() + EditionRepository(db).count() +
           AxisRepository(db).count() + WorkingGroupRepository(db).count() + ActionRepository(db).count() +
           MeetingRepository(db).count() + EvaluationRepository(db).count();
}

struct Refusal
{
    const char* file;
    const char* path; // the JSON path the error must name
};

const Refusal refusals[] = {
    {"truncated.json", ""},
    {"number-too-large.json", ""},
    {"not-an-object.json", ""},
    {"wrong-format.json", "format"},
    {"newer-version.json", "formatVersion"},
    {"unknown-key.json", "editions[0].titel"},
    {"missing-title.json", "editions[0].title"},
    {"headcount-text.json", "editions[0].meetings[1].headCount"},
    {"invalid-date.json", "editions[0].signatures[0].deliberation.meetingDate"},
    {"duplicate-uuid.json", "territories[2].uuid"},
    {"duplicate-uuid-across-kinds.json", "partners[1].uuid"},
    {"unknown-reference.json", "editions[0].actions[1].group"},
    {"wrong-kind-reference.json", "editions[0].groups[2].pilot"},
    {"axis-of-other-edition.json", "editions[1].groups[0].axis"},
    {"theme-of-other-axis.json", "editions[0].groups[0].theme"},
    {"bad-enum.json", "editions[0].actions[0].status"},
    {"end-before-start.json", "editions[0].endDate"},
    {"action-end-before-start.json", "editions[0].actions[0].endDate"},
    {"predecessor-loop.json", "editions"},
    {"own-predecessor.json", "editions[0].predecessor"},
    {"duplicate-title.json", "editions[1].title"},
    {"bad-email.json", "persons[1].email"},
    {"local-committee-without-territory.json", "editions[0].meetings[1].territory"},
    {"group-without-territory.json", "editions[0].groups[0].territories"},
    {"measurement-without-value.json", "editions[0].actions[0].indicators[0].measurements[1].value"},
    // An unknown value (null) came with format 7.
    {"measurement-null-value-format6.json", "editions[0].actions[0].indicators[0].measurements[1].value"},
    {"continues-unknown.json", "editions[0].actions[0].continues"},
    {"commitment-unknown-action.json", "editions[0].commitments[0].actions[0]"},
    {"continues-loop.json", "editions"},
    {"renewal-negative-count.json", "editions[0].renewal.axes"},
    {"declared-zero.json", "editions[0].declared.signatories.value"},
    {"declared-without-quote.json", "editions[0].declared.signatories.quote"},
    {"rule-unknown.json", "editions[0].rules[1].rule"},
    {"rule-bad-severity.json", "editions[0].rules[0].severity"},
    {"provenance-unknown-record.json", "provenance[1].uuid"},
    {"provenance-bad-kind.json", "provenance[0].kind"},
    {"provenance-wrong-entity.json", "provenance[0].uuid"},
    {"provenance-twice.json", "provenance[1].uuid"},
    {"duplicate-key.json", "partners[0].notes"}, // the first value was silently dropped (issue 23)
};

} // namespace

TEST_CASE("the good test dumps are accepted", "[exchange][dump]")
{
    for (const char* name : {"good/minimal.json", "good/full.json"}) {
        DYNAMIC_SECTION(name)
        {
            TempDir dir;
            auto db = createDatabase(dir.path(QStringLiteral("cible.pacte")));
            importDump(*db, dumpFile(QString::fromLatin1(name)));
            CHECK(EditionRepository(*db).count() > 0);
            CHECK(TerritoryRepository(*db).count() == 2);
        }
    }
}

TEST_CASE("a reference repeated in a list is kept once", "[exchange][dump]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("cible.pacte")));
    importDump(*db, dumpFile(QStringLiteral("good/duplicate-territory-in-group.json")));
    const auto groups = WorkingGroupRepository(*db).all();
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().territoryIds == QList<Id>{TerritoryRepository(*db).all().first().id});
}

TEST_CASE("bad dumps are refused with their JSON path and nothing is written", "[exchange][dump]")
{
    for (const Refusal& refusal : refusals) {
        DYNAMIC_SECTION(refusal.file)
        {
            TempDir dir;
            const QString path = dir.path(QStringLiteral("cible.pacte"));
            auto db = createDatabase(path);
            const QByteArray before = fileBytes(path);
            REQUIRE_FALSE(before.isEmpty());

            const auto error = importError(*db, dumpFile(QStringLiteral("bad/") + QString::fromLatin1(refusal.file)));
            REQUIRE(error.has_value());
            CHECK(error->path() == QString::fromLatin1(refusal.path));
            CHECK_FALSE(error->message().isEmpty());
            CHECK(error->message().startsWith(error->path()));
            CHECK(QString::fromUtf8(error->what()) == error->message());

            CHECK(recordCount(*db) == 0);
            CHECK(fileBytes(path) == before);
            db.reset();
            CHECK(fileBytes(path) == before);

            // The refused import left no transaction behind: a good dump still goes in.
            db = Database::open(path, QStringLiteral("testeur"));
            importDump(*db, dumpFile(QStringLiteral("good/minimal.json")));
            CHECK(EditionRepository(*db).count() == 1);
            CHECK(ActionRepository(*db).count() == 1);
        }
    }
}

TEST_CASE("a bad enum code names the accepted codes", "[exchange][dump]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("cible.pacte")));
    const auto error = importError(*db, dumpFile(QStringLiteral("bad/bad-enum.json")));
    REQUIRE(error.has_value());
    CHECK(error->message().contains(QStringLiteral("en-cours")));
    CHECK(error->message().contains(QStringLiteral("en_cours")));
    CHECK(error->message().contains(QStringLiteral("en_fonctionnement")));
}

TEST_CASE("a dump is only read into an empty database", "[exchange][dump]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    auto db = createDatabase(path, true);
    const int records = recordCount(*db);
    REQUIRE(records > 0);
    const QByteArray before = fileBytes(path);

    CHECK_THROWS_AS(importDump(*db, dumpFile(QStringLiteral("good/minimal.json"))), StorageError);
    CHECK(recordCount(*db) == records);
    CHECK(fileBytes(path) == before);
    db.reset();
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a database holding only people or reference lists is not empty either", "[exchange][dump]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cible.pacte"));
    auto db = createDatabase(path);
    SECTION("a person")
    {
        Person person;
        person.lastName = QStringLiteral("FABRE");
        PersonRepository(*db).insert(person);
    }
    SECTION("a dispositif")
    {
        Dispositif dispositif;
        dispositif.acronym = QStringLiteral("PDI");
        DispositifRepository(*db).insert(dispositif);
    }
    SECTION("a target public")
    {
        TargetPublic targetPublic;
        targetPublic.name = QStringLiteral("Jeunes");
        TargetPublicRepository(*db).insert(targetPublic);
    }
    REQUIRE(recordCount(*db) == 1);
    const QByteArray before = fileBytes(path);
    CHECK_THROWS_AS(importDump(*db, dumpFile(QStringLiteral("good/minimal.json"))), StorageError);
    CHECK(recordCount(*db) == 1);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a read-only database is refused before anything is read into it", "[exchange][dump]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cible.pacte"));
    createDatabase(path).reset();
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path, QStringLiteral("testeur"), Database::Access::ReadOnly);
    REQUIRE(db->isReadOnly());
    CHECK_THROWS_AS(importDump(*db, dumpFile(QStringLiteral("good/minimal.json"))), StorageError);
    db.reset();
    CHECK(fileBytes(path) == before);
}

} // namespace pacte_test_exchange_dump_refusal_test
