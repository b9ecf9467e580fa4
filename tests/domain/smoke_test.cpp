#include "domain/enums.h"

#include <catch2/catch.hpp>

TEST_CASE("action statuses carry their French labels", "[domain][enums]")
{
    CHECK(pacte::enumCode(pacte::ActionStatus::Running) == QStringLiteral("en_fonctionnement"));
    CHECK(pacte::enumFromCode<pacte::ActionStatus>(u"abandonnee") == pacte::ActionStatus::Abandoned);
    CHECK_FALSE(pacte::enumFromCode<pacte::ActionStatus>(u"inconnu").has_value());
}
