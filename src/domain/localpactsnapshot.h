#pragma once

#include "evaluationsnapshot.h"

#include <QJsonArray>

namespace pacte {

// The local pacts' part of a yearly evaluation's snapshot (issue 20): each territory's priorities and
// review of `year`, by value, sorted by territory name.
QList<EvaluationSnapshot::LocalPactState> localPactStates(const EditionData& data, int year);
QJsonArray localPactsToJson(const QList<EvaluationSnapshot::LocalPactState>& states);
// An absent array (a snapshot frozen before local pacts) reads as none.
QList<EvaluationSnapshot::LocalPactState> localPactsFromJson(const QJsonArray& array);
// The territories' local pacts of year N against N-1, matched by territory name.
QList<EvaluationComparison::LocalPactMove> compareLocalPacts(const QList<EvaluationSnapshot::LocalPactState>& previous,
                                                             const QList<EvaluationSnapshot::LocalPactState>& current);

} // namespace pacte
