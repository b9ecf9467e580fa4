#include "cliutil.h"
#include "command.h"
#include "domain/evaluationsnapshot.h"
#include "domain/format.h"
#include "domain/templatesums.h"
#include "fundingjson.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pacte::cli {

namespace {

QJsonValue numberOrNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject countsJson(const EvaluationCounts& c, const EvaluationSnapshot& s)
{
    QJsonObject byStatus;
    for (auto it = c.actionsByStatus.cbegin(); it != c.actionsByStatus.cend(); ++it)
        byStatus.insert(enumCode(it.key()), it.value());
    QJsonObject byTheme;
    for (const auto& [theme, count] : c.actionsByTheme)
        byTheme.insert(theme.isEmpty() ? Tr::tr("(no theme)") : theme, count);
    QJsonObject byAxis;
    for (const auto& [axis, count] : c.actionsByAxis)
        byAxis.insert(axis.isEmpty() ? Tr::tr("(no axis)") : axis, count);
    QJsonObject byKind;
    for (auto it = c.meetingsByKind.cbegin(); it != c.meetingsByKind.cend(); ++it)
        byKind.insert(enumCode(it.key()), it.value());
    return {{QStringLiteral("workingGroups"), c.workingGroups},
            {QStringLiteral("activeWorkingGroups"), c.activeGroups},
            {QStringLiteral("actions"), c.actions},
            {QStringLiteral("projectsCarriedOut"), c.carriedOut},
            {QStringLiteral("actionsByStatus"), byStatus},
            {QStringLiteral("actionsByTheme"), byTheme},
            {QStringLiteral("actionsByAxis"), byAxis},
            {QStringLiteral("experimentations"), c.experimentations},
            {QStringLiteral("meetingsHeld"), c.meetingsHeld},
            {QStringLiteral("instancesByKind"), byKind},
            {QStringLiteral("territoriesWithLocalCommittee"), c.territoriesWithLocalCommittee},
            {QStringLiteral("newPartners"), c.newPartners},
            {QStringLiteral("newPartnerNames"), QJsonArray::fromStringList(s.newPartners)},
            {QStringLiteral("indicators"), c.indicators},
            {QStringLiteral("indicatorsMeasured"), c.indicatorsMeasured},
            {QStringLiteral("indicatorsOnTarget"), c.indicatorsOnTarget}};
}

QJsonObject comparisonJson(const EvaluationComparison& c, int previousYear, bool previousFrozen)
{
    QJsonArray statusChanges;
    for (const auto& change : c.statusChanges)
        statusChanges.append(QJsonObject{{QStringLiteral("uuid"), change.uuid.toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("title"), change.title},
                                         {QStringLiteral("from"), enumCode(change.from)},
                                         {QStringLiteral("to"), enumCode(change.to)}});
    QJsonArray moves;
    for (const auto& move : c.indicatorMoves)
        moves.append(QJsonObject{{QStringLiteral("uuid"), move.uuid.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("name"), move.name},
                                 {QStringLiteral("action"), move.actionTitle},
                                 {QStringLiteral("from"), numberOrNull(move.from)},
                                 {QStringLiteral("to"), numberOrNull(move.to)}});
    return {{QStringLiteral("previousYear"), previousYear},
            {QStringLiteral("previousFrozen"), previousFrozen},
            {QStringLiteral("statusChanges"), statusChanges},
            {QStringLiteral("indicatorMoves"), moves},
            {QStringLiteral("newActions"), QJsonArray::fromStringList(c.newActions)},
            {QStringLiteral("removedActions"), QJsonArray::fromStringList(c.removedActions)},
            {QStringLiteral("newGroups"), QJsonArray::fromStringList(c.newGroups)},
            {QStringLiteral("closedGroups"), QJsonArray::fromStringList(c.closedGroups)}};
}

// The indicator templates added up (issue 18), from the current records (a frozen year does not
// freeze them).
QJsonArray templateSumsJson(const QList<TemplateSum>& sums)
{
    QJsonArray array;
    for (const auto& sum : sums)
        array.append(QJsonObject{{QStringLiteral("uuid"), sum.indicatorTemplate.uuid.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("theme"), sum.themeName},
                                 {QStringLiteral("name"), sum.indicatorTemplate.name},
                                 {QStringLiteral("unit"), sum.indicatorTemplate.unit},
                                 {QStringLiteral("example"), sum.indicatorTemplate.example},
                                 {QStringLiteral("indicators"), sum.indicators},
                                 {QStringLiteral("withoutValue"), sum.withoutValue},
                                 {QStringLiteral("unitsAgree"), sum.unitsAgree},
                                 {QStringLiteral("additive"), sum.additive},
                                 {QStringLiteral("valueMin"), numberOrNull(sum.valueMin)},
                                 {QStringLiteral("valueMax"), numberOrNull(sum.valueMax)},
                                 {QStringLiteral("valueSum"), numberOrNull(sum.valueSum)},
                                 {QStringLiteral("targetSum"), numberOrNull(sum.targetSum)}});
    return array;
}

void printTemplateSums(const QList<TemplateSum>& sums)
{
    if (sums.isEmpty())
        return;
    printOut(Tr::tr("Indicator templates (sums across groups and territories):"));
    for (const auto& sum : sums) {
        const QString name = sum.indicatorTemplate.example ? Tr::tr("%1 (example)").arg(sum.indicatorTemplate.name)
                                                           : sum.indicatorTemplate.name;
        const auto range = [](const std::optional<double>& low, const std::optional<double>& high) {
            return !low || !high   ? Tr::tr("unknown")
                   : *low == *high ? formatNumber(*low)
                                   : Tr::tr("%1 to %2").arg(formatNumber(*low), formatNumber(*high));
        };
        const QString figures = !sum.unitsAgree ? Tr::tr("units differ, not summed")
                                : !sum.additive
                                    ? Tr::tr("a rate, not summed: latest values %1, targets %2")
                                          .arg(range(sum.valueMin, sum.valueMax), range(sum.targetMin, sum.targetMax))
                                    : Tr::tr("latest values %1, targets %2")
                                          .arg(sum.valueSum ? formatNumber(*sum.valueSum) : Tr::tr("unknown"),
                                               sum.targetSum ? formatNumber(*sum.targetSum) : Tr::tr("unknown"));
        printOut(
            QStringLiteral("  %1 — %2 : %3 ; %4")
                .arg(sum.themeName, name,
                     Tr::tr("%n indicator(s), %1 without a known value", nullptr, sum.indicators).arg(sum.withoutValue),
                     figures));
    }
}

void printText(const EvaluationSnapshot& s, const EvaluationCounts& c, bool frozen,
               const std::optional<EvaluationComparison>& comparison, int previousYear)
{
    printOut(frozen ? Tr::tr("%1, evaluation of %2: frozen on %3 by %4 (figures as of %5).")
                          .arg(s.edition)
                          .arg(s.year)
                          .arg(s.frozenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.frozenBy,
                               s.asOf.toString(Qt::ISODate))
                    : Tr::tr("%1, evaluation of %2: not frozen (data as of %3).")
                          .arg(s.edition)
                          .arg(s.year)
                          .arg(s.asOf.toString(Qt::ISODate)));
    printOut(Tr::tr("Working groups: %1 (active: %2)").arg(c.workingGroups).arg(c.activeGroups));
    printOut(Tr::tr("Actions: %1, projects carried out (completed or running): %2").arg(c.actions).arg(c.carriedOut));
    for (auto it = c.actionsByStatus.cbegin(); it != c.actionsByStatus.cend(); ++it)
        printOut(QStringLiteral("  %1 : %2").arg(enumLabel(it.key())).arg(it.value()));
    printOut(Tr::tr("Actions by theme:"));
    for (const auto& [theme, count] : c.actionsByTheme)
        printOut(QStringLiteral("  %1 : %2").arg(theme.isEmpty() ? Tr::tr("(no theme)") : theme).arg(count));
    printOut(Tr::tr("Experimentations: %1").arg(c.experimentations));
    printOut(Tr::tr("Meetings held during the year: %1; territories whose local committee met: %2")
                 .arg(c.meetingsHeld)
                 .arg(c.territoriesWithLocalCommittee));
    printOut(Tr::tr("New partners since the previous pact: %1").arg(c.newPartners));
    printOut(Tr::tr("Indicators: %1, measured: %2, on target: %3")
                 .arg(c.indicators)
                 .arg(c.indicatorsMeasured)
                 .arg(c.indicatorsOnTarget));
    if (!comparison)
        return;
    printOut(
        Tr::tr("Since %1: %2, %3, %4 and %5.")
            .arg(QString::number(previousYear),
                 Tr::tr("%n status change(s)", nullptr, static_cast<int>(comparison->statusChanges.size())),
                 Tr::tr("%n indicator(s) moved", nullptr, static_cast<int>(comparison->indicatorMoves.size())),
                 Tr::tr("%n new working group(s)", nullptr, static_cast<int>(comparison->newGroups.size())),
                 Tr::tr("%n working group(s) closed", nullptr, static_cast<int>(comparison->closedGroups.size()))));
    for (const auto& change : comparison->statusChanges)
        printOut(QStringLiteral("  %1 : %2 → %3").arg(change.title, enumLabel(change.from), enumLabel(change.to)));
}

} // namespace

