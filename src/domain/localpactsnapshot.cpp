#include "localpactsnapshot.h"

#include <algorithm>

#include <QJsonObject>

namespace pacte {

QList<EvaluationSnapshot::LocalPactState> localPactStates(const EditionData& data, int year)
{
    QList<EvaluationSnapshot::LocalPactState> states;
    for (const auto& pact : data.localPacts) {
        const Territory* territory = data.territory(pact.territoryId);
        EvaluationSnapshot::LocalPactState state;
        state.uuid = pact.uuid;
        state.territory = territory ? territory->name : QString();
        for (const auto& priority : pact.priorities)
            state.priorities << priority.title;
        if (const LocalPactReview* review = pact.review(year); review && !review->isBlank()) {
            state.reviewed = true;
            state.progress = review->progress;
            state.difficulties = review->difficulties;
            state.adjustments = review->adjustments;
        }
        states.append(state);
    }
    std::stable_sort(states.begin(), states.end(),
                     [](const auto& a, const auto& b) { return a.territory.localeAwareCompare(b.territory) < 0; });
    return states;
}

QJsonArray localPactsToJson(const QList<EvaluationSnapshot::LocalPactState>& states)
{
    QJsonArray array;
    for (const auto& state : states) {
        QJsonObject object{{QStringLiteral("uuid"), state.uuid.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("territory"), state.territory},
                           {QStringLiteral("priorities"), QJsonArray::fromStringList(state.priorities)},
                           {QStringLiteral("reviewed"), state.reviewed}};
        if (state.reviewed) {
            object.insert(QStringLiteral("progress"), state.progress);
            object.insert(QStringLiteral("difficulties"), state.difficulties);
            object.insert(QStringLiteral("adjustments"), state.adjustments);
        }
        array.append(object);
    }
    return array;
}

QList<EvaluationSnapshot::LocalPactState> localPactsFromJson(const QJsonArray& array)
{
    QList<EvaluationSnapshot::LocalPactState> states;
    for (const auto& value : array) {
        const QJsonObject o = value.toObject();
        EvaluationSnapshot::LocalPactState state;
        state.uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
        state.territory = o.value(QStringLiteral("territory")).toString();
        for (const auto& priority : o.value(QStringLiteral("priorities")).toArray())
            state.priorities << priority.toString();
        state.reviewed = o.value(QStringLiteral("reviewed")).toBool();
        state.progress = o.value(QStringLiteral("progress")).toString();
        state.difficulties = o.value(QStringLiteral("difficulties")).toString();
        state.adjustments = o.value(QStringLiteral("adjustments")).toString();
        states.append(state);
    }
    return states;
}

QList<EvaluationComparison::LocalPactMove> compareLocalPacts(const QList<EvaluationSnapshot::LocalPactState>& previous,
                                                             const QList<EvaluationSnapshot::LocalPactState>& current)
{
    QList<EvaluationComparison::LocalPactMove> moves;
    const auto find = [](const QList<EvaluationSnapshot::LocalPactState>& list, const QString& territory) {
        const auto it =
            std::find_if(list.cbegin(), list.cend(), [&](const auto& s) { return s.territory == territory; });
        return it == list.cend() ? nullptr : &*it;
    };
    QStringList territories;
    for (const auto* list : {&current, &previous}) {
        for (const auto& state : *list) {
            if (!territories.contains(state.territory))
                territories << state.territory;
        }
    }
    for (const QString& territory : territories) {
        const auto* now = find(current, territory);
        const auto* before = find(previous, territory);
        EvaluationComparison::LocalPactMove move;
        move.territory = territory;
        const QStringList prioritiesNow = now ? now->priorities : QStringList();
        const QStringList prioritiesBefore = before ? before->priorities : QStringList();
        for (const QString& title : prioritiesNow) {
            if (!prioritiesBefore.contains(title))
                move.newPriorities << title;
        }
        for (const QString& title : prioritiesBefore) {
            if (!prioritiesNow.contains(title))
                move.droppedPriorities << title;
        }
        move.reviewed = now && now->reviewed;
        move.reviewedBefore = before && before->reviewed;
        moves.append(move);
    }
    return moves;
}

} // namespace pacte
