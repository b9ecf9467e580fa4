#pragma once

#include "domain/enums.h"
#include "inputerror.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

#include <QDate>
#include <QString>
#include <QUuid>

// Typed, path-aware reading of JSON input (dumps, sheets): every failure is an InputError that
// names the JSON path and says in the user's language what was expected.
namespace pacte::json {

using Json = nlohmann::ordered_json;

class Path final
{
public:
    Path() = default;
    explicit Path(QString text)
        : m_text(std::move(text))
    {}
    Path operator/(const char* key) const;
    Path operator[](std::size_t index) const;
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

[[noreturn]] void fail(const Path& path, const QString& message);

// No file Pacte reads nests deeper (a sheet or a dump: about eight levels), nor is larger.
inline constexpr int MaxDepth = 64;
inline constexpr qsizetype MaxInputBytes = 256 * 1024 * 1024;

// Parses bytes as JSON; a syntax error names the line and column. Refused before anything is built
// (InputError with the JSON path): nesting deeper than MaxDepth, a key repeated in an object, and
// more than MaxInputBytes.
Json parse(const QByteArray& bytes);

// The value must be an object whose keys are all in `allowed`.
void expectObject(const Json& value, const Path& path, std::initializer_list<const char*> allowed);

QString requiredString(const Json& object, const char* key, const Path& path);
QString optionalString(const Json& object, const char* key, const Path& path);
QDate requiredDate(const Json& object, const char* key, const Path& path);
QDate optionalDate(const Json& object, const char* key, const Path& path);
int requiredInt(const Json& object, const char* key, const Path& path);
int optionalInt(const Json& object, const char* key, const Path& path, int fallback = 0);
double requiredNumber(const Json& object, const char* key, const Path& path);
std::optional<double> optionalNumber(const Json& object, const char* key, const Path& path);
// A member that must be present, a number or null (unknown, which is not zero).
std::optional<double> nullableNumber(const Json& object, const char* key, const Path& path);
bool optionalBool(const Json& object, const char* key, const Path& path, bool fallback = false);
QUuid requiredUuid(const Json& object, const char* key, const Path& path);
QUuid optionalUuid(const Json& object, const char* key, const Path& path);
// An array member; absent or null reads as an empty array.
const Json& optionalArray(const Json& object, const char* key, const Path& path);
QList<QUuid> uuidList(const Json& object, const char* key, const Path& path);

QString codesOf(QStringList codes);

template <typename E>
E requiredEnum(const Json& object, const char* key, const Path& path)
{
    const QString code = requiredString(object, key, path);
    if (const auto value = enumFromCode<E>(code))
        return *value;
    QStringList codes;
    for (E value : enumValues<E>())
        codes << enumCode(value);
    fail(path / key, QCoreApplication::translate("pacte::json", "\"%1\" is not one of the accepted values (%2).")
                         .arg(code, codesOf(codes)));
}

template <typename E>
E optionalEnum(const Json& object, const char* key, const Path& path, E fallback)
{
    if (!object.contains(key) || object.at(key).is_null())
        return fallback;
    return requiredEnum<E>(object, key, path);
}

// Writing helpers: null for absent values.
Json toJson(const QString& text);
Json toJson(const QDate& date);
Json toJson(const QUuid& uuid);
Json toJson(const std::optional<double>& number);
Json toJson(const QList<QUuid>& uuids);

} // namespace pacte::json
