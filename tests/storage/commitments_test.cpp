// The partners' commitments (schema 13, issue 20 point 3): stored with their partner and its links to
// the edition's axes, themes and actions, logged, refused when they do not fit, removed with what they
// belong to; a schema-12 file is upgraded.
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "storage/cascade.h"
#include "storage/changelog.h"
#include "storage/renewal.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_commitments_test {

using namespace pacte;
using namespace pacte::test;

namespace {

int scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    return query.next() ? query.integer(0) : -1;
}

Id idOf(Database& db, const QString& sql, const QVariantList& binds = {})
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    REQUIRE(query.next());
    return query.id(0);
}

// The demo's records a commitment of the 2022-2025 pact is linked to.
struct Links
{
    Id edition = NoId;
    Id older = NoId;
    Id partner = NoId; // a signatory of 2022-2025
    Id axis = NoId;
    Id theme = NoId;
    Id action = NoId;
    Id olderAxis = NoId;
};

Links demoLinks(Database& db)
{
    Links l;
    l.edition = idOf(db, QStringLiteral("SELECT id FROM edition WHERE title = 'PTI 2022-2025'"));
    l.older = idOf(db, QStringLiteral("SELECT id FROM edition WHERE title = 'PTI 2017-2021'"));
    l.partner = idOf(db,
                     QStringLiteral("SELECT partner_id FROM signature WHERE edition_id = ? AND status <> "
                                    "'refuse' ORDER BY partner_id LIMIT 1"),
                     {l.edition});
    l.axis = idOf(db, QStringLiteral("SELECT id FROM axis WHERE edition_id = ? ORDER BY number LIMIT 1"), {l.edition});
    l.theme = idOf(db, QStringLiteral("SELECT id FROM theme WHERE axis_id = ? ORDER BY position LIMIT 1"), {l.axis});
    l.action = idOf(db,
                    QStringLiteral("SELECT a.id FROM action a JOIN working_group g ON g.id = a.group_id WHERE "
                                   "g.edition_id = ? ORDER BY a.id LIMIT 1"),
                    {l.edition});
    l.olderAxis =
        idOf(db, QStringLiteral("SELECT id FROM axis WHERE edition_id = ? ORDER BY number LIMIT 1"), {l.older});
    return l;
}

Commitment commitment(const Links& l)
{
    Commitment c;
    c.editionId = l.edition;
    c.text = QStringLiteral("Nommer un ou plusieurs référents PTI au sein de sa structure");
    c.axisIds = {l.axis};
    c.themeIds = {l.theme};
    c.actionIds = {l.action};
    c.provenance.kind = ProvenanceKind::Quoted;
    c.provenance.source = QStringLiteral("§ Les référents PTI");
    return c;
}

} // namespace

TEST_CASE("A partner's commitments are stored with their links, logged and read back", "[storage][commitments][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pti.pacte"));
    Links l;
    Partner partner;
    {
        auto db = createDatabase(path, true);
        addRenewalScene(*db); // the demo's 2022-2025 has no action yet
        l = demoLinks(*db);
        partner = PartnerRepository(*db).find(l.partner).value();
        REQUIRE(partner.commitments.isEmpty());
        partner.commitments = {commitment(l)};
        PartnerRepository(*db).update(partner);
        CHECK_FALSE(partner.commitments.first().uuid.isNull());
    }
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    const auto read = PartnerRepository(*db).find(l.partner);
    REQUIRE(read);
    CHECK(*read == partner);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment WHERE partner_id = ? AND provenance = 'cite'"),
                 {l.partner}) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment_action WHERE action_id = ?"), {l.action}) == 1);

    bool logged = false;
    for (const auto& entry : ChangeLog(*db).forEntity(partner.uuid)) {
        if (entry.field == QStringLiteral("commitments[PTI 2022-2025 · 1].text")) {
            logged = true;
            CHECK(entry.oldValue.isEmpty());
            CHECK(entry.newValue == partner.commitments.first().text);
        }
    }
    CHECK(logged);

    SECTION("deleting a linked action removes only the link")
    {
        ActionRepository(*db).remove(l.action);
        const auto after = PartnerRepository(*db).find(l.partner).value();
        REQUIRE(after.commitments.size() == 1);
        CHECK(after.commitments.first().actionIds.isEmpty());
        CHECK(after.commitments.first().axisIds == QList<Id>{l.axis});
    }
    SECTION("deleting the edition removes its commitments")
    {
        EditionRepository(*db).remove(l.edition);
        CHECK(PartnerRepository(*db).find(l.partner).value().commitments.isEmpty());
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment_axis")) == 0);
    }
    SECTION("a commitment removed is removed with its links")
    {
        Partner without = *read;
        without.commitments.clear();
        PartnerRepository(*db).update(without);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment")) == 0);
        CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment_theme")) == 0);
    }
}

