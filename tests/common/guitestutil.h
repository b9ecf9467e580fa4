#pragma once

#include "app/mainwindow.h"

#include <catch2/catch.hpp>

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

// Shows the section (by objectName) in `window` and returns it.
QWidget* showSection(MainWindow& window, const QString& objectName);
// Selects the row of the section's table whose first column reads `text`.
void selectRow(QWidget* section, const QString& text);
// Types `text` (accents included) into a line edit (replacing its content) and leaves it, as a user would.
void typeInto(QWidget* edit, const QString& text);

} // namespace pacte::test
