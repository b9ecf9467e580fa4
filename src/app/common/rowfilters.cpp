#include "rowfilters.h"

namespace pacte {

bool RowFilters::matches(FilterKey key, qint64 value) const
{
    switch (key) {
    case FilterKey::Territory:
        return territories.contains(value);
    case FilterKey::Axis:
        return axes.contains(value);
    case FilterKey::Theme:
        return themes.contains(value);
    case FilterKey::Partner:
        return partners.contains(value);
    case FilterKey::Public:
        return publics.contains(value);
    case FilterKey::Status:
        return status == value;
    case FilterKey::Kind:
        return kind == value;
    }
    return true;
}

} // namespace pacte
