#include "schema.h"

#include "database.h"
#include "domain/entity.h"
#include "domain/rulesetting.h"
#include "failures.h"
#include "fileinspector.h"
#include "postgressql.h"
#include "sqlitesql.h"
#include "storageerror.h"

#include <algorithm>
#include <functional>

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace pacte::schema {

namespace {

// Portable SQL (no SQLite-only syntax); what is SQLite's own comes from sqlitesql.h.
const QStringList version1{
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE territory (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                   "diagnostic TEXT NOT NULL DEFAULT '', priorities TEXT NOT NULL DEFAULT '', "
                   "notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE edition (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL "
                   "UNIQUE, departement TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL, end_date TEXT NOT NULL, "
                   "predecessor_id INTEGER REFERENCES edition(id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE axis (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, edition_id INTEGER NOT NULL "
                   "REFERENCES edition(id) ON DELETE CASCADE, number INTEGER NOT NULL, title TEXT NOT NULL, "
                   "objective TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE theme (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, axis_id INTEGER NOT NULL "
                   "REFERENCES axis(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, "
                   "description TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE target_public (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                   "name TEXT NOT NULL UNIQUE)"),
    QStringLiteral("CREATE TABLE dispositif (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, acronym TEXT NOT NULL "
                   "DEFAULT '', name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE partner (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                   "acronym TEXT NOT NULL DEFAULT '', category TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE partner_territory (partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE "
                   "CASCADE, territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE, "
                   "PRIMARY KEY (partner_id, territory_id))"),
    QStringLiteral("CREATE TABLE signature (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, partner_id INTEGER NOT "
                   "NULL REFERENCES partner(id) ON DELETE CASCADE, edition_id INTEGER NOT NULL REFERENCES "
                   "edition(id) ON DELETE CASCADE, status TEXT NOT NULL, signed_on TEXT, signatory_name TEXT NOT NULL "
                   "DEFAULT '', signatory_function TEXT NOT NULL DEFAULT '', UNIQUE (partner_id, edition_id))"),
    QStringLiteral("CREATE TABLE deliberation (signature_id INTEGER PRIMARY KEY REFERENCES signature(id) ON DELETE "
                   "CASCADE, body TEXT NOT NULL DEFAULT '', meeting_date TEXT, convocation_date TEXT, act_identifier "
                   "TEXT NOT NULL DEFAULT '', chair TEXT NOT NULL DEFAULT '', secretary TEXT NOT NULL DEFAULT '', "
                   "quorum INTEGER NOT NULL DEFAULT 0, present INTEGER NOT NULL DEFAULT 0, proxies INTEGER NOT NULL "
                   "DEFAULT 0, voters INTEGER NOT NULL DEFAULT 0, in_favour INTEGER NOT NULL DEFAULT 0, against "
                   "INTEGER NOT NULL DEFAULT 0, abstentions INTEGER NOT NULL DEFAULT 0, not_voting INTEGER NOT NULL "
                   "DEFAULT 0, publication_date TEXT, transmission_number TEXT NOT NULL DEFAULT '', "
                   "transmission_date TEXT)"),
    QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL "
                   "DEFAULT '', last_name TEXT NOT NULL DEFAULT '', function TEXT NOT NULL DEFAULT '', email TEXT NOT "
                   "NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', partner_id INTEGER REFERENCES partner(id) ON "
                   "DELETE SET NULL, notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE person_role (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person(id) "
                   "ON DELETE CASCADE, kind TEXT NOT NULL, territory_id INTEGER REFERENCES territory(id) ON DELETE "
                   "CASCADE)"),
    QStringLiteral("CREATE TABLE working_group (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, edition_id INTEGER "
                   "NOT NULL REFERENCES edition(id) ON DELETE CASCADE, name TEXT NOT NULL, axis_id INTEGER REFERENCES "
                   "axis(id) ON DELETE SET NULL, theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL, "
                   "pilot_partner_id INTEGER REFERENCES partner(id) ON DELETE SET NULL, co_pilot_partner_id INTEGER "
                   "REFERENCES partner(id) ON DELETE SET NULL, pilot_person_id INTEGER REFERENCES person(id) ON "
                   "DELETE SET NULL, co_pilot_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL, status TEXT "
                   "NOT NULL, notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE group_territory (group_id INTEGER NOT NULL REFERENCES working_group(id) ON DELETE "
                   "CASCADE, territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE, position "
                   "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (group_id, territory_id))"),
    QStringLiteral("CREATE TABLE group_partner (group_id INTEGER NOT NULL REFERENCES working_group(id) ON DELETE "
                   "CASCADE, partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE, "
                   "PRIMARY KEY (group_id, partner_id))"),
    QStringLiteral("CREATE TABLE group_person (group_id INTEGER NOT NULL REFERENCES working_group(id) ON DELETE "
                   "CASCADE, person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE, "
                   "PRIMARY KEY (group_id, person_id))"),
    QStringLiteral("CREATE TABLE action (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, group_id INTEGER NOT NULL "
                   "REFERENCES working_group(id) ON DELETE CASCADE, title TEXT NOT NULL, axis_id INTEGER REFERENCES "
                   "axis(id) ON DELETE SET NULL, theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL, objectives "
                   "TEXT NOT NULL DEFAULT '', modalities TEXT NOT NULL DEFAULT '', deliverables TEXT NOT NULL DEFAULT "
                   "'', start_date TEXT, end_date TEXT, status TEXT NOT NULL, experimentation INTEGER NOT NULL DEFAULT "
                   "0, notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE action_public (action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE, "
                   "public_id INTEGER NOT NULL REFERENCES target_public(id) ON DELETE CASCADE, "
                   "PRIMARY KEY (action_id, public_id))"),
    QStringLiteral("CREATE TABLE action_dispositif (action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE "
                   "CASCADE, dispositif_id INTEGER NOT NULL REFERENCES dispositif(id) ON DELETE CASCADE, "
                   "PRIMARY KEY (action_id, dispositif_id))"),
    QStringLiteral("CREATE TABLE indicator (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, action_id INTEGER NOT "
                   "NULL REFERENCES action(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, name TEXT NOT "
                   "NULL, kind TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', baseline REAL, target REAL)"),
    QStringLiteral("CREATE TABLE measurement (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, indicator_id INTEGER "
                   "NOT NULL REFERENCES indicator(id) ON DELETE CASCADE, measured_on TEXT NOT NULL, value REAL NOT "
                   "NULL, target REAL, comment TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE meeting (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, edition_id INTEGER NOT "
                   "NULL REFERENCES edition(id) ON DELETE CASCADE, kind TEXT NOT NULL, status TEXT NOT NULL, held_on "
                   "TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', territory_id INTEGER REFERENCES territory(id) ON "
                   "DELETE SET NULL, group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL, head_count "
                   "INTEGER NOT NULL DEFAULT 0, agenda TEXT NOT NULL DEFAULT '', decisions TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE meeting_partner (meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE "
                   "CASCADE, partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE, "
                   "PRIMARY KEY (meeting_id, partner_id))"),
    QStringLiteral("CREATE TABLE meeting_person (meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE "
                   "CASCADE, person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE, "
                   "PRIMARY KEY (meeting_id, person_id))"),
    QStringLiteral("CREATE TABLE change_log (id INTEGER PRIMARY KEY, changed_at TEXT NOT NULL, user_name TEXT NOT "
                   "NULL, entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, entity_label TEXT NOT NULL DEFAULT '', "
                   "operation TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', old_value TEXT, new_value TEXT)"),
    QStringLiteral("CREATE INDEX axis_edition ON axis(edition_id)"),
    QStringLiteral("CREATE INDEX theme_axis ON theme(axis_id)"),
    QStringLiteral("CREATE INDEX signature_edition ON signature(edition_id)"),
    QStringLiteral("CREATE INDEX person_partner ON person(partner_id)"),
    QStringLiteral("CREATE INDEX person_role_person ON person_role(person_id)"),
    QStringLiteral("CREATE INDEX group_edition ON working_group(edition_id)"),
    QStringLiteral("CREATE INDEX action_group ON action(group_id)"),
    QStringLiteral("CREATE INDEX indicator_action ON indicator(action_id)"),
    QStringLiteral("CREATE INDEX measurement_indicator ON measurement(indicator_id)"),
    QStringLiteral("CREATE INDEX meeting_edition ON meeting(edition_id)"),
    QStringLiteral("CREATE INDEX change_log_entity ON change_log(entity_uuid)"),
};

// Version 2: the change log says where a change came from (editor, sheet import, migration,
// import) and which sheet; yearly evaluations are recorded.
const QStringList version2{
    QStringLiteral("ALTER TABLE change_log ADD COLUMN source TEXT NOT NULL DEFAULT 'editor'"),
    QStringLiteral("ALTER TABLE change_log ADD COLUMN source_detail TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE TABLE evaluation (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, edition_id INTEGER "
                   "NOT NULL REFERENCES edition(id) ON DELETE CASCADE, year INTEGER NOT NULL, kind TEXT NOT NULL, "
                   "evaluated_on TEXT, assessment TEXT NOT NULL DEFAULT '', UNIQUE (edition_id, year, kind))"),
    QStringLiteral("CREATE INDEX evaluation_edition ON evaluation(edition_id)"),
};

// Version 3: yearly evaluations keep the coordinator's assessment per axis and on governance, and
// the frozen figures of the year (a JSON snapshot that later edits never change).
const QStringList version3{
    QStringLiteral("ALTER TABLE evaluation ADD COLUMN governance_assessment TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE TABLE evaluation_axis_assessment (evaluation_id INTEGER NOT NULL REFERENCES "
                   "evaluation(id) ON DELETE CASCADE, axis_id INTEGER NOT NULL REFERENCES axis(id) ON DELETE "
                   "CASCADE, text TEXT NOT NULL DEFAULT '', PRIMARY KEY (evaluation_id, axis_id))"),
    QStringLiteral("CREATE TABLE evaluation_snapshot (evaluation_id INTEGER PRIMARY KEY REFERENCES evaluation(id) "
                   "ON DELETE CASCADE, frozen_at TEXT NOT NULL, frozen_by TEXT NOT NULL, content TEXT NOT NULL)"),
};

// Version 4: working-group sheets. Each export is remembered with the group as it was (the sheet's own
// JSON, the base of the three-way merge at import) and each import of it. No foreign key to the group:
// the record outlives a deleted group, and deleting a group must not touch the exports' history.
const QStringList version4{
    QStringLiteral("CREATE TABLE sheet_export (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, group_uuid TEXT NOT "
                   "NULL, group_name TEXT NOT NULL DEFAULT '', exported_at TEXT NOT NULL, exported_by TEXT NOT NULL, "
                   "content TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE sheet_import (id INTEGER PRIMARY KEY, export_id INTEGER NOT NULL REFERENCES "
                   "sheet_export(id) ON DELETE CASCADE, imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, "
                   "sheet_name TEXT NOT NULL DEFAULT '', change_count INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX sheet_export_group ON sheet_export(group_uuid)"),
    QStringLiteral("CREATE INDEX sheet_import_export ON sheet_import(export_id)"),
};

// Version 5: the renewal of a pact. A carried action names the action of the earlier edition it
// continues (kept when that one is deleted, as no link); each renewed edition keeps what was carried
// over, counted when it was made, for its dashboard and COPIL report.
const QStringList version5{
    QStringLiteral("ALTER TABLE action ADD COLUMN continues_id INTEGER REFERENCES action(id) ON DELETE SET NULL"),
    QStringLiteral("CREATE INDEX action_continues ON action(continues_id)"),
    QStringLiteral("CREATE TABLE renewal (edition_id INTEGER PRIMARY KEY REFERENCES edition(id) ON DELETE CASCADE, "
                   "source_edition_id INTEGER REFERENCES edition(id) ON DELETE SET NULL, renewed_at TEXT NOT NULL, "
                   "renewed_by TEXT NOT NULL DEFAULT '', axes INTEGER NOT NULL DEFAULT 0, themes INTEGER NOT NULL "
                   "DEFAULT 0, partners INTEGER NOT NULL DEFAULT 0, working_groups INTEGER NOT NULL DEFAULT 0, actions "
                   "INTEGER NOT NULL DEFAULT 0, frozen_final_year INTEGER NOT NULL DEFAULT 0)"),
};

// Version 6: what changes around a pact (issue 15). An edition keeps the number of signatories its
// pact declares, with the sentence that says it and where (the 2017-2021 pact's "31 partenaires"); a
// partner keeps its names over time, each with the day it took effect; a meeting says what the PTI
// presented there, and a comité local pour l'emploi (loi pour le plein emploi) the territories it covers.
const QStringList version6{
    QStringLiteral("CREATE TABLE partner_name (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, partner_id INTEGER "
                   "NOT NULL REFERENCES partner(id) ON DELETE CASCADE, name TEXT NOT NULL, effective_from TEXT NOT "
                   "NULL)"),
    QStringLiteral("CREATE INDEX partner_name_partner ON partner_name(partner_id)"),
    QStringLiteral("ALTER TABLE meeting ADD COLUMN pti_presented TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE TABLE meeting_territory (meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE "
                   "CASCADE, territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE, position "
                   "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (meeting_id, territory_id))"),
    QStringLiteral("ALTER TABLE edition ADD COLUMN declared_signatories INTEGER"),
    QStringLiteral("ALTER TABLE edition ADD COLUMN declared_signatories_quote TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE edition ADD COLUMN declared_signatories_source TEXT NOT NULL DEFAULT ''"),
};

// Version 7: governance rules per edition (issue 19). Each edition keeps how it applies each rule:
// on or off, severity, deadline, the pact's sentence it comes from. Existing editions get the rules as
// Pacte applied them to every edition until then, so that nothing changes silently.
const QStringList version7{
    QStringLiteral("CREATE TABLE edition_rule (edition_id INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE, "
                   "rule TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, enabled INTEGER NOT NULL DEFAULT 1, "
                   "severity TEXT NOT NULL, deadline TEXT, quote TEXT NOT NULL DEFAULT '', source TEXT NOT NULL "
                   "DEFAULT '', reference TEXT NOT NULL DEFAULT '', PRIMARY KEY (edition_id, rule))"),
    // Unknown is not zero: the figures of a deliberation's vote may be NULL (not stated by the act).
    // Figures stored before stay as they were.
    QStringLiteral("CREATE TABLE deliberation_v7 (signature_id INTEGER PRIMARY KEY REFERENCES signature(id) ON DELETE "
                   "CASCADE, body TEXT NOT NULL DEFAULT '', meeting_date TEXT, convocation_date TEXT, act_identifier "
                   "TEXT NOT NULL DEFAULT '', chair TEXT NOT NULL DEFAULT '', secretary TEXT NOT NULL DEFAULT '', "
                   "quorum INTEGER, present INTEGER, proxies INTEGER, voters INTEGER, in_favour INTEGER, against "
                   "INTEGER, abstentions INTEGER, not_voting INTEGER, publication_date TEXT, transmission_number TEXT "
                   "NOT NULL DEFAULT '', transmission_date TEXT)"),
    QStringLiteral("INSERT INTO deliberation_v7 SELECT signature_id, body, meeting_date, convocation_date, "
                   "act_identifier, chair, secretary, quorum, present, proxies, voters, in_favour, against, "
                   "abstentions, not_voting, publication_date, transmission_number, transmission_date FROM "
                   "deliberation"),
    QStringLiteral("DROP TABLE deliberation"),
    QStringLiteral("ALTER TABLE deliberation_v7 RENAME TO deliberation"),
};

// Version 8: an evaluation can describe its year as of a day other than 31 December (the 2017-2021
// pact's review "au 31 juillet 2021"). NULL, as for every evaluation written before, is 31 December.
const QStringList version8{
    QStringLiteral("ALTER TABLE evaluation ADD COLUMN as_of TEXT"),
};

// Version 9: unknown is not zero (issue 19). A measurement's value may be NULL: taken on a date, not
// reported. SQLite cannot drop NOT NULL in place: the table is rebuilt, values stored before are kept.
const QStringList version9{
    QStringLiteral("CREATE TABLE measurement_v9 (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, indicator_id "
                   "INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE, measured_on TEXT NOT NULL, value "
                   "REAL, target REAL, comment TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("INSERT INTO measurement_v9 SELECT id, uuid, indicator_id, measured_on, value, target, comment "
                   "FROM measurement"),
    QStringLiteral("DROP TABLE measurement"),
    QStringLiteral("ALTER TABLE measurement_v9 RENAME TO measurement"),
    QStringLiteral("CREATE INDEX measurement_indicator ON measurement(indicator_id)"),
};

// Version 10: where a record comes from (issue 19): quoted from the pact, deduced, illustrative, or
// entered (no row). One row per record, named by its entity code and uuid; a trigger on each record
// table removes the row with its record (a table rebuilt by a later migration must recreate its
// trigger).
const QStringList version10{
    QStringLiteral("CREATE TABLE provenance (uuid TEXT PRIMARY KEY, entity TEXT NOT NULL, kind TEXT NOT NULL, "
                   "source TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TRIGGER territory_provenance AFTER DELETE ON territory BEGIN DELETE FROM provenance WHERE "
                   "uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER edition_provenance AFTER DELETE ON edition BEGIN DELETE FROM provenance WHERE uuid "
                   "= old.uuid; END"),
    QStringLiteral(
        "CREATE TRIGGER axis_provenance AFTER DELETE ON axis BEGIN DELETE FROM provenance WHERE uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER theme_provenance AFTER DELETE ON theme BEGIN DELETE FROM provenance WHERE uuid = "
                   "old.uuid; END"),
    QStringLiteral("CREATE TRIGGER target_public_provenance AFTER DELETE ON target_public BEGIN DELETE FROM provenance "
                   "WHERE uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER dispositif_provenance AFTER DELETE ON dispositif BEGIN DELETE FROM provenance WHERE "
                   "uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER partner_provenance AFTER DELETE ON partner BEGIN DELETE FROM provenance WHERE uuid "
                   "= old.uuid; END"),
    QStringLiteral("CREATE TRIGGER signature_provenance AFTER DELETE ON signature BEGIN DELETE FROM provenance WHERE "
                   "uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER person_provenance AFTER DELETE ON person BEGIN DELETE FROM provenance WHERE uuid = "
                   "old.uuid; END"),
    QStringLiteral("CREATE TRIGGER working_group_provenance AFTER DELETE ON working_group BEGIN DELETE FROM provenance "
                   "WHERE uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER action_provenance AFTER DELETE ON action BEGIN DELETE FROM provenance WHERE uuid = "
                   "old.uuid; END"),
    QStringLiteral("CREATE TRIGGER indicator_provenance AFTER DELETE ON indicator BEGIN DELETE FROM provenance WHERE "
                   "uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER measurement_provenance AFTER DELETE ON measurement BEGIN DELETE FROM provenance "
                   "WHERE uuid = old.uuid; END"),
    QStringLiteral("CREATE TRIGGER meeting_provenance AFTER DELETE ON meeting BEGIN DELETE FROM provenance WHERE uuid "
                   "= old.uuid; END"),
    QStringLiteral("CREATE TRIGGER evaluation_provenance AFTER DELETE ON evaluation BEGIN DELETE FROM provenance WHERE "
                   "uuid = old.uuid; END"),
};

// Version 11: a working group's yearly evaluation (issue 18): what it judges of its year (the figures
// are computed, not stored). Removed with its group, and its provenance row with it.
const QStringList version11{
    QStringLiteral("CREATE TABLE group_evaluation (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, group_id "
                   "INTEGER NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, year INTEGER NOT NULL, effects "
                   "TEXT NOT NULL DEFAULT '', coherence TEXT NOT NULL DEFAULT '', partnership_quality TEXT NOT NULL "
                   "DEFAULT 'non_evaluee', partnership_comment TEXT NOT NULL DEFAULT '', difficulties TEXT NOT NULL "
                   "DEFAULT '', adjustments TEXT NOT NULL DEFAULT '', UNIQUE (group_id, year))"),
    QStringLiteral("CREATE TRIGGER group_evaluation_provenance AFTER DELETE ON group_evaluation BEGIN DELETE FROM "
                   "provenance WHERE uuid = old.uuid; END"),
};

// Version 12: the "indicateurs types" of each theme (issue 18), removed with their theme, and the link
// of an indicator to the template it was made from (deleting a template unlinks its indicators, never
// deletes them).
const QStringList version12{
    QStringLiteral("CREATE TABLE indicator_template (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, theme_id "
                   "INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, "
                   "name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'realisation', unit TEXT NOT NULL DEFAULT '', "
                   "measurement TEXT NOT NULL DEFAULT '', suggested_target REAL, example INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TRIGGER indicator_template_provenance AFTER DELETE ON indicator_template BEGIN DELETE "
                   "FROM provenance WHERE uuid = old.uuid; END"),
    QStringLiteral("ALTER TABLE indicator ADD COLUMN template_id INTEGER REFERENCES indicator_template(id) ON DELETE "
                   "SET NULL"),
    QStringLiteral("CREATE INDEX indicator_template_link ON indicator(template_id)"),
};

// Version 13, financing (issue 20): the funding lines of an action, removed with it, and their
// amounts by year, removed with their line. Amounts are whole euro cents (exact), NULL when unknown
// (unknown is not zero). Deleting a partner that funds a line clears the line's funder (as it clears
// a group's pilot), never deletes the money: the line is then refused until a funder is chosen.
const QStringList version13Funding{
    QStringLiteral("CREATE TABLE action_funding (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, action_id INTEGER "
                   "NOT NULL REFERENCES action(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, partner_id "
                   "INTEGER REFERENCES partner(id) ON DELETE SET NULL, fund TEXT, other_funder TEXT NOT NULL DEFAULT "
                   "'', scheme TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', rate REAL, notes TEXT NOT "
                   "NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE action_funding_amount (funding_id INTEGER NOT NULL REFERENCES action_funding(id) ON "
                   "DELETE CASCADE, year INTEGER NOT NULL, planned INTEGER, committed INTEGER, paid INTEGER, PRIMARY "
                   "KEY (funding_id, year))"),
    QStringLiteral("CREATE INDEX action_funding_action ON action_funding(action_id)"),
    QStringLiteral("CREATE INDEX action_funding_partner ON action_funding(partner_id)"),
};

// Version 13 (issue 20, point 3): what each signatory commits to in an edition of the pact, with
// where the text comes from, and the axes, themes and actions each commitment serves. Deleting the
// partner or the edition deletes its commitments; deleting an axis, theme or action removes its links.
const QStringList version13Commitments{
    QStringLiteral("CREATE TABLE commitment (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, partner_id INTEGER "
                   "NOT NULL REFERENCES partner(id) ON DELETE CASCADE, edition_id INTEGER NOT NULL REFERENCES "
                   "edition(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, "
                   "provenance TEXT NOT NULL DEFAULT 'saisi', provenance_source TEXT NOT NULL DEFAULT '', "
                   "provenance_note TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX commitment_partner ON commitment(partner_id)"),
    QStringLiteral("CREATE INDEX commitment_edition ON commitment(edition_id)"),
    QStringLiteral("CREATE TABLE commitment_axis (commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE "
                   "CASCADE, axis_id INTEGER NOT NULL REFERENCES axis(id) ON DELETE CASCADE, PRIMARY KEY "
                   "(commitment_id, axis_id))"),
    QStringLiteral("CREATE INDEX commitment_axis_axis ON commitment_axis(axis_id)"),
    QStringLiteral("CREATE TABLE commitment_theme (commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE "
                   "CASCADE, theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE, PRIMARY KEY "
                   "(commitment_id, theme_id))"),
    QStringLiteral("CREATE INDEX commitment_theme_theme ON commitment_theme(theme_id)"),
    QStringLiteral("CREATE TABLE commitment_action (commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON "
                   "DELETE CASCADE, action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE, PRIMARY KEY "
                   "(commitment_id, action_id))"),
    QStringLiteral("CREATE INDEX commitment_action_action ON commitment_action(action_id)"),
};

// Version 13: each territory's local pact of an edition (issue 20, "Pactes Territoriaux Locaux"): its
// diagnosis, members, ranked priorities (linked to axes, themes, groups and actions; a deleted one is
// unlinked) and yearly reviews. Removed with its territory or its edition.
const QStringList version13LocalPacts{
    QStringLiteral("CREATE TABLE local_pact (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, edition_id INTEGER NOT "
                   "NULL REFERENCES edition(id) ON DELETE CASCADE, territory_id INTEGER NOT NULL REFERENCES "
                   "territory(id) ON DELETE CASCADE, diagnosis TEXT NOT NULL DEFAULT '', diagnosis_sources TEXT NOT "
                   "NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', UNIQUE (edition_id, territory_id))"),
    QStringLiteral("CREATE TRIGGER local_pact_provenance AFTER DELETE ON local_pact BEGIN DELETE FROM provenance WHERE "
                   "uuid = old.uuid; END"),
    QStringLiteral(
        "CREATE TABLE local_pact_partner (local_pact_id INTEGER NOT NULL REFERENCES local_pact(id) ON DELETE "
        "CASCADE, partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE, PRIMARY KEY "
        "(local_pact_id, partner_id))"),
    QStringLiteral("CREATE TABLE local_pact_person (local_pact_id INTEGER NOT NULL REFERENCES local_pact(id) ON DELETE "
                   "CASCADE, person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE, PRIMARY KEY "
                   "(local_pact_id, person_id))"),
    QStringLiteral("CREATE TABLE local_priority (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, local_pact_id "
                   "INTEGER NOT NULL REFERENCES local_pact(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, "
                   "title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX local_priority_pact ON local_priority(local_pact_id)"),
    QStringLiteral("CREATE TABLE local_priority_axis (priority_id INTEGER NOT NULL REFERENCES local_priority(id) ON "
                   "DELETE CASCADE, axis_id INTEGER NOT NULL REFERENCES axis(id) ON DELETE CASCADE, position INTEGER "
                   "NOT NULL DEFAULT 0, PRIMARY KEY (priority_id, axis_id))"),
    QStringLiteral("CREATE TABLE local_priority_theme (priority_id INTEGER NOT NULL REFERENCES local_priority(id) ON "
                   "DELETE CASCADE, theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE, position INTEGER "
                   "NOT NULL DEFAULT 0, PRIMARY KEY (priority_id, theme_id))"),
    QStringLiteral("CREATE TABLE local_priority_group (priority_id INTEGER NOT NULL REFERENCES local_priority(id) ON "
                   "DELETE CASCADE, group_id INTEGER NOT NULL REFERENCES working_group(id) ON DELETE CASCADE, position "
                   "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (priority_id, group_id))"),
    QStringLiteral("CREATE TABLE local_priority_action (priority_id INTEGER NOT NULL REFERENCES local_priority(id) ON "
                   "DELETE CASCADE, action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE, position "
                   "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (priority_id, action_id))"),
    QStringLiteral("CREATE TABLE local_pact_review (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, local_pact_id "
                   "INTEGER NOT NULL REFERENCES local_pact(id) ON DELETE CASCADE, year INTEGER NOT NULL, progress TEXT "
                   "NOT NULL DEFAULT '', difficulties TEXT NOT NULL DEFAULT '', adjustments TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX local_pact_review_pact ON local_pact_review(local_pact_id)"),
};

// Version 14, team mode (issue 14): every record carries a version that each write moves, so that
// an edit on a shared server can tell that someone else wrote the record since it was read
// (repository.cpp). Pacte's own writes move it in their UPDATE; the trigger moves it for any other
// write of the row (a cascade, another program, raw SQL on the server), and does nothing when the
// writer moved it already. The same steps run on a file and, translated, on a server.
QStringList version14()
{
    QStringList statements;
    for (const char* table : {"territory", "edition", "axis", "target_public", "dispositif", "partner", "person",
                              "working_group", "action", "meeting", "evaluation", "group_evaluation", "local_pact"}) {
        const QString name = QString::fromLatin1(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(name)
                   << QStringLiteral("CREATE TRIGGER %1_version AFTER UPDATE ON %1 BEGIN UPDATE %1 SET version = "
                                     "old.version + 1 WHERE id = new.id AND new.version = old.version; END")
                          .arg(name);
    }
    return statements;
}

// The default rules of every existing edition, as they applied before version 7.
void insertDefaultRules(QSqlDatabase& db)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO edition_rule (edition_id, rule, position, enabled, severity, "
                                       "deadline, quote, source, reference) SELECT id, ?, ?, 1, ?, NULL, ?, ?, '' "
                                       "FROM edition")))
        throw StorageError(sqlFailureMessage(insert.lastError(), db.databaseName()));
    // An empty text is written as '' (the columns are NOT NULL), never as NULL.
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    int position = 0;
    for (const auto& setting : rules::defaultSettings()) {
        insert.addBindValue(setting.rule);
        insert.addBindValue(position++);
        insert.addBindValue(enumCode(setting.severity));
        insert.addBindValue(text(setting.quote));
        insert.addBindValue(text(setting.source));
        if (!insert.exec())
            throw StorageError(sqlFailureMessage(insert.lastError(), db.databaseName()));
    }
}

