#include "accessiblenames.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace pacte {

namespace {

// "&Territoires couverts :" → "Territoires couverts"; rich text read as plain text.
QString spokenLabel(const QLabel* label)
{
    QString text = Qt::mightBeRichText(label->text()) ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                      : label->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text = text.simplified();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x00a0)) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

} // namespace

void nameFromBuddies(QWidget* root)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (!buddy || !buddy->accessibleName().isEmpty())
            continue;
        const QString name = spokenLabel(label);
        if (!name.isEmpty())
            buddy->setAccessibleName(name);
    }
}

} // namespace pacte
