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

// When a list's columns are wider together than its viewport, narrows the widest ones (all to the
// same width, never under a readable minimum) so that every column shows without scrolling; the
// narrow columns keep their widths. Does nothing to a list that is not laid out yet.
void shareColumnsInWidth(QTableView* table);

} // namespace pacte
