#pragma once

#include "domain/edition.h"
#include "domain/funding.h"

#include <functional>

#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pacte {

// The « Financements » tab of the action editor (issue 20): the action's funding lines (funder, scheme
// or call, reference, co-financing rate), the selected line's details and its amounts by year
// (planned, committed, paid; an empty cell is unknown, which is not zero). Every change hands the
// action's whole new list of lines to `commit` (one undo step on the action); the stored list then
// comes back through setFundings(), which keeps the selected line.
class FundingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingPanel)

public:
    using Commit = std::function<bool(const QList<FundingLine>& lines)>;

    FundingPanel(Commit commit, QWidget* parent = nullptr);

    void setFundings(const QList<FundingLine>& lines, bool editable);
    // The partners that may fund a line (name, id), and the edition whose years the amounts cover.
    void setChoices(const QList<QPair<QString, Id>>& partners, const Edition& edition);
    // The selected line (-1: none).
    int currentLine() const;

private:
    void fillFunders(QComboBox* combo, bool withNone) const;
    void showLine();
    void updateButtons();
    bool commitLines(const QList<FundingLine>& lines, int select);
    void addLine();
    void removeLine();
    void editLine();
    void addYear();
    void removeYear();
    void amountEdited(int row, int column);
    void showMessage(const QString& message);
    QString funderText(const FundingLine& line) const;

    Commit m_commit;
    QList<FundingLine> m_lines;
    QList<QPair<QString, Id>> m_partners;
    Edition m_edition;
    bool m_editable = false;
    int m_loading = 0;
    QTableWidget* m_linesTable;
    QComboBox* m_newFunderCombo;
    QPushButton* m_addLine;
    QPushButton* m_removeLine;
    QWidget* m_lineForm;
    QComboBox* m_funderCombo;
    QLineEdit* m_otherFunderEdit;
    QLineEdit* m_schemeEdit;
    QLineEdit* m_referenceEdit;
    QLineEdit* m_rateEdit;
    QLineEdit* m_notesEdit;
    QTableWidget* m_amountsTable;
    QSpinBox* m_yearSpin;
    QPushButton* m_addYear;
    QPushButton* m_removeYear;
    QLabel* m_message;
};

} // namespace pacte
