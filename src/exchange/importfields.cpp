#include "importfields.h"

#include "domain/textsearch.h"
#include "inputerror.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QHash>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::TableImport)
};

struct FieldSpec
{
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP("pacte::TableImport", ...)
    bool required;
    // Header names that mean the field, folded (foldHeader): Pacte's exported headers first.
    QList<const char*> names;
};

const QList<FieldSpec>& specs(ImportTable table)
{
    static const QList<FieldSpec> partners{
        {"name",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Name"),
         true,
         {"nom", "nom de la structure", "structure", "partenaire", "structure signataire", "raison sociale",
          "organisme", "nom du partenaire"}},
        {"acronym", QT_TRANSLATE_NOOP("pacte::TableImport", "Acronym"), false, {"sigle", "acronyme", "abreviation"}},
        {"category",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Category"),
         false,
         {"categorie", "type de structure", "type", "nature"}},
        {"territories",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Territories covered"),
         false,
         {"territoires couverts", "territoires", "territoire", "perimetre"}},
        {"signature",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Signature"),
         false,
         {"signature", "statut de signature", "etat de la signature"}},
        {"signatureDate",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Signature date"),
         false,
         {"date de signature", "signe le"}},
        {"signatory", QT_TRANSLATE_NOOP("pacte::TableImport", "Signatory"), false, {"signataire", "nom du signataire"}},
        {"signatoryFunction",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Signatory's function"),
         false,
         {"fonction du signataire", "qualite du signataire"}},
        {"notes",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Notes"),
         false,
         {"notes", "remarques", "commentaire", "observations"}},
    };
    static const QList<FieldSpec> persons{
        {"lastName",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Last name"),
         true,
         {"nom", "nom de famille", "nom du referent"}},
        {"firstName", QT_TRANSLATE_NOOP("pacte::TableImport", "First name"), false, {"prenom"}},
        {"function", QT_TRANSLATE_NOOP("pacte::TableImport", "Function"), false, {"fonction", "poste", "qualite"}},
        {"email",
         QT_TRANSLATE_NOOP("pacte::TableImport", "E-mail"),
         false,
         {"courriel", "email", "e mail", "mail", "adresse electronique", "adresse mail"}},
        {"phone", QT_TRANSLATE_NOOP("pacte::TableImport", "Phone"), false, {"telephone", "tel", "portable"}},
        {"partner",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Partner"),
         false,
         {"partenaire", "structure", "organisme", "employeur"}},
        {"roles", QT_TRANSLATE_NOOP("pacte::TableImport", "Roles"), false, {"roles", "role"}},
        {"notes",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Notes"),
         false,
         {"notes", "remarques", "commentaire", "observations"}},
    };
    static const QList<FieldSpec> groups{
        {"name",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Working group"),
         true,
         {"groupe de travail", "groupe", "nom du groupe", "intitule du groupe", "nom"}},
        {"axis", QT_TRANSLATE_NOOP("pacte::TableImport", "Axis"), false, {"axe", "axe strategique"}},
        {"theme", QT_TRANSLATE_NOOP("pacte::TableImport", "Theme"), false, {"thematique", "theme"}},
        {"territories",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Territories"),
         false,
         {"territoires", "territoire", "bassin", "bassins de vie"}},
        {"pilot",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Pilot"),
         false,
         {"pilote", "structure pilote", "partenaire pilote"}},
        {"coPilot",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Co-pilot"),
         false,
         {"co pilote", "copilote", "structure co pilote"}},
        {"pilotPerson",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Pilot person"),
         false,
         {"interlocuteur pilote", "referent pilote"}},
        {"coPilotPerson",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Co-pilot person"),
         false,
         {"interlocuteur co pilote", "referent co pilote"}},
        {"memberPartners",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Member partners"),
         false,
         {"partenaires membres", "membres", "partenaires"}},
        {"memberPersons",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Member persons"),
         false,
         {"personnes membres", "participants"}},
        {"status", QT_TRANSLATE_NOOP("pacte::TableImport", "Status"), false, {"statut", "etat"}},
        {"notes",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Notes"),
         false,
         {"notes", "remarques", "commentaire", "observations"}},
    };
    static const QList<FieldSpec> actions{
        {"title",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Action"),
         true,
         {"action", "intitule de l action", "intitule", "titre", "nom de l action", "fiche action"}},
        {"group", QT_TRANSLATE_NOOP("pacte::TableImport", "Working group"), true, {"groupe de travail", "groupe"}},
        {"territories",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Territories of the group"),
         false,
         {"territoires", "territoire", "bassin"}},
        {"axis", QT_TRANSLATE_NOOP("pacte::TableImport", "Axis"), false, {"axe", "axe strategique"}},
        {"theme", QT_TRANSLATE_NOOP("pacte::TableImport", "Theme"), false, {"thematique", "theme"}},
        {"status", QT_TRANSLATE_NOOP("pacte::TableImport", "Status"), false, {"statut", "etat", "avancement"}},
        {"objectives", QT_TRANSLATE_NOOP("pacte::TableImport", "Objectives"), false, {"objectifs", "objectif"}},
        {"publics",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Target publics"),
         false,
         {"publics cibles", "publics", "public cible", "public"}},
        {"modalities",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Implementation"),
         false,
         {"modalites de mise en oeuvre", "modalites", "mise en oeuvre"}},
        {"deliverables", QT_TRANSLATE_NOOP("pacte::TableImport", "Deliverables"), false, {"livrables", "livrable"}},
        {"dispositifs", QT_TRANSLATE_NOOP("pacte::TableImport", "Schemes"), false, {"dispositifs", "dispositif"}},
        {"startDate",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Start date"),
         false,
         {"date de debut", "debut", "date debut"}},
        {"endDate",
         QT_TRANSLATE_NOOP("pacte::TableImport", "End date"),
         false,
         {"date de fin", "fin", "date fin", "echeance"}},
        {"experimentation", QT_TRANSLATE_NOOP("pacte::TableImport", "Experimentation"), false, {"experimentation"}},
        {"notes",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Notes"),
         false,
         {"notes", "remarques", "commentaire", "observations"}},
        {"indicator",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Indicator"),
         false,
         {"indicateur", "nom de l indicateur", "intitule de l indicateur"}},
        {"indicatorKind",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Indicator kind"),
         false,
         {"type d indicateur", "type de l indicateur", "type"}},
        {"indicatorUnit", QT_TRANSLATE_NOOP("pacte::TableImport", "Unit"), false, {"unite", "unite de mesure"}},
        {"indicatorBaseline",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Baseline"),
         false,
         {"valeur de reference", "reference", "valeur initiale"}},
        {"indicatorTarget",
         QT_TRANSLATE_NOOP("pacte::TableImport", "Target"),
         false,
         {"cible", "valeur cible", "objectif chiffre"}},
    };
    switch (table) {
    case ImportTable::Partners:
        return partners;
    case ImportTable::Persons:
        return persons;
    case ImportTable::Groups:
        return groups;
    case ImportTable::Actions:
        return actions;
    }
    return partners;
}

} // namespace

