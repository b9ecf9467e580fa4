#!/usr/bin/env python3
"""Writes the spreadsheet fixtures of tests/data/tables: a coordinator's table of the demo's working
groups and actions, kept the way coordinators keep one (a title above the header, their own header
names, accents and case that differ from Pacte's, a few bad rows), as

- coordinateur.fods, the source (LibreOffice's flat OpenDocument, two sheets),
- coordinateur.xlsx, that workbook saved by LibreOffice (soffice --headless --convert-to xlsx),
- coordinateur-actions.csv and coordinateur-groupes.csv, Windows-1252 with semicolons (what Excel
  and LibreOffice write on a French Windows),
- partenaires-unicode.txt, partners as Excel's "texte Unicode" (UTF-16 with a byte-order mark, tabs),
- referents.csv, persons and referents, UTF-8 with commas.

Run it from this folder; it needs soffice for the workbook. The expected counts are in
tests/exchange/table_import_test.cpp."""
import datetime
import subprocess
from xml.sax.saxutils import escape

GROUPS_TITLE = "PTI de l'Hérault — groupes de travail (suivi du coordinateur)"
GROUPS_HEADER = ["Nom du groupe", "Territoire", "Axe", "Thématique", "Structure pilote", "Co-pilote", "Statut",
                 "Remarques"]
GROUPS = [
    ["Mobilité", "Petite Camargue", "3", "Mobilité", "PLIE", "CD", "actif", "Co-animé avec la MSA depuis 2021."],
    ["Emploi des séniors", "Biterrois", "Axe 5", "", "Pôle emploi", "CAF de l'Hérault", "actif", ""],
    ["Santé et insertion", "Montpellierain", "1. Accès aux droits et juste droit", "Santé", "CD", "", "actif", ""],
    ["Logement", "Lodévois", "1", "", "CD", "", "actif", ""],
    ["Insertion des jeunes", "Montpelliérain", "2", "", "Mission locale de Montpellier", "", "actif", ""],
]

ACTIONS_TITLE = "Fiches actions — mise à jour du 15/09/2021"
ACTIONS_HEADER = ["Intitulé de l'action", "Groupe", "Territoire", "Statut", "Objectifs", "Publics", "Début", "Fin",
                  "Expérimentation", "Indicateur", "Unité", "Cible"]
D = datetime.date
ACTIONS = [
    # an existing action, named with other accents, case and spaces: updated
    ["RESEAU DE REFERENTS  illettrisme", "Illettrisme et illectronisme", "Montpelliérain", "réalisée", "",
     "Allocataires du RSA, Jeunes", D(2019, 9, 1), D(2021, 12, 31), "non", "Nombre de participants", "référents",
     25],
    # a new action with two indicators, on two rows
    ["Permanences numériques en médiathèque", "Illectronisme", "Petite Camargue", "en cours",
     "Accompagner les démarches en ligne; former aux outils numériques", "Séniors", D(2021, 3, 15),
     D(2022, 6, 30), "oui", "Personnes accompagnées", "personnes", 120],
    ["Permanences numériques en médiathèque", "Illectronisme", "Petite Camargue", "", "", "", None, None, "",
     "Ateliers tenus", "ateliers", 40],
    # "Mobilité" names two groups: the territory tells them apart
    ["Garage solidaire", "Mobilité", "Petite Camargue", "projet", "Réparer à prix coûtant", "", D(2022, 1, 10),
     None, "non", "Véhicules réparés", "véhicules", "1 200"],
    # bad rows
    ["Auto-école sociale", "Mobilité", "", "projet", "", "", None, None, "", "", "", None],
    ["Plateforme mobilité", "Groupe inconnu", "Biterrois", "projet", "", "", None, None, "", "", "", None],
    ["Chantier d'insertion espaces verts", "ESS et IAE", "Biterrois", "en retard", "", "", None, None, "", "", "",
     None],
    ["Forum de l'emploi", "Sélectivité du marché de l'emploi", "", "projet", "", "", "32/13/2021", None, "", "", "",
     None],
    ["Job dating saisonnier", "Liens ESS et économie", "", "projet", "", "", D(2022, 6, 1), D(2022, 1, 1), "", "", "",
     None],
    ["", "Mobilité et insertion", "", "projet", "Sans intitulé", "", None, None, "", "", "", None],
    # an existing action whose status changes
    ["Action n°1 du groupe « Mobilité des publics en insertion »", "Mobilité des publics en insertion",
     "Étang de Thau", "Abandonnée", "", "", None, None, "", "", "", None],
]

