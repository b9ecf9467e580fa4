#include "cliutil.h"
#include "command.h"
#include "domain/textsearch.h"
#include "reports/reportbuilder.h"
#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "storage/outputpath.h"
#include "storage/repository.h"

#include <QDir>
#include <QFileInfo>

namespace pacte::cli {

namespace {

// A name as the user typed it: exact, or ignoring case and accents.
template <typename T, typename NameOf>
const T* findByName(const QList<T>& items, const QString& name, NameOf nameOf)
{
    for (const auto& item : items) {
        if (nameOf(item) == name)
            return &item;
    }
    for (const auto& item : items) {
        if (foldForSearch(nameOf(item)) == foldForSearch(name))
            return &item;
    }
    return nullptr;
}

template <typename T, typename NameOf>
QString quotedNames(const QList<T>& items, NameOf nameOf)
{
    QStringList names;
    for (const auto& item : items)
        names << QStringLiteral("\"%1\"").arg(nameOf(item));
    return names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "));
}

Id resolveTerritory(Database& db, const QString& name)
{
    const auto territories = TerritoryRepository(db).all();
    const auto nameOf = [](const Territory& t) { return t.name; };
    if (const auto* territory = findByName(territories, name, nameOf))
        return territory->id;
    throw UsageError{
        Tr::tr("No territory is named \"%1\" (territories: %2).").arg(name, quotedNames(territories, nameOf))};
}

Id resolveAxis(Database& db, const Edition& edition, const QString& name)
{
    const auto axes = AxisRepository(db).ofEdition(edition.id);
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    for (const auto& axis : axes) {
        if (isNumber && axis.number == number)
            return axis.id;
    }
    const auto nameOf = [](const Axis& a) { return a.title; };
    if (const auto* axis = findByName(axes, name, nameOf))
        return axis->id;
    throw UsageError{Tr::tr("%1 has no axis \"%2\" (axes: %3).").arg(edition.title, name, quotedNames(axes, nameOf))};
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "report");

    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError{Tr::tr("-o OUT is required.") + QLatin1Char('\n') + usageLine("report")};
    const auto format = reportFormatForPath(output);
    if (!format)
        throw UsageError{Tr::tr("%1: the report must end in .pdf, .odt or .html.").arg(output)};
    if (const QString problem = outputPathProblem(output, {parser.positionalArguments().constFirst()});
        !problem.isEmpty())
        throw UsageError{problem};

    auto db = openForReading(parser.positionalArguments().constFirst());
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    ReportScope scope;
    scope.editionId = edition.id;
    if (parser.isSet(QStringLiteral("territory")))
        scope.territoryId = resolveTerritory(*db, parser.value(QStringLiteral("territory")));
    if (parser.isSet(QStringLiteral("axis")))
        scope.axisId = resolveAxis(*db, edition, parser.value(QStringLiteral("axis")));
    if (parser.isSet(QStringLiteral("year")))
        scope.year = parseYearOption(parser.value(QStringLiteral("year")), edition);
    scope.copilVersion = parser.isSet(QStringLiteral("copil"));

    // The records are released once the report is built: only the report is kept while it is written.
    const auto report = buildReport(loadReportData(*db, scope));
    const QString error = writeReportFile(*report, output, *format);
    if (!error.isEmpty())
        throw UsageError{error};
    return ExitOk;
}

} // namespace pacte::cli
