#pragma once

#include <QString>
#include <QStringList>

namespace pacte::settings {

// The name written in the change log: the display name set in Préférences, else the system account.
QString editorName();
QString displayName();
void setDisplayName(const QString& name);

// "fr" (the default, whatever the system locale) or "en".
QString language();
void setLanguage(const QString& language);

// The recent databases, newest first: files by their absolute path, server databases by their
// address without password (serveraddress.h).
QStringList recentFiles();
void addRecentFile(const QString& path);
void removeRecentFile(const QString& path);
QString lastFile();

} // namespace pacte::settings
