// Governance: meetings held against the cadence rules (§1.4), the findings still open, and the
// calendar of the meetings to come.
#include "domain/format.h"
#include "domain/rules.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace pacte::sections {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::reports::Governance)
};

// Findings listed one by one per rule; beyond, a count (a large file has thousands of incomplete sheets).
constexpr int FindingsListedPerRule = 25;

QString verdict(bool ok, const QString& text)
{
    return QStringLiteral("<span class=\"%1\">%2</span>")
        .arg(ok ? QStringLiteral("ok") : QStringLiteral("ko"), escaped(text));
}

QString severityText(Severity severity)
{
    const QString css = severity == Severity::Error     ? QStringLiteral("ko")
                        : severity == Severity::Warning ? QStringLiteral("warn")
                                                        : QStringLiteral("note");
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(css, escaped(enumLabel(severity)));
}

// Whether the edition's own pact states the rule (not a rule of another pact shown for information,
// nor one turned off): only then does the report judge the edition against it.
bool ownRule(const ReportData& report, const char* rule)
{
    const RuleSetting setting = rules::effectiveSetting(report.data.edition.rules, QString::fromLatin1(rule));
    return setting.enabled && setting.reference.isEmpty() && setting.severity != Severity::Information;
}

// Where the rule comes from, as the edition's settings say: the pact's sentence and its place; for a
// rule of another pact, that this edition's pact does not state it.
void writeRuleSource(const ReportData& report, const QString& rule, ReportHtml& out)
{
    const RuleSetting setting = rules::effectiveSetting(report.data.edition.rules, rule);
    if (!setting.enabled) {
        out.paragraph(Tr::tr("%1 does not apply this rule.").arg(report.data.edition.title), QStringLiteral("note"));
        return;
    }
    if (!setting.quote.isEmpty())
        out.paragraph(setting.source.isEmpty() ? Tr::tr("The pact: « %1 »").arg(setting.quote)
                                               : Tr::tr("%1: « %2 »").arg(setting.source, setting.quote),
                      QStringLiteral("note"));
    if (!setting.reference.isEmpty())
        out.paragraph(Tr::tr("A rule of %1 that the pact of %2 does not state: shown for information, never as a "
                             "breach.")
                          .arg(setting.reference, report.data.edition.title),
                      QStringLiteral("note"));
}

