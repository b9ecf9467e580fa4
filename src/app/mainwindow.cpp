#include "mainwindow.h"

#include "app/actions/actionssection.h"
#include "app/axes/axessection.h"
#include "app/common/accessiblenames.h"
#include "app/common/conflictdialog.h"
#include "app/common/editorheaders.h"
#include "app/common/openingcheck.h"
#include "app/common/provenancefield.h"
#include "app/common/readablecolour.h"
#include "app/common/section.h"
#include "app/common/shortcuts.h"
#include "app/common/undoshortcuts.h"
#include "app/compliance/compliancesection.h"
#include "app/coverage/coveragesection.h"
#include "app/dashboard/dashboardsection.h"
#include "app/editions/declaredcountsdialog.h"
#include "app/editions/editionrulesdialog.h"
#include "app/evaluation/evaluationsection.h"
#include "app/groups/groupssection.h"
#include "app/help/helpmenu.h"
#include "app/indicators/indicatorssection.h"
#include "app/meetings/meetingssection.h"
#include "app/partners/partnerssection.h"
#include "app/persons/personssection.h"
#include "app/renewal/renewaldialog.h"
#include "app/reports/reportdialog.h"
#include "app/territories/territoriessection.h"
#include "appsettings.h"
#include "domain/format.h"
#include "domain/rules.h"
#include "editing/document.h"
#include "editing/edits.h"
#include "editiondialog.h"
#include "serverpassword.h"
#include "storage/provenancestore.h"
#include "storage/repository.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"
#include "windowplacement.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoView>
#include <QVBoxLayout>

namespace pacte {

namespace {

// The version of the saved tool bar and dock layout: 1 since the undo history moved below the
// sections (a layout saved before would put it back on the right).
constexpr int WindowStateVersion = 1;

// A command's text as it reads after "Undo: " in a menu: lower-case verb, ampersands kept literal.
QString commandPhrase(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString phrase = text;
    phrase[0] = phrase[0].toLower();
    return phrase.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createBanner(central);
    createServerRoleWidgets(central);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(m_rightsNotice);
    layout->addWidget(m_demoNotice);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new QTreeWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setColumnCount(2);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setRootIsDecorated(false);
    m_sidebar->setIndentation(8);
    m_sidebar->header()->setStretchLastSection(false);
    m_sidebar->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sidebar->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("sectionStack"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 1150});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFile"));
    statusBar()->addPermanentWidget(m_serverRoleLabel);
    statusBar()->addPermanentWidget(m_statusFile);

    createActions();
    createSections();
    nameFromBuddies(this);
    describeFields(this);
    enlargeEditorHeaders(this);
    connect(m_sidebar, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_stack->setCurrentIndex(m_sidebar->indexOfTopLevelItem(item));
        updateTableActions();
    });
    m_sidebar->setCurrentItem(m_sidebar->topLevelItem(0));
    // The sidebar is as wide as its longest title and count need (the French ones are long).
    int titles = 0;
    for (int i = 0; i < m_sidebar->topLevelItemCount(); ++i)
        titles = std::max(titles, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->topLevelItem(i)->text(0)));
    const int sidebarWidth = titles + m_sidebar->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 24;
    m_sidebar->setMinimumWidth(sidebarWidth);
    // No wider at first: the sections' filter rows get the rest (the groups' takes 1150 pixels).
    splitter->setSizes({sidebarWidth, 1366 - sidebarWidth});

    setWindowTitle(tr("Pacte"));
    resize(1280, 760);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), WindowStateVersion);
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Sections refer to the document: drop them first.
    for (auto* section : std::as_const(m_sections))
        section->setDocument(nullptr);
}

