#include "app/common/contraststyle.h"
#include "app/common/dialogaccessibility.h"
#include "appsettings.h"
#include "commandline/commandline.h"
#include "demodatabase.h"
#include "domain/translations.h"
#include "editing/document.h"
#include "mainwindow.h"
#include "sheets/sheetwindow.h"
#include "storage/repository.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("pacte"));
    QCoreApplication::setApplicationName(QStringLiteral("pacte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACTE_VERSION));
}

// `pacte --ensure-demo`: creates the demo database if needed and prints its path, without a display
// (scripts/run.sh uses it on a headless machine).
int ensureDemo(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    pacte::installTranslations(pacte::settings::language());
    try {
        std::puts(pacte::ensureDemoDatabase().toUtf8().constData());
        return 0;
    } catch (const pacte::StorageError& error) {
        std::fputs((error.message() + QLatin1Char('\n')).toUtf8().constData(), stderr);
        return 2;
    }
}

} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--ensure-demo") == 0)
            return ensureDemo(argc, argv);
    }
    QApplication app(argc, argv);
    setIdentity();
    pacte::installContrastStyle();
    pacte::installDialogAccessibility();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pacte.svg")));
    pacte::installTranslations(pacte::settings::language());

    // Options and help from the one description of the command line, which the manual page shares.
    const auto& program = pacte::commandline::guiProgram();
    QCommandLineParser parser;
    parser.setApplicationDescription(pacte::commandline::translated(program, program.summary));
    // --help and --version from the table too: Qt's own carry texts that qtbase_fr leaves English.
    pacte::commandline::addToParser(parser, program, program.arguments, program.options);
    pacte::commandline::addToParser(parser, program, {}, program.standardOptions);
    const QString sectionOption = QStringLiteral("section");
    const QString editionOption = QStringLiteral("edition");
    parser.process(app);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    // `pacte FILE` opens FILE; without an argument Pacte reopens the last file, or the demo. FILE may
    // be a server database ("postgresql://..."): it is handed on as it is, never read as a file path.
    QString path = parser.positionalArguments().value(0);
    // A working-group sheet (double-clicked, application/x-pacte-sheet) opens in sheet mode alone.
    if (!pacte::isServerLocation(path) && path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        auto* sheet = pacte::SheetWindow::open(path);
        if (!sheet)
            return 2;
        sheet->show();
        return app.exec();
    }
    if (path.isEmpty())
        path = pacte::settings::lastFile();
    // A last file that is gone gives way to the demo; a last server database is tried again.
    if (path.isEmpty() ||
        (!pacte::isServerLocation(path) && !QFile::exists(path) && parser.positionalArguments().isEmpty())) {
        try {
            path = pacte::ensureDemoDatabase();
        } catch (const pacte::StorageError& error) {
            std::fputs((error.message() + QLatin1Char('\n')).toUtf8().constData(), stderr);
        }
    }
    pacte::MainWindow window;
    window.showAsSaved();
    if (!path.isEmpty())
        window.openFile(path);
    if (parser.isSet(editionOption) && window.document()) {
        for (const auto& edition : pacte::EditionRepository(window.document()->database()).all()) {
            if (edition.title == parser.value(editionOption))
                window.setCurrentEdition(edition.id);
        }
    }
    if (parser.isSet(sectionOption)) {
        if (const auto section = pacte::sectionFromName(parser.value(sectionOption)))
            window.showSection(*section);
    }
    return app.exec();
}
