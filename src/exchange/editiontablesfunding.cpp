#include "editiontablesfunding.h"

#include <QCoreApplication>
#include <QHash>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Tables)
};

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// Euros as a spreadsheet number; unknown stays empty (unknown is not zero).
QVariant euros(const std::optional<Cents>& cents)
{
    return cents ? QVariant(static_cast<double>(*cents) / 100.0) : QVariant();
}

QString territoryName(const EditionData& data, Id id)
{
    for (const auto& t : data.territories) {
        if (t.id == id)
            return t.name;
    }
    return {};
}

// The local pacts in the order of their territories.
QList<const LocalPact*> pactsInTerritoryOrder(const EditionData& data)
{
    QList<const LocalPact*> pacts;
    for (const auto& t : data.territories) {
        if (const LocalPact* pact = localPactOf(data.localPacts, t.id))
            pacts << pact;
    }
    return pacts;
}

} // namespace

TableData fundingTable(const EditionData& data, const QString& name)
{
    TableData table{name,
                    {Tr::tr("Working group"), Tr::tr("Action"), Tr::tr("Funder"), Tr::tr("Scheme or call"),
                     Tr::tr("Reference"), Tr::tr("Co-financing rate (%)"), Tr::tr("Year"), Tr::tr("Planned (€)"),
                     Tr::tr("Committed (€)"), Tr::tr("Paid (€)")},
                    {}};
    QHash<Id, QString> groups;
    for (const auto& g : data.groups)
        groups.insert(g.id, g.name);
    QHash<Id, QString> partners;
    for (const auto& p : data.partners)
        partners.insert(p.id, p.name);
    for (const auto& a : data.actions) {
        for (const auto& line : a.fundings) {
            const QString funder = line.partnerId != NoId ? partners.value(line.partnerId) : line.fundName();
            const QVariantList start{text(groups.value(a.groupId)),
                                     a.title,
                                     text(funder),
                                     text(line.scheme),
                                     text(line.reference),
                                     line.rate ? QVariant(*line.rate) : QVariant()};
            if (line.amounts.isEmpty()) {
                table.rows.append(start + QVariantList{QVariant(), QVariant(), QVariant(), QVariant()});
                continue;
            }
            for (const auto& amount : line.amounts)
                table.rows.append(start + QVariantList{amount.year, euros(amount.planned), euros(amount.committed),
                                                       euros(amount.paid)});
        }
    }
    return table;
}

TableData localPactReviewsTable(const EditionData& data, const QString& name)
{
    TableData table{
        name,
        {Tr::tr("Territory"), Tr::tr("Year"), Tr::tr("What moved"), Tr::tr("Difficulties"), Tr::tr("Adjustments")},
        {}};
    for (const LocalPact* pact : pactsInTerritoryOrder(data)) {
        const QString territory = territoryName(data, pact->territoryId);
        for (const auto& r : pact->reviews) {
            if (!r.isBlank())
                table.rows.append({territory, r.year, text(r.progress), text(r.difficulties), text(r.adjustments)});
        }
    }
    return table;
}

TableData localPrioritiesTable(const EditionData& data, const QString& name)
{
    TableData table{name,
                    {Tr::tr("Territory"), Tr::tr("Rank"), Tr::tr("Priority"), Tr::tr("Description"), Tr::tr("Axes"),
                     Tr::tr("Themes"), Tr::tr("Working groups"), Tr::tr("Actions")},
                    {}};
    QHash<Id, QString> axes;
    QHash<Id, QString> themes;
    for (const auto& a : data.axes) {
        axes.insert(a.id, QStringLiteral("%1. %2").arg(a.number).arg(a.title));
        for (const auto& t : a.themes)
            themes.insert(t.id, t.name);
    }
    QHash<Id, QString> groups;
    for (const auto& g : data.groups)
        groups.insert(g.id, g.name);
    QHash<Id, QString> actions;
    for (const auto& a : data.actions)
        actions.insert(a.id, a.title);
    const auto names = [](const QHash<Id, QString>& from, const QList<Id>& ids) {
        QStringList result;
        for (Id id : ids)
            result << from.value(id);
        result.removeAll(QString());
        return text(result.join(QStringLiteral(", ")));
    };
    for (const LocalPact* pact : pactsInTerritoryOrder(data)) {
        const QString territory = territoryName(data, pact->territoryId);
        for (const auto& p : pact->priorities)
            table.rows.append({territory, p.rank, p.title, text(p.description), names(axes, p.axisIds),
                               names(themes, p.themeIds), names(groups, p.groupIds), names(actions, p.actionIds)});
    }
    return table;
}

} // namespace pacte
