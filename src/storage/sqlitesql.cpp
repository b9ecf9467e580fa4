#include "sqlitesql.h"

#include <QChar>

namespace pacte::sqlite {

QStringList connectionSettings()
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 2000"),
            QStringLiteral("PRAGMA synchronous = FULL")};
}

QString rollbackJournal()
{
    return QStringLiteral("PRAGMA journal_mode = DELETE");
}

QString integrityCheck(bool full, int limit)
{
    return (full ? QStringLiteral("PRAGMA integrity_check(%1)") : QStringLiteral("PRAGMA quick_check(%1)")).arg(limit);
}

QString setUserVersion(int version)
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString setApplicationId(int id)
{
    return QStringLiteral("PRAGMA application_id = %1").arg(id);
}

QString schemaObjects()
{
    return QStringLiteral("SELECT type, name FROM sqlite_master");
}

QString tableColumns(const QString& table)
{
    return QStringLiteral("SELECT name FROM pragma_table_info('%1')")
        .arg(QString(table).replace(QLatin1Char('\''), QStringLiteral("''")));
}

bool isEngineObject(const QString& name)
{
    return name.startsWith(QLatin1String("sqlite_stat")) || name == QLatin1String("sqlite_sequence");
}

QString engineVersion()
{
    return QStringLiteral("SELECT sqlite_version()");
}

QString blankText(const QString& column)
{
    // The characters QString::trimmed() removes (QChar::isSpace), taken from Qt itself. Most texts
    // start with a letter and are settled by their first character (unicode() copies nothing); only
    // the others pay for TRIM.
    static const QString spaces = [] {
        QStringList codes;
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            if (QChar::isSpace(c))
                codes << QString::number(c);
        }
        return codes.join(QStringLiteral(", "));
    }();
    return QStringLiteral("(CASE WHEN %1 = '' THEN 1 WHEN unicode(%1) NOT IN (%2) THEN 0 ELSE TRIM(%1, char(%2)) = '' "
                          "END)")
        .arg(column, spaces);
}

} // namespace pacte::sqlite
