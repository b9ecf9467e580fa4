#include "tableimport.h"

#include "domain/validation.h"
#include "importvalues.h"
#include "inputerror.h"
#include "storage/actionlist.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::TableImport)
};

namespace value = importvalue;

// A header row is looked for among the first rows: a title or a note may stand above it.
constexpr int HeaderSearchRows = 20;

bool isEmptyRow(const QVariantList& row)
{
    for (const auto& cell : row) {
        if (!value::text(cell).isEmpty())
            return false;
    }
    return true;
}

QStringList headersOf(const QVariantList& row)
{
    QStringList headers;
    for (const auto& cell : row)
        headers << value::text(cell);
    return headers;
}

QStringList missingRequired(ImportTable table, const ColumnMapping& mapping)
{
    QStringList missing;
    for (const auto& field : importFields(table)) {
        if (field.required && mapping.columnOf(field.key) < 0)
            missing << QStringLiteral("« %1 »").arg(field.label);
    }
    return missing;
}

// One data row being read: its cells by field key, and the first reason to reject it.
class Row final
{
public:
    Row(const QVariantList& cells, const ColumnMapping& mapping, const QStringList& headers, int line)
        : m_cells(cells)
        , m_mapping(mapping)
        , m_headers(headers)
        , m_line(line)
    {}

    QVariant cell(const QString& key) const
    {
        const int column = m_mapping.columnOf(key);
        return column >= 0 && column < m_cells.size() ? m_cells.at(column) : QVariant();
    }
    QString text(const char* key) const { return value::text(cell(QString::fromLatin1(key))); }
    bool has(const char* key) const { return !text(key).isEmpty(); }

    // Rejects the row for the value of `key` (the first reason only is kept).
    void reject(const QString& key, const QString& reason)
    {
        if (m_rejection)
            return;
        RejectedRow rejected;
        rejected.line = m_line;
        const int column = m_mapping.columnOf(key);
        if (column >= 0) {
            rejected.column = QStringLiteral("%1 « %2 »").arg(columnLetters(column), m_headers.value(column));
            rejected.value = value::text(cell(key));
        }
        rejected.reason = reason;
        m_rejection = rejected;
    }
    void reject(const char* key, const QString& reason) { reject(QString::fromLatin1(key), reason); }
    void rejectErrors(const FieldErrors& errors)
    {
        for (const auto& error : errors)
            reject(m_mapping.columnOf(error.field) >= 0 ? error.field : QString(), error.message);
    }
    const std::optional<RejectedRow>& rejection() const { return m_rejection; }

    // The typed readers: the value, or nullopt after rejecting the row.
    std::optional<QDate> date(const char* key)
    {
        QString why;
        auto result = value::date(cell(QString::fromLatin1(key)), why);
        if (!result)
            reject(key, why);
        return result;
    }
    std::optional<double> number(const char* key)
    {
        QString why;
        auto result = value::number(cell(QString::fromLatin1(key)), why);
        if (!result)
            reject(key, why);
        return result;
    }
    std::optional<bool> yesNo(const char* key)
    {
        QString why;
        auto result = value::yesNo(cell(QString::fromLatin1(key)), why);
        if (!result)
            reject(key, why);
        return result;
    }
    template <typename E>
    std::optional<E> choice(const char* key)
    {
        QString why;
        auto result = value::enumValue<E>(text(key), why);
        if (!result)
            reject(key, why);
        return result;
    }
    // The record `name` refers to; in a list, the reason names the item at fault.
    Id reference(const char* key, const QString& name, const NameIndex& index, const QString& notFound,
                 bool inList = false)
    {
        QString why;
        const Id id = index.find(name, why, notFound);
        if (id == NoId)
            reject(key, inList ? QStringLiteral("« %1 » : %2").arg(name, why) : why);
        return id;
    }
    QList<Id> references(const char* key, const NameIndex& index, const QString& notFound)
    {
        QList<Id> ids;
        for (const auto& name : value::list(text(key))) {
            const Id id = reference(key, name, index, notFound, true);
            if (id != NoId && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

private:
    const QVariantList& m_cells;
    const ColumnMapping& m_mapping;
    const QStringList& m_headers;
    int m_line;
    std::optional<RejectedRow> m_rejection;
};

// Records as the import leaves them, each with the record as it was (none for a new one).
template <typename T>
struct Pending
{
    QList<T> items;
    QList<std::optional<T>> originals;
    QHash<QString, int> byKey;

    // The pending record under `key`: an earlier row's, the database's, or a new one.
    T current(const QString& key, const std::optional<T>& existing) const
    {
        if (const auto it = byKey.constFind(key); it != byKey.constEnd())
            return items.at(*it);
        return existing ? *existing : T{};
    }
    void keep(const QString& key, const T& item, const std::optional<T>& existing)
    {
        if (const auto it = byKey.constFind(key); it != byKey.constEnd()) {
            items[*it] = item;
            return;
        }
        byKey.insert(key, static_cast<int>(items.size()));
        items.append(item);
        originals.append(existing);
    }
    void split(QList<T>& inserts, QList<T>& updates, QList<T>& before, int& unchanged) const
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!originals.at(i)) {
                inserts.append(items.at(i));
            } else if (!(*originals.at(i) == items.at(i))) {
                updates.append(items.at(i));
                before.append(*originals.at(i));
            } else {
                ++unchanged;
            }
        }
    }
};

