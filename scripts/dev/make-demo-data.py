#!/usr/bin/env python3
"""Generate the demo dataset resources/demo/herault.json (format `pacte-dump`, version 1).

This script is the source of truth for the demo data; the JSON file is its committed output.
Standard library only. Run from anywhere:

    python3 scripts/dev/make-demo-data.py            # writes resources/demo/herault.json
    python3 scripts/dev/make-demo-data.py -o OUT.json

Every fact comes from the source document (the Hérault Pacte Territorial pour l'Insertion
2022-2025, as approved by the Communauté de communes Vallée de l'Hérault on 30 January 2023;
see docs/domain.md). Whatever had to be inferred is said so in a French `notes` field (or in a
description / decisions text where the record has no notes).

UUIDs are deterministic: uuid5(NAMESPACE, "<kind>:<stable key>"), so that regenerating the file
gives the same identifiers. The checks at the end run on every generation.
"""

import argparse
import json
import os
import sys
import uuid

NAMESPACE = uuid.UUID("6a37ae58-9272-4331-8f3a-000000000034")

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "resources", "demo", "herault.json")


def uid(kind, key):
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


# ---------------------------------------------------------------------------------------------
# Territories (§1.3, Annexe 2), in this order
# ---------------------------------------------------------------------------------------------

MONTPELLIERAIN = "Montpelliérain"
THAU = "Étang de Thau"
COEUR = "Cœur d'Hérault – Pic Saint-Loup"  # en dash
PETITE_CAMARGUE = "Petite Camargue"
BITERROIS = "Biterrois"
HAUT_LANGUEDOC = "Haut-Languedoc et Ouest Héraultais"

TERRITORY_NAMES = [MONTPELLIERAIN, THAU, COEUR, PETITE_CAMARGUE, BITERROIS, HAUT_LANGUEDOC]


def T(name):
    assert name in TERRITORY_NAMES, name
    return uid("territory", name)


territories = [
    {
        "uuid": T(name),
        "name": name,
        "diagnostic": "",
        "priorities": "",
        "notes": "Bassin de vie du PTI (annexe 2).",
    }
    for name in TERRITORY_NAMES
]

# ---------------------------------------------------------------------------------------------
# Target publics (§2.1, §1.1)
# ---------------------------------------------------------------------------------------------

PUBLIC_NAMES = [
    "Allocataires du RSA",
    "Séniors",
    "Jeunes",
    "Jeunes sans qualification",
    "Familles monoparentales",
    "Personnes en situation de handicap",
    "Chômeurs de longue durée",
    "Personnes sans accompagnement (non-recours)",
]


def P(name):
    assert name in PUBLIC_NAMES, name
    return uid("public", name)


target_publics = [{"uuid": P(name), "name": name} for name in PUBLIC_NAMES]

# ---------------------------------------------------------------------------------------------
# Dispositifs the PTI articulates with (§1.2, préambule, §1.1, §2.2)
# ---------------------------------------------------------------------------------------------

DISPOSITIFS = [
    (
        "PDI",
        "Programme départemental d'insertion",
        "Adopté par le Conseil départemental, il définit les axes stratégiques dans le domaine de "
        "l'insertion et traduit la politique départementale en matière d'accompagnement social et "
        "professionnel, en recensant les besoins et en établissant une programmation des actions "
        "d'insertion. Le PTI s'articule avec le PDI et contribue à sa mise en œuvre.",
    ),
    (
        "PASIP",
        "Premier accueil social inconditionnel de proximité",
        "Inscrit dans la stratégie de prévention et de lutte contre la pauvreté. La thématique de "
        "l'accès aux droits est traitée par la direction générale adjointe des solidarités "
        "départementales du Conseil départemental, via le PASIP ; les participants des 6 bassins "
        "locaux ont acté que la question de l'accès au droit doit être traitée dans ce cadre.",
    ),
    (
        "SPEP",
        "Services publics de l'emploi de proximité",
        "Dispositif existant avec lequel le PTI doit s'articuler ; cité pour l'axe 2 du PTI "
        "2022-2025 (coordination et articulation des acteurs et dispositifs).",
    ),
    (
        "CV",
        "Contrats de ville",
        "Dispositif existant avec lequel le PTI doit s'articuler.",
    ),
    (
        "CTA IAE",
        "Comités techniques d'animation de l'insertion par l'activité économique",
        "Dispositif existant avec lequel le PTI doit s'articuler.",
    ),
    (
        "CLS",
        "Contrats locaux de santé",
        "Dispositif existant avec lequel le PTI doit s'articuler ; les actions sur la santé "
        "s'appuient sur le diagnostic du contrat local de santé (axe 1 du PTI 2022-2025).",
    ),
    (
        "FSE",
        "Fonds social européen",
        "Le PTI, soutenu par le FSE depuis 2017, est le cadre stratégique du FSE « Insertion "
        "professionnelle et inclusion sociale », dont le Département de l'Hérault est délégataire "
        "de gestion sur son territoire. Objectifs stratégiques du FSE : « Favoriser l'inclusion "
        "active » et « lutter contre la pauvreté et l'exclusion et favoriser l'insertion "
        "sociale ».",
    ),
]


def D(acronym):
    assert acronym in [d[0] for d in DISPOSITIFS], acronym
    return uid("dispositif", acronym)


dispositifs = [
    {"uuid": D(acr), "acronym": acr, "name": name, "description": desc}
    for acr, name, desc in DISPOSITIFS
]

# ---------------------------------------------------------------------------------------------
# Partners
# ---------------------------------------------------------------------------------------------

