#pragma once

#include "app/mainwindow.h"

#include <catch2/catch.hpp>
#include <functional>

#include <QTest>
#include <QWidget>

namespace pacte::test {

// The named child of `parent`, failing the test when it is missing.
template <typename T>
T* child(QObject* parent, const QString& objectName)
{
    T* found = parent->findChild<T*>(objectName);
    INFO("widget " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

// Chooses the edition `title` in the window's edition box, as a user would.
void chooseEdition(MainWindow& window, const QString& title);
// Shows the section (by objectName) in `window` and returns it.
QWidget* showSection(MainWindow& window, const QString& objectName);
// Selects the row of the section's table whose first column reads `text`.
void selectRow(QWidget* section, const QString& text);
// Types `text` (accents included) into a line edit (replacing its content) and leaves it, as a user would.
void typeInto(QWidget* edit, const QString& text);

// Turns the event loop until `done` (timers, worker threads' results), at most 10 s; `done` then.
bool waitUntil(const std::function<bool()>& done);

// Whether `text` contains the UI translation of `source` (context as in the code), each %1, %2...
// of the translation standing for any text: tests read the French interface.
bool containsTranslation(const QString& text, const char* context, const char* source);
// The UI translation of `source`.
QString translated(const char* context, const char* source);

} // namespace pacte::test
