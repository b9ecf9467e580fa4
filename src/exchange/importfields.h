#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pacte {

// What a spreadsheet import fills: partners, persons (and referents), working groups, or actions
// with their indicators.
enum class ImportTable { Partners, Persons, Groups, Actions };

QStringList importTableCodes(); // partners, persons, groups, actions
std::optional<ImportTable> importTableFromCode(const QString& code);

// A field a column can be mapped to: a stable key (in mapping files), a French label, and whether a
// row without it is refused.
struct ImportField
{
    QString key;
    QString label;
    bool required = false;
};

QList<ImportField> importFields(ImportTable table);

// Which field each column of the sheet fills: `fields[column]` is a field's key, or empty for a
// column that is not imported.
struct ColumnMapping
{
    QStringList fields;

    int columnOf(const QString& key) const { return static_cast<int>(fields.indexOf(key)); }
    bool operator==(const ColumnMapping&) const = default;
};

// The fields guessed from the header names (accents, case, spaces and punctuation ignored): the
// names of Pacte's own exported tables and those a coordinator writes ("Nom de la structure",
// "Pilote", "Statut"...). A field is given to one column only, the first that names it.
ColumnMapping guessMapping(ImportTable table, const QStringList& headers);

// A mapping file: a JSON object {"header as written": "field key", ...} (a field key may be null or
// "" to skip the column). Columns whose header it does not name are guessed. Throws InputError in
// French for a file that is not such an object or names an unknown field.
ColumnMapping mappingFromJson(ImportTable table, const QStringList& headers, const QByteArray& json);
QByteArray mappingToJson(const QStringList& headers, const ColumnMapping& mapping);

// Header text folded for comparison: lower case, no accents, single spaces, no punctuation.
QString foldHeader(const QString& text);

} // namespace pacte
