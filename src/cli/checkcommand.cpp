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

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "check");
    if (parser.isSet(QStringLiteral("date")) && parser.isSet(QStringLiteral("year")))
        throw UsageError{Tr::tr("--date and --year cannot be used together.")};
    QDate asOf = parseDateOption(parser.value(QStringLiteral("date")));
    auto db = openForReading(parser.positionalArguments().constFirst());
    // Opening runs SQLite's quick check (the full one after an unclean close): it misses index rows
    // that do not match their table, which only the full check compares.
    if (parser.isSet(QStringLiteral("deep")) && !db->wasCheckedInDepth()) {
        try {
            db->verifyIntegrity(true);
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
    }
    const Edition edition = resolveEdition(*db, parser.value(QStringLiteral("edition")));
    EditionData data;
    if (parser.isSet(QStringLiteral("year"))) {
        asOf = evaluationDay(parseYearOption(parser.value(QStringLiteral("year")), edition));
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
                                    {QStringLiteral("message"), f.message}});
        const QJsonObject root{{QStringLiteral("edition"), edition.title},
                               {QStringLiteral("date"), asOf.toString(Qt::ISODate)},
                               {QStringLiteral("findings"), list}};
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        const auto errors = std::count_if(findings.cbegin(), findings.cend(),
                                          [](const Finding& f) { return f.severity == Severity::Error; });
        printOut(Tr::tr("%1: %2, %3 and %4.")
                     .arg(edition.title, Tr::tr("%n finding(s)", nullptr, static_cast<int>(findings.size())),
                          Tr::tr("%n error(s)", nullptr, static_cast<int>(errors)),
                          Tr::tr("%n warning(s)", nullptr, static_cast<int>(findings.size() - errors))));
        for (const auto& f : findings)
            printOut(QStringLiteral("[%1] %2 — %3").arg(enumLabel(f.severity), f.rule, f.message));
    }
    return findings.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace pacte::cli
