// The banners of the main window: read-only (who holds the file, "Reopen for writing", and the file
// reopened for writing by itself once the other window has closed it), and the demonstration notice.
#include "app/common/bannertone.h"
#include "app/common/section.h"
#include "appsettings.h"
#include "demodatabase.h"
#include "domain/format.h"
#include "editing/document.h"
#include "mainwindow.h"
#include "storage/databaselock.h"
#include "storage/storageerror.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace pacte {

namespace {

// How often a read-only window looks whether the other one has closed the file.
constexpr int LockWatchInterval = 2000;

} // namespace

// The banners' tones for the application's palette: at creation, and when the desktop switches
// between a light and a dark theme while Pacte runs (with the sidebar's red counts).
void MainWindow::styleBanners()
{
    m_bannerFrame->setStyleSheet(bannerStyleSheet(BannerTone::Warning, palette(), m_bannerFrame->objectName()));
    m_demoNotice->setStyleSheet(bannerStyleSheet(BannerTone::Information, palette(), m_demoNotice->objectName()));
    if (m_rightsNotice)
        m_rightsNotice->setStyleSheet(
            bannerStyleSheet(BannerTone::Information, palette(), m_rightsNotice->objectName()));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_bannerFrame && m_demoNotice) {
        styleBanners();
        updateSidebarCounts();
    }
}

void MainWindow::createBanner(QWidget* parent)
{
    m_bannerFrame = new QWidget(parent);
    m_bannerFrame->setObjectName(QStringLiteral("readOnlyBannerFrame"));
    m_bannerFrame->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QHBoxLayout(m_bannerFrame);
    layout->setContentsMargins(6, 4, 6, 4);
    m_banner = new QLabel(m_bannerFrame);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    layout->addWidget(m_banner, 1);
    m_reopenButton = new QPushButton(tr("&Reopen for writing"), m_bannerFrame);
    m_reopenButton->setObjectName(QStringLiteral("reopenWritableButton"));
    m_reopenButton->setToolTip(tr("Open the file again for writing, once it is closed in the other window"));
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { reopenForWriting(false); });
    layout->addWidget(m_reopenButton);
    m_bannerFrame->hide();

    // The demo data is not hers: say so, and how to start her own file.
    m_demoNotice = new QWidget(parent);
    m_demoNotice->setObjectName(QStringLiteral("demoNotice"));
    m_demoNotice->setAttribute(Qt::WA_StyledBackground);
    auto* demoLayout = new QHBoxLayout(m_demoNotice);
    demoLayout->setContentsMargins(6, 4, 6, 4);
    auto* demoText = new QLabel(tr("This is the <b>demonstration file</b>: the Hérault's pact from its source "
                                   "document, completed with illustrative entries where the document gives no detail. "
                                   "Try anything here; to keep your own pact, create a new file."),
                                m_demoNotice);
    demoText->setObjectName(QStringLiteral("demoNoticeLabel"));
    demoText->setWordWrap(true);
    demoLayout->addWidget(demoText, 1);
    auto* create = new QPushButton(tr("&Create my file…"), m_demoNotice);
    create->setObjectName(QStringLiteral("demoNewFileButton"));
    connect(create, &QPushButton::clicked, this, &MainWindow::newFile);
    demoLayout->addWidget(create);
    auto* dismiss = new QPushButton(tr("Dismiss"), m_demoNotice);
    dismiss->setObjectName(QStringLiteral("demoDismissButton"));
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_demoDismissed = true;
        m_demoNotice->hide();
    });
    demoLayout->addWidget(dismiss);
    m_demoNotice->hide();
    styleBanners();

    m_lockWatch = new QTimer(this);
    m_lockWatch->setInterval(LockWatchInterval);
    connect(m_lockWatch, &QTimer::timeout, this, [this] {
        // The other instance removes its lock file when it closes the file.
        if (m_document && !m_document->database().isServer() && m_document->database().isLockedByOther() &&
            !QFileInfo::exists(DatabaseLock::lockPath(m_document->filePath())))
            reopenForWriting(true);
    });
}

void MainWindow::updateTitleAndBanner()
{
    m_lockWatch->stop();
    m_demoNotice->setVisible(!m_demoDismissed && m_document && !m_document->database().isServer() &&
                             QFileInfo(m_document->filePath()).canonicalFilePath() ==
                                 QFileInfo(demoDatabasePath()).canonicalFilePath());
    updateServerRole();
    if (!m_document) {
        setWindowTitle(tr("Pacte"));
        m_bannerFrame->hide();
        m_statusFile->clear();
        return;
    }
    const Database& db = m_document->database();
    // The file's name, or "database « pacte » on server.example.org".
    const QString name = db.displayName();
    setWindowTitle(db.isReadOnly() ? tr("%1 (read-only) — Pacte").arg(name) : tr("%1 — Pacte").arg(name));
    if (db.isLockedByOther()) {
        // Who holds it: a window or a pacte-cli command, by whom, where, since when.
        m_banner->setText(tr("Opened read-only: %1 cannot be written now (%2). Your changes cannot be saved until it "
                             "is released.")
                              .arg(name, db.readOnlyReason()));
    } else if (db.isReadOnly() && db.serverRights() && db.serverRights()->role == serverrights::Role::Reader) {
        m_banner->setText(tr("You are viewing this database for reading: your role on the server does not allow you "
                             "to change it."));
    } else if (db.isReadOnly()) {
        m_banner->setText(tr("Opened read-only: %1 cannot be written (%2).")
                              .arg(db.isServer() ? db.displayName() : db.path(), db.readOnlyReason()));
    }
    m_bannerFrame->setVisible(db.isReadOnly());
    // A server's database is not held by another window: reopening it changes nothing.
    m_reopenButton->setVisible(!db.isServer());
    if (db.isLockedByOther())
        m_lockWatch->start();
    m_statusFile->setText(db.isReadOnly() ? tr("read-only") : tr("read-write"));
    // The status bar lays its permanent labels out again for their new widths.
    if (QLayout* layout = statusBar()->layout()) {
        layout->invalidate();
        layout->activate();
    }
}

void MainWindow::reopenForWriting(bool quiet)
{
    if (!m_document)
        return;
    const QString path = m_document->filePath();
    const QString name = m_document->database().displayName();
    const Id edition = m_editionId;
    const auto* current = qobject_cast<Section*>(m_stack->currentWidget());
    const bool hadSection = current != nullptr;
    const SectionId shown = hadSection ? current->id() : SectionId::Dashboard;
    // A trial first: the file replaced only if it opens for writing now.
    std::unique_ptr<Database> database;
    try {
        database = Database::open(path, settings::editorName());
    } catch (const StorageError& error) {
        if (!quiet)
            QMessageBox::warning(this, tr("File not reopened"), error.message());
        return;
    }
    if (database->isReadOnly()) {
        if (!quiet)
            QMessageBox::information(this, tr("Still read-only"),
                                     tr("%1 is still open in another window: close it there first.").arg(name));
        return;
    }
    setDocument(std::make_unique<Document>(std::move(database)));
    if (edition != NoId)
        setCurrentEdition(edition);
    if (hadSection)
        showSection(shown);
    statusBar()->showMessage(tr("%1 is open for writing.").arg(name), 8000);
}

} // namespace pacte