void setUserVersion(QSqlDatabase& db, int version)
{
    execAll(db, {sqlite::setUserVersion(version)});
}

// The schema as entries ("table action", "column action.title", "index action_group"...).
QSet<QString> schemaEntries(QSqlDatabase& db)
{
    const bool server = postgres::isPostgres(db);
    QSet<QString> entries;
    QStringList tables;
    QSqlQuery master(db);
    if (!master.exec(server ? postgres::schemaObjects() : sqlite::schemaObjects()))
        throw StorageError(sqlFailureMessage(master.lastError(), db.databaseName()));
    while (master.next()) {
        const QString name = master.value(1).toString();
        if (!server && sqlite::isEngineObject(name))
            continue;
        if (server && postgres::isServerOwnTrigger(name))
            continue;
        entries.insert(master.value(0).toString() + QLatin1Char(' ') + name);
        if (master.value(0).toString() == QLatin1String("table"))
            tables << name;
    }
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery columns(db);
        if (!columns.exec(server ? postgres::tableColumns(table) : sqlite::tableColumns(table)))
            throw StorageError(sqlFailureMessage(columns.lastError(), db.databaseName()));
        while (columns.next())
            entries.insert(QStringLiteral("column %1.%2").arg(table, columns.value(0).toString()));
    }
    return entries;
}

