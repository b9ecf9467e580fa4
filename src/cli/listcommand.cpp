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
    QString condition;
    QVariantList binds;
    if (parser.isSet(QStringLiteral("edition"))) {
        condition = QStringLiteral("edition_id = ?");
        binds << resolveEdition(*db, parser.value(QStringLiteral("edition"))).id;
    }
    QStringList names;
    if (what == QLatin1String("editions")) {
        for (const auto& edition : EditionRepository(*db).all())
            names << edition.title;
    } else if (what == QLatin1String("groups")) {
        for (const auto& group : WorkingGroupRepository(*db).whereWithoutChildren(condition, binds))
            names << group.name;
    } else if (what == QLatin1String("territories")) {
        for (const auto& territory : TerritoryRepository(*db).all())
            names << territory.name;
    } else if (what == QLatin1String("axes")) {
        for (const auto& axis : AxisRepository(*db).whereWithoutChildren(condition, binds))
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
