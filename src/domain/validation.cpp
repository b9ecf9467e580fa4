#include "validation.h"

#include "editiondata.h"
#include "format.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QRegularExpression>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Validation)
};

void requireText(FieldErrors& errors, const QString& value, const char* field, const char* message)
{
    if (value.trimmed().isEmpty())
        errors.append({QString::fromLatin1(field), Tr::tr(message)});
}

void checkDateRange(FieldErrors& errors, const QDate& start, const QDate& end)
{
    if (start.isValid() && end.isValid() && end < start)
        errors.append({QStringLiteral("endDate"), Tr::tr("The end date is before the start date.")});
}

bool isFinite(const std::optional<double>& value)
{
    return !value || std::isfinite(*value);
}

} // namespace

FieldErrors validate(const Edition& edition)
{
    FieldErrors errors;
    requireText(errors, edition.title, "title",
                QT_TRANSLATE_NOOP("pacte::Validation", "The edition needs a title, such as \"PTI 2022-2025\"."));
    if (!edition.startDate.isValid())
        errors.append({QStringLiteral("startDate"), Tr::tr("The edition needs a start date.")});
    if (!edition.endDate.isValid())
        errors.append({QStringLiteral("endDate"), Tr::tr("The edition needs an end date.")});
    checkDateRange(errors, edition.startDate, edition.endDate);
    if (edition.declaredSignatories)
        errors.append(validate(*edition.declaredSignatories, QStringLiteral("declaredSignatories")));
    return errors;
}

FieldErrors validate(const Territory& territory)
{
    FieldErrors errors;
    requireText(errors, territory.name, "name", QT_TRANSLATE_NOOP("pacte::Validation", "The territory needs a name."));
    return errors;
}

FieldErrors validate(const Axis& axis)
{
    FieldErrors errors;
    requireText(errors, axis.title, "title", QT_TRANSLATE_NOOP("pacte::Validation", "The axis needs a title."));
    if (axis.number < 1)
        errors.append({QStringLiteral("number"), Tr::tr("The axis number must be 1 or more.")});
    for (const auto& theme : axis.themes)
        errors.append(validate(theme));
    return errors;
}

FieldErrors validate(const Theme& theme)
{
    FieldErrors errors;
    requireText(errors, theme.name, "name", QT_TRANSLATE_NOOP("pacte::Validation", "The theme needs a name."));
    for (const auto& indicatorTemplate : theme.templates)
        errors.append(validate(indicatorTemplate));
    return errors;
}

FieldErrors validate(const IndicatorTemplate& indicatorTemplate)
{
    FieldErrors errors;
    requireText(errors, indicatorTemplate.name, "name",
                QT_TRANSLATE_NOOP("pacte::Validation", "The indicator template needs a name."));
    if (!isFinite(indicatorTemplate.suggestedTarget))
        errors.append({QStringLiteral("suggestedTarget"), Tr::tr("The suggested target must be a number.")});
    return errors;
}

FieldErrors validate(const TargetPublic& targetPublic)
{
    FieldErrors errors;
    requireText(errors, targetPublic.name, "name",
                QT_TRANSLATE_NOOP("pacte::Validation", "The target public needs a name."));
    return errors;
}

FieldErrors validate(const Dispositif& dispositif)
{
    FieldErrors errors;
    if (dispositif.acronym.trimmed().isEmpty() && dispositif.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), Tr::tr("The scheme needs a name or an acronym.")});
    return errors;
}

namespace {

// The names over time: each named and dated within 1900-2100, one per day, in date order, the latest
// being the current name.
FieldErrors validateNameHistory(const Partner& partner)
{
    FieldErrors errors;
    const QString field = QStringLiteral("nameHistory");
    const QDate earliest(1900, 1, 1);
    const QDate latest(2100, 12, 31);
    for (qsizetype i = 0; i < partner.nameHistory.size(); ++i) {
        const PartnerName& entry = partner.nameHistory.at(i);
        if (entry.name.trimmed().isEmpty())
            errors.append({field, Tr::tr("Each name of the history needs its text.")});
        if (!entry.effectiveFrom.isValid() || entry.effectiveFrom < earliest || entry.effectiveFrom > latest) {
            errors.append({field, Tr::tr("The name \"%1\" must take effect between 1900 and 2100 (%2 given).")
                                      .arg(entry.name, entry.effectiveFrom.isValid() ? formatDate(entry.effectiveFrom)
                                                                                     : Tr::tr("no date"))});
            continue;
        }
        if (i > 0 && entry.effectiveFrom == partner.nameHistory.at(i - 1).effectiveFrom)
            errors.append(
                {field, Tr::tr("Two names take effect on the same day (%1): \"%2\" and \"%3\". Keep "
                               "one per day.")
                            .arg(formatDate(entry.effectiveFrom), partner.nameHistory.at(i - 1).name, entry.name)});
        else if (i > 0 && entry.effectiveFrom < partner.nameHistory.at(i - 1).effectiveFrom)
            errors.append({field, Tr::tr("The names over time must be listed oldest first.")});
    }
    if (errors.isEmpty() && !partner.nameHistory.isEmpty() && partner.nameHistory.constLast().name != partner.name)
        errors.append({field, Tr::tr("The latest name of the history (\"%1\") must be the partner's current name "
                                     "(\"%2\").")
                                  .arg(partner.nameHistory.constLast().name, partner.name)});
    return errors;
}

} // namespace

