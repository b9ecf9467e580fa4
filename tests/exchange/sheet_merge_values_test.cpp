// mergeSheet() on values built by hand, without a database: every rule of the three-way merge for
// each kind of item (action, indicator, measurement, meeting), one rule at a time.
#include "common/catchqt.h"
#include "domain/enums.h"
#include "domain/format.h"
#include "exchange/sheetmerge.h"

#include <catch2/catch.hpp>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_exchange_sheet_merge_values_test {

using namespace pacte;

namespace {

constexpr Id GroupId = 7;
constexpr Id Jeunes = 1, Seniors = 2, Brsa = 3, Femmes = 4;
constexpr Id Caf = 21, Ddets = 22, Mlj = 23;

QUuid uuidFor(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

MergeLabels labels()
{
    MergeLabels l;
    l.publics = {{Jeunes, QStringLiteral("Jeunes")},
                 {Seniors, QStringLiteral("Seniors")},
                 {Brsa, QStringLiteral("Allocataires du RSA")},
                 {Femmes, QStringLiteral("Femmes isolées")}};
    l.partners = {{Caf, QStringLiteral("CAF")}, {Ddets, QStringLiteral("DDETS")}, {Mlj, QStringLiteral("MLJ")}};
    l.territories = {{31, QStringLiteral("Biterrois")}};
    return l;
}

Measurement measurement(int n, const QDate& date, double value)
{
    return Measurement{n, uuidFor(n), date, value, std::nullopt, {}};
}

// An action with one indicator and two measurements: the base every test edits on either side.
Action garage()
{
    Action a;
    a.id = 100;
    a.uuid = uuidFor(100);
    a.groupId = GroupId;
    a.title = QStringLiteral("Garage solidaire");
    a.objectives = QStringLiteral("Réparer à prix coûtant");
    a.publicIds = {Jeunes, Seniors};
    a.startDate = QDate(2023, 1, 1);
    a.status = ActionStatus::InProgress;
    a.indicators = {
        Indicator{110,
                  uuidFor(110),
                  QStringLiteral("Véhicules réparés"),
                  IndicatorKind::Output,
                  QStringLiteral("véhicules"),
                  std::nullopt,
                  40.0,
                  {measurement(111, QDate(2023, 6, 30), 12.0), measurement(112, QDate(2023, 12, 31), 25.0)}}};
    return a;
}

Action permis()
{
    Action a;
    a.id = 200;
    a.uuid = uuidFor(200);
    a.groupId = GroupId;
    a.title = QStringLiteral("Permis solidaire");
    return a;
}

Meeting copil()
{
    Meeting m;
    m.id = 300;
    m.uuid = uuidFor(300);
    m.editionId = 1;
    m.kind = MeetingKind::WorkingGroup;
    m.status = MeetingStatus::Planned;
    m.date = QDate(2024, 3, 14);
    m.title = QStringLiteral("Réunion du groupe");
    m.groupId = GroupId;
    m.partnerIds = {Caf, Ddets};
    m.headCount = 10;
    return m;
}

SheetContent baseContent()
{
    return SheetContent{{garage(), permis()}, {copil()}, {}};
}

// The three sides, each starting as the base.
struct Sides
{
    SheetContent base = baseContent();
    SheetContent theirs = baseContent(); // the sheet
    SheetContent ours = baseContent();   // the database now

    MergeOutcome merge(const MergeDecisions& decisions = {}, const MergedValues& merged = {}) const
    {
        return mergeSheet(base, theirs, ours, decisions, labels(), merged);
    }
};

const ItemChange* changeOf(const MergeOutcome& outcome, const QUuid& uuid)
{
    for (const auto& change : outcome.changes) {
        if (change.uuid == uuid)
            return &change;
    }
    return nullptr;
}

const FieldChange* fieldOf(const MergeOutcome& outcome, const QUuid& uuid, const QString& field)
{
    const ItemChange* change = changeOf(outcome, uuid);
    if (!change)
        return nullptr;
    for (const auto& f : change->fields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

QStringList fieldNames(const ItemChange& change)
{
    QStringList names;
    for (const auto& f : change.fields)
        names << f.field;
    return names;
}

} // namespace

TEST_CASE("Merging three equal sides changes nothing", "[exchange][merge][values]")
{
    const MergeOutcome outcome = Sides().merge();
    CHECK(outcome.changes.isEmpty());
    CHECK_FALSE(outcome.hasWrites());
    CHECK(outcome.conflictCount() == 0);
    CHECK(outcome.undecidedCount() == 0);
}

TEST_CASE("A field only the sheet changed is taken", "[exchange][merge][values]")
{
    Sides sides;
    sides.theirs.actions[0].title = QStringLiteral("Garage solidaire et auto-partage");
    sides.theirs.actions[0].status = ActionStatus::Running;
    sides.theirs.actions[0].endDate = QDate(2025, 6, 30);
    sides.ours.actions[0].notes = QStringLiteral("Financement voté"); // the database's own edit stays
    const MergeOutcome outcome = sides.merge();

    REQUIRE(outcome.actionUpdates.size() == 1);
    Action expected = sides.ours.actions[0];
    expected.title = sides.theirs.actions[0].title;
    expected.status = ActionStatus::Running;
    expected.endDate = QDate(2025, 6, 30);
    CHECK(outcome.actionUpdates.first() == expected);
    CHECK(outcome.actionInserts.isEmpty());
    CHECK(outcome.actionDeletes.isEmpty());
    CHECK(outcome.conflictCount() == 0);

    REQUIRE(outcome.changes.size() == 1);
    const ItemChange& change = outcome.changes.first();
    CHECK(change.kind == SheetItemKind::Action);
    CHECK(change.change == ItemChangeKind::Update);
    CHECK(change.label == QStringLiteral("Garage solidaire et auto-partage"));
    CHECK(fieldNames(change) ==
          QStringList{QStringLiteral("title"), QStringLiteral("endDate"), QStringLiteral("status")});
    const FieldChange* status = fieldOf(outcome, garage().uuid, QStringLiteral("status"));
    REQUIRE(status);
    CHECK(status->base == enumLabel(ActionStatus::InProgress));
    CHECK(status->database == enumLabel(ActionStatus::InProgress));
    CHECK(status->sheet == enumLabel(ActionStatus::Running));
    CHECK_FALSE(status->conflict);
    const FieldChange* end = fieldOf(outcome, garage().uuid, QStringLiteral("endDate"));
    REQUIRE(end);
    CHECK(end->base.isEmpty());
    CHECK(end->sheet == formatDate(QDate(2025, 6, 30))); // as the user reads dates
}

TEST_CASE("A field only the database changed is kept, and nothing is written", "[exchange][merge][values]")
{
    Sides sides;
    sides.ours.actions[0].objectives = QStringLiteral("Réparer et prêter");
    sides.ours.meetings[0].headCount = 14;
    const MergeOutcome outcome = sides.merge();
    CHECK(outcome.changes.isEmpty());
    CHECK_FALSE(outcome.hasWrites());
}

TEST_CASE("A field both sides changed alike is no conflict", "[exchange][merge][values]")
{
    Sides sides;
    sides.theirs.actions[0].objectives = sides.ours.actions[0].objectives = QStringLiteral("Réparer et prêter");
    sides.theirs.meetings[0].status = sides.ours.meetings[0].status = MeetingStatus::Held;
    const MergeOutcome outcome = sides.merge();
    CHECK(outcome.changes.isEmpty());
    CHECK_FALSE(outcome.hasWrites());
    CHECK(outcome.conflictCount() == 0);
}

TEST_CASE("A field both sides changed differently is a conflict with its three values", "[exchange][merge][values]")
{
    Sides sides;
    sides.theirs.actions[0].objectives = QStringLiteral("Réparer et prêter");
    sides.ours.actions[0].objectives = QStringLiteral("Réparer et former");
    sides.theirs.actions[0].experimentation = true; // a second field, only the sheet's
    const QUuid uuid = garage().uuid;

    SECTION("undecided: the database's value stays and the conflict is counted")
    {
        const MergeOutcome outcome = sides.merge();
        const FieldChange* conflict = fieldOf(outcome, uuid, QStringLiteral("objectives"));
        REQUIRE(conflict);
        CHECK(conflict->conflict);
        CHECK(conflict->base == QStringLiteral("Réparer à prix coûtant"));
        CHECK(conflict->database == QStringLiteral("Réparer et former"));
        CHECK(conflict->sheet == QStringLiteral("Réparer et prêter"));
        CHECK(conflict->resolution == Resolution::Undecided);
        CHECK(changeOf(outcome, uuid)->hasConflict());
        CHECK(outcome.conflictCount() == 1);
        CHECK(outcome.undecidedCount() == 1);
        const FieldChange* experimentation = fieldOf(outcome, uuid, QStringLiteral("experimentation"));
        REQUIRE(experimentation);
        CHECK_FALSE(experimentation->conflict);
        CHECK(experimentation->base == QStringLiteral("non"));
        CHECK(experimentation->sheet == QStringLiteral("oui"));
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().objectives == QStringLiteral("Réparer et former"));
        CHECK(outcome.actionUpdates.first().experimentation);
    }
    SECTION("decided for the sheet: its value is written")
    {
        const MergeOutcome outcome =
            sides.merge({{conflictKey(uuid, QStringLiteral("objectives")), Resolution::TakeSheet}});
        CHECK(fieldOf(outcome, uuid, QStringLiteral("objectives"))->resolution == Resolution::TakeSheet);
        CHECK(outcome.conflictCount() == 1);
        CHECK(outcome.undecidedCount() == 0);
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().objectives == QStringLiteral("Réparer et prêter"));
    }
    SECTION("decided for the database: its value stays, decided")
    {
        const MergeOutcome outcome =
            sides.merge({{conflictKey(uuid, QStringLiteral("objectives")), Resolution::KeepDatabase}});
        CHECK(fieldOf(outcome, uuid, QStringLiteral("objectives"))->resolution == Resolution::KeepDatabase);
        CHECK(outcome.undecidedCount() == 0);
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().objectives == QStringLiteral("Réparer et former"));
    }
    SECTION("settled by a merged text: that text is written")
    {
        const QString key = conflictKey(uuid, QStringLiteral("objectives"));
        const QString merged = QStringLiteral("Réparer, prêter et former");
        CHECK(fieldOf(sides.merge(), uuid, QStringLiteral("objectives"))->mergeable);
        const MergeOutcome outcome = sides.merge({{key, Resolution::Merged}}, {{key, merged}});
        const FieldChange* field = fieldOf(outcome, uuid, QStringLiteral("objectives"));
        CHECK(field->resolution == Resolution::Merged);
        CHECK(field->merged == merged);
        CHECK(outcome.undecidedCount() == 0);
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().objectives == merged);
    }
    SECTION("a field that is not text cannot be merged: still to decide")
    {
        sides.theirs.actions[0].status = ActionStatus::Completed;
        sides.ours.actions[0].status = ActionStatus::Abandoned;
        const QString key = conflictKey(uuid, QStringLiteral("status"));
        const MergeOutcome outcome = sides.merge({{key, Resolution::Merged}}, {{key, QStringLiteral("x")}});
        const FieldChange* field = fieldOf(outcome, uuid, QStringLiteral("status"));
        REQUIRE(field);
        CHECK_FALSE(field->mergeable);
        CHECK(field->resolution == Resolution::Undecided);
        CHECK(outcome.undecidedCount() == 2);
    }
    SECTION("a decision is keyed by uuid and field")
    {
        CHECK(conflictKey(uuid, QStringLiteral("objectives")) ==
              QStringLiteral("00000000-0000-4000-8000-000000000100/objectives"));
        const MergeOutcome outcome =
            sides.merge({{conflictKey(uuid, QStringLiteral("title")), Resolution::TakeSheet},
                         {conflictKey(permis().uuid, QStringLiteral("objectives")), Resolution::TakeSheet}});
        CHECK(outcome.undecidedCount() == 1);
    }
}

