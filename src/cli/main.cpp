// pacte-cli: the command-line contract of docs/architecture.md, one command per file.
#include "cliutil.h"
#include "command.h"
#include "domain/translations.h"
#include "exchange/inputerror.h"
#include "storage/storageerror.h"

#include <array>
#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>

using namespace pacte::cli;

namespace {

constexpr std::array commands{
    Command{"init", "init FILE [--demo]", QT_TRANSLATE_NOOP("pacte::cli", "create a database (with the demo data)"),
            runInit},
    Command{"stats", "stats FILE [--edition NAME] [--year YYYY] [--json]",
            QT_TRANSLATE_NOOP("pacte::cli", "counts of an edition, or of one year"), runStats},
    Command{"check", "check FILE [--edition NAME] [--date YYYY-MM-DD | --year YYYY] [--deep] [--json]",
            QT_TRANSLATE_NOOP("pacte::cli", "governance rules and sheet completeness"), runCheck},
    Command{"evaluate", "evaluate FILE --edition NAME --year YYYY [--freeze] [--final] [--json]",
            QT_TRANSLATE_NOOP("pacte::cli", "the yearly evaluation: counts of §1.4 and changes since the year before"),
            runEvaluate},
    Command{"report",
            "report FILE -o OUT.pdf|.odt|.html [--edition NAME] [--territory NAME] [--axis NUMBER|TITLE] "
            "[--year YYYY] [--copil]",
            QT_TRANSLATE_NOOP("pacte::cli", "the COPIL report, as PDF, OpenDocument text or HTML"), runReport},
    Command{"export", "export FILE -o OUT.json", QT_TRANSLATE_NOOP("pacte::cli", "full dump of the database"),
            runExport},
    Command{"import", "import FILE IN.json", QT_TRANSLATE_NOOP("pacte::cli", "restore a full dump into a new FILE"),
            runImport},
    Command{"export-sheet", "export-sheet FILE --group NAME|UUID -o SHEET.json",
            QT_TRANSLATE_NOOP("pacte::cli", "export a working group's sheet for its referents"), runExportSheet},
    Command{"import-sheet", "import-sheet FILE SHEET.json [--dry-run] [--again]",
            QT_TRANSLATE_NOOP("pacte::cli", "merge a sheet back into the database (exit 1 on conflicts)"),
            runImportSheet},
    Command{"generate", "generate FILE --scale N", QT_TRANSLATE_NOOP("pacte::cli", "synthetic data for benchmarks"),
            runGenerate},
};

void printUsage()
{
    printErr(Tr::tr("usage: pacte-cli COMMAND ARGUMENTS..."));
    printErr(QString());
    for (const auto& command : commands)
        printErr(QStringLiteral("  %1\n      %2").arg(QString::fromLatin1(command.synopsis), Tr::tr(command.summary)));
    printErr(QString());
    printErr(Tr::tr("Exit codes: 0 done, 1 findings or conflicts to report, 2 bad usage or bad input."));
}

} // namespace

int main(int argc, char** argv)
{
    // The report lays out text with fonts and paints: that takes a QGuiApplication, on the offscreen
    // platform unless told otherwise (no display is needed to write a PDF).
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's platform code asks for a runtime folder it does not need here: no warning for that.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")) && previous)
                previous(type, context, message);
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pacte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACTE_VERSION));
    pacte::installTranslations(pacte::languageFromEnvironment());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        printUsage();
        return arguments.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        printOut(QStringLiteral("pacte-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const QString name = arguments.takeFirst();
    for (const auto& command : commands) {
        if (name != QLatin1String(command.name))
            continue;
        try {
            return command.run(arguments);
        } catch (const UsageError& error) {
            printErr(error.message);
        } catch (const pacte::InputError& error) {
            printErr(error.message());
        } catch (const pacte::StorageError& error) {
            printErr(error.message());
        }
        return ExitBadInput;
    }
    printErr(Tr::tr("Unknown command \"%1\".").arg(name));
    printUsage();
    return ExitBadInput;
}
