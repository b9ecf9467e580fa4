// Renewing a pact in storage: what is offered, what is written (and logged), and undoing it.
#include "common/catchqt.h"
#include "common/renewalfixture.h"
#include "common/testutil.h"
#include "domain/funding.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/renewal.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_storage_renewal_test {

using namespace pacte;
using namespace pacte::test;

namespace {

int count(Database& db, const QString& sql, const QVariantList& binds = {})
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    return query.next() ? query.integer(0) : -1;
}

Edition newEdition(const char* title = "PTI 2026-2030", QDate start = QDate(2026, 1, 1),
                   QDate end = QDate(2030, 12, 31))
{
    Edition e;
    e.title = QString::fromUtf8(title);
    e.startDate = start;
    e.endDate = end;
    return e;
}

QStringList titles(const QList<Action>& actions)
{
    QStringList result;
    for (const auto& a : actions)
        result << a.title;
    result.sort();
    return result;
}

} // namespace

TEST_CASE("A renewal offers the axes, partners, active groups and unfinished actions", "[storage][renewal]")
{
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);

    const RenewalCandidates c = renewalCandidates(*db, scene.source.id);
    CHECK(c.axes.size() == 4);
    CHECK(c.partners.size() ==
          count(*db, QStringLiteral("SELECT COUNT(*) FROM signature WHERE edition_id = ? AND status <> 'refuse'"),
                {scene.source.id}));
    CHECK(c.partners.size() == 11);
    QStringList groups;
    for (const auto& g : c.groups)
        groups << g.name;
    CHECK(groups == QStringList{QStringLiteral("Mobilité"), QStringLiteral("Illectronisme")});
    CHECK(titles(c.actions) == QStringList{QStringLiteral("Ateliers numériques"), QStringLiteral("Garage solidaire")});
    CHECK(c.finalYear == 2025);
    CHECK_FALSE(c.finalFrozen);
    CHECK(c.canFreezeFinal);
}

