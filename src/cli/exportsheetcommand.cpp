#include "cliutil.h"
#include "command.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkbook.h"
#include "exchange/sheetwriter.h"
#include "storage/editionloader.h"
#include "storage/outputpath.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QFileInfo>

namespace pacte::cli {

namespace {

// The group named by --group: a uuid, or a name (exact, then ignoring case) that must be unambiguous.
WorkingGroup resolveGroup(Database& db, const QString& name)
{
    const QUuid uuid = QUuid::fromString(name);
    if (!uuid.isNull()) {
        if (auto group = WorkingGroupRepository(db).findByUuid(uuid))
            return *group;
        throw UsageError{Tr::tr("No working group has the identifier %1.").arg(name)};
    }
    const auto groups = WorkingGroupRepository(db).all();
    QList<WorkingGroup> matches;
    for (const auto& group : groups) {
        if (group.name == name)
            matches.append(group);
    }
    if (matches.isEmpty()) {
        for (const auto& group : groups) {
            if (group.name.compare(name, Qt::CaseInsensitive) == 0)
                matches.append(group);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        throw UsageError{Tr::tr("No working group is named \"%1\".").arg(name)};
    QStringList candidates;
    for (const auto& group : matches) {
        const EditionData data = loadEditionData(db, group.editionId, ActionLoading::SheetsOnly);
        candidates << QStringLiteral("  %1  %2 (%3)")
                          .arg(group.uuid.toString(QUuid::WithoutBraces), data.groupLabel(group), data.edition.title);
    }
    throw UsageError{Tr::tr("Several working groups are named \"%1\": give the identifier of one of them.\n%2")
                         .arg(name, candidates.join(QLatin1Char('\n')))};
}

} // namespace

int runExportSheet(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "export-sheet");
    QString output = parser.value(QStringLiteral("output"));
    const QString groupName = parser.value(QStringLiteral("group"));
    if (output.isEmpty() || groupName.isEmpty())
        throw UsageError{Tr::tr("missing --group or -o.") + QLatin1Char('\n') + usageLine("export-sheet")};
    // -o FOLDER/ (or an existing folder): the sheet's default name there, as the GUI names it, without
    // overwriting a sheet already in it.
    const bool toFolder = output.endsWith(QLatin1Char('/')) || QFileInfo(output).isDir();
    if (toFolder && !QFileInfo(output).isDir())
        throw UsageError{Tr::tr("The folder %1 does not exist.").arg(output)};
    // Checked before the export is recorded: a refused output changes nothing in the database.
    if (!toFolder) {
        if (const QString problem = outputPathProblem(output, {parser.positionalArguments().constFirst()});
            !problem.isEmpty())
            throw UsageError{problem};
    }
    auto db = openForWriting(parser.positionalArguments().constFirst());
    const WorkingGroup group = resolveGroup(*db, groupName);
    if (toFolder) {
        output = freeSheetPath(output, sheetFileName(*db, group.id));
        if (const QString problem = outputPathProblem(output, {parser.positionalArguments().constFirst()});
            !problem.isEmpty())
            throw UsageError{problem};
    }
    // The export is recorded before the file is written: a sheet never exists that the database
    // does not know of (a recorded export whose file failed is harmless).
    const ExportedSheet sheet = exportSheet(*db, group.id);
    // A workbook (.xlsx) for referents without Pacte stands for the same export.
    const bool workbook = output.endsWith(QLatin1String(SheetWorkbookSuffix), Qt::CaseInsensitive);
    saveSheetFile(output, workbook ? writeSheetWorkbook(readSheet(sheet.bytes)) : sheet.bytes);
    printOut(Tr::tr("Wrote the sheet of \"%1\" to %2 (export %3).")
                 .arg(group.name, output, sheet.exportId.toString(QUuid::WithoutBraces)));
    return ExitOk;
}

} // namespace pacte::cli
