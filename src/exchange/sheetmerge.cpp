// The three-way merge of a working group's sheet. Items are matched by uuid; fields are compared one
// by one through a table per kind of item (FieldSpec), so that every kind merges the same way.
#include "sheetmerge.h"

#include "domain/enums.h"
#include "domain/format.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QSet>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetMerge)
};

template <typename T>
struct FieldSpec
{
    QString name;
    std::function<bool(const T&, const T&)> equal;
    std::function<void(T&, const T&)> copy;
    std::function<QString(const T&)> show;
    // Lists of references: result = ours + (theirs - base) - (base - theirs).
    std::function<void(T&, const T&, const T&)> mergeList;
    // Text fields: a conflict may be settled by a value written from both sides.
    std::function<void(T&, const QString&)> setText;
};

QString showText(const QString& text)
{
    return text;
}

// As the user reads dates ("30 juin 2024"), not as files store them.
QString showDate(const QDate& date)
{
    return date.isValid() ? formatDate(date) : QString();
}

QString showNumber(const std::optional<double>& value)
{
    return value ? formatNumber(*value) : QString();
}

QString showRef(const QHash<Id, QString>& labels, Id id)
{
    if (id == NoId)
        return {};
    return labels.value(id, Tr::tr("(deleted)"));
}

QString showRefs(const QHash<Id, QString>& labels, const QList<Id>& ids)
{
    QStringList names;
    for (Id id : ids)
        names << showRef(labels, id);
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

template <typename T, typename V>
FieldSpec<T> plain(const char* name, V T::*member, std::function<QString(const V&)> show)
{
    return {QString::fromLatin1(name),
            [member](const T& a, const T& b) { return a.*member == b.*member; },
            [member](T& to, const T& from) { to.*member = from.*member; },
            [member, show](const T& item) { return show(item.*member); },
            {},
            {}};
}

template <typename T>
FieldSpec<T> text(const char* name, QString T::*member)
{
    FieldSpec<T> spec = plain<T, QString>(name, member, showText);
    spec.setText = [member](T& to, const QString& value) { to.*member = value; };
    return spec;
}

template <typename T, typename E>
FieldSpec<T> enumeration(const char* name, E T::*member)
{
    return plain<T, E>(name, member, [](const E& value) { return enumLabel(value); });
}

template <typename T>
FieldSpec<T> reference(const char* name, Id T::*member, const QHash<Id, QString>& labels)
{
    return plain<T, Id>(name, member, [&labels](const Id& id) { return showRef(labels, id); });
}

QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

template <typename T>
FieldSpec<T> referenceList(const char* name, QList<Id> T::*member, const QHash<Id, QString>& labels)
{
    return {QString::fromLatin1(name),
            [member](const T& a, const T& b) { return sorted(a.*member) == sorted(b.*member); },
            [member](T& to, const T& from) { to.*member = from.*member; },
            [member, &labels](const T& item) { return showRefs(labels, item.*member); },
            [member](T& result, const T& base, const T& theirs) {
                QList<Id> merged;
                for (Id id : std::as_const(result.*member)) {
                    if (!(base.*member).contains(id) || (theirs.*member).contains(id))
                        merged.append(id); // kept unless the sheet removed it
                }
                for (Id id : theirs.*member) {
                    if (!(base.*member).contains(id) && !merged.contains(id))
                        merged.append(id); // added by the sheet
                }
                result.*member = merged;
            },
            {}};
}

// An action's funding lines (issue 20) merge as one field: ids are the database's (the sheet's lines
// have none), so lines are compared without them, and a line taken from the sheet keeps the id of the
// stored line of the same uuid.
QList<FundingLine> withoutIds(QList<FundingLine> lines)
{
    for (auto& line : lines)
        line.id = NoId;
    return lines;
}

QString showFundings(const QHash<Id, QString>& partners, const QList<FundingLine>& lines)
{
    QStringList texts;
    for (const auto& line : lines) {
        QStringList years;
        for (const auto& amount : line.amounts)
            years << Tr::tr("%1: planned %2, committed %3, paid %4")
                         .arg(QString::number(amount.year), formatOptionalMoney(amount.planned),
                              formatOptionalMoney(amount.committed), formatOptionalMoney(amount.paid));
        const QString funder = line.partnerId != NoId ? showRef(partners, line.partnerId) : line.fundName();
        QString text = line.scheme.isEmpty() ? funder : QStringLiteral("%1 — %2").arg(funder, line.scheme);
        if (!years.isEmpty())
            text += QStringLiteral(" (%1)").arg(years.join(QStringLiteral(" ; ")));
        texts << text;
    }
    return texts.join(QLatin1Char('\n'));
}

FieldSpec<Action> fundings(const QHash<Id, QString>& partners)
{
    return {QStringLiteral("fundings"),
            [](const Action& a, const Action& b) { return withoutIds(a.fundings) == withoutIds(b.fundings); },
            [](Action& to, const Action& from) {
                QList<FundingLine> lines = from.fundings;
                for (auto& line : lines) {
                    line.id = NoId;
                    for (const auto& stored : std::as_const(to.fundings)) {
                        if (stored.uuid == line.uuid)
                            line.id = stored.id;
                    }
                }
                to.fundings = lines;
            },
            [&partners](const Action& item) { return showFundings(partners, item.fundings); },
            {},
            {}};
}

QList<FieldSpec<Action>> actionSpecs(const MergeLabels& l)
{
    return {text<Action>("title", &Action::title),
            reference("axis", &Action::axisId, l.axes),
            reference("theme", &Action::themeId, l.themes),
            text<Action>("objectives", &Action::objectives),
            referenceList("publics", &Action::publicIds, l.publics),
            text<Action>("modalities", &Action::modalities),
            text<Action>("deliverables", &Action::deliverables),
            referenceList("dispositifs", &Action::dispositifIds, l.dispositifs),
            plain<Action, QDate>("startDate", &Action::startDate, showDate),
            plain<Action, QDate>("endDate", &Action::endDate, showDate),
            enumeration("status", &Action::status),
            plain<Action, bool>("experimentation", &Action::experimentation,
                                [](const bool& on) { return on ? Tr::tr("yes") : Tr::tr("no"); }),
            text<Action>("notes", &Action::notes),
            fundings(l.partners)};
}

QList<FieldSpec<Indicator>> indicatorSpecs()
{
    return {text<Indicator>("name", &Indicator::name), enumeration("kind", &Indicator::kind),
            text<Indicator>("unit", &Indicator::unit),
            plain<Indicator, std::optional<double>>("baseline", &Indicator::baseline, showNumber),
            plain<Indicator, std::optional<double>>("target", &Indicator::target, showNumber)};
}

QList<FieldSpec<Measurement>> measurementSpecs()
{
    return {plain<Measurement, QDate>("date", &Measurement::date, showDate),
            plain<Measurement, std::optional<double>>(
                "value", &Measurement::value, [](const std::optional<double>& v) { return formatMeasuredValue(v); }),
            plain<Measurement, std::optional<double>>("target", &Measurement::target, showNumber),
            text<Measurement>("comment", &Measurement::comment)};
}

QList<FieldSpec<Meeting>> meetingSpecs(const MergeLabels& l)
{
    return {enumeration("kind", &Meeting::kind),
            enumeration("status", &Meeting::status),
            plain<Meeting, QDate>("date", &Meeting::date, showDate),
            text<Meeting>("title", &Meeting::title),
            reference("territory", &Meeting::territoryId, l.territories),
            referenceList("partners", &Meeting::partnerIds, l.partners),
            referenceList("persons", &Meeting::personIds, l.persons),
            plain<Meeting, int>("headCount", &Meeting::headCount, [](const int& n) { return QString::number(n); }),
            text<Meeting>("agenda", &Meeting::agenda),
            text<Meeting>("decisions", &Meeting::decisions)};
}

QList<FieldSpec<GroupEvaluation>> evaluationSpecs()
{
    return {text<GroupEvaluation>("effects", &GroupEvaluation::effects),
            text<GroupEvaluation>("coherence", &GroupEvaluation::coherence),
            enumeration("partnershipQuality", &GroupEvaluation::partnershipQuality),
            text<GroupEvaluation>("partnershipComment", &GroupEvaluation::partnershipComment),
            text<GroupEvaluation>("difficulties", &GroupEvaluation::difficulties),
            text<GroupEvaluation>("adjustments", &GroupEvaluation::adjustments)};
}

template <typename T>
bool sameFields(const QList<FieldSpec<T>>& specs, const T& a, const T& b)
{
    return std::all_of(specs.begin(), specs.end(), [&](const FieldSpec<T>& spec) { return spec.equal(a, b); });
}

template <typename T, typename Same>
bool sameChildren(const QList<T>& a, const QList<T>& b, Same&& same)
{
    if (a.size() != b.size())
        return false;
    for (const T& item : a) {
        const auto it = std::find_if(b.begin(), b.end(), [&](const T& other) { return other.uuid == item.uuid; });
        if (it == b.end() || !same(item, *it))
            return false;
    }
    return true;
}

template <typename T>
const T* findUuid(const QList<T>& items, const QUuid& uuid)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.uuid == uuid; });
    return it == items.end() ? nullptr : &*it;
}

