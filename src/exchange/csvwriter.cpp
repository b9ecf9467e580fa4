#include "csvwriter.h"

#include <QCoreApplication>
#include <QDate>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Csv)
};

bool frenchConventions(const CsvOptions& options)
{
    return options.separator == QLatin1Char(';');
}

QString numberText(double value, const CsvOptions& options)
{
    // Shortest exact form: 12.5, 46, 0.333333333333333
    QString text = QString::number(value, 'g', 15);
    if (frenchConventions(options))
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

void appendField(QString& out, const QString& text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote) {
        out += text;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

} // namespace

QString csvText(const QVariant& value, const CsvOptions& options)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return frenchConventions(options) ? date.toString(QStringLiteral("dd/MM/yyyy")) : date.toString(Qt::ISODate);
    }
    case QMetaType::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QMetaType::Double:
    case QMetaType::Float:
        return numberText(value.toDouble(), options);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

QByteArray writeCsv(const TableData& table, const CsvOptions& options)
{
    QString text;
    const auto appendRow = [&](const QVariantList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += options.separator;
            appendField(text, csvText(cells.at(i), options), options.separator);
        }
        text += QLatin1String("\r\n");
    };
    QVariantList headers;
    for (const auto& header : table.headers)
        headers.append(header);
    appendRow(headers);
    for (const auto& row : table.rows)
        appendRow(row);
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

} // namespace pacte
