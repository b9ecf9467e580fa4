#include "sheetwindow.h"

#include "app/actions/actionssection.h"
#include "app/appsettings.h"
#include "app/common/accessiblenames.h"
#include "app/common/bannertone.h"
#include "app/common/editorheaders.h"
#include "app/common/shortcuts.h"
#include "app/common/undoshortcuts.h"
#include "app/help/helpmenu.h"
#include "app/indicators/indicatorssection.h"
#include "app/meetings/meetingssection.h"
#include "app/sheets/sheetevaluationtab.h"
#include "domain/clock.h"
#include "domain/format.h"
#include "editing/document.h"
#include "exchange/inputerror.h"
#include "exchange/sheetreader.h"
#include "exchange/sheetworkspace.h"
#include "exchange/sheetwriter.h"
#include "storage/repository.h"
#include "storage/storageerror.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pacte {

SheetWindow* SheetWindow::open(const QString& path, QWidget* parent)
{
    try {
        const SheetData sheet = readSheet(readSheetFile(path));
        auto folder = std::make_unique<QTemporaryDir>();
        if (!folder->isValid())
            throw StorageError(tr("No temporary folder is available to open the sheet."));
        auto database =
            createSheetWorkspace(folder->filePath(QStringLiteral("fiche.pacte")), sheet, settings::editorName());
        auto document = std::make_unique<Document>(std::move(database));
        return new SheetWindow(path, sheet, std::move(document), std::move(folder), parent);
    } catch (const InputError& error) {
        QMessageBox::warning(parent, tr("Sheet refused"),
                             tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), error.message()));
    } catch (const StorageError& error) {
        QMessageBox::warning(parent, tr("Sheet refused"),
                             tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), error.message()));
    }
    return nullptr;
}

