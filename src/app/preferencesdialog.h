#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class PreferencesDialog;
}

namespace pacte {

// Préférences: the name the change log records, and the interface language.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    const std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace pacte
