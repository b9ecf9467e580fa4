#pragma once

#include "domain/editiondata.h"
#include "domain/evaluationsnapshot.h"
#include "domain/finding.h"
#include "tabledata.h"

#include <optional>

namespace pacte {

class Database;

// The tables of one edition as spreadsheets show them: French headers, one row per record, names
// rather than identifiers, dates and numbers typed. The CSV export (`--table`) writes one; the
// whole-edition workbook writes them all, one sheet each.
enum class EditionTable {
    Partners,
    Persons,
    Territories,
    Axes,
    Groups,
    Actions,
    Indicators,
    Measurements,
    Meetings,
    Findings,
    Evaluation,
    Funding,          // one row per funding line and year (export only)
    LocalPactReviews, // one row per territory's local pact review year (export only)
    LocalPriorities   // one row per territorial priority of a local pact (export only)
};

// The table's name, its sheet's in the workbook ("Actions", "Measurements"...).
QString editionTableName(EditionTable table);
// "actions", "partners"... as the command line names a table; empty for those it does not offer.
QString editionTableCode(EditionTable table);
std::optional<EditionTable> editionTableFromCode(QStringView code);
// The codes `pacte-cli export --table` accepts.
QStringList csvTableCodes();

// What the tables are built from: the edition loaded in full, the governance findings of the day,
// and each year's evaluation counts (frozen when the year was frozen, live otherwise).
struct EditionTablesSource
{
    EditionData data;
    Findings findings;
    struct Year
    {
        int year = 0;
        bool frozen = false;
        QDate asOf; // the day the figures describe (31 December, or the evaluation's own day)
        EvaluationCounts counts;
    };
    QList<Year> years;
};

// Loads what the tables need (the evaluation's years only if asked).
EditionTablesSource loadEditionTablesSource(Database& db, Id editionId, bool withEvaluation);
// The years of the edition begun by today: frozen counts, or live ones as of 31 December.
QList<EditionTablesSource::Year> loadYearlyCounts(Database& db, const EditionData& data);

// The tables in the workbook's order.
QList<EditionTable> workbookTables();

TableData buildEditionTable(const EditionTablesSource& source, EditionTable table);
// Every table, in the workbook's order.
QList<TableData> buildEditionTables(const EditionTablesSource& source);

} // namespace pacte
