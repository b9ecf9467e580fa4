#include "validation.h"

#include <cmath>

#include <QCoreApplication>
#include <QRegularExpression>

namespace pacte {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pacte::Validation", text);
}

void requireText(FieldErrors& errors, const QString& value, const char* field, const char* message)
{
    if (value.trimmed().isEmpty())
        errors.append({QString::fromLatin1(field), tr(message)});
}

void checkDateRange(FieldErrors& errors, const QDate& start, const QDate& end)
{
    if (start.isValid() && end.isValid() && end < start)
        errors.append({QStringLiteral("endDate"), tr("The end date is before the start date.")});
}

bool isFinite(const std::optional<double>& value)
{
    return !value || std::isfinite(*value);
}

} // namespace

FieldErrors validate(const Edition& edition)
{
    FieldErrors errors;
    requireText(errors, edition.title, "title", "The edition needs a title, such as \"PTI 2022-2025\".");
    if (!edition.startDate.isValid())
        errors.append({QStringLiteral("startDate"), tr("The edition needs a start date.")});
    if (!edition.endDate.isValid())
        errors.append({QStringLiteral("endDate"), tr("The edition needs an end date.")});
    checkDateRange(errors, edition.startDate, edition.endDate);
    return errors;
}

FieldErrors validate(const Territory& territory)
{
    FieldErrors errors;
    requireText(errors, territory.name, "name", "The territory needs a name.");
    return errors;
}

FieldErrors validate(const Axis& axis)
{
    FieldErrors errors;
    requireText(errors, axis.title, "title", "The axis needs a title.");
    if (axis.number < 1)
        errors.append({QStringLiteral("number"), tr("The axis number must be 1 or more.")});
    for (const auto& theme : axis.themes)
        errors.append(validate(theme));
    return errors;
}

FieldErrors validate(const Theme& theme)
{
    FieldErrors errors;
    requireText(errors, theme.name, "name", "The theme needs a name.");
    return errors;
}

FieldErrors validate(const TargetPublic& targetPublic)
{
    FieldErrors errors;
    requireText(errors, targetPublic.name, "name", "The target public needs a name.");
    return errors;
}

FieldErrors validate(const Dispositif& dispositif)
{
    FieldErrors errors;
    if (dispositif.acronym.trimmed().isEmpty() && dispositif.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The scheme needs a name or an acronym.")});
    return errors;
}

FieldErrors validate(const Partner& partner)
{
    FieldErrors errors;
    requireText(errors, partner.name, "name", "The partner needs a name.");
    for (const auto& signature : partner.signatures)
        errors.append(validate(signature));
    return errors;
}

FieldErrors validate(const Signature& signature)
{
    FieldErrors errors;
    if (signature.editionId == NoId)
        errors.append({QStringLiteral("edition"), tr("The signature must name the edition signed.")});
    if (signature.deliberation) {
        const auto& d = *signature.deliberation;
        if (d.quorum < 0 || d.present < 0 || d.proxies < 0 || d.voters < 0 || d.inFavour < 0 || d.against < 0 ||
            d.abstentions < 0 || d.notVoting < 0)
            errors.append({QStringLiteral("deliberation"), tr("The vote counts cannot be negative.")});
        if (d.publicationDate.isValid() && d.meetingDate.isValid() && d.publicationDate < d.meetingDate)
            errors.append({QStringLiteral("deliberation.publicationDate"),
                           tr("The deliberation cannot be published before the meeting that adopted it.")});
    }
    return errors;
}

FieldErrors validate(const Person& person)
{
    FieldErrors errors;
    if (person.lastName.trimmed().isEmpty() && person.firstName.trimmed().isEmpty())
        errors.append({QStringLiteral("lastName"), tr("The person needs a name.")});
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!person.email.isEmpty() && !emailPattern.match(person.email).hasMatch())
        errors.append({QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(person.email)});
    static const QRegularExpression phonePattern(QStringLiteral(R"(^\+?[0-9 .()-]{6,20}$)"));
    if (!person.phone.isEmpty() && !phonePattern.match(person.phone).hasMatch())
        errors.append({QStringLiteral("phone"), tr("\"%1\" is not a telephone number.").arg(person.phone)});
    for (const auto& role : person.roles) {
        if (role.kind == PersonRoleKind::TerritoryReferent && role.territoryId == NoId)
            errors.append({QStringLiteral("roles"), tr("A territory referent must name the territory.")});
    }
    return errors;
}

FieldErrors validate(const WorkingGroup& group)
{
    FieldErrors errors;
    requireText(errors, group.name, "name", "The working group needs a name.");
    if (group.editionId == NoId)
        errors.append({QStringLiteral("edition"), tr("The working group must belong to an edition.")});
    if (group.territoryIds.isEmpty())
        errors.append({QStringLiteral("territories"), tr("The working group needs at least one territory.")});
    return errors;
}

FieldErrors validate(const Action& action)
{
    FieldErrors errors;
    requireText(errors, action.title, "title", "The action needs a title.");
    if (action.groupId == NoId)
        errors.append({QStringLiteral("group"), tr("The action must belong to a working group.")});
    checkDateRange(errors, action.startDate, action.endDate);
    for (const auto& indicator : action.indicators)
        errors.append(validate(indicator));
    return errors;
}

FieldErrors validate(const Indicator& indicator)
{
    FieldErrors errors;
    requireText(errors, indicator.name, "name", "The indicator needs a name.");
    if (!isFinite(indicator.baseline) || !isFinite(indicator.target))
        errors.append({QStringLiteral("target"), tr("The baseline and target must be numbers.")});
    for (const auto& measurement : indicator.measurements)
        errors.append(validate(measurement));
    return errors;
}

FieldErrors validate(const Measurement& measurement)
{
    FieldErrors errors;
    if (!measurement.date.isValid())
        errors.append({QStringLiteral("date"), tr("The measurement needs a date.")});
    if (!std::isfinite(measurement.value) || !isFinite(measurement.target))
        errors.append({QStringLiteral("value"), tr("The measured value and its target must be numbers.")});
    return errors;
}

FieldErrors validate(const Meeting& meeting)
{
    FieldErrors errors;
    if (!meeting.date.isValid())
        errors.append({QStringLiteral("date"), tr("The meeting needs a date.")});
    if (meeting.editionId == NoId)
        errors.append({QStringLiteral("edition"), tr("The meeting must belong to an edition.")});
    if (meeting.headCount < 0)
        errors.append({QStringLiteral("headCount"), tr("The head count cannot be negative.")});
    if ((meeting.kind == MeetingKind::LocalCommittee || meeting.kind == MeetingKind::TerritorialSeminar) &&
        meeting.territoryId == NoId)
        errors.append({QStringLiteral("territory"), tr("A local committee or a seminar takes place in a territory.")});
    if (meeting.kind == MeetingKind::WorkingGroup && meeting.groupId == NoId)
        errors.append({QStringLiteral("group"), tr("A working-group meeting must name its group.")});
    return errors;
}

FieldErrors validate(const Evaluation& evaluation)
{
    FieldErrors errors;
    if (evaluation.editionId == NoId)
        errors.append({QStringLiteral("edition"), tr("The evaluation must belong to an edition.")});
    if (evaluation.year < 1900 || evaluation.year > 2200)
        errors.append({QStringLiteral("year"), tr("The evaluation year is not plausible.")});
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
