#pragma once

#include <optional>

#include <QString>

namespace pacte {

// The main window's sections, in sidebar order: links between sections and `pacte --section NAME`
// name them by this value rather than by a widget's objectName.
enum class SectionId {
    Dashboard,
    Compliance,
    Partners,
    Persons,
    Territories,
    Axes,
    Groups,
    Actions,
    Indicators,
    Meetings,
    Evaluation,
    Coverage,
};

// The names `pacte --section` accepts ("actions", "groups"...).
QString sectionName(SectionId id);
std::optional<SectionId> sectionFromName(const QString& name);

} // namespace pacte