TEST_CASE("A commitment that does not fit is refused and nothing is written", "[storage][commitments]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    addRenewalScene(*db);
    const Links l = demoLinks(*db);
    Partner partner = PartnerRepository(*db).find(l.partner).value();
    const int logged = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM change_log"));

    SECTION("a link to an axis of another edition")
    {
        Commitment c = commitment(l);
        c.axisIds = {l.olderAxis};
        partner.commitments = {c};
        CHECK_THROWS_AS(PartnerRepository(*db).update(partner), ValidationError);
    }
    SECTION("no text")
    {
        Commitment c = commitment(l);
        c.text = QStringLiteral("  ");
        partner.commitments = {c};
        CHECK_THROWS_AS(PartnerRepository(*db).update(partner), ValidationError);
    }
    SECTION("an edition the partner has not signed")
    {
        Commitment c = commitment(l);
        partner.signatures.clear();
        partner.commitments = {c};
        CHECK_THROWS_AS(PartnerRepository(*db).update(partner), ValidationError);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM change_log")) == logged);
    CHECK(PartnerRepository(*db).find(l.partner)->signatures.size() > 0);
}

TEST_CASE("A schema-12 file is upgraded to schema 13 with no commitments", "[storage][commitments][migration][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v12.pacte"));
    int partners = 0;
    {
        auto db = createDatabase(path, true);
        partners = PartnerRepository(*db).count();
    }
    {
        const QString name = QStringLiteral("downgrade12");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            dropFormat13(query);
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 12")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = Database::open(path, QStringLiteral("coordinatrice"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA user_version")) == Database::SchemaVersion);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment")) == 0);
    CHECK(PartnerRepository(*db).count() == partners);
    addRenewalScene(*db);
    const Links l = demoLinks(*db);
    Partner partner = PartnerRepository(*db).find(l.partner).value();
    partner.commitments = {commitment(l)};
    PartnerRepository(*db).update(partner);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment_theme")) == 1);
}

TEST_CASE("A renewal does not carry commitments, and undoing it leaves them", "[storage][commitments][renewal]")
{
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);
    const Links l = demoLinks(*db);
    Partner partner = PartnerRepository(*db).find(l.partner).value();
    partner.commitments = {commitment(l)};
    PartnerRepository(*db).update(partner);

    const auto c = renewalCandidates(*db, scene.source.id);
    Edition edition;
    edition.title = QStringLiteral("PTI 2026-2030");
    edition.startDate = QDate(2026, 1, 1);
    edition.endDate = QDate(2030, 12, 31);
    RenewalRecords records = planRenewal(*db, c, edition, RenewalChoice::everything(c));
    writeRenewal(*db, records);
    const Partner renewed = PartnerRepository(*db).find(l.partner).value();
    CHECK(renewed.commitments == partner.commitments); // the renewed pact's, unchanged
    REQUIRE(renewed.signatures.size() == partner.signatures.size() + 1);
    const Id newEdition = renewed.signatures.last().editionId;
    CHECK(commitmentsOf(renewed, newEdition).isEmpty());
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM commitment WHERE edition_id = ?"), {newEdition}) == 0);

    removeRenewal(*db, records);
    CHECK(PartnerRepository(*db).find(l.partner).value() == partner);
}

TEST_CASE("Deleting a linked action and putting it back restores the commitment's link", "[storage][commitments]")
{
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    addRenewalScene(*db);
    const Links l = demoLinks(*db);
    Partner partner = PartnerRepository(*db).find(l.partner).value();
    partner.commitments = {commitment(l)};
    PartnerRepository(*db).update(partner);
    const DeletionImpact impact = captureDeletion(*db, Entity::Action, l.action);
    CHECK(impact.deletedCounts().value(QStringLiteral("commitment_action")) == 1);
    CHECK(impact.deletedCounts().value(QStringLiteral("commitment")) == 0);
    ActionRepository(*db).remove(l.action);
    CHECK(PartnerRepository(*db).find(l.partner)->commitments.first().actionIds.isEmpty());
    restoreDeletion(*db, impact);
    CHECK(PartnerRepository(*db).find(l.partner).value() == partner);
}

} // namespace pacte_test_storage_commitments_test