// Runs `use` on a private in-memory database holding format `version`, made by the same steps as a
// new file.
void withFormat(int version, const std::function<void(QSqlDatabase&)>& use)
{
    const QString name = QStringLiteral("pacte-format-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            throw StorageError(sqlFailureMessage(db.lastError(), QString()));
        createVersion1(db);
        migrate(db, 1, version);
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The schema of each data format, made once in a private in-memory database by the same steps
// as a new file.
QSet<QString> formatEntries(int version)
{
    static QMutex mutex;
    static QHash<int, QSet<QString>> formats;
    const QMutexLocker locker(&mutex);
    if (const auto it = formats.constFind(version); it != formats.constEnd())
        return *it;
    QSet<QString> entries;
    withFormat(version, [&](QSqlDatabase& db) { entries = schemaEntries(db); });
    formats.insert(version, entries);
    return entries;
}

// A server's schema has no entry of SQLite's own (the indexes behind its unique constraints).
QSet<QString> withoutSqliteObjects(QSet<QString> entries)
{
    entries.removeIf(
        [](const QString& entry) { return entry.section(QLatin1Char(' '), 1).startsWith(QLatin1String("sqlite_")); });
    return entries;
}

// The entries to tell the user, the most telling first (triggers and views, then tables): the columns
// of a table listed as a whole are left out.
QStringList described(const QSet<QString>& entries)
{
    static const QStringList order{QStringLiteral("trigger"), QStringLiteral("view"), QStringLiteral("table"),
                                   QStringLiteral("column"), QStringLiteral("index")};
    QStringList list;
    for (const QString& entry : entries) {
        if (entry.startsWith(QLatin1String("column ")) &&
            entries.contains(QStringLiteral("table ") + entry.mid(7).section(QLatin1Char('.'), 0, 0)))
            continue;
        list << entry;
    }
    std::sort(list.begin(), list.end(), [&](const QString& a, const QString& b) {
        const auto rank = [&](const QString& entry) { return order.indexOf(entry.section(QLatin1Char(' '), 0, 0)); };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return list;
}

} // namespace

void execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery query(db);
    for (const auto& statement : statements) {
        if (!query.exec(statement))
            throw StorageError(sqlFailureMessage(query.lastError(), db.databaseName(), statement));
    }
}

void createVersion1(QSqlDatabase& db)
{
    execAll(db, version1);
    execAll(db, {sqlite::setApplicationId(PacteApplicationId)});
    setUserVersion(db, 1);
}

void migrate(QSqlDatabase& db, int fromVersion, int toVersion)
{
    if (toVersion < 0)
        toVersion = Database::SchemaVersion;
    if (fromVersion < 2 && toVersion >= 2) {
        execAll(db, version2);
        setUserVersion(db, 2);
    }
    if (fromVersion < 3 && toVersion >= 3) {
        execAll(db, version3);
        setUserVersion(db, 3);
    }
    if (fromVersion < 4 && toVersion >= 4) {
        execAll(db, version4);
        setUserVersion(db, 4);
    }
    if (fromVersion < 5 && toVersion >= 5) {
        execAll(db, version5);
        setUserVersion(db, 5);
    }
    if (fromVersion < 6 && toVersion >= 6) {
        execAll(db, version6);
        setUserVersion(db, 6);
    }
    if (fromVersion < 7 && toVersion >= 7) {
        execAll(db, version7);
        insertDefaultRules(db);
        setUserVersion(db, 7);
    }
    if (fromVersion < 8 && toVersion >= 8) {
        execAll(db, version8);
        setUserVersion(db, 8);
    }
    if (fromVersion < 9 && toVersion >= 9) {
        execAll(db, version9);
        setUserVersion(db, 9);
    }
    if (fromVersion < 10 && toVersion >= 10) {
        execAll(db, version10);
        setUserVersion(db, 10);
    }
    if (fromVersion < 11 && toVersion >= 11) {
        execAll(db, version11);
        setUserVersion(db, 11);
    }
    if (fromVersion < 12 && toVersion >= 12) {
        execAll(db, version12);
        setUserVersion(db, 12);
    }
    if (fromVersion < 13 && toVersion >= 13) {
        execAll(db, version13Funding);
        execAll(db, version13Commitments);
        execAll(db, version13LocalPacts);
        setUserVersion(db, 13);
    }
    if (fromVersion < 14 && toVersion >= 14) {
        execAll(db, version14());
        setUserVersion(db, 14);
    }
    static_assert(Database::SchemaVersion == 14, "add the new migration step above");
}

SchemaDifference compareWithFormat(QSqlDatabase& db, int version)
{
    const bool server = postgres::isPostgres(db);
    const auto formatOf = [&](int v) { return server ? withoutSqliteObjects(formatEntries(v)) : formatEntries(v); };
    const QSet<QString> file = schemaEntries(db);
    const QSet<QString> format = formatOf(version);
    SchemaDifference difference;
    difference.foreign = described(file - format);
    difference.missing = described(format - file);
    for (int later = version + 1; later <= Database::SchemaVersion && !difference.isEmpty(); ++later) {
        if (formatOf(later) == file)
            difference.laterFormat = true;
    }
    return difference;
}

namespace {

// The current format's number in a server's `meta` (it has no user_version), by `statement` (one
// placeholder).
void writeServerVersion(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery version(db);
    version.prepare(statement);
    version.addBindValue(QString::number(Database::SchemaVersion));
    if (!version.exec())
        throw StorageError(sqlFailureMessage(version.lastError(), db.databaseName()));
}

} // namespace

void createOnServer(QSqlDatabase& db)
{
    QStringList statements;
    QStringList order;
    for (const TableShape& table : tableShapes())
        order << table.name;
    withFormat(Database::SchemaVersion,
               [&](QSqlDatabase& format) { statements = postgres::schemaStatements(format, order); });
    execAll(db, statements);
    // Other people's changes announced to the open windows (changefeed.h): the entities' own tables.
    QStringList entityTables;
    for (int e = 0; e <= static_cast<int>(Entity::LocalPact); ++e)
        entityTables << entityCode(static_cast<Entity>(e));
    execAll(db, postgres::notifyStatements(entityTables));
    writeServerVersion(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"));
}

void migrateOnServer(QSqlDatabase& db, int fromVersion)
{
    QStringList steps;
    if (fromVersion < 14)
        steps << version14();
    static_assert(Database::SchemaVersion == 14, "add the new migration step to the server's too");
    execAll(db, postgres::migrationStatements(steps));
    writeServerVersion(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
}

int serverVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

namespace {

QList<TableShape> readShapes(QSqlDatabase& format)
{
    QList<TableShape> tables;
    QHash<QString, QSet<QString>> needs;
    QSqlQuery master(format);
    if (!master.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")))
        throw StorageError(sqlFailureMessage(master.lastError(), QString()));
    while (master.next()) {
        TableShape table;
        table.name = master.value(0).toString();
        QSqlQuery columns(format);
        if (!columns.exec(
                QStringLiteral("SELECT name, type, pk FROM pragma_table_info('%1') ORDER BY cid").arg(table.name)))
            throw StorageError(sqlFailureMessage(columns.lastError(), QString()));
        int keys = 0;
        bool integerId = false;
        while (columns.next()) {
            table.columns << columns.value(0).toString();
            if (columns.value(2).toInt() > 0) {
                ++keys;
                integerId = columns.value(0).toString() == QLatin1String("id") &&
                            columns.value(1).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            }
        }
        table.numberedId = keys == 1 && integerId;
        QSqlQuery references(format);
        if (!references.exec(
                QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('%1')").arg(table.name)))
            throw StorageError(sqlFailureMessage(references.lastError(), QString()));
        while (references.next()) {
            if (references.value(0).toString() == table.name)
                table.selfReferences << references.value(1).toString();
            else
                needs[table.name].insert(references.value(0).toString());
        }
        tables << table;
    }
    QList<TableShape> ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const TableShape& table : std::as_const(tables)) {
            if (placed.contains(table.name))
                continue;
            const QSet<QString> required = needs.value(table.name);
            if (std::all_of(required.begin(), required.end(), [&](const QString& t) { return placed.contains(t); })) {
                ordered << table;
                placed.insert(table.name);
            }
        }
        if (ordered.size() == before)
            throw StorageError(QStringLiteral("The schema's references form a cycle"));
    }
    return ordered;
}

} // namespace

QList<TableShape> tableShapes()
{
    static QMutex mutex;
    static QList<TableShape> shapes;
    const QMutexLocker locker(&mutex);
    if (shapes.isEmpty())
        withFormat(Database::SchemaVersion, [&](QSqlDatabase& format) { shapes = readShapes(format); });
    return shapes;
}

} // namespace pacte::schema