TEST_CASE("Lists of references merge element by element", "[exchange][merge][values]")
{
    Sides sides;
    // The sheet drops "Seniors" and adds "RSA"; the database meanwhile adds "Femmes isolées".
    sides.theirs.actions[0].publicIds = {Jeunes, Brsa};
    sides.ours.actions[0].publicIds = {Jeunes, Seniors, Femmes};
    // On a meeting: the sheet adds the MLJ, the database drops the DDETS.
    sides.theirs.meetings[0].partnerIds = {Caf, Ddets, Mlj};
    sides.ours.meetings[0].partnerIds = {Caf};
    const MergeOutcome outcome = sides.merge();

    CHECK(outcome.conflictCount() == 0);
    REQUIRE(outcome.actionUpdates.size() == 1);
    CHECK(outcome.actionUpdates.first().publicIds == QList<Id>{Jeunes, Femmes, Brsa});
    const FieldChange* publics = fieldOf(outcome, garage().uuid, QStringLiteral("publics"));
    REQUIRE(publics);
    CHECK(publics->base == QStringLiteral("Jeunes, Seniors"));
    CHECK(publics->database == QStringLiteral("Femmes isolées, Jeunes, Seniors"));
    CHECK(publics->sheet == QStringLiteral("Allocataires du RSA, Femmes isolées, Jeunes")); // the merged list
    REQUIRE(outcome.meetingUpdates.size() == 1);
    CHECK(outcome.meetingUpdates.first().partnerIds == QList<Id>{Caf, Mlj});
}