// Every uuid of the three lists: the database's order, then the sheet's additions, then the rest.
template <typename T>
QList<QUuid> unionOfUuids(const QList<T>* base, const QList<T>* theirs, const QList<T>* ours)
{
    QList<QUuid> uuids;
    QSet<QUuid> seen;
    for (const auto* list : {ours, theirs, base}) {
        if (!list)
            continue;
        for (const auto& item : *list) {
            if (!seen.contains(item.uuid)) {
                seen.insert(item.uuid);
                uuids.append(item.uuid);
            }
        }
    }
    return uuids;
}

class Merger final
{
public:
    Merger(const MergeDecisions& decisions, const MergeLabels& labels, const MergedValues& merged)
        : m_decisions(decisions)
        , m_merged(merged)
        , m_actionSpecs(actionSpecs(labels))
        , m_indicatorSpecs(indicatorSpecs())
        , m_measurementSpecs(measurementSpecs())
        , m_meetingSpecs(meetingSpecs(labels))
        , m_evaluationSpecs(evaluationSpecs())
    {}

    std::optional<Action> action(const Action* b, const Action* t, const Action* o);
    std::optional<Meeting> meeting(const Meeting* b, const Meeting* t, const Meeting* o);
    bool same(const Action& a, const Action& b) const;
    bool same(const Meeting& a, const Meeting& b) const { return sameFields(m_meetingSpecs, a, b); }
    std::optional<GroupEvaluation> evaluation(const GroupEvaluation* b, const GroupEvaluation* t,
                                              const GroupEvaluation* o);
    bool same(const GroupEvaluation& a, const GroupEvaluation& b) const { return sameFields(m_evaluationSpecs, a, b); }

