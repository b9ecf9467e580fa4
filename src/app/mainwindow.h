#pragma once

#include "app/common/rowfilters.h"
#include "app/common/sectionid.h"
#include "domain/entity.h"
#include "domain/ids.h"

#include <functional>
#include <memory>

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTimer;
class QStackedWidget;
class QTreeWidget;

namespace pacte {

class Document;
struct NewFilePlan;
class Section;

// The main window: a sidebar of sections (KMyMoney/Zotero style), each a list beside the selected
// item's editor; an edition selector and a quick search in the tool bar; File and Edit menus; the
// undo history in a dock; a yellow banner when the file is open read-only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the window where it was left, or on a first start maximised on screens up to 1920×1080.
    void showAsSaved();
    // Opens `path`, a file or a server database ("postgresql://...", asking for its password when the
    // server wants one); a refused one shows its message in a dialog and leaves the current one open.
    bool openFile(const QString& path);
    Document* document() const { return m_document.get(); }
    Id currentEdition() const { return m_editionId; }
    void setCurrentEdition(Id editionId);
    void showSection(SectionId id);
    // Creates `path` filled with `plan` and opens it (File ▸ New, after its assistant).
    bool createNewFile(const QString& path, const NewFilePlan& plan);
    // Shows a section with only the items of one facet value (all other filters cleared).
    void showFiltered(SectionId id, FilterKey key, qint64 value);
    QList<Section*> sections() const { return m_sections; }
    Section* section(SectionId id) const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createSections();
    void addSection(Section* section);
    void showSectionAt(int index);
    void setDocument(std::unique_ptr<Document> document);
    void createBanner(QWidget* parent);
    void styleBanners();
    void updateTitleAndBanner();
    // Opens the file again for writing, keeping the edition and the section shown; `quiet` when the
    // other window's lock was seen gone (no message if it is still held after all).
    void reopenForWriting(bool quiet);
    void updateSidebarCounts();
    void reloadEditions();
    void onEditionActivated(int index);
    void newEdition();
    void renewEdition();
    void editDeclaredCounts();
    void editEditionRules();
    void editEditionProvenance();
    void onSectionRequested(Entity entity, const QUuid& uuid);
    void showStatus(const QString& message);

    // File menu (mainwindow_file.cpp)
    void newFile();
    void openWithDialog();
    void saveCopyAs();
    void newDemoFile();
    void showPreferences();
    void rebuildRecentMenu();
    bool adoptDatabase(const QString& path, const std::function<void(const QString&)>& fill);
    void copyToFile();

    // Server databases (mainwindow_server.cpp): opening one, copying the open file to one, and the
    // copy of a file or a server database to `target` with its progress, its check and its result.
    void openServerWithDialog();
    void copyToServer();
    void copyOpenDatabaseTo(const QString& target);
    void updateServerActions();
    // Who the user is on a server (mainwindow_serverrole.cpp): the status bar's label and, for a
    // territorial referent, the notice saying what she may change.
    void createServerRoleWidgets(QWidget* parent);
    void updateServerRole();

    // Working-group sheets and backups (mainwindow_sheets.cpp, calling into app/sheets/)
    void openSheet();
    void importSheet();
    void showBackups();

    // Spreadsheets: the list shown, the edition's workbook, importing a table (mainwindow_tables.cpp)
    void addTableActions(QMenu* file);
    void updateTableActions();

    std::unique_ptr<Document> m_document;
    Id m_editionId = NoId;
    QList<Section*> m_sections;
    QTreeWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_editionCombo = nullptr;
    QLineEdit* m_search = nullptr;
    QWidget* m_bannerFrame = nullptr; // the read-only banner: its text, and "Reopen for writing"
    QLabel* m_banner = nullptr;
    QPushButton* m_reopenButton = nullptr;
    QTimer* m_lockWatch = nullptr;   // while another window holds the file: is it still open there?
    QWidget* m_demoNotice = nullptr; // the demonstration file is open
    bool m_demoDismissed = false;
    QLabel* m_statusFile = nullptr;
    QLabel* m_serverRoleLabel = nullptr; // "Server host/base — marie (referent: Nord)"
    QWidget* m_rightsNotice = nullptr;   // a territorial referent's: what she may change
    QLabel* m_rightsNoticeLabel = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_copyToServerAction = nullptr;
    QAction* m_copyToFileAction = nullptr;
    QAction* m_backupsAction = nullptr;
    QAction* m_newEditionAction = nullptr;
    QAction* m_renewEditionAction = nullptr;
    QAction* m_declaredCountsAction = nullptr;
    QAction* m_editionRulesAction = nullptr;
    QAction* m_editionProvenanceAction = nullptr;
    QAction* m_importSheetAction = nullptr;
    QAction* m_exportListAction = nullptr;
    QAction* m_exportWorkbookAction = nullptr;
    QAction* m_importTableAction = nullptr;
};

} // namespace pacte
