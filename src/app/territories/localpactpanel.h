#pragma once

#include "domain/editiondata.h"
#include "domain/localpact.h"

#include <QMetaObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pacte {

class Document;

// "Pacte local" of the territory screen (issue 20): the territory's local pact of the current edition:
// the diagnosis and its sources, the ranked priorities (a dialog for each), the members, the local
// committee meetings held (read-only: they are the edition's meetings) and the yearly review. Every
// change is one undo step; a frozen year's review is locked.
class LocalPactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPactPanel)

public:
    explicit LocalPactPanel(QWidget* parent = nullptr);
    ~LocalPactPanel() override;

    // The territory shown (NoId: none, the panel is disabled) in `editionId`.
    void showTerritory(Document* document, Id editionId, Id territoryId);
    int reviewYear() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void showPriorities();
    void showMembers();
    void showCommittees();
    void showReview();
    void commitTexts();
    void commitReview();
    void commitMembers();
    void editPriority(int row);
    void removePriority();
    void movePriority(int delta);
    bool save(LocalPact after, const QString& text);
    void showMessage(const QString& message);

    Document* m_document = nullptr;
    QMetaObject::Connection m_changes;
    Id m_editionId = NoId;
    Id m_territoryId = NoId;
    EditionData m_context;
    LocalPact m_shown; // as stored (id NoId: none yet)
    bool m_reviewFrozen = false;
    int m_loading = 0;

    QLabel* m_titleLabel;
    QPlainTextEdit* m_diagnosisEdit;
    QPlainTextEdit* m_sourcesEdit;
    QListWidget* m_prioritiesList;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QPushButton* m_upButton;
    QPushButton* m_downButton;
    QListWidget* m_partnersList;
    QListWidget* m_personsList;
    QLabel* m_committeesLabel;
    QComboBox* m_yearCombo;
    QPlainTextEdit* m_progressEdit;
    QPlainTextEdit* m_difficultiesEdit;
    QPlainTextEdit* m_adjustmentsEdit;
    QPlainTextEdit* m_notesEdit;
    QLabel* m_messageLabel;
};

} // namespace pacte
