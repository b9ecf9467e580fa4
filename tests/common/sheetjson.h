#pragma once

// Helpers for tests that edit sheets as JSON (the exchange layer's nlohmann/json).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QUuid>

namespace pacte::test {

using Json = nlohmann::ordered_json;

inline Json parseJson(const QByteArray& bytes)
{
    return Json::parse(bytes.constBegin(), bytes.constEnd());
}

inline QByteArray dumpJson(const Json& json)
{
    return QByteArray::fromStdString(json.dump(1));
}

inline std::string uuidString(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toStdString();
}

// The element of a JSON list whose "uuid" is `uuid`.
inline Json& byUuid(Json& list, const QUuid& uuid)
{
    for (auto& item : list) {
        if (item.value("uuid", std::string()) == uuidString(uuid))
            return item;
    }
    FAIL("no item " << uuidString(uuid));
    return list;
}

inline void eraseUuid(Json& list, const QUuid& uuid)
{
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (it->value("uuid", std::string()) == uuidString(uuid)) {
            list.erase(it);
            return;
        }
    }
    FAIL("no item " << uuidString(uuid));
}

} // namespace pacte::test
