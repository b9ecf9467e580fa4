#pragma once

#include <span>

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace pacte::commandline {

// The one description of Pacte's two command lines. `pacte-cli --help`, each command's parser and
// help, the `pacte` options, the manual pages and the bash completion are all made from it
// (pacte-docgen writes the last two at build time), so that none of them can drift.
// Texts are English source strings, translated at run time with the program's context.

// What the shell completion offers for a value.
enum class ValueKind { None, File, Edition, Group, Territory, Axis };

struct Option
{
    const char* names;     // "edition", or "o,output" (short name first)
    const char* valueName; // "NAME"; nullptr for a flag
    const char* description;
    ValueKind completion = ValueKind::None;
    const char* choices = nullptr; // the values it takes, space-separated ("dashboard compliance ...")
};

struct Argument
{
    const char* name; // "FILE"
    const char* description;
    ValueKind completion = ValueKind::File;
    const char* choices = nullptr;
};

struct Command
{
    const char* name;     // "check"
    const char* synopsis; // after the program's name: "check FILE [--edition NAME] [--json]"
    const char* summary;  // one line
    const char* details;  // the manual page's paragraph about it; nullptr when the summary says it all
    std::span<const Argument> arguments;
    std::span<const Option> options;
};

struct ExitStatus
{
    int code;
    const char* meaning;
};

// A term and what it means: environment variables, files, examples.
struct Entry
{
    const char* term;
    const char* text;
};

struct Program
{
    const char* name;    // "pacte-cli"
    const char* context; // translation context of its texts
    const char* summary; // the manual page's NAME line
    std::span<const char* const> synopses;
    std::span<const char* const> description; // paragraphs
    std::span<const Argument> arguments;      // the program's own (pacte FILE)
    std::span<const Option> options;          // the program's own, parsed by addToParser()
    std::span<const Option> standardOptions;  // --help, --version: handled by the program itself
    std::span<const Command> commands;        // pacte-cli's commands
    std::span<const ExitStatus> exitStatuses;
    std::span<const Entry> environment;
    std::span<const Entry> files;
    std::span<const Entry> examples; // command line, what it does
    const char* seeAlso;             // "pacte(1)"
};

const Program& cliProgram();
const Program& guiProgram();
const Command* findCommand(const Program& program, const QString& name);

// An option's names: {"o", "output"}.
QStringList optionNames(const Option& option);
// "-o, --output OUT" / "--json".
QString optionLabel(const Option& option);
// A text of `program`, translated.
QString translated(const Program& program, const char* text);
// A translated description, followed by the values it takes when there is a list of them.
QString describe(const Program& program, const char* description, const char* choices);

// Adds `arguments` and `options` to `parser`, with their translated descriptions.
void addToParser(QCommandLineParser& parser, const Program& program, std::span<const Argument> arguments,
                 std::span<const Option> options);

// `pacte-cli --help`: the commands and the exit codes.
QString programHelp(const Program& program);
// `pacte-cli COMMAND --help`: synopsis, summary, arguments and options.
QString commandHelp(const Program& program, const Command& command);

} // namespace pacte::commandline
