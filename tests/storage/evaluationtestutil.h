#pragma once
// Helpers of the storage tests of the yearly evaluation (evaluationstore_test.cpp,
// evaluationcompare_test.cpp).
#include "common/catchqt.h"
#include "common/testutil.h"
#include "domain/editionstats.h"
#include "domain/format.h"
#include "domain/rules.h"
#include "exchange/dump.h"
#include "storage/cascade.h"
#include "storage/changelog.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/recordquery.h"
#include "storage/repository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

namespace pacte::evaluationtest {

using namespace pacte::test;

inline int count(Database& db, const QString& sql, const QVariantList& binds = {})
{
    SqlQuery query(db, sql);
    query.bindAll(binds).exec();
    return query.next() ? query.integer(0) : -1;
}

inline QString snapshotContent(Database& db, Id evaluationId)
{
    SqlQuery query(db, QStringLiteral("SELECT content FROM evaluation_snapshot WHERE evaluation_id = ?"));
    query.bind(evaluationId).exec();
    return query.next() ? query.text(0) : QString();
}

// Makes the change log say that a change to `uuid` happened at `when`, as if the coordinator had
// made it then (UTC, the change log's own format).
inline void redate(Database& db, const QUuid& uuid, const QString& operation, const QString& when,
                   const QString& field = QString())
{
    SqlQuery(db, QStringLiteral("UPDATE change_log SET changed_at = ? WHERE entity_uuid = ? AND operation = ? AND "
                                "field = ?"))
        .bindAll({when, dbUuid(uuid), operation, field})
        .exec();
    REQUIRE(count(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity_uuid = ? AND changed_at = ?"),
                  {dbUuid(uuid), when}) > 0);
}

inline const EvaluationSnapshot::ActionState* actionNamed(const EvaluationSnapshot& s, const QString& title)
{
    for (const auto& a : s.actions) {
        if (a.title == title)
            return &a;
    }
    return nullptr;
}

inline const EvaluationSnapshot::GroupState* groupNamed(const EvaluationSnapshot& s, const QString& name)
{
    for (const auto& g : s.groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

inline const EvaluationSnapshot::IndicatorState* indicatorNamed(const EvaluationSnapshot& s, const QString& name)
{
    for (const auto& i : s.indicators) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

inline QStringList meetingTitles(const EvaluationSnapshot& s)
{
    QStringList titles;
    for (const auto& m : s.meetings)
        titles << m.title;
    return titles;
}

inline bool hasAction(const EditionData& data, const QUuid& uuid)
{
    return std::any_of(data.actions.cbegin(), data.actions.cend(), [&](const Action& a) { return a.uuid == uuid; });
}

inline bool hasGroup(const EditionData& data, const QUuid& uuid)
{
    return std::any_of(data.groups.cbegin(), data.groups.cend(), [&](const WorkingGroup& g) { return g.uuid == uuid; });
}

inline bool hasMeeting(const EditionData& data, const QUuid& uuid)
{
    return std::any_of(data.meetings.cbegin(), data.meetings.cend(), [&](const Meeting& m) { return m.uuid == uuid; });
}

inline QMap<ActionStatus, int> statusCounts(const EvaluationSnapshot& s)
{
    QMap<ActionStatus, int> counts;
    for (const auto& a : s.actions)
        ++counts[a.status];
    return counts;
}

// An edition that began this year by Clock ("PTI 2026-2029" on 28 November 2026), filled through the
// repositories as the coordinator would: two groups, three actions with indicators, meetings.
struct CurrentEdition
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("courant.pacte"));
    std::unique_ptr<Database> db = createDatabase(path);
    int year = Clock::currentDate().year();
    QDate first = QDate(year, 1, 1);
    Edition edition;
    Axis axis;
    Territory biterrois{NoId, {}, QStringLiteral("Biterrois"), {}, {}, {}};
    Territory thau{NoId, {}, QStringLiteral("Étang de Thau"), {}, {}, {}};
    Partner cd{NoId,
               {},
               QStringLiteral("Conseil départemental"),
               QStringLiteral("CD"),
               PartnerCategory::Departement,
               {},
               {},
               {},
               {},
               {}};
    WorkingGroup mobilite;
    WorkingGroup emploi;
    Action garage;
    Action permis;
    Action jobDating;
    Meeting committee;
    Meeting copil;

    CurrentEdition()
    {
        edition.title = QStringLiteral("PTI %1-%2").arg(year).arg(year + 3);
        edition.startDate = first;
        edition.endDate = QDate(year + 3, 12, 31);
        EditionRepository(*db).insert(edition);
        axis = Axis{NoId, {}, edition.id, 1, QStringLiteral("Lever les freins"), {}, {}};
        axis.themes = {Theme{NoId, {}, NoId, QStringLiteral("Mobilité"), {}}};
        AxisRepository(*db).insert(axis);
        TerritoryRepository(*db).insert(biterrois);
        TerritoryRepository(*db).insert(thau);
        cd.signatures = {Signature{NoId, {}, edition.id, SignatureStatus::Signed, first, {}, {}, std::nullopt}};
        PartnerRepository(*db).insert(cd);

        mobilite.editionId = edition.id;
        mobilite.name = QStringLiteral("Mobilité");
        mobilite.axisId = axis.id;
        mobilite.themeId = axis.themes.at(0).id;
        mobilite.territoryIds = {biterrois.id, thau.id};
        WorkingGroupRepository(*db).insert(mobilite);
        emploi.editionId = edition.id;
        emploi.name = QStringLiteral("Emploi");
        emploi.territoryIds = {thau.id};
        WorkingGroupRepository(*db).insert(emploi);

        garage = makeAction(mobilite.id, QStringLiteral("Garage solidaire"), ActionStatus::InProgress);
        garage.indicators = {Indicator{NoId,
                                       {},
                                       QStringLiteral("Véhicules réparés"),
                                       IndicatorKind::Output,
                                       QStringLiteral("véhicules"),
                                       std::nullopt,
                                       20.0,
                                       {Measurement{NoId, {}, first, 7.0, std::nullopt, {}}}}};
        ActionRepository(*db).insert(garage);
        permis = makeAction(mobilite.id, QStringLiteral("Permis solidaire"), ActionStatus::Project);
        ActionRepository(*db).insert(permis);
        jobDating = makeAction(emploi.id, QStringLiteral("Job dating"), ActionStatus::Running);
        jobDating.experimentation = true;
        jobDating.indicators = {Indicator{NoId,
                                          {},
                                          QStringLiteral("Embauches"),
                                          IndicatorKind::Outcome,
                                          QStringLiteral("personnes"),
                                          std::nullopt,
                                          10.0,
                                          {Measurement{NoId, {}, first, 3.0, 5.0, {}}}}};
        ActionRepository(*db).insert(jobDating);

        committee.editionId = edition.id;
        committee.kind = MeetingKind::LocalCommittee;
        committee.status = MeetingStatus::Held;
        committee.date = first;
        committee.title = QStringLiteral("Comité local du Biterrois");
        committee.territoryId = biterrois.id;
        MeetingRepository(*db).insert(committee);
        copil.editionId = edition.id;
        copil.kind = MeetingKind::CopilLaunch;
        copil.status = MeetingStatus::Held;
        copil.date = first;
        copil.title = QStringLiteral("COPIL de lancement");
        MeetingRepository(*db).insert(copil);
    }

    static Action makeAction(Id groupId, const QString& title, ActionStatus status)
    {
        Action a;
        a.groupId = groupId;
        a.title = title;
        a.status = status;
        return a;
    }
};

} // namespace pacte::evaluationtest
