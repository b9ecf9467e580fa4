#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <optional>

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pacte {

// Reading one cell of an imported spreadsheet. Each function returns the value, or std::nullopt and
// a French reason in `why`: the caller rejects the row with it.
namespace importvalue {

// The cell as text, trimmed, inner runs of spaces kept ("" for an empty cell; a number written
// without a useless ".0").
QString text(const QVariant& cell);
// A date: a workbook date, a serial number, "31/12/2025", "31/12/25", "2025-12-31".
std::optional<QDate> date(const QVariant& cell, QString& why);
// A number: a workbook number, "12,5", "12.5", "1 200", "45 %".
std::optional<double> number(const QVariant& cell, QString& why);
// oui/non, yes/no, vrai/faux, x, 1/0, a workbook's boolean.
std::optional<bool> yesNo(const QVariant& cell, QString& why);
// A list written in one cell: items separated by commas, semicolons or line breaks.
QStringList list(const QString& text);

// An enumeration by its French label or its code, ignoring accents and case.
template <typename E>
std::optional<E> enumValue(const QString& text, QString& why);

QString enumChoices(const QStringList& labels);

} // namespace importvalue

// Records by their folded name (accents, case, extra spaces ignored; foldName()): several records
// under one name make that name ambiguous.
class NameIndex final
{
public:
    void add(const QString& name, Id id);
    // The record's id; NoId with a reason in `why` when several records have that name, or
    // `notFound` when none has.
    Id find(const QString& name, QString& why, const QString& notFound) const;
    bool contains(const QString& name) const { return m_ids.contains(foldName(name)); }

    static QString foldName(const QString& name);

private:
    QHash<QString, QList<Id>> m_ids;
};

// Instantiated in importvalues.cpp.
extern template std::optional<PartnerCategory> importvalue::enumValue(const QString&, QString&);
extern template std::optional<ActionStatus> importvalue::enumValue(const QString&, QString&);
extern template std::optional<IndicatorKind> importvalue::enumValue(const QString&, QString&);
extern template std::optional<GroupStatus> importvalue::enumValue(const QString&, QString&);
extern template std::optional<SignatureStatus> importvalue::enumValue(const QString&, QString&);
extern template std::optional<PersonRoleKind> importvalue::enumValue(const QString&, QString&);
extern template std::optional<PartnershipQuality> importvalue::enumValue(const QString&, QString&);
extern template std::optional<Fund> importvalue::enumValue(const QString&, QString&);

} // namespace pacte
