#include "aboutdialog.h"

#include "app/demodatabase.h"
#include "storage/engineinfo.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace pacte::help {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& text, const char* name)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Pacte"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/pacte.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("<h2>Pacte %1</h2><p>Coordination of a Pacte Territorial pour l'Insertion.</p>")
                                 .arg(QStringLiteral(PACTE_VERSION).toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    const QString sqlite = sqliteVersion();
    const QString dataFolder = QDir::toNativeSeparators(QFileInfo(demoDatabasePath()).absolutePath());
    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), valueLabel(this, QStringLiteral(PACTE_VERSION), "aboutVersion"));
    form->addRow(tr("Licence:"),
                 valueLabel(this,
                            tr("<a href=\"%1\">EUPL-1.2</a> (European Union Public Licence)")
                                .arg(QStringLiteral("https://interoperable-europe.ec.europa.eu/collection/eupl/"
                                                    "eupl-text-eupl-12")),
                            "aboutLicence"));
    form->addRow(
        tr("Qt:"),
        valueLabel(this,
                   QStringLiteral(QT_VERSION_STR) == QLatin1String(qVersion())
                       ? QString::fromLatin1(qVersion())
                       : tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                   "aboutQtVersion"));
    form->addRow(tr("SQLite:"),
                 valueLabel(this, sqlite.isEmpty() ? tr("unavailable (Qt's SQLite driver is missing)") : sqlite,
                            "aboutSqliteVersion"));
    form->addRow(tr("Data folder:"),
                 valueLabel(this,
                            QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(QUrl::fromLocalFile(QFileInfo(demoDatabasePath()).absolutePath()).toString(),
                                     dataFolder.toHtmlEscaped()),
                            "aboutDataFolder"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace pacte::help
