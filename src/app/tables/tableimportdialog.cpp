#include "tableimportdialog.h"

#include "app/common/listexport.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "exchange/csvwriter.h"
#include "exchange/inputerror.h"
#include "exchange/tablefiles.h"
#include "exchange/tableworkbook.h"
#include "storage/storageerror.h"
#include "ui_tableimportdialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

namespace pacte {

namespace {

// The first values of a column shown beside its mapping.
constexpr int SampleRows = 3;

QString tableLabel(ImportTable table)
{
    switch (table) {
    case ImportTable::Partners:
        return TableImportDialog::tr("Partners");
    case ImportTable::Persons:
        return TableImportDialog::tr("Persons and referents");
    case ImportTable::Groups:
        return TableImportDialog::tr("Working groups");
    case ImportTable::Actions:
        return TableImportDialog::tr("Actions and their indicators");
    }
    return {};
}

} // namespace

TableImportDialog::TableImportDialog(Document& document, const QList<Edition>& editions, Id editionId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TableImportDialog>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("tableImportDialog"));
    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    for (const QString& code : importTableCodes())
        m_ui->tableCombo->addItem(tableLabel(*importTableFromCode(code)), code);
    for (const auto& edition : editions) {
        m_ui->editionCombo->addItem(edition.title, QVariant::fromValue<qint64>(edition.id));
        if (edition.id == editionId)
            m_ui->editionCombo->setCurrentIndex(m_ui->editionCombo->count() - 1);
    }
    m_ui->mappingTable->setColumnCount(4);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Header"), tr("Imported as"), tr("First values")});
    m_ui->rejectedTable->setColumnCount(4);
    m_ui->rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_ui->saveRejectedButton->setEnabled(false);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &TableImportDialog::chooseFile);
    connect(m_ui->tableCombo, &QComboBox::currentIndexChanged, this, &TableImportDialog::replan);
    connect(m_ui->sheetCombo, &QComboBox::currentIndexChanged, this, &TableImportDialog::replan);
    connect(m_ui->editionCombo, &QComboBox::currentIndexChanged, this, &TableImportDialog::replan);
    connect(m_ui->skipRejectedCheck, &QCheckBox::toggled, this, &TableImportDialog::showPlan);
    connect(m_ui->saveRejectedButton, &QPushButton::clicked, this, [this] {
        const QString path = askExportPath(this, tr("Save the rejected rows"),
                                           QFileInfo(m_path).completeBaseName() + tr("-rejected.csv"),
                                           tr("CSV, semicolon (*.csv);;Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (const QString error = saveRejected(path); !error.isEmpty())
            m_ui->summaryLabel->setText(error);
        else
            showExported(this, tr("The rejected rows were written to %1.").arg(QDir::toNativeSeparators(path)));
    });
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_import, &QPushButton::clicked, this, &TableImportDialog::importNow);
}

TableImportDialog::~TableImportDialog() = default;

void TableImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a table"), QFileInfo(m_path).absolutePath(),
                                                      tr("Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void TableImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_file.reset();
    m_plan.reset();
    m_filling = true;
    m_ui->sheetCombo->clear();
    m_filling = false;
    try {
        m_file = readSpreadsheetFile(path);
    } catch (const InputError& error) {
        m_ui->summaryLabel->setText(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), error.message()));
        showPlan();
        return;
    }
    m_filling = true;
    for (const auto& sheet : m_file->sheets) {
        if (!sheet.hidden)
            m_ui->sheetCombo->addItem(sheet.name);
    }
    m_filling = false;
    m_ui->sheetCombo->setEnabled(m_file->format == SpreadsheetFile::Format::Xlsx);
    replan();
}