template <typename T>
std::optional<T> findIn(const QList<T>& items, const QHash<QString, int>& index, const QString& key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? std::nullopt : std::optional<T>(items.at(*it));
}

QString fold(const QString& name)
{
    return NameIndex::foldName(name);
}

// What an action is matched on: its group and its title, folded.
QString actionKey(Id groupId, const QString& title)
{
    return QStringLiteral("%1|%2").arg(groupId).arg(fold(title));
}

} // namespace

struct TableImport::Context
{
    Database& db;
    EditionData data; // for actions: only those the rows match (loadActions)
    NameIndex partners;
    NameIndex persons;
    NameIndex territories;
    NameIndex themes;
    NameIndex publics;
    NameIndex dispositifs;
    QHash<QString, int> partnerRows;      // folded name -> data.partners
    QHash<QString, int> personRows;       // folded "first last" -> data.persons
    QHash<QString, QList<int>> groupRows; // folded name -> data.groups (several groups may share a name)
    QHash<QString, int> actionRows;       // actionKey() -> data.actions
    QHash<QString, Id> actionIds;         // actionKey() -> every action of the edition

    Context(Database& database, Id editionId, ImportTable table)
        : db(database)
        , data(loadEditionData(db, editionId,
                               table == ImportTable::Actions ? ActionLoading::None : ActionLoading::SheetsOnly))
    {
        for (qsizetype i = 0; i < data.partners.size(); ++i) {
            const Partner& p = data.partners.at(i);
            partners.add(p.name, p.id);
            partners.add(p.acronym, p.id);
            for (const auto& former : p.nameHistory)
                partners.add(former.name, p.id);
            partnerRows.insert(fold(p.name), static_cast<int>(i));
        }
        for (qsizetype i = 0; i < data.persons.size(); ++i) {
            const Person& p = data.persons.at(i);
            persons.add(p.displayName(), p.id);
            persons.add(p.lastName + QLatin1Char(' ') + p.firstName, p.id);
            personRows.insert(fold(p.displayName()), static_cast<int>(i));
        }
        for (const auto& t : data.territories)
            territories.add(t.name, t.id);
        for (qsizetype i = 0; i < data.groups.size(); ++i) {
            groupRows[fold(data.groups.at(i).name)].append(static_cast<int>(i));
        }
        for (const auto& a : data.axes) {
            for (const auto& t : a.themes)
                themes.add(t.name, t.id);
        }
        for (const auto& p : data.publics)
            publics.add(p.name, p.id);
        for (const auto& d : data.dispositifs) {
            dispositifs.add(d.acronym, d.id);
            dispositifs.add(d.name, d.id);
        }
        // The actions are matched on their titles; only those the rows name are read whole.
        if (table == ImportTable::Actions) {
            for (const auto& a : actionTitles(db, editionId))
                actionIds.insert(actionKey(a.groupId, a.title), a.id); // the latest of the same title wins
        }
    }