QList<const Meeting*> heldMeetings(const ReportData& report, MeetingKind kind)
{
    QList<const Meeting*> result;
    for (const auto& meeting : report.data.meetings) {
        if (meeting.kind == kind && meeting.isHeld() && meeting.date <= report.asOf)
            result.append(&meeting);
    }
    std::sort(result.begin(), result.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
    return result;
}

void writeCopilCadence(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Steering committee (COPIL)"));
    const bool own = ownRule(report, rules::CopilCadence);
    out.paragraph(own ? Tr::tr("The COPIL meets at least three times over the pact: launch, mid-term and final.")
                      : Tr::tr("COPIL meetings recorded: launch, mid-term and final."));
    writeRuleSource(report, QString::fromLatin1(rules::CopilCadence), out);
    out.beginTable({Tr::tr("COPIL"), Tr::tr("Held"), Tr::tr("Dates")}, {40, 20, 40});
    for (MeetingKind kind :
         {MeetingKind::CopilLaunch, MeetingKind::CopilMidTerm, MeetingKind::CopilFinal, MeetingKind::CopilOther}) {
        const auto held = heldMeetings(report, kind);
        if (kind == MeetingKind::CopilOther && held.isEmpty())
            continue;
        QStringList dates;
        for (const auto* meeting : held)
            dates << formatDate(meeting->date);
        // Once the pact is over, a COPIL not held will not be.
        const bool over = report.asOf > report.data.edition.endDate;
        const QString count =
            kind == MeetingKind::CopilOther ? formatCount(held.size())
            : !own ? escaped(held.isEmpty() ? Tr::tr("none recorded") : Tr::tr("yes (%1)").arg(held.size()))
                   : verdict(!held.isEmpty(), held.isEmpty() ? (over ? Tr::tr("not held") : Tr::tr("not yet"))
                                                             : Tr::tr("yes (%1)").arg(held.size()));
        out.row({escaped(enumLabel(kind)), count,
                 dates.isEmpty() ? QStringLiteral("—") : escaped(dates.join(QStringLiteral(", ")))});
    }
    out.endTable();
}

void writeLocalCommittees(const ReportData& report, ReportHtml& out)
{
    const Edition& edition = report.data.edition;
    const int lastYear = std::min(edition.lastYear(), report.asOf.year());
    if (lastYear < edition.firstYear())
        return;
    out.heading(2, Tr::tr("Local coordination committees"));
    const bool own = ownRule(report, rules::LocalCommitteeYearly);
    out.paragraph(
        own ? Tr::tr("Each territory's comité local d'animation meets at least once a year: meetings held per year.")
            : Tr::tr("Meetings of each territory's comité local d'animation recorded per year."));
    writeRuleSource(report, QString::fromLatin1(rules::LocalCommitteeYearly), out);
    QStringList headers{Tr::tr("Territory")};
    QList<int> widths{100 - 12 * (lastYear - edition.firstYear() + 1)};
    for (int year = edition.firstYear(); year <= lastYear; ++year) {
        headers << QString::number(year);
        widths << 12;
    }
    out.beginTable(headers, widths);
    for (const auto* territory : report.territories()) {
        QStringList cells{escaped(territory->name)};
        QStringList classes{QString()};
        for (int year = edition.firstYear(); year <= lastYear; ++year) {
            const auto count =
                std::count_if(report.data.meetings.cbegin(), report.data.meetings.cend(), [&](const Meeting& m) {
                    return m.kind == MeetingKind::LocalCommittee && m.isHeld() && m.territoryId == territory->id &&
                           m.date.year() == year && m.date <= report.asOf;
                });
            const bool running = year == report.asOf.year();
            cells << (!own        ? QString::number(count)
                      : count > 0 ? verdict(true, QString::number(count))
                                  : (running ? QStringLiteral("0") : verdict(false, QStringLiteral("0"))));
            classes << QStringLiteral("num");
        }
        out.row(cells, classes);
    }
    out.endTable();
}

// The comité départemental and the comités locaux pour l'emploi (loi pour le plein emploi): where the
// PTI presented its work. The pact's text sets no rule for them: they are listed, never checked.
void writeEmploymentNetwork(const ReportData& report, ReportHtml& out)
{
    QList<const Meeting*> meetings;
    for (const auto& meeting : report.data.meetings) {
        if (isEmploymentNetwork(meeting.kind) && meeting.status != MeetingStatus::Cancelled)
            meetings.append(&meeting);
    }
    if (meetings.isEmpty())
        return;
    std::sort(meetings.begin(), meetings.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
    out.heading(2, Tr::tr("Employment network (CDE and CLE)"));
    out.paragraph(Tr::tr("The comité départemental pour l'emploi, co-chaired by the préfet and the président du "
                         "conseil départemental, and the comités locaux pour l'emploi (loi n° 2023-1196 du 18 "
                         "décembre 2023 pour le plein emploi; décret du 18 juin 2024): what the PTI presented "
                         "there. The pact sets no rule for these bodies."));
    out.beginTable({Tr::tr("Date"), Tr::tr("Body"), Tr::tr("Territories covered"), Tr::tr("Presented by the PTI")},
                   {16, 26, 24, 34});
    for (const auto* meeting : meetings) {
        QString date = escaped(formatDate(meeting->date));
        if (meeting->status != MeetingStatus::Held)
            date += QStringLiteral("<br /><span class=\"small\">%1</span>").arg(escaped(enumLabel(meeting->status)));
        QString body = escaped(enumLabel(meeting->kind));
        if (!meeting->title.trimmed().isEmpty())
            body += QStringLiteral("<br /><span class=\"small\">%1</span>").arg(escaped(meeting->title.trimmed()));
        const QString territories = meeting->kind == MeetingKind::EmploymentCommitteeLocal
                                        ? report.data.territoryNames(meeting->coveredTerritoryIds)
                                        : Tr::tr("Département");
        const QString presented = meeting->ptiPresented.trimmed();
        out.row({date, body, escaped(territories.isEmpty() ? QStringLiteral("—") : territories),
                 presented.isEmpty() ? QStringLiteral("—") : escaped(presented)});
    }
    out.endTable();
}

void writeMeetingCounts(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Meetings held"));
    QMap<MeetingKind, int> held;
    QMap<MeetingKind, int> planned;
    for (const auto& meeting : report.data.meetings) {
        if (meeting.isHeld() && meeting.date <= report.asOf)
            ++held[meeting.kind];
        else if (meeting.status == MeetingStatus::Planned)
            ++planned[meeting.kind]; // in the calendar, not (yet) held
    }
    out.beginTable({Tr::tr("Kind of meeting"), Tr::tr("Held"), Tr::tr("Planned")}, {60, 20, 20});
    for (MeetingKind kind : enumValues<MeetingKind>()) {
        if (held.value(kind) == 0 && planned.value(kind) == 0)
            continue;
        out.row({escaped(enumLabel(kind)), formatCount(held.value(kind)), formatCount(planned.value(kind))},
                {{}, QStringLiteral("num"), QStringLiteral("num")});
    }
    out.endTable();
}

void writeFindings(const ReportData& report, ReportHtml& out)
{
    out.heading(2, Tr::tr("Findings still open"));
    if (report.findings.isEmpty()) {
        out.paragraph(Tr::tr("Every governance rule is met."), QStringLiteral("lead"));
        return;
    }
    const auto count = [&](Severity severity) {
        return static_cast<int>(std::count_if(report.findings.cbegin(), report.findings.cend(),
                                              [severity](const Finding& f) { return f.severity == severity; }));
    };
    const int information = count(Severity::Information);
    const QString all = Tr::tr("%n finding(s) as of %1", nullptr, static_cast<int>(report.findings.size()))
                            .arg(formatDate(report.asOf));
    out.paragraph(information == 0 ? Tr::tr("%1: %2 and %3.")
                                         .arg(all, Tr::tr("%n error(s)", nullptr, count(Severity::Error)),
                                              Tr::tr("%n warning(s)", nullptr, count(Severity::Warning)))
                                   : Tr::tr("%1: %2, %3 and %4.")
                                         .arg(all, Tr::tr("%n error(s)", nullptr, count(Severity::Error)),
                                              Tr::tr("%n warning(s)", nullptr, count(Severity::Warning)),
                                              Tr::tr("%n for information", nullptr, information)),
                  QStringLiteral("lead"));
    // An action is named by its title, which two territories' groups may share ("Action n°1 du groupe
    // « Mobilité »"): the territories of its group follow it.
    QHash<QUuid, QString> actionPlaces;
    for (const auto& action : report.data.actions) {
        if (const auto* group = report.data.group(action.groupId))
            actionPlaces.insert(action.uuid, report.data.territoryNames(group->territoryIds));
    }
    const auto subject = [&](const Finding& f) {
        const QString places = f.entity == Entity::Action ? actionPlaces.value(f.uuid) : QString();
        return places.isEmpty()
                   ? escaped(f.label)
                   : QStringLiteral("%1<br /><span class=\"small\">%2</span>").arg(escaped(f.label), escaped(places));
    };
    for (const QString& rule : rules::allRuleIds()) {
        QList<const Finding*> ofRule;
        for (const auto& finding : report.findings) {
            if (finding.rule == rule)
                ofRule.append(&finding);
        }
        if (ofRule.isEmpty())
            continue;
        out.heading(3, QStringLiteral("%1 (%2)").arg(rules::describe(rule)).arg(ofRule.size()));
        writeRuleSource(report, rule, out);
        out.beginTable({Tr::tr("Severity"), Tr::tr("Concerns"), Tr::tr("Finding")}, {21, 27, 52});
        for (qsizetype i = 0; i < ofRule.size() && i < FindingsListedPerRule; ++i) {
            const Finding& f = *ofRule.at(i);
            out.row({severityText(f.severity), subject(f), escaped(f.message)});
        }
        out.endTable();
        if (ofRule.size() > FindingsListedPerRule)
            out.paragraph(Tr::tr("… and %n more, listed by Pacte's compliance view and by pacte-cli check.", nullptr,
                                 static_cast<int>(ofRule.size() - FindingsListedPerRule)),
                          QStringLiteral("note"));
    }
}

} // namespace

void writeGovernance(const ReportData& report, ReportHtml& out)
{
    out.heading(1, Tr::tr("Governance"));
    out.paragraph(ownRule(report, rules::CopilCadence) || ownRule(report, rules::LocalCommitteeYearly)
                      ? Tr::tr("Meetings held against the cadence rules of the pact (§1.4), as of %1.")
                            .arg(formatDate(report.asOf))
                      : Tr::tr("Meetings recorded, as of %1. The pact of %2 states no cadence rule: the rules "
                               "below are another pact's, shown for information.")
                            .arg(formatDate(report.asOf), report.data.edition.title),
                  QStringLiteral("lead"));
    writeCopilCadence(report, out);
    writeLocalCommittees(report, out);
    writeEmploymentNetwork(report, out);
    writeMeetingCounts(report, out);
    writeFindings(report, out);
}

void writeCalendar(const ReportData& report, ReportHtml& out)
{
    out.heading(1, Tr::tr("Calendar of coming meetings"));
    QList<const Meeting*> coming;
    for (const auto& meeting : report.data.meetings) {
        if (meeting.date >= report.generatedOn &&
            (meeting.status == MeetingStatus::Planned || meeting.status == MeetingStatus::Postponed))
            coming.append(&meeting);
    }
    std::sort(coming.begin(), coming.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
    if (coming.isEmpty()) {
        out.paragraph(Tr::tr("No meeting is planned after %1.").arg(formatDate(report.generatedOn)),
                      QStringLiteral("lead"));
        return;
    }
    out.beginTable({Tr::tr("Date"), Tr::tr("Meeting"), Tr::tr("Kind"), Tr::tr("Territory or group")}, {18, 38, 20, 24});
    for (const auto* meeting : coming) {
        QString where;
        if (const auto* group = report.data.group(meeting->groupId))
            where = report.data.groupLabel(*group);
        else if (const auto* territory = report.data.territory(meeting->territoryId))
            where = territory->name;
        else
            where = Tr::tr("Département");
        QString title = escaped(meeting->title);
        if (meeting->status == MeetingStatus::Postponed)
            title += QStringLiteral(" <span class=\"tag\">%1</span>").arg(escaped(enumLabel(meeting->status)));
        if (!meeting->agenda.trimmed().isEmpty())
            title += QStringLiteral("<br /><span class=\"small\">%1</span>").arg(escaped(meeting->agenda.trimmed()));
        out.row({escaped(formatDate(meeting->date)), title, escaped(enumLabel(meeting->kind)), escaped(where)});
    }
    out.endTable();
}

} // namespace pacte::sections
