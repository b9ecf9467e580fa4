#pragma once

#include <QStringList>

namespace pacte::cli {

// Exit codes of the command-line contract (docs/architecture.md).
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitBadInput = 2 };

struct Command
{
    const char* name;
    const char* synopsis;                     // "init FILE [--demo]"
    const char* summary;                      // translated with context "pacte::cli"
    int (*run)(const QStringList& arguments); // arguments after the command name
};

int runInit(const QStringList& arguments);
int runStats(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runEvaluate(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runGenerate(const QStringList& arguments);
int runExportSheet(const QStringList& arguments);
int runImportSheet(const QStringList& arguments);
int runReport(const QStringList& arguments);

} // namespace pacte::cli
