#pragma once

#include <QString>

namespace pacte {

// Pacte speaks French whatever the system locale; English is a translation one can choose.
inline constexpr auto DefaultLanguage = "fr";

// Installs Pacte's translation and Qt's own (qtbase) for `language` ("fr" or "en") on the running
// QCoreApplication, and makes that language's locale the default for dates and numbers.
// Returns false if Pacte's translation could not be loaded (the UI then shows the English source).
bool installTranslations(const QString& language);

// PACTE_LANG from the environment if set ("fr"/"en"), otherwise French.
QString languageFromEnvironment();

} // namespace pacte
