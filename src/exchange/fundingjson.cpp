#include "fundingjson.h"

#include "domain/validation.h"

#include <QCoreApplication>

namespace pacte::json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Dump)
};

Json centsJson(const std::optional<Cents>& cents)
{
    return cents ? Json(static_cast<long long>(*cents)) : Json(nullptr);
}

// An amount in cents: a whole number from 0 up, or null (unknown). Absent is unknown too.
std::optional<Cents> nullableCents(const Json& object, const char* key, const Path& path)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return std::nullopt;
    if (!found->is_number_integer())
        fail(path / key, Tr::tr("an amount in euro cents was expected (a whole number: 1234567 for 12 345,67 €), "
                                "or null when it is unknown."));
    const long long cents = found->get<long long>();
    if (cents < 0)
        fail(path / key, Tr::tr("an amount cannot be negative."));
    if (cents > 100'000'000'000'000LL)
        fail(path / key, Tr::tr("the amount is too large."));
    return cents;
}

} // namespace

Json fundingJson(const FundingLine& line, const QUuid& partnerUuid)
{
    Json amounts = Json::array();
    for (const auto& amount : line.amounts)
        amounts.push_back(Json{{"year", amount.year},
                               {"plannedCents", centsJson(amount.planned)},
                               {"committedCents", centsJson(amount.committed)},
                               {"paidCents", centsJson(amount.paid)}});
    return Json{{"uuid", toJson(line.uuid)},
                {"partner", partnerUuid.isNull() ? Json(nullptr) : toJson(partnerUuid)},
                {"fund", line.fund ? toJson(enumCode(*line.fund)) : Json(nullptr)},
                {"otherFunder", toJson(line.otherFunder)},
                {"scheme", toJson(line.scheme)},
                {"reference", toJson(line.reference)},
                {"rate", toJson(line.rate)},
                {"notes", toJson(line.notes)},
                {"amounts", amounts}};
}

FundingLine fundingFromJson(const Json& o, const Path& p, int number,
                            const std::function<QUuid(const Json&, const Path&)>& uuidOf,
                            const std::function<Id(const QUuid&, const Path&)>& partnerOf)
{
    expectObject(o, p, {"uuid", "partner", "fund", "otherFunder", "scheme", "reference", "rate", "notes", "amounts"});
    FundingLine line;
    line.uuid = uuidOf(o, p);
    if (const QUuid partner = optionalUuid(o, "partner", p); !partner.isNull())
        line.partnerId = partnerOf(partner, p / "partner");
    if (const auto fund = o.find("fund"); fund != o.end() && !fund->is_null())
        line.fund = requiredEnum<Fund>(o, "fund", p);
    line.otherFunder = optionalString(o, "otherFunder", p);
    line.scheme = optionalString(o, "scheme", p);
    line.reference = optionalString(o, "reference", p);
    line.rate = optionalNumber(o, "rate", p);
    line.notes = optionalString(o, "notes", p);
    const Json& amounts = optionalArray(o, "amounts", p);
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        const Path ap = (p / "amounts")[i];
        const Json& ao = amounts.at(i);
        expectObject(ao, ap, {"year", "plannedCents", "committedCents", "paidCents"});
        FundingAmount amount;
        amount.year = requiredInt(ao, "year", ap);
        amount.planned = nullableCents(ao, "plannedCents", ap);
        amount.committed = nullableCents(ao, "committedCents", ap);
        amount.paid = nullableCents(ao, "paidCents", ap);
        line.amounts.append(amount);
    }
    if (const FieldErrors errors = validate(line, number); !errors.isEmpty())
        fail(p, errors.first().message);
    return line;
}

} // namespace pacte::json
