#include "app/common/section.h"
#include "app/common/sectionid.h"
#include "app/help/helpguide.h"
#include "app/help/helptopics.h"
#include "app/help/helpwindow.h"
#include "app/mainwindow.h"
#include "commandline/commandline.h"
#include "common/guitestutil.h"
#include "common/testutil.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

// The test file's own names (the tests are compiled in batches: tests/CMakeLists.txt).
namespace pacte_test_gui_help_test {

using namespace pacte;
using namespace pacte::test;

namespace {

// The headings of a guide as its Markdown writes them, inline code marks dropped.
QStringList markdownHeadings(const QString& resource)
{
    QFile file(resource);
    REQUIRE(file.open(QIODevice::ReadOnly));
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,6} +(.+)$)"));
    QStringList list;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (const auto match = heading.match(line); match.hasMatch())
            list << match.captured(1).remove(QLatin1Char('`')).trimmed();
    }
    return list;
}

QStringList contentsTexts(QTreeWidget* tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        texts << (*it)->text(0);
    return texts;
}

help::HelpWindow* openGuide(MainWindow& window)
{
    child<QAction>(&window, QStringLiteral("userGuideAction"))->trigger();
    auto* help = child<help::HelpWindow>(&window, QStringLiteral("helpWindow"));
    REQUIRE(help->isVisible());
    return help;
}

// The heading of the block the browser's cursor is in, empty when it is not a heading.
QString headingAtCursor(QTextBrowser* browser)
{
    const QTextBlock block = browser->textCursor().block();
    return block.blockFormat().headingLevel() > 0 ? block.text() : QString();
}

} // namespace

TEST_CASE("Help ▸ User guide opens the guide with its headings as contents", "[gui][help]")
{
    MainWindow window;
    window.show();
    auto* help = openGuide(window);
    auto* browser = child<QTextBrowser>(help, QStringLiteral("helpBrowser"));
    CHECK(browser->source() == help::guidePage());
    CHECK(browser->toPlainText().contains(QStringLiteral("Le rapport COPIL")));

    auto* contents = child<QTreeWidget>(help, QStringLiteral("helpContents"));
    const QStringList expected = markdownHeadings(QStringLiteral(":/help/guide-utilisateur.md")) +
                                 markdownHeadings(QStringLiteral(":/help/guide-fiches.md"));
    CHECK(expected.size() > 20);
    CHECK(contentsTexts(contents) == expected);
    CHECK(contents->topLevelItemCount() == 2);
    CHECK(contents->topLevelItem(0)->text(0) == QStringLiteral("Pacte — guide de l'utilisateur"));

    // A heading of the contents shows that heading; one of the other guide shows that guide.
    const auto items = contents->findItems(QStringLiteral("Le fichier .pacte"), Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(items.size() == 1);
    contents->itemClicked(items.first(), 0);
    CHECK(headingAtCursor(browser) == QStringLiteral("Le fichier .pacte"));
    const auto sheets = contents->findItems(QStringLiteral("3. Importer la fiche (chargée de mission)"),
                                            Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(sheets.size() == 1);
    contents->itemClicked(sheets.first(), 0);
    CHECK(browser->source() == help::sheetsGuidePage());
    CHECK(headingAtCursor(browser) == QStringLiteral("3. Importer la fiche (chargée de mission)"));
    help->close();
}

TEST_CASE("the guide's search finds a word whatever its accents, in this guide or the other", "[gui][help]")
{
    MainWindow window;
    window.show();
    auto* help = openGuide(window);
    auto* browser = child<QTextBrowser>(help, QStringLiteral("helpBrowser"));
    auto* search = child<QLineEdit>(help, QStringLiteral("helpSearch"));
    auto* status = child<QLabel>(help, QStringLiteral("helpSearchStatus"));

    typeInto(search, QStringLiteral("quorum"));
    CHECK(browser->textCursor().selectedText() == QStringLiteral("quorum"));
    CHECK_FALSE(status->text().isEmpty());
    const int first = browser->textCursor().selectionStart();
    help->findNext();
    CHECK(browser->textCursor().selectedText().compare(QStringLiteral("quorum"), Qt::CaseInsensitive) == 0);
    CHECK(browser->textCursor().selectionStart() != first);

    // Without accents or capitals, as the quick search.
    search->setText(QStringLiteral("evaluation annuelle"));
    CHECK(browser->textCursor().selectedText().compare(QStringLiteral("évaluation annuelle"), Qt::CaseInsensitive) ==
          0);

    // Only in the sheets' guide: that page opens on it.
    search->setText(QStringLiteral("desktop-file-install"));
    CHECK(browser->source() == help::sheetsGuidePage());
    CHECK(browser->textCursor().selectedText() == QStringLiteral("desktop-file-install"));

    search->setText(QStringLiteral("zxqwv"));
    CHECK(status->text() == translated("pacte::help::HelpWindow", "Not found in the guide"));
    help->close();
}

TEST_CASE("F1 shows the guide at the heading of the section shown", "[gui][help]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pacte"));
    createDatabase(path, true).reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(path));

    QWidget* actions = showSection(window, QStringLiteral("actionsSection"));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(actions, Qt::Key_F1);
    auto* help = child<help::HelpWindow>(&window, QStringLiteral("helpWindow"));
    REQUIRE(help->isVisible());
    auto* browser = child<QTextBrowser>(help, QStringLiteral("helpBrowser"));
    CHECK(headingAtCursor(browser) == QStringLiteral("Actions"));
    CHECK(child<QTreeWidget>(help, QStringLiteral("helpContents"))->currentItem()->text(0) ==
          QStringLiteral("Actions"));
    // The heading is at the top of the view.
    CHECK(browser->cursorRect().top() < 40);

    // Every section has its own heading in the guide.
    const QStringList guideHeadings = markdownHeadings(QStringLiteral(":/help/guide-utilisateur.md"));
    for (const Section* section : window.sections()) {
        INFO(sectionName(section->id()).toStdString());
        const help::Topic topic = help::topicForSection(section->id());
        CHECK(topic.page == help::guidePage());
        CHECK(guideHeadings.contains(topic.heading));
        window.showSection(section->id());
        child<QAction>(&window, QStringLiteral("sectionHelpAction"))->trigger();
        CHECK(headingAtCursor(browser) == topic.heading);
    }
    help->close();
}

