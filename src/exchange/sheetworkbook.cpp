#include "sheetworkbook.h"

#include "domain/enums.h"
#include "importfields.h"
#include "importvalues.h"
#include "inputerror.h"
#include "sheetreader.h"
#include "sheetworkbookcells.h"
#include "sheetworkbookevaluations.h"
#include "sheetworkbookfunding.h"
#include "sheetworkbookpriorities.h"
#include "sheetwriter.h"
#include "xlsxbook.h"
#include "xlsxreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetWorkbook)
};

namespace value = importvalue;
using Style = XlsxBook::Style;
using namespace workbook;

constexpr auto WorkbookFormat = "pacte-sheet-workbook";
// Rows the referent may fill below the exported ones, with their drop-down lists.
constexpr int SpareRows = 200;

// The sheets' names are French and fixed: the import finds them by name.
QString instructionsName()
{
    return Tr::tr("Instructions");
}
QString actionsName()
{
    return Tr::tr("Actions");
}
QString indicatorsName()
{
    return Tr::tr("Indicators");
}
QString measurementsName()
{
    return Tr::tr("Measurements");
}
const QString ListsName = QStringLiteral("Listes");
const QString OriginName = QStringLiteral("Pacte");

// The columns of the three sheets the referent fills.
enum ActionColumn {
    ActionId,
    ActionTitle,
    ActionStatus_,
    ActionTheme,
    ActionObjectives,
    ActionModalities,
    ActionDeliverables,
    ActionDispositifs,
    ActionStart,
    ActionEnd,
    ActionExperimentation,
    ActionNotes,
    ActionFirstPublic
};
enum IndicatorColumn {
    IndicatorId,
    IndicatorActionId,
    IndicatorAction,
    IndicatorName,
    IndicatorKind_,
    IndicatorUnit,
    IndicatorBaseline,
    IndicatorTarget
};
enum MeasurementColumn {
    MeasurementId,
    MeasurementIndicatorId,
    MeasurementAction,
    MeasurementIndicator,
    MeasurementDate,
    MeasurementValue,
    MeasurementTarget,
    MeasurementComment
};

QStringList actionHeaders(const SheetData& sheet)
{
    QStringList headers{Tr::tr("Identifier (do not change)"),
                        Tr::tr("Action"),
                        Tr::tr("Status"),
                        Tr::tr("Theme"),
                        Tr::tr("Objectives"),
                        Tr::tr("Implementation"),
                        Tr::tr("Deliverables"),
                        Tr::tr("Schemes (acronyms, separated by commas)"),
                        Tr::tr("Start date"),
                        Tr::tr("End date"),
                        Tr::tr("Experimentation"),
                        Tr::tr("Notes")};
    for (const auto& p : sheet.publics)
        headers << Tr::tr("Public: %1").arg(p.name);
    return headers;
}

QStringList indicatorHeaders()
{
    return {Tr::tr("Identifier (do not change)"),
            Tr::tr("Identifier of the action (do not change)"),
            Tr::tr("Action"),
            Tr::tr("Indicator"),
            Tr::tr("Kind"),
            Tr::tr("Unit"),
            Tr::tr("Baseline"),
            Tr::tr("Target")};
}

QStringList measurementHeaders()
{
    return {Tr::tr("Identifier (do not change)"),
            Tr::tr("Identifier of the indicator (do not change)"),
            Tr::tr("Action"),
            Tr::tr("Indicator"),
            Tr::tr("Date"),
            Tr::tr("Value"),
            Tr::tr("Target"),
            Tr::tr("Comment")};
}

QString yes()
{
    return QCoreApplication::translate("pacte::TableImport", "yes");
}
QString no()
{
    return QCoreApplication::translate("pacte::TableImport", "no");
}

// "Listes!$B$2:$B$9"
QString listRange(int column, int count)
{
    const QString letters = columnLetters(column);
    return QStringLiteral("%1!$%2$2:$%2$%3").arg(ListsName, letters).arg(std::max(count, 1) + 1);
}

