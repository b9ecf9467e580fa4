#pragma once

// LibreOffice as an independent reader and writer of spreadsheets, for the tests that have it: a
// test that needs it says so (WARN) and passes without checking when soffice is not installed.
#include <QString>
#include <QStringList>

namespace pacte::test {

// The soffice program, or an empty string.
QString sofficePath();

// Converts `input` into `outDir` with `--convert-to target` (for instance "xlsx" or a CSV filter), in
// a private profile whose locale is French (dates dd/mm/yyyy, decimal commas, as a coordinator's
// LibreOffice shows them). Returns the files written, empty on failure.
QStringList convertWithLibreOffice(const QString& input, const QString& target, const QString& outDir);

// The CSV filter that writes every sheet to its own file (NAME-SHEET.csv): semicolons, UTF-8, values
// as shown.
QString libreOfficeCsvAllSheets();

} // namespace pacte::test
