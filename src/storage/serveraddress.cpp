#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::ServerAddress)
};

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool startsAsServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace

bool isServerLocation(const QString& location)
{
    return startsAsServer(location.trimmed());
}

std::optional<ServerAddress> ServerAddress::parse(const QString& input, QString* error)
{
    const QString text = input.trimmed();
    if (!startsAsServer(text))
        return std::nullopt;
    const auto refuse = [&](const QString& why) -> std::optional<ServerAddress> {
        if (error)
            *error = Tr::tr("The server address %1 cannot be read: %2.").arg(text, why);
        return std::nullopt;
    };
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    QString authority = rest;
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    ServerAddress address;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        address.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            address.password = decoded(userInfo.mid(colon + 1));
    }
    // host:port, the host possibly in brackets (IPv6).
    QString hostPart = authority;
    QString portPart;
    if (hostPart.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPart.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(Tr::tr("a bracket of the host is not closed"));
        portPart = hostPart.mid(close + 1);
        hostPart = hostPart.mid(1, close - 1);
        if (!portPart.isEmpty() && !portPart.startsWith(QLatin1Char(':')))
            return refuse(Tr::tr("unexpected text after the host"));
        portPart = portPart.mid(1);
    } else if (const qsizetype colon = hostPart.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        portPart = hostPart.mid(colon + 1);
        hostPart = hostPart.left(colon);
    }
    address.host = decoded(hostPart);
    const auto readPort = [&](const QString& value) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return false;
        address.port = port;
        return true;
    };
    if (!portPart.isEmpty() && !readPort(portPart))
        return refuse(Tr::tr("the port « %1 » is not a number from 1 to 65535").arg(portPart));
    address.database = decoded(path);
    if (address.database.contains(QLatin1Char('/')))
        return refuse(Tr::tr("the database name cannot hold « / »"));
    const QUrlQuery parameters(query);
    for (const auto& [rawKey, rawValue] : parameters.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey.trimmed();
        const QString& value = rawValue;
        if (key.isEmpty())
            return refuse(Tr::tr("a parameter has no name"));
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port")) {
            if (!readPort(value))
                return refuse(Tr::tr("the port « %1 » is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("dbname"))
            address.database = value;
        else if (key == QLatin1String("user"))
            address.user = value;
        else if (key == QLatin1String("password"))
            address.password = value;
        else if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';')) ||
                 value.contains(QLatin1Char('\'')))
            return refuse(Tr::tr("the value of the parameter « %1 » cannot hold spaces, « ; » or quotes").arg(key));
        else
            address.options << key + QLatin1Char('=') + value;
    }
    return address;
}

QString ServerAddress::toString() const
{
    QString text = QStringLiteral("postgresql://");
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    if (!socket)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
    if (port > 0 && !socket)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    QStringList parameters;
    if (socket)
        parameters << QStringLiteral("host=") + encoded(host);
    if (socket && port > 0)
        parameters << QStringLiteral("port=") + QString::number(port);
    for (const QString& option : options)
        parameters << encoded(option.section(QLatin1Char('='), 0, 0)) + QLatin1Char('=') +
                          encoded(option.section(QLatin1Char('='), 1));
    if (!parameters.isEmpty())
        text += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    return text;
}

QString ServerAddress::displayName() const
{
    const QString name = database.isEmpty() ? user : database;
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return Tr::tr("database « %1 » on this computer's server").arg(name);
    return Tr::tr("database « %1 » on %2").arg(name, host);
}

QString ServerAddress::connectOptions() const
{
    return options.join(QLatin1Char(';'));
}

} // namespace pacte
