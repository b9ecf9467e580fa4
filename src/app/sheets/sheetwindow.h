#pragma once

#include "exchange/sheetformat.h"

#include <memory>

#include <QMainWindow>
#include <QTemporaryDir>

class QLabel;
class QTabWidget;

namespace pacte {

class Document;
class Section;

// Sheet mode: a referent's window on one working-group sheet. The sheet is loaded into a private
// workspace database (exchange/sheetworkspace.h) so that the full editor's sections edit it (the
// group's actions with their indicators and measurements, its meetings), with the same forms,
// validation and undo; nothing else of the coordinator's database is there. "Save the sheet" writes
// the file back atomically.
class SheetWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetWindow)

public:
    // Opens the sheet at `path`; a refused file shows its message and returns nullptr.
    static SheetWindow* open(const QString& path, QWidget* parent = nullptr);
    ~SheetWindow() override;

    const QString& sheetPath() const { return m_path; }
    Document* document() const { return m_document.get(); }
    bool isModified() const;
    // Writes the sheet; false (after saying why) when it could not be written.
    bool save();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    SheetWindow(const QString& path, const SheetData& sheet, std::unique_ptr<Document> document,
                std::unique_ptr<QTemporaryDir> folder, QWidget* parent);
    void createMenus();
    void updateTitle();
    Section* currentSection() const;

    QString m_path;
    SheetOrigin m_origin;
    std::unique_ptr<QTemporaryDir> m_folder; // the workspace database lives there
    std::unique_ptr<Document> m_document;
    QLabel* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<Section*> m_sections;
};

} // namespace pacte
