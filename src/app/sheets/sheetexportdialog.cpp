#include "sheetexportdialog.h"

#include "domain/format.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkbook.h"
#include "exchange/sheetwriter.h"
#include "storage/database.h"
#include "storage/sheetexports.h"
#include "storage/storageerror.h"
#include "ui_sheetexportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace pacte {

namespace {

const QString folderKey = QStringLiteral("sheets/exportFolder");
const QString workbookKey = QStringLiteral("sheets/exportWorkbooks");

} // namespace

SheetExportDialog::SheetExportDialog(Database& db, const EditionData& data, const QUuid& selected, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SheetExportDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sheetExportDialog"));
    m_export = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::ApplyRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    const SheetExports exports(db);
    for (const auto& group : data.groups) {
        // What was sent already, and whether it came back, helps to decide what to send.
        QString label = data.groupLabel(group);
        const auto previous = exports.forGroup(group.uuid);
        if (!previous.isEmpty()) {
            const SheetExportRecord& last = previous.constFirst();
            label +=
                last.imports.isEmpty()
                    ? tr(" — last exported on %1, not imported yet").arg(formatDateTime(last.exportedAt.toLocalTime()))
                    : tr(" — last exported on %1, imported on %2")
                          .arg(formatDateTime(last.exportedAt.toLocalTime()),
                               formatDateTime(last.imports.constLast().importedAt.toLocalTime()));
        }
        auto* item = new QListWidgetItem(label, m_ui->groupsList);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(group.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(group.uuid == selected ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->workbookCheck->setChecked(QSettings().value(workbookKey, false).toBool());
    const QString folder = QSettings().value(folderKey).toString();
    m_ui->folderEdit->setText(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                               : folder);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Folder for the sheets"), m_ui->folderEdit->text());
        if (!chosen.isEmpty())
            m_ui->folderEdit->setText(chosen);
    });
    connect(m_ui->groupsList, &QListWidget::itemChanged, this, &SheetExportDialog::updateButton);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &SheetExportDialog::updateButton);
    connect(m_export, &QPushButton::clicked, this, &SheetExportDialog::exportChecked);
    if (db.isReadOnly())
        m_ui->resultLabel->setText(tr("The database is open read-only: exports cannot be recorded."));
    updateButton();
}

SheetExportDialog::~SheetExportDialog() = default;

void SheetExportDialog::updateButton()
{
    bool any = false;
    for (int i = 0; i < m_ui->groupsList->count(); ++i)
        any = any || m_ui->groupsList->item(i)->checkState() == Qt::Checked;
    m_export->setEnabled(any && !m_ui->folderEdit->text().trimmed().isEmpty() && !m_db.isReadOnly());
}

QStringList SheetExportDialog::exportChecked()
{
    const QString folder = m_ui->folderEdit->text().trimmed();
    QStringList written;
    QStringList errors;
    if (!QDir().mkpath(folder)) {
        m_ui->resultLabel->setText(tr("The folder %1 cannot be created.").arg(folder));
        return written;
    }
    QSettings().setValue(folderKey, folder);
    const bool workbooks = m_ui->workbookCheck->isChecked();
    QSettings().setValue(workbookKey, workbooks);
    for (int i = 0; i < m_ui->groupsList->count(); ++i) {
        QListWidgetItem* item = m_ui->groupsList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        try {
            const ExportedSheet sheet = exportSheet(m_db, item->data(Qt::UserRole).toLongLong());
            QString name = sheet.suggestedFileName;
            if (workbooks && name.endsWith(QLatin1String(SheetFileSuffix)))
                name =
                    name.chopped(static_cast<qsizetype>(qstrlen(SheetFileSuffix))) + QLatin1String(SheetWorkbookSuffix);
            const QString path =
                freeSheetPath(folder, name, QString::fromLatin1(workbooks ? SheetWorkbookSuffix : SheetFileSuffix));
            saveSheetFile(path, workbooks ? writeSheetWorkbook(readSheet(sheet.bytes)) : sheet.bytes);
            written << path;
        } catch (const StorageError& error) {
            errors << QStringLiteral("%1 : %2").arg(item->text(), error.message());
        }
    }
    m_written += written;
    QStringList lines;
    if (!written.isEmpty())
        lines << tr("%n sheet(s) written:", nullptr, static_cast<int>(written.size()));
    for (const auto& path : std::as_const(written))
        lines << QStringLiteral("  ") + QFileInfo(path).fileName();
    lines += errors;
    m_ui->resultLabel->setText(lines.join(QLatin1Char('\n')));
    return written;
}

} // namespace pacte