# key -> (name, acronym, category, territory names, notes)
PARTNERS = [
    (
        "CD",
        "Conseil départemental de l'Hérault",
        "CD",
        "departement",
        [],
        "Chef de file des solidarités : élabore, met en œuvre, anime et coordonne le PTI. "
        "Copilote (ou pilote seul) des 17 groupes de travail du PTI 2017-2021.",
    ),
    (
        "DDETS",
        "DDETS de l'Hérault",
        "DDETS",
        "etat",
        [],
        "Direction départementale de l'emploi, du travail et des solidarités (l'État). "
        "Pilote de trois groupes de travail du PTI 2017-2021 (annexe 1).",
    ),
    (
        "REGION",
        "Région Occitanie",
        "",
        "region",
        [],
        "La source mentionne « la Région » parmi les institutions représentées au comité de "
        "pilotage départemental.",
    ),
    (
        "CCVH",
        "Communauté de communes Vallée de l'Hérault",
        "CCVH",
        "epci",
        [COEUR],
        "Siège : Gignac. Sa délibération du 30 janvier 2023 (document source) approuve le PTI "
        "2022-2025 ; sa délibération n°1564 du 27 novembre 2017 avait approuvé le PTI 2017-2020. "
        "Territoire de rattachement déduit de sa localisation (non précisé par la source).",
    ),
    (
        "SYDEL",
        "Sydel Pays Cœur d'Hérault",
        "",
        "epci",
        [COEUR],
        "Syndicat mixte de pays (Pays Cœur d'Hérault), classé ici en « EPCI » faute de catégorie "
        "plus précise. Pilote du groupe « Mobilité et insertion » du PTI 2017-2021 (annexe 1).",
    ),
    (
        "PLIE",
        "PLIE Est Héraultais",
        "PLIE",
        "plie",
        [PETITE_CAMARGUE],
        "Plan local pour l'insertion et l'emploi. Pilote du groupe « Mobilité » de la Petite "
        "Camargue du PTI 2017-2021 (annexe 1). Territoire de rattachement déduit de ce groupe.",
    ),
    (
        "ML",
        "Missions locales de l'Hérault",
        "",
        "mission_locale",
        [],
        "La source nomme « les Missions Locales » collectivement (institutions représentées au "
        "comité de pilotage) ; elles sont regroupées ici en un seul partenaire.",
    ),
    (
        "PE",
        "Pôle emploi",
        "",
        "france_travail",
        [],
        "France Travail depuis 2024. Le groupe « Liens ESS et économie » (Petite Camargue) du PTI "
        "2017-2021 était piloté par l'agence Pôle emploi de Lunel.",
    ),
    (
        "CAF",
        "CAF de l'Hérault",
        "CAF",
        "caf",
        [],
        "Caisse d'allocations familiales ; organisme payeur du RSA cité dans l'axe 1 du PTI "
        "2017-2021. La source dit « la CAF » ; la caisse de l'Hérault est déduite.",
    ),
    (
        "CPAM",
        "CPAM de l'Hérault",
        "CPAM",
        "cpam",
        [],
        "Caisse primaire d'assurance maladie. La source dit « la CPAM » ; la caisse de l'Hérault "
        "est déduite.",
    ),
    (
        "MSA",
        "MSA Languedoc",
        "MSA",
        "msa",
        [],
        "Mutualité sociale agricole ; organisme payeur du RSA cité dans l'axe 1 du PTI 2017-2021. "
        "La source dit « la MSA » ; la caisse compétente pour l'Hérault (MSA Languedoc) est "
        "déduite.",
    ),
    (
        "UDCCAS",
        "Union départementale des CCAS de l'Hérault",
        "UDCCAS",
        "ccas",
        [],
        "Union départementale des centres communaux d'action sociale, représentée au comité de "
        "pilotage départemental.",
    ),
    (
        "CRIA",
        "Centre de ressources illettrisme alphabétisation",
        "CRIA 34",
        "association",
        [],
        "Co-anime avec le SDI du Département le réseau de référents illettrisme du Montpelliérain "
        "(action emblématique du PTI 2017-2021). Forme associative déduite (non précisée par la "
        "source).",
    ),
]

PARTNER_KEYS = [p[0] for p in PARTNERS]


def PA(key):
    assert key in PARTNER_KEYS, key
    return uid("partner", key)


partners = [
    {
        "uuid": PA(key),
        "name": name,
        "acronym": acronym,
        "category": category,
        "territories": [T(t) for t in terrs],
        "notes": notes,
    }
    for key, name, acronym, category, terrs, notes in PARTNERS
]

# The institutions represented at the departmental COPIL (§1.2) that we hold as partners.
# "Les Intercommunalités" -> CCVH (the intercommunality of the source);
# "Les PLIE" -> PLIE Est Héraultais.
COPIL_PARTNERS = [
    "DDETS", "REGION", "CD", "CCVH", "PLIE", "ML", "PE", "CAF", "CPAM", "MSA", "UDCCAS",
]

# ---------------------------------------------------------------------------------------------
# Persons: only those named in the source, no roles (the source names no referent)
# ---------------------------------------------------------------------------------------------

PERSONS = [
    ("Kléber", "MESQUIDA", "Président du Département de l'Hérault", "CD",
     "Signe l'éditorial du PTI 2022-2025."),
    ("Claudine", "VASSAS-MEJRI", "Vice-Présidente déléguée à l'insertion et à l'économie solidaire",
     "CD",
     "Les travaux d'élaboration du PTI 2022-2025 ont été conduits sous son égide ; le comité de "
     "pilotage est animé par la Vice-Présidente du Département ou son représentant."),
    ("Philippe", "SALASC", "Premier Vice-Président", "CCVH",
     "Préside la séance du conseil communautaire du 30 janvier 2023 et signe la délibération "
     "approuvant le PTI 2022-2025 (auteur de l'acte)."),
    ("Marie-Hélène", "SANCHEZ", "Conseillère communautaire", "CCVH",
     "Secrétaire de séance du conseil communautaire du 30 janvier 2023. Fonction déduite de sa "
     "présence parmi les membres du conseil."),
]


def PE_(first, last):
    return uid("person", f"{first} {last}")


PERSON_BY_LAST = {last: PE_(first, last) for first, last, *_ in PERSONS}

persons = [
    {
        "uuid": PE_(first, last),
        "firstName": first,
        "lastName": last,
        "function": function,
        "email": "",
        "phone": "",
        "partner": PA(partner),
        "roles": [],
        "notes": notes,
    }
    for first, last, function, partner, notes in PERSONS
]


def empty_deliberation_counts():
    return {
        "quorum": 0, "present": 0, "proxies": 0, "voters": 0,
        "inFavour": 0, "against": 0, "abstentions": 0, "notVoting": 0,
    }


def signature(edition_key, partner_key, deliberation=None):
    return {
        "uuid": uid("signature", f"{edition_key}:{partner_key}"),
        "partner": PA(partner_key),
        "status": "signe",
        "date": None,
        "signatoryName": "",
        "signatoryFunction": "",
        "deliberation": deliberation,
    }


# =============================================================================================
# Edition 1: PTI 2017-2021 (§1.2, Annexe 1)
# =============================================================================================

E1 = "PTI 2017-2021"
E1_UUID = uid("edition", E1)

# (number, title, objective = the full bullet of §1.2, themes)
E1_AXES = [
    (1, "Accès aux droits et juste droit",
     "Faciliter l'accès aux droits et garantir le juste droit à l'allocation RSA par des "
     "partenariats renforcés avec l'État et les organismes payeurs CAF et MSA.",
     ["Accès aux droits", "Numérique et rupture des droits", "Services aux publics"]),
    (2, "Continuité des parcours d'insertion",
     "Assurer la continuité des parcours d'insertion dans le but de lever les freins au retour à "
     "l'emploi.",
     ["Illettrisme et illectronisme", "Levée des freins", "Mobilisation des publics"]),
    (3, "Mobilité pour tous",
     "Repenser la mobilité pour tous les publics : personnes en perte d'autonomie, jeunes, "
     "personnes en insertion, ...",
     ["Mobilité"]),
    (4, "Économie sociale et solidaire",
     "Promouvoir l'économie sociale et solidaire et développer des actions répondant aux valeurs "
     "de développement durable pour favoriser le développement de l'emploi local non "
     "délocalisable et mettre en valeur le développement humain. Il s'agit de valoriser les "
     "dépenses sociales en tant qu'investissements.",
     ["Insertion par l'activité économique", "ESS et IAE", "Initiatives solidaires et citoyennes",
      "Liens ESS et économie"]),
    (5, "Rapprochement avec les employeurs",
     "Favoriser le rapprochement des acteurs publics avec les employeurs et le milieu économique "
     "dans son ensemble, car l'emploi est « l'affaire de tous ».",
     ["Sélectivité du marché de l'emploi"]),
]

