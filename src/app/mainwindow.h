#pragma once

#include <memory>

#include <QMainWindow>

class QLabel;
class QTextBrowser;

namespace pacte {

class Document;

// The main window: for now the open file's summary; the sections come with the editor.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; a refused file shows its message and leaves the current one open.
    bool openFile(const QString& path);
    Document* document() const { return m_document.get(); }

private:
    void createMenus();
    void openWithDialog();
    void refresh();

    std::unique_ptr<Document> m_document;
    QLabel* m_banner = nullptr;
    QTextBrowser* m_summary = nullptr;
};

} // namespace pacte
