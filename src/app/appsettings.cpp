#include "appsettings.h"

#include "domain/translations.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QSettings>

namespace pacte::settings {

namespace {

constexpr int MaxRecentFiles = 8;

} // namespace

QString displayName()
{
    return QSettings().value(QStringLiteral("user/displayName")).toString();
}

QString editorName()
{
    const QString name = displayName().trimmed();
    return name.isEmpty() ? Database::systemUserName() : name;
}

void setDisplayName(const QString& name)
{
    QSettings().setValue(QStringLiteral("user/displayName"), name.trimmed());
}

QString language()
{
    return QSettings().value(QStringLiteral("ui/language"), languageFromEnvironment()).toString();
}

void setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QStringList recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings settings;
    settings.setValue(QStringLiteral("files/recent"), files);
    settings.setValue(QStringLiteral("files/last"), absolute);
}

void removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

QString lastFile()
{
    return QSettings().value(QStringLiteral("files/last")).toString();
}

} // namespace pacte::settings