# The 17 working groups of Annexe 1, in order:
# (name, territories, pilot, coPilot, (axis number, theme), extra notes)
E1_GROUPS = [
    ("Illettrisme et illectronisme", [MONTPELLIERAIN], "CD", None, (2, "Illettrisme et illectronisme"), ""),
    ("Mobilité", [MONTPELLIERAIN], "CD", None, (3, "Mobilité"), ""),
    ("Insertion par l'activité économique", [MONTPELLIERAIN], "DDETS", "CD",
     (4, "Insertion par l'activité économique"), ""),
    ("Numérique, non-accès et rupture des droits", [THAU], "CD", None, (1, "Numérique et rupture des droits"), ""),
    ("Développement initiatives solidaires et citoyennes", [THAU], "CD", None,
     (4, "Initiatives solidaires et citoyennes"), ""),
    ("Mobilité des publics en insertion", [THAU], "CD", None, (3, "Mobilité"), ""),
    ("Accès aux droits", [COEUR], "CD", None, (1, "Accès aux droits"), ""),
    ("Mobilité et insertion", [COEUR], "SYDEL", "CD", (3, "Mobilité"), ""),
    ("Sélectivité du marché de l'emploi", [COEUR], "DDETS", "CD", (5, "Sélectivité du marché de l'emploi"), ""),
    ("Mobilité", [PETITE_CAMARGUE], "PLIE", "CD", (3, "Mobilité"), ""),
    ("Illectronisme", [PETITE_CAMARGUE], "CD", None, (2, "Illettrisme et illectronisme"), ""),
    ("Liens ESS et économie", [PETITE_CAMARGUE], "PE", "CD", (4, "Liens ESS et économie"),
     " Pilote : l'agence Pôle emploi de Lunel."),
    ("Étude sociologique sur la mobilisation des publics", [BITERROIS, PETITE_CAMARGUE], "CD", None,
     (2, "Mobilisation des publics"),
     " Groupe commun aux territoires Biterrois et Petite Camargue."),
    ("Levée des freins (accès emploi et services)", [BITERROIS], "DDETS", "CD", (2, "Levée des freins"), ""),
    ("ESS et IAE", [BITERROIS], "DDETS", "CD", (4, "ESS et IAE"), ""),
    ("Services aux publics", [HAUT_LANGUEDOC], "CD", None, (1, "Services aux publics"), ""),
    ("Levée des freins à l'emploi", [HAUT_LANGUEDOC], "CD", None, (2, "Levée des freins"), ""),
]

E1_AXIS_UUID = {n: uid("axis", f"{E1}:{n}") for n, *_ in E1_AXES}
E1_THEME_UUID = {(n, th): uid("theme", f"{E1}:{n}:{th}") for n, _, _, themes in E1_AXES for th in themes}


def e1_group_uuid(index):  # index: 1..17 in Annexe 1 order
    name = E1_GROUPS[index - 1][0]
    return uid("group", f"{E1}:{index}:{name}")


e1_axes = []
for n, title, objective, themes in E1_AXES:
    theme_records = []
    for th in themes:
        users = [
            f"« {g[0]} » ({', '.join(g[1])})"
            for g in E1_GROUPS if g[4] == (n, th)
        ]
        theme_records.append({
            "uuid": E1_THEME_UUID[(n, th)],
            "name": th,
            "description": (
                "Rattachement à l'axe déduit de la thématique du groupe (non précisé par la "
                "source). Groupe(s) de travail de l'annexe 1 : " + " ; ".join(users) + "."
            ),
        })
    e1_axes.append({
        "uuid": E1_AXIS_UUID[n],
        "number": n,
        "title": title,
        "objective": objective,
        "themes": theme_records,
    })

e1_groups = []
for i, (name, terrs, pilot, copilot, (axis_n, theme), extra) in enumerate(E1_GROUPS, start=1):
    if copilot:
        base = "Pilote • copilote selon l'annexe 1 (groupes de travail des PTI locaux au 31 juillet 2021)."
    else:
        base = ("Piloté par le seul Conseil départemental selon l'annexe 1 (groupes de travail des "
                "PTI locaux au 31 juillet 2021) ; pas de copilote.")
    e1_groups.append({
        "uuid": e1_group_uuid(i),
        "name": name,
        "axis": E1_AXIS_UUID[axis_n],
        "theme": E1_THEME_UUID[(axis_n, theme)],
        "territories": [T(t) for t in terrs],
        "pilot": PA(pilot),
        "coPilot": PA(copilot) if copilot else None,
        "pilotPerson": None,
        "coPilotPerson": None,
        "members": [PA(pilot)] + ([PA(copilot)] if copilot else []),
        "memberPersons": [],
        "status": "actif",
        "notes": base + extra,
    })

# --- Actions ---------------------------------------------------------------------------------

TOTAL_ACTIONS = 38
STATUS_TOTALS = {"realisee": 9, "en_fonctionnement": 10, "en_cours": 15, "projet": 4}

