#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace pacte {

// Gives a list's columns widths that fit their contents, each at most `maxWidths[column]` pixels,
// unless the user's own widths for `settingsKey` were saved (ListSection restores those).
// ListSection fits the columns on its first load only: when that load is empty (an edition without
// groups yet), they are sized on their headers alone. Sections call this when another edition's rows
// arrive.
void fitColumnsUnlessSaved(QTableView* table, const QString& settingsKey, const QList<int>& maxWidths);

} // namespace pacte