    QList<ItemChange> changes;

private:
    bool same(const Indicator& a, const Indicator& b) const;
    bool same(const Measurement& a, const Measurement& b) const { return sameFields(m_measurementSpecs, a, b); }
    std::optional<Indicator> indicator(const Indicator* b, const Indicator* t, const Indicator* o,
                                       const QString& context);
    std::optional<Measurement> measurement(const Measurement* b, const Measurement* t, const Measurement* o,
                                           const QString& context);
    Resolution decision(const QUuid& uuid, const QString& field) const
    {
        return m_decisions.value(conflictKey(uuid, field), Resolution::Undecided);
    }
    template <typename T, typename Children>
    std::optional<T> merge(SheetItemKind kind, const QString& label, const QString& context,
                           const QList<FieldSpec<T>>& specs, const T* b, const T* t, const T* o, Children&& children);

    const MergeDecisions& m_decisions;
    const MergedValues& m_merged;
    QList<FieldSpec<Action>> m_actionSpecs;
    QList<FieldSpec<Indicator>> m_indicatorSpecs;
    QList<FieldSpec<Measurement>> m_measurementSpecs;
    QList<FieldSpec<Meeting>> m_meetingSpecs;
    QList<FieldSpec<GroupEvaluation>> m_evaluationSpecs;
};