QStringList importTableCodes()
{
    return {QStringLiteral("partners"), QStringLiteral("persons"), QStringLiteral("groups"), QStringLiteral("actions")};
}

std::optional<ImportTable> importTableFromCode(const QString& code)
{
    const int index = static_cast<int>(importTableCodes().indexOf(code));
    if (index < 0)
        return std::nullopt;
    return static_cast<ImportTable>(index);
}

QList<ImportField> importFields(ImportTable table)
{
    QList<ImportField> fields;
    for (const auto& spec : specs(table))
        fields.append({QString::fromLatin1(spec.key), QCoreApplication::translate("pacte::TableImport", spec.label),
                       spec.required});
    return fields;
}

QString foldHeader(const QString& text)
{
    const QString folded = foldForSearch(text);
    QString result;
    result.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !result.isEmpty())
                result += u' ';
            result += c;
            space = false;
        } else {
            space = true;
        }
    }
    return result;
}

ColumnMapping guessMapping(ImportTable table, const QStringList& headers)
{
    ColumnMapping mapping;
    mapping.fields.fill(QString(), headers.size());
    QStringList folded;
    for (const auto& header : headers)
        folded << foldHeader(header);
    // Each field takes the first column named by its most specific name: the names are tried in
    // order, so that "Nom" goes to the partner's name only when no "Nom de la structure" is there.
    for (const auto& spec : specs(table)) {
        const QString label = foldHeader(QCoreApplication::translate("pacte::TableImport", spec.label));
        QStringList names{label};
        for (const char* name : spec.names)
            names << QString::fromUtf8(name);
        for (const auto& name : std::as_const(names)) {
            const int column = static_cast<int>(folded.indexOf(name));
            if (column >= 0 && mapping.fields.at(column).isEmpty()) {
                mapping.fields[column] = QString::fromLatin1(spec.key);
                break;
            }
        }
    }
    return mapping;
}

ColumnMapping mappingFromJson(ImportTable table, const QStringList& headers, const QByteArray& json)
{
    ColumnMapping mapping = guessMapping(table, headers);
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json.constData(), json.constData() + json.size());
    } catch (const nlohmann::json::exception&) {
        throw InputError({}, Tr::tr("The mapping is not valid JSON."));
    }
    if (!root.is_object())
        throw InputError({}, Tr::tr("The mapping must be a JSON object {\"column header\": \"field\"}."));
    QStringList keys;
    for (const auto& field : importFields(table))
        keys << field.key;
    QHash<QString, QString> byHeader;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString header = QString::fromStdString(it.key());
        QString key;
        if (it.value().is_string())
            key = QString::fromStdString(it.value().get<std::string>());
        else if (!it.value().is_null())
            throw InputError(header, Tr::tr("a field key (text) or null was expected."));
        if (!key.isEmpty() && !keys.contains(key))
            throw InputError(
                header, Tr::tr("unknown field « %1 »; the fields are: %2.").arg(key, keys.join(QStringLiteral(", "))));
        byHeader.insert(foldHeader(header), key);
    }
    for (qsizetype column = 0; column < headers.size(); ++column) {
        const QString folded = foldHeader(headers.at(column));
        if (!byHeader.contains(folded))
            continue;
        const QString key = byHeader.value(folded);
        if (!key.isEmpty()) {
            // The field leaves the column it was guessed for.
            for (auto& field : mapping.fields) {
                if (field == key)
                    field.clear();
            }
        }
        mapping.fields[column] = key;
    }
    return mapping;
}

QByteArray mappingToJson(const QStringList& headers, const ColumnMapping& mapping)
{
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    for (qsizetype column = 0; column < headers.size(); ++column) {
        const QString key = column < mapping.fields.size() ? mapping.fields.at(column) : QString();
        if (headers.at(column).isEmpty())
            continue;
        if (key.isEmpty())
            root[headers.at(column).toStdString()] = nullptr;
        else
            root[headers.at(column).toStdString()] = key.toStdString();
    }
    return QByteArray::fromStdString(root.dump(2));
}

} // namespace pacte
