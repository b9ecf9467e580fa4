// Where a record comes from (issue 19): set as one undo step with its change-log row, kept through a
// deletion and its undo, removed with its record.
#include "editing/edits.h"
#include "editingfixture.h"
#include "storage/changelog.h"
#include "storage/provenancestore.h"
#include "storage/sqlquery.h"

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_editing_provenance_edit_test {

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

TEST_CASE("A signature's provenance is logged in its partner's history", "[editing][provenance]")
{
    EditingScene scene;
    // The CAF approved the pact (its signature row keeps its id, as the partner editor does).
    Partner after = scene.read(scene.caf);
    const auto current = std::find_if(after.signatures.begin(), after.signatures.end(),
                                      [&](const Signature& s) { return s.editionId == scene.edition.id; });
    Signature& signature = current != after.signatures.end() ? *current : after.signatures.emplace_back();
    signature.editionId = scene.edition.id;
    signature.status = SignatureStatus::Approved;
    const EditResult added = edit::update(*scene.document, scene.read(scene.caf), after);
    INFO(added.message.toStdString());
    REQUIRE(added.ok());
    const Partner caf = scene.read(scene.caf);
    const Signature* stored = caf.signatureFor(scene.edition.id);
    REQUIRE(stored != nullptr);
    REQUIRE_FALSE(stored->uuid.isNull());

    NotificationLog log(*scene.document);
    const Provenance deduced{ProvenanceKind::Deduced, QStringLiteral("§1.2"),
                             QStringLiteral("Représentée au comité de pilotage.")};
    const auto target = ProvenanceTarget::signature(caf.uuid, caf.name, stored->uuid, scene.edition.title);
    REQUIRE(edit::setProvenance(*scene.document, target, deduced).ok());
    ProvenanceStore store(scene.db());
    CHECK(store.get(stored->uuid) == deduced);
    CHECK(store.all().constFirst().entity == QStringLiteral("signature"));
    // The partner's views refresh, and its history tells the change.
    CHECK(log.take() == QList<Notification>{{Entity::Partner, {caf.uuid}, ChangeKind::Updated}});
    const auto entries = ChangeLog(scene.db()).forEntity(caf.uuid);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.constFirst().field == QStringLiteral("signatures[%1].provenance").arg(scene.edition.title));
    CHECK(entries.constFirst().entityLabel == caf.name); // the partner's history names the partner
    CHECK(entries.constFirst().newValue.startsWith(enumLabel(ProvenanceKind::Deduced)));

    scene.stack().undo();
    CHECK(store.get(stored->uuid).isDefault());
    scene.stack().redo();
    CHECK(store.get(stored->uuid) == deduced);

    // Marking the partner not a signatory drops the signature and its provenance; undo gives both back.
    Partner without = caf;
    without.signatures.clear();
    REQUIRE(edit::update(*scene.document, caf, without).ok());
    CHECK(provenanceRows(scene.db()) == 0);
    scene.stack().undo();
    REQUIRE(scene.read(scene.caf).signatureFor(scene.edition.id) != nullptr);
    CHECK(scene.read(scene.caf).signatureFor(scene.edition.id)->uuid == stored->uuid);
    CHECK(store.get(stored->uuid) == deduced);
    scene.stack().redo();
    CHECK(provenanceRows(scene.db()) == 0);
}

TEST_CASE("An update that removes a theme or an indicator gives its provenance back on undo", "[editing][provenance]")
{
    EditingScene scene;
    ProvenanceStore store(scene.db());
    const Axis axis = scene.read(scene.axis);
    REQUIRE(axis.themes.size() == 2);
    const Theme logement = axis.themes.at(1);
    const Provenance deduced{ProvenanceKind::Deduced, QStringLiteral("Annexe 1"),
                             QStringLiteral("Rattachement déduit.")};
    REQUIRE(edit::setProvenance(*scene.document, Entity::Theme, logement.uuid, logement.name, deduced).ok());

    Axis fewer = axis;
    fewer.themes.removeAt(1);
    REQUIRE(edit::update(*scene.document, axis, fewer).ok());
    CHECK(provenanceRows(scene.db()) == 0);
    scene.stack().undo();
    CHECK(store.get(logement.uuid) == deduced);
    scene.stack().redo();
    CHECK(provenanceRows(scene.db()) == 0);
    scene.stack().undo();

    const Action garage = scene.read(scene.garage);
    const Indicator first = garage.indicators.constFirst();
    REQUIRE_FALSE(first.measurements.isEmpty());
    const QUuid measurement = first.measurements.constFirst().uuid;
    const Provenance quoted{ProvenanceKind::Quoted, QStringLiteral("Bilan 2021"), {}};
    store.put({QStringLiteral("indicator"), first.uuid, quoted});
    store.put({QStringLiteral("measurement"), measurement, quoted});
    Action fewerIndicators = garage;
    fewerIndicators.indicators.removeFirst();
    REQUIRE(edit::update(*scene.document, garage, fewerIndicators).ok());
    CHECK(store.get(first.uuid).isDefault());
    CHECK(store.get(measurement).isDefault());
    scene.stack().undo();
    CHECK(store.get(first.uuid) == quoted);
    CHECK(store.get(measurement) == quoted);
    CHECK(store.get(logement.uuid) == deduced);
    // Redo drops them again, and a second undo gives them back again.
    scene.stack().redo();
    CHECK(store.get(first.uuid).isDefault());
    CHECK(store.get(measurement).isDefault());
    scene.stack().undo();
    CHECK(store.get(first.uuid) == quoted);
    CHECK(store.get(measurement) == quoted);
}

} // namespace pacte_test_editing_provenance_edit_test
