#include "sheetworkbookfunding.h"

#include "domain/enums.h"
#include "domain/funding.h"
#include "importfields.h"
#include "sheetworkbookcells.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QHash>

namespace pacte::workbook {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetWorkbook)
};

using Style = XlsxBook::Style;

// Rows the referent may fill below the exported ones, with their drop-down lists.
constexpr int SpareRows = 200;

enum FundingColumn {
    LineId,
    LineActionId,
    LineAction,
    LineFund,
    LinePartner,
    LineOtherFund,
    LineScheme,
    LineReference,
    LineRate,
    LineYear,
    LinePlanned,
    LineCommitted,
    LinePaid
};

QStringList fundingHeaders()
{
    return {Tr::tr("Identifier (do not change)"),
            Tr::tr("Identifier of the action (do not change)"),
            Tr::tr("Action"),
            Tr::tr("Fund"),
            Tr::tr("Or partner funder"),
            Tr::tr("Other fund's name"),
            Tr::tr("Scheme or call"),
            Tr::tr("Reference"),
            Tr::tr("Co-financing rate (%)"),
            Tr::tr("Year"),
            Tr::tr("Planned (€)"),
            Tr::tr("Committed (€)"),
            Tr::tr("Paid (€)")};
}

QVariant euros(const std::optional<Cents>& cents)
{
    return cents ? QVariant(static_cast<double>(*cents) / 100.0) : QVariant();
}

// An amount as typed: a number cell in euros, or a text parseMoney() reads; empty is unknown.
std::optional<Cents> amountIn(const Cells& row, int column)
{
    const QVariant cell = row.at(column);
    if (cell.typeId() == QMetaType::Double) {
        const double value = cell.toDouble();
        if (!std::isfinite(value) || value < 0)
            row.fail(column, Tr::tr("an amount in euros cannot be negative"));
        if (value >= 1e13)
            row.fail(column, Tr::tr("the amount is too large"));
        const double cents = value * 100.0;
        const double rounded = std::round(cents);
        if (std::abs(cents - rounded) > 1e-6 * std::max(1.0, rounded))
            row.fail(column, Tr::tr("an amount in euros has two decimals at most"));
        return static_cast<Cents>(rounded);
    }
    const QString text = row.text(column);
    if (text.isEmpty())
        return std::nullopt; // unknown, not zero
    bool ok = false;
    const auto cents = parseMoney(text, &ok);
    if (!ok)
        row.fail(column, Tr::tr("an amount in euros was expected, such as 12 345,67 (leave the cell empty when "
                                "it is unknown)"));
    return cents;
}

struct BuiltLine
{
    int action = 0;
    qsizetype index = 0; // in the action's fundings
    int firstRow = 0;
};

} // namespace

QString fundingSheetName()
{
    return Tr::tr("Funding");
}

void writeFundingSheet(XlsxBook& book, const SheetData& sheet, const QString& fundRange, const QString& partnerRange)
{
    XlsxBook::Sheet s = book.addSheet(fundingSheetName());
    const QStringList headers = fundingHeaders();
    s.setColumn(LineId, 38, Style::Hidden, true);
    s.setColumn(LineActionId, 38, Style::Hidden, true);
    const int widths[] = {0, 0, 36, 16, 30, 22, 30, 16, 14, 8, 14, 14, 14};
    for (int c = LineAction; c < headers.size(); ++c)
        s.setColumn(c, widths[c], c == LineAction || c == LineScheme ? Style::UnlockedWrapped : Style::Unlocked);
    writeHeader(s, headers);
    s.setRowHeight(0, 30);
    QHash<Id, QString> partners;
    for (const auto& p : sheet.partners)
        partners.insert(p.id, p.name);
    int row = 1;
    for (const auto& a : sheet.actions) {
        for (const auto& line : a.fundings) {
            const QVariantList start{uuidText(line.uuid),
                                     uuidText(a.uuid),
                                     a.title,
                                     line.fund ? QVariant(enumLabel(*line.fund)) : QVariant(),
                                     orNull(partners.value(line.partnerId)),
                                     line.fund == Fund::Other ? orNull(line.otherFunder) : QVariant(),
                                     orNull(line.scheme),
                                     orNull(line.reference),
                                     orNull(line.rate)};
            QList<QVariantList> rows;
            if (line.amounts.isEmpty())
                rows << start + QVariantList{QVariant(), QVariant(), QVariant(), QVariant()};
            for (const auto& amount : line.amounts)
                rows << start + QVariantList{amount.year, euros(amount.planned), euros(amount.committed),
                                             euros(amount.paid)};
            for (const auto& cells : std::as_const(rows)) {
                for (int c = 0; c < cells.size(); ++c)
                    s.write(row, c, cells.at(c),
                            c <= LineActionId                    ? Style::Hidden
                            : c == LineAction || c == LineScheme ? Style::UnlockedWrapped
                                                                 : Style::Unlocked);
                ++row;
            }
        }
    }
    const int last = row + SpareRows;
    s.listValidation(1, LineFund, last, fundRange, Tr::tr("Fund"),
                     Tr::tr("Choose the fund in the list, or leave it empty and choose a partner."));
    s.listValidation(1, LinePartner, last, partnerRange, Tr::tr("Partner funder"),
                     Tr::tr("Choose the partner who funds the action, or leave it empty and choose a fund."));
    s.autoFilter(row - 1, static_cast<int>(headers.size()) - 1);
    s.protect();
}

