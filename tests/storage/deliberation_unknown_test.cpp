// Unknown is not zero (issue 19): a deliberation's vote figures the act does not state are stored as
// NULL, read back as unknown, and survive the dump; a file of version 6 keeps the figures it had.
#include "common/catchqt.h"
#include "common/testutil.h"
#include "exchange/dump.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_deliberation_unknown_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// The CCVH's deliberation n°1564 of 27 November 2017: its number and date, no figure of its vote.
Partner ccvhWithUnknownTally(Id editionId)
{
    Partner p;
    p.name = QStringLiteral("Communauté de communes Vallée de l'Hérault");
    p.category = PartnerCategory::Intercommunality;
    Signature s;
    s.editionId = editionId;
    s.status = SignatureStatus::Approved;
    Deliberation d;
    d.body = QStringLiteral("Conseil communautaire");
    d.meetingDate = QDate(2017, 11, 27);
    d.actIdentifier = QStringLiteral("délibération n°1564");
    d.quorum = 25; // one figure stated, the others unknown
    s.deliberation = d;
    p.signatures = {s};
    return p;
}

int nullCounts(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM deliberation WHERE voters IS NULL AND in_favour IS NULL"));
    query.exec();
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("A deliberation's unknown figures are stored as NULL and read back unknown", "[storage][deliberation]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("inconnu.pacte")));
    Edition edition;
    edition.title = QStringLiteral("PTI 2017-2021");
    edition.startDate = QDate(2017, 1, 1);
    edition.endDate = QDate(2021, 12, 31);
    EditionRepository(*db).insert(edition);
    Partner ccvh = ccvhWithUnknownTally(edition.id);
    PartnerRepository(*db).insert(ccvh);

    const auto read = PartnerRepository(*db).find(ccvh.id);
    REQUIRE(read.has_value());
    const Deliberation& d = *read->signatures.first().deliberation;
    CHECK(d.quorum == std::optional<int>(25));
    CHECK_FALSE(d.voters.has_value());
    CHECK_FALSE(d.inFavour.has_value());
    CHECK(read->signatures.first().status == SignatureStatus::Approved);
    CHECK(nullCounts(*db) == 1);

    // Through the dump and back, still unknown (null), not 0.
    const QByteArray bytes = exportDump(*db);
    CHECK(bytes.contains("\"voters\": null"));
    auto copy = createDatabase(dir.path(QStringLiteral("copie.pacte")));
    importDump(*copy, bytes);
    CHECK(PartnerRepository(*copy).all().first().signatures == read->signatures);
    CHECK(nullCounts(*copy) == 1);
}

TEST_CASE("A version-6 file keeps the vote figures it had, zeros included", "[storage][deliberation][migration][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v6.pacte"));
    Id partnerId = NoId;
    {
        auto db = createDatabase(path);
        Edition edition;
        edition.title = QStringLiteral("PTI 2022-2025");
        edition.startDate = QDate(2022, 1, 1);
        edition.endDate = QDate(2025, 12, 31);
        EditionRepository(*db).insert(edition);
        Partner ccvh = ccvhWithUnknownTally(edition.id);
        auto& d = *ccvh.signatures.first().deliberation;
        d.present = 34;
        d.proxies = 12;
        d.voters = 46;
        d.inFavour = 46;
        d.against = 0;
        d.abstentions = 0;
        d.notVoting = 0;
        PartnerRepository(*db).insert(ccvh);
        partnerId = ccvh.id;
    }
    // Back to version 6: the rules table out, the vote figures NOT NULL again.
    {
        const QString name = QStringLiteral("downgrade-deliberation");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropProvenance(query);
            for (const char* statement :
                 {"ALTER TABLE evaluation DROP COLUMN as_of", "DROP TABLE edition_rule",
                  "CREATE TABLE deliberation_v6 (signature_id INTEGER PRIMARY KEY REFERENCES signature(id) ON DELETE "
                  "CASCADE, body TEXT NOT NULL DEFAULT '', meeting_date TEXT, convocation_date TEXT, act_identifier "
                  "TEXT NOT NULL DEFAULT '', chair TEXT NOT NULL DEFAULT '', secretary TEXT NOT NULL DEFAULT '', "
                  "quorum INTEGER NOT NULL DEFAULT 0, present INTEGER NOT NULL DEFAULT 0, proxies INTEGER NOT NULL "
                  "DEFAULT 0, voters INTEGER NOT NULL DEFAULT 0, in_favour INTEGER NOT NULL DEFAULT 0, against "
                  "INTEGER NOT NULL DEFAULT 0, abstentions INTEGER NOT NULL DEFAULT 0, not_voting INTEGER NOT NULL "
                  "DEFAULT 0, publication_date TEXT, transmission_number TEXT NOT NULL DEFAULT '', "
                  "transmission_date TEXT)",
                  "INSERT INTO deliberation_v6 SELECT * FROM deliberation", "DROP TABLE deliberation",
                  "ALTER TABLE deliberation_v6 RENAME TO deliberation", "PRAGMA user_version = 6"}) {
                INFO(statement);
                REQUIRE(query.exec(QString::fromLatin1(statement)));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    const auto read = PartnerRepository(*db).find(partnerId);
    REQUIRE(read.has_value());
    const Deliberation& d = *read->signatures.first().deliberation;
    // A file can't tell an unknown figure stored as 0 from a real 0: the figures stay as they were.
    CHECK(d.voters == std::optional<int>(46));
    CHECK(d.against == std::optional<int>(0));
    CHECK(d.notVoting == std::optional<int>(0));
    // And the table now takes an unknown figure.
    Partner changed = *read;
    changed.signatures.first().deliberation->against.reset();
    PartnerRepository(*db).update(changed);
    CHECK_FALSE(PartnerRepository(*db).find(partnerId)->signatures.first().deliberation->against.has_value());
}

} // namespace pacte_test_storage_deliberation_unknown_test