int runEvaluate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "evaluate");
    if (!parser.isSet(QStringLiteral("edition")) || !parser.isSet(QStringLiteral("year")))
        throw UsageError{Tr::tr("--edition and --year are required.") + QLatin1Char('\n') + usageLine("evaluate")};
    const QString path = parser.positionalArguments().constFirst();
    const bool freeze = parser.isSet(QStringLiteral("freeze"));
    const bool setDay = parser.isSet(QStringLiteral("as-of"));
    QDate asOf;
    if (setDay && parser.value(QStringLiteral("as-of")) != QLatin1String("none"))
        asOf = parseDateOption(parser.value(QStringLiteral("as-of")));
    const EvaluationKind kind =
        parser.isSet(QStringLiteral("final")) ? EvaluationKind::Final : EvaluationKind::Intermediate;
    std::unique_ptr<Database> db;
    if (freeze || setDay) {
        try {
            db = Database::open(path, Database::systemUserName());
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
        refuseReadOnly(*db, path);
    } else {
        db = openForReading(path);
    }
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    const int year = parseYearOption(parser.value(QStringLiteral("year")), edition);
    if (setDay) {
        try {
            setEvaluationDay(*db, edition.id, year, kind, asOf);
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
    }
    if (freeze) {
        try {
            freezeYear(*db, edition.id, year, kind);
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
    }
    bool frozen = false;
    const EvaluationSnapshot snapshot = snapshotForYear(*db, edition.id, year, &frozen);
    const EvaluationCounts counts = countEvaluation(snapshot);
    std::optional<EvaluationComparison> comparison;
    bool previousFrozen = false;
    if (year > edition.firstYear())
        comparison = compareSnapshots(snapshotForYear(*db, edition.id, year - 1, &previousFrozen), snapshot);
    const EditionData current = loadEditionData(*db, edition.id);
    const QList<TemplateSum> templateSums = computeTemplateSums(current, snapshot.asOf);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root{
            {QStringLiteral("edition"), edition.title},
            {QStringLiteral("year"), year},
            {QStringLiteral("frozen"), frozen},
            {QStringLiteral("asOf"), snapshot.asOf.toString(Qt::ISODate)},
            {QStringLiteral("counts"), countsJson(counts, snapshot)},
            {QStringLiteral("comparison"),
             comparison ? QJsonValue(comparisonJson(*comparison, year - 1, previousFrozen)) : QJsonValue()}};
        root.insert(QStringLiteral("templateSums"), templateSumsJson(templateSums));
        root.insert(QStringLiteral("funding"), fundingTotalsJson(computeFundingTotals(current)));
        if (frozen)
            root.insert(QStringLiteral("frozenAt"), snapshot.frozenAt.toUTC().toString(Qt::ISODate));
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        if (freeze)
            printOut(Tr::tr("The %1 evaluation of %2 is frozen.").arg(year).arg(edition.title));
        printText(snapshot, counts, frozen, comparison, year - 1);
        printTemplateSums(templateSums);
    }
    return ExitOk;
}

} // namespace pacte::cli