TEST_CASE("A renewal writes the chosen records, each logged once as a renewal", "[storage][renewal]")
{
    const QDateTime now(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    FixedClock clock(now);
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);
    const auto c = renewalCandidates(*db, scene.source.id);
    RenewalChoice choice = RenewalChoice::everything(c);
    choice.axes.remove(c.axes.last().uuid); // the fourth axis is rewritten from scratch
    choice.partners.remove(c.partners.first().uuid);
    const qint64 logBefore = ChangeLog(*db).lastId();
    const int editionsBefore = EditionRepository(*db).count();

    RenewalRecords records = planRenewal(*db, c, newEdition(), choice);
    writeRenewal(*db, records);

    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2026-2030"));
    REQUIRE(edition);
    CHECK(edition->predecessorId == scene.source.id);
    CHECK(edition->departement == scene.source.departement);
    CHECK(edition->startDate == QDate(2026, 1, 1));
    CHECK(EditionRepository(*db).count() == editionsBefore + 1);

    const auto axes = AxisRepository(*db).ofEdition(edition->id);
    REQUIRE(axes.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(axes[i].title == c.axes[i].title);
        CHECK(axes[i].uuid != c.axes[i].uuid);
        REQUIRE(axes[i].themes.size() == c.axes[i].themes.size());
        CHECK(axes[i].themes.first().name == c.axes[i].themes.first().name);
        CHECK(axes[i].themes.first().id != c.axes[i].themes.first().id);
    }
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM signature WHERE edition_id = ? AND status = 'en_attente'"),
                {edition->id}) == 10);
    CHECK_FALSE(PartnerRepository(*db).find(c.partners.first().id)->signatureFor(edition->id));

    const auto groups = WorkingGroupRepository(*db).ofEdition(edition->id);
    REQUIRE(groups.size() == 2);
    const WorkingGroup& mobility = groups.first();
    CHECK(mobility.name == QStringLiteral("Mobilité"));
    CHECK(mobility.axisId == axes.first().id); // the new axis, not the source's
    CHECK(mobility.themeId != NoId);
    CHECK(mobility.pilotPartnerId == c.groups.first().pilotPartnerId);
    CHECK(mobility.coPilotPartnerId == c.groups.first().coPilotPartnerId);
    CHECK(mobility.territoryIds == c.groups.first().territoryIds);
    CHECK(mobility.memberPartnerIds.isEmpty());

    const auto actions = ActionRepository(*db).ofEdition(edition->id);
    CHECK(titles(actions) == QStringList{QStringLiteral("Ateliers numériques"), QStringLiteral("Garage solidaire")});
    for (const auto& action : actions) {
        const auto earlier = ActionRepository(*db).find(action.continuesId);
        REQUIRE(earlier);
        CHECK(earlier->title == action.title);
        CHECK(earlier->status == action.status);
        CHECK(action.endDate.isNull()); // planned to end in 2025
        CHECK(action.startDate == QDate(2023, 3, 1));
        REQUIRE(action.indicators.size() == 1);
        CHECK(action.indicators.first().target == 40);
        CHECK(action.indicators.first().measurements.isEmpty());
        const auto life = continuedAction(*db, action.continuesId);
        REQUIRE(life);
        CHECK(life->editionTitle == QStringLiteral("PTI 2022-2025"));
        CHECK(life->status == earlier->status);
    }
    const auto garage = std::find_if(actions.cbegin(), actions.cend(),
                                     [](const Action& a) { return a.title == QStringLiteral("Garage solidaire"); });
    CHECK(garage->groupId == mobility.id);

    // The final evaluation of 2025 is frozen.
    CHECK(frozenSnapshot(*db, scene.source.id, 2025));
    CHECK(findEvaluation(*db, scene.source.id, 2025, EvaluationKind::Final));

    const auto summary = findRenewal(*db, edition->id);
    REQUIRE(summary);
    CHECK(summary->sourceEditionId == scene.source.id);
    CHECK(summary->sourceTitle == QStringLiteral("PTI 2022-2025"));
    CHECK(summary->axes == 3);
    CHECK(summary->partners == 10);
    CHECK(summary->groups == 2);
    CHECK(summary->actions == 2);
    CHECK(summary->frozenFinalYear == 2025);
    CHECK(summary->renewedAt == now);
    CHECK(summary->renewedBy == QStringLiteral("testeur"));

    // One entry per record created (edition, axes, signatures, groups, actions), plus the evaluation
    // created and frozen; every one says "renew" and names the edition renewed.
    const auto log = ChangeLog(*db).all();
    QList<ChangeEntry> entries;
    for (const auto& entry : log) {
        if (entry.id > logBefore)
            entries << entry;
    }
    CHECK(entries.size() == 1 + 3 + 10 + 2 + 2 + 2);
    for (const auto& entry : entries) {
        CHECK(entry.source == QStringLiteral("renew"));
        CHECK(entry.sourceDetail == QStringLiteral("PTI 2022-2025"));
    }
    int signatures = 0;
    for (const auto& entry : entries) {
        if (entry.entity == QStringLiteral("partner")) {
            CHECK(entry.field == QStringLiteral("signatures[PTI 2026-2030].status"));
            CHECK(entry.newValue == QStringLiteral("en_attente"));
            ++signatures;
        }
    }
    CHECK(signatures == 10);
}

