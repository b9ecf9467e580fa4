// The manual pages and the bash completion against what the programs accept: every command, option
// and exit code that `pacte-cli --help`, `pacte-cli COMMAND --help` and `pacte --help` print.
#include "common/catchqt.h"
#include "common/testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_cli_cli_docs_test {

using namespace pacte::test;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// A manual page as its reader sees the words: roff's minus signs as hyphens, fonts dropped.
QString manText(const QString& program, const QString& language)
{
    const QString folder =
        language == QLatin1String("en") ? QStringLiteral("man1") : language + QStringLiteral("/man1");
    QString text = readText(QStringLiteral(PACTE_MAN_DIR "/%1/%2.1").arg(folder, program));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral(R"(\\f[BIR])")));
    return text;
}

// The part of a manual page about one command (from its .SS line to the next heading).
QString commandPart(const QString& man, const QString& command)
{
    const qsizetype start = man.indexOf(QStringLiteral("\n.SS %1\n").arg(command));
    if (start < 0)
        return {};
    const qsizetype end = man.indexOf(QRegularExpression(QStringLiteral(R"(\n\.S[HS] )")), start + 1);
    return man.mid(start, end - start);
}

// The option names in lines of a help text that describe options ("  -o, --output OUT").
QStringList optionsIn(const QString& help)
{
    static const QRegularExpression option(QStringLiteral(R"((?<![\w-])(--?[a-z][a-z-]*))"));
    QStringList names;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  -")))
            continue;
        for (auto it = option.globalMatch(line); it.hasNext();)
            names << it.next().captured(1);
    }
    return names;
}

QStringList cliCommands(const QString& help)
{
    static const QRegularExpression command(QStringLiteral(R"(^  ([a-z][a-z-]*) )"));
    QStringList names;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (const auto match = command.match(line); match.hasMatch())
            names << match.captured(1);
    }
    return names;
}

// The exit codes' lines of a help text ("  2  bad usage...").
QStringList exitMeanings(const QString& help)
{
    static const QRegularExpression exit(QStringLiteral(R"(^  [0-9]  (.+)$)"));
    QStringList meanings;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (const auto match = exit.match(line); match.hasMatch())
            meanings << match.captured(1);
    }
    return meanings;
}

// Runs the completion function on the line `pacte-cli WORDS...` (its last word being completed)
// and returns what it offers.
QStringList complete(const QStringList& words)
{
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               QStringList{QStringLiteral("-c"),
                           QStringLiteral(R"(source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));
                                             _pacte_cli; printf '%s\n' "${COMPREPLY[@]}")"),
                           QStringLiteral(PACTE_COMPLETION_PATH), QStringLiteral(PACTE_CLI_PATH)} +
                   words);
    REQUIRE(bash.waitForFinished(60000));
    INFO(QString::fromUtf8(bash.readAllStandardError()).toStdString());
    REQUIRE(bash.exitCode() == 0);
    QStringList offered = QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    offered.sort();
    return offered;
}

} // namespace

TEST_CASE("every command, option and exit code of pacte-cli is in its manual pages and its completion", "[cli][docs]")
{
    const CliResult help = runCli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QStringList commands = cliCommands(help.out);
    CHECK(commands.size() >= 11);
    CHECK(commands.contains(QStringLiteral("import-sheet")));
    const QString completion = readText(QStringLiteral(PACTE_COMPLETION_PATH));
    const QString manEn = manText(QStringLiteral("pacte-cli"), QStringLiteral("en"));
    const QString manFr = manText(QStringLiteral("pacte-cli"), QStringLiteral("fr"));

    for (const QString& command : commands) {
        INFO("command " << command.toStdString());
        const CliResult commandHelp = runCli({command, QStringLiteral("--help")});
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.contains(QStringLiteral("pacte-cli %1").arg(command)));
        const QString partEn = commandPart(manEn, command);
        const QString partFr = commandPart(manFr, command);
        CHECK_FALSE(partEn.isEmpty());
        CHECK_FALSE(partFr.isEmpty());
        const QRegularExpression commandList(QStringLiteral("_pacte_cli_commands='[^']*\\b%1\\b").arg(command));
        CHECK(completion.contains(commandList));
        const QRegularExpression optionsLine(QStringLiteral("\n        %1\\) echo '([^']*)'").arg(command));
        const QStringList completed = optionsLine.match(completion).captured(1).split(QLatin1Char(' '));
        for (const QString& option : optionsIn(commandHelp.out)) {
            INFO("option " << option.toStdString());
            CHECK(partEn.contains(option));
            CHECK(partFr.contains(option));
            CHECK(completed.contains(option));
        }
    }
    for (const QString& option : optionsIn(help.out)) {
        INFO("option " << option.toStdString());
        CHECK(manFr.contains(option));
        CHECK(completion.contains(option));
    }
    // The tests run in French: the French page carries the same exit codes as the help.
    const QStringList meanings = exitMeanings(help.out);
    CHECK(meanings.size() == 3);
    for (const QString& meaning : meanings)
        CHECK(manFr.contains(meaning));
}