const Theme* themeOf(const SheetData& sheet, Id id)
{
    for (const auto& a : sheet.axes) {
        for (const auto& t : a.themes) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

template <typename T>
QString nameOf(const QList<T>& items, Id id)
{
    for (const auto& item : items) {
        if (item.id == id)
            return item.name;
    }
    return {};
}

void writeInstructions(XlsxBook& book, const SheetData& sheet)
{
    XlsxBook::Sheet s = book.addSheet(instructionsName());
    s.setColumn(0, 28);
    s.setColumn(1, 90, Style::Wrapped);
    int row = 0;
    s.write(row++, 0, Tr::tr("Sheet of the working group « %1 »").arg(sheet.group.name), Style::Title);
    s.setRowHeight(0, 24);
    ++row;
    const QStringList partnersOf = [&] {
        QStringList names;
        for (Id id : {sheet.group.pilotPartnerId, sheet.group.coPilotPartnerId}) {
            QString name;
            for (const auto& p : sheet.partners) {
                if (p.id == id)
                    name = p.name;
            }
            names << name;
        }
        return names;
    }();
    QStringList territories;
    for (Id id : sheet.group.territoryIds)
        territories << nameOf(sheet.territories, id);
    const QList<std::pair<QString, QString>> facts{
        {Tr::tr("Edition"), sheet.origin.editionTitle},
        {Tr::tr("Working group"), sheet.group.name},
        {Tr::tr("Territories"), territories.join(QStringLiteral(", "))},
        {Tr::tr("Pilot"), partnersOf.at(0)},
        {Tr::tr("Co-pilot"), partnersOf.at(1)},
        {Tr::tr("Exported"),
         Tr::tr("on %1 by %2")
             .arg(sheet.origin.exportedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                  sheet.origin.exportedBy)},
    };
    for (const auto& [label, text] : facts) {
        s.write(row, 0, label, Style::Header);
        s.write(row++, 1, text, Style::Wrapped);
    }
    ++row;
    const QStringList steps{
        Tr::tr("This workbook is the sheet of your working group, exported from Pacte by the PTI coordination. "
               "Fill it in with Excel or LibreOffice, save it in the same format (.xlsx), and send it back to the "
               "coordination, which imports it into Pacte."),
        Tr::tr("« Actions »: one row per action. Change the cells you need; choose the status, the theme, "
               "experimentation and the publics in their drop-down lists. To add an action, fill in an empty row "
               "below the others. To delete one, delete its row."),
        Tr::tr("« Indicators »: the indicators of each action, named by the action's title. To add one, fill in "
               "an empty row with the title of its action."),
        Tr::tr("« Measurements »: the dated values of each indicator, named by the action and the indicator. To "
               "add one, fill in an empty row. A value left empty is not reported: unknown, not zero."),
        Tr::tr("« Evaluation »: the group's yearly evaluation, one row per year of the edition: the effects "
               "observed, the coherence with the existing schemes, the quality of the partnership on the scale of "
               "the drop-down list (leave it empty when not assessed), difficulties met and adjustments proposed. "
               "Pacte computes the rest (meetings held, participants, partners) from its records."),
        Tr::tr("« Funding »: who pays for each action, one row per funding line and year. The funder is a fund of "
               "the drop-down list (« Other » with the fund's name in its column) or a partner of the list. Amounts "
               "in euros, such as 12 345,67; leave an amount empty when it is unknown (unknown is not zero). To add "
               "a year to a line, fill in an empty row with the same action, funder, scheme and reference; to add a "
               "line, an empty row with another funder or scheme."),
        Tr::tr("Dates as DD/MM/YYYY, numbers with a decimal comma. The grey identifier columns are hidden and "
               "protected: do not change them, and do not copy a row to make a new one (leave its identifier "
               "empty)."),
        Tr::tr("If someone changed the same field in Pacte meanwhile, the coordination decides between the two "
               "values when it imports the workbook. The meetings of the group are not in this workbook."),
    };
    for (const auto& step : steps) {
        s.write(row, 0, QVariant(), Style::Plain);
        s.write(row++, 1, step, Style::Wrapped);
    }
    s.activate();
}

void writeActions(XlsxBook& book, const SheetData& sheet, int themeCount)
{
    XlsxBook::Sheet s = book.addSheet(actionsName());
    const QStringList headers = actionHeaders(sheet);
    s.setColumn(ActionId, 38, Style::Hidden, true);
    const int widths[] = {0, 40, 18, 30, 40, 40, 30, 20, 12, 12, 14, 30};
    for (int c = ActionTitle; c < ActionFirstPublic; ++c) {
        const bool wrapped = c == ActionObjectives || c == ActionModalities || c == ActionDeliverables ||
                             c == ActionNotes || c == ActionTitle;
        s.setColumn(c, widths[c], wrapped ? Style::UnlockedWrapped : Style::Unlocked);
    }
    for (int c = ActionFirstPublic; c < headers.size(); ++c)
        s.setColumn(c, 14, Style::Unlocked);
    writeHeader(s, headers);
    int row = 1;
    for (const auto& a : sheet.actions) {
        const Theme* theme = themeOf(sheet, a.themeId);
        QStringList dispositifs;
        for (Id id : a.dispositifIds) {
            for (const auto& d : sheet.dispositifs) {
                if (d.id == id)
                    dispositifs << (d.acronym.isEmpty() ? d.name : d.acronym);
            }
        }
        const QVariantList cells{uuidText(a.uuid),
                                 a.title,
                                 enumLabel(a.status),
                                 theme ? QVariant(theme->name) : QVariant(),
                                 orNull(a.objectives),
                                 orNull(a.modalities),
                                 orNull(a.deliverables),
                                 orNull(dispositifs.join(QStringLiteral(", "))),
                                 orNull(a.startDate),
                                 orNull(a.endDate),
                                 a.experimentation ? yes() : no(),
                                 orNull(a.notes)};
        for (int c = 0; c < cells.size(); ++c) {
            const Style style = c == ActionId ? Style::Hidden
                                : (c == ActionObjectives || c == ActionModalities || c == ActionDeliverables ||
                                   c == ActionNotes || c == ActionTitle)
                                    ? Style::UnlockedWrapped
                                    : Style::Unlocked;
            s.write(row, c, cells.at(c), style);
        }
        for (int p = 0; p < sheet.publics.size(); ++p)
            s.write(row, ActionFirstPublic + p, a.publicIds.contains(sheet.publics.at(p).id) ? yes() : QString(),
                    Style::Unlocked);
        ++row;
    }
    const int last = row + SpareRows;
    s.listValidation(1, ActionStatus_, last, listRange(0, static_cast<int>(enumEntries<ActionStatus>().size())),
                     Tr::tr("Status"), Tr::tr("Choose the action's status in the list."));
    s.listValidation(1, ActionTheme, last, listRange(1, themeCount), Tr::tr("Theme"),
                     Tr::tr("Choose a theme of the edition in the list."));
    s.listValidation(1, ActionExperimentation, last, listRange(3, 2), Tr::tr("Experimentation"), Tr::tr("oui or non"));
    for (int p = 0; p < sheet.publics.size(); ++p)
        s.listValidation(1, ActionFirstPublic + p, last, listRange(3, 2), Tr::tr("Public"),
                         Tr::tr("oui if the action is aimed at this public."));
    s.autoFilter(row - 1, static_cast<int>(headers.size()) - 1);
    s.protect();
}

void writeIndicators(XlsxBook& book, const SheetData& sheet)
{
    XlsxBook::Sheet s = book.addSheet(indicatorsName());
    const QStringList headers = indicatorHeaders();
    s.setColumn(IndicatorId, 38, Style::Hidden, true);
    s.setColumn(IndicatorActionId, 38, Style::Hidden, true);
    const int widths[] = {0, 0, 40, 40, 18, 14, 14, 14};
    for (int c = IndicatorAction; c < headers.size(); ++c)
        s.setColumn(c, widths[c], c <= IndicatorName ? Style::UnlockedWrapped : Style::Unlocked);
    writeHeader(s, headers);
    int row = 1;
    for (const auto& a : sheet.actions) {
        for (const auto& i : a.indicators) {
            const QVariantList cells{uuidText(i.uuid), uuidText(a.uuid),   a.title,         i.name, enumLabel(i.kind),
                                     orNull(i.unit),   orNull(i.baseline), orNull(i.target)};
            for (int c = 0; c < cells.size(); ++c)
                s.write(row, c, cells.at(c), c <= IndicatorActionId ? Style::Hidden : Style::Unlocked);
            ++row;
        }
    }
    s.listValidation(1, IndicatorKind_, row + SpareRows,
                     listRange(2, static_cast<int>(enumEntries<IndicatorKind>().size())), Tr::tr("Kind"),
                     Tr::tr("Choose the indicator's kind in the list."));
    s.protect();
}

void writeMeasurements(XlsxBook& book, const SheetData& sheet)
{
    XlsxBook::Sheet s = book.addSheet(measurementsName());
    const QStringList headers = measurementHeaders();
    s.setColumn(MeasurementId, 38, Style::Hidden, true);
    s.setColumn(MeasurementIndicatorId, 38, Style::Hidden, true);
    const int widths[] = {0, 0, 40, 40, 12, 12, 12, 40};
    for (int c = MeasurementAction; c < headers.size(); ++c)
        s.setColumn(c, widths[c], Style::Unlocked);
    writeHeader(s, headers);
    int row = 1;
    for (const auto& a : sheet.actions) {
        for (const auto& i : a.indicators) {
            for (const auto& m : i.measurements) {
                const QVariantList cells{uuidText(m.uuid), uuidText(i.uuid), a.title,          i.name,
                                         orNull(m.date),   orNull(m.value),  orNull(m.target), orNull(m.comment)};
                for (int c = 0; c < cells.size(); ++c)
                    s.write(row, c, cells.at(c), c <= MeasurementIndicatorId ? Style::Hidden : Style::Unlocked);
                ++row;
            }
        }
    }
    s.protect();
}

// The lists of the drop-downs, and the workbook's origin: hidden sheets.
int writeLists(XlsxBook& book, const SheetData& sheet)
{
    XlsxBook::Sheet s = book.addSheet(ListsName);
    QList<QStringList> columns(7);
    for (const auto& e : enumEntries<ActionStatus>())
        columns[0] << QCoreApplication::translate("pacte::Enum", e.label);
    for (const auto& a : sheet.axes) {
        for (const auto& t : a.themes) {
            if (!columns.at(1).contains(t.name))
                columns[1] << t.name;
        }
    }
    for (const auto& e : enumEntries<IndicatorKind>())
        columns[2] << QCoreApplication::translate("pacte::Enum", e.label);
    columns[3] << yes() << no();
    for (const auto& e : enumEntries<PartnershipQuality>()) {
        if (e.value != PartnershipQuality::NotAssessed) // not assessed: the cell left empty
            columns[4] << QCoreApplication::translate("pacte::Enum", e.label);
    }
    for (const auto& e : enumEntries<Fund>())
        columns[5] << QCoreApplication::translate("pacte::Enum", e.label);
    for (const auto& p : sheet.partners)
        columns[6] << p.name;
    const QStringList headers{Tr::tr("Status"),
                              Tr::tr("Theme"),
                              Tr::tr("Kind"),
                              Tr::tr("Yes or no"),
                              Tr::tr("Quality of the partnership"),
                              Tr::tr("Fund"),
                              Tr::tr("Partner funder")};
    qsizetype rows = 0;
    for (const auto& c : columns)
        rows = std::max(rows, c.size());
    writeHeader(s, headers);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns.size(); ++c)
            s.write(r + 1, c, columns.at(c).value(r));
    }
    s.hide();
    return static_cast<int>(columns.at(1).size());
}

