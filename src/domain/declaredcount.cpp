#include "declaredcount.h"

#include "validation.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Validation)
};

struct DeclaredTr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::DeclaredCount)
};

} // namespace

FieldErrors validate(const DeclaredCount& declared, const QString& field)
{
    FieldErrors errors;
    if (declared.value < 1 || declared.value > MaxDeclaredCount)
        errors.append({field, Tr::tr("A declared figure must lie between 1 and %1.").arg(MaxDeclaredCount)});
    if (declared.quote.trimmed().isEmpty())
        errors.append({field + QStringLiteral("Quote"),
                       Tr::tr("A declared figure needs its source: quote the sentence of the pact that states it.")});
    return errors;
}

QString declaredSignatoriesText(int recorded, const DeclaredCount& declared)
{
    return DeclaredTr::tr("%1 out of %2")
        .arg(DeclaredTr::tr("%n partner(s) recorded", nullptr, recorded),
             DeclaredTr::tr("%n declared signatory(ies)", nullptr, declared.value));
}

QString declaredSourceText(const DeclaredCount& declared)
{
    const QString quote = QStringLiteral("« %1 »").arg(declared.quote.trimmed());
    return declared.source.trimmed().isEmpty()
               ? DeclaredTr::tr("Figure declared by the pact: %1").arg(quote)
               : DeclaredTr::tr("Figure declared by the pact (%1): %2").arg(declared.source.trimmed(), quote);
}

} // namespace pacte
