#include "jsonaccess.h"

#include "domain/format.h"

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include <QCoreApplication>

namespace pacte::json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::json)
};

const Json* member(const Json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

QString typeName(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return Tr::tr("null");
    case Json::value_t::object:
        return Tr::tr("an object");
    case Json::value_t::array:
        return Tr::tr("a list");
    case Json::value_t::string:
        return Tr::tr("a text");
    case Json::value_t::boolean:
        return Tr::tr("a boolean");
    default:
        return Tr::tr("a number");
    }
}

// Walks a JSON text without building it (nlohmann's SAX events): refuses nesting deeper than
// MaxDepth and a key repeated in an object, naming its JSON path; turns syntax errors into a line
// and a column.
class InputChecker final : public nlohmann::json_sax<Json>
{
public:
    explicit InputChecker(const QByteArray& bytes)
        : m_bytes(bytes)
    {}

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }

    bool key(string_t& key) override
    {
        Frame& object = m_frames.back();
        if (!object.keys.insert(key).second)
            fail(pathThrough(m_frames.size() - 1) / key.c_str(),
                 Tr::tr("this key appears twice in the same object; only one value can be kept, so the file is "
                        "refused rather than one of them dropped."));
        object.key = key;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override
    {
        // A number too large for a double (out_of_range 406), found by fuzzing the sheet import.
        if (error.id == 406)
            throw InputError({}, Tr::tr("The file holds a number too large to be read."));
        // Give the line and column rather than a byte offset.
        const auto offset = std::min<qsizetype>(static_cast<qsizetype>(position), m_bytes.size());
        const QByteArray before = m_bytes.left(offset > 0 ? offset - 1 : 0);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(before.size() - before.lastIndexOf('\n'));
        throw InputError({}, Tr::tr("The file is not valid JSON (line %1, column %2).").arg(line).arg(column));
    }

private:
    // How deep the path of a refused nesting is shown: where it starts is what helps find it.
    static constexpr std::size_t ShownDepth = 8;

    struct Frame
    {
        bool array = false;
        std::size_t count = 0;      // the values begun in an array
        std::set<std::string> keys; // the keys seen in an object
        std::string key;            // the key of the value being read in an object
    };

    // A value begins where the innermost container is (an array counts it).
    bool value()
    {
        if (!m_frames.empty() && m_frames.back().array)
            ++m_frames.back().count;
        return true;
    }

    bool open(bool array)
    {
        value();
        if (m_frames.size() >= static_cast<std::size_t>(MaxDepth))
            fail(Path(pathThrough(ShownDepth).text() + QStringLiteral("…")),
                 Tr::tr("the data is nested more than %1 levels deep, which no Pacte file is: the file "
                        "is refused.")
                     .arg(MaxDepth));
        m_frames.push_back({array, 0, {}, {}});
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    // The path of the value being read in the `depth` outermost containers.
    Path pathThrough(std::size_t depth) const
    {
        Path path;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& frame = m_frames.at(i);
            if (frame.array && frame.count > 0)
                path = path[frame.count - 1];
            else if (!frame.array && !frame.key.empty())
                path = path / frame.key.c_str();
        }
        return path;
    }

    const QByteArray& m_bytes;
    std::vector<Frame> m_frames;
};

} // namespace

Path Path::operator/(const char* key) const
{
    // A key is the file's own text: a long one is shortened as any value quoted in a message.
    const QString name = shortened(QString::fromUtf8(key), 60);
    return Path(m_text.isEmpty() ? name : m_text + QLatin1Char('.') + name);
}

Path Path::operator[](std::size_t index) const
{
    return Path(m_text + QStringLiteral("[%1]").arg(index));
}

void fail(const Path& path, const QString& message)
{
    throw InputError(path.text(), message);
}

Json parse(const QByteArray& bytes)
{
    if (bytes.size() > MaxInputBytes)
        throw InputError({}, Tr::tr("The file is too large to be read (%1 MB; at most %2 MB).")
                                 .arg(bytes.size() / (1024 * 1024))
                                 .arg(MaxInputBytes / (1024 * 1024)));
    // First a pass that builds nothing: the nesting depth and duplicate keys are refused before the
    // document is built (nlohmann's document copies recursively, so a deep one overflowed the stack,
    // and keeps one value of a duplicated key, silently dropping the other).
    InputChecker checker(bytes);
    Json::sax_parse(bytes.constBegin(), bytes.constEnd(), &checker);
    try {
        return Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::exception&) {
        throw InputError({}, Tr::tr("The file is not valid JSON.")); // the first pass said why: not reached
    }
}

void expectObject(const Json& value, const Path& path, std::initializer_list<const char*> allowed)
{
    if (!value.is_object())
        fail(path, Tr::tr("an object was expected, not %1.").arg(typeName(value)));
    for (const auto& item : value.items()) {
        const bool known =
            std::any_of(allowed.begin(), allowed.end(), [&](const char* key) { return item.key() == key; });
        if (!known) {
            QStringList names;
            for (const char* key : allowed)
                names << QString::fromUtf8(key);
            fail(path / item.key().c_str(),
                 Tr::tr("unknown field (expected one of: %1).").arg(names.join(QStringLiteral(", "))));
        }
    }
}

