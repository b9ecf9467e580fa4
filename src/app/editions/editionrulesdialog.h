#pragma once

#include "domain/edition.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace pacte {

// Fichier ▸ Règles de gouvernance de l'édition…: the "Règles" tab of an edition, where each governance
// rule is turned on or off and given its severity, its deadline where it has one, and the pact's
// sentence it comes from (issue 19: each pact words its own rules).
class EditionRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditionRulesDialog)

public:
    EditionRulesDialog(const Edition& edition, QWidget* parent = nullptr);

    // The edition with the rules as set (every rule, in rule order).
    Edition edition() const;

private:
    void showRule(int row);
    void storeRule(int row);
    // `base` with the values of the form.
    RuleSetting formSetting(const RuleSetting& base) const;
    void updateEnabled();

    Edition m_edition;
    RuleSettings m_settings;
    int m_current = -1;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_description = nullptr;
    QCheckBox* m_enabledCheck = nullptr;
    QComboBox* m_severityCombo = nullptr;
    QCheckBox* m_deadlineCheck = nullptr;
    QDateEdit* m_deadlineEdit = nullptr;
    QFormLayout* m_form = nullptr;
    QPlainTextEdit* m_quoteEdit = nullptr;
    QLineEdit* m_sourceEdit = nullptr;
    QLineEdit* m_referenceEdit = nullptr;
};

} // namespace pacte
