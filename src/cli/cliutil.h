#pragma once

#include "domain/edition.h"
#include "storage/database.h"

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace pacte::cli {

// Thrown to stop a command with exit code 2 and a message on stderr.
struct UsageError
{
    QString message;
};

void printOut(const QString& text);
void printErr(const QString& text);
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::cli)
};

// Parses `arguments` for `command` with its arguments and options (src/commandline/clispec.cpp);
// unknown options or a wrong number of positional arguments are a UsageError that shows the synopsis.
void parseOrThrow(QCommandLineParser& parser, const QStringList& arguments, const char* command);
// "usage: pacte-cli SYNOPSIS" of `command`.
QString usageLine(const char* command);

// Opens FILE for reading only (a command that only reads never changes the file).
std::unique_ptr<Database> openForReading(const QString& path);

// Opens FILE for writing; refuses (UsageError) a file open in another instance of Pacte.
std::unique_ptr<Database> openForWriting(const QString& path);
// Refuses (UsageError) a database opened read-only: who holds it, or why it cannot be written.
void refuseReadOnly(const Database& db, const QString& path);

// The edition named by --edition, or the current (latest) one.
Edition resolveEdition(Database& db, const QString& name);

// --date YYYY-MM-DD for the calendar rules, today otherwise.
QDate parseDateOption(const QString& text);

// --year YYYY, which must be a year of `edition` that has begun.
int parseYearOption(const QString& text, const Edition& edition);

} // namespace pacte::cli
