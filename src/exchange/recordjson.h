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

// An indicator with its measurements, as full dumps and working-group sheets write it.
Json indicatorJson(const Indicator& indicator);
// The same read back and checked; `uuidOf` reads (and registers) the uuid of the indicator and of
// each measurement, as the file's reader keeps them.
Indicator indicatorFromJson(const Json& object, const Path& path,
                            const std::function<QUuid(const Json&, const Path&)>& uuidOf);

} // namespace pacte::json
