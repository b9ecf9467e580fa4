#include "libreoffice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace pacte::test {

QString sofficePath()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

QString libreOfficeCsvAllSheets()
{
    // Separator 59 (;), quote 34 ("), UTF-8 (76), first line 1, no column formats, default language,
    // text cells not all quoted, values as shown, no formulas, spaces kept, every sheet (-1).
    return QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1");
}

QStringList convertWithLibreOffice(const QString& input, const QString& target, const QString& outDir)
{
    const QString soffice = sofficePath();
    if (soffice.isEmpty())
        return {};
    QTemporaryDir profile;
    QDir(profile.path()).mkpath(QStringLiteral("user"));
    QFile settings(profile.filePath(QStringLiteral("user/registrymodifications.xcu")));
    if (!settings.open(QIODevice::WriteOnly))
        return {};
    settings.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>fr-FR</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>fr-FR</value></prop></item>
</oor:items>
)");
    settings.close();
    const QStringList before = QDir(outDir).entryList(QDir::Files);
    QProcess process;
    process.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"), target,
                            QStringLiteral("--outdir"), outDir, input});
    if (!process.waitForFinished(180000) || process.exitCode() != 0)
        return {};
    QStringList written;
    for (const QString& name : QDir(outDir).entryList(QDir::Files)) {
        if (!before.contains(name))
            written << QDir(outDir).filePath(name);
    }
    return written;
}

} // namespace pacte::test
