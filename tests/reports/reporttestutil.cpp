#include "reporttestutil.h"

#include "reports/reportdata.h"
#include "reports/reportfiles.h"
#include "storage/editionloader.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace pacte::test {

namespace {

QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

} // namespace

QString folded(const QString& text)
{
    return text.simplified();
}

QString pdfText(const QString& path)
{
    return folded(QString::fromUtf8(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})));
}

int pdfPageCount(const QString& path)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray zipMember(const QString& archive, const QString& member)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
}

bool zipIsSound(const QString& archive)
{
    int exitCode = -1;
    run(QStringLiteral("unzip"), {QStringLiteral("-tq"), archive}, &exitCode);
    return exitCode == 0;
}

QString markupText(const QString& markup)
{
    QString text = markup;
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return folded(text);
}

ReportScope demoScope(Database& db, const QString& edition)
{
    const auto found = findEditionByTitle(db, edition);
    REQUIRE(found.has_value());
    ReportScope scope;
    scope.editionId = found->id;
    return scope;
}

QString reportText(Database& db, const ReportScope& scope)
{
    const auto report = buildReport(loadReportData(db, scope));
    REQUIRE(report.has_value());
    return markupText(QString::fromUtf8(reportHtmlPage(*report)));
}

} // namespace pacte::test
