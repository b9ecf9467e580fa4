#include "cliutil.h"
#include "command.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

namespace pacte::cli {

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "list");
    const QString what = parser.positionalArguments().at(1);
    // Opened as it is, read-only: the shell completion runs this at every Tab, and must neither
    // bring an older file up to date nor take its lock.
    std::unique_ptr<Database> db;
    try {
        db = Database::open(parser.positionalArguments().constFirst(), Database::systemUserName(),
                            Database::Access::ReadOnly);
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    // Without --edition, the names of every edition's groups and axes.
    const std::optional<Id> edition =
        parser.isSet(QStringLiteral("edition"))
            ? std::optional(resolveEdition(*db, parser.value(QStringLiteral("edition"))).id)
            : std::nullopt;
    QStringList names;
    if (what == QLatin1String("editions")) {
        for (const auto& edition : EditionRepository(*db).all())
            names << edition.title;
    } else if (what == QLatin1String("groups")) {
        const WorkingGroupRepository groups(*db);
        for (const auto& group : edition ? groups.ofEdition(*edition) : groups.all())
            names << group.name;
    } else if (what == QLatin1String("territories")) {
        for (const auto& territory : TerritoryRepository(*db).all())
            names << territory.name;
    } else if (what == QLatin1String("axes")) {
        const AxisRepository axes(*db);
        for (const auto& axis : edition ? axes.ofEdition(*edition) : axes.all())
            names << axis.title;
    } else {
        throw UsageError{Tr::tr("\"%1\": list editions, groups, territories or axes.").arg(what) + QLatin1Char('\n') +
                         usageLine("list")};
    }
    names.removeDuplicates();
    for (const QString& name : std::as_const(names))
        printOut(name);
    return ExitOk;
}

} // namespace pacte::cli