QString requiredString(const Json& object, const char* key, const Path& path)
{
    const Json* value = member(object, key);
    if (!value)
        fail(path / key, Tr::tr("this field is required."));
    if (!value->is_string())
        fail(path / key, Tr::tr("a text was expected, not %1.").arg(typeName(*value)));
    return QString::fromStdString(value->get<std::string>());
}

QString optionalString(const Json& object, const char* key, const Path& path)
{
    if (!member(object, key))
        return {};
    return requiredString(object, key, path);
}

QDate requiredDate(const Json& object, const char* key, const Path& path)
{
    const QString text = requiredString(object, key, path);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        fail(path / key, Tr::tr("\"%1\" is not a valid date (expected YYYY-MM-DD).").arg(shortened(text, 60)));
    return date;
}

QDate optionalDate(const Json& object, const char* key, const Path& path)
{
    if (!member(object, key))
        return {};
    return requiredDate(object, key, path);
}

int requiredInt(const Json& object, const char* key, const Path& path)
{
    const Json* value = member(object, key);
    if (!value)
        fail(path / key, Tr::tr("this field is required."));
    if (!value->is_number_integer())
        fail(path / key, Tr::tr("a whole number was expected, not %1.").arg(typeName(*value)));
    const auto number = value->get<long long>();
    if (number < -1000000000LL || number > 1000000000LL)
        fail(path / key, Tr::tr("%1 is out of range.").arg(number));
    return static_cast<int>(number);
}

int optionalInt(const Json& object, const char* key, const Path& path, int fallback)
{
    if (!member(object, key))
        return fallback;
    return requiredInt(object, key, path);
}

double requiredNumber(const Json& object, const char* key, const Path& path)
{
    const Json* value = member(object, key);
    if (!value)
        fail(path / key, Tr::tr("this field is required."));
    if (!value->is_number())
        fail(path / key, Tr::tr("a number was expected, not %1.").arg(typeName(*value)));
    const double number = value->get<double>();
    if (!std::isfinite(number))
        fail(path / key, Tr::tr("the number is not finite."));
    return number;
}

std::optional<double> optionalNumber(const Json& object, const char* key, const Path& path)
{
    if (!member(object, key))
        return std::nullopt;
    return requiredNumber(object, key, path);
}

std::optional<double> nullableNumber(const Json& object, const char* key, const Path& path)
{
    if (object.find(key) == object.end())
        fail(path / key, Tr::tr("this field is required."));
    return optionalNumber(object, key, path);
}

bool optionalBool(const Json& object, const char* key, const Path& path, bool fallback)
{
    const Json* value = member(object, key);
    if (!value)
        return fallback;
    if (!value->is_boolean())
        fail(path / key, Tr::tr("true or false was expected, not %1.").arg(typeName(*value)));
    return value->get<bool>();
}

QUuid requiredUuid(const Json& object, const char* key, const Path& path)
{
    const QString text = requiredString(object, key, path);
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        fail(path / key, Tr::tr("\"%1\" is not a valid identifier (UUID).").arg(shortened(text, 60)));
    return uuid;
}

QUuid optionalUuid(const Json& object, const char* key, const Path& path)
{
    if (!member(object, key))
        return {};
    return requiredUuid(object, key, path);
}

const Json& optionalArray(const Json& object, const char* key, const Path& path)
{
    static const Json empty = Json::array();
    const Json* value = member(object, key);
    if (!value)
        return empty;
    if (!value->is_array())
        fail(path / key, Tr::tr("a list was expected, not %1.").arg(typeName(*value)));
    return *value;
}

QList<QUuid> uuidList(const Json& object, const char* key, const Path& path)
{
    QList<QUuid> uuids;
    const Json& array = optionalArray(object, key, path);
    for (std::size_t i = 0; i < array.size(); ++i) {
        const Json& item = array.at(i);
        const QUuid uuid =
            item.is_string() ? QUuid::fromString(QString::fromStdString(item.get<std::string>())) : QUuid();
        if (uuid.isNull())
            fail((path / key)[i], Tr::tr("a valid identifier (UUID) was expected."));
        uuids.append(uuid);
    }
    return uuids;
}

QString codesOf(QStringList codes)
{
    return codes.join(QStringLiteral(", "));
}

Json toJson(const QString& text)
{
    return text.toStdString();
}

Json toJson(const QDate& date)
{
    return date.isValid() ? Json(date.toString(Qt::ISODate).toStdString()) : Json();
}

Json toJson(const QUuid& uuid)
{
    return uuid.isNull() ? Json() : Json(uuid.toString(QUuid::WithoutBraces).toStdString());
}

Json toJson(const std::optional<double>& number)
{
    return number ? Json(*number) : Json();
}

Json toJson(const QList<QUuid>& uuids)
{
    Json array = Json::array();
    for (const auto& uuid : uuids)
        array.push_back(toJson(uuid));
    return array;
}

} // namespace pacte::json
