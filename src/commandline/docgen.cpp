// pacte-docgen: writes, at build time, the manual pages and the bash completion from the one
// description of the command lines (commandline.h). Not installed.
//   pacte-docgen man pacte|pacte-cli fr|en VERSION YYYY-MM-DD OUT
//   pacte-docgen completion TEMPLATE OUT
#include "domain/translations.h"
#include "manpage.h"

#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace pacte::commandline;

namespace {

int fail(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("pacte-docgen: %1\n").arg(message)), stderr);
    return 2;
}

int write(const QString& path, const QString& text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 6 && arguments.at(0) == QLatin1String("man")) {
        const Program& program = arguments.at(1) == QLatin1String("pacte") ? guiProgram() : cliProgram();
        if (arguments.at(1) != QLatin1String(program.name))
            return fail(QStringLiteral("unknown program %1").arg(arguments.at(1)));
        if (!pacte::installTranslations(arguments.at(2)))
            return fail(QStringLiteral("no translation for %1").arg(arguments.at(2)));
        const QDate date = QDate::fromString(arguments.at(4), Qt::ISODate);
        if (!date.isValid())
            return fail(QStringLiteral("bad date %1").arg(arguments.at(4)));
        return write(arguments.at(5), manPage(program, arguments.at(3), date));
    }
    if (arguments.size() == 3 && arguments.at(0) == QLatin1String("completion")) {
        QFile script(arguments.at(1));
        if (!script.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(arguments.at(1), script.errorString()));
        return write(arguments.at(2), bashCompletion(cliProgram(), QString::fromUtf8(script.readAll())));
    }
    return fail(QStringLiteral("usage: pacte-docgen man PROGRAM LANG VERSION DATE OUT | completion TEMPLATE OUT"));
}
