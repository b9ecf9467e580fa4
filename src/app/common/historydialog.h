#pragma once

#include <QDialog>
#include <QUuid>

namespace pacte {

class Database;

// "Historique": one item's change log, newest first — who, when, which field, old and new value.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(Database& db, const QUuid& uuid, const QString& label, QWidget* parent = nullptr);
};

// The field names of the change log in the user's language ("objectives" -> "Objectifs").
QString fieldLabel(const QString& field);
// A change-log value as the user reads it: codes become labels, ISO dates dates.
QString displayValue(const QString& field, const QString& value);
QString operationLabel(const QString& operation);
QString sourceLabel(const QString& source, const QString& detail);

} // namespace pacte
