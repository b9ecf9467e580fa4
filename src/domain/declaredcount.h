#pragma once

#include <QString>

namespace pacte {

// A figure the pact states but the data cannot list name by name: the 2017-2021 pact "a été signé
// par 31 partenaires institutionnels" (§1.2) without giving their list. The edition keeps the figure
// with its source, so that screens and reports say "6 partners recorded out of 31 declared
// signatories" instead of contradicting the pact; it is never shown as a fact without its source.
struct DeclaredCount
{
    int value = 0;
    QString quote;  // the pact's own sentence, word for word
    QString source; // where in the document: "§1.2 Le nouveau contexte, p. 4"

    bool operator==(const DeclaredCount&) const = default;
};

// The highest figure a pact may declare (a département's pact has tens of signatories, not thousands).
inline constexpr int MaxDeclaredCount = 9999;

// "6 partners recorded out of 31 declared signatories" (in French: "6 partenaires enregistrés sur 31
// signataires déclarés").
QString declaredSignatoriesText(int recorded, const DeclaredCount& declared);
// Where the figure comes from: "Declared by the pact (§1.2 …): « … »".
QString declaredSourceText(const DeclaredCount& declared);

} // namespace pacte
