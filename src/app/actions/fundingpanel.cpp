#include "fundingpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pacte {

namespace {

enum AmountColumn { YearColumn, PlannedColumn, CommittedColumn, PaidColumn };

QString funderData(const FundingLine& line)
{
    if (line.partnerId != NoId)
        return QStringLiteral("partner:%1").arg(line.partnerId);
    if (line.fund)
        return QStringLiteral("fund:") + enumCode(*line.fund);
    return {};
}

// Sets the funder of `line` from a funder combo's data.
void applyFunder(FundingLine& line, const QString& data)
{
    line.partnerId = NoId;
    line.fund.reset();
    if (data.startsWith(QLatin1String("partner:")))
        line.partnerId = data.mid(8).toLongLong();
    else if (data.startsWith(QLatin1String("fund:")))
        line.fund = enumFromCode<Fund>(data.mid(5));
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString rateText(const std::optional<double>& rate)
{
    return rate ? QLocale().toString(*rate, 'g', 6) : QString();
}

} // namespace

FundingPanel::FundingPanel(Commit commit, QWidget* parent)
    : QWidget(parent)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("fundingPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Who pays for the action: one line per funder and scheme, with its amounts by year "
                               "in euros. An empty amount is unknown, which is not zero: it is counted apart in "
                               "the totals."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_linesTable = new QTableWidget(0, 4, this);
    m_linesTable->setObjectName(QStringLiteral("fundingLinesTable"));
    m_linesTable->setAccessibleName(tr("Funding lines of the action"));
    m_linesTable->setHorizontalHeaderLabels(
        {tr("Funder"), tr("Scheme or call"), tr("Reference"), tr("Co-financing rate")});
    m_linesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesTable->horizontalHeader()->setStretchLastSection(true);
    m_linesTable->verticalHeader()->hide();
    m_linesTable->setMinimumHeight(110);
    layout->addWidget(m_linesTable, 1);

    auto* lineButtons = new QHBoxLayout;
    m_newFunderCombo = new QComboBox(this);
    m_newFunderCombo->setObjectName(QStringLiteral("fundingNewFunderCombo"));
    m_newFunderCombo->setAccessibleName(tr("Funder of the new line"));
    m_addLine = new QPushButton(tr("Add a &line for this funder"), this);
    m_addLine->setObjectName(QStringLiteral("addFundingLineButton"));
    m_removeLine = new QPushButton(tr("Remove the line"), this);
    m_removeLine->setObjectName(QStringLiteral("removeFundingLineButton"));
    lineButtons->addWidget(m_newFunderCombo, 1);
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    layout->addLayout(lineButtons);

    auto* box = new QGroupBox(tr("Selected line"), this);
    m_lineForm = box;
    auto* boxLayout = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    m_funderCombo = new QComboBox(box);
    m_funderCombo->setObjectName(QStringLiteral("fundingFunderCombo"));
    m_otherFunderEdit = new QLineEdit(box);
    m_otherFunderEdit->setObjectName(QStringLiteral("fundingOtherFunderEdit"));
    m_otherFunderEdit->setPlaceholderText(tr("Name of the other fund"));
    m_schemeEdit = new QLineEdit(box);
    m_schemeEdit->setObjectName(QStringLiteral("fundingSchemeEdit"));
    m_schemeEdit->setPlaceholderText(tr("FSE+ — appel à projets 2024"));
    m_referenceEdit = new QLineEdit(box);
    m_referenceEdit->setObjectName(QStringLiteral("fundingReferenceEdit"));
    m_referenceEdit->setPlaceholderText(tr("Operation number, agreement…"));
    m_rateEdit = new QLineEdit(box);
    m_rateEdit->setObjectName(QStringLiteral("fundingRateEdit"));
    m_rateEdit->setPlaceholderText(tr("from 0 to 100; empty when unknown"));
    m_notesEdit = new QLineEdit(box);
    m_notesEdit->setObjectName(QStringLiteral("fundingNotesEdit"));
    form->addRow(tr("Funder:"), m_funderCombo);
    form->addRow(tr("Other fund:"), m_otherFunderEdit);
    form->addRow(tr("Scheme or call:"), m_schemeEdit);
    form->addRow(tr("Reference:"), m_referenceEdit);
    form->addRow(tr("Co-financing rate (%):"), m_rateEdit);
    form->addRow(tr("Notes:"), m_notesEdit);
    boxLayout->addLayout(form);

    m_amountsTable = new QTableWidget(0, 4, box);
    m_amountsTable->setObjectName(QStringLiteral("fundingAmountsTable"));
    m_amountsTable->setAccessibleName(tr("Amounts of the selected line by year"));
    m_amountsTable->setHorizontalHeaderLabels({tr("Year"), tr("Planned"), tr("Committed"), tr("Paid")});
    m_amountsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_amountsTable->verticalHeader()->hide();
    m_amountsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_amountsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_amountsTable->setMinimumHeight(110);
    boxLayout->addWidget(m_amountsTable, 1);
    auto* yearButtons = new QHBoxLayout;
    m_yearSpin = new QSpinBox(box);
    m_yearSpin->setObjectName(QStringLiteral("fundingYearSpin"));
    m_yearSpin->setAccessibleName(tr("Year to add"));
    m_addYear = new QPushButton(tr("Add the year"), box);
    m_addYear->setObjectName(QStringLiteral("addFundingYearButton"));
    m_removeYear = new QPushButton(tr("Remove the year"), box);
    m_removeYear->setObjectName(QStringLiteral("removeFundingYearButton"));
    yearButtons->addWidget(m_yearSpin);
    yearButtons->addWidget(m_addYear);
    yearButtons->addWidget(m_removeYear);
    yearButtons->addStretch();
    boxLayout->addLayout(yearButtons);
    layout->addWidget(box, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fundingMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_linesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_loading == 0)
            showLine();
    });
    connect(m_addLine, &QPushButton::clicked, this, &FundingPanel::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &FundingPanel::removeLine);
    connect(m_funderCombo, &QComboBox::activated, this, &FundingPanel::editLine);
    for (QLineEdit* edit : {m_otherFunderEdit, m_schemeEdit, m_referenceEdit, m_rateEdit, m_notesEdit})
        connect(edit, &QLineEdit::editingFinished, this, &FundingPanel::editLine);
    connect(m_addYear, &QPushButton::clicked, this, &FundingPanel::addYear);
    connect(m_removeYear, &QPushButton::clicked, this, &FundingPanel::removeYear);
    // Queued: the commit rebuilds the table, which must not happen under the item being edited.
    connect(m_amountsTable, &QTableWidget::cellChanged, this, &FundingPanel::amountEdited, Qt::QueuedConnection);
    connect(m_amountsTable, &QTableWidget::itemSelectionChanged, this, &FundingPanel::updateButtons);
    setFundings({}, false);
}

