#include "renewal.h"

#include "database.h"
#include "domain/clock.h"
#include "editionloader.h"
#include "evaluationstore.h"
#include "repository.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Renewal)
};

// The change log says "renew" (and the edition renewed) for the life of the object.
class RenewSource final
{
public:
    RenewSource(Database& db, const QString& detail)
        : m_db(db)
        , m_source(db.changeSource())
        , m_detail(db.changeSourceDetail())
    {
        db.setChangeSource(ChangeSource::Renew, detail);
    }
    ~RenewSource() { m_db.setChangeSource(m_source, m_detail); }
    RenewSource(const RenewSource&) = delete;
    RenewSource& operator=(const RenewSource&) = delete;

private:
    Database& m_db;
    ChangeSource m_source;
    QString m_detail;
};

bool finalIsFrozen(Database& db, Id editionId, int year)
{
    const auto evaluation = findEvaluation(db, editionId, year, EvaluationKind::Final);
    return evaluation && frozenSnapshotOf(db, evaluation->id);
}

template <typename T>
bool chosen(const QSet<QUuid>& uuids, const T& item)
{
    return uuids.contains(item.uuid);
}

} // namespace

void storeRenewal(Database& db, const Renewal& r)
{
    db.ensureWritable();
    SqlQuery(db, QStringLiteral("INSERT INTO renewal (edition_id, source_edition_id, renewed_at, renewed_by, axes, "
                                "themes, partners, working_groups, actions, frozen_final_year) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(r.editionId)
        .bind(dbId(r.sourceEditionId))
        .bind(r.renewedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(r.renewedBy)
        .bind(r.axes)
        .bind(r.themes)
        .bind(r.partners)
        .bind(r.groups)
        .bind(r.actions)
        .bind(r.frozenFinalYear)
        .exec();
}

RenewalChoice RenewalChoice::everything(const RenewalCandidates& candidates)
{
    RenewalChoice choice;
    for (const auto& axis : candidates.axes)
        choice.axes.insert(axis.uuid);
    for (const auto& partner : candidates.partners)
        choice.partners.insert(partner.uuid);
    for (const auto& group : candidates.groups)
        choice.groups.insert(group.uuid);
    for (const auto& action : candidates.actions)
        choice.actions.insert(action.uuid);
    choice.freezeFinal = candidates.canFreezeFinal;
    return choice;
}

RenewalCandidates renewalCandidates(Database& db, Id sourceEditionId)
{
    RenewalCandidates c;
    const auto source = EditionRepository(db).find(sourceEditionId);
    if (!source)
        throw StorageError(Tr::tr("This edition no longer exists."));
    c.source = *source;
    c.axes = AxisRepository(db).ofEdition(sourceEditionId);
    for (const auto& partner : PartnerRepository(db).all()) {
        const Signature* signature = partner.signatureFor(sourceEditionId);
        if (signature && signature->status != SignatureStatus::Declined)
            c.partners.append(partner);
    }
    QSet<Id> activeGroups;
    for (const auto& group : WorkingGroupRepository(db).ofEdition(sourceEditionId)) {
        if (group.status != GroupStatus::Active)
            continue;
        c.groups.append(group);
        activeGroups.insert(group.id);
    }
    for (const auto& action : ActionRepository(db).ofEdition(sourceEditionId)) {
        if (activeGroups.contains(action.groupId) && isCarriedOnByRenewal(action.status))
            c.actions.append(action);
    }
    c.finalYear = c.source.lastYear();
    c.finalFrozen = finalIsFrozen(db, sourceEditionId, c.finalYear);
    c.canFreezeFinal = !c.finalFrozen && c.finalYear <= Clock::currentDate().year();
    return c;
}

FieldErrors renewalErrors(Database& db, const Edition& source, const Edition& edition)
{
    FieldErrors errors = validateRenewal(source, edition);
    if (!edition.title.trimmed().isEmpty() && findEditionByTitle(db, edition.title.trimmed()))
        errors.prepend({QStringLiteral("title"),
                        Tr::tr("An edition is already named \"%1\": choose another title.").arg(edition.title)});
    return errors;
}

RenewalRecords planRenewal(Database& db, const RenewalCandidates& candidates, Edition edition,
                           const RenewalChoice& choice)
{
    RenewalRecords r;
    r.source = candidates.source;
    edition.id = NoId;
    edition.uuid = QUuid();
    edition.title = edition.title.trimmed();
    edition.departement = candidates.source.departement;
    edition.predecessorId = candidates.source.id;
    if (const FieldErrors errors = renewalErrors(db, candidates.source, edition); !errors.isEmpty())
        throw ValidationError(errors);
    r.edition = edition;

    for (Axis axis : candidates.axes) {
        if (!chosen(choice.axes, axis))
            continue;
        r.axisSources.append(axis.id);
        axis.id = NoId;
        axis.uuid = QUuid();
        axis.editionId = NoId;
        for (auto& theme : axis.themes) {
            theme.uuid = QUuid();
            theme.axisId = NoId; // theme ids stay the source's until written: they map the references
        }
        r.summary.themes += static_cast<int>(axis.themes.size());
        r.axes.append(axis);
    }
    for (const Partner& partner : candidates.partners) {
        if (!chosen(choice.partners, partner))
            continue;
        Partner after = partner;
        Signature pending;
        pending.status = SignatureStatus::Pending; // its edition is set when the edition is written
        after.signatures.append(pending);
        r.partnersBefore.append(partner);
        r.partners.append(after);
    }
    QSet<Id> groups;
    for (WorkingGroup group : candidates.groups) {
        if (!chosen(choice.groups, group))
            continue;
        groups.insert(group.id);
        r.groupSources.append(group.id);
        group.id = NoId;
        group.uuid = QUuid();
        group.editionId = NoId;
        group.status = GroupStatus::Active;
        group.memberPartnerIds.clear(); // the group goes on with its pilot and co-pilot; members join again
        group.memberPersonIds.clear();
        r.groups.append(group);
    }
    for (Action action : candidates.actions) {
        if (!chosen(choice.actions, action) || !groups.contains(action.groupId))
            continue;
        action.continuesId = action.id;
        action.id = NoId;
        action.uuid = QUuid();
        if (action.endDate.isValid() && action.endDate < edition.startDate)
            action.endDate = QDate();               // its planned end passed with the old pact
        for (auto& indicator : action.indicators) { // how it is evaluated, not what was measured
            indicator.id = NoId;
            indicator.uuid = QUuid();
            indicator.measurements.clear();
        }
        // The old pact's money stays with the old action: its years are not the new pact's, and the new
        // financing is decided anew (issue 20).
        action.fundings.clear();
        r.actions.append(action);
    }
    r.freezeFinal = choice.freezeFinal && candidates.canFreezeFinal;
    r.finalYear = candidates.finalYear;
    r.summary.sourceEditionId = candidates.source.id;
    r.summary.sourceTitle = candidates.source.title;
    r.summary.axes = static_cast<int>(r.axes.size());
    r.summary.partners = static_cast<int>(r.partners.size());
    r.summary.groups = static_cast<int>(r.groups.size());
    r.summary.actions = static_cast<int>(r.actions.size());
    return r;
}

void writeRenewal(Database& db, RenewalRecords& records)
{
    db.ensureWritable();
    const RenewSource source(db, records.source.title);
    Transaction transaction(db);
    RenewalRecords r = records; // `records` changes only once everything is written
    if (!r.written) {
        if (!EditionRepository(db).find(r.source.id))
            throw StorageError(Tr::tr("The edition renewed, \"%1\", no longer exists.").arg(r.source.title));
    }
    // The source's figures first, as they stand before anything of the new edition exists.
    if (r.freezeFinal && !finalIsFrozen(db, r.source.id, r.finalYear)) {
        freezeYear(db, r.source.id, r.finalYear, EvaluationKind::Final);
        r.summary.frozenFinalYear = r.finalYear;
    }
    EditionRepository(db).insert(r.edition);

    QHash<Id, Id> axisIds;
    QHash<Id, Id> themeIds;
    for (int i = 0; i < r.axes.size(); ++i) {
        Axis& axis = r.axes[i];
        axis.editionId = r.edition.id;
        QList<Id> sourceThemes;
        for (auto& theme : axis.themes) {
            theme.axisId = axis.id;
            if (!r.written) {
                sourceThemes.append(theme.id);
                theme.id = NoId;
            }
        }
        AxisRepository(db).insert(axis);
        axisIds.insert(r.axisSources.value(i), axis.id);
        for (int t = 0; t < sourceThemes.size(); ++t)
            themeIds.insert(sourceThemes[t], axis.themes[t].id);
    }
    for (auto& partner : r.partners) {
        for (auto& signature : partner.signatures) {
            if (signature.editionId == NoId)
                signature.editionId = r.edition.id;
        }
        PartnerRepository(db).update(partner);
    }
    QHash<Id, Id> groupIds;
    for (int i = 0; i < r.groups.size(); ++i) {
        WorkingGroup& group = r.groups[i];
        group.editionId = r.edition.id;
        if (!r.written) {
            group.axisId = axisIds.value(group.axisId, NoId);
            group.themeId = themeIds.value(group.themeId, NoId);
        }
        WorkingGroupRepository(db).insert(group);
        groupIds.insert(r.groupSources.value(i), group.id);
    }
    for (auto& action : r.actions) {
        if (!r.written) {
            action.groupId = groupIds.value(action.groupId, NoId);
            action.axisId = axisIds.value(action.axisId, NoId);
            action.themeId = themeIds.value(action.themeId, NoId);
        }
        ActionRepository(db).insert(action);
    }
    r.summary.editionId = r.edition.id;
    if (!r.written) {
        r.summary.renewedAt = Clock::currentDateTimeUtc();
        r.summary.renewedBy = db.userName();
    }
    storeRenewal(db, r.summary);
    transaction.commit();
    r.written = true;
    records = r;
}

void removeRenewal(Database& db, const RenewalRecords& records)
{
    db.ensureWritable();
    Transaction transaction(db);
    for (auto partner : records.partnersBefore)
        PartnerRepository(db).update(partner);
    EditionRepository(db).remove(records.edition.id); // its axes, groups, actions and summary go with it
    transaction.commit();
}

std::optional<Renewal> findRenewal(Database& db, Id editionId)
{
    SqlQuery query(db, QStringLiteral("SELECT r.edition_id, r.source_edition_id, e.title AS source_title, "
                                      "r.renewed_at, r.renewed_by, r.axes, r.themes, r.partners, r.working_groups, "
                                      "r.actions, r.frozen_final_year FROM renewal r "
                                      "LEFT JOIN edition e ON e.id = r.source_edition_id WHERE r.edition_id = ?"));
    query.bind(editionId).exec();
    if (!query.next())
        return std::nullopt;
    Renewal r;
    r.editionId = query.id("edition_id");
    r.sourceEditionId = query.id("source_edition_id");
    r.sourceTitle = query.text("source_title");
    r.renewedAt = QDateTime::fromString(query.text("renewed_at"), Qt::ISODateWithMs);
    r.renewedBy = query.text("renewed_by");
    r.axes = query.integer("axes");
    r.themes = query.integer("themes");
    r.partners = query.integer("partners");
    r.groups = query.integer("working_groups");
    r.actions = query.integer("actions");
    r.frozenFinalYear = query.integer("frozen_final_year");
    return r;
}

namespace {

ContinuedAction readContinued(const SqlQuery& query)
{
    ContinuedAction c;
    c.actionId = query.id("earlier_id");
    c.title = query.text("earlier_title");
    c.editionTitle = query.text("edition_title");
    c.status = enumFromCode<ActionStatus>(query.text("earlier_status")).value_or(ActionStatus::Project);
    return c;
}

const char* const continuedSelect =
    "SELECT a.id AS action_id, p.id AS earlier_id, p.title AS earlier_title, p.status AS earlier_status, "
    "e.title AS edition_title FROM action a JOIN working_group g ON g.id = a.group_id "
    "JOIN action p ON p.id = a.continues_id JOIN working_group pg ON pg.id = p.group_id "
    "JOIN edition e ON e.id = pg.edition_id WHERE ";

} // namespace

std::optional<ContinuedAction> continuedAction(Database& db, Id continuesId)
{
    if (continuesId == NoId)
        return std::nullopt;
    SqlQuery query(db, QStringLiteral("SELECT p.id AS earlier_id, p.title AS earlier_title, p.status AS "
                                      "earlier_status, e.title AS edition_title FROM action p "
                                      "JOIN working_group pg ON pg.id = p.group_id "
                                      "JOIN edition e ON e.id = pg.edition_id WHERE p.id = ?"));
    query.bind(continuesId).exec();
    if (!query.next())
        return std::nullopt;
    return readContinued(query);
}

QHash<Id, ContinuedAction> continuedActionsOf(Database& db, Id editionId)
{
    SqlQuery query(db, QString::fromLatin1(continuedSelect) + QStringLiteral("g.edition_id = ?"));
    query.bind(editionId).exec();
    QHash<Id, ContinuedAction> result;
    while (query.next())
        result.insert(query.id("action_id"), readContinued(query));
    return result;
}

} // namespace pacte