namespace {

// The priorities of the group's territories' local pacts (issue 20), read-only: the coordinator's
// database holds them; a referent reads them here, and the import ignores them.
QWidget* prioritiesTab(const SheetData& sheet, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("sheetPrioritiesTab"));
    scroll->setWidgetResizable(true);
    auto* label = new QLabel(scroll);
    label->setObjectName(QStringLiteral("sheetPrioritiesLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(8);
    QString html = QStringLiteral("<p><i>%1</i></p>")
                       .arg(SheetWindow::tr("The priorities of the territory's local pact, decided by its local "
                                            "committee: for information, they cannot be changed in the sheet.")
                                .toHtmlEscaped());
    for (const auto& pact : sheet.localPacts) {
        QString territory;
        for (const auto& t : sheet.territories) {
            if (t.id == pact.territoryId)
                territory = t.name;
        }
        html += QStringLiteral("<h3>%1</h3><ol>").arg(territory.toHtmlEscaped());
        for (const auto& priority : pact.priorities) {
            html += QStringLiteral("<li><b>%1</b>").arg(priority.title.toHtmlEscaped());
            if (!priority.description.trimmed().isEmpty())
                html += QStringLiteral("<br>") + priority.description.trimmed().toHtmlEscaped();
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    label->setText(html);
    scroll->setWidget(label);
    return scroll;
}

} // namespace

SheetWindow::SheetWindow(const QString& path, const SheetData& sheet, std::unique_ptr<Document> document,
                         std::unique_ptr<QTemporaryDir> folder, QWidget* parent)
    : QMainWindow(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_origin(sheet.origin)
    , m_folder(std::move(folder))
    , m_document(std::move(document))
{
    setObjectName(QStringLiteral("sheetWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("sheetBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    const BannerColours tone = bannerColours(BannerTone::Information, palette());
    m_banner->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 8px; border-bottom: 1px solid %3;")
                                .arg(tone.background.name(), tone.text.name(), tone.border.name()));
    QStringList territories;
    for (Id id : sheet.group.territoryIds) {
        for (const auto& t : sheet.territories) {
            if (t.id == id)
                territories << t.name;
        }
    }
    QString banner = tr("<b>Sheet of the working group « %1 »</b> — %2 — %3<br>Exported by %4 on %5")
                         .arg(sheet.group.name.toHtmlEscaped(), territories.join(QStringLiteral(", ")).toHtmlEscaped(),
                              sheet.origin.editionTitle.toHtmlEscaped(), sheet.origin.exportedBy.toHtmlEscaped(),
                              formatDateTime(sheet.origin.exportedAt.toLocalTime()));
    if (sheet.origin.savedAt.isValid())
        banner += tr(" · last saved by %1 on %2")
                      .arg(sheet.origin.savedBy.toHtmlEscaped(), formatDateTime(sheet.origin.savedAt.toLocalTime()));
    m_banner->setText(banner);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("sheetTabs"));
    auto* meetings = new MeetingsSection(m_tabs);
    meetings->setGroupScope(sheet.group.id);
    m_sections = {new ActionsSection(m_tabs), new IndicatorsSection(m_tabs), meetings};
    const Id editionId = sheet.group.editionId;
    for (auto* section : std::as_const(m_sections)) {
        m_tabs->addTab(section, section->title());
        section->setDocument(m_document.get());
        section->setEdition(editionId);
        // Links between sections ("show the action of this indicator") switch tabs.
        connect(section, &Section::openRequested, this, [this](Entity entity, const QUuid& uuid) {
            for (auto* other : std::as_const(m_sections)) {
                if (other->itemEntity() == entity && other->openItem(uuid)) {
                    m_tabs->setCurrentWidget(other);
                    return;
                }
            }
        });
    }
    m_tabs->addTab(new SheetEvaluationTab(m_document.get(), sheet.group.id, editionId, m_tabs),
                   tr("Yearly evaluation"));
    if (!sheet.localPacts.isEmpty())
        m_tabs->addTab(prioritiesTab(sheet, m_tabs), tr("Territorial priorities"));
    // The workspace's change log only says that the sheet was opened: the history that matters is the
    // coordinator's, where the import records the sheet's changes.
    for (auto* history : m_tabs->findChildren<QPushButton*>(QStringLiteral("historyButton")))
        history->hide();
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    createMenus();
    nameFromBuddies(this);
    describeFields(this);
    enlargeEditorHeaders(this);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &SheetWindow::updateTitle);
    connect(m_document.get(), &Document::errorOccurred, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Change refused"), message); });
    updateTitle();
    resize(1200, 740);
}

SheetWindow::~SheetWindow()
{
    // Sections refer to the document: drop them first.
    for (auto* section : std::as_const(m_sections))
        section->setDocument(nullptr);
}

void SheetWindow::createMenus()
{
    QUndoStack* stack = m_document->undoStack();
    auto* file = menuBar()->addMenu(tr("&Sheet"));
    auto* save = file->addAction(tr("&Save the sheet"), QKeySequence::Save, this, &SheetWindow::save);
    save->setObjectName(QStringLiteral("saveSheetAction"));
    file->addSeparator();
    auto* close = file->addAction(tr("&Close"), QKeySequence::Close, this, &SheetWindow::close);
    close->setObjectName(QStringLiteral("closeSheetAction"));

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(redoShortcuts());
    edit->addAction(undo);
    edit->addAction(redo);
    new UndoShortcuts(this, undo, redo);
    edit->addSeparator();
    auto* add = edit->addAction(tr("&Add an item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        if (Section* section = currentSection(); section && section->canAddItems())
            section->addItem();
    });
    add->setObjectName(QStringLiteral("addItemAction"));
    auto* remove = edit->addAction(tr("&Delete the item…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this, [this] {
        if (Section* section = currentSection())
            section->deleteSelectedItem();
    });
    remove->setObjectName(QStringLiteral("deleteItemAction"));

    help::addSheetHelpMenu(menuBar(), this);

    auto* toolbar = addToolBar(tr("Sheet tool bar"));
    toolbar->setObjectName(QStringLiteral("sheetToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(save);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

Section* SheetWindow::currentSection() const
{
    return qobject_cast<Section*>(m_tabs->currentWidget());
}

bool SheetWindow::isModified() const
{
    return !m_document->undoStack()->isClean();
}

void SheetWindow::updateTitle()
{
    setWindowModified(isModified());
    setWindowTitle(tr("%1[*] — sheet — Pacte").arg(QFileInfo(m_path).fileName()));
}

bool SheetWindow::save()
{
    SheetOrigin origin = m_origin;
    origin.savedAt = Clock::currentDateTimeUtc();
    origin.savedBy = settings::editorName();
    try {
        const QByteArray bytes = writeSheet(sheetFromWorkspace(m_document->database(), origin));
        saveSheetFile(m_path, bytes);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Sheet not saved"), error.message());
        return false;
    }
    m_origin = origin;
    m_document->undoStack()->setClean();
    statusBar()->showMessage(tr("Sheet saved in %1.").arg(QFileInfo(m_path).fileName()), 8000);
    return true;
}

void SheetWindow::closeEvent(QCloseEvent* event)
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved sheet"), tr("Save the changes to %1 before closing?").arg(QFileInfo(m_path).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace pacte
