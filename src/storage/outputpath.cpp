#include "outputpath.h"

#include "fileinspector.h"
#include "newfile.h"
#include "platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::OutputPath)
};

enum class Content { Other, Sqlite, Pacte };

// What the file at `path` holds, read from its header (links followed).
Content contentOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Content::Other;
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Content::Other;
    if (header.size() >= 72 && qFromBigEndian<quint32>(header.constData() + 68) == PacteApplicationId)
        return Content::Pacte;
    return Content::Sqlite;
}

// The files SQLite and Pacte keep beside a database.
constexpr const char* CompanionSuffixes[] = {"-journal", "-wal", "-shm", ".lock", ".lock.owner"};

bool sameFile(const QString& a, const QString& b)
{
    const platform::FileIdentity first = platform::fileIdentity(a);
    if (first.valid)
        return first == platform::fileIdentity(b);
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

} // namespace

QString outputPathProblem(const QString& path, const QStringList& inputs)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (const QFileInfo parent(info.absolutePath()); parent.exists() && !parent.isDir())
        return Tr::tr("%1 cannot be written: %2 is not a folder.").arg(shown, folder);
    if (!info.absoluteDir().exists())
        return Tr::tr("%1 cannot be written: the folder %2 does not exist.").arg(shown, folder);
    if (info.isDir())
        return Tr::tr("%1 is a folder: choose a file name.").arg(shown);
    if (NewFile::isTemporaryName(path))
        return Tr::tr("%1 is a temporary file of Pacte (a file being written): choose another file name. Nothing "
                      "was written.")
            .arg(shown);
    for (const char* suffix : CompanionSuffixes) {
        const QString name = info.absoluteFilePath();
        if (name.endsWith(QLatin1String(suffix)) &&
            contentOf(name.chopped(static_cast<qsizetype>(qstrlen(suffix)))) != Content::Other)
            return Tr::tr("%1 belongs to the database %2 (its journal or its lock): choose another file name. "
                          "Nothing was written.")
                .arg(shown, QFileInfo(name.chopped(static_cast<qsizetype>(qstrlen(suffix)))).fileName());
    }
    if (!info.exists())
        return {};
    if (!info.isFile())
        return Tr::tr("%1 is not an ordinary file (a device or a special file): choose another file name. Nothing "
                      "was written.")
            .arg(shown);
    for (const QString& input : inputs) {
        if (sameFile(path, input))
            return Tr::tr("%1 is the file being read: writing there would replace it. Choose another file name. "
                          "Nothing was written.")
                .arg(shown);
    }
    switch (contentOf(path)) {
    case Content::Pacte:
        return Tr::tr("%1 is a Pacte database: writing there would replace it. Choose another file name. Nothing "
                      "was written.")
            .arg(shown);
    case Content::Sqlite:
        return Tr::tr("%1 is an SQLite database: writing there would replace it. Choose another file name. Nothing "
                      "was written.")
            .arg(shown);
    case Content::Other:
        break;
    }
    return {};
}

} // namespace pacte
