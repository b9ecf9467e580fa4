#include "backupsdialog.h"

#include "domain/format.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "ui_backupsdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace pacte {

namespace {

QString reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("import"))
        return BackupsDialog::tr("before a sheet import");
    if (reason == QLatin1String("migration"))
        return BackupsDialog::tr("before a data-format update");
    if (reason == QLatin1String("restauration"))
        return BackupsDialog::tr("before a restore");
    return reason;
}

} // namespace

BackupsDialog::BackupsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("backupsDialog"));
    m_ui->folderLabel->setText(tr("Pacte copies %1 into %2 before every sheet import and every data-format update.")
                                   .arg(QFileInfo(db.path()).fileName(), Backups::folderFor(db.path())));
    m_ui->keepSpin->setRange(Backups::MinKeep, Backups::MaxKeep);
    m_ui->keepSpin->setValue(Backups::keepCount(db));
    m_ui->keepSpin->setEnabled(!db.isReadOnly());
    connect(m_ui->keepSpin, &QSpinBox::editingFinished, this, [this] {
        try {
            Backups::setKeepCount(m_db, m_ui->keepSpin->value());
        } catch (const StorageError& error) {
            QMessageBox::warning(this, tr("Setting not saved"), error.message());
        }
    });
    m_ui->restoreButton->setEnabled(false);
    connect(m_ui->backupsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->restoreButton->setEnabled(!m_db.isReadOnly() && !m_ui->backupsTable->selectedItems().isEmpty());
    });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupsDialog::requestRestore);
    m_ui->backupsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->backupsTable->verticalHeader()->hide();
    reload();
}

BackupsDialog::~BackupsDialog() = default;

void BackupsDialog::reload()
{
    const auto backups = Backups::list(m_db.path());
    QTableWidget* table = m_ui->backupsTable;
    table->setRowCount(static_cast<int>(backups.size()));
    for (int row = 0; row < backups.size(); ++row) {
        const BackupEntry& entry = backups.at(row);
        auto* when = new QTableWidgetItem(formatDateTime(entry.createdAt));
        when->setData(Qt::UserRole, entry.path);
        table->setItem(row, 0, when);
        table->setItem(row, 1, new QTableWidgetItem(reasonLabel(entry.reason)));
        table->setItem(row, 2, new QTableWidgetItem(QLocale().formattedDataSize(QFileInfo(entry.path).size())));
    }
    table->resizeColumnsToContents();
    if (backups.isEmpty())
        m_ui->folderLabel->setText(m_ui->folderLabel->text() + QLatin1Char(' ') + tr("There is no copy yet."));
}

void BackupsDialog::requestRestore()
{
    const auto selected = m_ui->backupsTable->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.constFirst()->row();
    const QString path = m_ui->backupsTable->item(row, 0)->data(Qt::UserRole).toString();
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Replace %1 by the copy of %2? The current file is backed up first, so this can be undone by restoring "
           "that copy.")
            .arg(QFileInfo(m_db.path()).fileName(), m_ui->backupsTable->item(row, 0)->text()));
    if (answer != QMessageBox::Yes)
        return;
    m_chosen = path;
    accept();
}

} // namespace pacte
