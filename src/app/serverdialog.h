#pragma once

#include "storage/serveraddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace pacte {

// Where a database on a PostgreSQL server is: host (or the folder of the server's socket, starting
// with '/'), port, database, user and an optional service of libpq's service file, with the address
// they make shown as Pacte remembers it. File ▸ Open a database on a server asks it, and so does
// File ▸ Copy to a server for the copy's target. There is no password field: the password is asked
// only when the server wants one, and never stored (serverpassword.h).
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    enum class Purpose { Open, CopyTarget };

    explicit ServerDialog(Purpose purpose, QWidget* parent = nullptr);

    // Fills the fields from an address (a recent one); its password, if any, is not kept.
    void setAddress(const ServerAddress& address);
    // The address the fields make, without password.
    ServerAddress address() const;
    // The same as text ("postgresql://..."), as Database::open takes it.
    QString location() const { return address().toString(); }

private:
    void updatePreview();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pacte
