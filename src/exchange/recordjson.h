#pragma once

#include "domain/indicator.h"
#include "domain/validation.h"
#include "jsonaccess.h"

#include <functional>

namespace pacte::json {

// Refuses a record read from a file that the domain would not accept: the first invalid field, at
// its JSON path, with the domain's message.
template <typename T>
void checkValid(const T& item, const Path& path)
{
    const FieldErrors errors = validate(item);
    if (!errors.isEmpty())
        fail(path / errors.first().field.toUtf8().constData(), errors.first().message);
}

// An indicator with its measurements, as full dumps and working-group sheets write it; the uuid of
// the indicator template it is linked to, when it is, as "template" (written only then).
Json indicatorJson(const Indicator& indicator, const QUuid& templateUuid = {});
// The same read back and checked; `uuidOf` reads (and registers) the uuid of the indicator and of
// each measurement, as the file's reader keeps them; `templateOf` gives the id of the template a
// "template" uuid names (or refuses it with json::fail).
Indicator indicatorFromJson(const Json& object, const Path& path,
                            const std::function<QUuid(const Json&, const Path&)>& uuidOf,
                            const std::function<Id(const QUuid&, const Path&)>& templateOf = {});

} // namespace pacte::json