FieldErrors validate(const Partner& partner)
{
    FieldErrors errors;
    requireText(errors, partner.name, "name", QT_TRANSLATE_NOOP("pacte::Validation", "The partner needs a name."));
    errors.append(validateNameHistory(partner));
    for (const auto& signature : partner.signatures)
        errors.append(validate(signature));
    errors.append(validateCommitments(partner));
    return errors;
}

FieldErrors validate(const Signature& signature)
{
    FieldErrors errors;
    if (signature.editionId == NoId)
        errors.append({QStringLiteral("edition"), Tr::tr("The signature must name the edition signed.")});
    if (signature.deliberation) {
        const auto& d = *signature.deliberation;
        const auto negative = [](const std::optional<int>& v) { return v.has_value() && *v < 0; };
        if (negative(d.quorum) || negative(d.present) || negative(d.proxies) || negative(d.voters) ||
            negative(d.inFavour) || negative(d.against) || negative(d.abstentions) || negative(d.notVoting))
            errors.append({QStringLiteral("deliberation"), Tr::tr("The vote counts cannot be negative.")});
        if (d.publicationDate.isValid() && d.meetingDate.isValid() && d.publicationDate < d.meetingDate)
            errors.append({QStringLiteral("deliberation.publicationDate"),
                           Tr::tr("The deliberation cannot be published before the meeting that adopted it.")});
    }
    return errors;
}

FieldErrors validate(const Person& person)
{
    FieldErrors errors;
    if (person.lastName.trimmed().isEmpty() && person.firstName.trimmed().isEmpty())
        errors.append({QStringLiteral("lastName"), Tr::tr("The person needs a name.")});
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!person.email.isEmpty() && !emailPattern.match(person.email).hasMatch())
        errors.append(
            {QStringLiteral("email"), Tr::tr("\"%1\" is not an e-mail address.").arg(shortened(person.email, 80))});
    static const QRegularExpression phonePattern(QStringLiteral(R"(^\+?[0-9 .()-]{6,20}$)"));
    if (!person.phone.isEmpty() && !phonePattern.match(person.phone).hasMatch())
        errors.append(
            {QStringLiteral("phone"), Tr::tr("\"%1\" is not a telephone number.").arg(shortened(person.phone, 80))});
    for (const auto& role : person.roles) {
        if (role.kind == PersonRoleKind::TerritoryReferent && role.territoryId == NoId)
            errors.append({QStringLiteral("roles"), Tr::tr("A territory referent must name the territory.")});
    }
    return errors;
}

FieldErrors validate(const WorkingGroup& group)
{
    FieldErrors errors;
    requireText(errors, group.name, "name", QT_TRANSLATE_NOOP("pacte::Validation", "The working group needs a name."));
    if (group.editionId == NoId)
        errors.append({QStringLiteral("edition"), Tr::tr("The working group must belong to an edition.")});
    if (group.territoryIds.isEmpty())
        errors.append({QStringLiteral("territories"), Tr::tr("The working group needs at least one territory.")});
    return errors;
}

FieldErrors validate(const Action& action)
{
    FieldErrors errors;
    requireText(errors, action.title, "title", QT_TRANSLATE_NOOP("pacte::Validation", "The action needs a title."));
    if (action.groupId == NoId)
        errors.append({QStringLiteral("group"), Tr::tr("The action must belong to a working group.")});
    checkDateRange(errors, action.startDate, action.endDate);
    if (action.continuesId != NoId && action.continuesId == action.id)
        errors.append({QStringLiteral("continues"), Tr::tr("An action cannot continue itself.")});
    for (const auto& indicator : action.indicators)
        errors.append(validate(indicator));
    for (qsizetype i = 0; i < action.fundings.size(); ++i)
        errors.append(validate(action.fundings.at(i), static_cast<int>(i) + 1));
    return errors;
}