QString TableImportDialog::mappingKey() const
{
    QStringList folded;
    for (const auto& header : m_plan->headers())
        folded << foldHeader(header);
    const QByteArray hash =
        QCryptographicHash::hash(folded.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("tableImport/mappings/%1/%2")
        .arg(m_ui->tableCombo->currentData().toString(), QString::fromLatin1(hash));
}

void TableImportDialog::replan()
{
    if (m_filling || !m_file)
        return;
    m_plan.reset();
    const auto table = importTableFromCode(m_ui->tableCombo->currentData().toString());
    const Id editionId = m_ui->editionCombo->currentData().toLongLong();
    try {
        const XlsxSheet& sheet = m_file->sheet(m_ui->sheetCombo->currentText());
        m_plan = std::make_unique<TableImport>(m_document.database(), editionId, *table, sheet);
        // The mapping chosen the last time for the same headers.
        const QByteArray remembered = QSettings().value(mappingKey()).toByteArray();
        if (!remembered.isEmpty()) {
            try {
                m_plan->setMapping(mappingFromJson(*table, m_plan->headers(), remembered));
            } catch (const InputError&) {
                // A remembered mapping that no longer fits: the guess stands.
            }
        }
        m_ui->summaryLabel->clear();
    } catch (const InputError& error) {
        m_ui->summaryLabel->setText(error.message());
    }
    fillMapping();
    showPlan();
}

void TableImportDialog::fillMapping()
{
    m_filling = true;
    QTableWidget* table = m_ui->mappingTable;
    table->setRowCount(0);
    if (m_plan) {
        const QStringList& headers = m_plan->headers();
        const QList<ImportField> fields = importFields(m_plan->table());
        const XlsxSheet& sheet = m_file->sheet(m_ui->sheetCombo->currentText());
        table->setRowCount(static_cast<int>(headers.size()));
        for (int column = 0; column < headers.size(); ++column) {
            table->setItem(column, 0, new QTableWidgetItem(columnLetters(column)));
            table->setItem(column, 1, new QTableWidgetItem(headers.at(column)));
            auto* combo = new QComboBox(table);
            combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
            combo->setAccessibleName(tr("Field filled by column %1").arg(columnLetters(column)));
            combo->addItem(tr("(not imported)"), QString());
            for (const auto& field : fields)
                combo->addItem(field.required ? tr("%1 (required)").arg(field.label) : field.label, field.key);
            combo->setCurrentIndex(std::max(0, combo->findData(m_plan->mapping().fields.value(column))));
            connect(combo, &QComboBox::currentIndexChanged, this, &TableImportDialog::mappingChanged);
            table->setCellWidget(column, 2, combo);
            QStringList samples;
            for (int row = m_plan->headerRow() + 1; row < sheet.rows.size() && samples.size() < SampleRows; ++row) {
                const QVariant cell = sheet.rows.at(row).value(column);
                if (!cell.isNull())
                    samples << (cell.typeId() == QMetaType::QDate ? cell.toDate().toString(QStringLiteral("dd/MM/yyyy"))
                                                                  : cell.toString());
            }
            table->setItem(column, 3, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
            for (int c : {0, 1, 3})
                table->item(column, c)->setFlags(Qt::ItemIsEnabled);
        }
        table->resizeColumnsToContents();
    }
    m_filling = false;
}

void TableImportDialog::mappingChanged()
{
    if (m_filling || !m_plan)
        return;
    ColumnMapping mapping;
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(row, 2));
        mapping.fields << (combo ? combo->currentData().toString() : QString());
    }
    try {
        m_plan->setMapping(mapping);
        m_ui->summaryLabel->clear();
        QSettings().setValue(mappingKey(), mappingToJson(m_plan->headers(), mapping));
    } catch (const InputError& error) {
        m_ui->summaryLabel->setText(error.message());
        m_import->setEnabled(false);
        return;
    }
    showPlan();
}

void TableImportDialog::showPlan()
{
    QTableWidget* rejected = m_ui->rejectedTable;
    rejected->setRowCount(0);
    if (!m_plan) {
        m_import->setEnabled(false);
        m_ui->saveRejectedButton->setEnabled(false);
        return;
    }
    const auto& rows = m_plan->rejected();
    rejected->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const RejectedRow& r = rows.at(i);
        const QStringList cells{QString::number(r.line), r.column, r.value, r.reason};
        for (int c = 0; c < cells.size(); ++c)
            rejected->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    rejected->resizeColumnsToContents();
    QString summary = tr("Dry run: %1.").arg(m_plan->summary());
    if (m_plan->unchangedCount() > 0)
        summary += QLatin1Char(' ') + tr("%n record(s) already as the sheet says.", nullptr, m_plan->unchangedCount());
    if (!rows.isEmpty())
        summary += QLatin1Char(' ') + tr("Rejected rows are never imported: fix them in the spreadsheet, or import the "
                                         "others.");
    m_ui->summaryLabel->setText(summary);
    m_ui->saveRejectedButton->setEnabled(!rows.isEmpty());
    m_ui->skipRejectedCheck->setEnabled(!rows.isEmpty());
    const bool something = m_plan->createdCount() + m_plan->updatedCount() > 0;
    m_import->setEnabled(something && (rows.isEmpty() || m_ui->skipRejectedCheck->isChecked()));
}

QString TableImportDialog::saveRejected(const QString& path) const
{
    if (!m_plan)
        return {};
    try {
        const TableData table = m_plan->rejectedTable();
        saveExportFile(path, path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                 ? writeTablesWorkbook({table}, {})
                                 : writeCsv(table));
    } catch (const StorageError& error) {
        return error.message();
    }
    return {};
}

void TableImportDialog::importNow()
{
    if (!m_plan || !m_import->isEnabled())
        return;
    const QString name = QFileInfo(m_path).fileName();
    const edit::TableImportResult result = edit::importTable(m_document, *m_plan, name);
    if (!result.ok()) {
        m_ui->summaryLabel->setText(tr("Nothing was imported: %1").arg(result.message));
        return;
    }
    // A server database has no backup file (its administrator keeps pg_dump copies).
    m_resultText =
        result.backupPath.isEmpty()
            ? tr("%1 imported: %2.").arg(name, m_plan->summary())
            : tr("%1 imported: %2 (backup: %3).").arg(name, m_plan->summary(), QFileInfo(result.backupPath).fileName());
    accept();
}

} // namespace pacte
