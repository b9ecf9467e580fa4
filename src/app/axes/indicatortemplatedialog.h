#pragma once

#include "domain/indicatortemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pacte {

// Adds or edits one indicator template ("indicateur type") of a theme: name, kind, unit, how it is
// measured, suggested target (empty: none, not zero) and whether it is an example.
class IndicatorTemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTemplateDialog)

public:
    IndicatorTemplateDialog(const IndicatorTemplate& indicatorTemplate, const QString& themeName,
                            QWidget* parent = nullptr);

    // The template as the form holds it (valid once accepted).
    IndicatorTemplate indicatorTemplate() const { return m_template; }

private:
    void tryAccept();

    IndicatorTemplate m_template;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_unit;
    QPlainTextEdit* m_measurement;
    QLineEdit* m_target;
    QCheckBox* m_example;
    QLabel* m_error;
};

} // namespace pacte