TEST_CASE("Actions added or deleted on either side", "[exchange][merge][values]")
{
    Sides sides;
    Action added;
    added.uuid = uuidFor(400);
    added.groupId = GroupId;
    added.title = QStringLiteral("Atelier vélo");
    added.status = ActionStatus::Project;

    SECTION("added in the sheet: inserted, listed with its filled fields")
    {
        added.indicators = {Indicator{NoId,
                                      uuidFor(410),
                                      QStringLiteral("Vélos remis"),
                                      IndicatorKind::Output,
                                      {},
                                      std::nullopt,
                                      std::nullopt,
                                      {}}};
        sides.theirs.actions.append(added);
        const MergeOutcome outcome = sides.merge();
        CHECK(outcome.actionInserts == QList<Action>{added});
        CHECK(outcome.actionUpdates.isEmpty());
        const ItemChange* change = changeOf(outcome, added.uuid);
        REQUIRE(change);
        CHECK(change->change == ItemChangeKind::Addition);
        CHECK(fieldNames(*change) ==
              QStringList{QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("experimentation")});
        const ItemChange* indicator = changeOf(outcome, uuidFor(410));
        REQUIRE(indicator);
        CHECK(indicator->kind == SheetItemKind::Indicator);
        CHECK(indicator->change == ItemChangeKind::Addition);
        CHECK(indicator->context == QStringLiteral("Atelier vélo"));
    }
    SECTION("added in the database: kept, nothing to say")
    {
        sides.ours.actions.append(added);
        const MergeOutcome outcome = sides.merge();
        CHECK(outcome.changes.isEmpty());
        CHECK_FALSE(outcome.hasWrites());
    }
    SECTION("deleted in the sheet, untouched in the database: deleted")
    {
        sides.theirs.actions.removeLast();
        const MergeOutcome outcome = sides.merge();
        CHECK(outcome.actionDeletes == QList<Action>{permis()});
        const ItemChange* change = changeOf(outcome, permis().uuid);
        REQUIRE(change);
        CHECK(change->change == ItemChangeKind::Deletion);
        CHECK(change->fields.isEmpty());
        CHECK(outcome.conflictCount() == 0);
    }
    SECTION("deleted in the database, untouched in the sheet: stays deleted")
    {
        sides.ours.actions.removeLast();
        const MergeOutcome outcome = sides.merge();
        CHECK(outcome.changes.isEmpty());
        CHECK_FALSE(outcome.hasWrites());
    }
    SECTION("deleted in the sheet, edited in the database: a conflict")
    {
        sides.theirs.actions.removeLast();
        sides.ours.actions.last().notes = QStringLiteral("Relancée");
        const MergeOutcome undecided = sides.merge();
        const FieldChange* conflict = fieldOf(undecided, permis().uuid, QString());
        REQUIRE(conflict);
        CHECK(conflict->conflict);
        CHECK(conflict->database == QStringLiteral("modification"));
        CHECK(conflict->sheet == QStringLiteral("suppression"));
        CHECK(changeOf(undecided, permis().uuid)->change == ItemChangeKind::Deletion);
        CHECK(undecided.undecidedCount() == 1);
        CHECK_FALSE(undecided.hasWrites()); // kept as the database has it

        const MergeOutcome taken = sides.merge({{conflictKey(permis().uuid, {}), Resolution::TakeSheet}});
        CHECK(taken.actionDeletes == QList<Action>{sides.ours.actions.last()});
        CHECK(taken.undecidedCount() == 0);
    }
    SECTION("deleted in the database, edited in the sheet: a conflict")
    {
        sides.ours.actions.removeLast();
        sides.theirs.actions.last().title = QStringLiteral("Permis pour tous");
        const MergeOutcome undecided = sides.merge();
        const FieldChange* conflict = fieldOf(undecided, permis().uuid, QString());
        REQUIRE(conflict);
        CHECK(conflict->conflict);
        CHECK(conflict->database == QStringLiteral("suppression"));
        CHECK(conflict->sheet == QStringLiteral("modification"));
        const FieldChange* title = fieldOf(undecided, permis().uuid, QStringLiteral("title"));
        REQUIRE(title);
        CHECK(title->sheet == QStringLiteral("Permis pour tous"));
        CHECK_FALSE(undecided.hasWrites()); // stays deleted

        const MergeOutcome taken = sides.merge({{conflictKey(permis().uuid, {}), Resolution::TakeSheet}});
        CHECK(taken.actionInserts == QList<Action>{sides.theirs.actions.last()}); // back, as the sheet has it
    }
}

