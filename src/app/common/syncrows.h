#pragma once

#include "listtablemodel.h"

#include <QSet>

namespace pacte {

// Brings `model` to `rows` without a model reset: rows that went are removed, the others replaced in
// place or appended. A reset clears the table's selection, and ListSection then hides and refills the
// editor, which takes the keyboard focus away from the field the user has just moved to.
template <typename Row>
void syncRows(ListTableModel<Row>& model, const QList<Row>& rows)
{
    QSet<QUuid> kept;
    for (const auto& row : rows)
        kept.insert(row.uuid);
    QList<QUuid> gone;
    for (const auto& row : model.rows()) {
        if (!kept.contains(row.uuid))
            gone.append(row.uuid);
    }
    for (const auto& uuid : std::as_const(gone))
        model.removeRowByUuid(uuid);
    for (const auto& row : rows)
        model.upsertRow(row);
}

} // namespace pacte