PARTNERS = [
    ["Nom de la structure", "Sigle", "Catégorie", "Signature", "Date de signature"],
    ["Fondation Agir Contre l'Exclusion", "FACE", "Association", "signé", "12/10/2022"],
    ["Région Occitanie", "", "", "signé", "03/02/2023"],
    ["Chambre de commerce et d'industrie Hérault", "CCI", "Chambre consulaire", "en attente", ""],
    ["Garage Solidaire du Lunellois", "", "Garage associatif", "", ""],
]

PERSONS = [
    ["Nom", "Prénom", "Fonction", "Courriel", "Structure", "Rôle"],
    ["Durand", "Sophie", "Chargée de mission insertion", "sophie.durand@herault.fr", "CD",
     "chargée de mission PTI"],
    ["Martin", "Karim", "Conseiller", "k.martin@caf34.example", "CAF de l'Hérault", "Référent PTI du partenaire"],
    ["Vassas-Mejri", "Claudine", "", "", "", ""],
    ["Lopez", "Ana", "", "", "Structure inconnue", ""],
]


def text(value):
    if value is None:
        return ""
    if isinstance(value, D):
        return value.strftime("%d/%m/%Y")
    return str(value)


def csv_line(cells, sep=";"):
    out = []
    for cell in cells:
        t = text(cell)
        if sep in t or '"' in t or "\n" in t:
            t = '"' + t.replace('"', '""') + '"'
        out.append(t)
    return sep.join(out)


def write_csv(path, title, header, rows, encoding="cp1252", sep=";"):
    lines = ([csv_line([title], sep), ""] if title else []) + [csv_line(header, sep)] + [csv_line(r, sep) for r in rows]
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def fods_cell(value):
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, D):
        return ('<table:table-cell table:style-name="date" office:value-type="date" office:date-value="%s">'
                "<text:p>%s</text:p></table:table-cell>" % (value.isoformat(), text(value)))
    if isinstance(value, (int, float)):
        return ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                "</table:table-cell>" % (value, value))
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(value)


def fods_table(name, title, header, rows):
    out = ['<table:table table:name="%s">' % escape(name)]
    for row in [[title], []] + [header] + rows:
        out.append("<table:table-row>%s</table:table-row>" % "".join(fods_cell(c) for c in row or [None]))
    out.append("</table:table>")
    return "".join(out)


def write_fods(path):
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="ddmmyyyy"><number:day number:style="long"/><number:text>/</number:text>
<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="date" style:family="table-cell" style:data-style-name="ddmmyyyy"/>
</office:automatic-styles>
<office:body><office:spreadsheet>%s%s</office:spreadsheet></office:body></office:document>
""" % (fods_table("Groupes", GROUPS_TITLE, GROUPS_HEADER, GROUPS),
       fods_table("Actions", ACTIONS_TITLE, ACTIONS_HEADER, ACTIONS))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


write_csv("coordinateur-groupes.csv", GROUPS_TITLE, GROUPS_HEADER, GROUPS)
write_csv("coordinateur-actions.csv", ACTIONS_TITLE, ACTIONS_HEADER, ACTIONS)
write_csv("partenaires-unicode.txt", None, PARTNERS[0], PARTNERS[1:], encoding="utf-16", sep="\t")
write_csv("referents.csv", None, PERSONS[0], PERSONS[1:], encoding="utf-8", sep=",")
write_fods("coordinateur.fods")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "coordinateur.fods"], check=True)
