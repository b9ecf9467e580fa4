#include "appsettings.h"

#include "domain/translations.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QFileInfo>
#include <QSettings>

namespace pacte::settings {

namespace {

constexpr int MaxRecentFiles = 8;

// How a recent entry is remembered: a file by its absolute path, a server database by its address
// without password (a password typed into an address is never written to the settings).
QString remembered(const QString& location)
{
    if (isServerLocation(location)) {
        const auto server = ServerAddress::parse(location);
        return server ? server->toString() : location.trimmed();
    }
    return QFileInfo(location).absoluteFilePath();
}

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
    const QString absolute = remembered(path);
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
    files.removeAll(remembered(path));
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

QString lastFile()
{
    return QSettings().value(QStringLiteral("files/last")).toString();
}

} // namespace pacte::settings
