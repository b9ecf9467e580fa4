#include "guitestutil.h"

#include "app/common/listsection.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>

namespace pacte::test {

void chooseEdition(MainWindow& window, const QString& title)
{
    auto* editions = child<QComboBox>(&window, QStringLiteral("editionCombo"));
    const int index = editions->findText(title);
    INFO("edition " << title.toStdString());
    REQUIRE(index >= 0);
    editions->setCurrentIndex(index);
    emit editions->activated(index);
}

bool waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

QWidget* showSection(MainWindow& window, const QString& objectName)
{
    auto* section = child<Section>(&window, objectName);
    window.showSection(section->id());
    REQUIRE(section->isVisible());
    return section;
}

void selectRow(QWidget* section, const QString& text)
{
    auto* list = qobject_cast<ListSection*>(section);
    REQUIRE(list != nullptr);
    QTableView* table = list->tableView();
    QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == text) {
            table->setCurrentIndex(index);
            return;
        }
    }
    FAIL("no row reads " << text.toStdString());
}

namespace {

// QTest::keyClicks only knows ASCII: accented letters are sent as key events carrying their text.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

void typeInto(QWidget* edit, const QString& text)
{
    edit->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(edit)) {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        typeText(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(edit)) {
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_Backspace);
        typeText(plain, text);
        // Leaving the field commits it.
        plain->clearFocus();
        QEvent focusOut(QEvent::FocusOut);
        QCoreApplication::sendEvent(plain, &focusOut);
    }
}

bool containsTranslation(const QString& text, const char* context, const char* source)
{
    QString pattern = QRegularExpression::escape(QCoreApplication::translate(context, source));
    pattern.replace(QRegularExpression(QStringLiteral("\\\\?%\\d")), QStringLiteral(".*"));
    return QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption).match(text).hasMatch();
}

QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace pacte::test
