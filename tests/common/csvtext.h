#pragma once

// A strict RFC 4180 reader for tests, so that a CSV file written by Pacte is checked by code that
// does not share the writer's assumptions: CRLF line ends, quoted fields, doubled quotes.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pacte::test {

// `crlf`: records must end with CRLF (Pacte's files); otherwise LF or CRLF (LibreOffice's).
inline QList<QStringList> parseCsv(const QByteArray& bytes, QChar separator = QLatin1Char(';'), bool crlf = true)
{
    QString text = QString::fromUtf8(bytes);
    REQUIRE_FALSE(text.startsWith(QChar(0xFEFF)));
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            REQUIRE(field.isEmpty()); // a quote opens a field only
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text.at(i + 1) == QLatin1Char('\n')); // records end with CRLF
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else if (c == QLatin1Char('\n') && !crlf) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            REQUIRE(c != QLatin1Char('\n')); // a bare line feed only inside quotes
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty());
    REQUIRE(row.isEmpty()); // the last record ends with CRLF too
    return rows;
}

} // namespace pacte::test