void writeOrigin(XlsxBook& book, const SheetData& sheet)
{
    XlsxBook::Sheet s = book.addSheet(OriginName);
    const QList<std::pair<QString, QVariant>> rows{
        {QStringLiteral("format"), QString::fromLatin1(WorkbookFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("database"), uuidText(sheet.origin.databaseUuid)},
        {QStringLiteral("export"), uuidText(sheet.origin.exportId)},
        {QStringLiteral("group"), uuidText(sheet.group.uuid)},
    };
    for (int r = 0; r < rows.size(); ++r) {
        s.write(r, 0, rows.at(r).first);
        s.write(r, 1, rows.at(r).second);
    }
    s.hide();
}

// Reading back -----------------------------------------------------------------------------------

} // namespace

QByteArray writeSheetWorkbook(const SheetData& sheet)
{
    XlsxBook::Properties properties;
    properties.title = Tr::tr("Sheet of the working group « %1 »").arg(sheet.group.name);
    properties.subject = sheet.origin.editionTitle;
    properties.author = sheet.origin.exportedBy;
    properties.comments = Tr::tr("Export %1 of %2").arg(uuidText(sheet.origin.exportId), sheet.origin.databaseName);
    properties.created = sheet.origin.exportedAt;
    XlsxBook book(properties);
    writeInstructions(book, sheet);
    int themeCount = 0;
    for (const auto& a : sheet.axes)
        themeCount += static_cast<int>(a.themes.size());
    writeActions(book, sheet, themeCount);
    writeIndicators(book, sheet);
    writeMeasurements(book, sheet);
    writeEvaluationsSheet(book, sheet, listRange(4, static_cast<int>(enumEntries<PartnershipQuality>().size()) - 1));
    writeFundingSheet(book, sheet, listRange(5, static_cast<int>(enumEntries<Fund>().size())),
                      listRange(6, static_cast<int>(sheet.partners.size())));
    writePrioritiesSheet(book, sheet);
    writeLists(book, sheet);
    writeOrigin(book, sheet);
    return book.finish();
}

