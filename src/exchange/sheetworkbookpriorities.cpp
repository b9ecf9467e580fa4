#include "sheetworkbookpriorities.h"

#include "sheetworkbookcells.h"

#include <QCoreApplication>

namespace pacte::workbook {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::SheetWorkbook)
};

using Style = XlsxBook::Style;

} // namespace

QString prioritiesSheetName()
{
    return Tr::tr("Territorial priorities");
}

void writePrioritiesSheet(XlsxBook& book, const SheetData& sheet)
{
    if (sheet.localPacts.isEmpty())
        return;
    XlsxBook::Sheet s = book.addSheet(prioritiesSheetName());
    s.setColumn(0, 24);
    s.setColumn(1, 8);
    s.setColumn(2, 40, Style::Wrapped);
    s.setColumn(3, 60, Style::Wrapped);
    writeHeader(s, {Tr::tr("Territory"), Tr::tr("Rank"), Tr::tr("Priority of the local pact"),
                    Tr::tr("Description (for information: it cannot be changed here)")});
    int row = 1;
    for (const auto& pact : sheet.localPacts) {
        QString territory;
        for (const auto& t : sheet.territories) {
            if (t.id == pact.territoryId)
                territory = t.name;
        }
        for (const auto& priority : pact.priorities) {
            s.write(row, 0, territory);
            s.write(row, 1, priority.rank);
            s.write(row, 2, priority.title, Style::Wrapped);
            s.write(row, 3, orNull(priority.description), Style::Wrapped);
            ++row;
        }
    }
    s.protect();
}

} // namespace pacte::workbook