# The six emblematic actions of Annexe 1: group index -> action
EMBLEMATIC = [
    {
        "group": 12,  # Liens ESS et économie (Petite Camargue)
        "title": "Agenda événementiel emploi & formation",
        "objectives": "Mieux orienter les publics sur les thématiques de l'emploi et de la formation.",
        "publics": [],
        "modalities": "Mise en place d'un agenda événementiel emploi & formation sur le secteur Petite "
                      "Camargue, intégré à la gestion électronique des documents (GED) du Département "
                      "et destiné aux professionnels de l'insertion.",
        "deliverables": "Agenda événementiel emploi & formation, accessible dans la GED du Département.",
        "dispositifs": [],
        "status": "en_fonctionnement",
        "experimentation": False,
        "notes": "Action emblématique n°1 de l'annexe 1. La source situe l'action sur le secteur "
                 "Petite Camargue sans préciser le groupe : rattachement au groupe « Liens ESS et "
                 "économie » déduit. Statut « en fonctionnement » déduit (non précisé par la "
                 "source). Publics : « les publics » en insertion, sans précision.",
        "indicators": [
            ("Partenaires impliqués", "realisation", "partenaires"),
            ("Mobilisation des publics", "resultat", "personnes"),
        ],
    },
    {
        "group": 1,  # Illettrisme et illectronisme (Montpelliérain)
        "title": "Réseau de référents illettrisme",
        "objectives": "Mieux détecter et orienter les publics en situation d'illettrisme et faciliter "
                      "leur insertion.",
        "publics": [],
        "modalities": "Création d'un réseau de référents illettrisme chez les organismes conventionnés "
                      "dans le cadre du PDI, sur le Montpelliérain. Réseau co-animé par le SDI et le "
                      "Centre de ressources illettrisme alphabétisation (CRIA 34).",
        "deliverables": "Formation spécifique des référents ; réunions d'échange de pratiques.",
        "dispositifs": ["PDI"],
        "status": "en_fonctionnement",
        "experimentation": False,
        "notes": "Action emblématique n°2 de l'annexe 1. Co-animée avec le CRIA 34. Rattachement "
                 "au groupe « Illettrisme et illectronisme » et statut « en fonctionnement » "
                 "déduits (non précisés par la source).",
        "indicators": [
            ("Nombre de participants", "realisation", "référents"),
            ("Nombre de concertations", "realisation", "réunions"),
        ],
    },
    {
        "group": 4,  # Numérique, non-accès et rupture des droits (Étang de Thau)
        "title": "Réseau Digi'Thau",
        "objectives": "Faciliter les échanges et le partage des savoirs et des informations (sessions "
                      "de sensibilisation et d'information) ; proposer au public une offre de médiation "
                      "numérique sur l'ensemble du territoire, avec un accueil de proximité "
                      "personnalisé via des permanences.",
        "publics": [],
        "modalities": "Création d'un réseau interprofessionnel dédié à l'inclusion numérique sur le "
                      "secteur de l'Étang de Thau, avec la mise en place en amont d'une charte "
                      "d'adhésion garantissant la qualité des services proposés au public.",
        "deliverables": "Charte d'adhésion ; sessions de sensibilisation et d'information ; "
                        "permanences de médiation numérique.",
        "dispositifs": [],
        "status": "en_fonctionnement",
        "experimentation": False,
        "notes": "Action emblématique n°3 de l'annexe 1. Rattachement au groupe « Numérique, "
                 "non-accès et rupture des droits » et statut « en fonctionnement » déduits (non "
                 "précisés par la source).",
        "indicators": [
            ("Partenaires impliqués", "realisation", "structures"),
            ("Nombre de participants", "realisation", "personnes"),
        ],
    },
    {
        "group": 13,  # Étude sociologique sur la mobilisation des publics (Biterrois et Petite Camargue)
        "title": "Enquête sociologique sur la mobilisation des publics",
        "objectives": "Étudier la mobilisation des publics et les différents types de représentations.",
        "publics": [],
        "modalities": "Enquête commune à deux territoires, Petite Camargue et Biterrois, menée auprès "
                      "des employeurs, des publics en insertion et des professionnels de l'insertion.",
        "deliverables": "Enquête sociologique (toujours en cours d'élaboration selon l'annexe 1).",
        "dispositifs": [],
        "status": "en_cours",
        "experimentation": True,
        "notes": "Action emblématique n°4 de l'annexe 1, citée comme projet « toujours en cours "
                 "d'élaboration ». Caractère expérimental déduit (non précisé par la source).",
        "indicators": [
            ("Nombre de participants", "realisation", "personnes interrogées"),
            ("Partenaires impliqués", "realisation", "partenaires"),
        ],
    },
    {
        "group": 7,  # Accès aux droits (Cœur d'Hérault – Pic Saint-Loup)
        "title": "Charte d'amélioration des services et usages de l'internet",
        "objectives": "Améliorer les sites internet d'e-administration des organismes chargés de "
                      "service public et en faciliter l'usage.",
        "publics": [],
        "modalities": "Élaboration d'une charte d'amélioration des services et usages de l'internet "
                      "par les organismes chargés de service public sur le secteur Cœur "
                      "d'Hérault/Pic Saint-Loup.",
        "deliverables": "Charte d'amélioration des services et usages de l'internet.",
        "dispositifs": [],
        "status": "realisee",
        "experimentation": False,
        "notes": "Action emblématique n°5 de l'annexe 1. Rattachement au groupe « Accès aux "
                 "droits » et statut « réalisée » déduits (non précisés par la source).",
        "indicators": [
            ("Partenaires impliqués", "realisation", "organismes"),
        ],
    },
    {
        "group": 17,  # Levée des freins à l'emploi (Haut-Languedoc et Ouest Héraultais)
        "title": "Carnet de bord « Mon journal »",
        "objectives": "Donner de la lisibilité au parcours d'insertion de l'allocataire et favoriser "
                      "l'instauration d'un lien de confiance.",
        "publics": ["Allocataires du RSA"],
        "modalities": "Réflexion sur la mise en place d'un « carnet de bord » du parcours d'insertion "
                      "de l'allocataire sur le secteur Haut-Languedoc/Ouest Héraultais.",
        "deliverables": "Carnet de bord « Mon journal » : support personnel d'aide à l'identification "
                        "et à la valorisation des compétences auprès d'un recruteur.",
        "dispositifs": [],
        "status": "projet",
        "experimentation": True,
        "notes": "Action emblématique n°6 de l'annexe 1 (« une réflexion sur la mise en place », "
                 "d'où le statut « projet »). Rattachement au groupe « Levée des freins à "
                 "l'emploi » et caractère expérimental déduits (non précisés par la source).",
        "indicators": [
            ("Levée d'un frein social et/ou professionnel", "resultat", "personnes"),
        ],
    },
]

GENERIC_NOTES = ("Action recensée dans l'annexe 1 (38 actions au 31 juillet 2021) ; son contenu "
                 "n'est pas détaillé dans le document source.")

# Actions per group: 2 each, 1 for the sociological study (a single study), and the remaining
# ones added round-robin in Annexe 1 order. Neither the split nor the per-action status is given
# by the source (only the totals are); this is said in the edition notes.
ACTIONS_PER_GROUP = {i: 2 for i in range(1, len(E1_GROUPS) + 1)}
ACTIONS_PER_GROUP[13] = 1
_extra = TOTAL_ACTIONS - sum(ACTIONS_PER_GROUP.values())
_i = 1
while _extra > 0:
    if _i != 13:
        ACTIONS_PER_GROUP[_i] += 1
        _extra -= 1
    _i = _i % len(E1_GROUPS) + 1

emblematic_by_group = {}
for a in EMBLEMATIC:
    emblematic_by_group.setdefault(a["group"], []).append(a)


def interleave(counts):
    """Deterministic smooth weighted round robin: spreads statuses evenly along the list."""
    current = {k: 0 for k in counts}
    remaining = dict(counts)
    total = sum(counts.values())
    order = []
    for _ in range(total):
        for k in counts:
            if remaining[k] > 0:
                current[k] += counts[k]
        best = max((k for k in counts if remaining[k] > 0), key=lambda k: current[k])
        current[best] -= total
        remaining[best] -= 1
        order.append(best)
    return order


generic_counts = dict(STATUS_TOTALS)
for a in EMBLEMATIC:
    generic_counts[a["status"]] -= 1
assert all(v >= 0 for v in generic_counts.values()), generic_counts
generic_statuses = interleave(generic_counts)


def e1_action_uuid(group_index, k):
    return uid("action", f"{E1}:{group_index}:{k}")


e1_actions = []
_status_iter = iter(generic_statuses)
for gi, (gname, terrs, pilot, copilot, (axis_n, theme), _extra_notes) in enumerate(E1_GROUPS, start=1):
    ems = emblematic_by_group.get(gi, [])
    for k in range(1, ACTIONS_PER_GROUP[gi] + 1):
        a_uuid = e1_action_uuid(gi, k)
        common = {
            "uuid": a_uuid,
            "group": e1_group_uuid(gi),
            "axis": E1_AXIS_UUID[axis_n],
            "theme": E1_THEME_UUID[(axis_n, theme)],
            "startDate": None,
            "endDate": None,
        }
        if k <= len(ems):
            em = ems[k - 1]
            action = {
                "uuid": a_uuid,
                "group": common["group"],
                "title": em["title"],
                "axis": common["axis"],
                "theme": common["theme"],
                "objectives": em["objectives"],
                "publics": [P(p) for p in em["publics"]],
                "modalities": em["modalities"],
                "deliverables": em["deliverables"],
                "dispositifs": [D(d) for d in em["dispositifs"]],
                "startDate": None,
                "endDate": None,
                "status": em["status"],
                "experimentation": em["experimentation"],
                "notes": em["notes"],
                "indicators": [
                    {
                        "uuid": uid("indicator", f"{E1}:{gi}:{k}:{n}"),
                        "name": iname,
                        "kind": ikind,
                        "unit": unit,
                        "baseline": None,
                        "target": None,
                        "measurements": [],
                    }
                    for n, (iname, ikind, unit) in enumerate(em["indicators"], start=1)
                ],
            }
        else:
            action = {
                "uuid": a_uuid,
                "group": common["group"],
                "title": f"Action n°{k} du groupe « {gname} »",
                "axis": common["axis"],
                "theme": common["theme"],
                "objectives": "",
                "publics": [],
                "modalities": "",
                "deliverables": "",
                "dispositifs": [],
                "startDate": None,
                "endDate": None,
                "status": next(_status_iter),
                "experimentation": False,
                "notes": GENERIC_NOTES,
                "indicators": [],
            }
        e1_actions.append(action)
