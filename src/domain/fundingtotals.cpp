#include "fundingtotals.h"

#include <algorithm>
#include <deque>

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Funding)
};

// Rows by key, in the order they are first met unless sorted afterwards. A deque: the sums handed
// out stay where they are while other rows are added.
class Rows
{
public:
    FundingSum& at(const QString& key, const QString& label)
    {
        auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            m_rows.push_back({key, label, {}});
            found = m_index.insert(key, m_rows.size() - 1);
        }
        return m_rows[*found].sum;
    }
    QList<FundingRow> take() const { return QList<FundingRow>(m_rows.cbegin(), m_rows.cend()); }

private:
    std::deque<FundingRow> m_rows;
    QHash<QString, std::size_t> m_index;
};

} // namespace

void AmountSum::add(const std::optional<Cents>& amount)
{
    if (amount) {
        total += *amount;
        ++known;
    } else {
        ++unknown;
    }
}

void FundingSum::add(const FundingAmount& amount)
{
    planned.add(amount.planned);
    committed.add(amount.committed);
    paid.add(amount.paid);
}

void FundingSum::addUnknownLine()
{
    planned.add(std::nullopt);
    committed.add(std::nullopt);
    paid.add(std::nullopt);
}

const AmountSum& FundingSum::of(AmountKind kind) const
{
    switch (kind) {
    case AmountKind::Planned:
        return planned;
    case AmountKind::Committed:
        return committed;
    case AmountKind::Paid:
        return paid;
    }
    return planned;
}

QString funderKey(const FundingLine& line)
{
    if (line.partnerId != NoId)
        return QStringLiteral("partner:%1").arg(line.partnerId);
    if (!line.fund)
        return QStringLiteral("none");
    if (*line.fund == Fund::Other)
        return enumCode(*line.fund) + QLatin1Char(':') + line.otherFunder.trimmed().toCaseFolded();
    return enumCode(*line.fund);
}

QString funderLabel(const FundingLine& line, const EditionData& data)
{
    if (line.partnerId != NoId) {
        if (const Partner* partner = data.partner(line.partnerId))
            return partner->name;
    }
    if (line.fund)
        return line.fundName();
    return Tr::tr("funder not given");
}

FundingTotals computeFundingTotals(const EditionData& data)
{
    FundingTotals totals;
    Rows axes;
    for (const auto& axis : data.axes)
        axes.at(QString::number(axis.id), Tr::tr("Axis %1 — %2").arg(axis.number).arg(axis.title));
    Rows territories;
    Rows funders;
    QMap<int, FundingSum> years;
    for (const auto& action : data.actions) {
        if (action.fundings.isEmpty())
            continue;
        ++totals.actions;
        const WorkingGroup* group = data.group(action.groupId);
        const Id axisId = action.axisId != NoId ? action.axisId : (group ? group->axisId : NoId);
        const Axis* axis = data.axis(axisId);
        FundingSum& axisSum =
            axis ? axes.at(QString::number(axis->id), {}) : axes.at(QStringLiteral("none"), Tr::tr("No axis"));
        QList<FundingSum*> territorySums;
        if (group) {
            if (group->territoryIds.size() > 1)
                totals.territoriesOverlap = true;
            for (Id territoryId : group->territoryIds) {
                const Territory* territory = data.territory(territoryId);
                territorySums.append(
                    &territories.at(QString::number(territoryId), territory ? territory->name : QString()));
            }
        }
        for (const auto& line : action.fundings) {
            ++totals.lines;
            FundingSum& funderSum = funders.at(funderKey(line), funderLabel(line, data));
            QList<FundingSum*> sums{&totals.edition, &axisSum, &funderSum};
            sums += territorySums;
            if (line.amounts.isEmpty()) {
                for (auto* sum : sums)
                    sum->addUnknownLine();
                continue;
            }
            for (const auto& amount : line.amounts) {
                for (auto* sum : sums)
                    sum->add(amount);
                years[amount.year].add(amount);
            }
        }
    }
    // Axes without any line are left out.
    for (const auto& row : axes.take()) {
        if (row.sum != FundingSum{})
            totals.byAxis.append(row);
    }
    // Territories in the order of the edition's data.
    const QList<FundingRow> territoryRows = territories.take();
    for (const auto& territory : data.territories) {
        for (const auto& row : territoryRows) {
            if (row.key == QString::number(territory.id))
                totals.byTerritory.append(row);
        }
    }
    totals.byFunder = funders.take();
    std::stable_sort(totals.byFunder.begin(), totals.byFunder.end(), [](const FundingRow& a, const FundingRow& b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        totals.byYear.append({QString::number(it.key()), QString::number(it.key()), it.value()});
    return totals;
}

} // namespace pacte