    // Reads the actions of these ids in full (indicators, measurements...), for the rows that match them.
    void loadActions(const QList<Id>& ids)
    {
        for (auto& a : ActionRepository(db).withIds(ids)) {
            actionRows.insert(actionKey(a.groupId, a.title), static_cast<int>(data.actions.size()));
            data.actions.append(std::move(a));
        }
    }

    // The existing group a row names (-1 for none): by its name, and among groups of the same name
    // (a "Mobilité" group on several territories) by the territories the row gives; rejects the row
    // (and returns -2) when that is not enough to tell them apart.
    int groupIndex(Row& row, const char* key, const QString& name, const QString& territoriesText) const
    {
        const QList<int> candidates = groupRows.value(fold(name));
        if (candidates.size() <= 1)
            return candidates.isEmpty() ? -1 : candidates.constFirst();
        QStringList wanted;
        for (const auto& t : importvalue::list(territoriesText))
            wanted << fold(t);
        wanted.sort();
        QList<int> matching;
        for (int i : candidates) {
            QStringList names;
            for (Id t : data.groups.at(i).territoryIds)
                names << fold(data.territory(t) ? data.territory(t)->name : QString());
            names.sort();
            if (!wanted.isEmpty() && names == wanted)
                matching.append(i);
        }
        if (matching.size() == 1)
            return matching.constFirst();
        row.reject(key, Tr::tr("%n working groups have this name; give the group's territories in a « Territoires » "
                               "column to tell them apart",
                               nullptr, static_cast<int>(candidates.size())));
        return -2;
    }

    // "1. Insertion professionnelle", "1", "Axe 1" or the axis's title.
    Id axis(Row& row, const QString& text) const
    {
        static const QRegularExpression number(QStringLiteral("^(?:axe\\s*)?(\\d+)\\b"));
        const QString folded = fold(text);
        const auto match = number.match(folded);
        for (const auto& a : data.axes) {
            if ((match.hasMatch() && match.captured(1).toInt() == a.number) || fold(a.title) == folded)
                return a.id;
        }
        row.reject("axis", Tr::tr("no axis of this number or title in the edition"));
        return NoId;
    }

    // The theme, within `axisId` when it is known; sets `axisId` from the theme otherwise.
    Id theme(Row& row, const QString& text, Id& axisId) const
    {
        const Id id = row.reference("theme", text, themes, Tr::tr("no theme of this name in the edition"));
        if (id == NoId)
            return NoId;
        const Theme* t = data.theme(id);
        if (axisId == NoId)
            axisId = t->axisId;
        else if (t->axisId != axisId)
            row.reject("theme", Tr::tr("this theme belongs to another axis"));
        return id;
    }
};

TableImport::TableImport(Database& db, Id editionId, ImportTable table, const XlsxSheet& sheet,
                         const std::optional<ColumnMapping>& mapping)
    : m_db(db)
    , m_editionId(editionId)
    , m_table(table)
    , m_sheet(sheet)
{
    // The header row: the first that names every required field, or else the first non-empty one.
    int firstNonEmpty = -1;
    m_headerRow = -1;
    for (int i = 0; i < std::min<int>(HeaderSearchRows, static_cast<int>(sheet.rows.size())); ++i) {
        if (isEmptyRow(sheet.rows.at(i)))
            continue;
        if (firstNonEmpty < 0)
            firstNonEmpty = i;
        if (missingRequired(table, guessMapping(table, headersOf(sheet.rows.at(i)))).isEmpty()) {
            m_headerRow = i;
            break;
        }
    }
    if (firstNonEmpty < 0)
        throw InputError({}, Tr::tr("The sheet « %1 » is empty.").arg(sheet.name));
    if (m_headerRow < 0)
        m_headerRow = firstNonEmpty;
    m_headers = headersOf(sheet.rows.at(m_headerRow));
    m_context = std::make_unique<Context>(db, editionId, table);
    setMapping(mapping ? *mapping : guessMapping(table, m_headers));
}

TableImport::~TableImport() = default;

