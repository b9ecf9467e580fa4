#pragma once

#include "domain/ids.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pacte {

// Bringing a form to a record's values without disturbing the user: editors reload the stored
// record after every change, and a field that already shows the value is left alone (cursor,
// selection and scroll position stay). Used by the action and meeting editors.
namespace formsync {

using Options = QList<QPair<QString, Id>>; // label, id

void setText(QLineEdit* edit, const QString& text);
void setText(QPlainTextEdit* edit, const QString& text);
// Selects the item whose data is `value` (the first item when none is).
void select(QComboBox* combo, const QVariant& value);
// Refills `combo` with `options` (after `noneLabel` for NoId, when given), keeping the current id.
void setOptions(QComboBox* combo, const Options& options, const QString& noneLabel = {});
Id selectedId(const QComboBox* combo);

// A checkable list of `options`, rebuilt only when the options changed.
void setCheckOptions(QListWidget* list, const Options& options);
void setChecked(QListWidget* list, const QList<Id>& ids);
// The checked ids: those of `previous` first, in their order, then new ones, so that an unchanged
// choice gives back an equal list.
QList<Id> checkedIds(const QListWidget* list, const QList<Id>& previous);

} // namespace formsync

} // namespace pacte