void readFundingSheet(const XlsxWorkbook& book, SheetData& sheet)
{
    const XlsxSheet* s = book.sheet(fundingSheetName());
    if (!s)
        return; // exported before the sheet existed: the lines stay as exported
    checkHeaders(*s, fundingHeaders());

    // The exported lines by uuid, with the uuid of their action; every action's lines are rebuilt.
    QHash<QUuid, std::pair<QUuid, FundingLine>> base;
    for (auto& a : sheet.actions) {
        for (const auto& line : std::as_const(a.fundings))
            base.insert(line.uuid, {a.uuid, line});
        a.fundings.clear();
    }
    QHash<QUuid, int> actionByUuid;
    for (int i = 0; i < sheet.actions.size(); ++i)
        actionByUuid.insert(sheet.actions.at(i).uuid, i);
    const auto actionTitled = [&](const QString& title) {
        for (int i = 0; i < sheet.actions.size(); ++i) {
            if (NameIndex::foldName(sheet.actions.at(i).title) == NameIndex::foldName(title))
                return i;
        }
        return -1;
    };
    NameIndex partners;
    for (const auto& p : std::as_const(sheet.partners)) {
        partners.add(p.name, p.id);
        partners.add(p.acronym, p.id);
    }
    const SheetOrigin& origin = sheet.origin;
    const bool yearsKnown = origin.editionStart.isValid() && origin.editionEnd.isValid();

    QHash<QUuid, BuiltLine> built;
    for (int r = 1; r < s->rows.size(); ++r) {
        const Cells row(*s, r);
        if (row.isEmpty(LineAction))
            continue; // an empty row, or one the referent emptied
        int action = actionByUuid.value(row.uuid(LineActionId), -1);
        if (action < 0 ||
            NameIndex::foldName(sheet.actions.at(action).title) != NameIndex::foldName(row.text(LineAction)))
            action = actionTitled(row.text(LineAction));
        if (action < 0)
            row.fail(LineAction, Tr::tr("no action of this title in the « Actions » sheet"));

        // The line's own fields.
        FundingLine fields;
        if (!row.text(LineFund).isEmpty())
            fields.fund = row.choice<Fund>(LineFund);
        if (!row.text(LinePartner).isEmpty()) {
            if (fields.fund)
                row.fail(LinePartner, Tr::tr("a funding line has one funder: a fund or a partner, not both"));
            QString why;
            fields.partnerId = partners.find(row.text(LinePartner), why, Tr::tr("no partner of this name"));
            if (fields.partnerId == NoId)
                row.fail(LinePartner, why);
        }
        const QString otherFund = row.text(LineOtherFund);
        if (!fields.hasFunder() && !otherFund.isEmpty())
            fields.fund = Fund::Other;
        if (!fields.hasFunder())
            row.fail(LineFund, Tr::tr("a funding line needs its funder: a fund of the list or a partner"));
        if (fields.fund == Fund::Other) {
            if (otherFund.isEmpty())
                row.fail(LineOtherFund, Tr::tr("give the other fund's name"));
            fields.otherFunder = otherFund;
        }
        fields.scheme = row.text(LineScheme);
        fields.reference = row.text(LineReference);
        fields.rate = row.number(LineRate);
        if (fields.rate && (*fields.rate < 0 || *fields.rate > 100))
            row.fail(LineRate, Tr::tr("a co-financing rate is from 0 to 100 %"));

        // The year and its amounts.
        std::optional<int> year;
        if (!row.text(LineYear).isEmpty()) {
            const auto number = row.number(LineYear);
            if (!number || *number != std::floor(*number))
                row.fail(LineYear, Tr::tr("a year is needed here, such as 2024"));
            year = static_cast<int>(*number);
            if (yearsKnown && (*year < origin.editionStart.year() || *year > origin.editionEnd.year()))
                row.fail(LineYear, Tr::tr("not a year of the edition (%1 to %2)")
                                       .arg(origin.editionStart.year())
                                       .arg(origin.editionEnd.year()));
        }
        FundingAmount amount;
        amount.planned = amountIn(row, LinePlanned);
        amount.committed = amountIn(row, LineCommitted);
        amount.paid = amountIn(row, LinePaid);
        if (!year && (amount.planned || amount.committed || amount.paid))
            row.fail(LineYear, Tr::tr("these amounts need their year"));

        // Which line the row belongs to.
        const auto sameLine = [&](const FundingLine& line) {
            return line.partnerId == fields.partnerId && line.fund == fields.fund &&
                   NameIndex::foldName(line.otherFunder) == NameIndex::foldName(fields.otherFunder) &&
                   line.scheme == fields.scheme && line.reference == fields.reference;
        };
        Action& target = sheet.actions[action];
        QUuid uuid = row.uuid(LineId);
        if (!uuid.isNull() && built.contains(uuid) && built.value(uuid).action == action) {
            // Another year of a line met above: its fields must agree.
            const FundingLine& line = target.fundings.at(built.value(uuid).index);
            const int first = built.value(uuid).firstRow + 1;
            const auto disagree = [&](int column) {
                row.fail(column, Tr::tr("the rows of one funding line must agree; row %1 says otherwise").arg(first));
            };
            if (line.fund != fields.fund)
                disagree(LineFund);
            if (line.partnerId != fields.partnerId)
                disagree(LinePartner);
            if (line.otherFunder != fields.otherFunder)
                disagree(LineOtherFund);
            if (line.scheme != fields.scheme)
                disagree(LineScheme);
            if (line.reference != fields.reference)
                disagree(LineReference);
            if (line.rate != fields.rate)
                disagree(LineRate);
        } else {
            uuid = QUuid();
            const QUuid given = row.uuid(LineId);
            if (!given.isNull() && !built.contains(given) && base.contains(given) &&
                base.value(given).first == target.uuid) {
                uuid = given;
            } else {
                for (const auto& line : std::as_const(target.fundings)) {
                    if (sameLine(line))
                        uuid = line.uuid; // a year row added to a line of the same funder and scheme
                }
            }
            if (uuid.isNull() || !built.contains(uuid)) {
                FundingLine line = uuid.isNull() ? FundingLine() : base.value(uuid).second; // keeps its notes
                if (line.uuid.isNull())
                    line.uuid = QUuid::createUuid();
                line.partnerId = fields.partnerId;
                line.fund = fields.fund;
                line.otherFunder = fields.otherFunder;
                line.scheme = fields.scheme;
                line.reference = fields.reference;
                line.rate = fields.rate;
                line.amounts.clear();
                uuid = line.uuid;
                built.insert(uuid, {action, target.fundings.size(), r});
                target.fundings.append(line);
            }
        }
        FundingLine& line = target.fundings[built.value(uuid).index];
        if (year) {
            if (line.amount(*year))
                row.fail(LineYear, Tr::tr("this funding line has this year on another row"));
            amount.year = *year;
            line.amounts.append(amount);
        }
    }
    for (auto& a : sheet.actions) {
        for (auto& line : a.fundings)
            std::sort(line.amounts.begin(), line.amounts.end(),
                      [](const FundingAmount& x, const FundingAmount& y) { return x.year < y.year; });
    }
}

} // namespace pacte::workbook
