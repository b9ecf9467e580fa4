#include "editiondialog.h"

#include "app/common/readablecolour.h"
#include "domain/clock.h"
#include "domain/validation.h"
#include "ui_editiondialog.h"

#include <QPushButton>

namespace pacte {

EditionDialog::EditionDialog(const QList<Edition>& existing, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditionDialog>())
    , m_existing(existing)
{
    m_ui->setupUi(this);
    m_ui->validationLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(readableText(QColor(0xa0, 0x00, 0x00), QPalette::Window).name()));
    setObjectName(QStringLiteral("editionDialog"));
    m_ui->predecessorCombo->addItem(tr("None"), QVariant::fromValue<qint64>(NoId));
    for (const auto& edition : existing)
        m_ui->predecessorCombo->addItem(edition.title, QVariant::fromValue<qint64>(edition.id));
    // Suggest the edition that follows the latest one.
    const Edition latest = existing.isEmpty() ? Edition{} : existing.last();
    const int startYear = latest.endDate.isValid() ? latest.endDate.year() + 1 : Clock::currentDate().year();
    m_ui->titleEdit->setText(QStringLiteral("PTI %1-%2").arg(startYear).arg(startYear + 3));
    m_ui->departementEdit->setText(latest.departement);
    m_ui->startEdit->setDate(QDate(startYear, 1, 1));
    m_ui->endEdit->setDate(QDate(startYear + 3, 12, 31));
    m_ui->predecessorCombo->setCurrentIndex(existing.isEmpty() ? 0 : m_ui->predecessorCombo->count() - 1);
    m_ui->validationLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditionDialog::tryAccept);
}

EditionDialog::~EditionDialog() = default;

Edition EditionDialog::edition() const
{
    Edition edition;
    edition.title = m_ui->titleEdit->text().simplified();
    edition.departement = m_ui->departementEdit->text().simplified();
    edition.startDate = m_ui->startEdit->date();
    edition.endDate = m_ui->endEdit->date();
    edition.predecessorId = m_ui->predecessorCombo->currentData().toLongLong();
    return edition;
}

void EditionDialog::tryAccept()
{
    const Edition candidate = edition();
    QStringList messages;
    for (const auto& error : validate(candidate))
        messages << error.message;
    for (const auto& other : std::as_const(m_existing)) {
        if (other.title.compare(candidate.title, Qt::CaseInsensitive) == 0)
            messages << tr("An edition is already named \"%1\".").arg(candidate.title);
    }
    if (!messages.isEmpty()) {
        m_ui->validationLabel->setText(messages.join(QLatin1Char('\n')));
        m_ui->validationLabel->show();
        return;
    }
    accept();
}

} // namespace pacte
