#pragma once

// Seeded mutations for the fuzzing loops of the test suites (sheets, dumps): byte-level and JSON-level.
#include "common/sheetjson.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace pacte::test {

// One random change of the bytes: a byte replaced, a cut, a run removed or repeated, junk inserted.
QByteArray mutateBytes(QByteArray bytes, QRandomGenerator& random);

// A value of a random kind (null, numbers out of range, impossible dates, lists, uuids, text).
Json randomValue(QRandomGenerator& random);

// Replaces, removes or adds one value somewhere in the document.
void mutateJson(Json& node, QRandomGenerator& random, int depth = 0);

// `seed` changed by mutateBytes() or, every other time, by one to three mutateJson() (bytes when the
// seed is not JSON).
QByteArray mutated(const QByteArray& seed, QRandomGenerator& random, int iteration);

} // namespace pacte::test
