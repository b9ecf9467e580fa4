#pragma once

#include "jsonaccess.h"
#include "sheetformat.h"

// Internal to the exchange layer: how a sheet's references become row ids.
namespace pacte {

enum class RefKind { Territory, Axis, Theme, Partner, Person, Public, Dispositif };

// Where a sheet's uuids are looked up: the sheet's own lookups (sheet mode), or a database (import).
class SheetFrame
{
public:
    virtual ~SheetFrame() = default;
    // The id to give a lookup entry of the sheet; `axisId` is the theme's axis (themes only).
    virtual Id lookupId(RefKind kind, const QUuid& uuid, Id axisId) = 0;
    // The id a reference of the group's content names; fails (json::fail at `path`) if it names nothing.
    virtual Id resolve(RefKind kind, const QUuid& uuid, const json::Path& path) = 0;
    // The same for the group's own fields, which are context only.
    virtual Id resolveContext(RefKind kind, const QUuid& uuid, const json::Path& path) = 0;
    virtual Id axisOfTheme(Id themeId) const = 0;
    virtual Id editionId() const = 0;
    virtual Id groupId() const = 0;
};

// Reads the whole sheet through `frame` (the header is checked as readSheetOrigin() does).
SheetData readSheet(const QByteArray& bytes, SheetFrame& frame);

} // namespace pacte