bool Merger::same(const Action& a, const Action& b) const
{
    return sameFields(m_actionSpecs, a, b) &&
           sameChildren(a.indicators, b.indicators,
                        [this](const Indicator& x, const Indicator& y) { return same(x, y); });
}

bool Merger::same(const Indicator& a, const Indicator& b) const
{
    return sameFields(m_indicatorSpecs, a, b) &&
           sameChildren(a.measurements, b.measurements,
                        [this](const Measurement& x, const Measurement& y) { return same(x, y); });
}

template <typename T, typename Children>
std::optional<T> Merger::merge(SheetItemKind kind, const QString& label, const QString& context,
                               const QList<FieldSpec<T>>& specs, const T* b, const T* t, const T* o,
                               Children&& children)
{
    const T& any = t ? *t : o ? *o : *b;
    ItemChange change{kind, any.uuid, label, context, ItemChangeKind::Update, {}};
    const auto differences = [&](const T& from, const T& to) {
        for (const auto& spec : specs) {
            if (!spec.equal(from, to))
                change.fields.append({spec.name,
                                      spec.show(from),
                                      o ? spec.show(*o) : QString(),
                                      t ? spec.show(*t) : QString(),
                                      false,
                                      Resolution::Undecided,
                                      false,
                                      {}});
        }
    };
    const auto deletionConflict = [&](const QString& inDatabase, const QString& inSheet) {
        Resolution resolution = decision(any.uuid, {});
        if (resolution == Resolution::Merged)
            resolution = Resolution::Undecided;
        change.fields.prepend({QString(), {}, inDatabase, inSheet, true, resolution, false, {}});
        changes.append(change);
        return resolution;
    };
    if (!o && !t)
        return std::nullopt;
    if (!b && !t)
        return *o; // added in the database meanwhile
    if (!b && !o) {
        change.change = ItemChangeKind::Addition;
        for (const auto& spec : specs) {
            if (const QString shown = spec.show(*t); !shown.isEmpty())
                change.fields.append({spec.name, {}, {}, shown, false, Resolution::Undecided, false, {}});
        }
        changes.append(change);
        T result = *t;
        children(result, nullptr, t, nullptr); // lists the added children too
        return result;
    }
    if (b && t && !o) {
        if (same(*b, *t))
            return std::nullopt; // deleted in the database, untouched in the sheet
        change.change = ItemChangeKind::Addition;
        differences(*b, *t);
        const auto resolution = deletionConflict(Tr::tr("deleted"), Tr::tr("modified"));
        return resolution == Resolution::TakeSheet ? std::optional<T>(*t) : std::nullopt;
    }
    if (b && !t && o) {
        change.change = ItemChangeKind::Deletion;
        if (same(*b, *o)) {
            changes.append(change);
            return std::nullopt;
        }
        differences(*b, *o);
        const auto resolution = deletionConflict(Tr::tr("modified"), Tr::tr("deleted"));
        return resolution == Resolution::TakeSheet ? std::nullopt : std::optional<T>(*o);
    }
    // In the sheet and in the database (and normally in the base).
    T result = *o;
    for (const auto& spec : specs) {
        if (b && spec.equal(*t, *b))
            continue; // the sheet left it: the database's value stands
        if (spec.equal(*t, *o))
            continue; // both sides agree
        FieldChange field{spec.name, b ? spec.show(*b) : QString(), spec.show(*o), spec.show(*t),
                          false,     Resolution::Undecided,         false,         {}};
        if (b && spec.equal(*o, *b)) {
            spec.copy(result, *t);
        } else if (b && spec.mergeList) {
            spec.mergeList(result, *b, *t);
            field.sheet = spec.show(result);
        } else {
            field.conflict = true;
            field.mergeable = bool(spec.setText);
            field.resolution = decision(any.uuid, spec.name);
            if (field.resolution == Resolution::Merged && !field.mergeable)
                field.resolution = Resolution::Undecided;
            if (field.resolution == Resolution::TakeSheet) {
                spec.copy(result, *t);
            } else if (field.resolution == Resolution::Merged) {
                field.merged = m_merged.value(conflictKey(any.uuid, spec.name));
                spec.setText(result, field.merged);
            }
        }
        change.fields.append(field);
    }
    if (!change.fields.isEmpty())
        changes.append(change);
    children(result, b, t, o);
    return result;
}