TEST_CASE("A renewed action starts without the old pact's funding lines, which stay with the old action",
          "[storage][renewal][funding]")
{
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);
    Action garage = *ActionRepository(*db).findByUuid(scene.garage);
    FundingLine line;
    line.fund = Fund::EsfPlus;
    line.scheme = QStringLiteral("FSE+ — appel à projets 2024");
    line.amounts = {FundingAmount{2024, Cents{1'500'000}, Cents{1'200'000}, std::nullopt}};
    garage.fundings = {line};
    ActionRepository(*db).update(garage);
    REQUIRE(ActionRepository(*db).findByUuid(scene.garage)->fundings.size() == 1);

    // The line's year (2024) is not one of the new pact's: carried over, it would be refused.
    renewEverything(*db, scene.source.id);

    const auto edition = findEditionByTitle(*db, QStringLiteral("PTI 2026-2030"));
    REQUIRE(edition);
    const auto actions = ActionRepository(*db).ofEdition(edition->id);
    REQUIRE(actions.size() == 2);
    for (const auto& action : actions)
        CHECK(action.fundings.isEmpty());
    const Action old = *ActionRepository(*db).findByUuid(scene.garage);
    REQUIRE(old.fundings.size() == 1);
    CHECK(old.fundings.first().scheme == line.scheme);
    CHECK(old.fundings.first().amounts == line.amounts);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM action_funding")) == 1);
}

TEST_CASE("Removing a renewal puts the file back, and writing it again gives the same records", "[storage][renewal]")
{
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    auto db = createDatabase(dir.path(QStringLiteral("pti.pacte")), true);
    const RenewalScene scene = addRenewalScene(*db);
    const auto c = renewalCandidates(*db, scene.source.id);
    const auto partnersBefore = PartnerRepository(*db).all();
    RenewalRecords records = planRenewal(*db, c, newEdition(), RenewalChoice::everything(c));
    writeRenewal(*db, records);
    const auto edition = *findEditionByTitle(*db, QStringLiteral("PTI 2026-2030"));
    const auto actions = ActionRepository(*db).ofEdition(edition.id);
    const auto groups = WorkingGroupRepository(*db).ofEdition(edition.id);

    removeRenewal(*db, records);
    CHECK_FALSE(findEditionByTitle(*db, QStringLiteral("PTI 2026-2030")));
    CHECK(PartnerRepository(*db).all() == partnersBefore);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM renewal")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM action WHERE continues_id IS NOT NULL")) == 0);
    CHECK(frozenSnapshot(*db, scene.source.id, 2025)); // frozen once and for all

    writeRenewal(*db, records);
    CHECK(*findEditionByTitle(*db, QStringLiteral("PTI 2026-2030")) == edition);
    CHECK(ActionRepository(*db).ofEdition(edition.id) == actions);
    CHECK(WorkingGroupRepository(*db).ofEdition(edition.id) == groups);
    CHECK(findRenewal(*db, edition.id)->frozenFinalYear == 2025);
}

TEST_CASE("A renewal refuses a title in use, reversed dates and an overlap, writing nothing", "[storage][renewal]")
{
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pti.pacte"));
    auto db = createDatabase(path, true);
    const RenewalScene scene = addRenewalScene(*db);
    const auto c = renewalCandidates(*db, scene.source.id);
    const qint64 logBefore = ChangeLog(*db).lastId();

    const auto refusal = [&](const Edition& edition) {
        try {
            planRenewal(*db, c, edition, RenewalChoice::everything(c));
        } catch (const ValidationError& error) {
            return error.errors();
        }
        FAIL("not refused");
        return FieldErrors{};
    };
    const auto used = refusal(newEdition("PTI 2017-2021"));
    REQUIRE(used.size() == 1);
    CHECK(used.first().field == QStringLiteral("title"));
    CHECK(used.first().message == QStringLiteral("Une édition s'appelle déjà « PTI 2017-2021 » : choisissez un "
                                                 "autre titre."));
    const auto reversed = refusal(newEdition("PTI 2026-2030", QDate(2030, 12, 31), QDate(2026, 1, 1)));
    CHECK(reversed.first().field == QStringLiteral("endDate"));
    const auto overlap = refusal(newEdition("PTI 2025-2029", QDate(2025, 9, 1), QDate(2029, 12, 31)));
    REQUIRE(overlap.size() == 1);
    CHECK(overlap.first().message.contains(QStringLiteral("31 décembre 2025")));
    CHECK(ChangeLog(*db).lastId() == logBefore);
    CHECK(EditionRepository(*db).count() == 2);
}

} // namespace pacte_test_storage_renewal_test
