#include "serverpassword.h"

#include "storage/database.h"
#include "storage/serveraddress.h"

#include <optional>

#include <QApplication>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::ServerPassword)
};

// The wait cursor while connecting, taken down whatever happens.
class WaitCursor final
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

// Asks for the password; nothing when the box was cancelled.
std::optional<QString> askPassword(QWidget* parent, const QString& location, bool refused)
{
    const auto server = ServerAddress::parse(location);
    QString user = server ? server->user : QString();
    if (user.isEmpty())
        user = Database::systemUserName(); // libpq's default user
    const QString database = server && !server->database.isEmpty() ? server->database
                             : server                              ? server->displayName()
                                                                   : location;
    QString label = Tr::tr("Password of %1 for %2:").arg(user, database);
    if (refused)
        label = Tr::tr("The previous password was refused.") + QLatin1Char('\n') + label;
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("serverPasswordDialog"));
    dialog.setWindowTitle(Tr::tr("Server password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(label);
    if (auto* edit = dialog.findChild<QLineEdit*>())
        edit->setAccessibleDescription(Tr::tr("Pacte keeps it only until it closes; it is never written anywhere"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

bool withServerPassword(QWidget* parent, const QString& location, const std::function<void()>& attempt)
{
    bool asked = false;
    for (;;) {
        try {
            const WaitCursor waiting;
            attempt();
            return true;
        } catch (const PasswordNeeded& needed) {
            const auto password = askPassword(parent, location, asked || needed.wrongPassword());
            if (!password)
                return false;
            Database::rememberPassword(location, *password);
            asked = true;
        }
    }
}

} // namespace pacte
