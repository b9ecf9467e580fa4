#include "dashboardsection.h"

#include "domain/editionstats.h"
#include "domain/format.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/repository.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace pacte {

DashboardSection::DashboardSection(QWidget* parent)
    : Section(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("dashboardSection"));
    m_view->setObjectName(QStringLiteral("dashboardView"));
    m_view->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_view);
}

void DashboardSection::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    Section::setDocument(document);
    if (document)
        connect(document, &Document::changed, this, &DashboardSection::refresh);
    refresh();
}

void DashboardSection::setEdition(Id editionId)
{
    Section::setEdition(editionId);
    refresh();
}

void DashboardSection::refresh()
{
    if (!m_document || m_editionId == NoId) {
        m_view->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Open a file or create an edition to begin.")));
        return;
    }
    Database& db = m_document->database();
    const EditionData data = loadEditionData(db, m_editionId);
    const EditionStats stats = computeStats(data);
    std::optional<EditionStats> previous;
    if (data.edition.predecessorId != NoId)
        previous = computeStats(loadEditionData(db, data.edition.predecessorId));
    const Findings findings = rules::checkAll(data, QDate::currentDate());

    const auto cell = [](int value) { return QStringLiteral("<td align=right>%1</td>").arg(value); };
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(data.edition.title.toHtmlEscaped(),
                 tr("From %1 to %2").arg(formatDate(data.edition.startDate), formatDate(data.edition.endDate)));
    html += QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse'>");
    html += QStringLiteral("<tr><th></th><th>%1</th>%2</tr>")
                .arg(data.edition.title.toHtmlEscaped(),
                     previous ? QStringLiteral("<th>%1</th>").arg(previous->edition.toHtmlEscaped()) : QString());
    const auto line = [&](const QString& label, int value, std::optional<int> before) {
        html += QStringLiteral("<tr><td>%1</td>%2%3</tr>")
                    .arg(label.toHtmlEscaped(), cell(value), before ? cell(*before) : QString());
    };
    const auto was = [&](auto member) { return previous ? std::optional<int>((*previous).*member) : std::nullopt; };
    line(tr("Signatory partners"), stats.partners, was(&EditionStats::partners));
    line(tr("Axes"), stats.axes, was(&EditionStats::axes));
    line(tr("Themes"), stats.themes, was(&EditionStats::themes));
    line(tr("Working groups"), stats.workingGroups, was(&EditionStats::workingGroups));
    line(tr("Actions"), stats.actions, was(&EditionStats::actions));
    for (auto it = stats.actionsByStatus.cbegin(); it != stats.actionsByStatus.cend(); ++it) {
        line(QStringLiteral("    ") + enumLabel(it.key()), it.value(),
             previous ? std::optional<int>(previous->actionsByStatus.value(it.key())) : std::nullopt);
    }
    line(tr("Experimentations"), stats.experimentations, was(&EditionStats::experimentations));
    line(tr("Meetings recorded"), stats.meetings, was(&EditionStats::meetings));
    line(tr("Meetings held"), stats.meetingsHeld, was(&EditionStats::meetingsHeld));
    html += QStringLiteral("</table>");
    const auto errors = std::count_if(findings.cbegin(), findings.cend(),
                                      [](const Finding& f) { return f.severity == Severity::Error; });
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Governance rules"), tr("%1 finding(s): %2 error(s), %3 warning(s).")
                                                 .arg(findings.size())
                                                 .arg(errors)
                                                 .arg(findings.size() - errors));
    m_view->setHtml(html);
}

} // namespace pacte
