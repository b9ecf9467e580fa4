#include "reporthtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pacte {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::ReportHtml)
};
} // namespace

void ReportHtml::heading(int level, const QString& text)
{
    const QString anchor = QStringLiteral("s%1").arg(m_headings.size() + 1);
    m_headings.append({level, text, anchor});
    // The first section follows the cover (or starts the document): no page break of its own.
    const QString style =
        level == 1 && m_firstLevelOne ? QStringLiteral(" style=\"page-break-before: auto\"") : QString();
    if (level == 1) {
        partBreak();
        m_firstLevelOne = false;
    }
    m_html += QStringLiteral("<h%1%2><a name=\"%3\">%4</a></h%1>\n").arg(level).arg(style, anchor, escaped(text));
}

void ReportHtml::headingOnNewPage(int level, const QString& text)
{
    heading(level, text);
    const QString opening = QStringLiteral("<h%1>").arg(level);
    const qsizetype at = m_html.lastIndexOf(opening);
    if (at >= 0)
        m_html.replace(at, opening.size(), QStringLiteral("<h%1 style=\"page-break-before: always\">").arg(level));
}

void ReportHtml::partBreak()
{
    if (!m_html.isEmpty() && !m_html.endsWith(QLatin1String(PartMark)))
        m_html += QLatin1String(PartMark);
}

void ReportHtml::paragraph(const QString& text, const QString& cssClass)
{
    m_html += cssClass.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cssClass);
    m_html += escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br />"));
    m_html += QStringLiteral("</p>\n");
}

void ReportHtml::sheet(const ActionSheet& sheet)
{
    partBreak();
    // The mark only: a 6,000-sheet report's HTML was 55 MB, copied several times while built.
    m_html += QLatin1String(SheetMark) + QString::number(m_sheets.size()) + QStringLiteral("-->");
    m_html += QLatin1String(PartMark);
    m_sheets.append(sheet);
}

QString ReportHtml::chart(const ReportChart& chart)
{
    const auto index = m_charts.size();
    m_charts.append(chart);
    return QStringLiteral("<img src=\"chart:%1\" width=\"%2\" height=\"%3\" alt=\"\" />")
        .arg(index)
        .arg(qRound(chart.size.width()))
        .arg(qRound(chart.size.height()));
}

void ReportHtml::beginTable(const QStringList& headers, const QList<int>& widthsPercent, const QString& cssClass)
{
    m_html += QStringLiteral("<table class=\"grid%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">")
                  .arg(cssClass.isEmpty() ? QString() : QLatin1Char(' ') + cssClass);
    if (headers.isEmpty()) {
        m_html += QStringLiteral("<tbody>");
        return;
    }
    m_html += QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const int width = widthsPercent.value(i);
        m_html += width > 0 ? QStringLiteral("<th width=\"%1%\">").arg(width) : QStringLiteral("<th>");
        m_html += escaped(headers.at(i)) + QStringLiteral("</th>");
    }
    m_html += QStringLiteral("</tr></thead><tbody>\n");
}

void ReportHtml::row(const QStringList& cellsHtml, const QStringList& cellClasses)
{
    m_html += QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cellsHtml.size(); ++i) {
        const QString cssClass = cellClasses.value(i);
        // Qt reads a cell's width from its attribute only.
        if (cssClass == QLatin1String("label"))
            m_html += QStringLiteral("<td class=\"label\" width=\"24%\">");
        else
            m_html += cssClass.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cssClass);
        m_html += cellsHtml.at(i) + QStringLiteral("</td>");
    }
    m_html += QStringLiteral("</tr>\n");
}

QString withFrenchSpaces(const QString& text)
{
    static const QRegularExpression spaceBefore(QStringLiteral(" ([:;!?»])"));
    static const QRegularExpression spaceAfter(QStringLiteral("« "));
    QString result = text;
    result.replace(spaceBefore, QStringLiteral("\u00a0\\1"));
    result.replace(spaceAfter, QStringLiteral("«\u00a0"));
    return result;
}

QString breakOverlongWords(const QString& text)
{
    // Most texts have no such word: leave them as they are, without a copy.
    qsizetype run = 0;
    bool overlong = false;
    for (const QChar c : text) {
        run = c.isSpace() || c == WordBreak ? 0 : run + 1;
        if (run > MaxWordLength) {
            overlong = true;
            break;
        }
    }
    if (!overlong)
        return text;
    QString result;
    result.reserve(text.size() + text.size() / MaxWordLength + 1);
    run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Never inside a character (a surrogate pair), before a combining mark or around a joiner.
        const bool splittable =
            !c.isLowSurrogate() && !c.isMark() && c != QChar(0x200d) && (i == 0 || text.at(i - 1) != QChar(0x200d));
        if (run >= MaxWordLength && splittable) {
            result += WordBreak;
            run = 0;
        }
        result += c;
        run = c.isSpace() || c == WordBreak ? 0 : run + 1;
    }
    return result;
}

QString formatCount(qsizetype count)
{
    return QLocale().toString(static_cast<qlonglong>(count));
}

QString escaped(const QString& text)
{
    return withFrenchSpaces(breakOverlongWords(text)).toHtmlEscaped();
}

QString missingText()
{
    return Tr::tr("not stated");
}

QString missing()
{
    return QStringLiteral("<span class=\"missing\">%1</span>").arg(escaped(missingText()));
}

QString textOrMissing(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return missing();
    return escaped(trimmed).replace(QLatin1Char('\n'), QStringLiteral("<br />"));
}

} // namespace pacte
