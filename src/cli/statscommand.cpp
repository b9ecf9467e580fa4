#include "cliutil.h"
#include "command.h"
#include "domain/declaredcount.h"
#include "domain/editionstats.h"
#include "domain/evaluationsnapshot.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pacte::cli {

namespace {

QJsonObject statsJson(const EditionStats& stats)
{
    QJsonObject byStatus;
    for (auto it = stats.actionsByStatus.cbegin(); it != stats.actionsByStatus.cend(); ++it)
        byStatus.insert(enumCode(it.key()), it.value());
    QJsonObject byAxis;
    for (const auto& [title, count] : stats.actionsByAxis)
        byAxis.insert(title, count);
    QJsonObject byTerritory;
    for (const auto& [name, count] : stats.actionsByTerritory)
        byTerritory.insert(name, count);
    QJsonObject byKind;
    for (auto it = stats.meetingsByKind.cbegin(); it != stats.meetingsByKind.cend(); ++it)
        byKind.insert(enumCode(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("edition"), stats.edition},
        {QStringLiteral("partners"), stats.partners},
        {QStringLiteral("persons"), stats.persons},
        {QStringLiteral("territories"), stats.territories},
        {QStringLiteral("axes"), stats.axes},
        {QStringLiteral("themes"), stats.themes},
        {QStringLiteral("workingGroups"), stats.workingGroups},
        {QStringLiteral("actions"), QJsonObject{{QStringLiteral("total"), stats.actions},
                                                {QStringLiteral("experimentations"), stats.experimentations},
                                                {QStringLiteral("byStatus"), byStatus},
                                                {QStringLiteral("byAxis"), byAxis},
                                                {QStringLiteral("byTerritory"), byTerritory}}},
        {QStringLiteral("meetings"), QJsonObject{{QStringLiteral("total"), stats.meetings},
                                                 {QStringLiteral("held"), stats.meetingsHeld},
                                                 {QStringLiteral("byKind"), byKind}}},
    };
}

// The figures the pact declares, beside the records: {"signatories": {"value", "recorded", "quote",
// "source"} or null}.
QJsonObject declaredJson(const Edition& edition, const EditionStats& stats)
{
    QJsonValue signatories = QJsonValue::Null;
    if (const auto& declared = edition.declaredSignatories)
        signatories = QJsonObject{{QStringLiteral("value"), declared->value},
                                  {QStringLiteral("recorded"), stats.partners},
                                  {QStringLiteral("quote"), declared->quote},
                                  {QStringLiteral("source"), declared->source}};
    return QJsonObject{{QStringLiteral("signatories"), signatories}};
}

void printText(const Edition& edition, const EditionStats& stats)
{
    printOut(Tr::tr("Edition: %1").arg(stats.edition));
    printOut(Tr::tr("Signatory partners (signed or expected): %1").arg(stats.partners));
    if (const auto& declared = edition.declaredSignatories) {
        printOut(QStringLiteral("  ") + declaredSignatoriesText(stats.partners, *declared));
        printOut(QStringLiteral("  ") + declaredSourceText(*declared));
    }
    printOut(Tr::tr("Persons: %1").arg(stats.persons));
    printOut(Tr::tr("Territories: %1").arg(stats.territories));
    printOut(Tr::tr("Axes: %1 (%2 themes)").arg(stats.axes).arg(stats.themes));
    printOut(Tr::tr("Working groups: %1").arg(stats.workingGroups));
    printOut(Tr::tr("Actions: %1 (experimentations: %2)").arg(stats.actions).arg(stats.experimentations));
    for (auto it = stats.actionsByStatus.cbegin(); it != stats.actionsByStatus.cend(); ++it)
        printOut(QStringLiteral("  %1 : %2").arg(enumLabel(it.key())).arg(it.value()));
    printOut(Tr::tr("Actions by axis:"));
    for (const auto& [title, count] : stats.actionsByAxis)
        printOut(QStringLiteral("  %1 : %2").arg(title).arg(count));
    printOut(Tr::tr("Actions by territory:"));
    for (const auto& [name, count] : stats.actionsByTerritory)
        printOut(QStringLiteral("  %1 : %2").arg(name).arg(count));
    printOut(Tr::tr("Meetings: %1 (held: %2)").arg(stats.meetings).arg(stats.meetingsHeld));
    for (auto it = stats.meetingsByKind.cbegin(); it != stats.meetingsByKind.cend(); ++it) {
        if (it.value() > 0)
            printOut(QStringLiteral("  %1 : %2").arg(enumLabel(it.key())).arg(it.value()));
    }
}

} // namespace

int runStats(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "stats");
    auto db = openForReading(parser.positionalArguments().constFirst());
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    EditionStats stats;
    QJsonObject extra;
    if (parser.isSet(QStringLiteral("year"))) {
        const int year = parseYearOption(parser.value(QStringLiteral("year")), edition);
        bool frozen = false;
        const EvaluationSnapshot snapshot = snapshotForYear(*db, edition.id, year, &frozen);
        stats = computeStats(snapshot);
        extra = {{QStringLiteral("year"), year},
                 {QStringLiteral("frozen"), frozen},
                 {QStringLiteral("asOf"), snapshot.asOf.toString(Qt::ISODate)}};
    } else {
        stats = computeStats(loadEditionData(*db, edition.id));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = statsJson(stats);
        json.insert(QStringLiteral("declared"), declaredJson(edition, stats));
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            json.insert(it.key(), it.value());
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        if (!extra.isEmpty())
            printOut(extra.value(QStringLiteral("frozen")).toBool()
                         ? Tr::tr("Year %1: frozen evaluation (figures as of %2).")
                               .arg(extra.value(QStringLiteral("year")).toInt())
                               .arg(extra.value(QStringLiteral("asOf")).toString())
                         : Tr::tr("Year %1: data as of %2 (no frozen evaluation).")
                               .arg(extra.value(QStringLiteral("year")).toInt())
                               .arg(extra.value(QStringLiteral("asOf")).toString()));
        printText(edition, stats);
    }
    return ExitOk;
}

} // namespace pacte::cli
