#include "serverdialog.h"

#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pacte {

namespace {

// libpq's port when none is given.
constexpr int DefaultPort = 5432;

const QLatin1String ServiceOption("service=");

} // namespace

ServerDialog::ServerDialog(Purpose purpose, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverDialog"));
    const bool open = purpose == Purpose::Open;
    setWindowTitle(open ? tr("Open a database on a server") : tr("Copy to a server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        open ? tr("A Pacte database on a PostgreSQL server, which the IT service created for the pact and "
                  "shares with the team.")
             : tr("The database on the server that receives the copy: it must exist and hold no record yet (the "
                  "IT service creates it, see the administration guide)."),
        this);
    intro->setObjectName(QStringLiteral("serverIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setPlaceholderText(tr("server.example.org"));
    m_host->setToolTip(tr("The server's name or address; for the server of this computer, the folder of its socket "
                          "(starting with « / », such as /var/run/postgresql), or nothing"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setToolTip(tr("The server's port: 5432 unless the IT service says otherwise"));
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_database->setToolTip(tr("The name of the database on the server"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(Database::systemUserName(), this);
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_user->setToolTip(tr("Your user name on the server, which the change log records"));
    form->addRow(tr("&User:"), m_user);
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("serverServiceEdit"));
    m_service->setToolTip(tr("Optional: a service of the PostgreSQL service file (~/.pg_service.conf) that gives "
                             "the server, the port and the database; the fields above that are filled take "
                             "precedence"));
    form->addRow(tr("Ser&vice (optional):"), m_service);
    m_preview = new QLineEdit(this);
    m_preview->setObjectName(QStringLiteral("serverAddressPreview"));
    m_preview->setReadOnly(true);
    m_preview->setToolTip(tr("The address Pacte remembers in the recent files, never with a password; pacte and "
                             "pacte-cli accept it wherever they accept a file"));
    form->addRow(tr("Add&ress:"), m_preview);
    layout->addLayout(form);

    auto* password = new QLabel(tr("If the server asks for a password, Pacte asks for it when connecting and keeps "
                                   "it only until it closes; the PostgreSQL password file (~/.pgpass) also applies."),
                                this);
    password->setObjectName(QStringLiteral("serverPasswordNote"));
    password->setWordWrap(true);
    layout->addWidget(password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(open ? tr("&Open") : tr("Cop&y"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_host, m_database, m_user, m_service})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::updatePreview);
    // Wide enough for an address with a socket folder without scrolling most of it away.
    setMinimumWidth(std::max(560, 60 * fontMetrics().averageCharWidth()));
    updatePreview();
    m_host->setFocus();
}

void ServerDialog::setAddress(const ServerAddress& address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port > 0 ? address.port : DefaultPort);
    m_database->setText(address.database);
    if (!address.user.isEmpty())
        m_user->setText(address.user);
    m_service->clear();
    for (const QString& option : address.options) {
        if (option.startsWith(ServiceOption))
            m_service->setText(option.mid(ServiceOption.size()));
    }
    updatePreview();
}

ServerAddress ServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    const QString service = m_service->text().trimmed();
    if (!service.isEmpty())
        address.options << ServiceOption + service;
    // The port goes with a host; with a service alone, the service file's port applies.
    if (!address.host.isEmpty() || service.isEmpty())
        address.port = m_port->value();
    return address;
}

void ServerDialog::updatePreview()
{
    const ServerAddress shown = address();
    m_preview->setText(shown.toString());
    m_preview->setCursorPosition(0);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!shown.database.isEmpty() || !m_service->text().trimmed().isEmpty());
}

} // namespace pacte