template <typename T, typename MergeOne>
QList<T> mergeChildren(const QList<T>* b, const QList<T>* t, const QList<T>* o, MergeOne&& mergeOne)
{
    QList<T> result;
    for (const QUuid& uuid : unionOfUuids(b, t, o)) {
        const auto merged = mergeOne(b ? findUuid(*b, uuid) : nullptr, t ? findUuid(*t, uuid) : nullptr,
                                     o ? findUuid(*o, uuid) : nullptr);
        if (merged)
            result.append(*merged);
    }
    return result;
}

std::optional<Action> Merger::action(const Action* b, const Action* t, const Action* o)
{
    const Action& any = t ? *t : o ? *o : *b;
    return merge(SheetItemKind::Action, any.title, {}, m_actionSpecs, b, t, o,
                 [&](Action& result, const Action* rb, const Action* rt, const Action* ro) {
                     const QString context = result.title;
                     result.indicators = mergeChildren<Indicator>(
                         rb ? &rb->indicators : nullptr, &rt->indicators, ro ? &ro->indicators : nullptr,
                         [&](const Indicator* ib, const Indicator* it, const Indicator* io) {
                             return indicator(ib, it, io, context);
                         });
                 });
}

std::optional<Indicator> Merger::indicator(const Indicator* b, const Indicator* t, const Indicator* o,
                                           const QString& context)
{
    const Indicator& any = t ? *t : o ? *o : *b;
    return merge(SheetItemKind::Indicator, any.name, context, m_indicatorSpecs, b, t, o,
                 [&](Indicator& result, const Indicator* rb, const Indicator* rt, const Indicator* ro) {
                     const QString inner = QStringLiteral("%1 — %2").arg(result.name, context);
                     result.measurements = mergeChildren<Measurement>(
                         rb ? &rb->measurements : nullptr, &rt->measurements, ro ? &ro->measurements : nullptr,
                         [&](const Measurement* mb, const Measurement* mt, const Measurement* mo) {
                             return measurement(mb, mt, mo, inner);
                         });
                     std::stable_sort(result.measurements.begin(), result.measurements.end(),
                                      [](const Measurement& x, const Measurement& y) { return x.date < y.date; });
                 });
}

std::optional<Measurement> Merger::measurement(const Measurement* b, const Measurement* t, const Measurement* o,
                                               const QString& context)
{
    const Measurement& any = t ? *t : o ? *o : *b;
    return merge(SheetItemKind::Measurement, showDate(any.date), context, m_measurementSpecs, b, t, o,
                 [](Measurement&, const Measurement*, const Measurement*, const Measurement*) {});
}

std::optional<Meeting> Merger::meeting(const Meeting* b, const Meeting* t, const Meeting* o)
{
    const Meeting& any = t ? *t : o ? *o : *b;
    const QString label = QStringLiteral("%1 %2 %3").arg(enumLabel(any.kind), showDate(any.date), any.title).trimmed();
    return merge(SheetItemKind::Meeting, label, {}, m_meetingSpecs, b, t, o,
                 [](Meeting&, const Meeting*, const Meeting*, const Meeting*) {});
}

std::optional<GroupEvaluation> Merger::evaluation(const GroupEvaluation* b, const GroupEvaluation* t,
                                                  const GroupEvaluation* o)
{
    const GroupEvaluation& any = t ? *t : o ? *o : *b;
    return merge(SheetItemKind::GroupEvaluation, Tr::tr("Evaluation %1").arg(any.year), {}, m_evaluationSpecs, b, t, o,
                 [](GroupEvaluation&, const GroupEvaluation*, const GroupEvaluation*, const GroupEvaluation*) {});
}

