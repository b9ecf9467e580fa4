#include "editiontables.h"

#include "domain/clock.h"
#include "domain/partnernames.h"
#include "domain/rules.h"
#include "editiontablesfunding.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"

#include <QCoreApplication>
#include <QHash>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Tables)
};

// Ids to records, for the lookups every row makes (EditionData's own are linear).
template <typename T>
QHash<Id, const T*> index(const QList<T>& items)
{
    QHash<Id, const T*> result;
    result.reserve(items.size());
    for (const auto& item : items)
        result.insert(item.id, &item);
    return result;
}

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

QVariant number(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

class Lookups final
{
public:
    explicit Lookups(const EditionData& data)
        : m_territories(index(data.territories))
        , m_partners(index(data.partners))
        , m_persons(index(data.persons))
        , m_axes(index(data.axes))
        , m_groups(index(data.groups))
        , m_publics(index(data.publics))
        , m_dispositifs(index(data.dispositifs))
    {
        for (const auto& axis : data.axes) {
            for (const auto& theme : axis.themes)
                m_themes.insert(theme.id, &theme);
        }
    }

    QString territory(Id id) const { return name(m_territories.value(id)); }
    QString territories(const QList<Id>& ids) const
    {
        QStringList names;
        for (Id id : ids)
            names << territory(id);
        names.removeAll(QString());
        return names.join(QStringLiteral(", "));
    }
    QString partner(Id id) const
    {
        const Partner* p = m_partners.value(id);
        return p ? p->name : QString();
    }
    QString partners(const QList<Id>& ids) const
    {
        QStringList names;
        for (Id id : ids)
            names << partner(id);
        names.removeAll(QString());
        return names.join(QStringLiteral(", "));
    }
    QString person(Id id) const
    {
        const Person* p = m_persons.value(id);
        return p ? p->displayName() : QString();
    }
    QString persons(const QList<Id>& ids) const
    {
        QStringList names;
        for (Id id : ids)
            names << person(id);
        names.removeAll(QString());
        return names.join(QStringLiteral(", "));
    }
    QString axis(Id id) const
    {
        const Axis* a = m_axes.value(id);
        return a ? QStringLiteral("%1. %2").arg(a->number).arg(a->title) : QString();
    }
    QString theme(Id id) const { return name(m_themes.value(id)); }
    const WorkingGroup* group(Id id) const { return m_groups.value(id); }
    QString groupName(Id id) const
    {
        const WorkingGroup* g = group(id);
        return g ? g->name : QString();
    }
    QString publics(const QList<Id>& ids) const
    {
        QStringList names;
        for (Id id : ids)
            names << name(m_publics.value(id));
        names.removeAll(QString());
        return names.join(QStringLiteral(", "));
    }
    QString dispositifs(const QList<Id>& ids) const
    {
        QStringList names;
        for (Id id : ids) {
            if (const Dispositif* d = m_dispositifs.value(id))
                names << (d->acronym.isEmpty() ? d->name : d->acronym);
        }
        return names.join(QStringLiteral(", "));
    }

private:
    template <typename T>
    static QString name(const T* item)
    {
        return item ? item->name : QString();
    }

    QHash<Id, const Territory*> m_territories;
    QHash<Id, const Partner*> m_partners;
    QHash<Id, const Person*> m_persons;
    QHash<Id, const Axis*> m_axes;
    QHash<Id, const Theme*> m_themes;
    QHash<Id, const WorkingGroup*> m_groups;
    QHash<Id, const TargetPublic*> m_publics;
    QHash<Id, const Dispositif*> m_dispositifs;
};

QString roleText(const PersonRole& role, const Lookups& lookups)
{
    if (role.kind == PersonRoleKind::TerritoryReferent && role.territoryId != NoId)
        return QStringLiteral("%1 — %2").arg(enumLabel(role.kind), lookups.territory(role.territoryId));
    return enumLabel(role.kind);
}

// The partner's commitments in the edition, one a line, each with what it serves in brackets.
QString commitmentsText(const Partner& partner, const EditionData& data, const Lookups& lookups)
{
    QHash<Id, QString> actionTitles;
    for (const auto& action : data.actions)
        actionTitles.insert(action.id, action.title);
    QStringList lines;
    for (const auto& c : commitmentsOf(partner, data.edition.id)) {
        QStringList serves;
        for (Id id : c.axisIds)
            serves << lookups.axis(id);
        for (Id id : c.themeIds)
            serves << lookups.theme(id);
        for (Id id : c.actionIds)
            serves << actionTitles.value(id);
        serves.removeAll(QString());
        lines << (serves.isEmpty() ? c.text
                                   : QStringLiteral("%1 [%2]").arg(c.text, serves.join(QStringLiteral(" ; "))));
    }
    return lines.join(QLatin1Char('\n'));
}

TableData partnersTable(const EditionData& data, const Lookups& lookups)
{
    TableData table{editionTableName(EditionTable::Partners),
                    {Tr::tr("Name"), Tr::tr("Acronym"), Tr::tr("Category"), Tr::tr("Territories covered"),
                     Tr::tr("Signature"), Tr::tr("Signature date"), Tr::tr("Signatory"), Tr::tr("Signatory's function"),
                     Tr::tr("Approving body"), Tr::tr("Deliberation date"), Tr::tr("Act identifier"),
                     Tr::tr("PTI referents"), Tr::tr("Notes"), Tr::tr("Commitments")},
                    {}};
    QHash<Id, QStringList> referents;
    for (const auto& person : data.persons) {
        if (person.partnerId != NoId && person.hasRole(PersonRoleKind::PartnerReferent))
            referents[person.partnerId] << person.displayName();
    }
    for (const auto& p : data.partners) {
        const Signature* s = p.signatureFor(data.edition.id);
        const Deliberation* d = s && s->deliberation ? &*s->deliberation : nullptr;
        table.rows.append({p.name, text(p.acronym), enumLabel(p.category),
                           p.territoryIds.isEmpty() ? QVariant(Tr::tr("whole département"))
                                                    : QVariant(lookups.territories(p.territoryIds)),
                           s ? QVariant(enumLabel(s->status)) : QVariant(Tr::tr("not a signatory")),
                           s ? date(s->date) : QVariant(), s ? text(s->signatoryName) : QVariant(),
                           s ? text(s->signatoryFunction) : QVariant(), d ? text(d->body) : QVariant(),
                           d ? date(d->meetingDate) : QVariant(), d ? text(d->actIdentifier) : QVariant(),
                           text(referents.value(p.id).join(QStringLiteral(", "))), text(p.notes),
                           text(commitmentsText(p, data, lookups))});
    }
    return table;
}

TableData personsTable(const EditionData& data, const Lookups& lookups)
{
    TableData table{editionTableName(EditionTable::Persons),
                    {Tr::tr("Last name"), Tr::tr("First name"), Tr::tr("Function"), Tr::tr("E-mail"), Tr::tr("Phone"),
                     Tr::tr("Partner"), Tr::tr("Roles"), Tr::tr("Notes")},
                    {}};
    for (const auto& p : data.persons) {
        QStringList roles;
        for (const auto& role : p.roles)
            roles << roleText(role, lookups);
        table.rows.append({text(p.lastName), text(p.firstName), text(p.function), text(p.email), text(p.phone),
                           text(lookups.partner(p.partnerId)), text(roles.join(QStringLiteral(", "))), text(p.notes)});
    }
    return table;
}

TableData territoriesTable(const EditionData& data)
{
    TableData table{editionTableName(EditionTable::Territories),
                    {Tr::tr("Name"), Tr::tr("Working groups"), Tr::tr("Local committees held"), Tr::tr("Diagnostic"),
                     Tr::tr("Priorities"), Tr::tr("Notes")},
                    {}};
    QHash<Id, int> groups;
    for (const auto& g : data.groups) {
        for (Id t : g.territoryIds)
            ++groups[t];
    }
    QHash<Id, int> committees;
    for (const auto& m : data.meetings) {
        if (m.kind == MeetingKind::LocalCommittee && m.isHeld())
            ++committees[m.territoryId];
    }
    for (const auto& t : data.territories)
        table.rows.append({t.name, groups.value(t.id), committees.value(t.id), text(t.diagnostic), text(t.priorities),
                           text(t.notes)});
    return table;
}

TableData axesTable(const EditionData& data)
{
    TableData table{
        editionTableName(EditionTable::Axes),
        {Tr::tr("Axis no."), Tr::tr("Axis"), Tr::tr("Objective"), Tr::tr("Theme"), Tr::tr("Theme description")},
        {}};
    for (const auto& a : data.axes) {
        if (a.themes.isEmpty())
            table.rows.append({a.number, a.title, text(a.objective), QVariant(), QVariant()});
        for (const auto& t : a.themes)
            table.rows.append({a.number, a.title, text(a.objective), t.name, text(t.description)});
    }
    return table;
}

TableData groupsTable(const EditionData& data, const Lookups& lookups)
{
    TableData table{editionTableName(EditionTable::Groups),
                    {Tr::tr("Working group"), Tr::tr("Axis"), Tr::tr("Theme"), Tr::tr("Territories"), Tr::tr("Pilot"),
                     Tr::tr("Co-pilot"), Tr::tr("Pilot person"), Tr::tr("Co-pilot person"), Tr::tr("Member partners"),
                     Tr::tr("Member persons"), Tr::tr("Status"), Tr::tr("Actions"), Tr::tr("Notes")},
                    {}};
    QHash<Id, int> actions;
    for (const auto& a : data.actions)
        ++actions[a.groupId];
    for (const auto& g : data.groups)
        table.rows.append({g.name, text(lookups.axis(g.axisId)), text(lookups.theme(g.themeId)),
                           text(lookups.territories(g.territoryIds)), text(lookups.partner(g.pilotPartnerId)),
                           text(lookups.partner(g.coPilotPartnerId)), text(lookups.person(g.pilotPersonId)),
                           text(lookups.person(g.coPilotPersonId)), text(lookups.partners(g.memberPartnerIds)),
                           text(lookups.persons(g.memberPersonIds)), enumLabel(g.status), actions.value(g.id),
                           text(g.notes)});
    return table;
}

TableData actionsTable(const EditionData& data, const Lookups& lookups)
{
    TableData table{editionTableName(EditionTable::Actions),
                    {Tr::tr("Action"), Tr::tr("Working group"), Tr::tr("Territories"), Tr::tr("Axis"), Tr::tr("Theme"),
                     Tr::tr("Status"), Tr::tr("Objectives"), Tr::tr("Target publics"), Tr::tr("Implementation"),
                     Tr::tr("Deliverables"), Tr::tr("Schemes"), Tr::tr("Start date"), Tr::tr("End date"),
                     Tr::tr("Experimentation"), Tr::tr("Indicators"), Tr::tr("Notes")},
                    {}};
    table.rows.reserve(data.actions.size());
    for (const auto& a : data.actions) {
        const WorkingGroup* g = lookups.group(a.groupId);
        table.rows.append({a.title, g ? QVariant(g->name) : QVariant(),
                           g ? text(lookups.territories(g->territoryIds)) : QVariant(), text(lookups.axis(a.axisId)),
                           text(lookups.theme(a.themeId)), enumLabel(a.status), text(a.objectives),
                           text(lookups.publics(a.publicIds)), text(a.modalities), text(a.deliverables),
                           text(lookups.dispositifs(a.dispositifIds)), date(a.startDate), date(a.endDate),
                           a.experimentation, static_cast<int>(a.indicators.size()), text(a.notes)});
    }
    return table;
}

TableData indicatorsTable(const EditionData& data, const Lookups& lookups)
{
    TableData table{editionTableName(EditionTable::Indicators),
                    {Tr::tr("Action"), Tr::tr("Working group"), Tr::tr("Indicator"), Tr::tr("Kind"), Tr::tr("Unit"),
                     Tr::tr("Baseline"), Tr::tr("Target"), Tr::tr("Latest value"), Tr::tr("Latest measurement"),
                     Tr::tr("Measurements")},
                    {}};
    for (const auto& a : data.actions) {
        for (const auto& i : a.indicators) {
            // Unknown is not zero: the latest value known (an empty cell when none is).
            const Measurement* latest = i.latestKnown();
            table.rows.append({a.title, text(lookups.groupName(a.groupId)), i.name, enumLabel(i.kind), text(i.unit),
                               number(i.baseline), number(i.target), latest ? number(latest->value) : QVariant(),
                               latest ? date(latest->date) : QVariant(), static_cast<int>(i.measurements.size())});
        }
    }
    return table;
}

// The measurements name their action and indicator only: the group and the unit are on the
// indicators' sheet, and repeating them on every measurement made this sheet half the workbook.
TableData measurementsTable(const EditionData& data)
{
    TableData table{
        editionTableName(EditionTable::Measurements),
        {Tr::tr("Action"), Tr::tr("Indicator"), Tr::tr("Date"), Tr::tr("Value"), Tr::tr("Target"), Tr::tr("Comment")},
        {}};
    for (const auto& a : data.actions) {
        for (const auto& i : a.indicators) {
            for (const auto& m : i.measurements)
                table.rows.append({a.title, i.name, date(m.date), number(m.value), number(m.target), text(m.comment)});
        }
    }
    return table;
}

TableData meetingsTable(const EditionData& data, const Lookups& lookups)
{
    TableData table{editionTableName(EditionTable::Meetings),
                    {Tr::tr("Date"), Tr::tr("Kind"), Tr::tr("Status"), Tr::tr("Title"), Tr::tr("Territory"),
                     Tr::tr("Working group"), Tr::tr("Partners present"), Tr::tr("Persons present"),
                     Tr::tr("Head count"), Tr::tr("Agenda"), Tr::tr("Decisions")},
                    {}};
    for (const auto& m : data.meetings) {
        // A comité local pour l'emploi gives the territories it covers.
        const QString territory = m.coveredTerritoryIds.isEmpty() ? lookups.territory(m.territoryId)
                                                                  : lookups.territories(m.coveredTerritoryIds);
        table.rows.append({date(m.date), enumLabel(m.kind), enumLabel(m.status), text(m.title), text(territory),
                           text(lookups.groupName(m.groupId)), text(lookups.partners(m.partnerIds)),
                           text(lookups.persons(m.personIds)), m.headCount, text(m.agenda), text(m.decisions)});
    }
    return table;
}

TableData findingsTable(const Findings& findings)
{
    TableData table{editionTableName(EditionTable::Findings),
                    {Tr::tr("Severity"), Tr::tr("Rule"), Tr::tr("Item"), Tr::tr("Finding")},
                    {}};
    for (const auto& f : findings)
        table.rows.append({enumLabel(f.severity), rules::describe(f.rule), text(f.label), f.message});
    return table;
}

TableData evaluationTable(const QList<EditionTablesSource::Year>& years)
{
    TableData table{editionTableName(EditionTable::Evaluation), {Tr::tr("Count")}, {}};
    for (const auto& y : years)
        table.headers << QString::number(y.year);
    const auto addRow = [&](const QVariant& label, auto&& value) {
        QVariantList row{label};
        for (const auto& y : years)
            row.append(value(y));
        table.rows.append(row);
    };
    addRow(Tr::tr("Figures"),
           [](const EditionTablesSource::Year& y) { return QVariant(y.frozen ? Tr::tr("frozen") : Tr::tr("live")); });
    using Y = EditionTablesSource::Year;
    addRow(Tr::tr("As of"), [](const Y& y) { return QVariant(y.asOf); });
    addRow(Tr::tr("Working groups"), [](const Y& y) { return QVariant(y.counts.workingGroups); });
    addRow(Tr::tr("Active working groups"), [](const Y& y) { return QVariant(y.counts.activeGroups); });
    addRow(Tr::tr("Actions"), [](const Y& y) { return QVariant(y.counts.actions); });
    addRow(Tr::tr("Projects carried out"), [](const Y& y) { return QVariant(y.counts.carriedOut); });
    for (const ActionStatus status : enumValues<ActionStatus>())
        addRow(Tr::tr("Actions: %1").arg(enumLabel(status)),
               [status](const Y& y) { return QVariant(y.counts.actionsByStatus.value(status)); });
    addRow(Tr::tr("Experimentations"), [](const Y& y) { return QVariant(y.counts.experimentations); });
    // Axes and themes as they appear in any year (a theme may be new).
    QStringList axes;
    QStringList themes;
    for (const auto& y : years) {
        for (const auto& [axis, count] : y.counts.actionsByAxis) {
            if (!axes.contains(axis))
                axes << axis;
        }
        for (const auto& [theme, count] : y.counts.actionsByTheme) {
            if (!themes.contains(theme))
                themes << theme;
        }
    }
    const auto countIn = [](const QList<QPair<QString, int>>& counts, const QString& name) {
        for (const auto& [key, count] : counts) {
            if (key == name)
                return count;
        }
        return 0;
    };
    for (const auto& axis : std::as_const(axes))
        addRow(Tr::tr("Actions of the axis: %1").arg(axis.isEmpty() ? Tr::tr("(no axis)") : axis),
               [&](const Y& y) { return QVariant(countIn(y.counts.actionsByAxis, axis)); });
    for (const auto& theme : std::as_const(themes))
        addRow(Tr::tr("Actions of the theme: %1").arg(theme.isEmpty() ? Tr::tr("(no theme)") : theme),
               [&](const Y& y) { return QVariant(countIn(y.counts.actionsByTheme, theme)); });
    addRow(Tr::tr("Meetings held"), [](const Y& y) { return QVariant(y.counts.meetingsHeld); });
    for (const MeetingKind kind : enumValues<MeetingKind>())
        addRow(Tr::tr("Held: %1").arg(enumLabel(kind)),
               [kind](const Y& y) { return QVariant(y.counts.meetingsByKind.value(kind)); });
    addRow(Tr::tr("Territories with a local committee"),
           [](const Y& y) { return QVariant(y.counts.territoriesWithLocalCommittee); });
    addRow(Tr::tr("New partners"), [](const Y& y) { return QVariant(y.counts.newPartners); });
    addRow(Tr::tr("Indicators"), [](const Y& y) { return QVariant(y.counts.indicators); });
    addRow(Tr::tr("Indicators measured"), [](const Y& y) { return QVariant(y.counts.indicatorsMeasured); });
    addRow(Tr::tr("Indicators on target"), [](const Y& y) { return QVariant(y.counts.indicatorsOnTarget); });
    return table;
}

struct TableCode
{
    EditionTable table;
    const char* code;
};

constexpr TableCode tableCodes[] = {
    {EditionTable::Actions, "actions"},
    {EditionTable::Partners, "partners"},
    {EditionTable::Persons, "persons"},
    {EditionTable::Groups, "groups"},
    {EditionTable::Indicators, "indicators"},
    {EditionTable::Measurements, "measurements"},
    {EditionTable::Meetings, "meetings"},
    {EditionTable::Funding, "funding"},
    {EditionTable::LocalPactReviews, "local-pacts"},
    {EditionTable::LocalPriorities, "local-priorities"},
};

} // namespace