assert next(_status_iter, None) is None, "unused generic statuses"

e1_signatures = [signature(E1, "CD")]
e1_signatures.append(signature(E1, "DDETS"))
e1_signatures.append(signature(E1, "CCVH", {
    "body": "Conseil communautaire",
    "meetingDate": "2017-11-27",
    "convocationDate": None,
    "actIdentifier": "délibération n°1564",
    "chair": "",
    "secretary": "",
    **empty_deliberation_counts(),
    "publicationDate": None,
    "transmissionNumber": "",
    "transmissionDate": None,
}))
e1_signatures.append(signature(E1, "SYDEL"))
e1_signatures.append(signature(E1, "PLIE"))
e1_signatures.append(signature(E1, "PE"))

e1_meetings = [
    {
        "uuid": uid("meeting", f"{E1}:2017-02-24:copil"),
        "kind": "copil_lancement",
        "status": "tenue",
        "date": "2017-02-24",
        "title": "Premier comité de pilotage du PTI",
        "territory": None,
        "group": None,
        "partners": [PA("CD")],
        "persons": [],
        "headCount": 0,
        "agenda": "Lancement officiel du PTI 2017-2020 dans l'Hérault",
        "decisions": "Comité présidé par le Président du Conseil départemental. Lancement officiel "
                     "du dispositif dans l'Hérault pour la période 2017-2020 (prorogé ensuite "
                     "jusqu'au 31.12.2021).",
    },
]

edition_2017 = {
    "uuid": E1_UUID,
    "title": E1,
    "departement": "Hérault",
    "startDate": "2017-01-01",
    "endDate": "2021-12-31",
    "predecessor": None,
    "notes": (
        "Lancé officiellement lors du premier comité de pilotage, présidé par le Président du "
        "Conseil départemental, le 24 février 2017 pour la période 2017-2020, puis prorogé "
        "jusqu'au 31.12.2021. Signé par 31 partenaires institutionnels (liste non reproduite "
        "dans le document source). 17 groupes de travail au sein des PTI locaux ; statuts des "
        "38 actions au 31 juillet 2021 (annexe 1) : 9 réalisées, 10 en fonctionnement, 15 en "
        "cours, 4 en projet.\n"
        "Inférences : les signataires enregistrés sont ceux que la source permet d'identifier "
        "(partenaires pilotes de groupes de travail, et la CCVH dont la délibération n°1564 du "
        "27 novembre 2017 approuve le PTI 2017-2020) ; dates de début et de fin prises au 1er "
        "janvier 2017 et au 31 décembre 2021 ; le rattachement des thématiques aux axes, la "
        "répartition des 38 actions entre les groupes, le groupe de chaque action emblématique "
        "et le statut de chaque action (hors totaux) ne sont pas donnés par la source et sont "
        "illustratifs."
    ),
    "axes": e1_axes,
    "signatures": e1_signatures,
    "groups": e1_groups,
    "actions": e1_actions,
    "meetings": e1_meetings,
    "evaluations": [],
}

# =============================================================================================
# Edition 2: PTI 2022-2025 (§1.2, §1.4, §2.2)
# =============================================================================================

E2 = "PTI 2022-2025"
E2_UUID = uid("edition", E2)

# (number, title, objective = OBJECTIFS column, [(theme, [example bullets])])
E2_AXES = [
    (1, "Lever les freins à l'insertion sociale et professionnelle",
     "Participer à lever les freins à l'insertion.",
     [
         ("Isolement social", [
             "Renforcer les actions d'aller-vers, sur la santé et l'isolement (développer "
             "notamment les actions d'accompagnement des personnes au mieux-être).",
             "Développer des actions liées à la citoyenneté.",
         ]),
         ("Logement", [
             "Prendre en compte le logement dans le contexte d'évolution du projet professionnel.",
             "Travailler sur la question du logement saisonnier dans le cadre d'une (re)prise "
             "d'emploi, avec les acteurs économiques et les collectivités locales.",
         ]),
         ("Santé", [
             "S'appuyer sur le diagnostic du contrat local de santé.",
             "Impliquer les acteurs de la santé et les sensibiliser à l'insertion "
             "socioprofessionnelle.",
         ]),
         ("Illectronisme", [
             "Recenser les actions déjà menées et les développer.",
         ]),
         ("Mobilité et motilité", [
             "Poursuivre le travail mené lors du précédent PTI et coordonner les actions en lien "
             "avec les autorités organisatrices de la mobilité (AOM).",
             "Contribuer à développer l'information sur l'offre de mobilité existante.",
             "Définir la notion de motilité.",
         ]),
         ("Garde d'enfants", [
             "Recenser et analyser les actions menées pour optimiser les dispositifs existants.",
             "Améliorer la transmission de l'information liée à la garde d'enfants.",
         ]),
     ]),
    (2, "Accompagner et mettre en relation le public avec le monde du travail",
     "Rapprocher les personnes en insertion, les employeurs et les acteurs publics ou associatifs.",
     [
         ("Coordination et articulation des acteurs et dispositifs", [
             "Articuler les actions en lien avec les dispositifs existants (Services publics de "
             "l'emploi de proximité (SPEP), ...).",
             "Renforcer la coordination des démarches auprès des entreprises et la communication "
             "entre professionnels, en développant des temps communs d'échanges de pratiques "
             "entre chargés d'insertion entreprise.",
         ]),
         ("Remobilisation des publics", [
             "Travailler sur la remobilisation des publics, orientés notamment sur l'accès aux "
             "formations, en lien avec les besoins du territoire : veiller à la bonne adéquation "
             "des formations avec les attentes des publics ciblés.",
             "Remobiliser les publics, notamment les allocataires RSA sur l'accès aux chantiers "
             "d'insertion : réflexion prioritaire à mener sur l'IAE.",
         ]),
         ("Ouverture au monde économique", [
             "Associer les entreprises, acteurs locaux, bénéficiaires aux réflexions et groupes de "
             "travail afin de faire remonter leurs besoins.",
             "Renforcer les liens entre les entreprises « classiques » et l'IAE, en lien avec le "
             "secteur associatif ainsi que les chambres consulaires.",
         ]),
         ("Attractivité", [
             "Travailler principalement sur les filières nouvelles et/ou spécifiques à chaque "
             "territoire.",
             "Travailler sur l'attractivité des entreprises et/ou branches professionnelles : "
             "sensibiliser au changement des mentalités des chercheurs d'emploi et des employeurs.",
         ]),
     ]),
    (3, "Assurer la continuité des parcours",
     "Assurer la continuité des parcours d'insertion, dans le but d'assurer un suivi continu des "
     "personnes.",
     [
         ("Articulation des dispositifs", [
             "Améliorer l'articulation entre les dispositifs existants et les acteurs de "
             "l'insertion afin d'agir favorablement sur le parcours d'insertion des personnes.",
         ]),
         ("Interconnaissance des acteurs", [
             "Poursuivre l'interconnaissance des acteurs entre eux et des actions menées par "
             "chacun.",
         ]),
         ("Aller-vers", [
             "Aller vers les publics dans une démarche proactive.",
         ]),
         ("Autonomie de la personne", [
             "Favoriser l'autonomie de la personne en le positionnant comme acteur de son parcours "
             "d'insertion.",
         ]),
         ("Anticipation des ruptures de parcours", [
             "Anticiper le risque de rupture de parcours.",
         ]),
     ]),
    (4, "Renforcer le système de pilotage",
     "Veiller au bon déroulement du PTI ainsi qu'à la conformité de sa réalisation dans le cadre "
     "des actions définies. Structurer et renforcer l'efficacité des systèmes de gouvernance et "
     "d'évaluation.",
     [
         ("Gouvernance", [
             "Définir les rôles et responsabilités du référent PTI que chaque partenaire devra "
             "nommer.",
             "Partager et tendre à une uniformisation des process de décision interne entre "
             "partenaires.",
             "Trouver les bonnes modalités d'articulation entre les instances PTI et les instances "
             "des autres dispositifs.",
             "Mettre en place des temps d'échanges de pratiques afin de créer une approche commune.",
             "Sécuriser la bonne articulation entre les instances locales et le COPIL (circuits de "
             "décisions, création d'instance(s) ad hoc, etc.).",
         ]),
         ("Évaluation", [
             "Définir des indicateurs types par thématiques.",
             "Élaborer le cadre d'évaluation du PTI et des actions et projets mis en œuvre.",
         ]),
     ]),
]

