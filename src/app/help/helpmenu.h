#pragma once

#include <functional>

#include <QString>

class QMenuBar;
class QWidget;

namespace pacte::help {

// Adds the Help menu to `window`'s menu bar: the user guide, help on the section shown (F1; its
// name from `currentSection`, see topicForSection()), About Pacte and About Qt.
void addHelpMenu(QMenuBar* menuBar, QWidget* window, const std::function<QString()>& currentSection);

} // namespace pacte::help
