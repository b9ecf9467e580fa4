#include "sheetworkbookevaluations.h"

#include "domain/enums.h"
#include "sheetworkbookcells.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pacte::workbook {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetWorkbook)
};

using Style = XlsxBook::Style;

// Rows the referent may fill below the exported ones (a year the edition's dates do not give).
constexpr int SpareRows = 20;

enum EvaluationColumn {
    EvaluationId,
    EvaluationYear,
    EvaluationEffects,
    EvaluationCoherence,
    EvaluationQuality,
    EvaluationComment,
    EvaluationDifficulties,
    EvaluationAdjustments
};

QStringList evaluationHeaders()
{
    return {Tr::tr("Identifier (do not change)"),
            Tr::tr("Year"),
            Tr::tr("Effects observed on the publics or professionals"),
            Tr::tr("Coherence with the existing schemes"),
            Tr::tr("Quality of the partnership"),
            Tr::tr("Partnership: comment"),
            Tr::tr("Difficulties met"),
            Tr::tr("Adjustments proposed")};
}

// The years a row is written for: those of the edition, and any the exported evaluations hold.
QList<int> yearsOf(const SheetData& sheet)
{
    QList<int> years;
    const SheetOrigin& origin = sheet.origin;
    if (origin.editionStart.isValid() && origin.editionEnd.isValid()) {
        for (int year = origin.editionStart.year(); year <= origin.editionEnd.year(); ++year)
            years << year;
    }
    for (const auto& e : sheet.evaluations) {
        if (!years.contains(e.year))
            years << e.year;
    }
    std::sort(years.begin(), years.end());
    return years;
}

} // namespace

QString evaluationsSheetName()
{
    return Tr::tr("Evaluation");
}

void writeEvaluationsSheet(XlsxBook& book, const SheetData& sheet, const QString& qualityRange)
{
    XlsxBook::Sheet s = book.addSheet(evaluationsSheetName());
    const QStringList headers = evaluationHeaders();
    s.setColumn(EvaluationId, 38, Style::Hidden, true);
    s.setColumn(EvaluationYear, 8, Style::Unlocked);
    s.setColumn(EvaluationQuality, 22, Style::Unlocked);
    for (int c :
         {EvaluationEffects, EvaluationCoherence, EvaluationComment, EvaluationDifficulties, EvaluationAdjustments})
        s.setColumn(c, 42, Style::UnlockedWrapped);
    writeHeader(s, headers);
    s.setRowHeight(0, 30); // the long headers on two lines
    int row = 1;
    for (int year : yearsOf(sheet)) {
        const auto it = std::find_if(sheet.evaluations.cbegin(), sheet.evaluations.cend(),
                                     [year](const GroupEvaluation& e) { return e.year == year; });
        GroupEvaluation e;
        if (it != sheet.evaluations.cend())
            e = *it;
        const QVariantList cells{e.uuid.isNull() ? QVariant() : QVariant(uuidText(e.uuid)),
                                 year,
                                 orNull(e.effects),
                                 orNull(e.coherence),
                                 e.partnershipQuality == PartnershipQuality::NotAssessed
                                     ? QVariant()
                                     : QVariant(enumLabel(e.partnershipQuality)),
                                 orNull(e.partnershipComment),
                                 orNull(e.difficulties),
                                 orNull(e.adjustments)};
        for (int c = 0; c < cells.size(); ++c)
            s.write(row, c, cells.at(c),
                    c == EvaluationId                               ? Style::Hidden
                    : c == EvaluationYear || c == EvaluationQuality ? Style::Unlocked
                                                                    : Style::UnlockedWrapped);
        ++row;
    }
    s.listValidation(1, EvaluationQuality, row + SpareRows, qualityRange, Tr::tr("Quality of the partnership"),
                     Tr::tr("Choose on the scale, from 1 (insufficient) to 4 (very satisfactory); leave empty when "
                            "not assessed."));
    s.protect();
}

void readEvaluationsSheet(const XlsxWorkbook& book, SheetData& sheet)
{
    const XlsxSheet* s = book.sheet(evaluationsSheetName());
    if (!s)
        return; // exported before the sheet existed: the evaluations stay as exported
    checkHeaders(*s, evaluationHeaders());
    QHash<QUuid, GroupEvaluation> byUuid;
    QHash<int, GroupEvaluation> byYear;
    for (const auto& e : std::as_const(sheet.evaluations)) {
        byUuid.insert(e.uuid, e);
        byYear.insert(e.year, e);
    }
    const SheetOrigin& origin = sheet.origin;
    QList<GroupEvaluation> evaluations;
    QSet<int> years;
    for (int r = 1; r < s->rows.size(); ++r) {
        const Cells row(*s, r);
        if (row.isEmpty(EvaluationYear))
            continue; // an empty row, or one the referent emptied: that year's evaluation is deleted
        const auto number = row.number(EvaluationYear);
        if (!number || *number != static_cast<int>(*number))
            row.fail(EvaluationYear, Tr::tr("a year is needed here, such as 2019"));
        const int year = static_cast<int>(*number);
        if (origin.editionStart.isValid() && origin.editionEnd.isValid() &&
            (year < origin.editionStart.year() || year > origin.editionEnd.year()))
            row.fail(EvaluationYear, Tr::tr("not a year of the edition (%1 to %2)")
                                         .arg(origin.editionStart.year())
                                         .arg(origin.editionEnd.year()));
        if (years.contains(year))
            row.fail(EvaluationYear, Tr::tr("this year has another row above"));
        years.insert(year);

        const QUuid uuid = row.uuid(EvaluationId);
        GroupEvaluation e;
        if (byUuid.contains(uuid) && byUuid.value(uuid).year == year) {
            e = byUuid.value(uuid);
        } else if (byYear.contains(year)) {
            e = byYear.value(year);
        } else {
            e.uuid = QUuid::createUuid();
            e.groupId = sheet.group.id;
            e.year = year;
        }
        e.effects = row.text(EvaluationEffects);
        e.coherence = row.text(EvaluationCoherence);
        e.partnershipQuality = row.text(EvaluationQuality).isEmpty()
                                   ? PartnershipQuality::NotAssessed
                                   : row.choice<PartnershipQuality>(EvaluationQuality);
        e.partnershipComment = row.text(EvaluationComment);
        e.difficulties = row.text(EvaluationDifficulties);
        e.adjustments = row.text(EvaluationAdjustments);
        const bool exported = byUuid.contains(e.uuid);
        if (!exported && e.isBlank())
            continue; // a year left empty: no evaluation to add
        evaluations.append(e);
    }
    std::sort(evaluations.begin(), evaluations.end(),
              [](const GroupEvaluation& a, const GroupEvaluation& b) { return a.year < b.year; });
    sheet.evaluations = evaluations;
}

} // namespace pacte::workbook
