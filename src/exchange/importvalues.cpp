#include "importvalues.h"

#include "domain/textsearch.h"
#include "importfields.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::TableImport)
};

// Spreadsheets count days from 30 December 1899 (the 1900 system, leap-year bug included).
const QDate SerialEpoch(1899, 12, 30);

} // namespace

namespace importvalue {

QString text(const QVariant& cell)
{
    if (cell.isNull())
        return {};
    if (cell.typeId() == QMetaType::Double) {
        const double value = cell.toDouble();
        if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
            return QString::number(static_cast<qint64>(value));
        return QString::number(value, 'g', 15);
    }
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    if (cell.typeId() == QMetaType::Bool)
        return cell.toBool() ? Tr::tr("yes") : Tr::tr("no");
    return cell.toString().trimmed();
}

std::optional<QDate> date(const QVariant& cell, QString& why)
{
    if (cell.typeId() == QMetaType::QDate && cell.toDate().isValid())
        return cell.toDate();
    if (cell.typeId() == QMetaType::Double) {
        const double serial = cell.toDouble();
        if (serial >= 1 && serial < 2958466) // up to 31/12/9999
            return SerialEpoch.addDays(static_cast<qint64>(std::floor(serial)));
    }
    const QString value = text(cell);
    for (const char* format :
         {"dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd/MM/yy", "d/M/yy", "dd.MM.yyyy", "dd-MM-yyyy"}) {
        QDate d = QDate::fromString(value, QString::fromLatin1(format));
        if (d.isValid()) {
            if (QByteArrayView(format).endsWith("yy") && !QByteArrayView(format).endsWith("yyyy"))
                d = d.addYears(d.year() < 1950 ? 100 : 0); // Qt reads "25" as 1925
            return d;
        }
    }
    if (value.startsWith(QLatin1String("20")) || value.startsWith(QLatin1String("19"))) {
        // "2025-12-31T00:00:00", as some tools write a date.
        const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    why = Tr::tr("not a date (expected DD/MM/YYYY)");
    return std::nullopt;
}

std::optional<double> number(const QVariant& cell, QString& why)
{
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong)
        return cell.toDouble();
    QString value = text(cell);
    value.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u' ');
    if (value.endsWith(u'%'))
        value.chop(1);
    value.replace(u',', u'.');
    bool ok = false;
    const double result = value.toDouble(&ok);
    if (ok && std::isfinite(result))
        return result;
    why = Tr::tr("not a number");
    return std::nullopt;
}

std::optional<bool> yesNo(const QVariant& cell, QString& why)
{
    if (cell.typeId() == QMetaType::Bool)
        return cell.toBool();
    const QString value = foldHeader(text(cell));
    for (const char* yes : {"oui", "o", "yes", "y", "vrai", "true", "x", "1"}) {
        if (value == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"non", "n", "no", "faux", "false", "0"}) {
        if (value == QLatin1String(no))
            return false;
    }
    why = Tr::tr("expected « oui » or « non »");
    return std::nullopt;
}

QStringList list(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r]+"));
    QStringList items;
    for (const auto& item : text.split(separators)) {
        const QString trimmed = item.simplified();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

QString enumChoices(const QStringList& labels)
{
    QStringList quoted;
    for (const auto& label : labels)
        quoted << QStringLiteral("« %1 »").arg(label);
    return quoted.join(QStringLiteral(", "));
}

template <typename E>
std::optional<E> enumValue(const QString& text, QString& why)
{
    const QString folded = foldHeader(text);
    QStringList labels;
    for (const auto& entry : enumEntries<E>()) {
        const QString label = QCoreApplication::translate("pacte::Enum", entry.label);
        if (folded == foldHeader(label) || folded == foldHeader(QString::fromLatin1(entry.code)) ||
            folded == foldHeader(QString::fromLatin1(entry.label)))
            return entry.value;
        labels << label;
    }
    why = Tr::tr("unknown value; expected one of %1").arg(enumChoices(labels));
    return std::nullopt;
}

template std::optional<PartnerCategory> enumValue(const QString&, QString&);
template std::optional<ActionStatus> enumValue(const QString&, QString&);
template std::optional<IndicatorKind> enumValue(const QString&, QString&);
template std::optional<GroupStatus> enumValue(const QString&, QString&);
template std::optional<SignatureStatus> enumValue(const QString&, QString&);
template std::optional<PersonRoleKind> enumValue(const QString&, QString&);
template std::optional<PartnershipQuality> enumValue(const QString&, QString&);
template std::optional<Fund> enumValue(const QString&, QString&);

} // namespace importvalue

QString NameIndex::foldName(const QString& name)
{
    return foldForSearch(name).simplified();
}

void NameIndex::add(const QString& name, Id id)
{
    if (name.trimmed().isEmpty())
        return;
    QList<Id>& ids = m_ids[foldName(name)];
    if (!ids.contains(id))
        ids.append(id);
}

Id NameIndex::find(const QString& name, QString& why, const QString& notFound) const
{
    const QList<Id> ids = m_ids.value(foldName(name));
    if (ids.size() == 1)
        return ids.constFirst();
    why = ids.isEmpty()
              ? notFound
              : Tr::tr("%n records have this name; rename them in Pacte first", nullptr, static_cast<int>(ids.size()));
    return NoId;
}

} // namespace pacte