e2_axes = [
    {
        "uuid": uid("axis", f"{E2}:{n}"),
        "number": n,
        "title": title,
        "objective": objective,
        "themes": [
            {"uuid": uid("theme", f"{E2}:{n}:{th}"), "name": th, "description": "\n".join(bullets)}
            for th, bullets in themes
        ],
    }
    for n, title, objective, themes in E2_AXES
]

e2_signatures = []
for key in COPIL_PARTNERS:
    if key == "CCVH":
        e2_signatures.append(signature(E2, key, {
            "body": "Conseil communautaire",
            "meetingDate": "2023-01-30",
            "convocationDate": "2023-01-19",
            "actIdentifier": "034-243400694-20230130-10745-DE-1-1",
            "chair": "Philippe SALASC",
            "secretary": "Marie-Hélène SANCHEZ",
            "quorum": 25,
            "present": 34,
            "proxies": 12,
            "voters": 46,
            "inFavour": 46,
            "against": 0,
            "abstentions": 0,
            "notVoting": 0,
            "publicationDate": "2023-01-31",
            "transmissionNumber": "3090",
            "transmissionDate": "2023-01-31",
        }))
    else:
        e2_signatures.append(signature(E2, key))

SEMINAR_1_AGENDA = (
    "Lancement de la démarche au sein de chacun des 6 territoires. Partage des constats globaux "
    "sur la mise en œuvre du PTI 2017-2021 et des enjeux du futur PTI 2022-2025. Analyse des "
    "besoins d'amélioration à apporter à la réponse des partenaires aux besoins des "
    "bénéficiaires."
)
SEMINAR_2_AGENDA = (
    "Validation des axes prioritaires retravaillés suite aux premiers séminaires. Recueil des "
    "exemples de thématiques à l'intérieur des axes. Recueil des attentes en matière de "
    "gouvernance et d'articulation."
)
SEMINARS = [
    (1, "2022-01-13", COEUR),
    (1, "2022-01-14", MONTPELLIERAIN),
    (1, "2022-01-17", THAU),
    (1, "2022-01-18", PETITE_CAMARGUE),
    (1, "2022-01-20", BITERROIS),
    (1, "2022-01-20", HAUT_LANGUEDOC),
    (2, "2022-02-08", PETITE_CAMARGUE),
    (2, "2022-02-10", THAU),
    (2, "2022-02-10", COEUR),
    (2, "2022-02-11", MONTPELLIERAIN),
    (2, "2022-02-17", BITERROIS),
    (2, "2022-02-17", HAUT_LANGUEDOC),
]


def meeting(key, kind, status, date, title, agenda, territory=None, partners_=(), decisions=""):
    return {
        "uuid": uid("meeting", f"{E2}:{key}"),
        "kind": kind,
        "status": status,
        "date": date,
        "title": title,
        "territory": T(territory) if territory else None,
        "group": None,
        "partners": [PA(p) for p in partners_],
        "persons": [],
        "headCount": 0,
        "agenda": agenda,
        "decisions": decisions,
    }


e2_meetings = [
    meeting("2021-11-24:copil", "copil", "tenue", "2021-11-24", "Comité de pilotage départemental",
            "Lancement de la démarche de renouvellement du Pacte Territorial pour l'insertion, et "
            "présentation de la méthodologie.",
            partners_=COPIL_PARTNERS),
]
for n, date, terr in SEMINARS:
    e2_meetings.append(meeting(
        f"{date}:seminaire{n}:{terr}", "seminaire_territorial", "tenue", date,
        f"Séminaire territorial n°{n}", SEMINAR_1_AGENDA if n == 1 else SEMINAR_2_AGENDA,
        territory=terr))
e2_meetings.append(meeting(
    "2022-03-09:gouvernance", "groupe_gouvernance", "reportee", "2022-03-09",
    "Groupe de travail gouvernance",
    "Validation des instances de gouvernance à mettre en œuvre au démarrage du PTI et "
    "structuration des priorités de travail spécifique en matière de gouvernance.",
    partners_=["CD"],
    decisions="Différé à la reprise des travaux."))
e2_meetings.append(meeting(
    "2022-05-19:copil", "copil_lancement", "tenue", "2022-05-19", "Comité de pilotage départemental",
    "Restitution de la démarche et présentation du PTI 2022-2025.",
    partners_=COPIL_PARTNERS))

edition_2022 = {
    "uuid": E2_UUID,
    "title": E2,
    "departement": "Hérault",
    "startDate": "2022-01-01",
    "endDate": "2025-12-31",
    "predecessor": E1_UUID,
    "notes": (
        "Élaboré de novembre 2021 à mars 2022 selon une démarche participative accompagnée par un "
        "cabinet externe (comité de pilotage départemental, deux séminaires dans chacun des six "
        "territoires, réunion de travail sur la gouvernance interne au Conseil départemental, "
        "équipe projet). Approuvé notamment par le conseil communautaire de la Communauté de "
        "communes Vallée de l'Hérault le 30 janvier 2023 (document source). Les groupes de "
        "travail et les actions seront définis dans les PTI locaux : la source n'en liste aucun.\n"
        "Inférences : les signataires enregistrés sont les institutions représentées au comité "
        "de pilotage départemental (§1.2) ; « les Intercommunalités » y sont représentées par la "
        "CCVH et « les PLIE » par le PLIE Est Héraultais ; dates et signataires non connus (page "
        "des signatures vierge dans la source) ; dates de début et de fin prises au 1er janvier "
        "2022 et au 31 décembre 2025. Dans l'objet des séminaires n°1, la source écrit « mise en "
        "œuvre du PTI 2022-2025 », corrigé en « PTI 2017-2021 » (bilan du précédent PTI). Le "
        "comité de pilotage est animé par la Vice-Présidente du Conseil départemental ; des élus "
        "et des membres de comités participatifs ont aussi participé à la réunion de lancement du "
        "24 novembre 2021."
    ),
    "axes": e2_axes,
    "signatures": e2_signatures,
    "groups": [],
    "actions": [],
    "meetings": e2_meetings,
    "evaluations": [],
}

