// "Pactes territoriaux locaux" (§1.3: the PTI "se décline opérationnellement au travers des Pactes
// Territoriaux Locaux"; issue 20): a page per territory of the scope with its local pact of the edition:
// the shared diagnosis and its sources, the ranked priorities with what they serve and what carries them,
// the members, the local committees held and the latest review. Written only when the edition has local
// pacts.
#include "domain/format.h"
#include "domain/localpact.h"
#include "reportsections.h"

#include <QCoreApplication>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::LocalPacts)
};

QString listOrMissing(const QStringList& names)
{
    return names.isEmpty() ? missing() : escaped(names.join(QStringLiteral(", ")));
}

QString servedText(const EditionData& data, const LocalPriority& priority)
{
    QStringList names;
    for (const Id id : priority.axisIds) {
        if (const Axis* axis = data.axis(id))
            names << Tr::tr("Axis %1: %2").arg(axis->number).arg(axis->title);
    }
    for (const Id id : priority.themeIds) {
        if (const Theme* theme = data.theme(id))
            names << theme->name;
    }
    return listOrMissing(names);
}

QString carriersText(const EditionData& data, const LocalPriority& priority)
{
    QStringList names;
    for (const Id id : priority.groupIds) {
        if (const WorkingGroup* group = data.group(id))
            names << data.groupLabel(*group);
    }
    for (const auto& action : data.sheets()) {
        if (priority.actionIds.contains(action.id))
            names << action.title;
    }
    return listOrMissing(names);
}

// The review of the report's year when there is one, else the latest written up to it.
const LocalPactReview* reviewShown(const LocalPact& pact, int year)
{
    const LocalPactReview* shown = nullptr;
    for (const auto& review : pact.reviews) {
        if (review.isBlank() || (year != 0 && review.year > year))
            continue;
        if (!shown || review.year > shown->year)
            shown = &review;
    }
    return shown;
}

void writePact(const ReportData& report, ReportHtml& out, const Territory& territory, const LocalPact* pact)
{
    const EditionData& data = report.data;
    out.headingOnNewPage(2, Tr::tr("Local pact: %1").arg(territory.name));
    if (!pact) {
        out.paragraph(Tr::tr("No local pact entered for this territory in this edition."), QStringLiteral("note"));
        return;
    }
    out.heading(3, Tr::tr("Shared diagnosis"));
    out.raw(QStringLiteral("<p>%1</p>\n").arg(textOrMissing(pact->diagnosis)));
    out.raw(QStringLiteral("<p class=\"note\">%1 %2</p>\n")
                .arg(escaped(Tr::tr("Sources:")), textOrMissing(pact->diagnosisSources)));

    out.heading(3, Tr::tr("Territorial priorities"));
    if (pact->priorities.isEmpty()) {
        out.paragraph(Tr::tr("No priority entered."), QStringLiteral("note"));
    } else {
        out.beginTable({Tr::tr("Rank"), Tr::tr("Priority"), Tr::tr("Serves"), Tr::tr("Carried by")}, {8, 36, 26, 30});
        for (const auto& priority : pact->priorities) {
            QString title = QStringLiteral("<b>%1</b>").arg(escaped(priority.title));
            if (!priority.description.trimmed().isEmpty())
                title += QStringLiteral("<br/>") + escaped(priority.description.trimmed());
            out.row({formatCount(priority.rank), title, servedText(data, priority), carriersText(data, priority)},
                    {QStringLiteral("num"), {}, {}, {}});
        }
        out.endTable();
    }

    out.heading(3, Tr::tr("Members"));
    QStringList partners;
    for (const Id id : pact->memberPartnerIds)
        partners << partnerName(data, id);
    QStringList persons;
    for (const Id id : pact->memberPersonIds)
        persons << personName(data, id);
    out.raw(QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p>\n")
                .arg(escaped(Tr::tr("Partners:")), listOrMissing(partners), escaped(Tr::tr("Persons:")),
                     listOrMissing(persons)));

    out.heading(3, Tr::tr("Local committees held"));
    QStringList held;
    for (const auto& meeting : localCommitteeMeetings(data, territory.id)) {
        if (meeting.isHeld() && (!meeting.date.isValid() || meeting.date <= report.asOf))
            held << (meeting.date.isValid() ? formatDate(meeting.date) : missingText()) +
                        (meeting.title.isEmpty() ? QString() : QStringLiteral(" — ") + meeting.title);
    }
    out.paragraph(held.isEmpty() ? Tr::tr("No local committee meeting recorded as held.")
                                 : held.join(QLatin1Char('\n')));

    const LocalPactReview* review = reviewShown(*pact, report.evaluationYear);
    out.heading(3, review ? Tr::tr("Yearly review %1").arg(review->year) : Tr::tr("Yearly review"));
    if (!review) {
        out.paragraph(Tr::tr("No yearly review written yet."), QStringLiteral("note"));
        return;
    }
    out.beginTable({Tr::tr("Review"), Tr::tr("Written by the local committee")}, {25, 75});
    out.row({escaped(Tr::tr("What moved")), textOrMissing(review->progress)});
    out.row({escaped(Tr::tr("Difficulties")), textOrMissing(review->difficulties)});
    out.row({escaped(Tr::tr("Adjustments")), textOrMissing(review->adjustments)});
    out.endTable();
}

} // namespace

void writeLocalPacts(const ReportData& report, ReportHtml& out)
{
    const EditionData& data = report.data;
    if (data.localPacts.isEmpty())
        return;
    out.heading(1, Tr::tr("Local pacts"));
    out.paragraph(Tr::tr("The PTI \"se décline opérationnellement au travers des Pactes Territoriaux Locaux\" (§1.3): "
                         "in each territory, the local committee shares the diagnosis, determines the territorial "
                         "priorities and reviews the year. One page per territory."),
                  QStringLiteral("note"));
    for (const Territory* territory : report.territories())
        writePact(report, out, *territory, localPactOf(data.localPacts, territory->id));
}

} // namespace pacte::sections