TEST_CASE("Indicators added, deleted and edited inside an action", "[exchange][merge][values]")
{
    Sides sides;
    const Indicator repaired = garage().indicators.first();
    const Indicator returns{
        NoId, uuidFor(120), QStringLiteral("Retours à l'emploi"), IndicatorKind::Outcome, {}, std::nullopt, 30.0, {}};

    SECTION("added in the sheet, another in the database: both kept")
    {
        Indicator own = returns;
        own.uuid = uuidFor(130);
        own.name = QStringLiteral("Bénéficiaires");
        sides.theirs.actions[0].indicators.append(returns);
        sides.ours.actions[0].indicators.append(own);
        const MergeOutcome outcome = sides.merge();
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().indicators == QList<Indicator>{repaired, own, returns});
        const ItemChange* change = changeOf(outcome, returns.uuid);
        REQUIRE(change);
        CHECK(change->kind == SheetItemKind::Indicator);
        CHECK(change->change == ItemChangeKind::Addition);
        CHECK(change->context == QStringLiteral("Garage solidaire"));
        CHECK_FALSE(changeOf(outcome, own.uuid));
    }
    SECTION("deleted in the sheet: deleted with its measurements")
    {
        sides.theirs.actions[0].indicators.clear();
        const MergeOutcome outcome = sides.merge();
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().indicators.isEmpty());
        const ItemChange* change = changeOf(outcome, repaired.uuid);
        REQUIRE(change);
        CHECK(change->change == ItemChangeKind::Deletion);
        CHECK(outcome.conflictCount() == 0);
    }
    SECTION("deleted in the database while the sheet added a measurement to it: a conflict")
    {
        sides.ours.actions[0].indicators.clear();
        sides.theirs.actions[0].indicators[0].measurements.append(measurement(113, QDate(2024, 6, 30), 31.0));
        const MergeOutcome outcome = sides.merge();
        const FieldChange* conflict = fieldOf(outcome, repaired.uuid, QString());
        REQUIRE(conflict);
        CHECK(conflict->conflict);
        CHECK(outcome.undecidedCount() == 1);
        CHECK_FALSE(outcome.hasWrites());
    }
    SECTION("its target changed differently on both sides: a conflict shown as numbers")
    {
        sides.theirs.actions[0].indicators[0].target = 45.0;
        sides.ours.actions[0].indicators[0].target = 50.5;
        const MergeOutcome outcome = sides.merge();
        const FieldChange* target = fieldOf(outcome, repaired.uuid, QStringLiteral("target"));
        REQUIRE(target);
        CHECK(target->conflict);
        CHECK(target->base == formatNumber(40.0));
        CHECK(target->database == formatNumber(50.5));
        CHECK(target->sheet == formatNumber(45.0));
        CHECK(changeOf(outcome, repaired.uuid)->context == QStringLiteral("Garage solidaire"));
        CHECK_FALSE(outcome.hasWrites());

        const MergeOutcome taken =
            sides.merge({{conflictKey(repaired.uuid, QStringLiteral("target")), Resolution::TakeSheet}});
        REQUIRE(taken.actionUpdates.size() == 1);
        CHECK(taken.actionUpdates.first().indicators.first().target == 45.0);
    }
}

