#include "cliutil.h"
#include "command.h"
#include "domain/rules.h"
#include "storage/editionloader.h"
#include "storage/evaluationstore.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pacte::cli {

namespace {

// pacte-cli check --rules: how the edition applies each rule.
void printRules(const Edition& edition, bool asJson)
{
    const RuleSettings settings = rules::effectiveSettings(edition.rules);
    if (asJson) {
        QJsonArray list;
        for (const auto& s : settings)
            list.append(
                QJsonObject{{QStringLiteral("rule"), s.rule},
                            {QStringLiteral("enabled"), s.enabled},
                            {QStringLiteral("severity"), enumCode(s.severity)},
                            {QStringLiteral("deadline"),
                             s.deadline.isValid() ? QJsonValue(s.deadline.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("quote"), s.quote},
                            {QStringLiteral("source"), s.source},
                            {QStringLiteral("reference"), s.reference}});
        const QJsonObject root{{QStringLiteral("edition"), edition.title}, {QStringLiteral("rules"), list}};
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    printOut(Tr::tr("Rules of %1:").arg(edition.title));
    for (const auto& s : settings) {
        QStringList parts{s.enabled ? Tr::tr("on") : Tr::tr("off"), enumLabel(s.severity)};
        if (rules::hasDeadline(s.rule))
            parts << (s.deadline.isValid() ? Tr::tr("deadline %1").arg(s.deadline.toString(Qt::ISODate))
                                           : Tr::tr("deadline computed from the edition"));
        if (!s.reference.isEmpty())
            parts << Tr::tr("rule of %1").arg(s.reference);
        printOut(QStringLiteral("%1 [%2]").arg(s.rule, parts.join(QStringLiteral(", "))));
        if (!s.quote.isEmpty())
            printOut(QStringLiteral("  « %1 »").arg(s.quote));
        if (!s.source.isEmpty())
            printOut(QStringLiteral("  (%1)").arg(s.source));
        if (s.quote.isEmpty())
            printOut(Tr::tr("  A check of the recorded data, not a sentence of the pact."));
    }
}

} // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "check");
    if (parser.isSet(QStringLiteral("date")) && parser.isSet(QStringLiteral("year")))
        throw UsageError{Tr::tr("--date and --year cannot be used together.")};
    QDate asOf = parseDateOption(parser.value(QStringLiteral("date")));
    auto db = openForReading(parser.positionalArguments().constFirst());
    // Opening runs SQLite's quick check (the full one after an unclean close): it misses index rows
    // that do not match their table, which only the full check compares. A server database has no
    // SQLite file to check: the server keeps its own pages, the rules are checked as without --deep.
    if (parser.isSet(QStringLiteral("deep")) && !db->isServer() && !db->wasCheckedInDepth()) {
        try {
            db->verifyIntegrity(true);
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
    }
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    if (parser.isSet(QStringLiteral("rules"))) {
        printRules(edition, parser.isSet(QStringLiteral("json")));
        return ExitOk;
    }
    EditionData data;
    if (parser.isSet(QStringLiteral("year"))) {
        asOf = evaluationDay(*db, edition.id, parseYearOption(parser.value(QStringLiteral("year")), edition));
        data = loadEditionDataAsOf(*db, edition.id, asOf);
    } else {
        data = loadEditionData(*db, edition.id);
    }
    const Findings findings = rules::checkAll(data, asOf);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto& f : findings)
            list.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), enumCode(f.severity)},
                                    {QStringLiteral("entity"), entityCode(f.entity)},
                                    {QStringLiteral("uuid"), f.uuid.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("label"), f.label},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("quote"), f.quote},
                                    {QStringLiteral("source"), f.source}});
        const QJsonObject root{{QStringLiteral("edition"), edition.title},
                               {QStringLiteral("date"), asOf.toString(Qt::ISODate)},
                               {QStringLiteral("findings"), list}};
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        const auto count = [&](Severity severity) {
            return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
                                                  [severity](const Finding& f) { return f.severity == severity; }));
        };
        const int information = count(Severity::Information);
        const QString all = Tr::tr("%n finding(s)", nullptr, static_cast<int>(findings.size()));
        if (information == 0)
            printOut(Tr::tr("%1: %2, %3 and %4.")
                         .arg(edition.title, all, Tr::tr("%n error(s)", nullptr, count(Severity::Error)),
                              Tr::tr("%n warning(s)", nullptr, count(Severity::Warning))));
        else
            printOut(Tr::tr("%1: %2, %3, %4 and %5.")
                         .arg(edition.title, all, Tr::tr("%n error(s)", nullptr, count(Severity::Error)),
                              Tr::tr("%n warning(s)", nullptr, count(Severity::Warning)),
                              Tr::tr("%n for information", nullptr, information)));
        for (const auto& f : findings)
            printOut(QStringLiteral("[%1] %2 — %3").arg(enumLabel(f.severity), f.rule, f.message));
    }
    return findings.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace pacte::cli
