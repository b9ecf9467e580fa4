#include "textsearch.h"

namespace pacte {

QString foldForSearch(const QString& text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        if (c == QChar(0x0152) || c == QChar(0x0153)) // Œ œ
            folded += QStringLiteral("oe");
        else if (c == QChar(0x00C6) || c == QChar(0x00E6)) // Æ æ
            folded += QStringLiteral("ae");
        else
            folded += c.toCaseFolded();
    }
    return folded;
}

} // namespace pacte
