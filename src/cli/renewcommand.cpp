// pacte-cli renew: a new edition of the pact from an earlier one, carrying over what goes on.
#include "cliutil.h"
#include "command.h"
#include "domain/format.h"
#include "storage/renewal.h"
#include "storage/storageerror.h"

namespace pacte::cli {

namespace {

QDate requiredDate(const QCommandLineParser& parser, const char* option)
{
    const QString text = parser.value(QString::fromLatin1(option));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw UsageError{
            Tr::tr("--%1: \"%2\" is not a valid date (expected YYYY-MM-DD).").arg(QString::fromLatin1(option), text)};
    return date;
}

void printRecords(const RenewalRecords& r, const RenewalCandidates& candidates)
{
    printOut(Tr::tr("Edition %1, from %2 to %3, renewing %4:")
                 .arg(r.edition.title, formatDate(r.edition.startDate), formatDate(r.edition.endDate), r.source.title));
    printOut(QStringLiteral("  ") + Tr::tr("%n axis(es) to edit", nullptr, r.summary.axes) + QStringLiteral(" (") +
             Tr::tr("%n theme(s)", nullptr, r.summary.themes) + QStringLiteral(")"));
    for (const auto& axis : r.axes)
        printOut(QStringLiteral("    %1. %2").arg(axis.number).arg(axis.title));
    printOut(QStringLiteral("  ") + Tr::tr("%n partner(s) to sign (signature pending)", nullptr, r.summary.partners));
    for (const auto& partner : r.partners)
        printOut(QStringLiteral("    ") + partner.name);
    printOut(QStringLiteral("  ") +
             Tr::tr("%n working group(s) still active, with their pilot and co-pilot", nullptr, r.summary.groups));
    for (const auto& group : r.groups)
        printOut(QStringLiteral("    ") + group.name);
    printOut(QStringLiteral("  ") + Tr::tr("%n action(s) carried on (not finished)", nullptr, r.summary.actions));
    for (const auto& action : r.actions)
        printOut(QStringLiteral("    %1 (%2)").arg(action.title, enumLabel(action.status)));
    if (r.freezeFinal)
        printOut(QStringLiteral("  ") +
                 Tr::tr("the final evaluation of %1 (%2) frozen").arg(r.source.title).arg(r.finalYear));
    else if (candidates.finalFrozen)
        printOut(QStringLiteral("  ") +
                 Tr::tr("the final evaluation of %1 (%2) was already frozen").arg(r.source.title).arg(r.finalYear));
    else
        printOut(QStringLiteral("  ") + Tr::tr("the final evaluation of %1 (%2) cannot be frozen yet: the year has "
                                               "not begun")
                                            .arg(r.source.title)
                                            .arg(r.finalYear));
}

} // namespace

int runRenew(const QStringList& arguments)
{
    QCommandLineParser parser;
    parseOrThrow(parser, arguments, "renew");
    for (const char* option : {"from", "title", "start", "end"}) {
        if (!parser.isSet(QString::fromLatin1(option)))
            throw UsageError{Tr::tr("--from, --title, --start and --end are required.") + QLatin1Char('\n') +
                             usageLine("renew")};
    }
    const QString path = parser.positionalArguments().constFirst();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Edition edition;
    edition.title = parser.value(QStringLiteral("title"));
    edition.startDate = requiredDate(parser, "start");
    edition.endDate = requiredDate(parser, "end");

    auto db = dryRun ? openForReading(path) : openForWriting(path);
    const Edition source = resolveEdition(*db, parser.value(QStringLiteral("from")));
    try {
        const RenewalCandidates candidates = renewalCandidates(*db, source.id);
        RenewalRecords records = planRenewal(*db, candidates, edition, RenewalChoice::everything(candidates));
        if (dryRun) {
            printRecords(records, candidates);
            printOut(Tr::tr("%n record(s) would be created; nothing was changed (--dry-run).", nullptr,
                            records.recordCount()));
            return ExitOk;
        }
        writeRenewal(*db, records);
        printRecords(records, candidates);
        printOut(Tr::tr("%n record(s) created: the edition %1 is the current one.", nullptr, records.recordCount())
                     .arg(records.edition.title));
    } catch (const StorageError& error) {
        throw UsageError{Tr::tr("%1: %2").arg(path, error.message())};
    }
    return ExitOk;
}

} // namespace pacte::cli