void FundingPanel::setChoices(const QList<QPair<QString, Id>>& partners, const Edition& edition)
{
    m_partners = partners;
    m_edition = edition;
    ++m_loading;
    fillFunders(m_newFunderCombo, false);
    fillFunders(m_funderCombo, true);
    if (edition.startDate.isValid() && edition.endDate.isValid()) {
        m_yearSpin->setRange(edition.firstYear(), edition.lastYear());
    } else {
        m_yearSpin->setRange(2000, 2100);
    }
    --m_loading;
    showLine();
}

void FundingPanel::fillFunders(QComboBox* combo, bool withNone) const
{
    const QString current = combo->currentData().toString();
    combo->clear();
    if (withNone)
        combo->addItem(tr("(no funder)"), QString());
    for (const Fund fund : enumValues<Fund>())
        combo->addItem(enumLabel(fund), QStringLiteral("fund:") + enumCode(fund));
    combo->insertSeparator(combo->count());
    for (const auto& [name, id] : m_partners)
        combo->addItem(name, QStringLiteral("partner:%1").arg(id));
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

int FundingPanel::currentLine() const
{
    const auto rows = m_linesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString FundingPanel::funderText(const FundingLine& line) const
{
    if (line.partnerId != NoId) {
        for (const auto& [name, id] : m_partners) {
            if (id == line.partnerId)
                return name;
        }
    }
    if (line.fund)
        return line.fundName();
    return tr("(no funder)");
}

void FundingPanel::setFundings(const QList<FundingLine>& lines, bool editable)
{
    const int selected = currentLine();
    m_lines = lines;
    m_editable = editable;
    ++m_loading;
    m_linesTable->setRowCount(static_cast<int>(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const auto& line = lines.at(row);
        m_linesTable->setItem(row, 0, readOnlyItem(funderText(line)));
        m_linesTable->setItem(row, 1, readOnlyItem(line.scheme));
        m_linesTable->setItem(row, 2, readOnlyItem(line.reference));
        m_linesTable->setItem(row, 3, readOnlyItem(line.rate ? tr("%1 %").arg(rateText(line.rate)) : QString()));
    }
    if (!lines.isEmpty())
        m_linesTable->selectRow(std::clamp(selected, 0, static_cast<int>(lines.size()) - 1));
    --m_loading;
    showLine();
}

void FundingPanel::showLine()
{
    ++m_loading;
    const int index = currentLine();
    const FundingLine line = index >= 0 && index < m_lines.size() ? m_lines.at(index) : FundingLine{};
    m_lineForm->setEnabled(index >= 0);
    m_funderCombo->setCurrentIndex(std::max(0, m_funderCombo->findData(funderData(line))));
    m_otherFunderEdit->setText(line.otherFunder);
    m_otherFunderEdit->setEnabled(m_editable && line.fund == Fund::Other);
    m_schemeEdit->setText(line.scheme);
    m_referenceEdit->setText(line.reference);
    m_rateEdit->setText(rateText(line.rate));
    m_notesEdit->setText(line.notes);
    const QSignalBlocker blocker(m_amountsTable);
    m_amountsTable->setRowCount(static_cast<int>(line.amounts.size()));
    for (int row = 0; row < line.amounts.size(); ++row) {
        const auto& amount = line.amounts.at(row);
        m_amountsTable->setItem(row, YearColumn, readOnlyItem(QString::number(amount.year)));
        int column = PlannedColumn;
        for (const auto& value : {amount.planned, amount.committed, amount.paid}) {
            auto* item = new QTableWidgetItem(value ? formatMoney(*value) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(value ? QString() : tr("Unknown (not zero)"));
            if (!m_editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_amountsTable->setItem(row, column++, item);
        }
    }
    --m_loading;
    updateButtons();
}

void FundingPanel::updateButtons()
{
    const int line = currentLine();
    m_newFunderCombo->setEnabled(m_editable);
    m_addLine->setEnabled(m_editable);
    m_removeLine->setEnabled(m_editable && line >= 0);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_funderCombo, m_schemeEdit, m_referenceEdit, m_rateEdit,
                                                           m_notesEdit, m_yearSpin, m_addYear})
        widget->setEnabled(m_editable && line >= 0);
    m_removeYear->setEnabled(m_editable && line >= 0 && m_amountsTable->currentRow() >= 0);
}

void FundingPanel::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool FundingPanel::commitLines(const QList<FundingLine>& lines, int select)
{
    showMessage({});
    if (!m_commit(lines)) {
        showLine(); // back to what is stored
        return false;
    }
    if (select >= 0 && select < m_linesTable->rowCount())
        m_linesTable->selectRow(select);
    return true;
}

void FundingPanel::addLine()
{
    FundingLine line;
    applyFunder(line, m_newFunderCombo->currentData().toString());
    if (line.fund == Fund::Other)
        line.otherFunder = tr("Other fund");
    QList<FundingLine> lines = m_lines;
    lines.append(line);
    commitLines(lines, static_cast<int>(lines.size()) - 1);
}

void FundingPanel::removeLine()
{
    const int index = currentLine();
    if (index < 0)
        return;
    QList<FundingLine> lines = m_lines;
    lines.removeAt(index);
    commitLines(lines, std::min(index, static_cast<int>(lines.size()) - 1));
}

void FundingPanel::editLine()
{
    const int index = currentLine();
    if (m_loading > 0 || index < 0 || index >= m_lines.size())
        return;
    QList<FundingLine> lines = m_lines;
    FundingLine& line = lines[index];
    applyFunder(line, m_funderCombo->currentData().toString());
    line.otherFunder = line.fund == Fund::Other ? m_otherFunderEdit->text().trimmed() : QString();
    line.scheme = m_schemeEdit->text().trimmed();
    line.reference = m_referenceEdit->text().trimmed();
    line.notes = m_notesEdit->text().trimmed();
    const QString rate = m_rateEdit->text().trimmed().remove(QLatin1Char('%')).trimmed();
    if (rate.isEmpty()) {
        line.rate.reset();
    } else {
        bool ok = false;
        double value = QLocale().toDouble(rate, &ok);
        if (!ok)
            value = QLocale::c().toDouble(rate, &ok);
        if (!ok) {
            showMessage(tr("\"%1\" is not a rate: type a percentage from 0 to 100, or leave it empty when it is "
                           "unknown.")
                            .arg(rate));
            return;
        }
        line.rate = value;
    }
    if (line != m_lines.at(index))
        commitLines(lines, index);
}

void FundingPanel::addYear()
{
    const int index = currentLine();
    if (index < 0)
        return;
    const int year = m_yearSpin->value();
    if (m_lines.at(index).amount(year)) {
        showMessage(tr("The line already has the year %1.").arg(year));
        return;
    }
    QList<FundingLine> lines = m_lines;
    lines[index].amounts.append({year, std::nullopt, std::nullopt, std::nullopt});
    std::sort(lines[index].amounts.begin(), lines[index].amounts.end(),
              [](const FundingAmount& a, const FundingAmount& b) { return a.year < b.year; });
    commitLines(lines, index);
}

void FundingPanel::removeYear()
{
    const int index = currentLine();
    const int row = m_amountsTable->currentRow();
    if (index < 0 || row < 0 || row >= m_lines.at(index).amounts.size())
        return;
    QList<FundingLine> lines = m_lines;
    lines[index].amounts.removeAt(row);
    commitLines(lines, index);
}

void FundingPanel::amountEdited(int row, int column)
{
    const int index = currentLine();
    if (m_loading > 0 || index < 0 || column == YearColumn || row >= m_lines.at(index).amounts.size())
        return;
    const QString text = m_amountsTable->item(row, column)->text();
    bool ok = true;
    const std::optional<Cents> value = parseMoney(text, &ok);
    QList<FundingLine> lines = m_lines;
    FundingAmount& amount = lines[index].amounts[row];
    if (!ok) {
        showLine();
        showMessage(tr("\"%1\" is not an amount in euros (%2, %3): type it as 12 345,67, or leave the cell empty "
                       "when it is unknown.")
                        .arg(text, QString::number(amount.year), m_amountsTable->horizontalHeaderItem(column)->text()));
        return;
    }
    (column == PlannedColumn ? amount.planned : column == CommittedColumn ? amount.committed : amount.paid) = value;
    if (lines != m_lines)
        commitLines(lines, index);
}

} // namespace pacte