QString editionTableName(EditionTable table)
{
    switch (table) {
    case EditionTable::Partners:
        return Tr::tr("Partners");
    case EditionTable::Persons:
        return Tr::tr("Persons");
    case EditionTable::Territories:
        return Tr::tr("Territories");
    case EditionTable::Axes:
        return Tr::tr("Axes and themes");
    case EditionTable::Groups:
        return Tr::tr("Working groups");
    case EditionTable::Actions:
        return Tr::tr("Actions");
    case EditionTable::Indicators:
        return Tr::tr("Indicators");
    case EditionTable::Measurements:
        return Tr::tr("Measurements");
    case EditionTable::Meetings:
        return Tr::tr("Meetings");
    case EditionTable::Findings:
        return Tr::tr("Governance findings");
    case EditionTable::Evaluation:
        return Tr::tr("Yearly evaluation");
    case EditionTable::Funding:
        return Tr::tr("Funding");
    case EditionTable::LocalPactReviews:
        return Tr::tr("Local pacts");
    case EditionTable::LocalPriorities:
        return Tr::tr("Territorial priorities");
    }
    return {};
}

QString editionTableCode(EditionTable table)
{
    for (const auto& entry : tableCodes) {
        if (entry.table == table)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<EditionTable> editionTableFromCode(QStringView code)
{
    for (const auto& entry : tableCodes) {
        if (code == QLatin1String(entry.code))
            return entry.table;
    }
    return std::nullopt;
}

QStringList csvTableCodes()
{
    QStringList codes;
    for (const auto& entry : tableCodes)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

EditionTablesSource loadEditionTablesSource(Database& db, Id editionId, bool withEvaluation)
{
    EditionTablesSource source;
    source.data = loadEditionDataInParallel(db, editionId);
    // A past pact's tables name its partners as they were then.
    usePartnerNamesOn(source.data.partners, partnerNamesDay(source.data.edition, Clock::currentDate()));
    source.findings = rules::checkAll(source.data, Clock::currentDate());
    if (withEvaluation)
        source.years = loadYearlyCounts(db, source.data);
    return source;
}

QList<EditionTablesSource::Year> loadYearlyCounts(Database& db, const EditionData& data)
{
    QList<EditionTablesSource::Year> years;
    const Edition& edition = data.edition;
    for (int year = edition.firstYear(); year <= std::min(edition.lastYear(), Clock::currentDate().year()); ++year) {
        EditionTablesSource::Year y;
        y.year = year;
        // The edition is read once for every year that was not frozen.
        const auto frozen = frozenSnapshot(db, edition.id, year);
        y.frozen = frozen.has_value();
        const EvaluationSnapshot snapshot = frozen ? *frozen : liveSnapshot(db, data, year);
        y.asOf = snapshot.asOf;
        y.counts = countEvaluation(snapshot);
        years.append(y);
    }
    return years;
}

TableData buildEditionTable(const EditionTablesSource& source, EditionTable table)
{
    const Lookups lookups(source.data);
    switch (table) {
    case EditionTable::Partners:
        return partnersTable(source.data, lookups);
    case EditionTable::Persons:
        return personsTable(source.data, lookups);
    case EditionTable::Territories:
        return territoriesTable(source.data);
    case EditionTable::Axes:
        return axesTable(source.data);
    case EditionTable::Groups:
        return groupsTable(source.data, lookups);
    case EditionTable::Actions:
        return actionsTable(source.data, lookups);
    case EditionTable::Indicators:
        return indicatorsTable(source.data, lookups);
    case EditionTable::Measurements:
        return measurementsTable(source.data);
    case EditionTable::Meetings:
        return meetingsTable(source.data, lookups);
    case EditionTable::Findings:
        return findingsTable(source.findings);
    case EditionTable::Evaluation:
        return evaluationTable(source.years);
    case EditionTable::Funding:
        return fundingTable(source.data, editionTableName(table));
    case EditionTable::LocalPactReviews:
        return localPactReviewsTable(source.data, editionTableName(table));
    case EditionTable::LocalPriorities:
        return localPrioritiesTable(source.data, editionTableName(table));
    }
    return {};
}

QList<EditionTable> workbookTables()
{
    return {EditionTable::Partners,   EditionTable::Persons,          EditionTable::Territories,
            EditionTable::Axes,       EditionTable::Groups,           EditionTable::Actions,
            EditionTable::Indicators, EditionTable::Measurements,     EditionTable::Meetings,
            EditionTable::Funding,    EditionTable::LocalPactReviews, EditionTable::LocalPriorities,
            EditionTable::Findings,   EditionTable::Evaluation};
}

QList<TableData> buildEditionTables(const EditionTablesSource& source)
{
    QList<TableData> tables;
    for (const EditionTable table : workbookTables())
        tables.append(buildEditionTable(source, table));
    return tables;
}

} // namespace pacte
