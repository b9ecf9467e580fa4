// Where a record comes from (issue 19): set as one undo step with its change-log row, kept through a
// deletion and its undo, removed with its record.
#include "editing/edits.h"
#include "editingfixture.h"
#include "storage/changelog.h"
#include "storage/provenancestore.h"
#include "storage/sqlquery.h"

using namespace pacte;
using namespace pacte::test;

namespace {

int provenanceRows(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM provenance"));
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

Provenance illustrative()
{
    return {ProvenanceKind::Illustrative, QStringLiteral("Annexe 1"),
            QStringLiteral("Statut inventé pour l'exemple : la source ne donne que les totaux.")};
}

} // namespace

TEST_CASE("A record's provenance is set, undone and redone as one step, in the change log", "[editing][provenance]")
{
    EditingScene scene;
    NotificationLog log(*scene.document);
    ProvenanceStore store(scene.db());
    CHECK(store.get(scene.garage.uuid).isDefault());

    REQUIRE(edit::setProvenance(*scene.document, Entity::Action, scene.garage.uuid, scene.garage.title, illustrative())
                .ok());
    CHECK(store.get(scene.garage.uuid) == illustrative());
    CHECK(scene.stack().count() == 1);
    CHECK(log.take() == QList<Notification>{{Entity::Action, {scene.garage.uuid}, ChangeKind::Updated}});
    const auto entries = ChangeLog(scene.db()).forEntity(scene.garage.uuid);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.constFirst().field == QStringLiteral("provenance"));
    CHECK(entries.constFirst().newValue.startsWith(enumLabel(ProvenanceKind::Illustrative)));
    CHECK(entries.constFirst().newValue.contains(QStringLiteral("(Annexe 1)")));

    // The same provenance again is no step at all.
    REQUIRE(edit::setProvenance(*scene.document, Entity::Action, scene.garage.uuid, scene.garage.title, illustrative())
                .ok());
    CHECK(scene.stack().count() == 1);

    scene.stack().undo();
    CHECK(store.get(scene.garage.uuid).isDefault());
    CHECK(provenanceRows(scene.db()) == 0); // entered again: no row
    scene.stack().redo();
    CHECK(store.get(scene.garage.uuid) == illustrative());
    CHECK(provenanceRows(scene.db()) == 1);
}

TEST_CASE("A deleted record's provenance goes with it and comes back with its undo", "[editing][provenance]")
{
    EditingScene scene;
    ProvenanceStore store(scene.db());
    const QUuid indicator = scene.garage.indicators.constFirst().uuid;
    const Provenance quoted{ProvenanceKind::Quoted, QStringLiteral("§1.4"), {}};
    REQUIRE(edit::setProvenance(*scene.document, Entity::Action, scene.garage.uuid, scene.garage.title, illustrative())
                .ok());
    store.put({QStringLiteral("indicator"), indicator, quoted});
    REQUIRE(provenanceRows(scene.db()) == 2);

    // Deleting the group cascades to its actions and their indicators: their provenance goes too.
    REQUIRE(edit::remove(*scene.document, scene.read(scene.group)).ok());
    CHECK(provenanceRows(scene.db()) == 0);
    scene.stack().undo();
    CHECK(store.get(scene.garage.uuid) == illustrative());
    CHECK(store.get(indicator) == quoted);
    scene.stack().redo();
    CHECK(provenanceRows(scene.db()) == 0);
}
