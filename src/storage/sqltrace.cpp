#include "sqltrace.h"

#include <atomic>
#include <utility>

#include <QMutex>

namespace pacte::sqltrace {

namespace {

// The statements of every thread (the background reads' too), while recording.
std::atomic<bool> recording = false;
QMutex mutex;
QStringList statements;

QString literal(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    }
}

} // namespace

void start()
{
    const QMutexLocker lock(&mutex);
    statements.clear();
    recording = true;
}

QStringList stop()
{
    const QMutexLocker lock(&mutex);
    recording = false;
    return std::exchange(statements, {});
}

void record(const QString& sql, const QVariantList& values)
{
    if (!recording)
        return;
    const QString statement = withValues(sql, values);
    const QMutexLocker lock(&mutex);
    if (recording)
        statements.append(statement);
}

QString withValues(const QString& sql, const QVariantList& values)
{
    QString out;
    out.reserve(sql.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?') && next < values.size()) {
            out += literal(values.at(next++));
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace pacte::sqltrace
