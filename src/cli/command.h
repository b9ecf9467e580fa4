#pragma once

#include <QStringList>

class QCommandLineParser;

namespace pacte::cli {

// Exit codes of the command-line contract (docs/architecture.md).
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitBadInput = 2 };

// A command's code; its synopsis, arguments and options are in src/commandline/clispec.cpp.
struct CommandRunner
{
    const char* name;
    int (*run)(const QStringList& arguments); // arguments after the command name
};

int runInit(const QStringList& arguments);
int runStats(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runCoverage(const QStringList& arguments);
int runEvaluate(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runCopy(const QStringList& arguments);
int runServerInit(const QStringList& arguments);
int runServerGrant(const QStringList& arguments);
int runGenerate(const QStringList& arguments);
int runExportSheet(const QStringList& arguments);
int runImportSheet(const QStringList& arguments);
int runImportTable(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runRenew(const QStringList& arguments);
int runList(const QStringList& arguments);

// `export` with a table file for output (tableexportcommand.cpp), once its options are parsed.
int runExportTables(const QCommandLineParser& parser, const QString& output);

} // namespace pacte::cli