TEST_CASE("Measurements added, deleted and edited on either side", "[exchange][merge][values]")
{
    Sides sides;
    const Indicator repaired = garage().indicators.first();
    const QString context = QStringLiteral("Véhicules réparés — Garage solidaire");

    SECTION("one added on each side: both kept, in date order")
    {
        const Measurement march = measurement(113, QDate(2024, 3, 31), 28.0);
        const Measurement june = measurement(114, QDate(2024, 6, 30), 31.0);
        sides.theirs.actions[0].indicators[0].measurements.append(june);
        sides.ours.actions[0].indicators[0].measurements.append(march);
        const MergeOutcome outcome = sides.merge();
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().indicators.first().measurements ==
              QList<Measurement>{repaired.measurements.at(0), repaired.measurements.at(1), march, june});
        const ItemChange* change = changeOf(outcome, june.uuid);
        REQUIRE(change);
        CHECK(change->kind == SheetItemKind::Measurement);
        CHECK(change->change == ItemChangeKind::Addition);
        CHECK(change->label == formatDate(QDate(2024, 6, 30)));
        CHECK(change->context == context);
        CHECK_FALSE(changeOf(outcome, march.uuid));
    }
    SECTION("deleted in the sheet: deleted")
    {
        sides.theirs.actions[0].indicators[0].measurements.removeFirst();
        const MergeOutcome outcome = sides.merge();
        REQUIRE(outcome.actionUpdates.size() == 1);
        CHECK(outcome.actionUpdates.first().indicators.first().measurements ==
              QList<Measurement>{repaired.measurements.at(1)});
        CHECK(changeOf(outcome, uuidFor(111))->change == ItemChangeKind::Deletion);
    }
    SECTION("deleted in the database: stays deleted")
    {
        sides.ours.actions[0].indicators[0].measurements.removeFirst();
        const MergeOutcome outcome = sides.merge();
        CHECK(outcome.changes.isEmpty());
        CHECK_FALSE(outcome.hasWrites());
    }
    SECTION("a value corrected on one side, its comment on the other: both")
    {
        sides.theirs.actions[0].indicators[0].measurements[1].value = 26.0;
        sides.ours.actions[0].indicators[0].measurements[1].comment = QStringLiteral("Bilan annuel");
        const MergeOutcome outcome = sides.merge();
        REQUIRE(outcome.actionUpdates.size() == 1);
        const Measurement merged = outcome.actionUpdates.first().indicators.first().measurements.at(1);
        CHECK(merged.value == 26.0);
        CHECK(merged.comment == QStringLiteral("Bilan annuel"));
        const FieldChange* value = fieldOf(outcome, uuidFor(112), QStringLiteral("value"));
        REQUIRE(value);
        CHECK_FALSE(value->conflict);
        CHECK(value->sheet == formatNumber(26.0));
    }
    SECTION("a value changed differently on both sides: a conflict")
    {
        sides.theirs.actions[0].indicators[0].measurements[1].value = 26.0;
        sides.ours.actions[0].indicators[0].measurements[1].value = 27.0;
        const MergeOutcome outcome = sides.merge();
        const FieldChange* value = fieldOf(outcome, uuidFor(112), QStringLiteral("value"));
        REQUIRE(value);
        CHECK(value->conflict);
        CHECK(changeOf(outcome, uuidFor(112))->context == context);
        CHECK_FALSE(outcome.hasWrites());
        const MergeOutcome taken =
            sides.merge({{conflictKey(uuidFor(112), QStringLiteral("value")), Resolution::TakeSheet}});
        REQUIRE(taken.actionUpdates.size() == 1);
        CHECK(taken.actionUpdates.first().indicators.first().measurements.at(1).value == 26.0);
    }
}