void MainWindow::showAsSaved()
{
    if (QSettings().contains(QStringLiteral("window/geometry"))) {
        show();
        return;
    }
    const QScreen* shown = screen() ? screen() : QGuiApplication::primaryScreen();
    const FirstPlacement placement = firstPlacement(shown ? shown->availableGeometry() : QRect(0, 0, 1366, 768));
    setGeometry(placement.geometry);
    if (placement.maximized)
        showMaximized();
    else
        show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(WindowStateVersion));
    if (const auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newFile);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    file->addAction(tr("Open &a database on a server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::openServerWithDialog)
        ->setObjectName(QStringLiteral("openServerAction"));
    m_recentMenu = file->addMenu(tr("Recent &files"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_saveCopyAction = file->addAction(tr("Save a &copy as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                                       &MainWindow::saveCopyAs);
    // One of the two copies applies at a time (a file goes to a server, a server database to a file):
    // the other is hidden, and both take the same Alt letter.
    m_copyToServerAction = file->addAction(tr("Cop&y to a server…"), this, &MainWindow::copyToServer);
    m_copyToServerAction->setObjectName(QStringLiteral("copyToServerAction"));
    m_copyToServerAction->setStatusTip(tr("Copy the open file, history included, into an empty database on a "
                                          "PostgreSQL server, then compare the two"));
    m_copyToFileAction = file->addAction(tr("Cop&y to a file…"), this, &MainWindow::copyToFile);
    m_copyToFileAction->setObjectName(QStringLiteral("copyToFileAction"));
    m_copyToFileAction->setStatusTip(
        tr("Copy the server database, history included, into a new .pacte file, then compare the two"));
    file->addAction(tr("New de&monstration file…"), this, &MainWindow::newDemoFile);
    file->addSeparator();
    // Not an entry of the edition selector: an arrow key there would open it, and Enter create one.
    m_newEditionAction = file->addAction(tr("New e&dition of the pact…"), this, &MainWindow::newEdition);
    m_newEditionAction->setObjectName(QStringLiteral("newEditionAction"));
    m_renewEditionAction = file->addAction(tr("New edition f&rom…"), this, &MainWindow::renewEdition);
    m_renewEditionAction->setObjectName(QStringLiteral("renewEditionAction"));
    m_renewEditionAction->setStatusTip(
        tr("A new edition that carries over the axes, partners, active groups and unfinished actions of another"));
    m_declaredCountsAction =
        file->addAction(tr("Fig&ures declared by the pact…"), this, &MainWindow::editDeclaredCounts);
    m_declaredCountsAction->setObjectName(QStringLiteral("declaredCountsAction"));
    m_declaredCountsAction->setStatusTip(
        tr("The figures the current edition's pact states without listing them, such as its number of signatories"));
    m_editionRulesAction =
        file->addAction(tr("&Governance rules of the edition…"), this, &MainWindow::editEditionRules);
    m_editionRulesAction->setObjectName(QStringLiteral("editionRulesAction"));
    m_editionRulesAction->setStatusTip(
        tr("The rules the current edition's pact states: on or off, severity, deadline and the pact's sentence"));
    m_editionProvenanceAction =
        file->addAction(tr("Pro&venance of the edition…"), this, &MainWindow::editEditionProvenance);
    m_editionProvenanceAction->setObjectName(QStringLiteral("editionProvenanceAction"));
    m_editionProvenanceAction->setStatusTip(
        tr("Where the current edition's dates and figures come from: quoted from the pact, deduced, illustrative"));
    file->addSeparator();
    file->addAction(tr("Open a s&heet…"), this, &MainWindow::openSheet)
        ->setObjectName(QStringLiteral("openSheetAction"));
    m_importSheetAction = file->addAction(tr("&Import a sheet…"), this, &MainWindow::importSheet);
    m_importSheetAction->setObjectName(QStringLiteral("importSheetAction"));
    m_backupsAction = file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    m_backupsAction->setObjectName(QStringLiteral("backupsAction"));
    file->addSeparator();
    addTableActions(file);
    file->addSeparator();
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::close);
    quit->setMenuRole(QAction::QuitRole);
    // A disabled entry says why in its tool tip (Backups on a server).
    file->setToolTipsVisible(true);
    rebuildRecentMenu();
    updateServerActions();

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    // The tool bar keeps the short name while the menu says what will be undone.
    m_undoAction->setIconText(tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setShortcuts(redoShortcuts());
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    new UndoShortcuts(this, m_undoAction, m_redoAction);
    edit->addSeparator();
    m_addAction = edit->addAction(tr("&Add an item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        if (auto* section = qobject_cast<Section*>(m_stack->currentWidget()); section && section->canAddItems())
            section->addItem();
    });
    m_deleteAction = edit->addAction(tr("&Delete the item…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this, [this] {
        if (auto* section = qobject_cast<Section*>(m_stack->currentWidget()))
            section->deleteSelectedItem();
    });
    m_addAction->setObjectName(QStringLiteral("addItemAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteItemAction"));
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* filters = edit->addAction(tr("F&ilters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, [this] {
        if (auto* section = qobject_cast<Section*>(m_stack->currentWidget()))
            section->focusFilters();
    });
    filters->setObjectName(QStringLiteral("focusFiltersAction"));

    auto* view = menuBar()->addMenu(tr("&View"));
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    auto* undoView = new QUndoView(m_undoDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened file>"));
    m_undoDock->setWidget(undoView);
    // Below the sections, not beside them: at 1366 pixels the list and the editor leave no width to
    // spare (a dock on the right widened the window past the screen and was 70 pixels wide).
    m_undoDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    undoView->setMinimumHeight(90);
    addDockWidget(Qt::BottomDockWidgetArea, m_undoDock);
    resizeDocks({m_undoDock}, {140}, Qt::Vertical);
    m_undoDock->hide();
    auto* toggleUndo = m_undoDock->toggleViewAction();
    toggleUndo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(toggleUndo);
    view->addSeparator();
    m_recentMenu->setProperty("viewMenu", QVariant::fromValue<QObject*>(view));

    auto* reports = menuBar()->addMenu(tr("&Reports"));
    reports->setObjectName(QStringLiteral("reportsMenu"));
    auto* copilReport = reports->addAction(tr("COPIL report…"), QKeySequence::Print, this,
                                           [this] { openReportDialog(this, m_document.get(), m_editionId); });
    copilReport->setObjectName(QStringLiteral("copilReportAction"));

    help::addHelpMenu(menuBar(), this, [this]() -> std::optional<SectionId> {
        const auto* section = qobject_cast<Section*>(m_stack->currentWidget());
        return section ? std::optional(section->id()) : std::nullopt;
    });

    auto* toolbar = addToolBar(tr("Main tool bar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    auto* editionLabel = new QLabel(tr(" &Edition: "), toolbar);
    m_editionCombo = new QComboBox(toolbar);
    m_editionCombo->setObjectName(QStringLiteral("editionCombo"));
    m_editionCombo->setAccessibleName(tr("Edition of the pact"));
    m_editionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    editionLabel->setBuddy(m_editionCombo);
    connect(m_editionCombo, &QComboBox::activated, this, &MainWindow::onEditionActivated);
    toolbar->addWidget(editionLabel);
    toolbar->addWidget(m_editionCombo);
    toolbar->addAction(m_newEditionAction);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("quickSearch"));
    m_search->setPlaceholderText(tr("Search… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Quick search"));
    m_search->setClearButtonEnabled(true);
    // Wide enough for its placeholder at the usual text size; narrower at a large one, so that the
    // tool bar never widens the window beyond the screen.
    m_search->setMinimumWidth(std::min(320, 14 * m_search->fontMetrics().averageCharWidth()));
    m_search->setMaximumWidth(std::max(320, 30 * m_search->fontMetrics().averageCharWidth()));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (auto* section : std::as_const(m_sections))
            section->setQuickSearch(text);
    });
    toolbar->addWidget(m_search);
}

void MainWindow::createSections()
{
    // Sidebar order. Each feature folder adds its section on its own line.
    addSection(new DashboardSection(m_stack));
    addSection(new ComplianceSection(m_stack));
    addSection(new PartnersSection(m_stack));
    addSection(new PersonsSection(m_stack));
    addSection(new TerritoriesSection(m_stack));
    addSection(new AxesSection(m_stack));
    addSection(new GroupsSection(m_stack));
    addSection(new ActionsSection(m_stack));
    addSection(new IndicatorsSection(m_stack));
    addSection(new MeetingsSection(m_stack));
    addSection(new EvaluationSection(m_stack));
    addSection(new CoverageSection(m_stack));
    auto* view = qobject_cast<QMenu*>(m_recentMenu->property("viewMenu").value<QObject*>());
    for (int i = 0; i < m_sections.size(); ++i) {
        Section* section = m_sections.at(i);
        auto* action = view->addAction(section->title(), this, [this, i] { showSectionAt(i); });
        action->setObjectName(section->objectName() + QStringLiteral("Action"));
        action->setShortcut(sectionShortcut(section->id()));
        m_sidebar->topLevelItem(i)->setToolTip(
            0, tr("%1 (%2)").arg(section->title(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    view->addSeparator();
    auto* next = view->addAction(tr("&Next section"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, [this] {
        showSectionAt((m_stack->currentIndex() + 1) % static_cast<int>(m_sections.size()));
    });
    next->setObjectName(QStringLiteral("nextSectionAction"));
    auto* previous = view->addAction(tr("&Previous section"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [this] {
        const int count = static_cast<int>(m_sections.size());
        showSectionAt((m_stack->currentIndex() + count - 1) % count);
    });
    previous->setObjectName(QStringLiteral("previousSectionAction"));
}

void MainWindow::showSectionAt(int index)
{
    m_sidebar->setCurrentItem(m_sidebar->topLevelItem(index));
    // The keyboard follows: into the list (or the section's first control), not left in the sidebar.
    if (auto* section = qobject_cast<Section*>(m_stack->currentWidget()))
        section->focusContent();
}

void MainWindow::addSection(Section* section)
{
    m_sections.append(section);
    m_stack->addWidget(section);
    auto* item = new QTreeWidgetItem(m_sidebar, {section->title(), QString()});
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, Qt::UserRole, section->objectName());
    connect(section, &Section::countChanged, this, &MainWindow::updateSidebarCounts);
    connect(section, &Section::openRequested, this, &MainWindow::onSectionRequested);
    connect(section, &Section::filterRequested, this, &MainWindow::showFiltered);
    connect(section, &Section::sectionRequested, this, &MainWindow::showSection);
    connect(section, &Section::narrowRequested, this, [this](SectionId id, FilterKey key, qint64 value) {
        if (Section* target = this->section(id))
            target->applyFacet(key, value);
    });
}

Section* MainWindow::section(SectionId id) const
{
    const auto it = std::find_if(m_sections.cbegin(), m_sections.cend(),
                                 [id](const Section* section) { return section->id() == id; });
    return it == m_sections.cend() ? nullptr : *it;
}

void MainWindow::showFiltered(SectionId id, FilterKey key, qint64 value)
{
    if (Section* target = section(id)) {
        m_search->clear();
        target->clearFilters();
        target->applyFacet(key, value);
        showSection(id);
    }
}

void MainWindow::showSection(SectionId id)
{
    if (Section* target = section(id))
        m_sidebar->setCurrentItem(m_sidebar->topLevelItem(static_cast<int>(m_sections.indexOf(target))));
}

void MainWindow::onSectionRequested(Entity entity, const QUuid& uuid)
{
    for (int i = 0; i < m_sections.size(); ++i) {
        Section* section = m_sections.at(i);
        if (section->itemEntity() == entity && section->openItem(uuid)) {
            m_sidebar->setCurrentItem(m_sidebar->topLevelItem(i));
            return;
        }
    }
}

void MainWindow::updateSidebarCounts()
{
    for (int i = 0; i < m_sections.size(); ++i) {
        const Section* section = m_sections.at(i);
        const int count = section->count();
        QTreeWidgetItem* item = m_sidebar->topLevelItem(i);
        item->setText(1, count < 0 ? QString() : QString::number(count));
        const bool alert = section->countIsAlert() && count > 0;
        item->setForeground(1, alert ? QBrush(readableText(QColor(0xb0, 0x00, 0x20))) : QBrush());
        QFont font = item->font(1);
        font.setBold(alert);
        item->setFont(1, font);
    }
}

bool MainWindow::openFile(const QString& path)
{
    // A password written in the address serves this process's later connections too (the background
    // readers and a reopening connect by the address without it), never the settings.
    if (const auto server = ServerAddress::parse(path); server && !server->password.isEmpty())
        Database::rememberPassword(path, server->password);
    std::unique_ptr<Database> database;
    try {
        // Cancelling the server's password box stops quietly.
        // A file's integrity check runs on a worker thread: the window answers meanwhile, and a long check
        // shows a progress that can cancel the opening.
        const auto check = isServerLocation(path) ? Database::IntegrityCheck() : integrityCheckInBackground(this);
        if (!withServerPassword(this, path, [&] {
                database = Database::open(path, settings::editorName(), Database::Access::ReadWrite, check);
            }))
            return false;
    } catch (const OpeningCancelled&) {
        showStatus(tr("Opening cancelled."));
        return false;
    } catch (const StorageError& error) {
        QMessageBox::warning(this, isServerLocation(path) ? tr("Database refused") : tr("File refused"),
                             error.message());
        return false;
    }
    setDocument(std::make_unique<Document>(std::move(database)));
    settings::addRecentFile(m_document->filePath());
    rebuildRecentMenu();
    if (!m_document->database().migrationBackupPath().isEmpty())
        showStatus(tr("The file was updated to the current data format; a backup copy was made first."));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    for (auto* section : std::as_const(m_sections))
        section->setDocument(nullptr);
    auto* undoView = qobject_cast<QUndoView*>(m_undoDock->widget());
    undoView->setStack(nullptr);
    m_document = std::move(document);
    m_editionId = NoId;
    disconnect(m_undoAction, nullptr, nullptr, nullptr);
    disconnect(m_redoAction, nullptr, nullptr, nullptr);
    if (m_document) {
        QUndoStack* stack = m_document->undoStack();
        undoView->setStack(stack);
        connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
        connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
        // The Edit menu says what will be undone: "Annuler : renommer le partenaire « … »".
        connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
            const QString step = commandPhrase(text);
            m_undoAction->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(step));
            m_undoAction->setToolTip(step.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(step));
        });
        connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
            const QString step = commandPhrase(text);
            m_redoAction->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(step));
            m_redoAction->setToolTip(step.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(step));
        });
        connect(m_document.get(), &Document::changed, this, [this](Entity entity) {
            if (entity == Entity::Edition)
                reloadEditions();
            showStatus(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm"))));
            updateSidebarCounts();
        });
        connect(m_document.get(), &Document::errorOccurred, this,
                [this](const QString& message) { QMessageBox::warning(this, tr("Change refused"), message); });
        // An undo or redo that would write over someone else's later change (a server): both versions,
        // once the stack has dropped the step.
        connect(m_document.get(), &Document::conflictOccurred, this,
                [this](const QString&, const QString& label, const QList<ConflictField>& fields) {
                    QTimer::singleShot(0, this, [this, label, fields] {
                        ConflictDialog(ConflictDialog::Situation::UndoRedo, label, fields, this).exec();
                    });
                });
    }
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    const bool writable = m_document && !m_document->isReadOnly();
    // The editions and the sheets' return are the coordinator's (a referent's server refuses them).
    const bool editions = m_document && m_document->mayChangeAll();
    m_addAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable);
    m_newEditionAction->setEnabled(editions);
    m_renewEditionAction->setEnabled(editions);
    m_declaredCountsAction->setEnabled(editions);
    m_editionRulesAction->setEnabled(editions);
    m_editionProvenanceAction->setEnabled(editions);
    m_importSheetAction->setEnabled(editions);
    m_saveCopyAction->setEnabled(m_document != nullptr);
    updateServerActions();
    for (auto* section : std::as_const(m_sections))
        section->setDocument(m_document.get());
    reloadEditions();
    updateTitleAndBanner();
    updateTableActions();
}

void MainWindow::reloadEditions()
{
    const QSignalBlocker blocker(m_editionCombo);
    m_editionCombo->clear();
    if (!m_document) {
        setCurrentEdition(NoId);
        return;
    }
    const auto editions = EditionRepository(m_document->database()).all();
    for (const auto& edition : editions)
        m_editionCombo->addItem(edition.title, QVariant::fromValue<qint64>(edition.id));
    Id wanted = m_editionId;
    const bool known =
        std::any_of(editions.cbegin(), editions.cend(), [&](const Edition& e) { return e.id == wanted; });
    if (!known)
        wanted = editions.isEmpty() ? NoId : editions.last().id;
    const int index = m_editionCombo->findData(QVariant::fromValue<qint64>(wanted));
    m_editionCombo->setCurrentIndex(index);
    if (wanted != m_editionId || !known)
        setCurrentEdition(wanted);
}

void MainWindow::setCurrentEdition(Id editionId)
{
    m_editionId = editionId;
    const int index = m_editionCombo->findData(QVariant::fromValue<qint64>(editionId));
    if (index >= 0) {
        const QSignalBlocker blocker(m_editionCombo);
        m_editionCombo->setCurrentIndex(index);
    }
    for (auto* section : std::as_const(m_sections))
        section->setEdition(editionId);
    updateSidebarCounts();
}

void MainWindow::onEditionActivated(int index)
{
    const QVariant data = m_editionCombo->itemData(index);
    if (data.isValid())
        setCurrentEdition(data.toLongLong());
}

void MainWindow::newEdition()
{
    if (!m_document || m_document->isReadOnly())
        return;
    EditionDialog dialog(EditionRepository(m_document->database()).all(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ItemResult<Edition> added = edit::add(*m_document, dialog.edition());
    if (!added) {
        QMessageBox::warning(this, tr("Change refused"), added.message);
        return;
    }
    reloadEditions();
    setCurrentEdition(added.item.id);
}

void MainWindow::editDeclaredCounts()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const auto edition = EditionRepository(m_document->database()).find(m_editionId);
    if (!edition)
        return;
    DeclaredCountsDialog dialog(*edition, this);
    if (dialog.exec() != QDialog::Accepted || dialog.edition() == *edition)
        return;
    const EditResult result = edit::update(*m_document, *edition, dialog.edition(),
                                           tr("Change the figures declared by \"%1\"").arg(edition->title));
    if (!result) {
        QMessageBox::warning(this, tr("Change refused"), result.message);
        return;
    }
    showStatus(tr("Figures declared by %1 recorded.").arg(edition->title));
}

void MainWindow::editEditionRules()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const auto edition = EditionRepository(m_document->database()).find(m_editionId);
    if (!edition)
        return;
    EditionRulesDialog dialog(*edition, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Edition changed = dialog.edition();
    // An edition without settings applies the defaults: keeping them unchanged changes nothing.
    if (rules::effectiveSettings(changed.rules) == rules::effectiveSettings(edition->rules))
        return;
    const EditResult result =
        edit::update(*m_document, *edition, changed, tr("Change the governance rules of \"%1\"").arg(edition->title));
    if (!result) {
        QMessageBox::warning(this, tr("Change refused"), result.message);
        return;
    }
    showStatus(tr("Governance rules of %1 recorded.").arg(edition->title));
}

void MainWindow::editEditionProvenance()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const auto edition = EditionRepository(m_document->database()).find(m_editionId);
    if (!edition)
        return;
    Provenance before;
    try {
        before = ProvenanceStore(m_document->database()).get(edition->uuid);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Provenance"), error.message());
        return;
    }
    ProvenanceDialog dialog(edition->title, before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.provenance() == before)
        return;
    const EditResult result =
        edit::setProvenance(*m_document, Entity::Edition, edition->uuid, edition->title, dialog.provenance());
    if (!result) {
        QMessageBox::warning(this, tr("Change refused"), result.message);
        return;
    }
    showStatus(tr("Provenance of %1 recorded.").arg(edition->title));
}

void MainWindow::renewEdition()
{
    if (!m_document || m_document->isReadOnly())
        return;
    RenewalDialog dialog(m_document->database(), m_editionId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ItemResult<Edition> renewed = edit::renew(*m_document, dialog.records());
    if (!renewed) {
        QMessageBox::warning(this, tr("Change refused"), renewed.message);
        return;
    }
    reloadEditions();
    setCurrentEdition(renewed.item.id);
    showStatus(tr("%1 created from %2.").arg(renewed.item.title, dialog.records().source.title));
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

} // namespace pacte
