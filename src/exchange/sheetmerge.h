#pragma once

#include "domain/action.h"
#include "domain/groupevaluation.h"
#include "domain/meeting.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace pacte {

// A working group's editable content: what a sheet carries and the import may change.
struct SheetContent
{
    QList<Action> actions;
    QList<Meeting> meetings;
    QList<GroupEvaluation> evaluations; // the group's yearly evaluations
};

enum class SheetItemKind { Action, Indicator, Measurement, Meeting, GroupEvaluation };
enum class ItemChangeKind { Update, Addition, Deletion };
// A conflict is settled by keeping the database's value, taking the sheet's, or (text fields) a value
// the coordinator wrote from both.
enum class Resolution { Undecided, KeepDatabase, TakeSheet, Merged };

// One field of an item as the preview shows it. A conflict is a field both sides changed differently,
// or (field empty) an item one side deleted while the other edited it.
struct FieldChange
{
    QString field; // "title", "publics", ... ; empty for a deletion conflict
    QString base;
    QString database;
    QString sheet;
    bool conflict = false;
    Resolution resolution = Resolution::Undecided;
    bool mergeable = false; // a text field: a conflict may be settled by a merged value
    QString merged;         // that value, when it was chosen
};

struct ItemChange
{
    SheetItemKind kind = SheetItemKind::Action;
    QUuid uuid;
    QString label;   // the item ("Réseau Digi'Thau", "2024-03-31")
    QString context; // what it belongs to ("Taux de retour à l'emploi — Réseau Digi'Thau")
    ItemChangeKind change = ItemChangeKind::Update;
    QList<FieldChange> fields;

    bool hasConflict() const;
};

// The decisions on conflicts, by conflictKey().
using MergeDecisions = QHash<QString, Resolution>;
// The merged values of the conflicts decided Resolution::Merged, by conflictKey().
using MergedValues = QHash<QString, QString>;
QString conflictKey(const QUuid& uuid, const QString& field);

// Names of referenced records, to show values ("DDETS" rather than an id).
struct MergeLabels
{
    QHash<Id, QString> territories, axes, themes, partners, persons, publics, dispositifs;
};

// What merging the sheet gives: every change for the preview, and the records to write.
struct MergeOutcome
{
    QList<ItemChange> changes;
    QList<Action> actionInserts, actionUpdates, actionDeletes;
    QList<Meeting> meetingInserts, meetingUpdates, meetingDeletes;
    QList<GroupEvaluation> evaluationInserts, evaluationUpdates, evaluationDeletes;

    int conflictCount() const;
    int undecidedCount() const;
    bool hasWrites() const;
};

// The three-way merge, field by field, item by item (actions with their indicators and measurements,
// meetings and the group's yearly evaluations), matched by uuid (an evaluation the sheet adds for a
// year the database has one of meanwhile is matched by its year). `base` is the group as exported, `theirs` the sheet,
// `ours` the database now, all with the database's row ids for references. A field changed on one side takes that
// side's value; changed on both sides alike, it stays; differently, it is a conflict settled by `decisions` (undecided:
// the database's value is kept and the conflict counted; merged: the text of `merged`, for text fields only). Lists of
// references (publics, dispositifs, participants) merge element by element. An item added on one side is kept; deleted
// on one side and unchanged on the other, it is deleted; deleted on one side and edited on the other (its children
// included), it is a conflict.
MergeOutcome mergeSheet(const SheetContent& base, const SheetContent& theirs, const SheetContent& ours,
                        const MergeDecisions& decisions, const MergeLabels& labels, const MergedValues& merged = {});

} // namespace pacte
