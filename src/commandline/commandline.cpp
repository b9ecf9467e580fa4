#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pacte::commandline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::commandline)
};

// "  --edition NAME" followed by its description, indented under it.
void appendEntry(QStringList& lines, const QString& label, const QString& text)
{
    lines << QStringLiteral("  ") + label << QStringLiteral("      ") + text;
}

} // namespace

const Command* findCommand(const Program& program, const QString& name)
{
    for (const auto& command : program.commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QStringList optionNames(const Option& option)
{
    return QString::fromLatin1(option.names).split(QLatin1Char(','));
}

QString optionLabel(const Option& option)
{
    QStringList names;
    for (const QString& name : optionNames(option))
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString label = names.join(QStringLiteral(", "));
    if (option.valueName)
        label += QLatin1Char(' ') + QString::fromLatin1(option.valueName);
    return label;
}

QString translated(const Program& program, const char* text)
{
    return text ? QCoreApplication::translate(program.context, text) : QString();
}

QString describe(const Program& program, const char* description, const char* choices)
{
    QString text = translated(program, description);
    if (choices)
        text += QStringLiteral(" (%1)").arg(
            QString::fromLatin1(choices).split(QLatin1Char(' ')).join(QStringLiteral(", ")));
    return text;
}

void addToParser(QCommandLineParser& parser, const Program& program, std::span<const Argument> arguments,
                 std::span<const Option> options)
{
    for (const auto& argument : arguments)
        parser.addPositionalArgument(QString::fromLatin1(argument.name),
                                     describe(program, argument.description, argument.choices));
    for (const auto& option : options) {
        const QString description = describe(program, option.description, option.choices);
        parser.addOption(option.valueName ? QCommandLineOption(optionNames(option), description,
                                                               QString::fromLatin1(option.valueName))
                                          : QCommandLineOption(optionNames(option), description));
    }
}

QString programHelp(const Program& program)
{
    const QString name = QString::fromLatin1(program.name);
    QStringList lines;
    for (const char* synopsis : program.synopses)
        lines << Tr::tr("usage: %1 %2").arg(name, QString::fromLatin1(synopsis));
    lines << QString();
    if (!program.commands.empty())
        lines << Tr::tr("Commands:");
    for (const auto& command : program.commands)
        appendEntry(lines, QString::fromLatin1(command.synopsis), translated(program, command.summary));
    if (!program.options.empty() || !program.standardOptions.empty())
        lines << Tr::tr("Options:");
    for (const auto& option : program.options)
        appendEntry(lines, optionLabel(option), describe(program, option.description, option.choices));
    for (const auto& option : program.standardOptions)
        appendEntry(lines, optionLabel(option), describe(program, option.description, option.choices));
    lines << Tr::tr("Exit codes:");
    for (const auto& status : program.exitStatuses)
        lines << QStringLiteral("  %1  %2").arg(status.code).arg(translated(program, status.meaning));
    return lines.join(QLatin1Char('\n'));
}

QString commandHelp(const Program& program, const Command& command)
{
    QStringList lines{
        Tr::tr("usage: %1 %2").arg(QString::fromLatin1(program.name), QString::fromLatin1(command.synopsis)), QString(),
        translated(program, command.summary)};
    if (command.details)
        lines << translated(program, command.details);
    lines << QString() << Tr::tr("Arguments:");
    for (const auto& argument : command.arguments)
        appendEntry(lines, QString::fromLatin1(argument.name),
                    describe(program, argument.description, argument.choices));
    if (!command.options.empty())
        lines << Tr::tr("Options:");
    for (const auto& option : command.options)
        appendEntry(lines, optionLabel(option), describe(program, option.description, option.choices));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pacte::commandline
