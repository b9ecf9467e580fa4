// pacte-cli: the command-line contract of docs/architecture.md, one command per file.
#include "cliutil.h"
#include "command.h"
#include "commandline/commandline.h"
#include "domain/translations.h"
#include "exchange/inputerror.h"
#include "storage/databaselock.h"
#include "storage/storageerror.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>

using namespace pacte::cli;
namespace commandline = pacte::commandline;

namespace {

// The code of each command of commandline::cliProgram(), which describes them.
constexpr std::array runners{
    CommandRunner{"init", runInit},
    CommandRunner{"stats", runStats},
    CommandRunner{"check", runCheck},
    CommandRunner{"evaluate", runEvaluate},
    CommandRunner{"coverage", runCoverage},
    CommandRunner{"report", runReport},
    CommandRunner{"renew", runRenew},
    CommandRunner{"export", runExport},
    CommandRunner{"copy", runCopy},
    CommandRunner{"server-init", runServerInit},
    CommandRunner{"server-grant", runServerGrant},
    CommandRunner{"import", runImport},
    CommandRunner{"export-sheet", runExportSheet},
    CommandRunner{"import-sheet", runImportSheet},
    CommandRunner{"import-table", runImportTable},
    CommandRunner{"generate", runGenerate},
    CommandRunner{"list", runList},
};

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

    const auto& program = commandline::cliProgram();
    const auto isHelp = [](const QString& argument) {
        return argument == QLatin1String("--help") || argument == QLatin1String("-h");
    };
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printErr(commandline::programHelp(program));
        return ExitBadInput;
    }
    if (isHelp(arguments.first())) {
        printOut(commandline::programHelp(program));
        return ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        printOut(QStringLiteral("pacte-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const QString name = arguments.takeFirst();
    const commandline::Command* spec = commandline::findCommand(program, name);
    for (const auto& command : runners) {
        if (!spec || name != QLatin1String(command.name))
            continue;
        if (std::any_of(arguments.cbegin(), arguments.cend(), isHelp)) {
            printOut(commandline::commandHelp(program, *spec));
            return ExitOk;
        }
        // What a lock taken by this command tells a window or another command that finds the file held.
        pacte::DatabaseLock::setProgram(QStringLiteral("pacte-cli ") + name);
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
    printErr(commandline::programHelp(program));
    return ExitBadInput;
}
