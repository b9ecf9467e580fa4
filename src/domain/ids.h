#pragma once

#include <QtGlobal>

namespace pacte {

// Row id of a record in the open database. 0 means "not stored yet" or "none".
// Records also carry a QUuid that stays the same across files (sheets, dumps).
using Id = qint64;
inline constexpr Id NoId = 0;

} // namespace pacte