#ifdef PACTE_GUI_PATH // not in a build without the desktop application (PACTE_BUILD_GUI=OFF)
TEST_CASE("every option of pacte is in its manual pages", "[cli][docs]")
{
    QProcess pacte;
    pacte.start(QStringLiteral(PACTE_GUI_PATH), {QStringLiteral("--help")});
    REQUIRE(pacte.waitForFinished(60000));
    CHECK(pacte.exitCode() == 0);
    const QStringList options = optionsIn(QString::fromUtf8(pacte.readAllStandardOutput()));
    CHECK(options.contains(QStringLiteral("--section")));
    CHECK(options.contains(QStringLiteral("--ensure-demo")));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QString man = manText(QStringLiteral("pacte"), language);
        for (const QString& option : options) {
            INFO(language.toStdString() << " option " << option.toStdString());
            CHECK(man.contains(option));
        }
    }
}
#endif

TEST_CASE("the manual pages are in the language of their folder", "[cli][docs]")
{
    CHECK(manText(QStringLiteral("pacte-cli"), QStringLiteral("en")).contains(QStringLiteral(".SH \"EXIT STATUS\"")));
    CHECK(
        manText(QStringLiteral("pacte-cli"), QStringLiteral("fr")).contains(QStringLiteral(".SH \"CODE DE RETOUR\"")));
    CHECK(manText(QStringLiteral("pacte"), QStringLiteral("fr")).contains(QStringLiteral("Guide de l'utilisatrice")));
}

TEST_CASE("the completion offers commands, options, and the names read from the file on the line", "[cli][docs]")
{
    TempDir dir;
    const QString path = initDatabase(dir);

    CHECK(complete({QStringLiteral("export")}) ==
          QStringList{QStringLiteral("export"), QStringLiteral("export-sheet")});
    CHECK(complete({QStringLiteral("check"), path, QStringLiteral("--y")}) == QStringList{QStringLiteral("--year")});
    CHECK(complete({QStringLiteral("list"), path, QStringLiteral("te")}) == QStringList{QStringLiteral("territories")});

    const QStringList editions{QStringLiteral("PTI 2017-2021"), QStringLiteral("PTI 2022-2025")};
    CHECK(complete({QStringLiteral("stats"), path, QStringLiteral("--edition"), QString()}) == editions);
    // Typed with an opening quote, as a name with spaces is.
    CHECK(complete({QStringLiteral("stats"), path, QStringLiteral("--edition"), QStringLiteral("\"PTI 2017")}) ==
          QStringList{QStringLiteral("PTI 2017-2021")});
    CHECK(complete({QStringLiteral("report"), path, QStringLiteral("-o"), QStringLiteral("x.pdf"),
                    QStringLiteral("--territory"), QStringLiteral("Bit")}) == QStringList{QStringLiteral("Biterrois")});
    const QStringList groups = complete({QStringLiteral("export-sheet"), path, QStringLiteral("--group"), QString()});
    CHECK(groups.contains(QStringLiteral("Illectronisme")));
    // No file on the line, or not a Pacte file: no names, and no error.
    CHECK(complete({QStringLiteral("stats"), QStringLiteral("--edition"), QString()}).isEmpty());
    CHECK(complete(
              {QStringLiteral("stats"), dir.path(QStringLiteral("none.pacte")), QStringLiteral("--edition"), QString()})
              .isEmpty());
}

TEST_CASE("list prints names one per line and never changes the file", "[cli][list]")
{
    TempDir dir;
    const QString path = initDatabase(dir);
    const QByteArray before = databaseContent(path);
    const CliResult editions = runCli({QStringLiteral("list"), path, QStringLiteral("editions")});
    CHECK(editions.exitCode == 0);
    CHECK(editions.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral("PTI 2017-2021"), QStringLiteral("PTI 2022-2025")});
    const CliResult axes = runCli({QStringLiteral("list"), path, QStringLiteral("axes"), QStringLiteral("--edition"),
                                   QStringLiteral("PTI 2022-2025")});
    CHECK(axes.exitCode == 0);
    CHECK(axes.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 4);
    const CliResult bad = runCli({QStringLiteral("list"), path, QStringLiteral("partners")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("list FILE")));
    CHECK(databaseContent(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

} // namespace pacte_test_cli_cli_docs_test