dump = {
    "format": "pacte-dump",
    "formatVersion": 1,
    "territories": territories,
    "targetPublics": target_publics,
    "dispositifs": dispositifs,
    "partners": partners,
    "persons": persons,
    "editions": [edition_2017, edition_2022],
}

# =============================================================================================
# Checks (run on every generation)
# =============================================================================================

# Keys allowed by docs/dump-format.md, per record kind.
ALLOWED_KEYS = {
    "dump": {"format", "formatVersion", "exportedAt", "territories", "targetPublics",
             "dispositifs", "partners", "persons", "editions"},
    "territory": {"uuid", "name", "diagnostic", "priorities", "notes"},
    "targetPublic": {"uuid", "name"},
    "dispositif": {"uuid", "acronym", "name", "description"},
    "partner": {"uuid", "name", "acronym", "category", "territories", "notes"},
    "person": {"uuid", "firstName", "lastName", "function", "email", "phone", "partner",
               "roles", "notes"},
    "role": {"kind", "territory"},
    "edition": {"uuid", "title", "departement", "startDate", "endDate", "predecessor", "notes",
                "axes", "signatures", "groups", "actions", "meetings", "evaluations"},
    "axis": {"uuid", "number", "title", "objective", "themes"},
    "theme": {"uuid", "name", "description"},
    "signature": {"uuid", "partner", "status", "date", "signatoryName", "signatoryFunction",
                  "deliberation"},
    "deliberation": {"body", "meetingDate", "convocationDate", "actIdentifier", "chair",
                     "secretary", "quorum", "present", "proxies", "voters", "inFavour",
                     "against", "abstentions", "notVoting", "publicationDate",
                     "transmissionNumber", "transmissionDate"},
    "group": {"uuid", "name", "axis", "theme", "territories", "pilot", "coPilot", "pilotPerson",
              "coPilotPerson", "members", "memberPersons", "status", "notes"},
    "action": {"uuid", "group", "title", "axis", "theme", "objectives", "publics", "modalities",
               "deliverables", "dispositifs", "startDate", "endDate", "status",
               "experimentation", "notes", "indicators"},
    "indicator": {"uuid", "name", "kind", "unit", "baseline", "target", "measurements"},
    "measurement": {"uuid", "date", "value", "target", "comment"},
    "meeting": {"uuid", "kind", "status", "date", "title", "territory", "group", "partners",
                "persons", "headCount", "agenda", "decisions"},
    "evaluation": {"uuid", "year", "kind", "date", "assessment"},
}

CODES = {
    "partner.category": {"etat", "region", "departement", "epci", "plie", "mission_locale",
                         "france_travail", "caf", "cpam", "msa", "ccas", "association", "siae",
                         "chambre_consulaire", "entreprise", "autre"},
    "role.kind": {"referent_partenaire", "referent_territoire", "charge_mission"},
    "signature.status": {"signe", "en_attente", "refuse"},
    "group.status": {"actif", "clos"},
    "action.status": {"projet", "en_cours", "en_fonctionnement", "realisee", "abandonnee"},
    "indicator.kind": {"realisation", "resultat"},
    "meeting.kind": {"copil_lancement", "copil_intermediaire", "copil_final", "copil",
                     "comite_local", "groupe_travail", "seminaire_territorial",
                     "groupe_gouvernance"},
    "meeting.status": {"prevue", "tenue", "reportee", "annulee"},
    "evaluation.kind": {"intermediaire", "finale"},
}


