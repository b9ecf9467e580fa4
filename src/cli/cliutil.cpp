#include "cliutil.h"

#include "commandline/commandline.h"
#include "domain/clock.h"
#include "storage/editionloader.h"
#include "storage/failures.h"
#include "storage/fileinspector.h"
#include "storage/repository.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <cstdio>

#include <QCoreApplication>

namespace pacte::cli {

void printOut(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void printErr(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

namespace {

const commandline::Command& commandSpec(const char* name)
{
    const auto* command = commandline::findCommand(commandline::cliProgram(), QString::fromLatin1(name));
    Q_ASSERT_X(command, "commandSpec", name);
    if (!command)
        qFatal("pacte-cli: no command %s in clispec.cpp", name);
    return *command;
}

} // namespace

QString usageLine(const char* command)
{
    return Tr::tr("usage: pacte-cli %1").arg(QString::fromLatin1(commandSpec(command).synopsis));
}

void parseOrThrow(QCommandLineParser& parser, const QStringList& arguments, const char* command)
{
    const commandline::Command& spec = commandSpec(command);
    commandline::addToParser(parser, commandline::cliProgram(), spec.arguments, spec.options);
    if (!parser.parse(QStringList{QStringLiteral("pacte-cli")} + arguments))
        throw UsageError{parser.errorText() + QLatin1Char('\n') + usageLine(command)};
    if (parser.positionalArguments().size() != static_cast<qsizetype>(spec.arguments.size()))
        throw UsageError{Tr::tr("wrong number of arguments.") + QLatin1Char('\n') + usageLine(command)};
}

std::unique_ptr<Database> openForReading(const QString& path)
{
    if (ServerAddress::parse(path)) {
        try {
            return Database::open(path, Database::systemUserName(), Database::Access::ReadOnly);
        } catch (const FormatUpdateNeeded&) {
            // A server database of an older format is updated by a writing opening (its owner's), as a
            // file is below: tried once, and its refusal says why and whom to ask.
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
        try {
            Database::open(path, Database::systemUserName(), Database::Access::ReadWrite).reset();
            return Database::open(path, Database::systemUserName(), Database::Access::ReadOnly);
        } catch (const StorageError& error) {
            throw UsageError{error.message()};
        }
    }
    // A file of an older Pacte is brought up to date first (after its backup copy, as the
    // application does), when it can be written and nobody holds it; otherwise the read-only
    // opening below says why it cannot be read.
    const FileInspection inspection = inspectDatabaseFile(path, Database::SchemaVersion);
    if (inspection.acceptable && inspection.userVersion > 0 && inspection.userVersion < Database::SchemaVersion) {
        try {
            const auto db = Database::open(path, Database::systemUserName(), Database::Access::ReadWrite);
        } catch (const StorageError&) {
            // Reported by the read-only opening.
        }
    }
    try {
        return Database::open(path, Database::systemUserName(), Database::Access::ReadOnly);
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
}

void refuseReadOnly(const Database& db, const QString& path)
{
    // Who holds it (a window, a command), a full disk, a read-only file or folder...
    if (!db.isReadOnly())
        return;
    // A server's name is a phrase ("database « pacte » on host"), its address not a thing to show.
    throw UsageError{failureMessage(db.isServer() ? Tr::tr("The %1 cannot be changed").arg(db.displayName())
                                                  : Tr::tr("%1 cannot be written").arg(path),
                                    db.readOnlyCause(), Tr::tr("Nothing was changed."))};
}

std::unique_ptr<Database> openForWriting(const QString& path)
{
    std::unique_ptr<Database> db;
    try {
        db = Database::open(path, Database::systemUserName(), Database::Access::ReadWrite);
    } catch (const StorageError& error) {
        throw UsageError{error.message()};
    }
    refuseReadOnly(*db, path);
    return db;
}

Edition resolveEdition(Database& db, const QString& name)
{
    if (name.isEmpty()) {
        if (auto edition = latestEdition(db))
            return *edition;
        throw UsageError{Tr::tr("The database holds no edition of the pact.")};
    }
    if (auto edition = findEditionByTitle(db, name))
        return *edition;
    QStringList titles;
    for (const auto& edition : EditionRepository(db).all())
        titles << QStringLiteral("\"%1\"").arg(edition.title);
    throw UsageError{Tr::tr("No edition is named \"%1\" (editions: %2).")
                         .arg(name, titles.isEmpty() ? Tr::tr("none") : titles.join(QStringLiteral(", ")))};
}

QDate parseDateOption(const QString& text)
{
    if (text.isEmpty())
        return Clock::currentDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw UsageError{Tr::tr("\"%1\" is not a valid date (expected YYYY-MM-DD).").arg(text)};
    return date;
}

int parseYearOption(const QString& text, const Edition& edition)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4)
        throw UsageError{Tr::tr("\"%1\" is not a year (expected YYYY).").arg(text)};
    if (year < edition.firstYear() || year > edition.lastYear())
        throw UsageError{Tr::tr("%1 is not a year of %2 (%3 to %4).")
                             .arg(year)
                             .arg(edition.title)
                             .arg(edition.firstYear())
                             .arg(edition.lastYear())};
    if (year > Clock::currentDate().year())
        throw UsageError{Tr::tr("The year %1 has not begun yet.").arg(year)};
    return year;
}

} // namespace pacte::cli