void TableImport::setMapping(const ColumnMapping& mapping)
{
    if (const QStringList missing = missingRequired(m_table, mapping); !missing.isEmpty()) {
        QStringList headers;
        for (const auto& header : m_headers) {
            if (!header.isEmpty())
                headers << QStringLiteral("« %1 »").arg(header);
        }
        throw InputError({}, Tr::tr("line %1: no column for %2 among the headers %3. Rename the column, or give "
                                    "a mapping.")
                                 .arg(m_headerRow + 1)
                                 .arg(missing.join(QStringLiteral(", ")), headers.join(QStringLiteral(", "))));
    }
    m_mapping = mapping;
    m_mapping.fields.resize(m_headers.size());
    plan();
}

void TableImport::plan()
{
    m_inserts = {};
    m_updates = {};
    m_before = {};
    m_unchanged = 0;
    m_rejected.clear();
    Context& c = *m_context;
    Pending<Partner> partners;
    Pending<Person> persons;
    Pending<WorkingGroup> groups;
    Pending<Action> actions;

    if (m_table == ImportTable::Actions) {
        // The existing actions the rows name, read in full before the rows are planned.
        QSet<Id> wanted;
        for (int i = m_headerRow + 1; i < m_sheet.rows.size(); ++i) {
            const QVariantList& cells = m_sheet.rows.at(i);
            if (isEmptyRow(cells))
                continue;
            Row row(cells, m_mapping, m_headers, i + 1); // its rejections are the planning's to make
            const QString title = row.text("title");
            if (title.isEmpty() || !row.has("group"))
                continue;
            const int groupIndex = c.groupIndex(row, "group", row.text("group"), row.text("territories"));
            if (groupIndex < 0)
                continue;
            const QString key = actionKey(c.data.groups.at(groupIndex).id, title);
            if (const auto it = c.actionIds.constFind(key); it != c.actionIds.constEnd() && !c.actionRows.contains(key))
                wanted.insert(*it);
        }
        c.loadActions(wanted.values());
    }

    for (int i = m_headerRow + 1; i < m_sheet.rows.size(); ++i) {
        const QVariantList& cells = m_sheet.rows.at(i);
        if (isEmptyRow(cells))
            continue;
        Row row(cells, m_mapping, m_headers, i + 1);
        switch (m_table) {
        case ImportTable::Partners: {
            const QString name = row.text("name");
            if (name.isEmpty()) {
                row.reject("name", Tr::tr("a partner needs a name"));
                break;
            }
            std::optional<Partner> existing = findIn(c.data.partners, c.partnerRows, fold(name));
            if (!existing) {
                // "CAF" for "CAF de l'Hérault": a partner named by its acronym alone.
                QString unused;
                if (const Partner* byAcronym = c.data.partner(c.partners.find(name, unused, {})))
                    existing = *byAcronym;
            }
            const QString key = existing ? fold(existing->name) : fold(name);
            Partner p = partners.current(key, existing);
            p.name = existing ? p.name : name;
            if (row.has("acronym"))
                p.acronym = row.text("acronym");
            if (row.has("category")) {
                if (const auto category = row.choice<PartnerCategory>("category"))
                    p.category = *category;
            }
            if (row.has("territories")) {
                const QString text = row.text("territories");
                // As the partners' table writes it (an empty list is the whole département).
                p.territoryIds =
                    fold(text) == fold(QCoreApplication::translate("pacte::Tables", "whole département"))
                        ? QList<Id>()
                        : row.references("territories", c.territories, Tr::tr("no territory of this name"));
            }
            const bool notSignatory =
                fold(row.text("signature")) == fold(QCoreApplication::translate("pacte::Tables", "not a signatory"));
            if (!notSignatory && (row.has("signature") || row.has("signatureDate") || row.has("signatory") ||
                                  row.has("signatoryFunction"))) {
                auto it = std::find_if(p.signatures.begin(), p.signatures.end(),
                                       [&](const Signature& s) { return s.editionId == m_editionId; });
                if (it == p.signatures.end()) {
                    Signature s;
                    s.editionId = m_editionId;
                    p.signatures.append(s);
                    it = p.signatures.end() - 1;
                }
                if (row.has("signature")) {
                    if (const auto status = row.choice<SignatureStatus>("signature"))
                        it->status = *status;
                }
                if (row.has("signatureDate")) {
                    if (const auto date = row.date("signatureDate"))
                        it->date = *date;
                }
                if (row.has("signatory"))
                    it->signatoryName = row.text("signatory");
                if (row.has("signatoryFunction"))
                    it->signatoryFunction = row.text("signatoryFunction");
                row.rejectErrors(validate(*it));
            }
            if (row.has("notes"))
                p.notes = row.text("notes");
            row.rejectErrors(validate(p));
            if (!row.rejection())
                partners.keep(key, p, existing);
            break;
        }
        case ImportTable::Persons: {
            const QString last = row.text("lastName");
            const QString first = row.text("firstName");
            if (last.isEmpty()) {
                row.reject("lastName", Tr::tr("a person needs a last name"));
                break;
            }
            Person probe;
            probe.firstName = first;
            probe.lastName = last;
            const QString key = fold(probe.displayName());
            const auto existing = findIn(c.data.persons, c.personRows, key);
            Person p = persons.current(key, existing);
            if (!existing) {
                p.firstName = first;
                p.lastName = last;
            }
            if (row.has("function"))
                p.function = row.text("function");
            if (row.has("email"))
                p.email = row.text("email");
            if (row.has("phone"))
                p.phone = row.text("phone");
            if (row.has("partner"))
                p.partnerId = row.reference("partner", row.text("partner"), c.partners,
                                            Tr::tr("no partner of this name or acronym"));
            if (row.has("roles")) {
                QList<PersonRole> roles;
                for (const auto& item : row.text("roles").split(QRegularExpression(QStringLiteral("[,;\\n]")))) {
                    if (item.trimmed().isEmpty())
                        continue;
                    // "Référent départemental PTI d'un territoire — Biterrois"
                    static const QRegularExpression dash(QStringLiteral("\\s+[—–-]\\s+"));
                    const auto match = dash.match(item);
                    const QStringList parts =
                        match.hasMatch() ? QStringList{item.left(match.capturedStart()), item.mid(match.capturedEnd())}
                                         : QStringList{item};
                    PersonRole role;
                    QString why;
                    const auto kind = value::enumValue<PersonRoleKind>(parts.constFirst(), why);
                    if (!kind) {
                        row.reject("roles", QStringLiteral("« %1 » : %2").arg(parts.constFirst().trimmed(), why));
                        break;
                    }
                    role.kind = *kind;
                    if (parts.size() > 1)
                        role.territoryId = row.reference("roles", parts.at(1).trimmed(), c.territories,
                                                         Tr::tr("no territory of this name"), true);
                    roles.append(role);
                }
                p.roles = roles;
            }
            if (row.has("notes"))
                p.notes = row.text("notes");
            row.rejectErrors(validate(p));
            if (!row.rejection())
                persons.keep(key, p, existing);
            break;
        }
        case ImportTable::Groups: {
            const QString name = row.text("name");
            if (name.isEmpty()) {
                row.reject("name", Tr::tr("a working group needs a name"));
                break;
            }
            const int index = c.groupIndex(row, "name", name, row.text("territories"));
            if (index == -2)
                break;
            const auto existing = index >= 0 ? std::optional<WorkingGroup>(c.data.groups.at(index)) : std::nullopt;
            const QString key = existing ? QStringLiteral("#%1").arg(existing->id)
                                         : QStringLiteral("%1|%2").arg(fold(name), fold(row.text("territories")));
            WorkingGroup g = groups.current(key, existing);
            if (!existing && g.name.isEmpty()) {
                g.name = name;
                g.editionId = m_editionId;
            }
            if (row.has("axis"))
                g.axisId = c.axis(row, row.text("axis"));
            if (row.has("theme"))
                g.themeId = c.theme(row, row.text("theme"), g.axisId);
            if (row.has("territories"))
                g.territoryIds = row.references("territories", c.territories, Tr::tr("no territory of this name"));
            const QString noPartner = Tr::tr("no partner of this name or acronym");
            const QString noPerson = Tr::tr("no person of this name");
            if (row.has("pilot"))
                g.pilotPartnerId = row.reference("pilot", row.text("pilot"), c.partners, noPartner);
            if (row.has("coPilot"))
                g.coPilotPartnerId = row.reference("coPilot", row.text("coPilot"), c.partners, noPartner);
            if (row.has("pilotPerson"))
                g.pilotPersonId = row.reference("pilotPerson", row.text("pilotPerson"), c.persons, noPerson);
            if (row.has("coPilotPerson"))
                g.coPilotPersonId = row.reference("coPilotPerson", row.text("coPilotPerson"), c.persons, noPerson);
            if (row.has("memberPartners"))
                g.memberPartnerIds = row.references("memberPartners", c.partners, noPartner);
            if (row.has("memberPersons"))
                g.memberPersonIds = row.references("memberPersons", c.persons, noPerson);
            if (row.has("status")) {
                if (const auto status = row.choice<GroupStatus>("status"))
                    g.status = *status;
            }
            if (row.has("notes"))
                g.notes = row.text("notes");
            row.rejectErrors(validate(g));
            if (!row.rejection())
                groups.keep(key, g, existing);
            break;
        }
        case ImportTable::Actions: {
            const QString title = row.text("title");
            if (title.isEmpty()) {
                row.reject("title", Tr::tr("an action needs a title"));
                break;
            }
            if (!row.has("group")) {
                row.reject("group", Tr::tr("an action needs its working group"));
                break;
            }
            const int groupIndex = c.groupIndex(row, "group", row.text("group"), row.text("territories"));
            if (groupIndex == -1)
                row.reject("group", Tr::tr("no working group of this name in the edition; import the groups first"));
            if (groupIndex < 0)
                break;
            const Id groupId = c.data.groups.at(groupIndex).id;
            const QString key = actionKey(groupId, title);
            const auto existing = findIn(c.data.actions, c.actionRows, key);
            Action a = actions.current(key, existing);
            if (!existing && a.title.isEmpty()) {
                a.title = title;
                a.groupId = groupId;
                // A new action takes its group's axis and theme unless the row says otherwise.
                const WorkingGroup* group = c.data.group(groupId);
                a.axisId = group->axisId;
                a.themeId = group->themeId;
            }
            if (row.has("axis")) {
                a.axisId = c.axis(row, row.text("axis"));
                if (!row.has("theme"))
                    a.themeId = NoId;
            }
            if (row.has("theme")) {
                if (!row.has("axis") && a.themeId != NoId)
                    a.axisId = NoId; // the theme says which axis
                a.themeId = c.theme(row, row.text("theme"), a.axisId);
            }
            if (row.has("status")) {
                if (const auto status = row.choice<ActionStatus>("status"))
                    a.status = *status;
            }
            for (const auto& [key, field] :
                 {std::pair{"objectives", &Action::objectives}, std::pair{"modalities", &Action::modalities},
                  std::pair{"deliverables", &Action::deliverables}, std::pair{"notes", &Action::notes}}) {
                if (row.has(key))
                    a.*field = row.text(key);
            }
            if (row.has("publics"))
                a.publicIds = row.references("publics", c.publics, Tr::tr("no target public of this name"));
            if (row.has("dispositifs"))
                a.dispositifIds =
                    row.references("dispositifs", c.dispositifs, Tr::tr("no scheme of this name or acronym"));
            if (row.has("startDate")) {
                if (const auto date = row.date("startDate"))
                    a.startDate = *date;
            }
            if (row.has("endDate")) {
                if (const auto date = row.date("endDate"))
                    a.endDate = *date;
            }
            if (row.has("experimentation")) {
                if (const auto yes = row.yesNo("experimentation"))
                    a.experimentation = *yes;
            }
            if (row.has("indicator")) {
                const QString name = row.text("indicator");
                auto it = std::find_if(a.indicators.begin(), a.indicators.end(),
                                       [&](const Indicator& i) { return fold(i.name) == fold(name); });
                if (it == a.indicators.end()) {
                    Indicator indicator;
                    indicator.name = name;
                    a.indicators.append(indicator);
                    it = a.indicators.end() - 1;
                }
                if (row.has("indicatorKind")) {
                    if (const auto kind = row.choice<IndicatorKind>("indicatorKind"))
                        it->kind = *kind;
                }
                if (row.has("indicatorUnit"))
                    it->unit = row.text("indicatorUnit");
                if (row.has("indicatorBaseline"))
                    it->baseline = row.number("indicatorBaseline");
                if (row.has("indicatorTarget"))
                    it->target = row.number("indicatorTarget");
                row.rejectErrors(validate(*it));
            } else {
                for (const char* key : {"indicatorKind", "indicatorUnit", "indicatorBaseline", "indicatorTarget"}) {
                    if (row.has(key))
                        row.reject(key, Tr::tr("an indicator's detail without the indicator's name"));
                }
            }
            row.rejectErrors(validate(a));
            if (!row.rejection())
                actions.keep(key, a, existing);
            break;
        }
        }
        if (row.rejection())
            m_rejected.append(*row.rejection());
    }
    partners.split(m_inserts.partners, m_updates.partners, m_before.partners, m_unchanged);
    persons.split(m_inserts.persons, m_updates.persons, m_before.persons, m_unchanged);
    groups.split(m_inserts.groups, m_updates.groups, m_before.groups, m_unchanged);
    actions.split(m_inserts.actions, m_updates.actions, m_before.actions, m_unchanged);
}