TEST_CASE("Meetings merge field by field, added and deleted on either side", "[exchange][merge][values]")
{
    Sides sides;
    Meeting added;
    added.uuid = uuidFor(500);
    added.editionId = 1;
    added.kind = MeetingKind::WorkingGroup;
    added.date = QDate(2024, 9, 12);
    added.groupId = GroupId;

    SECTION("the sheet's head count and the database's agenda: both")
    {
        sides.theirs.meetings[0].headCount = 12;
        sides.theirs.meetings[0].status = MeetingStatus::Held;
        sides.ours.meetings[0].agenda = QStringLiteral("Bilan de l'année");
        const MergeOutcome outcome = sides.merge();
        Meeting expected = sides.ours.meetings[0];
        expected.headCount = 12;
        expected.status = MeetingStatus::Held;
        CHECK(outcome.meetingUpdates == QList<Meeting>{expected});
        const ItemChange* change = changeOf(outcome, copil().uuid);
        REQUIRE(change);
        CHECK(change->kind == SheetItemKind::Meeting);
        CHECK(fieldNames(*change) == QStringList{QStringLiteral("status"), QStringLiteral("headCount")});
        CHECK(fieldOf(outcome, copil().uuid, QStringLiteral("headCount"))->sheet == QStringLiteral("12"));
    }
    SECTION("its date changed differently on both sides: a conflict")
    {
        sides.theirs.meetings[0].date = QDate(2024, 3, 21);
        sides.ours.meetings[0].date = QDate(2024, 3, 28);
        const MergeOutcome outcome = sides.merge();
        const FieldChange* date = fieldOf(outcome, copil().uuid, QStringLiteral("date"));
        REQUIRE(date);
        CHECK(date->conflict);
        CHECK(date->base == formatDate(QDate(2024, 3, 14)));
        CHECK(date->database == formatDate(QDate(2024, 3, 28)));
        CHECK(date->sheet == formatDate(QDate(2024, 3, 21)));
        CHECK_FALSE(outcome.hasWrites());
    }
    SECTION("added in the sheet: inserted")
    {
        sides.theirs.meetings.append(added);
        const MergeOutcome outcome = sides.merge();
        CHECK(outcome.meetingInserts == QList<Meeting>{added});
        CHECK(changeOf(outcome, added.uuid)->change == ItemChangeKind::Addition);
    }
    SECTION("added in the database: kept")
    {
        sides.ours.meetings.append(added);
        CHECK_FALSE(sides.merge().hasWrites());
    }
    SECTION("deleted in the sheet: deleted")
    {
        sides.theirs.meetings.clear();
        const MergeOutcome outcome = sides.merge();
        CHECK(outcome.meetingDeletes == QList<Meeting>{copil()});
        CHECK(changeOf(outcome, copil().uuid)->change == ItemChangeKind::Deletion);
    }
    SECTION("deleted in the database, edited in the sheet: a conflict, taken back on decision")
    {
        sides.ours.meetings.clear();
        sides.theirs.meetings[0].decisions = QStringLiteral("Poursuivre");
        CHECK(sides.merge().undecidedCount() == 1);
        const MergeOutcome taken = sides.merge({{conflictKey(copil().uuid, {}), Resolution::TakeSheet}});
        CHECK(taken.meetingInserts == QList<Meeting>{sides.theirs.meetings[0]});
    }
}

} // namespace pacte_test_exchange_sheet_merge_values_test