def check(d):
    import re

    date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    uuids = {}  # uuid -> kind

    def keys(rec, kind, path):
        extra = set(rec) - ALLOWED_KEYS[kind]
        assert not extra, f"{path}: unknown keys {sorted(extra)}"

    def reg(rec, kind, path):
        u = rec["uuid"]
        assert isinstance(u, str) and u == str(uuid.UUID(u)), f"{path}: bad uuid {u!r}"
        assert u not in uuids, f"{path}: duplicate uuid {u}"
        uuids[u] = kind

    def date(v, path, optional=True):
        if v is None:
            assert optional, f"{path}: date required"
            return
        assert isinstance(v, str) and date_re.match(v), f"{path}: bad date {v!r}"
        import datetime
        datetime.date.fromisoformat(v)

    def text(v, path, required=False):
        assert isinstance(v, str), f"{path}: not a string"
        if required:
            assert v.strip(), f"{path}: required"
        assert "\u2019" not in v, f"{path}: typographic apostrophe"

    keys(d, "dump", "$")
    assert d["format"] == "pacte-dump" and d["formatVersion"] == 1

    # Pass 1: register every record, check keys, required fields and codes.
    for i, r in enumerate(d["territories"]):
        p = f"territories[{i}]"
        keys(r, "territory", p); reg(r, "territory", p); text(r["name"], p, True)
    for i, r in enumerate(d["targetPublics"]):
        p = f"targetPublics[{i}]"
        keys(r, "targetPublic", p); reg(r, "targetPublic", p); text(r["name"], p, True)
    for i, r in enumerate(d["dispositifs"]):
        p = f"dispositifs[{i}]"
        keys(r, "dispositif", p); reg(r, "dispositif", p); text(r["name"], p, True)
    for i, r in enumerate(d["partners"]):
        p = f"partners[{i}]"
        keys(r, "partner", p); reg(r, "partner", p); text(r["name"], p, True)
        assert r["category"] in CODES["partner.category"], p
    for i, r in enumerate(d["persons"]):
        p = f"persons[{i}]"
        keys(r, "person", p); reg(r, "person", p)
        for j, role in enumerate(r.get("roles", [])):
            keys(role, "role", f"{p}.roles[{j}]")
            assert role["kind"] in CODES["role.kind"]
    titles = set()
    for ei, e in enumerate(d["editions"]):
        p = f"editions[{ei}]"
        keys(e, "edition", p); reg(e, "edition", p)
        text(e["title"], p + ".title", True)
        assert e["title"] not in titles, f"{p}: duplicate title"
        titles.add(e["title"])
        date(e["startDate"], p + ".startDate", False); date(e["endDate"], p + ".endDate", False)
        assert e["startDate"] <= e["endDate"], p
        for ai, a in enumerate(e["axes"]):
            ap = f"{p}.axes[{ai}]"
            keys(a, "axis", ap); reg(a, "axis", ap)
            assert isinstance(a["number"], int); text(a["title"], ap, True)
            for ti, t in enumerate(a["themes"]):
                tp = f"{ap}.themes[{ti}]"
                keys(t, "theme", tp); reg(t, "theme", tp); text(t["name"], tp, True)
        for si, s in enumerate(e["signatures"]):
            sp = f"{p}.signatures[{si}]"
            keys(s, "signature", sp); reg(s, "signature", sp)
            assert s["status"] in CODES["signature.status"], sp
            date(s["date"], sp + ".date")
            dl = s.get("deliberation")
            if dl is not None:
                keys(dl, "deliberation", sp + ".deliberation")
                for k in ("meetingDate", "convocationDate", "publicationDate", "transmissionDate"):
                    date(dl.get(k), f"{sp}.deliberation.{k}")
                assert dl["voters"] == dl["present"] + dl["proxies"], sp
                assert dl["inFavour"] + dl["against"] + dl["abstentions"] == dl["voters"] - dl["notVoting"], sp
                assert dl["present"] >= dl["quorum"], sp
        for gi, g in enumerate(e["groups"]):
            gp = f"{p}.groups[{gi}]"
            keys(g, "group", gp); reg(g, "group", gp); text(g["name"], gp, True)
            assert g["territories"], f"{gp}: at least one territory"
            assert g["status"] in CODES["group.status"], gp
        for ai, a in enumerate(e["actions"]):
            ap = f"{p}.actions[{ai}]"
            keys(a, "action", ap); reg(a, "action", ap); text(a["title"], ap, True)
            assert a["status"] in CODES["action.status"], ap
            assert isinstance(a["experimentation"], bool), ap
            for ii, ind in enumerate(a["indicators"]):
                ip = f"{ap}.indicators[{ii}]"
                keys(ind, "indicator", ip); reg(ind, "indicator", ip); text(ind["name"], ip, True)
                assert ind["kind"] in CODES["indicator.kind"], ip
                for mi, m in enumerate(ind["measurements"]):
                    mp = f"{ip}.measurements[{mi}]"
                    keys(m, "measurement", mp); reg(m, "measurement", mp)
                    date(m["date"], mp, False)
        for mi, m in enumerate(e["meetings"]):
            mp = f"{p}.meetings[{mi}]"
            keys(m, "meeting", mp); reg(m, "meeting", mp)
            assert m["kind"] in CODES["meeting.kind"], mp
            assert m["status"] in CODES["meeting.status"], mp
            date(m["date"], mp, False)
            assert isinstance(m["headCount"], int) and m["headCount"] >= 0, mp
        for vi, v in enumerate(e["evaluations"]):
            vp = f"{p}.evaluations[{vi}]"
            keys(v, "evaluation", vp); reg(v, "evaluation", vp)
            assert v["kind"] in CODES["evaluation.kind"], vp

    # Pass 2: references.
    def ref(u, kind, path, optional=True):
        if u is None:
            assert optional, f"{path}: reference required"
            return
        assert uuids.get(u) == kind, f"{path}: {u} is not a {kind}"

    for i, r in enumerate(d["partners"]):
        for t in r["territories"]:
            ref(t, "territory", f"partners[{i}].territories")
    for i, r in enumerate(d["persons"]):
        ref(r["partner"], "partner", f"persons[{i}].partner")
        for j, role in enumerate(r.get("roles", [])):
            if role.get("territory") is not None:
                ref(role["territory"], "territory", f"persons[{i}].roles[{j}]")
    for ei, e in enumerate(d["editions"]):
        p = f"editions[{ei}]"
        ref(e["predecessor"], "edition", p + ".predecessor")
        assert e["predecessor"] != e["uuid"], p
        axis_themes = {a["uuid"]: {t["uuid"] for t in a["themes"]} for a in e["axes"]}
        group_ids = {g["uuid"] for g in e["groups"]}
        numbers = [a["number"] for a in e["axes"]]
        assert len(numbers) == len(set(numbers)), f"{p}: duplicate axis numbers"

        def axis_theme(rec, rp):
            if rec["axis"] is not None:
                assert rec["axis"] in axis_themes, f"{rp}: axis of another edition"
            if rec["theme"] is not None:
                ref(rec["theme"], "theme", rp + ".theme")
                assert rec["axis"] is not None and rec["theme"] in axis_themes[rec["axis"]], \
                    f"{rp}: theme not under the record's axis"

        for si, s in enumerate(e["signatures"]):
            ref(s["partner"], "partner", f"{p}.signatures[{si}].partner", False)
        signed = [s["partner"] for s in e["signatures"]]
        assert len(signed) == len(set(signed)), f"{p}: a partner signs twice"
        for gi, g in enumerate(e["groups"]):
            gp = f"{p}.groups[{gi}]"
            axis_theme(g, gp)
            for t in g["territories"]:
                ref(t, "territory", gp + ".territories")
            for k in ("pilot", "coPilot"):
                ref(g[k], "partner", f"{gp}.{k}")
            for k in ("pilotPerson", "coPilotPerson"):
                ref(g[k], "person", f"{gp}.{k}")
            for u in g["members"]:
                ref(u, "partner", gp + ".members", False)
            for u in g["memberPersons"]:
                ref(u, "person", gp + ".memberPersons", False)
        groups_by_id = {g["uuid"]: g for g in e["groups"]}
        for ai, a in enumerate(e["actions"]):
            ap = f"{p}.actions[{ai}]"
            ref(a["group"], "group", ap + ".group", False)
            assert a["group"] in group_ids, f"{ap}: group of another edition"
            axis_theme(a, ap)
            g = groups_by_id[a["group"]]
            assert (a["axis"], a["theme"]) == (g["axis"], g["theme"]), f"{ap}: axis/theme != group's"
            for u in a["publics"]:
                ref(u, "targetPublic", ap + ".publics", False)
            for u in a["dispositifs"]:
                ref(u, "dispositif", ap + ".dispositifs", False)
        for mi, m in enumerate(e["meetings"]):
            mp = f"{p}.meetings[{mi}]"
            ref(m["territory"], "territory", mp + ".territory")
            ref(m["group"], "group", mp + ".group")
            if m["group"] is not None:
                assert m["group"] in group_ids, mp
            for u in m["partners"]:
                ref(u, "partner", mp + ".partners", False)
            for u in m["persons"]:
                ref(u, "person", mp + ".persons", False)

    # Content checks specific to the demo.
    assert [t["name"] for t in d["territories"]] == TERRITORY_NAMES
    assert len(d["targetPublics"]) == 8 and len(d["dispositifs"]) == 7
    e1, e2 = d["editions"]
    assert e1["title"] == E1 and e2["title"] == E2 and e2["predecessor"] == e1["uuid"]
    assert len(e1["axes"]) == 5 and len(e2["axes"]) == 4
    assert len(e1["groups"]) == 17
    assert len(e1["actions"]) == TOTAL_ACTIONS
    counts = {}
    for a in e1["actions"]:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    assert counts == STATUS_TOTALS, counts
    per_group = {g["uuid"]: 0 for g in e1["groups"]}
    for a in e1["actions"]:
        per_group[a["group"]] += 1
    assert all(n >= 1 for n in per_group.values()), per_group
    assert sum(1 for a in e1["actions"] if a["indicators"]) == len(EMBLEMATIC)
    ccvh = [s for s in e2["signatures"] if s["partner"] == PA("CCVH")][0]["deliberation"]
    assert (ccvh["quorum"], ccvh["present"], ccvh["proxies"], ccvh["voters"], ccvh["inFavour"]) \
        == (25, 34, 12, 46, 46)
    assert len(e2["meetings"]) == 15 and not e2["groups"] and not e2["actions"]
    return uuids


def summary(d):
    e1 = d["editions"][0]
    lines = []
    for g in e1["groups"]:
        acts = [a for a in e1["actions"] if a["group"] == g["uuid"]]
        terr = ", ".join(t["name"] for t in d["territories"] if t["uuid"] in g["territories"])
        lines.append(f"  {g['name']} ({terr}): {len(acts)} — "
                     + ", ".join(f"{a['title']} [{a['status']}]" for a in acts))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT)
    parser.add_argument("-v", "--verbose", action="store_true", help="print the actions per group")
    args = parser.parse_args()

    uuids = check(dump)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        json.dump(dump, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # Re-read what was written and check it again.
    with open(args.output, encoding="utf-8") as f:
        check(json.load(f))
    print(f"wrote {args.output} ({len(uuids)} records)")
    if args.verbose:
        print(summary(dump))
    return 0


if __name__ == "__main__":
    sys.exit(main())