// An evaluation the sheet adds for a year the database has one of (entered meanwhile under another
// uuid) is the same group-and-year record: it takes the database's uuid, so that it merges with it.
QList<GroupEvaluation> matchedByYear(const QList<GroupEvaluation>& base, QList<GroupEvaluation> theirs,
                                     const QList<GroupEvaluation>& ours)
{
    for (auto& item : theirs) {
        if (findUuid(base, item.uuid) || findUuid(ours, item.uuid))
            continue;
        const auto it = std::find_if(ours.begin(), ours.end(),
                                     [&](const GroupEvaluation& other) { return other.year == item.year; });
        if (it != ours.end() && !findUuid(theirs, it->uuid)) {
            item.uuid = it->uuid;
            item.id = it->id;
        }
    }
    return theirs;
}

} // namespace

bool ItemChange::hasConflict() const
{
    return std::any_of(fields.begin(), fields.end(), [](const FieldChange& f) { return f.conflict; });
}

QString conflictKey(const QUuid& uuid, const QString& field)
{
    return uuid.toString(QUuid::WithoutBraces) + QLatin1Char('/') + field;
}

int MergeOutcome::conflictCount() const
{
    int count = 0;
    for (const auto& change : changes)
        count += static_cast<int>(
            std::count_if(change.fields.begin(), change.fields.end(), [](const FieldChange& f) { return f.conflict; }));
    return count;
}

int MergeOutcome::undecidedCount() const
{
    int count = 0;
    for (const auto& change : changes)
        count += static_cast<int>(std::count_if(change.fields.begin(), change.fields.end(), [](const FieldChange& f) {
            return f.conflict && f.resolution == Resolution::Undecided;
        }));
    return count;
}

bool MergeOutcome::hasWrites() const
{
    return !actionInserts.isEmpty() || !actionUpdates.isEmpty() || !actionDeletes.isEmpty() ||
           !meetingInserts.isEmpty() || !meetingUpdates.isEmpty() || !meetingDeletes.isEmpty() ||
           !evaluationInserts.isEmpty() || !evaluationUpdates.isEmpty() || !evaluationDeletes.isEmpty();
}

MergeOutcome mergeSheet(const SheetContent& base, const SheetContent& theirs, const SheetContent& ours,
                        const MergeDecisions& decisions, const MergeLabels& labels, const MergedValues& merged)
{
    Merger merger(decisions, labels, merged);
    MergeOutcome outcome;
    for (const QUuid& uuid : unionOfUuids(&base.actions, &theirs.actions, &ours.actions)) {
        const Action* o = findUuid(ours.actions, uuid);
        const auto merged = merger.action(findUuid(base.actions, uuid), findUuid(theirs.actions, uuid), o);
        if (merged && !o)
            outcome.actionInserts.append(*merged);
        else if (merged && !merger.same(*merged, *o))
            outcome.actionUpdates.append(*merged);
        else if (!merged && o)
            outcome.actionDeletes.append(*o);
    }
    for (const QUuid& uuid : unionOfUuids(&base.meetings, &theirs.meetings, &ours.meetings)) {
        const Meeting* o = findUuid(ours.meetings, uuid);
        const auto merged = merger.meeting(findUuid(base.meetings, uuid), findUuid(theirs.meetings, uuid), o);
        if (merged && !o)
            outcome.meetingInserts.append(*merged);
        else if (merged && !merger.same(*merged, *o))
            outcome.meetingUpdates.append(*merged);
        else if (!merged && o)
            outcome.meetingDeletes.append(*o);
    }
    const QList<GroupEvaluation> theirEvaluations =
        matchedByYear(base.evaluations, theirs.evaluations, ours.evaluations);
    for (const QUuid& uuid : unionOfUuids(&base.evaluations, &theirEvaluations, &ours.evaluations)) {
        const GroupEvaluation* o = findUuid(ours.evaluations, uuid);
        const auto merged = merger.evaluation(findUuid(base.evaluations, uuid), findUuid(theirEvaluations, uuid), o);
        if (merged && !o)
            outcome.evaluationInserts.append(*merged);
        else if (merged && !merger.same(*merged, *o))
            outcome.evaluationUpdates.append(*merged);
        else if (!merged && o)
            outcome.evaluationDeletes.append(*o);
    }
    outcome.changes = merger.changes;
    return outcome;
}

} // namespace pacte
