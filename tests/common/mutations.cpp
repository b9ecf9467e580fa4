#include "mutations.h"

#include <iterator>

#include <QUuid>

namespace pacte::test {

QByteArray mutateBytes(QByteArray bytes, QRandomGenerator& random)
{
    if (bytes.isEmpty())
        return QByteArrayLiteral("{");
    const auto at = [&] { return static_cast<qsizetype>(random.bounded(static_cast<quint32>(bytes.size()))); };
    switch (random.bounded(5)) {
    case 0:
        bytes[at()] = static_cast<char>(random.bounded(256));
        break;
    case 1:
        bytes.truncate(at());
        break;
    case 2: {
        const qsizetype from = at();
        bytes.remove(from, random.bounded(40));
        break;
    }
    case 3: {
        const qsizetype from = at();
        bytes.insert(at(), bytes.mid(from, random.bounded(60)));
        break;
    }
    default:
        bytes.insert(at(), "\"\\u0000\xff\xfe\":[[[{}]]],");
        break;
    }
    return bytes;
}

Json randomValue(QRandomGenerator& random)
{
    switch (random.bounded(11)) {
    case 0:
        return nullptr;
    case 1:
        return -1;
    case 2:
        return 1e300;
    case 3:
        return 123456789012345LL;
    case 4:
        return "2024-02-30";
    case 5:
        return "";
    case 6:
        return true;
    case 7:
        return Json::array({1, "x"});
    case 8:
        return Json::object({{"uuid", "00000000-0000-0000-0000-000000000000"}});
    case 9:
        return uuidString(QUuid::createUuidV5(QUuid(), QString::number(random.generate())));
    default:
        return "texte";
    }
}

void mutateJson(Json& node, QRandomGenerator& random, int depth)
{
    const bool container = (node.is_object() || node.is_array()) && !node.empty();
    if (!container || (depth > 0 && random.bounded(4) == 0)) {
        node = randomValue(random);
        return;
    }
    auto it = node.begin();
    std::advance(it, random.bounded(static_cast<quint32>(node.size())));
    const quint32 choice = random.bounded(10);
    if (choice == 0) {
        node.erase(it);
    } else if (choice == 1 && node.is_object()) {
        node["champInconnu"] = randomValue(random);
    } else if (choice == 2 && node.is_array()) {
        node.push_back(*it); // a duplicate: same uuid twice
    } else {
        mutateJson(*it, random, depth + 1);
    }
}

QByteArray mutated(const QByteArray& seed, QRandomGenerator& random, int iteration)
{
    if (iteration % 2 == 0)
        return mutateBytes(seed, random);
    try {
        Json document = parseJson(seed);
        for (int n = random.bounded(1, 4); n > 0; --n)
            mutateJson(document, random);
        return dumpJson(document);
    } catch (const Json::exception&) {
        return mutateBytes(seed, random);
    }
}

} // namespace pacte::test