namespace {

// "funding line 2 (FSE+ — appel à projets 2024)"
QString fundingLineName(const FundingLine& line, int number)
{
    const QString detail = !line.scheme.trimmed().isEmpty() ? line.scheme.trimmed() : line.fundName();
    return detail.isEmpty() ? Tr::tr("funding line %1").arg(number)
                            : Tr::tr("funding line %1 (%2)").arg(number).arg(shortened(detail, 80));
}

} // namespace

FieldErrors validate(const FundingLine& line, int number)
{
    FieldErrors errors;
    const QString field = QStringLiteral("fundings");
    const QString name = fundingLineName(line, number);
    if (!line.hasFunder())
        errors.append({field, Tr::tr("The %1 needs a funder: a partner or a fund.").arg(name)});
    if (line.partnerId != NoId && line.fund)
        errors.append({field, Tr::tr("The %1 has both a partner and a fund as its funder.").arg(name)});
    if (line.fund == Fund::Other && line.otherFunder.trimmed().isEmpty())
        errors.append({field, Tr::tr("The %1 names another fund: give its name.").arg(name)});
    if (line.rate && (!std::isfinite(*line.rate) || *line.rate < 0 || *line.rate > 100))
        errors.append({field, Tr::tr("The co-financing rate of the %1 must be from 0 to 100 %.").arg(name)});
    QList<int> years;
    for (const auto& amount : line.amounts) {
        if (years.contains(amount.year))
            errors.append(
                {field, Tr::tr("The %1 has the year %2 twice: one row per year.").arg(name).arg(amount.year)});
        years.append(amount.year);
        for (const auto& value : {amount.planned, amount.committed, amount.paid}) {
            if (value && *value < 0) {
                errors.append({field, Tr::tr("An amount of the %1 for %2 is negative.").arg(name).arg(amount.year)});
                break;
            }
        }
    }
    return errors;
}

FieldErrors validateFundingYears(const Action& action, int firstYear, int lastYear)
{
    FieldErrors errors;
    for (qsizetype i = 0; i < action.fundings.size(); ++i) {
        const auto& line = action.fundings.at(i);
        for (const auto& amount : line.amounts) {
            if (amount.year < firstYear || amount.year > lastYear)
                errors.append({QStringLiteral("fundings"),
                               Tr::tr("The %1 has amounts for %2, outside the edition's years (%3 to %4).")
                                   .arg(fundingLineName(line, static_cast<int>(i) + 1))
                                   .arg(amount.year)
                                   .arg(firstYear)
                                   .arg(lastYear)});
        }
    }
    return errors;
}

FieldErrors validate(const Indicator& indicator)
{
    FieldErrors errors;
    requireText(errors, indicator.name, "name", QT_TRANSLATE_NOOP("pacte::Validation", "The indicator needs a name."));
    if (!isFinite(indicator.baseline) || !isFinite(indicator.target))
        errors.append({QStringLiteral("target"), Tr::tr("The baseline and target must be numbers.")});
    for (const auto& measurement : indicator.measurements)
        errors.append(validate(measurement));
    return errors;
}

FieldErrors validate(const Measurement& measurement)
{
    FieldErrors errors;
    if (!measurement.date.isValid())
        errors.append({QStringLiteral("date"), Tr::tr("The measurement needs a date.")});
    if (!isFinite(measurement.value) || !isFinite(measurement.target)) // unknown (empty) is allowed
        errors.append({QStringLiteral("value"), Tr::tr("The measured value and its target must be numbers.")});
    return errors;
}

FieldErrors validate(const Meeting& meeting)
{
    FieldErrors errors;
    if (!meeting.date.isValid())
        errors.append({QStringLiteral("date"), Tr::tr("The meeting needs a date.")});
    if (meeting.editionId == NoId)
        errors.append({QStringLiteral("edition"), Tr::tr("The meeting must belong to an edition.")});
    if (meeting.headCount < 0)
        errors.append({QStringLiteral("headCount"), Tr::tr("The head count cannot be negative.")});
    if ((meeting.kind == MeetingKind::LocalCommittee || meeting.kind == MeetingKind::TerritorialSeminar) &&
        meeting.territoryId == NoId)
        errors.append(
            {QStringLiteral("territory"), Tr::tr("A local committee or a seminar takes place in a territory.")});
    if (meeting.kind == MeetingKind::EmploymentCommitteeLocal && meeting.coveredTerritoryIds.isEmpty())
        errors.append({QStringLiteral("coveredTerritories"),
                       Tr::tr("A local employment committee covers at least one territory of the PTI.")});
    if (meeting.kind != MeetingKind::EmploymentCommitteeLocal && !meeting.coveredTerritoryIds.isEmpty())
        errors.append({QStringLiteral("coveredTerritories"),
                       Tr::tr("Only a local employment committee covers several territories: choose the meeting's "
                              "territory instead.")});
    if (meeting.kind == MeetingKind::WorkingGroup && meeting.groupId == NoId)
        errors.append({QStringLiteral("group"), Tr::tr("A working-group meeting must name its group.")});
    return errors;
}

