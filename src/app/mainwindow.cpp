#include "mainwindow.h"

#include "domain/editionstats.h"
#include "domain/format.h"
#include "editing/document.h"
#include "storage/editionloader.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pacte {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setStyleSheet(QStringLiteral("background: #fff3b0; color: #3d3000; padding: 6px;"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_summary = new QTextBrowser(central);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setOpenLinks(false);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    setCentralWidget(central);
    createMenus();
    setWindowTitle(tr("Pacte"));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Pacte database"), QString(),
                                                      tr("Pacte databases (*.pacte);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    try {
        auto database = Database::open(path, Database::systemUserName());
        m_document = std::make_unique<Document>(std::move(database));
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("File refused"), error.message());
        return false;
    }
    QSettings().setValue(QStringLiteral("files/last"), m_document->filePath());
    setWindowTitle(tr("Pacte — %1").arg(QFileInfo(m_document->filePath()).fileName()));
    const Database& db = m_document->database();
    if (db.isLockedByOther()) {
        const LockHolder& holder = db.lockHolder();
        m_banner->setText(tr("Opened read-only: %1 is open in Pacte by %2 on %3 since %4.")
                              .arg(QFileInfo(db.path()).fileName(),
                                   holder.userName.isEmpty() ? tr("another user") : holder.userName, holder.hostName,
                                   formatDateTime(holder.since)));
        m_banner->show();
    } else if (db.isReadOnly()) {
        m_banner->setText(tr("Opened read-only: you cannot write to %1.").arg(db.path()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    refresh();
    return true;
}

void MainWindow::refresh()
{
    if (!m_document)
        return;
    Database& db = m_document->database();
    QString html = QStringLiteral("<h2>%1</h2>").arg(QFileInfo(db.path()).fileName().toHtmlEscaped());
    for (const auto& edition : EditionRepository(db).all()) {
        const EditionStats stats = computeStats(loadEditionData(db, edition.id));
        html += QStringLiteral("<h3>%1</h3><ul>").arg(edition.title.toHtmlEscaped());
        html += QStringLiteral("<li>%1</li>").arg(tr("%n signatory partner(s)", nullptr, stats.partners));
        html +=
            QStringLiteral("<li>%1</li>").arg(tr("%n axis/axes, %1 theme(s)", nullptr, stats.axes).arg(stats.themes));
        html += QStringLiteral("<li>%1</li>").arg(tr("%n working group(s)", nullptr, stats.workingGroups));
        QStringList statuses;
        for (auto it = stats.actionsByStatus.cbegin(); it != stats.actionsByStatus.cend(); ++it)
            statuses << QStringLiteral("%1 %2").arg(it.value()).arg(enumLabel(it.key()));
        html += QStringLiteral("<li>%1 (%2)</li>")
                    .arg(tr("%n action(s)", nullptr, stats.actions), statuses.join(QStringLiteral(", ")));
        html += QStringLiteral("<li>%1</li></ul>").arg(tr("%n meeting(s)", nullptr, stats.meetings));
    }
    m_summary->setHtml(html);
}

} // namespace pacte
