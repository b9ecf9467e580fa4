#include "preferencesdialog.h"

#include "appsettings.h"
#include "ui_preferencesdialog.h"

namespace pacte {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    m_ui->displayNameEdit->setText(settings::displayName());
    m_ui->displayNameEdit->setPlaceholderText(settings::editorName());
    // Each language is named in itself.
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(settings::language()));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    settings::setDisplayName(m_ui->displayNameEdit->text());
    settings::setLanguage(m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace pacte
