#pragma once

#include <QString>

namespace pacte {

// Folds text for searching: lower case, accents removed, ligatures split ("Œ" -> "oe"), so that
// "montpellierain" finds "Montpelliérain" and "coeur" finds "Cœur".
QString foldForSearch(const QString& text);

} // namespace pacte
