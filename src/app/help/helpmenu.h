#pragma once

#include "app/common/sectionid.h"

#include <functional>
#include <optional>

class QMenuBar;
class QWidget;

namespace pacte::help {

// Adds the Help menu to `window`'s menu bar: the user guide, help on the section shown (F1; the
// section from `currentSection`, see topicForSection()), About Pacte and About Qt.
void addHelpMenu(QMenuBar* menuBar, QWidget* window, const std::function<std::optional<SectionId>()>& currentSection);
// The sheet window's Help menu: the referents' guide at "filling the sheet" (F1), the user guide,
// About Pacte and About Qt.
void addSheetHelpMenu(QMenuBar* menuBar, QWidget* window);

} // namespace pacte::help
