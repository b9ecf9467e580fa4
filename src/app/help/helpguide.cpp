#include "helpguide.h"

#include "domain/textsearch.h"

#include <QFile>
#include <QTextBlock>
#include <QTextDocument>

namespace pacte::help {

namespace {

// A document's characters folded one by one, with the position each folded character comes from
// (a ligature gives two characters for one position).
struct FoldedText
{
    QString text;
    QList<int> positions;
};

FoldedText fold(const QTextDocument& document)
{
    // toRawText() has one character per cursor position, the frames' and blocks' separators included.
    const QString raw = document.toRawText();
    FoldedText folded;
    folded.text.reserve(raw.size());
    folded.positions.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        const QString part = c.unicode() >= 0x80 ? foldForSearch(QString(c)) : QString(c.toLower());
        for (const QChar f : part) {
            folded.text += f;
            folded.positions << i;
        }
    }
    return folded;
}

} // namespace

QUrl guidePage()
{
    return QUrl(QStringLiteral("qrc:/help/guide-utilisateur.md"));
}

QUrl sheetsGuidePage()
{
    return QUrl(QStringLiteral("qrc:/help/guide-fiches.md"));
}

QList<QUrl> pages()
{
    return {guidePage(), sheetsGuidePage()};
}

QString markdown(const QUrl& page)
{
    if (!pages().contains(page))
        return {};
    QFile file(QLatin1Char(':') + page.path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<Heading> headings(const QTextDocument& document)
{
    QList<Heading> list;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            list.append({block.text(), level, static_cast<int>(list.size())});
    }
    return list;
}

QList<Heading> headings(const QUrl& page)
{
    QTextDocument document;
    document.setMarkdown(markdown(page));
    return headings(document);
}

int headingPosition(const QTextDocument& document, int rank)
{
    int seen = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && seen++ == rank)
            return block.position();
    }
    return -1;
}

QList<Match> find(const QTextDocument& document, const QString& text)
{
    const QString needle = foldForSearch(text.trimmed());
    if (needle.isEmpty())
        return {};
    const FoldedText folded = fold(document);
    QList<Match> matches;
    for (qsizetype at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + needle.size())) {
        const int first = folded.positions.at(at);
        const int last = folded.positions.at(at + needle.size() - 1);
        matches.append({first, last - first + 1});
    }
    return matches;
}

} // namespace pacte::help
