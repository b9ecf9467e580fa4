#pragma once
// How Catch2 prints Qt values in failure messages: include this instead of specialising
// Catch::StringMaker in a test file (one definition per type for the whole suite).
#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value) { return value.toString(Qt::ISODateWithMs).toStdString(); }
};
template <>
struct StringMaker<QUuid>
{
    static std::string convert(const QUuid& value) { return value.toString(QUuid::WithoutBraces).toStdString(); }
};
} // namespace Catch
