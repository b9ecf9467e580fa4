#include "sqltrace.h"

#include <memory>

namespace pacte::sqltrace {

namespace {

std::unique_ptr<QStringList> recording;

QString literal(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return value.toString() == QLatin1String("true")    ? QStringLiteral("1")
               : value.toString() == QLatin1String("false") ? QStringLiteral("0")
                                                            : value.toString();
    default:
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    }
}

} // namespace

void start()
{
    recording = std::make_unique<QStringList>();
}

QStringList stop()
{
    QStringList statements = recording ? std::move(*recording) : QStringList();
    recording.reset();
    return statements;
}

void record(const QString& sql, const QVariantList& values)
{
    if (recording)
        recording->append(withValues(sql, values));
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
