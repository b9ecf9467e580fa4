// The full dump's parser, shared by the files that read its parts: dumpreader.cpp (the top level,
// the shared records, the order of writing), dumpeditions.cpp (an edition and what it holds) and
// dumpevaluations.cpp (the evaluations and the local pacts). Internal to the exchange layer.
#pragma once

#include "domain/action.h"
#include "domain/axis.h"
#include "domain/edition.h"
#include "domain/evaluation.h"
#include "domain/evaluationsnapshot.h"
#include "domain/format.h"
#include "domain/groupevaluation.h"
#include "domain/localpact.h"
#include "domain/meeting.h"
#include "domain/partner.h"
#include "domain/person.h"
#include "domain/reference.h"
#include "domain/rules.h"
#include "domain/territory.h"
#include "domain/validation.h"
#include "domain/workinggroup.h"
#include "dump.h"
#include "dumphistory.h"
#include "fundingjson.h"
#include "jsonaccess.h"
#include "provenancejson.h"
#include "recordjson.h"
#include "storage/renewal.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pacte::dumpparse {

using json::Json;
using json::Path;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Dump)
};

template <typename T>
void check(const T& item, const Path& path)
{
    json::checkValid(item, path);
}

// uuid -> provisional id, per kind of record.
class Ids final
{
public:
    explicit Ids(QSet<QUuid>& all)
        : m_all(all)
    {}
    Id add(const QUuid& uuid, const Path& path)
    {
        if (m_all.contains(uuid))
            json::fail(path / "uuid",
                       Tr::tr("the identifier %1 is used twice in the file.").arg(uuid.toString(QUuid::WithoutBraces)));
        m_all.insert(uuid);
        const Id id = static_cast<Id>(m_ids.size()) + 1;
        m_ids.insert(uuid, id);
        return id;
    }
    // NoId for a null uuid; an unknown one fails with `what` naming the kind expected.
    Id resolve(const QUuid& uuid, const Path& path, const QString& what) const
    {
        if (uuid.isNull())
            return NoId;
        const auto it = m_ids.constFind(uuid);
        if (it == m_ids.cend())
            json::fail(path,
                       Tr::tr("%1 does not name any %2 of the file.").arg(uuid.toString(QUuid::WithoutBraces), what));
        return it.value();
    }
    QList<Id> resolveAll(const QList<QUuid>& uuids, const Path& path, const QString& what) const
    {
        QList<Id> ids;
        for (qsizetype i = 0; i < uuids.size(); ++i)
            ids.append(resolve(uuids.at(i), path[static_cast<std::size_t>(i)], what));
        return ids;
    }

private:
    QHash<QUuid, Id> m_ids;
    QSet<QUuid>& m_all; // uuids are unique across kinds too
};

struct DumpContent
{
    QList<Territory> territories;
    QList<TargetPublic> publics;
    QList<Dispositif> dispositifs;
    QList<Partner> partners;
    QList<Person> persons;
    QList<Edition> editions;
    QList<Axis> axes;
    QList<WorkingGroup> groups;
    QList<Action> actions;
    QList<Meeting> meetings;
    QList<Evaluation> evaluations;
    QHash<qsizetype, EvaluationSnapshot> snapshots; // by index in `evaluations`
    QList<GroupEvaluation> groupEvaluations;
    QList<LocalPact> localPacts;
    QList<Renewal> renewals;
};

class DumpParser final
{
public:
    DumpContent parse(const Json& root);

private:
    void parseTerritories(const Json& root, const Path& path);
    void parsePublics(const Json& root, const Path& path);
    void parseDispositifs(const Json& root, const Path& path);
    void parsePartners(const Json& root, const Path& path);
    void parsePersons(const Json& root, const Path& path);
    void parseEdition(const Json& object, const Path& path);
    void parseAxis(const Json& object, const Path& path, Id editionId);
    void parseSignature(const Json& object, const Path& path, Id editionId);
    void parseGroup(const Json& object, const Path& path, Id editionId);
    void parseCommitment(const Json& object, const Path& path, Id editionId);
    void parseAction(const Json& object, const Path& path);
    Indicator parseIndicator(const Json& object, const Path& path);
    void parseMeeting(const Json& object, const Path& path, Id editionId);
    void parseEvaluation(const Json& object, const Path& path, Id editionId);
    void parseGroupEvaluation(const Json& object, const Path& path, Id editionId);
    void parseLocalPact(const Json& object, const Path& path, Id editionId);
    void parseRenewal(const Json& object, const Path& path, Id editionId);
    QList<Edition> editionsInDependencyOrder(const Path& path) const;
    void resolveContinues();
    QList<Action> actionsInDependencyOrder(const Path& path) const;

    DumpContent m_content;
    int m_version = DumpFormatVersion;
    QSet<QUuid> m_allUuids;
    Ids m_territories{m_allUuids}, m_publics{m_allUuids}, m_dispositifs{m_allUuids}, m_partners{m_allUuids},
        m_persons{m_allUuids}, m_editions{m_allUuids}, m_axes{m_allUuids}, m_themes{m_allUuids},
        m_templates{m_allUuids}, m_groups{m_allUuids}, m_actions{m_allUuids},
        m_others{m_allUuids}; // m_others: records nothing refers to
    QHash<Id, Id> m_axisEdition, m_themeAxis, m_groupEdition, m_actionEdition;
    QHash<Id, qsizetype> m_partnerIndex;
    // The action each action continues, resolved once every action is known (it may come later).
    struct Continues
    {
        qsizetype action;
        QUuid uuid;
        Path path;
    };
    QList<Continues> m_continues;
    QList<std::pair<QUuid, Path>> m_renewalSources; // by index in m_content.renewals
};

} // namespace pacte::dumpparse
