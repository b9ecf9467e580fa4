#pragma once

#include "domain/action.h"
#include "domain/axis.h"
#include "domain/groupevaluation.h"
#include "domain/localpact.h"
#include "domain/meeting.h"
#include "domain/partner.h"
#include "domain/person.h"
#include "domain/provenance.h"
#include "domain/reference.h"
#include "domain/territory.h"
#include "domain/workinggroup.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

// The working-group sheet ("fiche groupe de travail"): the format of docs/sheet-format.schema.json.
namespace pacte {

inline constexpr auto SheetFormatName = "pacte-sheet";
inline constexpr int SheetFormatVersion = 1;
// Sheets are a few hundred kilobytes; anything this large is refused before it is even parsed.
inline constexpr qint64 MaxSheetBytes = 20 * 1024 * 1024;
// What the export suggests and the MIME type (application/x-pacte-sheet) recognises.
inline constexpr auto SheetFileSuffix = ".pacte-fiche.json";

// Where a sheet comes from: the database, the edition, the export, and its last save in sheet mode.
struct SheetOrigin
{
    QUuid databaseUuid;
    QString databaseName;
    QUuid editionUuid;
    QString editionTitle;
    QDate editionStart;
    QDate editionEnd;
    QUuid exportId;
    QDateTime exportedAt;
    QString exportedBy;
    QDateTime savedAt; // invalid until a referent saved it in sheet mode
    QString savedBy;

    bool operator==(const SheetOrigin&) const = default;
};

// A sheet's content as domain values. References are row ids of a frame (see sheetreader.h): the
// database the sheet is read against, or the sheet's own lookups when it is read on its own. The
// group's actions, indicators, measurements and meetings carry their uuids; their ids are those of
// the frame when it knows them, NoId otherwise.
struct SheetData
{
    SheetOrigin origin;
    WorkingGroup group; // context for the referent: the import never changes the group itself
    QList<Action> actions;
    QList<Meeting> meetings;
    // The group's yearly evaluations (one per year of the edition at most): what its referents judge.
    QList<GroupEvaluation> evaluations;
    // Read-only: the local pacts of the group's territories in the edition (issue 20), with their
    // priorities in rank order only, so that the referents see what their territory set out to do. The
    // import ignores them: a referent does not edit them.
    QList<LocalPact> localPacts;

    // Read-only lookups, so that a referent can fill the sheet in without the database.
    QList<Territory> territories;
    QList<Axis> axes; // the edition's, with their themes
    QList<Partner> partners;
    QList<Person> persons;
    QList<TargetPublic> publics;
    QList<Dispositif> dispositifs;

    // Where the sheet's records come from (those not simply entered), for the referent's information:
    // the import leaves the database's own provenance as it is.
    QList<ProvenanceRecord> provenance;

    // The JSON path of every item of the group, by uuid ("group.actions[2].indicators[0]").
    QHash<QUuid, QString> paths;
};

} // namespace pacte
