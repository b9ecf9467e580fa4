#include "manpage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pacte::commandline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::manpage)
};

// Text as roff reads it: backslashes escaped, no line taken for a request.
QString escaped(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

// Code (an option, a command line): its hyphens are minus signs, so that it can be copied.
QString code(const QString& text)
{
    return escaped(text).replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

// Prose: the options and program names in it are code, the other hyphens stay hyphens.
QString prose(const QString& text)
{
    static const QRegularExpression codeWords(QStringLiteral(R"((?<![\w.-])(--?[a-z][a-z-]*|pacte-cli)\b)"));
    QString out;
    qsizetype last = 0;
    const QString source = escaped(text);
    for (auto it = codeWords.globalMatch(source); it.hasNext();) {
        const auto match = it.next();
        out += source.mid(last, match.capturedStart() - last);
        out += match.captured().replace(QLatin1Char('-'), QStringLiteral("\\-"));
        last = match.capturedEnd();
    }
    return out + source.mid(last);
}

// A summary as a sentence: capital first letter, final full stop.
QString sentence(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString out = text.at(0).toUpper() + text.mid(1);
    if (!out.endsWith(QLatin1Char('.')))
        out += QLatin1Char('.');
    return out;
}

// A synopsis: options and literal words in bold, placeholders in italics, brackets plain.
QString synopsis(const QString& text)
{
    static const QRegularExpression tokens(QStringLiteral(R"([\[\]|]|\s+|[^\s\[\]|]+)"));
    QString out;
    for (auto it = tokens.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured();
        if (token.at(0).isSpace() || token == QLatin1String("[") || token == QLatin1String("]") ||
            token == QLatin1String("|"))
            out += token;
        else if (token.at(0) == QLatin1Char('-') || token.at(0).isLower())
            out += QStringLiteral("\\fB%1\\fR").arg(code(token));
        else
            out += QStringLiteral("\\fI%1\\fR").arg(code(token));
    }
    return out;
}

void heading(QStringList& lines, const QString& title)
{
    lines << QStringLiteral(".SH \"%1\"").arg(title);
}

// A tagged paragraph: the tag on its line, the text indented below.
void tagged(QStringList& lines, const QString& tag, const QString& text)
{
    lines << QStringLiteral(".TP") << tag << prose(text);
}

void optionEntries(QStringList& lines, const Program& program, std::span<const Option> options)
{
    for (const auto& option : options) {
        QStringList names;
        for (const QString& name : optionNames(option))
            names << QStringLiteral("\\fB%1\\fR")
                         .arg(code((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name));
        QString tag = names.join(QStringLiteral(", "));
        if (option.valueName)
            tag += QStringLiteral(" \\fI%1\\fR").arg(code(QString::fromLatin1(option.valueName)));
        tagged(lines, tag, describe(program, option.description, option.choices));
    }
}

void argumentEntries(QStringList& lines, const Program& program, std::span<const Argument> arguments)
{
    for (const auto& argument : arguments)
        tagged(lines, QStringLiteral("\\fI%1\\fR").arg(code(QString::fromLatin1(argument.name))),
               describe(program, argument.description, argument.choices));
}

void entries(QStringList& lines, const Program& program, std::span<const Entry> list, const char* font)
{
    for (const auto& entry : list)
        tagged(lines, QStringLiteral("\\f%1%2\\fR").arg(QLatin1String(font), code(QString::fromUtf8(entry.term))),
               translated(program, entry.text));
}

void commandSection(QStringList& lines, const Program& program)
{
    heading(lines, Tr::tr("COMMANDS"));
    for (const auto& command : program.commands) {
        lines << QStringLiteral(".SS %1").arg(code(QString::fromLatin1(command.name)));
        lines << QStringLiteral("\\fB%1\\fR %2")
                     .arg(code(QString::fromLatin1(program.name)), synopsis(QString::fromLatin1(command.synopsis)));
        lines << QStringLiteral(".PP") << prose(sentence(translated(program, command.summary)));
        if (command.details)
            lines << prose(translated(program, command.details));
        argumentEntries(lines, program, command.arguments);
        optionEntries(lines, program, command.options);
    }
}

} // namespace

QString manPage(const Program& program, const QString& version, QDate date)
{
    const QString name = QString::fromLatin1(program.name);
    QStringList lines{
        QStringLiteral(".\\\" %1").arg(Tr::tr("Generated by pacte-docgen from src/commandline/: do not edit.")),
        QStringLiteral(".TH %1 1 %2 \"Pacte %3\" \"%4\"")
            .arg(code(name.toUpper()), date.toString(Qt::ISODate), version, Tr::tr("Pacte manual"))};
    heading(lines, Tr::tr("NAME"));
    lines << QStringLiteral("%1 \\- %2").arg(code(name), escaped(translated(program, program.summary)));
    heading(lines, Tr::tr("SYNOPSIS"));
    for (std::size_t i = 0; i < program.synopses.size(); ++i) {
        if (i > 0)
            lines << QStringLiteral(".br");
        lines << QStringLiteral("\\fB%1\\fR %2").arg(code(name), synopsis(QString::fromLatin1(program.synopses[i])));
    }
    heading(lines, Tr::tr("DESCRIPTION"));
    for (std::size_t i = 0; i < program.description.size(); ++i) {
        if (i > 0)
            lines << QStringLiteral(".PP");
        lines << prose(translated(program, program.description[i]));
    }
    argumentEntries(lines, program, program.arguments);
    if (!program.commands.empty())
        commandSection(lines, program);
    heading(lines, Tr::tr("OPTIONS"));
    optionEntries(lines, program, program.options);
    optionEntries(lines, program, program.standardOptions);
    heading(lines, Tr::tr("EXIT STATUS"));
    for (const auto& status : program.exitStatuses)
        tagged(lines, QStringLiteral("\\fB%1\\fR").arg(status.code), translated(program, status.meaning));
    heading(lines, Tr::tr("ENVIRONMENT"));
    entries(lines, program, program.environment, "B");
    heading(lines, Tr::tr("FILES"));
    entries(lines, program, program.files, "I");
    heading(lines, Tr::tr("EXAMPLES"));
    for (const auto& example : program.examples) {
        lines << QStringLiteral(".PP") << prose(sentence(translated(program, example.text)));
        lines << QStringLiteral(".PP") << QStringLiteral(".RS 4") << QStringLiteral(".EX")
              << code(QString::fromUtf8(example.term)) << QStringLiteral(".EE") << QStringLiteral(".RE");
    }
    heading(lines, Tr::tr("SEE ALSO"));
    const QString seeAlso = QString::fromLatin1(program.seeAlso);
    const qsizetype paren = seeAlso.indexOf(QLatin1Char('('));
    lines << QStringLiteral(".BR %1 %2").arg(code(seeAlso.left(paren)), seeAlso.mid(paren));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pacte::commandline