int TableImport::createdCount() const
{
    return static_cast<int>(m_inserts.partners.size() + m_inserts.persons.size() + m_inserts.groups.size() +
                            m_inserts.actions.size());
}

int TableImport::updatedCount() const
{
    return static_cast<int>(m_updates.partners.size() + m_updates.persons.size() + m_updates.groups.size() +
                            m_updates.actions.size());
}

int TableImport::unchangedCount() const
{
    return m_unchanged;
}

QString TableImport::summary() const
{
    return Tr::tr("%1 created, %2 updated, %3 rejected").arg(createdCount()).arg(updatedCount()).arg(m_rejected.size());
}

TableData TableImport::rejectedTable() const
{
    TableData table;
    table.name = m_sheet.name;
    table.headers = m_headers;
    table.headers << Tr::tr("Line") << Tr::tr("Reason for the rejection");
    for (const auto& rejected : m_rejected) {
        QVariantList row = m_sheet.rows.value(rejected.line - 1);
        row.resize(m_headers.size());
        const QString reason = rejected.column.isEmpty()
                                   ? rejected.reason
                                   : QStringLiteral("%1 : %2").arg(rejected.column, rejected.reason);
        row << rejected.line << reason;
        table.rows.append(row);
    }
    return table;
}

QString TableImport::apply(const QString& sourceName, bool skipRejected)
{
    if (!m_rejected.isEmpty() && !skipRejected)
        throw StorageError(Tr::tr("%n row(s) are rejected: fix them, or import the others only.", nullptr,
                                  static_cast<int>(m_rejected.size())));
    m_db.ensureWritable();
    const QString backup = m_db.path().isEmpty()
                               ? QString()
                               : Backups::copy(m_db.path(), QStringLiteral("import"), Backups::keepCount(m_db));
    const ChangeSource previousSource = m_db.changeSource();
    const QString previousDetail = m_db.changeSourceDetail();
    m_db.setChangeSource(ChangeSource::Import, sourceName);
    try {
        Transaction transaction(m_db);
        // On a server, the updated records must still be as they were read when the table was planned.
        const auto write = [](auto&& repository, auto inserts, auto updates, const auto& before) {
            repository.insertAll(inserts);
            repository.updateAll(updates, &before);
        };
        write(PartnerRepository(m_db), m_inserts.partners, m_updates.partners, m_before.partners);
        write(PersonRepository(m_db), m_inserts.persons, m_updates.persons, m_before.persons);
        write(WorkingGroupRepository(m_db), m_inserts.groups, m_updates.groups, m_before.groups);
        write(ActionRepository(m_db), m_inserts.actions, m_updates.actions, m_before.actions);
        transaction.commit();
    } catch (...) {
        m_db.setChangeSource(previousSource, previousDetail);
        throw;
    }
    m_db.setChangeSource(previousSource, previousDetail);
    return backup;
}

} // namespace pacte