TEST_CASE("About Pacte shows the version, the licence, Qt's and SQLite's versions and the data folder", "[gui][help]")
{
    MainWindow window;
    window.show();
    QMap<QString, QString> texts;
    QTimer::singleShot(0, [&texts] {
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->objectName() == QStringLiteral("aboutDialog"));
        for (const char* name :
             {"aboutVersion", "aboutLicence", "aboutQtVersion", "aboutSqliteVersion", "aboutDataFolder"})
            texts.insert(QString::fromLatin1(name), child<QLabel>(dialog, QString::fromLatin1(name))->text());
        dialog->close();
    });
    child<QAction>(&window, QStringLiteral("aboutAction"))->trigger();
    CHECK(texts.value(QStringLiteral("aboutVersion")) == QStringLiteral(PACTE_VERSION));
    CHECK(texts.value(QStringLiteral("aboutLicence")).contains(QStringLiteral("EUPL-1.2")));
    CHECK(texts.value(QStringLiteral("aboutQtVersion")).startsWith(QString::fromLatin1(qVersion())));
    CHECK(texts.value(QStringLiteral("aboutSqliteVersion"))
              .contains(QRegularExpression(QStringLiteral(R"(^3\.\d+\.\d+$)"))));
    CHECK(texts.value(QStringLiteral("aboutDataFolder")).contains(QStringLiteral("pacte")));
}

TEST_CASE("the sections that pacte --section documents are the main window's", "[gui][help]")
{
    const commandline::Program& program = commandline::guiProgram();
    QStringList documented;
    for (const auto& option : program.options) {
        if (QLatin1String(option.names) == QLatin1String("section"))
            documented = QString::fromLatin1(option.choices).split(QLatin1Char(' '));
    }
    MainWindow window;
    QStringList names;
    for (const Section* section : window.sections())
        names << sectionName(section->id());
    CHECK(documented == names);
    for (const QString& name : std::as_const(documented))
        CHECK(sectionFromName(name).has_value());
}

} // namespace pacte_test_gui_help_test
