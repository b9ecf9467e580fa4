#include "provenance.h"

#include "entity.h"

#include <array>

namespace pacte {

namespace {

constexpr std::array<EnumEntry<ProvenanceKind>, 4> provenanceKinds{{
    {ProvenanceKind::Entered, "saisi", QT_TRANSLATE_NOOP("pacte::Enum", "Entered")},
    {ProvenanceKind::Quoted, "cite", QT_TRANSLATE_NOOP("pacte::Enum", "Quoted from the pact")},
    {ProvenanceKind::Deduced, "deduit", QT_TRANSLATE_NOOP("pacte::Enum", "Deduced")},
    {ProvenanceKind::Illustrative, "illustratif", QT_TRANSLATE_NOOP("pacte::Enum", "Illustrative")},
}};

} // namespace

template <>
std::span<const EnumEntry<ProvenanceKind>> enumEntries<ProvenanceKind>()
{
    return provenanceKinds;
}

QString Provenance::summary() const
{
    QString text = enumLabel(kind);
    if (!note.isEmpty())
        text += QStringLiteral(" — ") + note;
    if (!source.isEmpty())
        text += QStringLiteral(" (") + source + QLatin1Char(')');
    return text;
}

bool isProvenanceEntity(const QString& code)
{
    return code == QLatin1String("signature") || entityFromCode(code).has_value();
}

} // namespace pacte
