#include "reportbuilder.h"

#include "domain/format.h"
#include "reportsections.h"
#include "reportsheet.h"

#include <QCoreApplication>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::ReportBuilder)
};

QString scopeText(const ReportData& data)
{
    QStringList parts;
    parts << (data.territoryName.isEmpty() ? Tr::tr("Whole département")
                                           : Tr::tr("Territory: %1").arg(data.territoryName));
    if (!data.axisTitle.isEmpty())
        parts << Tr::tr("Axis: %1").arg(data.axisTitle);
    if (data.scope.year != 0)
        parts << (data.frozen ? Tr::tr("year %1 (frozen evaluation)").arg(data.scope.year)
                              : Tr::tr("year %1").arg(data.scope.year));
    return parts.join(QStringLiteral(" — "));
}

QString coverHtml(const ReportData& data, const QString& scope)
{
    const Edition& edition = data.data.edition;
    const QString departement =
        edition.departement.isEmpty() ? QString() : Tr::tr("Département of %1").arg(edition.departement);
    const QString figures = data.scope.year != 0
                                ? (data.frozen ? Tr::tr("Figures of the %1 evaluation, frozen (as of %2)")
                                                     .arg(data.scope.year)
                                                     .arg(formatDate(data.snapshot.asOf))
                                               : Tr::tr("Figures as of %1").arg(formatDate(data.asOf)))
                                : Tr::tr("Figures as of %1").arg(formatDate(data.asOf));
    QString html;
    html += QStringLiteral("<p class=\"cover-space\">&nbsp;</p>\n");
    if (!departement.isEmpty())
        html += QStringLiteral("<p class=\"cover-kicker\">%1</p>\n").arg(escaped(departement));
    html +=
        QStringLiteral("<p class=\"cover-title\">%1</p>\n").arg(escaped(Tr::tr("Pacte Territorial pour l'Insertion")));
    html += QStringLiteral("<p class=\"cover-edition\">%1</p>\n").arg(escaped(edition.title));
    html += QStringLiteral("<p class=\"cover-period\">%1</p>\n")
                .arg(escaped(Tr::tr("%1 – %2").arg(formatDate(edition.startDate), formatDate(edition.endDate))));
    html += QStringLiteral("<p class=\"cover-report\">%1</p>\n")
                .arg(escaped(Tr::tr("Report to the steering committee (COPIL)")));
    html += QStringLiteral("<p class=\"cover-scope\">%1</p>\n").arg(escaped(scope));
    html += QStringLiteral("<p class=\"cover-scope\">%1</p>\n").arg(escaped(figures));
    html += sections::illustrativeCoverBand(data);
    html += QStringLiteral("<table class=\"cover-band\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"10\"><tr><td>%1</td></tr></table>\n")
                .arg(escaped(data.scope.copilVersion ? Tr::tr("COPIL version") : Tr::tr("Working document")));
    html += QStringLiteral("<p class=\"cover-date\">%1</p>\n")
                .arg(escaped(Tr::tr("Produced on %1").arg(formatDate(data.generatedOn))));
    return html;
}

QString contentsHtml(const QList<ReportHtml::Heading>& headings, bool afterCover)
{
    QString html = QStringLiteral("<h1%1>%2</h1>\n")
                       .arg(afterCover ? QString() : QStringLiteral(" style=\"page-break-before: auto\""),
                            escaped(Tr::tr("Contents")));
    html += QStringLiteral("<table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto& heading : headings) {
        if (heading.level > 2)
            continue;
        html += QStringLiteral("<tr><td class=\"toc%1\"><p class=\"toc%1\"><a href=\"#%2\">%3</a></p></td><td "
                               "class=\"toc-page\" width=\"12%\">%4</td></tr>\n")
                    .arg(heading.level)
                    .arg(heading.anchor, escaped(heading.text), Report::pageToken(heading.anchor));
    }
    html += QStringLiteral("</table>\n");
    return html + QLatin1String(PartMark);
}

} // namespace

QString Report::pageToken(const QString& anchor)
{
    return QStringLiteral("\u27e6%1\u27e7").arg(anchor);
}

QString Report::fullHtml() const
{
    const QLatin1String mark(SheetMark);
    QString result;
    result.reserve(html.size() + sheets.size() * 3000);
    qsizetype copied = 0; // what comes before is in `result`
    for (qsizetype at = html.indexOf(mark); at >= 0; at = html.indexOf(mark, copied)) {
        const qsizetype end = html.indexOf(QLatin1String("-->"), at + mark.size());
        if (end < 0)
            break;
        bool ok = false;
        const int index = QStringView(html).mid(at + mark.size(), end - at - mark.size()).toInt(&ok);
        result += QStringView(html).mid(copied, end + 3 - copied);
        copied = end + 3;
        if (ok && index >= 0 && index < sheets.size())
            result += sheetHtml(sheets.at(index));
    }
    result += QStringView(html).mid(copied);
    return result;
}

std::optional<Report> buildReport(const ReportData& data, const ReportProgress& progress)
{
    const ReportSections& wanted = data.scope.sections;
    const int groupSteps = static_cast<int>(data.data.groups.size());
    const int total = 6 + (wanted.groups ? groupSteps : 0) + (wanted.actionSheets ? groupSteps : 0);
    int done = 0;
    const auto step = [&]() { return !progress || progress(++done, total); };

    Report report;
    const QString departement = data.data.edition.departement;
    report.title = departement.isEmpty() ? data.data.edition.title
                                         : QStringLiteral("%1 — %2").arg(data.data.edition.title, departement);
    report.scopeText = scopeText(data);
    report.date = data.generatedOn;

    ReportHtml body;
    if (wanted.summary)
        sections::writeSummary(data, body);
    if (!step())
        return std::nullopt;
    if (wanted.groups && !sections::writeGroups(data, body, step))
        return std::nullopt;
    if (wanted.groups)
        sections::writeLocalPacts(data, body);
    if (wanted.actionSheets && !sections::writeActionSheets(data, body, step))
        return std::nullopt;
    if (wanted.governance)
        sections::writeGovernance(data, body);
    if (wanted.evaluation) {
        sections::writeEvaluation(data, body);
        sections::writeTemplateSums(data, body);
        sections::writeGroupEvaluations(data, body);
    }
    if (wanted.coverage)
        sections::writeCoverage(data, body);
    if (wanted.evaluation)
        sections::writeFunding(data, body);
    if (wanted.governanceEvaluation)
        sections::writeGovernanceEvaluation(data, body);
    if (!step())
        return std::nullopt;
    if (wanted.partners)
        sections::writePartners(data, body);
    if (wanted.calendar)
        sections::writeCalendar(data, body);
    if (!step())
        return std::nullopt;

    QString html;
    if (wanted.cover)
        html += coverHtml(data, report.scopeText) + QLatin1String(PartMark);
    if (wanted.contents && !body.headings().isEmpty()) {
        html += contentsHtml(body.headings(), wanted.cover);
        for (const auto& heading : body.headings()) {
            if (heading.level <= 2)
                report.contentsAnchors << heading.anchor;
        }
    }
    // The first section starts a page of its own once something comes before it.
    QString bodyHtml = body.html();
    if (!html.isEmpty())
        bodyHtml.replace(QStringLiteral(" style=\"page-break-before: auto\""), QString());
    report.html = html + bodyHtml;
    report.charts = body.charts();
    report.sheets = body.sheets();
    if (!step())
        return std::nullopt;
    return report;
}

} // namespace pacte
