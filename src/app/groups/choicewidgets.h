#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>

class QComboBox;
class QListWidget;

namespace pacte {

// One record offered by a combo box or a checkable list: what the user reads, and its id.
struct Choice
{
    QString label;
    Id id = NoId;
    bool separatorBefore = false; // e.g. between the pilot structure's persons and the others
};
using Choices = QList<Choice>;

// Offers `noneLabel` (NoId) then `choices`, keeping the current id. Does nothing when the combo
// already offers exactly these, so that reloading after each change does not disturb the user.
void setComboChoices(QComboBox* combo, const QString& noneLabel, const Choices& choices);
void selectId(QComboBox* combo, Id id);
Id selectedId(const QComboBox* combo);

// A checkable list of `choices`; its items are kept when they already match (scroll position and
// current item survive a reload).
void setListChoices(QListWidget* list, const Choices& choices);
void setCheckedIds(QListWidget* list, const QList<Id>& ids);
QList<Id> checkedIds(const QListWidget* list);
// Makes the list as tall as its items, up to `maxRows` (beyond, it scrolls): in a scrolling form a list
// would otherwise be squeezed to a row or two.
void fitListHeight(QListWidget* list, int maxRows);

// `checked` in the order of `previous` (what the record held), new ones after: an unchanged selection
// gives back an equal list, and an ordered link (territories) keeps its order.
QList<Id> keepOrder(const QList<Id>& previous, const QList<Id>& checked);

} // namespace pacte