SheetWorkbookOrigin readSheetWorkbookOrigin(const QByteArray& workbook)
{
    const XlsxWorkbook book = readXlsx(workbook);
    const XlsxSheet* origin = book.sheet(OriginName);
    SheetWorkbookOrigin result;
    QString format;
    if (origin) {
        for (const auto& row : origin->rows) {
            const QString key = value::text(row.value(0));
            const QString text = value::text(row.value(1));
            if (key == QLatin1String("format"))
                format = text;
            else if (key == QLatin1String("database"))
                result.databaseUuid = QUuid::fromString(text);
            else if (key == QLatin1String("export"))
                result.exportId = QUuid::fromString(text);
        }
    }
    if (format != QLatin1String(WorkbookFormat) || result.exportId.isNull())
        throw InputError({}, Tr::tr("This workbook is not a working group's sheet exported by Pacte (its hidden "
                                    "sheet « Pacte » is missing or was changed)."));
    return result;
}

QByteArray sheetFromWorkbook(const QByteArray& workbook, const QByteArray& exported)
{
    const XlsxWorkbook book = readXlsx(workbook);
    SheetData sheet = readSheet(exported);

    QHash<QUuid, Action> baseActions;
    QHash<QUuid, Indicator> baseIndicators;
    QHash<QUuid, Measurement> baseMeasurements;
    for (const auto& a : std::as_const(sheet.actions)) {
        baseActions.insert(a.uuid, a);
        for (const auto& i : a.indicators) {
            baseIndicators.insert(i.uuid, i);
            for (const auto& m : i.measurements)
                baseMeasurements.insert(m.uuid, m);
        }
    }
    NameIndex themes;
    QHash<Id, Id> axisOfTheme;
    for (const auto& a : std::as_const(sheet.axes)) {
        for (const auto& t : a.themes) {
            themes.add(t.name, t.id);
            axisOfTheme.insert(t.id, a.id);
        }
    }
    NameIndex dispositifs;
    for (const auto& d : std::as_const(sheet.dispositifs)) {
        dispositifs.add(d.acronym, d.id);
        dispositifs.add(d.name, d.id);
    }

    // Actions
    const XlsxSheet& actionsSheet = requiredSheet(book, actionsName());
    checkHeaders(actionsSheet, actionHeaders(sheet));
    QList<Action> actions;
    QHash<QUuid, int> actionByUuid;
    for (int r = 1; r < actionsSheet.rows.size(); ++r) {
        const Cells row(actionsSheet, r);
        if (row.isEmpty(ActionTitle))
            continue; // an empty row, or one the referent emptied: that action is deleted
        const QUuid uuid = row.uuid(ActionId);
        Action a;
        if (!uuid.isNull() && baseActions.contains(uuid) && !actionByUuid.contains(uuid)) {
            a = baseActions.value(uuid);
        } else {
            a.uuid = QUuid::createUuid();
            a.groupId = sheet.group.id;
            a.axisId = sheet.group.axisId;
            a.themeId = sheet.group.themeId;
        }
        a.indicators.clear();
        a.title = row.text(ActionTitle);
        if (a.title.isEmpty())
            row.fail(ActionTitle, Tr::tr("an action needs a title"));
        a.status = row.text(ActionStatus_).isEmpty() ? ActionStatus::Project : row.choice<ActionStatus>(ActionStatus_);
        if (row.text(ActionTheme).isEmpty()) {
            a.themeId = NoId;
        } else {
            QString why;
            const Id theme = themes.find(row.text(ActionTheme), why, Tr::tr("no theme of this name in the edition"));
            if (theme == NoId)
                row.fail(ActionTheme, why);
            a.themeId = theme;
            a.axisId = axisOfTheme.value(theme);
        }
        a.objectives = row.text(ActionObjectives);
        a.modalities = row.text(ActionModalities);
        a.deliverables = row.text(ActionDeliverables);
        a.dispositifIds.clear();
        for (const auto& name : value::list(row.text(ActionDispositifs))) {
            QString why;
            const Id id = dispositifs.find(name, why, Tr::tr("no scheme of this name or acronym"));
            if (id == NoId)
                row.fail(ActionDispositifs, why);
            a.dispositifIds.append(id);
        }
        a.startDate = *row.date(ActionStart);
        a.endDate = *row.date(ActionEnd);
        a.experimentation = row.yesNo(ActionExperimentation);
        a.notes = row.text(ActionNotes);
        a.publicIds.clear();
        for (int p = 0; p < sheet.publics.size(); ++p) {
            if (row.yesNo(ActionFirstPublic + p))
                a.publicIds.append(sheet.publics.at(p).id);
        }
        actionByUuid.insert(a.uuid, static_cast<int>(actions.size()));
        actions.append(a);
    }
    const auto actionTitled = [&](const QString& title) {
        for (int i = 0; i < actions.size(); ++i) {
            if (NameIndex::foldName(actions.at(i).title) == NameIndex::foldName(title))
                return i;
        }
        return -1;
    };

    // Indicators
    const XlsxSheet& indicatorsSheet = requiredSheet(book, indicatorsName());
    checkHeaders(indicatorsSheet, indicatorHeaders());
    QHash<QUuid, std::pair<int, int>> indicatorByUuid; // action, indicator
    for (int r = 1; r < indicatorsSheet.rows.size(); ++r) {
        const Cells row(indicatorsSheet, r);
        if (row.isEmpty(IndicatorAction))
            continue;
        int action = actionByUuid.value(row.uuid(IndicatorActionId), -1);
        if (action < 0 ||
            NameIndex::foldName(actions.at(action).title) != NameIndex::foldName(row.text(IndicatorAction)))
            action = actionTitled(row.text(IndicatorAction));
        if (action < 0)
            row.fail(IndicatorAction, Tr::tr("no action of this title in the « Actions » sheet"));
        const QUuid uuid = row.uuid(IndicatorId);
        Indicator i;
        if (!uuid.isNull() && baseIndicators.contains(uuid) && !indicatorByUuid.contains(uuid))
            i = baseIndicators.value(uuid);
        else
            i.uuid = QUuid::createUuid();
        i.measurements.clear();
        i.name = row.text(IndicatorName);
        if (i.name.isEmpty())
            row.fail(IndicatorName, Tr::tr("an indicator needs a name"));
        if (!row.text(IndicatorKind_).isEmpty())
            i.kind = row.choice<IndicatorKind>(IndicatorKind_);
        i.unit = row.text(IndicatorUnit);
        i.baseline = row.number(IndicatorBaseline);
        i.target = row.number(IndicatorTarget);
        indicatorByUuid.insert(i.uuid, {action, static_cast<int>(actions[action].indicators.size())});
        actions[action].indicators.append(i);
    }

    // Measurements
    const XlsxSheet& measurementsSheet = requiredSheet(book, measurementsName());
    checkHeaders(measurementsSheet, measurementHeaders());
    QSet<QUuid> measurementsSeen;
    for (int r = 1; r < measurementsSheet.rows.size(); ++r) {
        const Cells row(measurementsSheet, r);
        if (row.isEmpty(MeasurementAction))
            continue;
        std::pair<int, int> at{-1, -1};
        const QUuid indicatorUuid = row.uuid(MeasurementIndicatorId);
        if (indicatorByUuid.contains(indicatorUuid)) {
            at = indicatorByUuid.value(indicatorUuid);
        } else {
            const int action = actionTitled(row.text(MeasurementAction));
            if (action < 0)
                row.fail(MeasurementAction, Tr::tr("no action of this title in the « Actions » sheet"));
            const auto& indicators = actions.at(action).indicators;
            for (int i = 0; i < indicators.size(); ++i) {
                if (NameIndex::foldName(indicators.at(i).name) == NameIndex::foldName(row.text(MeasurementIndicator)))
                    at = {action, i};
            }
            if (at.second < 0)
                row.fail(MeasurementIndicator, Tr::tr("this action has no indicator of this name in the « Indicators » "
                                                      "sheet"));
        }
        const QUuid uuid = row.uuid(MeasurementId);
        Measurement m;
        if (!uuid.isNull() && baseMeasurements.contains(uuid) && !measurementsSeen.contains(uuid))
            m = baseMeasurements.value(uuid);
        else
            m.uuid = QUuid::createUuid();
        measurementsSeen.insert(m.uuid);
        m.date = *row.date(MeasurementDate);
        if (!m.date.isValid())
            row.fail(MeasurementDate, Tr::tr("a measurement needs its date"));
        // Unknown is not zero: an empty value is not reported; a value typed but not a number is refused.
        m.value = row.number(MeasurementValue);
        m.target = row.number(MeasurementTarget);
        m.comment = row.text(MeasurementComment);
        actions[at.first].indicators[at.second].measurements.append(m);
    }
    for (auto& a : actions) {
        for (auto& i : a.indicators)
            std::stable_sort(i.measurements.begin(), i.measurements.end(),
                             [](const Measurement& x, const Measurement& y) { return x.date < y.date; });
    }
    sheet.actions = actions;
    readEvaluationsSheet(book, sheet);
    readFundingSheet(book, sheet);
    return writeSheet(sheet);
}

} // namespace pacte
