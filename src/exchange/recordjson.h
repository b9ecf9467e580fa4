#pragma once

#include "domain/indicator.h"
#include "domain/validation.h"
#include "jsonaccess.h"

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

} // namespace pacte::json
