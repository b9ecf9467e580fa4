#pragma once

#include <stdexcept>

#include <QString>

namespace pacte {

// Bad input from a file (dump, sheet): `message()` says what is wrong, and where, in the user's
// language ("editions[1].actions[4].status : …"). Nothing was written when it is thrown.
class InputError final : public std::runtime_error
{
public:
    InputError(const QString& path, const QString& message)
        : std::runtime_error((path.isEmpty() ? message : path + QStringLiteral(" : ") + message).toStdString())
        , m_path(path)
        , m_message(path.isEmpty() ? message : path + QStringLiteral(" : ") + message)
    {}
    const QString& path() const { return m_path; }
    const QString& message() const { return m_message; }

private:
    QString m_path;
    QString m_message;
};

} // namespace pacte
