#include "cliutil.h"
#include "command.h"
#include "domain/format.h"
#include "exchange/inputerror.h"
#include "exchange/sheetimport.h"
#include "storage/storageerror.h"

#include <QFileInfo>

namespace pacte::cli {

namespace {

QString kindName(SheetItemKind kind)
{
    switch (kind) {
    case SheetItemKind::Action:
        return Tr::tr("action");
    case SheetItemKind::Indicator:
        return Tr::tr("indicator");
    case SheetItemKind::Measurement:
        return Tr::tr("measurement");
    case SheetItemKind::Meeting:
        return Tr::tr("meeting");
    case SheetItemKind::GroupEvaluation:
        return Tr::tr("group evaluation");
    }
    return {};
}

QString changeName(const ItemChange& change)
{
    switch (change.change) {
    case ItemChangeKind::Update:
        return Tr::tr("modified");
    case ItemChangeKind::Addition:
        return Tr::tr("added");
    case ItemChangeKind::Deletion:
        return Tr::tr("deleted");
    }
    return {};
}

// A value as the preview shows it: a long one shortened, so that a 400,000-character objective does
// not fill the terminal.
QString quoted(const QString& value)
{
    return value.isEmpty() ? Tr::tr("(empty)") : QStringLiteral("« %1 »").arg(shortened(value));
}

QString itemTitle(const ItemChange& change)
{
    QString title = QStringLiteral("%1 %2").arg(kindName(change.kind), quoted(change.label));
    if (!change.context.isEmpty())
        title += QStringLiteral(" (%1)").arg(shortened(change.context, 120));
    return title;
}

// The preview: one line per item, then one per field (with both values for a conflict).
void printPreview(const MergeOutcome& outcome)
{
    for (const auto& change : outcome.changes) {
        printOut(QStringLiteral("%1 %2 : %3")
                     .arg(change.hasConflict() ? QStringLiteral("!") : QStringLiteral("*"), itemTitle(change),
                          changeName(change)));
        for (const auto& field : change.fields) {
            if (field.conflict && field.field.isEmpty())
                printOut(Tr::tr("    CONFLICT: %1 in the database, %2 in the sheet")
                             .arg(shortened(field.database), shortened(field.sheet)));
            else if (field.conflict)
                printOut(Tr::tr("    CONFLICT %1: database %2, sheet %3 (at export: %4)")
                             .arg(field.field, quoted(field.database), quoted(field.sheet), quoted(field.base)));
            else if (change.change == ItemChangeKind::Update)
                printOut(
                    QStringLiteral("    %1 : %2 → %3").arg(field.field, quoted(field.database), quoted(field.sheet)));
            else
                printOut(QStringLiteral("    %1 : %2").arg(field.field, quoted(field.sheet)));
        }
    }
}

} // namespace

int runImportSheet(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "import-sheet");
    const QString path = parser.positionalArguments().at(0);
    const QString sheetPath = parser.positionalArguments().at(1);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString sheetName = QFileInfo(sheetPath).fileName();

    auto db = dryRun ? openForReading(path) : openForWriting(path);
    std::unique_ptr<SheetImport> import;
    try {
        import = SheetImport::fromFile(*db, sheetPath);
    } catch (const InputError& error) {
        throw UsageError{Tr::tr("%1: %2").arg(sheetName, error.message())};
    }
    if (import->alreadyImported() && !parser.isSet(QStringLiteral("again"))) {
        const auto& last = import->exportRecord().imports.constLast();
        throw UsageError{Tr::tr("%1 : this export was already imported on %2 by %3 (from %4). Use --again to import "
                                "it once more.")
                             .arg(sheetName, last.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  last.importedBy, last.sheetName)};
    }
    if (!import->laterExports().isEmpty())
        printErr(Tr::tr("%1 : note: the group was exported again since this sheet (last on %2); its changes are "
                        "merged all the same.")
                     .arg(sheetName, import->laterExports().constFirst().exportedAt.toLocalTime().toString(
                                         QStringLiteral("yyyy-MM-dd HH:mm"))));
    const MergeOutcome& outcome = import->outcome();
    printPreview(outcome);
    const int conflicts = outcome.conflictCount();
    if (conflicts > 0) {
        printErr(Tr::tr("%1 : %n conflict(s) between the sheet and the database; nothing was imported. Decide them "
                        "in Pacte (File ▸ Import a sheet).",
                        nullptr, conflicts)
                     .arg(sheetName));
        return ExitFindings;
    }
    if (!import->problems().isEmpty())
        throw UsageError{Tr::tr("%1: %2").arg(sheetName, import->problems().join(QLatin1Char('\n')))};
    if (dryRun) {
        printOut(Tr::tr("%n change(s) to import; nothing was changed (--dry-run).", nullptr,
                        static_cast<int>(outcome.changes.size())));
        return ExitOk;
    }
    const QString backup = import->apply();
    const int changes = static_cast<int>(outcome.changes.size());
    // A server database has no backup copy (its administrator's pg_dump does that).
    printOut(backup.isEmpty()
                 ? Tr::tr("%n change(s) imported from %1.", nullptr, changes).arg(sheetName)
                 : Tr::tr("%n change(s) imported from %1 (backup: %2).", nullptr, changes).arg(sheetName, backup));
    return ExitOk;
}

} // namespace pacte::cli