FieldErrors validate(const Evaluation& evaluation)
{
    FieldErrors errors;
    if (evaluation.editionId == NoId)
        errors.append({QStringLiteral("edition"), Tr::tr("The evaluation must belong to an edition.")});
    if (evaluation.year < 1900 || evaluation.year > 2200)
        errors.append({QStringLiteral("year"), Tr::tr("The evaluation year is not plausible.")});
    else if (evaluation.asOf.isValid() && evaluation.asOf.year() != evaluation.year)
        errors.append(
            {QStringLiteral("asOf"), Tr::tr("The day the figures describe (%1) is not in %2: choose a day of %2.")
                                         .arg(formatDate(evaluation.asOf))
                                         .arg(evaluation.year)});
    return errors;
}

FieldErrors validate(const GroupEvaluation& evaluation)
{
    FieldErrors errors;
    if (evaluation.groupId == NoId)
        errors.append({QStringLiteral("group"), Tr::tr("The group evaluation must belong to a working group.")});
    if (evaluation.year < 1900 || evaluation.year > 2200)
        errors.append({QStringLiteral("year"), Tr::tr("The evaluation year is not plausible.")});
    return errors;
}

FieldErrors validate(const LocalPact& pact)
{
    FieldErrors errors;
    if (pact.editionId == NoId)
        errors.append({QStringLiteral("edition"), Tr::tr("The local pact must belong to an edition.")});
    if (pact.territoryId == NoId)
        errors.append({QStringLiteral("territory"), Tr::tr("The local pact must belong to a territory.")});
    for (int i = 0; i < pact.priorities.size(); ++i) {
        if (pact.priorities.at(i).title.trimmed().isEmpty())
            errors.append({QStringLiteral("priorities"), Tr::tr("Priority %1 has no title: give it one.").arg(i + 1)});
    }
    QList<int> years;
    for (const auto& review : pact.reviews) {
        if (review.year < 1900 || review.year > 2200)
            errors.append({QStringLiteral("reviews"), Tr::tr("The review year %1 is not plausible.").arg(review.year)});
        else if (years.contains(review.year))
            errors.append({QStringLiteral("reviews"),
                           Tr::tr("The local pact has two reviews for %1: one per year.").arg(review.year)});
        years.append(review.year);
    }
    return errors;
}

FieldErrors validateInEdition(const LocalPact& pact, const EditionData& data)
{
    FieldErrors errors;
    const Edition& edition = data.edition;
    if (edition.startDate.isValid() && edition.endDate.isValid()) {
        for (const auto& review : pact.reviews) {
            if (review.year < edition.firstYear() || review.year > edition.lastYear())
                errors.append({QStringLiteral("reviews"), Tr::tr("The review of %1 is outside the edition (%2 to %3).")
                                                              .arg(review.year)
                                                              .arg(edition.firstYear())
                                                              .arg(edition.lastYear())});
        }
    }
    for (const auto& priority : pact.priorities) {
        const QString name = priority.title.trimmed();
        for (const Id id : priority.axisIds) {
            if (!data.axis(id))
                errors.append({QStringLiteral("priorities"),
                               Tr::tr("The priority \"%1\" serves an axis of another edition.").arg(name)});
        }
        for (const Id id : priority.themeIds) {
            if (!data.theme(id))
                errors.append({QStringLiteral("priorities"),
                               Tr::tr("The priority \"%1\" serves a theme of another edition.").arg(name)});
        }
        for (const Id id : priority.groupIds) {
            if (!data.group(id))
                errors.append({QStringLiteral("priorities"),
                               Tr::tr("The priority \"%1\" is carried by a group of another edition.").arg(name)});
        }
        for (const Id id : priority.actionIds) {
            const bool known =
                std::any_of(data.actionSheets.cbegin(), data.actionSheets.cend(),
                            [id](const ActionSheetSummary& a) { return a.id == id; }) ||
                std::any_of(data.actions.cbegin(), data.actions.cend(), [id](const Action& a) { return a.id == id; });
            if (!known)
                errors.append({QStringLiteral("priorities"),
                               Tr::tr("The priority \"%1\" is carried by an action of another edition.").arg(name)});
        }
    }
    return errors;
}

QString joinMessages(const FieldErrors& errors)
{
    QStringList parts;
    for (const auto& error : errors)
        parts << error.message;
    return parts.join(QLatin1Char(' '));
}

} // namespace pacte
