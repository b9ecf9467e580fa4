<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionEditor</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action sheet and indicators</source>
        <translation>Fiche action et indicateurs</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>Fi&amp;che</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>In&amp;titulé</translation>
    </message>
    <message>
        <source>Title of the action</source>
        <translation>Intitulé de l&apos;action</translation>
    </message>
    <message>
        <source>Working &amp;group</source>
        <translation>&amp;Groupe de travail</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Axis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>Thémati&amp;que</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sta&amp;rt date</source>
        <translation>Date de &amp;début</translation>
    </message>
    <message>
        <source>The action has a start date</source>
        <translation>L&apos;action a une date de début</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>En&amp;d date</source>
        <translation>Date de fi&amp;n</translation>
    </message>
    <message>
        <source>The action has an end date</source>
        <translation>L&apos;action a une date de fin</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>E&amp;xperimentation</source>
        <translation>Expé&amp;rimentation</translation>
    </message>
    <message>
        <source>The action is an experimentation</source>
        <translation>L&apos;action est une expérimentation</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>Objectives pursued</source>
        <translation>Objectifs poursuivis</translation>
    </message>
    <message>
        <source>Target &amp;publics</source>
        <translation>P&amp;ublics ciblés</translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation>Publics ciblés</translation>
    </message>
    <message>
        <source>Moda&amp;lities</source>
        <translation>Moda&amp;lités</translation>
    </message>
    <message>
        <source>Implementation modalities</source>
        <translation>Modalités de mise en œuvre</translation>
    </message>
    <message>
        <source>Delivera&amp;bles</source>
        <translation>Livra&amp;bles</translation>
    </message>
    <message>
        <source>Main deliverables</source>
        <translation>Principaux livrables</translation>
    </message>
    <message>
        <source>Lin&amp;ked dispositifs</source>
        <translation>Dis&amp;positifs liés</translation>
    </message>
    <message>
        <source>Linked dispositifs</source>
        <translation>Dispositifs liés</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation>Indicateurs de l&apos;action</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>A&amp;jouter un indicateur</translation>
    </message>
    <message>
        <source>Remove the selected indicator</source>
        <translation>Supprimer l&apos;indicateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove indicator</source>
        <translation>&amp;Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation>&amp;Mesures</translation>
    </message>
    <message>
        <source>Measurements of the selected indicator</source>
        <translation>Mesures de l&apos;indicateur sélectionné</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Add measuremen&amp;t</source>
        <translation>Ajou&amp;ter une mesure</translation>
    </message>
    <message>
        <source>Remove the selected measurement</source>
        <translation>Supprimer la mesure sélectionnée</translation>
    </message>
    <message>
        <source>Rem&amp;ove measurement</source>
        <translation>Supp&amp;rimer la mesure</translation>
    </message>
    <message>
        <source>History of the action</source>
        <translation>Historique de l&apos;action</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Chart of the selected indicator&apos;s measurements against its target</source>
        <translation>Graphique des mesures de l&apos;indicateur choisi face à sa cible</translation>
    </message>
    <message>
        <source>Print the action sheet</source>
        <translation>Imprimer la fiche action</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
</context>
<context>
    <name>AxisEditor</name>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <source>Number of the axis</source>
        <translation>Numéro de l&apos;axe</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>Title of the axis</source>
        <translation>Intitulé de l&apos;axe</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Objective of the axis</source>
        <translation>Objectif de l&apos;axe</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>&amp;Thématiques</translation>
    </message>
    <message>
        <source>Themes of the axis</source>
        <translation>Thématiques de l&apos;axe</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a theme&apos;s name or description.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier le nom ou la description d&apos;une thématique.</translation>
    </message>
    <message>
        <source>&amp;Add theme</source>
        <translation>A&amp;jouter une thématique</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>Ajouter une thématique</translation>
    </message>
    <message>
        <source>&amp;Remove theme</source>
        <translation>&amp;Supprimer la thématique</translation>
    </message>
    <message>
        <source>Remove the selected theme</source>
        <translation>Supprimer la thématique sélectionnée</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the axis</source>
        <translation>Historique de l&apos;axe</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup copies, newest first</source>
        <translation>Copies de sauvegarde, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Copies kept:</source>
        <translation>&amp;Copies conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Number of backup copies kept</source>
        <translation>Nombre de copies de sauvegarde conservées</translation>
    </message>
    <message>
        <source>&amp;Restore this copy…</source>
        <translation>&amp;Restaurer cette copie…</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>New edition of the pact</source>
        <translation>Nouvelle édition du pacte</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Département</source>
        <translation>&amp;Département</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Previous edition</source>
        <translation>Édition &amp;précédente</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Parts of the evaluation</source>
        <translation>Volets de l&apos;évaluation</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <source>Com&amp;parison</source>
        <translation>C&amp;omparaison</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>A&amp;ppréciation</translation>
    </message>
    <message>
        <source>The coordinator&apos;s written assessment of the year. Each text is saved when you leave it, and stays editable after the figures are frozen.</source>
        <translation>Appréciation écrite de la chargée de mission PTI sur l&apos;année. Chaque texte est enregistré dès que vous le quittez et reste modifiable une fois les chiffres figés.</translation>
    </message>
    <message>
        <source>&amp;Governance: readability of the decision circuit, instances established, integration of new partners</source>
        <translation>Go&amp;uvernance&#xa0;: lisibilité du circuit de décision, instances mises en place, intégration de nouveaux partenaires</translation>
    </message>
    <message>
        <source>Assessment of the governance</source>
        <translation>Appréciation sur la gouvernance</translation>
    </message>
    <message>
        <source>&amp;Overall remarks: progress of the projects, difficulties met, adjustments to actions and partnerships</source>
        <translation>&amp;Remarques générales&#xa0;: avancement des projets, difficultés rencontrées, ajustements des actions et des partenariats</translation>
    </message>
    <message>
        <source>Overall remarks on the year</source>
        <translation>Remarques générales sur l&apos;année</translation>
    </message>
    <message>
        <source>Freeze the figures of the year</source>
        <translation>Figer les chiffres de l&apos;année</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the evaluation</source>
        <translation>Historique de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Figures as &amp;of a day other than 31 December:</source>
        <translation>Chiffres arrêtés à un autre jour que le 31 décembre&#xa0;:</translation>
    </message>
    <message>
        <source>The figures describe a day other than 31 December</source>
        <translation>Les chiffres décrivent un autre jour que le 31 décembre</translation>
    </message>
    <message>
        <source>Day the figures describe</source>
        <translation>Jour que décrivent les chiffres</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Marche à suivre</translation>
    </message>
    <message>
        <source>&amp;View the item</source>
        <translation>&amp;Voir l&apos;élément</translation>
    </message>
    <message>
        <source>View the item the finding is about</source>
        <translation>Afficher l&apos;élément concerné par le constat</translation>
    </message>
    <message>
        <source>The pact says</source>
        <translation>Le pacte dit</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Name of the working group</source>
        <translation>Nom du groupe de travail</translation>
    </message>
    <message>
        <source>Ax&amp;is</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>Axis of the working group</source>
        <translation>Axe du groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thématique</translation>
    </message>
    <message>
        <source>Theme of the working group</source>
        <translation>Thématique du groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Status of the working group</source>
        <translation>Statut du groupe de travail</translation>
    </message>
    <message>
        <source>Territ&amp;ories</source>
        <translation>Te&amp;rritoires</translation>
    </message>
    <message>
        <source>Territories of the working group</source>
        <translation>Territoires du groupe de travail</translation>
    </message>
    <message>
        <source>Check at least one territory.</source>
        <translation>Cochez au moins un territoire.</translation>
    </message>
    <message>
        <source>Pilot and co-pilot</source>
        <translation>Pilote et co-pilote</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Pi&amp;lot</source>
        <translation>Pi&amp;lote</translation>
    </message>
    <message>
        <source>Pilot structure</source>
        <translation>Structure pilote</translation>
    </message>
    <message>
        <source>Pilot contact person</source>
        <translation>Interlocuteur de la structure pilote</translation>
    </message>
    <message>
        <source>&amp;Co-pilot</source>
        <translation>&amp;Co-pilote</translation>
    </message>
    <message>
        <source>Co-pilot structure</source>
        <translation>Structure co-pilote</translation>
    </message>
    <message>
        <source>Co-pilot contact person</source>
        <translation>Interlocuteur de la structure co-pilote</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Mem&amp;ber structures</source>
        <translation>Structures mem&amp;bres</translation>
    </message>
    <message>
        <source>Member structures of the working group</source>
        <translation>Structures membres du groupe de travail</translation>
    </message>
    <message>
        <source>In&amp;dividual members</source>
        <translation>Membres &amp;individuels</translation>
    </message>
    <message>
        <source>Persons who are members of the working group</source>
        <translation>Personnes membres du groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>Notes on the working group</source>
        <translation>Notes sur le groupe de travail</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the working group</source>
        <translation>Historique du groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Print the sheets…</source>
        <translation>Im&amp;primer les fiches…</translation>
    </message>
    <message>
        <source>Print the action sheets of the working group</source>
        <translation>Imprimer les fiches action du groupe de travail</translation>
    </message>
</context>
<context>
    <name>IndicatorDetail</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Open the action</source>
        <translation>Ouvrir l&apos;action</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Référence → cible</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Measurements of the indicator</source>
        <translation>Mesures de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Status of the meeting</source>
        <translation>Statut de la réunion</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Intitulé de la réunion</translation>
    </message>
    <message>
        <source>Te&amp;rritory</source>
        <translation>Territ&amp;oire</translation>
    </message>
    <message>
        <source>Territory of the meeting</source>
        <translation>Territoire de la réunion</translation>
    </message>
    <message>
        <source>Working &amp;group</source>
        <translation>&amp;Groupe de travail</translation>
    </message>
    <message>
        <source>Working group of the meeting</source>
        <translation>Groupe de travail de la réunion</translation>
    </message>
    <message>
        <source>&amp;Partners present</source>
        <translation>&amp;Partenaires présents</translation>
    </message>
    <message>
        <source>Participating partners</source>
        <translation>Partenaires participants</translation>
    </message>
    <message>
        <source>Pers&amp;ons present</source>
        <translation>Perso&amp;nnes présentes</translation>
    </message>
    <message>
        <source>Participating persons</source>
        <translation>Personnes participantes</translation>
    </message>
    <message>
        <source>Head &amp;count</source>
        <translation>Nom&amp;bre de participants</translation>
    </message>
    <message>
        <source>Number of people present</source>
        <translation>Nombre de personnes présentes</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisio&amp;ns</source>
        <translation>Dé&amp;cisions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the meeting</source>
        <translation>Historique de la réunion</translation>
    </message>
    <message>
        <source>The coordinator records this meeting in the database: a working group&apos;s sheet shows it but cannot change it.</source>
        <translation>La chargée de mission saisit cette réunion dans la base&#xa0;: la fiche d&apos;un groupe de travail la montre mais ne peut pas la modifier.</translation>
    </message>
</context>
<context>
    <name>NewFileAssistant</name>
    <message>
        <source>New Pacte file</source>
        <translation>Nouveau fichier Pacte</translation>
    </message>
    <message>
        <source>The département and its territories</source>
        <translation>Le département et ses territoires</translation>
    </message>
    <message>
        <source>Every list of the file is filtered by these territories, and every working group belongs to one of them.</source>
        <translation>Toutes les listes du fichier se filtrent par ces territoires, et chaque groupe de travail relève de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>&amp;Département</source>
        <translation>&amp;Département</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>&amp;Territories
(one per line)</source>
        <translation>&amp;Territoires
(un par ligne)</translation>
    </message>
    <message>
        <source>Territories, one per line</source>
        <translation>Territoires, un par ligne</translation>
    </message>
    <message>
        <source>The edition of the pact</source>
        <translation>L&apos;édition du pacte</translation>
    </message>
    <message>
        <source>The pact the file follows first; others can be added later (File ▸ New edition of the pact).</source>
        <translation>Le pacte que le fichier suit d&apos;abord&#xa0;; d&apos;autres pourront s&apos;ajouter ensuite (Fichier ▸ Nouvelle édition du pacte).</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>Title of the edition</source>
        <translation>Titre de l&apos;édition</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>The strategic axes of the edition</source>
        <translation>Les axes stratégiques de l&apos;édition</translation>
    </message>
    <message>
        <source>Numbered in this order; their objectives and themes are filled in later, in the Axes and themes section.</source>
        <translation>Numérotés dans cet ordre&#xa0;; leurs objectifs et thématiques se saisissent ensuite, dans la rubrique Axes et thématiques.</translation>
    </message>
    <message>
        <source>&amp;Axes
(one per line)</source>
        <translation>&amp;Axes
(un par ligne)</translation>
    </message>
    <message>
        <source>Axes, one per line</source>
        <translation>Axes, un par ligne</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Name of the partner</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <source>A&amp;cronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Category of the partner</source>
        <translation>Catégorie du partenaire</translation>
    </message>
    <message>
        <source>Te&amp;rritories covered</source>
        <translation>&amp;Territoires couverts</translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation>Territoires couverts</translation>
    </message>
    <message>
        <source>None checked: the whole département.</source>
        <translation>Aucune case cochée&#xa0;: ensemble du département.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation>Statut de la signature</translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation>Signé &amp;le</translation>
    </message>
    <message>
        <source>Signature is dated</source>
        <translation>La signature est datée</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Signator&amp;y</source>
        <translation>Si&amp;gnataire</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;onction</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>&amp;Deliberation approving the pact</source>
        <translation>&amp;Délibération approuvant le pacte</translation>
    </message>
    <message>
        <source>Deliberation approving the pact</source>
        <translation>Délibération approuvant le pacte</translation>
    </message>
    <message>
        <source>Assem&amp;bly</source>
        <translation>Assem&amp;blée</translation>
    </message>
    <message>
        <source>Assembly that deliberated</source>
        <translation>Assemblée ayant délibéré</translation>
    </message>
    <message>
        <source>&amp;Meeting of</source>
        <translation>Séa&amp;nce du</translation>
    </message>
    <message>
        <source>Meeting date is known</source>
        <translation>La date de la séance est connue</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Con&amp;vened on</source>
        <translation>Con&amp;vocation du</translation>
    </message>
    <message>
        <source>Convocation date is known</source>
        <translation>La date de convocation est connue</translation>
    </message>
    <message>
        <source>Convocation date</source>
        <translation>Date de convocation</translation>
    </message>
    <message>
        <source>Act &amp;identifier</source>
        <translation>&amp;Identifiant de l&apos;acte</translation>
    </message>
    <message>
        <source>Act identifier</source>
        <translation>Identifiant de l&apos;acte</translation>
    </message>
    <message>
        <source>Chai&amp;r</source>
        <translation>&amp;Présidence</translation>
    </message>
    <message>
        <source>Chair of the meeting</source>
        <translation>Présidence de la séance</translation>
    </message>
    <message>
        <source>Secr&amp;etary</source>
        <translation>Sec&amp;rétaire de séance</translation>
    </message>
    <message>
        <source>Secretary of the meeting</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation>&amp;Quorum</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pré&amp;sents</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membres présents</translation>
    </message>
    <message>
        <source>Pro&amp;xies</source>
        <translation>Pro&amp;curations</translation>
    </message>
    <message>
        <source>Proxies (members represented)</source>
        <translation>Procurations (membres représentés)</translation>
    </message>
    <message>
        <source>&amp;Voters</source>
        <translation>Vo&amp;tants</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>P&amp;our</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Voix pour</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>Contr&amp;e</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Voix contre</translation>
    </message>
    <message>
        <source>Abs&amp;tentions</source>
        <translation>A&amp;bstentions</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Not &amp;voting</source>
        <translation>&amp;Ne prend pas part</translation>
    </message>
    <message>
        <source>Not taking part in the vote</source>
        <translation>Membres ne prenant pas part au vote</translation>
    </message>
    <message>
        <source>P&amp;ublished on</source>
        <translation>P&amp;ubliée le</translation>
    </message>
    <message>
        <source>Publication date is known</source>
        <translation>La date de publication est connue</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Trans&amp;mission no.</source>
        <translation>N° de trans&amp;mission</translation>
    </message>
    <message>
        <source>Transmission number to the prefecture</source>
        <translation>Numéro de transmission à la préfecture</translation>
    </message>
    <message>
        <source>Transmitted o&amp;n</source>
        <translation>Transmise &amp;le</translation>
    </message>
    <message>
        <source>Transmission date is known</source>
        <translation>La date de transmission est connue</translation>
    </message>
    <message>
        <source>Transmission date</source>
        <translation>Date de transmission</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the partner</source>
        <translation>Historique du partenaire</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>Fon&amp;ction</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Té&amp;léphone</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Pa&amp;rtenaire</translation>
    </message>
    <message>
        <source>Partner of the person</source>
        <translation>Partenaire de la personne</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the partner in the Partners section</source>
        <translation>Afficher le partenaire dans la rubrique Partenaires</translation>
    </message>
    <message>
        <source>Show the partner</source>
        <translation>Afficher le partenaire</translation>
    </message>
    <message>
        <source>PTI roles</source>
        <translation>Rôles dans le PTI</translation>
    </message>
    <message>
        <source>PTI referen&amp;t of the partner</source>
        <translation>Référen&amp;t PTI du partenaire</translation>
    </message>
    <message>
        <source>PTI referent of the partner</source>
        <translation>Référent PTI du partenaire</translation>
    </message>
    <message>
        <source>PTI pro&amp;ject officer (chargée de mission)</source>
        <translation>Char&amp;gée de mission PTI</translation>
    </message>
    <message>
        <source>PTI project officer</source>
        <translation>Chargée de mission PTI</translation>
    </message>
    <message>
        <source>&amp;Departmental PTI referent of</source>
        <translation>Référent PT&amp;I départemental de</translation>
    </message>
    <message>
        <source>Territories the person is departmental PTI referent of</source>
        <translation>Territoires pour lesquels la personne est référent PTI départemental</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the person</source>
        <translation>Historique de la personne</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your &amp;name in the history</source>
        <translation>Votre &amp;nom dans l&apos;historique</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>Votre nom dans l&apos;historique</translation>
    </message>
    <message>
        <source>Left empty, the history shows your system account.</source>
        <translation>Si ce champ est vide, l&apos;historique indique votre compte système.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>A new language applies when Pacte starts again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Pacte.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>COPIL report</source>
        <translation>Rapport COPIL</translation>
    </message>
    <message>
        <source>Choose what the report covers and which sections it holds, then preview it to print, or save it as PDF, OpenDocument text (ODT) or HTML.</source>
        <translation>Choisissez ce que couvre le rapport et les parties qu&apos;il comporte, puis affichez-en l&apos;aperçu pour l&apos;imprimer, ou enregistrez-le au format PDF, texte OpenDocument (ODT) ou HTML.</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <source>A&amp;xis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>C&amp;hiffres</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Parties du rapport</translation>
    </message>
    <message>
        <source>&amp;Cover page</source>
        <translation>Page de &amp;couverture</translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>&amp;Summary and charts</source>
        <translation>Sy&amp;nthèse et graphiques</translation>
    </message>
    <message>
        <source>&amp;Working groups by territory</source>
        <translation>&amp;Groupes de travail par territoire</translation>
    </message>
    <message>
        <source>&amp;Action sheets</source>
        <translation>&amp;Fiches action</translation>
    </message>
    <message>
        <source>&amp;Governance and findings</source>
        <translation>G&amp;ouvernance et constats</translation>
    </message>
    <message>
        <source>&amp;Yearly evaluation</source>
        <translation>Évaluation ann&amp;uelle</translation>
    </message>
    <message>
        <source>&amp;Partners and signatures</source>
        <translation>&amp;Partenaires et signatures</translation>
    </message>
    <message>
        <source>Calendar of coming &amp;meetings</source>
        <translation>Calendrier des prochaines &amp;réunions</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>W&amp;ho does what where</source>
        <translation>&amp;Qui fait quoi, où</translation>
    </message>
    <message>
        <source>Governance eva&amp;luation</source>
        <translation>Éva&amp;luation de la gouvernance</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <source>Export working-group sheets</source>
        <translation>Exporter les fiches des groupes de travail</translation>
    </message>
    <message>
        <source>One file per group, to send to its referents. Each export is recorded: the sheet that comes back is merged with the group as it was exported.</source>
        <translation>Un fichier par groupe, à envoyer à ses référents. Chaque export est enregistré&#xa0;: la fiche renvoyée sera fusionnée avec le groupe tel qu&apos;il était au moment de l&apos;export.</translation>
    </message>
    <message>
        <source>Working groups to export</source>
        <translation>Groupes de travail à exporter</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder the sheets are written to</source>
        <translation>Dossier où les fiches sont enregistrées</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>As Excel &amp;workbooks (.xlsx), for referents who cannot install Pacte</source>
        <translation>En c&amp;lasseurs Excel (.xlsx), pour les référents qui ne peuvent pas installer Pacte</translation>
    </message>
    <message>
        <source>The same export as a workbook that Excel or LibreOffice opens: instructions, drop-down lists, hidden identifiers. Pacte imports it back like a sheet.</source>
        <translation>Le même export, sous forme de classeur qu&apos;ouvrent Excel et LibreOffice : mode d&apos;emploi, listes déroulantes, identifiants masqués. Pacte le réimporte comme une fiche.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import a working-group sheet</source>
        <translation>Importer une fiche de groupe de travail</translation>
    </message>
    <message>
        <source>background: #fff3b0; color: #3d3000; padding: 4px;</source>
        <translation>background: #fff3b0; color: #3d3000; padding: 4px;</translation>
    </message>
    <message>
        <source>Changes the sheet brings</source>
        <translation>Modifications apportées par la fiche</translation>
    </message>
    <message>
        <source>Item / field</source>
        <translation>Élément / champ</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>Dans la base</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>Dans la fiche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Keep the database everywhere</source>
        <translation>&amp;Garder la base partout</translation>
    </message>
    <message>
        <source>&amp;Take the sheet everywhere</source>
        <translation>&amp;Prendre la fiche partout</translation>
    </message>
    <message>
        <source>Conflict: the full values</source>
        <translation>Conflit&#xa0;: les valeurs en entier</translation>
    </message>
    <message>
        <source>&amp;Merged value (editable)</source>
        <translation>Valeur &amp;fusionnée (modifiable)</translation>
    </message>
    <message>
        <source>Value in the database</source>
        <translation>Valeur dans la base</translation>
    </message>
    <message>
        <source>Value in the sheet</source>
        <translation>Valeur dans la fiche</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valeur fusionnée</translation>
    </message>
    <message>
        <source>Keep the &amp;database&apos;s</source>
        <translation>Garder la &amp;base</translation>
    </message>
    <message>
        <source>Take the &amp;sheet&apos;s</source>
        <translation>Prendre la &amp;fiche</translation>
    </message>
    <message>
        <source>&amp;Use the merged value</source>
        <translation>&amp;Utiliser la valeur fusionnée</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>Partners, persons, working groups or actions from a spreadsheet (.xlsx, .csv). Existing records are found by their name and updated; nothing is written before you click Import, and the import is one step you can undo.</source>
        <translation>Des partenaires, des personnes, des groupes de travail ou des actions depuis un tableur (.xlsx, .csv). Les fiches existantes sont retrouvées par leur nom et mises à jour ; rien n&apos;est écrit avant de cliquer sur Importer, et l&apos;import s&apos;annule en une seule étape.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Tableau à importer</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Con&amp;tent:</source>
        <translation>C&amp;ontenu :</translation>
    </message>
    <message>
        <source>What the spreadsheet holds</source>
        <translation>Ce que contient le tableau</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Feui&amp;lle :</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Feuille du classeur</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition :</translation>
    </message>
    <message>
        <source>Edition to import into</source>
        <translation>Édition dans laquelle importer</translation>
    </message>
    <message>
        <source>Co&amp;lumns: what each one fills (guessed from its header; your choice is remembered for the same headers)</source>
        <translation>Colo&amp;nnes : ce que chacune remplit (deviné d&apos;après son en-tête ; votre choix est retenu pour les mêmes en-têtes)</translation>
    </message>
    <message>
        <source>Columns of the sheet and the fields they fill</source>
        <translation>Colonnes de la feuille et champs qu&apos;elles remplissent</translation>
    </message>
    <message>
        <source>Rejected rows, with their line, column, value and reason</source>
        <translation>Lignes rejetées, avec leur ligne, leur colonne, leur valeur et le motif</translation>
    </message>
    <message>
        <source>Import the other rows, leaving the rejected ones &amp;aside</source>
        <translation>Importer les autres lignes, en &amp;mettant de côté les lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Write the rejected rows, with their line and reason, to a file to fix and import again</source>
        <translation>Écrire les lignes rejetées, avec leur ligne et leur motif, dans un fichier à corriger puis à importer à nouveau</translation>
    </message>
</context>
<context>
    <name>TerritoryEditor</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Name of the territory</source>
        <translation>Nom du territoire</translation>
    </message>
    <message>
        <source>&amp;Diagnostic</source>
        <translation>D&amp;iagnostic</translation>
    </message>
    <message>
        <source>Diagnostic of the territory</source>
        <translation>Diagnostic du territoire</translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation>&amp;Priorités</translation>
    </message>
    <message>
        <source>Territorial priorities</source>
        <translation>Priorités territoriales</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <source>&amp;Local pact</source>
        <translation>Pacte &amp;local</translation>
    </message>
</context>
<context>
    <name>pacte::AccessibleNames</name>
    <message>
        <source>Date, day/month/year: type it or change a part with the up and down arrows. Saved when typed in full or when you leave the field.</source>
        <translation>Date au format jour/mois/année : tapez-la ou changez une partie avec les flèches haut et bas. Enregistrée une fois tapée en entier ou quand vous quittez le champ.</translation>
    </message>
    <message>
        <source>Number: type it or change it with the up and down arrows. Saved when you leave the field.</source>
        <translation>Nombre : tapez-le ou changez-le avec les flèches haut et bas. Enregistré quand vous quittez le champ.</translation>
    </message>
    <message>
        <source>Read-only text.</source>
        <translation>Texte en lecture seule.</translation>
    </message>
    <message>
        <source>Text field. Saved when you leave it or press Enter; Ctrl+Z undoes.</source>
        <translation>Zone de texte. Enregistrée quand vous la quittez ou appuyez sur Entrée ; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Text on several lines. Tab goes to the next field; saved when you leave it.</source>
        <translation>Texte sur plusieurs lignes. Tab passe au champ suivant ; enregistré quand vous le quittez.</translation>
    </message>
    <message>
        <source>Choice list: the up and down arrows choose, Alt+Down opens the list.</source>
        <translation>Liste de choix : les flèches haut et bas choisissent, Alt+Bas ouvre la liste.</translation>
    </message>
    <message>
        <source>Checklist: the arrows move, the space bar ticks or unticks. Saved at once.</source>
        <translation>Liste à cocher : les flèches déplacent, Espace coche ou décoche. Enregistré aussitôt.</translation>
    </message>
    <message>
        <source>The space bar ticks or unticks.</source>
        <translation>Espace coche ou décoche.</translation>
    </message>
    <message>
        <source>Table: the arrows move, F2 or typing edits the cell, Enter saves it.</source>
        <translation>Tableau : les flèches déplacent, F2 ou la frappe modifie la cellule, Entrée l&apos;enregistre.</translation>
    </message>
    <message>
        <source>List: the arrows move; Enter opens the selected item.</source>
        <translation>Liste : les flèches déplacent ; Entrée ouvre l&apos;élément sélectionné.</translation>
    </message>
    <message>
        <source>Tabs: the left and right arrows change tab.</source>
        <translation>Onglets : les flèches gauche et droite changent d&apos;onglet.</translation>
    </message>
    <message>
        <source>Date, day/month/year: type it or change a part with the up and down arrows.</source>
        <translation>Date au format jour/mois/année : tapez-la ou changez une partie avec les flèches haut et bas.</translation>
    </message>
    <message>
        <source>Number: type it or change it with the up and down arrows.</source>
        <translation>Nombre : tapez-le ou changez-le avec les flèches haut et bas.</translation>
    </message>
    <message>
        <source>Text field.</source>
        <translation>Zone de texte.</translation>
    </message>
    <message>
        <source>Text on several lines. Tab goes to the next field.</source>
        <translation>Texte sur plusieurs lignes. Tab passe au champ suivant.</translation>
    </message>
    <message>
        <source>Checklist: the arrows move, the space bar ticks or unticks.</source>
        <translation>Liste à cocher : les flèches déplacent, Espace coche ou décoche.</translation>
    </message>
    <message>
        <source>Table: the arrows move, F2 or typing edits the cell.</source>
        <translation>Tableau : les flèches déplacent, F2 ou la frappe modifie la cellule.</translation>
    </message>
    <message>
        <source>List: the arrows move.</source>
        <translation>Liste : les flèches déplacent.</translation>
    </message>
</context>
<context>
    <name>pacte::Action</name>
    <message>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>target publics</source>
        <translation>publics ciblés</translation>
    </message>
    <message>
        <source>implementation modalities</source>
        <translation>modalités de mise en œuvre</translation>
    </message>
    <message>
        <source>main deliverables</source>
        <translation>principaux livrables</translation>
    </message>
    <message>
        <source>an evaluation (outcome) indicator</source>
        <translation>un indicateur d&apos;évaluation (résultat)</translation>
    </message>
    <message>
        <source>an output indicator</source>
        <translation>un indicateur de réalisation</translation>
    </message>
</context>
<context>
    <name>pacte::ActionEditor</name>
    <message>
        <source>Edit the indicators of &quot;%1&quot;</source>
        <translation>Modifier les indicateurs de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Same as the working group</source>
        <translation>Comme le groupe de travail</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The sheet is incomplete: %1 missing.</source>
        <translation>La fiche est incomplète (éléments manquants&#xa0;: %1).</translation>
    </message>
    <message>
        <source>&amp;Indicators (%1)</source>
        <translation>&amp;Indicateurs (%1)</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <source>Indicator&apos;s provenance: %1</source>
        <translation>Provenance de l&apos;indicateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where the selected indicator comes from</source>
        <translation>D&apos;où vient l&apos;indicateur sélectionné</translation>
    </message>
    <message>
        <source>Measurement&apos;s provenance: %1</source>
        <translation>Provenance de la mesure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where the selected measurement comes from</source>
        <translation>D&apos;où vient la mesure sélectionnée</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>indicateur «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>measurement of &quot;%1&quot; on %2</source>
        <translation>mesure de «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>From an indicator &amp;template</source>
        <translation>Indicateur t&amp;ype</translation>
    </message>
    <message>
        <source>Add an indicator from an indicator template of the action&apos;s theme</source>
        <translation>Ajouter un indicateur à partir d&apos;un indicateur type de la thématique de l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Unlink from the template</source>
        <translation>&amp;Délier de l&apos;indicateur type</translation>
    </message>
    <message>
        <source>The indicator stays as it is, but is no longer added up with its template</source>
        <translation>L&apos;indicateur reste tel quel, mais n&apos;est plus additionné avec son indicateur type</translation>
    </message>
    <message>
        <source>Edit the funding of &quot;%1&quot;</source>
        <translation>Modifier les financements de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Fu&amp;nding</source>
        <translation>&amp;Financements</translation>
    </message>
</context>
<context>
    <name>pacte::ActionsSection</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>Exp.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>The sheet lacks objectives, target publics, modalities or deliverables, or an indicator.</source>
        <translation>Il manque à la fiche les objectifs, les publics ciblés, les modalités ou livrables, ou un indicateur.</translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation>Te&amp;rritoire</translation>
    </message>
    <message>
        <source>Filter by territory</source>
        <translation>Filtrer par territoire</translation>
    </message>
    <message>
        <source>A&amp;xis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>Filter by axis</source>
        <translation>Filtrer par axe</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>Thémati&amp;que</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrer par thématique</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>Filter by partner of the working group</source>
        <translation>Filtrer par partenaire du groupe de travail</translation>
    </message>
    <message>
        <source>Publi&amp;c</source>
        <translation>Publi&amp;c</translation>
    </message>
    <message>
        <source>Filter by target public</source>
        <translation>Filtrer par public ciblé</translation>
    </message>
    <message>
        <source>Ne&amp;w action</source>
        <translation>Nou&amp;velle action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>No action in this edition yet.</source>
        <translation>Aucune action dans cette édition pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Exp.: experimentation (§1.3). Right-click to choose the columns.</source>
        <translation>Exp.&#xa0;: expérimentation (§1.3). Cliquez avec le bouton droit pour choisir les colonnes.</translation>
    </message>
    <message>
        <source>This edition has no working group yet. Create a working group first: every action belongs to one.</source>
        <translation>Cette édition ne comporte encore aucun groupe de travail. Créez d&apos;abord un groupe de travail&#xa0;: toute action est rattachée à un groupe.</translation>
    </message>
    <message>
        <source>Create a working group first: every action belongs to a working group.</source>
        <translation>Créez d&apos;abord un groupe de travail&#xa0;: toute action est rattachée à un groupe de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n réalisée</numerusform>
            <numerusform>%n réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en fonctionnement</numerusform>
            <numerusform>%n en fonctionnement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n en projet</numerusform>
            <numerusform>%n en projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned</source>
        <translation>
            <numerusform>%n abandonnée</numerusform>
            <numerusform>%n abandonnées</numerusform>
        </translation>
    </message>
    <message>
        <source>(out of %1)</source>
        <translation>(sur %1)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Ex&amp;p.</source>
        <translation>Ex&amp;p.</translation>
    </message>
    <message>
        <source>Filter by experimentation (§1.3)</source>
        <translation>Filtrer selon l&apos;expérimentation (§&#xa0;1.3)</translation>
    </message>
    <message>
        <source>Experimentations</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Action sheet - %1</source>
        <translation>Fiche action - %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n action(s) of the edition…</source>
        <translation>
            <numerusform>Lecture de %n action de l&apos;édition…</numerusform>
            <numerusform>Lecture des %n actions de l&apos;édition…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the actions was cancelled: show the section again to read them.</source>
        <translation>La lecture des actions a été annulée : affichez à nouveau la section pour les lire.</translation>
    </message>
</context>
<context>
    <name>pacte::AxesSection</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>&amp;New axis</source>
        <translation>&amp;Nouvel axe</translation>
    </message>
    <message>
        <source>New axis</source>
        <translation>Nouvel axe</translation>
    </message>
    <message>
        <source>No axis for this edition</source>
        <translation>Aucun axe pour cette édition</translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes</source>
        <translation>
            <numerusform>%n axe</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n axis/axes</source>
        <translation>
            <numerusform>Axe affiché&#xa0;: %1 sur %n</numerusform>
            <numerusform>Axes affichés&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thématique</numerusform>
            <numerusform>%n thématiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Axes and themes</source>
        <translation>Axes et thématiques</translation>
    </message>
</context>
<context>
    <name>pacte::AxisAssessmentFields</name>
    <message>
        <source>Axis &amp;%1 — %2: effects produced</source>
        <translation>Axe &amp;%1 — %2&#xa0;: effets produits</translation>
    </message>
    <message>
        <source>Axis %1 — %2: effects produced</source>
        <translation>Axe %1 — %2&#xa0;: effets produits</translation>
    </message>
    <message>
        <source>Effects produced on axis %1, %2</source>
        <translation>Effets produits sur l&apos;axe %1, %2</translation>
    </message>
    <message>
        <source>Effects on the people and the partners…</source>
        <translation>Effets sur les personnes et les partenaires…</translation>
    </message>
</context>
<context>
    <name>pacte::AxisEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Working groups of the edition with this theme</source>
        <translation>Groupes de travail de l&apos;édition portant sur cette thématique</translation>
    </message>
    <message>
        <source>Actions of the edition with this theme</source>
        <translation>Actions de l&apos;édition relevant de cette thématique</translation>
    </message>
    <message>
        <source>Axis %1 · %2</source>
        <translation>Axe %1 · %2</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouvelle thématique</translation>
    </message>
    <message>
        <source>Add a theme to &quot;%1&quot;</source>
        <translation>Ajouter une thématique à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Supprimer la thématique</translation>
    </message>
    <message>
        <source>Remove the theme &quot;%1&quot;</source>
        <translation>Supprimer la thématique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Theme&apos;s provenance: %1</source>
        <translation>Provenance de la thématique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where the selected theme comes from</source>
        <translation>D&apos;où vient la thématique sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Indicator templates of the selected theme</source>
        <translation>Indicateurs t&amp;ypes de la thématique sélectionnée</translation>
    </message>
    <message>
        <source>Indicator templates of the selected theme</source>
        <translation>Indicateurs types de la thématique sélectionnée</translation>
    </message>
    <message>
        <source>Add &amp;template</source>
        <translation>Ajouter un indicateur ty&amp;pe</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>&amp;Modifier l&apos;indicateur type</translation>
    </message>
    <message>
        <source>Remo&amp;ve template</source>
        <translation>Supprimer l&apos;indi&amp;cateur type</translation>
    </message>
    <message>
        <source>suggested target %1</source>
        <translation>cible suggérée %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>Measured by: %1</source>
        <translation>Mesuré par&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Indicator templates of the theme &quot;%1&quot;</source>
        <translation>Indicateurs t&amp;ypes de la thématique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add the indicator template &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Ajouter l&apos;indicateur type «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the indicator template &quot;%1&quot;</source>
        <translation>Modifier l&apos;indicateur type «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove indicator template</source>
        <translation>Supprimer l&apos;indicateur type</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) made from &quot;%1&quot; will be unlinked from it (they are kept). Remove the template?</source>
        <translation>
            <numerusform>%n indicateur fait à partir de «&#xa0;%1&#xa0;» en sera délié (il est conservé). Supprimer l&apos;indicateur type&#xa0;?</numerusform>
            <numerusform>%n indicateurs faits à partir de «&#xa0;%1&#xa0;» en seront déliés (ils sont conservés). Supprimer l&apos;indicateur type&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the indicator template &quot;%1&quot;</source>
        <translation>Supprimer l&apos;indicateur type «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Press Enter or double-click to edit the selected indicator template.</source>
        <translation>Entrée ou double-clic pour modifier l&apos;indicateur type sélectionné.</translation>
    </message>
</context>
<context>
    <name>pacte::BackgroundRead</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>pacte::Backups</name>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>La sauvegarde %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be written</source>
        <translation>La copie de sauvegarde %1 n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>%1 cannot be restored</source>
        <translation>%1 ne peut pas être restauré</translation>
    </message>
    <message>
        <source>It was not changed.</source>
        <translation>Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be replaced by the backup</source>
        <translation>%1 n&apos;a pas pu être remplacé par la sauvegarde</translation>
    </message>
</context>
<context>
    <name>pacte::BackupsDialog</name>
    <message>
        <source>before a sheet import</source>
        <translation>avant un import de fiche</translation>
    </message>
    <message>
        <source>before a data-format update</source>
        <translation>avant une mise à jour du format de données</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>Pacte copies %1 into %2 before every sheet import and every data-format update.</source>
        <translation>Pacte copie %1 dans %2 avant chaque import de fiche et chaque mise à jour du format de données.</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Réglage non enregistré</translation>
    </message>
    <message>
        <source>There is no copy yet.</source>
        <translation>Aucune copie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace %1 by the copy of %2? The current file is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Remplacer %1 par la copie du %2&#xa0;? Le fichier actuel est d&apos;abord sauvegardé&#xa0;: vous pourrez annuler l&apos;opération en restaurant cette sauvegarde.</translation>
    </message>
</context>
<context>
    <name>pacte::CellDelegate</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 30/06/2024.</source>
        <translation>Tapez la date sous la forme jj/mm/aaaa, par exemple 30/06/2024.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as dd/mm/yyyy, for example 30/06/2024.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: tapez-la sous la forme jj/mm/aaaa, par exemple 30/06/2024.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the date was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: la date n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>pacte::Commands</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import the sheet &quot;%1&quot;</source>
        <translation>Importer la fiche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the territory &quot;%1&quot;</source>
        <translation>Renommer le territoire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the edition &quot;%1&quot;</source>
        <translation>Renommer l&apos;édition «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the axis &quot;%1&quot;</source>
        <translation>Renommer l&apos;axe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the theme &quot;%1&quot;</source>
        <translation>Renommer la thématique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the public &quot;%1&quot;</source>
        <translation>Renommer le public «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the scheme &quot;%1&quot;</source>
        <translation>Renommer le dispositif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the partner &quot;%1&quot;</source>
        <translation>Renommer le partenaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the person &quot;%1&quot;</source>
        <translation>Renommer la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the working group &quot;%1&quot;</source>
        <translation>Renommer le groupe de travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the action &quot;%1&quot;</source>
        <translation>Renommer l&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename the indicator &quot;%1&quot;</source>
        <translation>Renommer l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set where &quot;%1&quot; comes from</source>
        <translation>Indiquer la provenance de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>signature of %1 (%2)</source>
        <translation>signature de %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since the sheet was imported: the import can no longer be undone or redone without writing over that change. Nothing was written.</source>
        <translation>« %1 » a été modifié par quelqu&apos;un d&apos;autre depuis l&apos;import de la fiche : l&apos;import ne peut plus être annulé ni rétabli sans écraser cette modification. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>pacte::CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>What the signatory commits to</source>
        <translation>Ce à quoi le signataire s&apos;engage</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation>&amp;Provenance</translation>
    </message>
    <message>
        <source>Page or section of the pact</source>
        <translation>Page ou partie du pacte</translation>
    </message>
    <message>
        <source>&amp;Where in the pact</source>
        <translation>&amp;Où dans le pacte</translation>
    </message>
    <message>
        <source>Axes served</source>
        <translation>Axes servis</translation>
    </message>
    <message>
        <source>Themes served</source>
        <translation>Thématiques servies</translation>
    </message>
    <message>
        <source>Actions served</source>
        <translation>Actions servies</translation>
    </message>
    <message>
        <source>A&amp;xes</source>
        <translation>A&amp;xes</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hématiques</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <source>Axis %1 — %2</source>
        <translation>Axe %1 — %2</translation>
    </message>
</context>
<context>
    <name>pacte::CommitmentsPanel</name>
    <message>
        <source>Commitments of the partner</source>
        <translation>Engagements du partenaire</translation>
    </message>
    <message>
        <source>Add a commitment…</source>
        <translation>Ajouter un engagement…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the commitment</source>
        <translation>Modifier l&apos;engagement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the commitment</source>
        <translation>Retirer l&apos;engagement</translation>
    </message>
    <message>
        <source>Commitments in %1</source>
        <translation>Engagements dans %1</translation>
    </message>
    <message>
        <source>Axes: %1</source>
        <translation>Axes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thématiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions&#xa0;: %1</translation>
    </message>
    <message>
        <source>A commitment belongs to a signatory: record the partner&apos;s signature of this edition first.</source>
        <translation>Un engagement est celui d&apos;un signataire&#xa0;: enregistrez d&apos;abord la signature de cette édition par le partenaire.</translation>
    </message>
    <message>
        <source>No commitment recorded in this edition.</source>
        <translation>Aucun engagement inscrit dans cette édition.</translation>
    </message>
    <message>
        <source>Add a commitment of %1</source>
        <translation>Ajouter un engagement de %1</translation>
    </message>
    <message>
        <source>Change a commitment of %1</source>
        <translation>Modifier un engagement de %1</translation>
    </message>
    <message>
        <source>Remove a commitment of %1</source>
        <translation>Retirer un engagement de %1</translation>
    </message>
</context>
<context>
    <name>pacte::ComparisonView</name>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Actions whose status changed</source>
        <translation>Actions dont le statut a changé</translation>
    </message>
    <message>
        <source>Indicators that moved</source>
        <translation>Indicateurs ayant évolué</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>No previous year in this edition: the comparison starts with the second year.</source>
        <translation>Aucune année précédente dans cette édition&#xa0;: la comparaison commence à partir de la deuxième année.</translation>
    </message>
    <message>
        <source>Compared with %1, as frozen.</source>
        <translation>Comparaison avec l&apos;année %1, d&apos;après ses chiffres figés.</translation>
    </message>
    <message>
        <source>Compared with %1 (live figures: %1 is not frozen).</source>
        <translation>Comparaison avec l&apos;année %1 (chiffres actuels&#xa0;: l&apos;année %1 n&apos;est pas figée).</translation>
    </message>
    <message>
        <source>No action changed status since %1.</source>
        <translation>Aucune action n&apos;a changé de statut depuis %1.</translation>
    </message>
    <message>
        <source>No indicator&apos;s latest value moved since %1.</source>
        <translation>Aucun indicateur n&apos;a vu sa dernière valeur évoluer depuis %1.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Ajouts&#xa0;: %1</translation>
    </message>
    <message>
        <source>No longer there: %1</source>
        <translation>Retraits&#xa0;: %1</translation>
    </message>
    <message>
        <source>No action appeared or went since %1.</source>
        <translation>Aucune action n&apos;a été ajoutée ni retirée depuis %1.</translation>
    </message>
    <message>
        <source>No new working group.</source>
        <translation>Aucun nouveau groupe de travail.</translation>
    </message>
    <message>
        <source>No working group closed.</source>
        <translation>Aucun groupe de travail n&apos;a été clos.</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Clos&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local pacts</source>
        <translation>Pactes locaux</translation>
    </message>
    <message>
        <source>new priorities: %1</source>
        <translation>nouvelles priorités&#xa0;: %1</translation>
    </message>
    <message>
        <source>priorities dropped: %1</source>
        <translation>priorités abandonnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the same priorities</source>
        <translation>les mêmes priorités</translation>
    </message>
    <message>
        <source>review of the year written</source>
        <translation>bilan de l&apos;année écrit</translation>
    </message>
    <message>
        <source>no review of the year</source>
        <translation>pas de bilan de l&apos;année</translation>
    </message>
    <message>
        <source>one written for %1</source>
        <translation>un bilan écrit pour %1</translation>
    </message>
    <message>
        <source>none for %1</source>
        <translation>aucun pour %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pacte::CompliancePanel</name>
    <message>
        <source>Findings by governance rule</source>
        <translation>Constats par règle de gouvernance</translation>
    </message>
    <message>
        <source>Most serious findings</source>
        <translation>Constats les plus graves</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Governance rules (§1.4)</source>
        <translation>Règles de gouvernance (§1.4)</translation>
    </message>
    <message numerus="yes">
        <source>Governance rules (§1.4): %n finding(s)</source>
        <translation>
            <numerusform>Règles de gouvernance (§1.4)&#xa0;: %n constat</numerusform>
            <numerusform>Règles de gouvernance (§1.4)&#xa0;: %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Every governance rule is respected.</source>
        <translation>Toutes les règles de gouvernance sont respectées.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>All %1 findings and the rules in detail…</source>
        <translation>Les %1 constats et le détail des règles…</translation>
    </message>
    <message>
        <source>The compliance section…</source>
        <translation>La rubrique Conformité…</translation>
    </message>
    <message>
        <source>Checking the governance rules…</source>
        <translation>Vérification des règles de gouvernance…</translation>
    </message>
    <message>
        <source>The most serious, errors first (%1 and %2 in all):</source>
        <translation>Les plus graves, erreurs en premier (%1 et %2 au total)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>The most serious, errors first (%1, %2 and %3 in all):</source>
        <translation>Les plus graves, erreurs d&apos;abord (%1, %2 et %3 en tout)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n pour information</numerusform>
            <numerusform>%n pour information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::ComplianceSection</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Check the rules as of</source>
        <translation>Date de référence du contrôle des règles</translation>
    </message>
    <message>
        <source>Today, or a year of the edition as it stood on its 31 December</source>
        <translation>Aujourd&apos;hui, ou l&apos;état de l&apos;édition au 31 décembre de l&apos;une de ses années</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>Da&amp;te de référence</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Règle</translation>
    </message>
    <message>
        <source>Filter by rule</source>
        <translation>Filtrer par règle</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <source>No finding: every governance rule is met.</source>
        <translation>Aucun constat&#xa0;: toutes les règles de gouvernance sont respectées.</translation>
    </message>
    <message>
        <source>Findings of the governance rules</source>
        <translation>Constats relatifs aux règles de gouvernance</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>31 Dec. %1</source>
        <translation>31 déc. %1</translation>
    </message>
    <message>
        <source> · as of %1</source>
        <translation> · au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n erreur</numerusform>
            <numerusform> · %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n warning(s)</source>
        <translation>
            <numerusform> · %n avertissement</numerusform>
            <numerusform> · %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message numerus="yes">
        <source> · %n for information</source>
        <translation>
            <numerusform> · %n pour information</numerusform>
            <numerusform> · %n pour information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::ComplianceTexts</name>
    <message>
        <source>Pilot and co-pilot</source>
        <translation>Pilote et co-pilote</translation>
    </message>
    <message>
        <source>Give the working group a pilot and a co-pilot from two different structures. A historical group may stay as it was: the finding only records it.</source>
        <translation>Désignez pour le groupe de travail un pilote et un co-pilote issus de deux structures différentes. Un groupe historique peut rester en l&apos;état&#xa0;: le constat se contente de le signaler.</translation>
    </message>
    <message>
        <source>COPIL cadence</source>
        <translation>Calendrier des COPIL</translation>
    </message>
    <message>
        <source>Record the COPIL meeting (launch, mid-term or final) once held, or plan it.</source>
        <translation>Enregistrez le COPIL (de lancement, intermédiaire ou final) une fois qu&apos;il s&apos;est tenu, ou planifiez-le.</translation>
    </message>
    <message>
        <source>Local committee every year</source>
        <translation>Comité local d&apos;animation annuel</translation>
    </message>
    <message>
        <source>Record the year&apos;s meeting of the territory&apos;s local committee (comité local d&apos;animation).</source>
        <translation>Enregistrez la réunion annuelle du comité local d&apos;animation du territoire.</translation>
    </message>
    <message>
        <source>Partner referent</source>
        <translation>Référent du partenaire</translation>
    </message>
    <message>
        <source>Give one of the partner&apos;s people the role of PTI referent of the partner.</source>
        <translation>Attribuez à l&apos;une des personnes du partenaire le rôle de référent PTI du partenaire.</translation>
    </message>
    <message>
        <source>Territory referent</source>
        <translation>Référent du territoire</translation>
    </message>
    <message>
        <source>Give a person of the Département the role of PTI referent of the territory.</source>
        <translation>Attribuez à une personne du Département le rôle de référent PTI départemental du territoire.</translation>
    </message>
    <message>
        <source>Complete action sheet</source>
        <translation>Fiche action complète</translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <translation>Évaluation annuelle</translation>
    </message>
    <message>
        <source>Make the year&apos;s intermediate evaluation, and the final one at the last COPIL.</source>
        <translation>Réalisez l&apos;évaluation intermédiaire de l&apos;année, ainsi que l&apos;évaluation finale lors du dernier COPIL.</translation>
    </message>
    <message>
        <source>Deliberation tally</source>
        <translation>Décompte de la délibération</translation>
    </message>
    <message>
        <source>Correct the partner&apos;s approving deliberation: voters = present + proxies; for + against + abstentions = voters − not taking part; present ≥ quorum.</source>
        <translation>Corrigez la délibération d&apos;approbation du partenaire&#xa0;: votants = présents + procurations&#xa0;; pour + contre + abstentions = votants − ne prend pas part&#xa0;; présents ≥ quorum.</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Meeting within the edition</source>
        <translation>Réunion dans la période de l&apos;édition</translation>
    </message>
    <message>
        <source>Correct the meeting&apos;s date, or record the meeting in the edition it belongs to.</source>
        <translation>Corrigez la date de la réunion, ou saisissez la réunion dans l&apos;édition dont elle relève.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Complete the action sheet: objectives, target publics, implementation modalities and deliverables, an evaluation (outcome) indicator and an output indicator.</source>
        <translation>Complétez la fiche action&#xa0;: objectifs poursuivis, publics ciblés, modalités de mise en œuvre et principaux livrables, un indicateur d&apos;évaluation (résultat) et un indicateur de réalisation.</translation>
    </message>
</context>
<context>
    <name>pacte::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;%1&quot;&lt;/b&gt; was changed by someone else since you opened it. Nothing was saved: choose the version to keep.</source>
        <translation>&lt;b&gt;« %1 »&lt;/b&gt; a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Rien n&apos;a été enregistré : choisissez la version à garder.</translation>
    </message>
    <message>
        <source>&quot;Save my version&quot; replaces the values saved meanwhile by those of your screen, in every field listed.</source>
        <translation>« Enregistrer ma version » remplace les valeurs enregistrées entre-temps par celles de votre écran, dans chaque champ de la liste.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Votre saisie</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;%1&quot;&lt;/b&gt; was changed by someone else since: your undo or redo was not applied, so as not to erase their change.</source>
        <translation>&lt;b&gt;« %1 »&lt;/b&gt; a été modifié depuis par quelqu&apos;un d&apos;autre : votre annulation ou votre rétablissement n&apos;a pas été appliqué, pour ne pas effacer sa modification.</translation>
    </message>
    <message>
        <source>This step has left the history of changes.</source>
        <translation>Cette étape a été retirée de l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>Value of the step</source>
        <translation>Valeur de l&apos;étape</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;%1&quot;&lt;/b&gt; was changed by someone else since you read it: nothing was deleted.</source>
        <translation>&lt;b&gt;« %1 »&lt;/b&gt; a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez lu : rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Read it as it is now, then delete it again if you still wish.</source>
        <translation>Relisez la fiche telle qu&apos;elle est maintenant, puis supprimez-la à nouveau si vous le souhaitez toujours.</translation>
    </message>
    <message>
        <source>When you read it</source>
        <translation>Quand vous l&apos;avez lu</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Champs modifiés des deux côtés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Enregistré entre-temps</translation>
    </message>
    <message>
        <source>&amp;Keep the saved version</source>
        <translation>&amp;Garder la version enregistrée</translation>
    </message>
    <message>
        <source>Keep the version saved meanwhile</source>
        <translation>Garder la version enregistrée entre-temps</translation>
    </message>
    <message>
        <source>&amp;Save my version</source>
        <translation>&amp;Enregistrer ma version</translation>
    </message>
    <message>
        <source>Save my version over the one saved meanwhile</source>
        <translation>Enregistrer ma version à la place de celle enregistrée entre-temps</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>pacte::CountsView</name>
    <message>
        <source>Departmental evaluation</source>
        <translation>Évaluation départementale</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Projects carried out</source>
        <translation>Projets réalisés</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation>Actions par statut</translation>
    </message>
    <message>
        <source>Experimentations</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>Actions by axis</source>
        <translation>Actions par axe</translation>
    </message>
    <message>
        <source>Actions per theme</source>
        <translation>Actions par thématique</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>No action in this edition yet.</source>
        <translation>Aucune action dans cette édition pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Meetings held in the year</source>
        <translation>Réunions tenues dans l&apos;année</translation>
    </message>
    <message>
        <source>Instances established</source>
        <translation>Instances mises en place</translation>
    </message>
    <message>
        <source>Local committees that met</source>
        <translation>Comités locaux d&apos;animation réunis</translation>
    </message>
    <message>
        <source>New partners</source>
        <translation>Nouveaux partenaires</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>%1 (active: %2)</source>
        <translation>%1 (actifs&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation>(sans axe)</translation>
    </message>
    <message>
        <source>no axis</source>
        <translation>aucun axe</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thématique)</translation>
    </message>
    <message>
        <source>no meeting held in %1</source>
        <translation>aucune réunion tenue en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n territory(ies)</source>
        <translation>
            <numerusform>%1 sur %n territoire</numerusform>
            <numerusform>%1 sur %n territoires</numerusform>
        </translation>
    </message>
    <message>
        <source>none since the previous pact</source>
        <translation>aucun depuis le pacte précédent</translation>
    </message>
    <message>
        <source>%1 · measured by the end of the year: %2 · on target: %3</source>
        <translation>%1 · avec une mesure à la fin de l&apos;année&#xa0;: %2 · cible atteinte&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n réalisée</numerusform>
            <numerusform>%n réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en fonctionnement</numerusform>
            <numerusform>%n en fonctionnement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A figure&apos;s caption: French puts a space before the colon.</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pacte::Coverage</name>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>co-pilot</source>
        <translation>co-pilote</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>titles %1</source>
        <translation>titres %1</translation>
    </message>
    <message>
        <source>objectives %1</source>
        <translation>objectifs %1</translation>
    </message>
</context>
<context>
    <name>pacte::CoverageLists</name>
    <message>
        <source>Observations on the coverage</source>
        <translation>Constats sur la couverture</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Superpositions</translation>
    </message>
    <message>
        <source>Words in common</source>
        <translation>Mots en commun</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action of another group</source>
        <translation>Action d&apos;un autre groupe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Co-pilot</source>
        <translation>Co-pilote</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Working group without a theme or a territory of the edition: %1</source>
        <translation>Groupe de travail sans thème ou sans territoire de l&apos;édition&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>tous (%1)</translation>
    </message>
    <message>
        <source>Enter opens the line&apos;s working group, action or partner in its section, or shows its cell in the grid.</source>
        <translation>Entrée ouvre le groupe de travail, l&apos;action ou le partenaire de la ligne dans sa rubrique, ou montre sa case dans le tableau.</translation>
    </message>
</context>
<context>
    <name>pacte::CoverageModel</name>
    <message>
        <source>%1 gr. · %2 act.</source>
        <translation>%1 gr. · %2 act.</translation>
    </message>
    <message>
        <source>Axis %1 — %2: %3</source>
        <translation>Axe %1 — %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pacte::CoverageSection</name>
    <message>
        <source>A&amp;xis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>Te&amp;rritory</source>
        <translation>Territ&amp;oire</translation>
    </message>
    <message>
        <source>What the records show: observations, not judgements. The pact does not ask for every theme in every territory.</source>
        <translation>Ce que disent les fiches&#xa0;: des constats, pas des jugements. Le pacte ne demande pas que chaque thème soit couvert dans chaque territoire.</translation>
    </message>
    <message>
        <source>Coverage: themes by territory</source>
        <translation>Couverture&#xa0;: thèmes par territoire</translation>
    </message>
    <message>
        <source>Open a file or create an edition to begin.</source>
        <translation>Ouvrez un fichier ou créez une édition pour commencer.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 has no theme or no territory to cross yet: add the axes and their themes, and the working groups&apos; territories.</source>
        <translation>%1 n&apos;a pas encore de thème ou de territoire à croiser&#xa0;: ajoutez les axes et leurs thèmes, et les territoires des groupes de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %n cell(s) with a working group.</source>
        <translation>
            <numerusform>%1 × %2&#xa0;: %n case avec un groupe de travail.</numerusform>
            <numerusform>%1 × %2&#xa0;: %n cases avec un groupe de travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territoire</numerusform>
            <numerusform>%n territoires</numerusform>
        </translation>
    </message>
    <message>
        <source>1 gr. · 3 act.</source>
        <translation>1 gr. · 3 act.</translation>
    </message>
    <message>
        <source>working groups · actions</source>
        <translation>groupes de travail · actions</translation>
    </message>
    <message>
        <source>1 gr. · 2 act.</source>
        <translation>1 gr. · 2 act.</translation>
    </message>
    <message>
        <source>no action in progress or running</source>
        <translation>aucune action en cours ni en fonctionnement</translation>
    </message>
    <message>
        <source>2 gr. · 4 act.</source>
        <translation>2 gr. · 4 act.</translation>
    </message>
    <message>
        <source>several groups on the theme</source>
        <translation>plusieurs groupes sur le thème</translation>
    </message>
    <message>
        <source>no group recorded</source>
        <translation>aucun groupe enregistré</translation>
    </message>
    <message>
        <source>Open the working group “%1”</source>
        <translation>Ouvrir le groupe de travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show these actions in the Actions list</source>
        <translation>Voir ces actions dans la liste des actions</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>The arrows move from cell to cell; Enter opens the cell&apos;s working group, or offers its groups when there are several.</source>
        <translation>Les flèches vont de case en case&#xa0;; Entrée ouvre le groupe de travail de la case, ou propose ses groupes quand il y en a plusieurs.</translation>
    </message>
    <message>
        <source>%1 has no working group yet: each cell will show the groups and actions recorded on its theme in its territory once the groups are created (Working groups section).</source>
        <translation>%1 n&apos;a pas encore de groupe de travail&#xa0;: chaque case montrera les groupes et les actions enregistrés sur son thème dans son territoire une fois les groupes créés (rubrique Groupes de travail).</translation>
    </message>
</context>
<context>
    <name>pacte::CoverageTexts</name>
    <message>
        <source>%1: no working group recorded</source>
        <translation>%1&#xa0;: aucun groupe de travail enregistré</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>No working group recorded on this theme in this territory.</source>
        <translation>Aucun groupe de travail enregistré sur ce thème dans ce territoire.</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s):</source>
        <translation>
            <numerusform>%n groupe de travail&#xa0;:</numerusform>
            <numerusform>%n groupes de travail&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s):</source>
        <translation>
            <numerusform>%n action&#xa0;:</numerusform>
            <numerusform>%n actions&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Several groups on the same theme here: a coordination to look at, not necessarily a duplication.</source>
        <translation>Plusieurs groupes sur le même thème ici&#xa0;: une coordination à regarder, pas forcément un doublon.</translation>
    </message>
    <message>
        <source>No action in progress or running.</source>
        <translation>Aucune action en cours ni en fonctionnement.</translation>
    </message>
    <message>
        <source>No working group recorded</source>
        <translation>Aucun groupe de travail enregistré</translation>
    </message>
    <message>
        <source>Groups, but no action in progress or running (%1 project(s), %2 completed or abandoned)</source>
        <translation>Des groupes, mais aucune action en cours ni en fonctionnement (projets&#xa0;: %1, réalisées ou abandonnées&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>pacte::Csv</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>pacte::DashboardCharts</name>
    <message>
        <source>Actions by status (%1)</source>
        <translation>Actions par statut (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 actions (%4 %)
Click to list them.</source>
        <translation>%1&#xa0;: %2 sur %3 actions (%4&#xa0;%)
Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 actions
Click to list them.</source>
        <translation>%1
%2&#xa0;: %3 sur %4 actions
Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>%1 (first %2 of %3)</source>
        <translation>%1 (%2 premiers éléments sur %3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>%1: %2
Click to list them.</source>
        <translation>%1&#xa0;: %2
Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>Launch, mid-term and final COPILs held so far: %1 of the %2 due by the end of %3.</source>
        <translation>COPIL de lancement, intermédiaire et final tenus à ce jour&#xa0;: %1 sur les %2 attendus d&apos;ici la fin de %3.</translation>
    </message>
    <message>
        <source>Local committees (territories)</source>
        <translation>Comités locaux d&apos;animation (territoires)</translation>
    </message>
    <message>
        <source>No minimum is set for these meetings.</source>
        <translation>Aucun minimum n&apos;est fixé pour ces réunions.</translation>
    </message>
    <message>
        <source>Meetings held in %1 against those required</source>
        <translation>Réunions tenues en %1 et réunions requises</translation>
    </message>
    <message>
        <source>Held in %1</source>
        <translation>Tenues en %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requises</translation>
    </message>
    <message>
        <source>Each territory&apos;s comité local d&apos;animation meets at least once a year: %1 in %2 (%3).</source>
        <translation>Le comité local d&apos;animation de chaque territoire se réunit au moins une fois par an&#xa0;: %1 en %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 territories did</source>
        <translation>
            <numerusform>%n territoire sur %1 l&apos;a fait</numerusform>
            <numerusform>%n territoires sur %1 l&apos;ont fait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3
%4
Click to list these meetings.</source>
        <translation>%1&#xa0;: %2, %3
%4
Cliquer pour lister ces réunions.</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n tenue</numerusform>
            <numerusform>%n tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required</source>
        <translation>
            <numerusform>%n requise</numerusform>
            <numerusform>%n requises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::DashboardSection</name>
    <message>
        <source>No action yet</source>
        <translation>Aucune action pour l&apos;instant</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation>Actions par statut</translation>
    </message>
    <message>
        <source>Actions by axis and status</source>
        <translation>Actions par axe et par statut</translation>
    </message>
    <message>
        <source>Actions by territory and status</source>
        <translation>Actions par territoire et par statut</translation>
    </message>
    <message>
        <source>Actions by theme</source>
        <translation>Actions par thématique</translation>
    </message>
    <message>
        <source>Working groups per territory</source>
        <translation>Groupes de travail par territoire</translation>
    </message>
    <message>
        <source>Meetings held against those required</source>
        <translation>Réunions tenues par rapport aux réunions requises</translation>
    </message>
    <message>
        <source>Open a file or create an edition to begin.</source>
        <translation>Ouvrez un fichier ou créez une édition pour commencer.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>meetings of %1</source>
        <translation>réunions de %1</translation>
    </message>
    <message>
        <source>grey figures: %1</source>
        <translation>chiffres en gris&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation>(sans axe)</translation>
    </message>
    <message>
        <source>(no territory)</source>
        <translation>(sans territoire)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>Every action of the edition. Click to list them.</source>
        <translation>Toutes les actions de l&apos;édition. Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>réalisées</translation>
    </message>
    <message>
        <source>Actions fully carried out (réalisées). Click to list them.</source>
        <translation>Actions entièrement réalisées. Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en fonctionnement</translation>
    </message>
    <message>
        <source>Actions done and running over time (en fonctionnement). Click to list them.</source>
        <translation>Actions mises en place et qui fonctionnent dans la durée. Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Actions being carried out (en cours). Click to list them.</source>
        <translation>Actions en cours de réalisation. Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>en projet</translation>
    </message>
    <message>
        <source>Actions still at the project stage (en projet). Click to list them.</source>
        <translation>Actions encore au stade de projet. Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonnées</translation>
    </message>
    <message>
        <source>Actions given up. Click to list them.</source>
        <translation>Actions abandonnées. Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>groupes de travail</translation>
    </message>
    <message>
        <source>Working groups of the edition. Click to list them.</source>
        <translation>Groupes de travail de l&apos;édition. Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>experimentations</source>
        <translation>expérimentations</translation>
    </message>
    <message>
        <source>meetings held in %1</source>
        <translation>réunions tenues en %1</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>Meetings held during %1, all kinds. Click to list the meetings held.</source>
        <translation>Réunions tenues en %1, tous types confondus. Cliquez pour afficher les réunions tenues.</translation>
    </message>
    <message>
        <source>Actions marked as experimentations (§1.3). Click to list them.</source>
        <translation>Actions signalées comme expérimentations (§&#xa0;1.3). Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has no working group yet.&lt;/b&gt;&lt;br&gt;Create the edition&apos;s working groups in the &lt;a href=&apos;groups&apos;&gt;Working groups&lt;/a&gt; section, then their actions in the &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt; section: this dashboard will chart them by status, axis, territory and theme.</source>
        <translation>&lt;b&gt;L&apos;édition %1 ne compte encore aucun groupe de travail.&lt;/b&gt;&lt;br&gt;Créez les groupes de travail de l&apos;édition dans la rubrique &lt;a href=&apos;groups&apos;&gt;Groupes de travail&lt;/a&gt;, puis leurs actions dans la rubrique &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt;&#xa0;: ce tableau de bord les représentera par statut, axe, territoire et thématique.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No action recorded yet in the %n working group(s) of %1.&lt;/b&gt;&lt;br&gt;Add the actions in the &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt; section (or import a group&apos;s sheet filled in by its referent): this dashboard will chart them by status, axis, territory and theme.</source>
        <translation>
            <numerusform>&lt;b&gt;Aucune action n&apos;est encore enregistrée pour l&apos;édition %1 (%n groupe de travail).&lt;/b&gt;&lt;br&gt;Ajoutez les actions dans la rubrique &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt; (ou importez la fiche d&apos;un groupe remplie par son référent)&#xa0;: ce tableau de bord les représentera par statut, axe, territoire et thématique.</numerusform>
            <numerusform>&lt;b&gt;Aucune action n&apos;est encore enregistrée pour l&apos;édition %1 (%n groupes de travail).&lt;/b&gt;&lt;br&gt;Ajoutez les actions dans la rubrique &lt;a href=&apos;actions&apos;&gt;Actions&lt;/a&gt; (ou importez la fiche d&apos;un groupe remplie par son référent)&#xa0;: ce tableau de bord les représentera par statut, axe, territoire et thématique.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The file has no territory yet.&lt;/b&gt;&lt;br&gt;Add the département&apos;s territories in the &lt;a href=&apos;territories&apos;&gt;Territories&lt;/a&gt; section and the edition&apos;s axes in the &lt;a href=&apos;axes&apos;&gt;Axes and themes&lt;/a&gt; section; then the working groups and their actions.</source>
        <translation>&lt;b&gt;Le fichier n&apos;a pas encore de territoire.&lt;/b&gt;&lt;br&gt;Ajoutez les territoires du département dans la rubrique &lt;a href=&apos;territories&apos;&gt;Territoires&lt;/a&gt; et les axes de l&apos;édition dans la rubrique &lt;a href=&apos;axes&apos;&gt;Axes et thématiques&lt;/a&gt;&#xa0;; puis les groupes de travail et leurs actions.</translation>
    </message>
    <message>
        <source>Show the &amp;figures</source>
        <translation>Voir les &amp;chiffres</translation>
    </message>
    <message>
        <source>Shows the figures of every chart as tables, below the charts.</source>
        <translation>Affiche les chiffres de chaque graphique sous forme de tableaux, sous les graphiques.</translation>
    </message>
</context>
<context>
    <name>pacte::Database</name>
    <message>
        <source>The file %1 is an incomplete Pacte database (it has no identity).</source>
        <translation>Le fichier %1 est une base Pacte incomplète (son identifiant est absent).</translation>
    </message>
    <message>
        <source>The file %1 already exists: choose another name.</source>
        <translation>Le fichier %1 existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only: the change was not saved.</source>
        <translation>La base de données %1 est ouverte en lecture seule : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The change was cancelled because part of it failed.</source>
        <translation>La modification a été entièrement annulée, car une partie de celle-ci a échoué.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened</source>
        <translation>La base %1 ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>SQLite refused to open it</source>
        <translation>SQLite refuse de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>It was not changed.</source>
        <translation>Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened</source>
        <translation>Le fichier %1 ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>it is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>il est endommagé (la vérification d&apos;intégrité de SQLite a échoué)</translation>
    </message>
    <message>
        <source>Restore its latest backup (in the folder %1) or a copy you kept.</source>
        <translation>Restaurez sa dernière sauvegarde (dans le dossier %1) ou une copie que vous avez gardée.</translation>
    </message>
    <message>
        <source>the trigger « %1 »</source>
        <translation>le déclencheur « %1 »</translation>
    </message>
    <message>
        <source>the view « %1 »</source>
        <translation>la vue « %1 »</translation>
    </message>
    <message>
        <source>the index « %1 »</source>
        <translation>l&apos;index « %1 »</translation>
    </message>
    <message>
        <source>the column « %1 »</source>
        <translation>la colonne « %1 »</translation>
    </message>
    <message>
        <source>the table « %1 »</source>
        <translation>la table « %1 »</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>its tables are those of a later data format than the one its header states (%1): the file was altered outside Pacte</source>
        <translation>ses tables sont celles d&apos;un format de données plus récent que celui qu&apos;annonce son en-tête (%1) : le fichier a été modifié en dehors de Pacte</translation>
    </message>
    <message>
        <source>It was not changed, and no backup copy was made.</source>
        <translation>Il n&apos;a pas été modifié, et aucune copie de sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <source>it holds %1, which Pacte does not define: the file was altered outside Pacte</source>
        <translation>il contient %1, que Pacte ne définit pas : le fichier a été modifié en dehors de Pacte</translation>
    </message>
    <message>
        <source>Restore its latest backup (in the folder %1), or have what was added removed.</source>
        <translation>Restaurez sa dernière sauvegarde (dans le dossier %1), ou faites retirer ce qui a été ajouté.</translation>
    </message>
    <message>
        <source>%1 is missing: the file is incomplete or damaged</source>
        <translation>il y manque %1 : le fichier est incomplet ou endommagé</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>Le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created</source>
        <translation>Le fichier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>Nothing was left under its name.</source>
        <translation>Rien n&apos;a été laissé sous ce nom.</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>it uses an older data format and must be updated, which is impossible now: %1</source>
        <translation>il utilise un format de données plus ancien et doit être mis à jour, ce qui est impossible maintenant : %1</translation>
    </message>
    <message>
        <source>Open it once where it can be written, then try again.</source>
        <translation>Ouvrez-le une fois là où il peut être modifié, puis réessayez.</translation>
    </message>
    <message>
        <source>another instance of Pacte is creating it (%1)</source>
        <translation>une autre instance de Pacte est en train de le créer (%1)</translation>
    </message>
    <message>
        <source>Wait for it to finish, or choose another name.</source>
        <translation>Attendez qu&apos;elle ait fini, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>a change to it was interrupted (its journal %1 lies beside it) and must be undone before it can be read, which is impossible here: %2</source>
        <translation>une modification y a été interrompue (son journal %1 est à côté de lui) et doit être annulée avant de le lire, ce qui est impossible ici : %2</translation>
    </message>
    <message>
        <source>Copy %1 together with %2 to a folder you can write to and open the copy there (Pacte then undoes the interrupted change), or ask for write access. A copy of %1 without %2 would be damaged.</source>
        <translation>Copiez %1 avec %2 dans un dossier où vous pouvez écrire et ouvrez la copie là-bas (Pacte annule alors la modification interrompue), ou demandez le droit d&apos;écriture. Une copie de %1 sans %2 serait endommagée.</translation>
    </message>
    <message>
        <source>the server has no database « %1 »</source>
        <translation>le serveur n&apos;a pas de base « %1 »</translation>
    </message>
    <message>
        <source>Check its name, or ask the IT service to create it (see the administration guide).</source>
        <translation>Vérifiez son nom, ou demandez au service informatique de la créer (voir le guide d&apos;administration).</translation>
    </message>
    <message>
        <source>the server knows no user « %1 »</source>
        <translation>le serveur ne connaît pas d&apos;utilisateur « %1 »</translation>
    </message>
    <message>
        <source>Check the user name, or ask the IT service to create your account.</source>
        <translation>Vérifiez le nom d&apos;utilisateur, ou demandez au service informatique de créer votre compte.</translation>
    </message>
    <message>
        <source>the server does not let this user connect from here</source>
        <translation>le serveur n&apos;autorise pas cet utilisateur à se connecter depuis ce poste</translation>
    </message>
    <message>
        <source>Ask the IT service to allow the connection.</source>
        <translation>Demandez au service informatique d&apos;autoriser la connexion.</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>le serveur est injoignable</translation>
    </message>
    <message>
        <source>Check the host name and the port, and that the network is up, then try again.</source>
        <translation>Vérifiez le nom du serveur, le port et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>Check the address, then try again.</source>
        <translation>Vérifiez l&apos;adresse, puis réessayez.</translation>
    </message>
    <message>
        <source>The %1 cannot be opened</source>
        <translation>La %1 ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed</source>
        <translation>le pilote PostgreSQL de Qt n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql (Debian, Ubuntu), then try again.</source>
        <translation>Installez le paquet libqt6sql6-psql (Debian, Ubuntu), puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the server asks for a password</source>
        <translation>le serveur demande un mot de passe</translation>
    </message>
    <message>
        <source>the password was refused</source>
        <translation>le mot de passe a été refusé</translation>
    </message>
    <message>
        <source>The %1 cannot be prepared for Pacte</source>
        <translation>La %1 ne peut pas être préparée pour Pacte</translation>
    </message>
    <message>
        <source>it already holds tables</source>
        <translation>elle contient déjà des tables</translation>
    </message>
    <message>
        <source>Choose an empty database, or open this one if it is Pacte&apos;s.</source>
        <translation>Choisissez une base vide, ou ouvrez celle-ci si c&apos;est une base Pacte.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>Prepare it with « pacte-cli server-init », or copy a Pacte file onto it with « pacte-cli copy ».</source>
        <translation>Préparez-la avec « pacte-cli server-init », ou copiez-y un fichier Pacte avec « pacte-cli copy ».</translation>
    </message>
    <message>
        <source>it is not a Pacte database (it has no Pacte format version)</source>
        <translation>ce n&apos;est pas une base Pacte (elle n&apos;indique aucune version de format Pacte)</translation>
    </message>
    <message>
        <source>it was written by a later version of Pacte (data format %1; this one reads up to %2)</source>
        <translation>elle a été écrite par une version plus récente de Pacte (format de données %1 ; celle-ci lit jusqu&apos;au format %2)</translation>
    </message>
    <message>
        <source>Install the same version of Pacte as the other users of the database.</source>
        <translation>Installez la même version de Pacte que les autres utilisateurs de la base.</translation>
    </message>
    <message>
        <source>it uses the older data format %1, which this version cannot update on a server</source>
        <translation>elle utilise l&apos;ancien format de données %1, que cette version ne sait pas mettre à jour sur un serveur</translation>
    </message>
    <message>
        <source>Copy it to a file with the version of Pacte that wrote it, then copy that file back.</source>
        <translation>Copiez-la dans un fichier avec la version de Pacte qui l&apos;a écrite, puis recopiez ce fichier sur le serveur.</translation>
    </message>
    <message>
        <source>it holds objects that Pacte does not define (%1): it was altered outside Pacte</source>
        <translation>elle contient des objets que Pacte ne définit pas (%1) : elle a été modifiée en dehors de Pacte</translation>
    </message>
    <message>
        <source>Have them removed by the database&apos;s administrator.</source>
        <translation>Faites-les retirer par l&apos;administrateur de la base.</translation>
    </message>
    <message>
        <source>part of its schema is missing (%1)</source>
        <translation>une partie de son schéma manque (%1)</translation>
    </message>
    <message>
        <source>Have it restored from its latest backup by the database&apos;s administrator.</source>
        <translation>Faites-la restaurer depuis sa dernière sauvegarde par l&apos;administrateur de la base.</translation>
    </message>
    <message>
        <source>The %1 is open read-only</source>
        <translation>La %1 est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>La modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Give it in the variable PGPASSWORD or in the file ~/.pgpass.</source>
        <translation>Donnez-le dans la variable PGPASSWORD ou dans le fichier ~/.pgpass.</translation>
    </message>
    <message>
        <source>Check the password given (PGPASSWORD, ~/.pgpass), then try again.</source>
        <translation>Vérifiez le mot de passe donné (PGPASSWORD, ~/.pgpass), puis réessayez.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>elle a été ouverte en lecture seule</translation>
    </message>
    <message>
        <source>your role on the server lets you read it, not change it</source>
        <translation>votre rôle sur le serveur permet de la consulter, pas de la modifier</translation>
    </message>
    <message>
        <source>Ask the coordinator if you need to change it.</source>
        <translation>Demandez à la coordinatrice du pacte si vous devez la modifier.</translation>
    </message>
    <message>
        <source>the user « %1 » has no rights on it</source>
        <translation>l&apos;utilisateur « %1 » n&apos;y a aucun droit</translation>
    </message>
    <message>
        <source>Ask the database&apos;s administrator to give you a role (« pacte-cli server-grant »).</source>
        <translation>Demandez à l&apos;administrateur de la base de vous donner un rôle (« pacte-cli server-grant »).</translation>
    </message>
    <message>
        <source>it uses the older data format %1 and must be updated, which a reading-only opening cannot do</source>
        <translation>elle utilise l&apos;ancien format de données %1 et doit être mise à jour, ce qu&apos;une ouverture en lecture seule ne peut pas faire</translation>
    </message>
    <message>
        <source>Open it once for writing with this version of Pacte, then try again.</source>
        <translation>Ouvrez-la une fois en écriture avec cette version de Pacte, puis réessayez.</translation>
    </message>
    <message>
        <source>it uses the older data format %1, and updating it to format %2 was refused</source>
        <translation>elle utilise l&apos;ancien format de données %1, et sa mise à jour au format %2 a été refusée</translation>
    </message>
    <message>
        <source>Only the owner of its tables may update it: ask the database&apos;s administrator to open it once with this version of Pacte, connected as that owner (for instance with « pacte-cli check »).</source>
        <translation>Seul le propriétaire de ses tables peut la mettre à jour : demandez à l&apos;administrateur de la base de l&apos;ouvrir une fois avec cette version de Pacte, connecté en tant que ce propriétaire (par exemple avec « pacte-cli check »).</translation>
    </message>
    <message>
        <source>The opening of %1 was cancelled.</source>
        <translation>L&apos;ouverture de %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>pacte::DatabaseCopy</name>
    <message>
        <source>%1 cannot be copied to %2</source>
        <translation>%1 ne peut pas être copiée vers %2</translation>
    </message>
    <message>
        <source>%1 already holds records</source>
        <translation>%1 contient déjà des enregistrements</translation>
    </message>
    <message>
        <source>Copy to a new file or to an empty server database.</source>
        <translation>Copiez vers un nouveau fichier ou vers une base vide du serveur.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the copy was stopped</source>
        <translation>la copie a été arrêtée</translation>
    </message>
    <message>
        <source>table %1: %2 rows in %3, %4 in %5; %6 only in the first, %7 only in the second</source>
        <translation>table %1 : %2 lignes dans %3, %4 dans %5 ; %6 seulement dans la première, %7 seulement dans la seconde</translation>
    </message>
</context>
<context>
    <name>pacte::DatabaseLock</name>
    <message>
        <source>under another name of the same file (a link)</source>
        <translation>sous un autre nom du même fichier (un lien)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>(process %1)</source>
        <translation>(processus %1)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>it is open under another name of the same file (a link), in Pacte or in a pacte-cli command</source>
        <translation>il est ouvert sous un autre nom du même fichier (un lien), dans Pacte ou par une commande pacte-cli</translation>
    </message>
    <message>
        <source>Close it there, then try again.</source>
        <translation>Fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>it is open in a Pacte window</source>
        <translation>il est ouvert dans une fenêtre de Pacte</translation>
    </message>
    <message>
        <source>it is open in a Pacte window %1</source>
        <translation>il est ouvert dans une fenêtre de Pacte %1</translation>
    </message>
    <message>
        <source>Close it in that window, then try again.</source>
        <translation>Fermez-le dans cette fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <source>it is being changed by the command %1</source>
        <translation>il est en cours de modification par la commande %1</translation>
    </message>
    <message>
        <source>it is being changed by the command %1, run %2</source>
        <translation>il est en cours de modification par la commande %1, lancée %2</translation>
    </message>
    <message>
        <source>Wait for the command to end, then try again.</source>
        <translation>Attendez la fin de la commande, puis réessayez.</translation>
    </message>
    <message>
        <source>it is open in the program %1</source>
        <translation>il est ouvert par le programme %1</translation>
    </message>
    <message>
        <source>it is open in the program %1, run %2</source>
        <translation>il est ouvert par le programme %1, lancé %2</translation>
    </message>
    <message>
        <source>it is open in another instance of Pacte</source>
        <translation>il est ouvert dans une autre instance de Pacte</translation>
    </message>
    <message>
        <source>it is open in another instance of Pacte, %1</source>
        <translation>il est ouvert dans une autre instance de Pacte, %1</translation>
    </message>
</context>
<context>
    <name>pacte::DeclaredCount</name>
    <message>
        <source>%1 out of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) recorded</source>
        <translation>
            <numerusform>%n partenaire enregistré</numerusform>
            <numerusform>%n partenaires enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declared signatory(ies)</source>
        <translation>
            <numerusform>%n signataire déclaré</numerusform>
            <numerusform>%n signataires déclarés</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure declared by the pact: %1</source>
        <translation>Chiffre déclaré par le pacte : %1</translation>
    </message>
    <message>
        <source>Figure declared by the pact (%1): %2</source>
        <translation>Chiffre déclaré par le pacte (%1) : %2</translation>
    </message>
</context>
<context>
    <name>pacte::DeclaredCountsDialog</name>
    <message>
        <source>Figures declared by the pact</source>
        <translation>Chiffres déclarés par le pacte</translation>
    </message>
    <message>
        <source>Where the pact of %1 states a figure that the data cannot list name by name, record it here with the sentence that states it: the dashboard and the COPIL report then give it as declared, beside what is recorded.</source>
        <translation>Quand le pacte %1 énonce un chiffre que les données ne peuvent pas détailler nom par nom, notez-le ici avec la phrase qui l&apos;énonce : le tableau de bord et le rapport COPIL le donnent alors comme déclaré, à côté de ce qui est enregistré.</translation>
    </message>
    <message>
        <source>The pact &amp;declares a number of signatory partners</source>
        <translation>Le pacte &amp;déclare un nombre de partenaires signataires</translation>
    </message>
    <message>
        <source>The pact&apos;s own sentence, word for word</source>
        <translation>La phrase du pacte, mot pour mot</translation>
    </message>
    <message>
        <source>Where in the document: section, page</source>
        <translation>Où dans le document : partie, page</translation>
    </message>
    <message>
        <source>&amp;Signatories declared:</source>
        <translation>&amp;Signataires déclarés :</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation :</translation>
    </message>
    <message>
        <source>&amp;Where in the document:</source>
        <translation>&amp;Où dans le document :</translation>
    </message>
</context>
<context>
    <name>pacte::DeletionQuestion</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes</source>
        <translation>
            <numerusform>%n axe</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thématique</numerusform>
            <numerusform>%n thématiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) of persons</source>
        <translation>
            <numerusform>%n rôle de personne</numerusform>
            <numerusform>%n rôles de personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliberation(s)</source>
        <translation>
            <numerusform>%n délibération</numerusform>
            <numerusform>%n délibérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) lose this reference (pilot, axis or theme)</source>
        <translation>
            <numerusform>%n groupe de travail perd cette référence (pilote, axe ou thématique)</numerusform>
            <numerusform>%n groupes de travail perdent cette référence (pilote, axe ou thématique)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) lose their territory or working group</source>
        <translation>
            <numerusform>%n réunion perd son territoire ou son groupe de travail</numerusform>
            <numerusform>%n réunions perdent leur territoire ou leur groupe de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are no longer attached to a partner</source>
        <translation>
            <numerusform>%n personne n&apos;est plus rattachée à un partenaire</numerusform>
            <numerusform>%n personnes ne sont plus rattachées à un partenaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edition(s) lose their previous edition</source>
        <translation>
            <numerusform>%n édition perd son édition précédente</numerusform>
            <numerusform>%n éditions perdent leur édition précédente</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>Cette opération supprime également&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Besides: %1.</source>
        <translation>En outre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You can undo it with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Vous pourrez annuler la suppression avec Modifier ▸ Annuler (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <source>%n former or dated name(s)</source>
        <translation>
            <numerusform>%n nom daté ou ancien nom</numerusform>
            <numerusform>%n noms datés ou anciens noms</numerusform>
        </translation>
    </message>
    <message>
        <source>the record of what its renewal carried over</source>
        <translation>la trace de ce que son renouvellement a repris</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) lose their axis, their theme or the earlier action they continue</source>
        <translation>
            <numerusform>%n action perd son axe, sa thématique ou l&apos;action antérieure qu&apos;elle prolonge</numerusform>
            <numerusform>%n actions perdent leur axe, leur thématique ou l&apos;action antérieure qu&apos;elles prolongent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewed edition(s) no longer name the edition they renew</source>
        <translation>
            <numerusform>%n édition renouvelée ne nomme plus l&apos;édition qu&apos;elle renouvelle</numerusform>
            <numerusform>%n éditions renouvelées ne nomment plus l&apos;édition qu&apos;elles renouvellent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n governance rule setting(s)</source>
        <translation>
            <numerusform>ses réglages de %n règle de gouvernance</numerusform>
            <numerusform>ses réglages de %n règles de gouvernance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n ligne de financement</numerusform>
            <numerusform>%n lignes de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly amount(s) of funding lines</source>
        <translation>
            <numerusform>%n montant annuel de lignes de financement</numerusform>
            <numerusform>%n montants annuels de lignes de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s) lose their funder: the amounts stay, choose another funder</source>
        <translation>
            <numerusform>%n ligne de financement perd son financeur&#xa0;: les montants restent, choisissez un autre financeur</numerusform>
            <numerusform>%n lignes de financement perdent leur financeur&#xa0;: les montants restent, choisissez un autre financeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) of the partner</source>
        <translation>
            <numerusform>%n engagement du partenaire</numerusform>
            <numerusform>%n engagements du partenaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local pact(s)</source>
        <translation>
            <numerusform>%n pacte local</numerusform>
            <numerusform>%n pactes locaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local pact priority(ies)</source>
        <translation>
            <numerusform>%n priorité de pacte local</numerusform>
            <numerusform>%n priorités de pacte local</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly review(s) of a local pact</source>
        <translation>
            <numerusform>%n bilan annuel de pacte local</numerusform>
            <numerusform>%n bilans annuels de pacte local</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its place in %n partner commitment(s)</source>
        <translation>
            <numerusform>sa mention dans %n engagement de partenaire</numerusform>
            <numerusform>sa mention dans %n engagements de partenaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::Deliberation</name>
    <message>
        <source>The tally contains a negative number.</source>
        <translation>Le décompte des voix comporte un nombre négatif.</translation>
    </message>
    <message>
        <source>Voters (%1) should equal members present (%2) plus proxies (%3).</source>
        <translation>Le nombre de votants (%1) devrait être égal au nombre de présents (%2) augmenté du nombre de procurations (%3).</translation>
    </message>
    <message>
        <source>For (%1) + against (%2) + abstentions (%3) should equal voters (%4) minus those not taking part (%5).</source>
        <translation>Le total des voix pour (%1), des voix contre (%2) et des abstentions (%3) devrait être égal au nombre de votants (%4) diminué du nombre de membres qui ne prennent pas part au vote (%5).</translation>
    </message>
    <message>
        <source>Members present (%1) are fewer than the quorum (%2).</source>
        <translation>Le nombre de présents (%1) est inférieur au quorum (%2).</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>quorum</translation>
    </message>
    <message>
        <source>members present</source>
        <translation>présents</translation>
    </message>
    <message>
        <source>proxies</source>
        <translation>procurations</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>votants</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>not taking part</source>
        <translation>ne prend pas part</translation>
    </message>
</context>
<context>
    <name>pacte::Dump</name>
    <message>
        <source>the identifier %1 is used twice in the file.</source>
        <translation>l&apos;identifiant %1 figure deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>%1 does not name any %2 of the file.</source>
        <translation>l&apos;identifiant %1 ne correspond à aucun élément de type %2 dans le fichier.</translation>
    </message>
    <message>
        <source>this file is not a Pacte full dump (format &quot;%1&quot; expected).</source>
        <translation>ce fichier n&apos;est pas un export complet Pacte (format « %1 » attendu).</translation>
    </message>
    <message>
        <source>this dump was written by a newer version of Pacte (format %1; this version reads up to format %2).</source>
        <translation>cet export a été produit par une version plus récente de Pacte (format %1 ; cette version lit jusqu&apos;au format %2).</translation>
    </message>
    <message>
        <source>%1 is not a valid format version.</source>
        <translation>%1 n&apos;est pas un numéro de version de format valide.</translation>
    </message>
    <message>
        <source>the target public &quot;%1&quot; appears twice.</source>
        <translation>le public ciblé « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>édition</translation>
    </message>
    <message>
        <source>an edition cannot be its own predecessor.</source>
        <translation>une édition ne peut pas être sa propre édition précédente.</translation>
    </message>
    <message>
        <source>two editions are named &quot;%1&quot;.</source>
        <translation>deux éditions portent le titre « %1 ».</translation>
    </message>
    <message>
        <source>the working group belongs to another edition.</source>
        <translation>le groupe de travail appartient à une autre édition.</translation>
    </message>
    <message>
        <source>%1 already has a signature for this edition.</source>
        <translation>une signature du partenaire %1 est déjà enregistrée pour cette édition.</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>axe</translation>
    </message>
    <message>
        <source>the axis belongs to another edition.</source>
        <translation>l&apos;axe appartient à une autre édition.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thématique</translation>
    </message>
    <message>
        <source>the theme belongs to another edition.</source>
        <translation>la thématique appartient à une autre édition.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <source>target public</source>
        <translation>public ciblé</translation>
    </message>
    <message>
        <source>scheme (dispositif)</source>
        <translation>dispositif</translation>
    </message>
    <message>
        <source>this evaluation appears twice.</source>
        <translation>cette évaluation figure deux fois.</translation>
    </message>
    <message>
        <source>the editions&apos; predecessors form a loop (%1).</source>
        <translation>la chaîne des éditions précédentes forme une boucle (%1).</translation>
    </message>
    <message>
        <source>A full dump can only be read into an empty database.</source>
        <translation>Un export complet ne peut être chargé que dans une base de données vide.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build of Pacte.</source>
        <translation>Les données de démonstration ne sont pas incluses dans cette version de Pacte.</translation>
    </message>
    <message>
        <source>the theme belongs to another axis than the one given.</source>
        <translation>la thématique appartient à un autre axe que celui indiqué.</translation>
    </message>
    <message>
        <source>an object was expected.</source>
        <translation>un objet était attendu.</translation>
    </message>
    <message>
        <source>these frozen figures are not valid.</source>
        <translation>ces chiffres figés ne sont pas valides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time (expected YYYY-MM-DDThh:mm:ss.zzzZ).</source>
        <translation>« %1 » n&apos;est pas une date et heure valide (attendu : AAAA-MM-JJThh:mm:ss.zzzZ).</translation>
    </message>
    <message>
        <source>the sheet as exported must be a JSON object.</source>
        <translation>la fiche telle qu&apos;exportée doit être un objet JSON.</translation>
    </message>
    <message>
        <source>the sheet as exported is not valid JSON.</source>
        <translation>la fiche telle qu&apos;exportée n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>a count cannot be negative.</source>
        <translation>un nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure valide.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>an action cannot continue itself.</source>
        <translation>une action ne peut pas se poursuivre elle-même.</translation>
    </message>
    <message>
        <source>the actions&apos; &quot;continues&quot; links form a loop (%1).</source>
        <translation>les liens « continues » des actions forment une boucle (%1).</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;.</source>
        <translation>règle inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is listed twice.</source>
        <translation>la règle «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>the provenance of this record is already given.</source>
        <translation>la provenance de cet enregistrement est déjà donnée.</translation>
    </message>
    <message>
        <source>no %1 has this uuid in the file.</source>
        <translation>aucun enregistrement «&#xa0;%1&#xa0;» n&apos;a cet uuid dans le fichier.</translation>
    </message>
    <message>
        <source>a number was expected: a value may be unknown (null) from format 7 on only.</source>
        <translation>un nombre était attendu&#xa0;: une valeur ne peut être inconnue (null) qu&apos;à partir du format 7.</translation>
    </message>
    <message>
        <source>this group evaluation appears twice.</source>
        <translation>cette évaluation de groupe figure deux fois.</translation>
    </message>
    <message>
        <source>indicator templates are read from format 10 on only.</source>
        <translation>les indicateurs types ne sont lus qu&apos;à partir du format 10.</translation>
    </message>
    <message>
        <source>indicator template</source>
        <translation>indicateur type</translation>
    </message>
    <message>
        <source>indicator templates do not travel in sheets: an indicator is linked to its template in Pacte itself.</source>
        <translation>les indicateurs types ne voyagent pas dans les fiches&#xa0;: le lien d&apos;un indicateur à son indicateur type se fait dans Pacte même.</translation>
    </message>
    <message>
        <source>funding lines are read from format 11 on only.</source>
        <translation>les lignes de financement ne sont lues qu&apos;à partir du format 11.</translation>
    </message>
    <message>
        <source>an amount in euro cents was expected (a whole number: 1234567 for 12 345,67 €), or null when it is unknown.</source>
        <translation>un montant en centimes d&apos;euro était attendu (un nombre entier&#xa0;: 1234567 pour 12 345,67 €), ou null s&apos;il est inconnu.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>the amount is too large.</source>
        <translation>le montant est trop grand.</translation>
    </message>
    <message>
        <source>the commitment has no text.</source>
        <translation>l&apos;engagement n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>the commitment names %1 of another edition of the pact.</source>
        <translation>l&apos;engagement désigne un élément de type %1 d&apos;une autre édition du pacte.</translation>
    </message>
    <message>
        <source>%1 has no signature of this edition: a commitment belongs to a signatory.</source>
        <translation>%1 n&apos;a pas de signature de cette édition&#xa0;: un engagement est celui d&apos;un signataire.</translation>
    </message>
    <message>
        <source>the action belongs to another edition.</source>
        <translation>l&apos;action appartient à une autre édition.</translation>
    </message>
    <message>
        <source>this territory has two local pacts in the edition.</source>
        <translation>ce territoire a deux pactes locaux dans l&apos;édition.</translation>
    </message>
</context>
<context>
    <name>pacte::EditionDialog</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>An edition is already named &quot;%1&quot;.</source>
        <translation>Une édition porte déjà le titre «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>pacte::EditionRulesDialog</name>
    <message>
        <source>Edition %1</source>
        <translation>Édition %1</translation>
    </message>
    <message>
        <source>Each pact words its own governance rules. Check against %1 only what its pact says: a rule of another pact is shown for information, never as an error. Quote the pact&apos;s sentence each rule comes from: every finding quotes it.</source>
        <translation>Chaque pacte énonce ses propres règles de gouvernance. Ne vérifiez pour %1 que ce que dit son pacte&#xa0;: une règle d&apos;un autre pacte est présentée pour information, jamais comme une erreur. Citez la phrase du pacte dont vient chaque règle&#xa0;: chaque constat la cite.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>&amp;Check this rule</source>
        <translation>&amp;Vérifier cette règle</translation>
    </message>
    <message>
        <source>Set the &amp;mid-term COPIL&apos;s deadline (else: end of the year of mid-term)</source>
        <translation>Fixer l&apos;échéance du COPIL &amp;intermédiaire (sinon&#xa0;: fin de l&apos;année de mi-parcours)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>The pact&apos;s own sentence, word for word</source>
        <translation>La phrase du pacte, mot pour mot</translation>
    </message>
    <message>
        <source>Where in the document: section, page</source>
        <translation>Où dans le document&#xa0;: partie, page</translation>
    </message>
    <message>
        <source>Empty: a rule of this edition&apos;s own pact</source>
        <translation>Vide&#xa0;: une règle du pacte de cette édition</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where in the document:</source>
        <translation>&amp;Où dans le document&#xa0;:</translation>
    </message>
    <message>
        <source>Rule &amp;of another pact:</source>
        <translation>Règle d&apos;un a&amp;utre pacte&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
</context>
<context>
    <name>pacte::Edits</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>New edition %1 from %2</source>
        <translation>nouvelle édition %1 à partir de %2</translation>
    </message>
</context>
<context>
    <name>pacte::Enum</name>
    <message>
        <source>State (DDETS)</source>
        <translation>État (DDETS)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Intercommunality (EPCI)</source>
        <translation>Intercommunalité (EPCI)</translation>
    </message>
    <message>
        <source>PLIE</source>
        <translation>PLIE</translation>
    </message>
    <message>
        <source>Mission locale</source>
        <translation>Mission locale</translation>
    </message>
    <message>
        <source>Pôle emploi / France Travail</source>
        <translation>Pôle emploi / France Travail</translation>
    </message>
    <message>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>CPAM</source>
        <translation>CPAM</translation>
    </message>
    <message>
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <source>Departmental union of CCAS</source>
        <translation>Union départementale des CCAS</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>IAE structure (SIAE)</source>
        <translation>Structure d&apos;insertion par l&apos;activité économique (SIAE)</translation>
    </message>
    <message>
        <source>Consular chamber</source>
        <translation>Chambre consulaire</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en fonctionnement</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>réalisation</translation>
    </message>
    <message>
        <source>outcome / effect</source>
        <translation>résultat / effet</translation>
    </message>
    <message>
        <source>Launch COPIL</source>
        <translation>COPIL de lancement</translation>
    </message>
    <message>
        <source>Mid-term COPIL</source>
        <translation>COPIL intermédiaire</translation>
    </message>
    <message>
        <source>Final COPIL</source>
        <translation>COPIL final</translation>
    </message>
    <message>
        <source>COPIL (other)</source>
        <translation>COPIL (autre)</translation>
    </message>
    <message>
        <source>Local coordination committee</source>
        <translation>Comité local d&apos;animation</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Territorial seminar</source>
        <translation>Séminaire territorial</translation>
    </message>
    <message>
        <source>Governance working group</source>
        <translation>Groupe de travail gouvernance</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>PTI referent of the partner</source>
        <translation>Référent PTI du partenaire</translation>
    </message>
    <message>
        <source>Departmental PTI referent of a territory</source>
        <translation>Référent PTI départemental d&apos;un territoire</translation>
    </message>
    <message>
        <source>PTI project officer</source>
        <translation>Chargée de mission PTI</translation>
    </message>
    <message>
        <source>intermediate (yearly)</source>
        <translation>intermédiaire (annuelle)</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Departmental employment committee (CDE)</source>
        <translation>Comité départemental pour l&apos;emploi (CDE)</translation>
    </message>
    <message>
        <source>Local employment committee (CLE)</source>
        <translation>Comité local pour l&apos;emploi (CLE)</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>approved by its deliberative body</source>
        <translation>approuvé par délibération</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Quoted from the pact</source>
        <translation>Cité du pacte</translation>
    </message>
    <message>
        <source>Deduced</source>
        <translation>Déduit</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Illustratif</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>1 - insufficient</source>
        <translation>1 - insuffisante</translation>
    </message>
    <message>
        <source>2 - to be improved</source>
        <translation>2 - à améliorer</translation>
    </message>
    <message>
        <source>3 - satisfactory</source>
        <translation>3 - satisfaisante</translation>
    </message>
    <message>
        <source>4 - very satisfactory</source>
        <translation>4 - très satisfaisante</translation>
    </message>
    <message>
        <source>ESF+</source>
        <translation>FSE+</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>France Travail</source>
        <translation>France Travail</translation>
    </message>
</context>
<context>
    <name>pacte::EvaluationEditor</name>
    <message>
        <source>Final evaluation of %1 (%2)</source>
        <translation>Évaluation finale de l&apos;édition %1 (%2)</translation>
    </message>
    <message>
        <source>Evaluation of %1 — %2</source>
        <translation>Évaluation %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Live figures as of %2 are shown instead.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Les chiffres actualisés au %2 sont affichés à la place.</translation>
    </message>
    <message>
        <source>Figures frozen on %1</source>
        <translation>Chiffres figés le %1</translation>
    </message>
    <message>
        <source>Figures frozen on %1 by %2</source>
        <translation>Chiffres figés le %1 par %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: later edits do not change them (state as of %2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: les modifications ultérieures ne les changent pas (situation au %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live figures as of %1 (not frozen)&lt;/b&gt;: they follow the edits until you freeze them.</source>
        <translation>&lt;b&gt;Chiffres actualisés au %1 (non figés)&lt;/b&gt;&#xa0;: ils suivent les modifications jusqu&apos;à ce que vous les figiez.</translation>
    </message>
    <message>
        <source>F&amp;reeze the final figures of %1…</source>
        <translation>Fi&amp;ger les chiffres finaux de %1…</translation>
    </message>
    <message>
        <source>F&amp;reeze the figures of %1…</source>
        <translation>Fi&amp;ger les chiffres de %1…</translation>
    </message>
    <message>
        <source>The figures of %1 are frozen.</source>
        <translation>Les chiffres de %1 sont figés.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Store the figures of %1 as they are now, for good.</source>
        <translation>Enregistrer définitivement les chiffres de %1 dans leur état actuel.</translation>
    </message>
    <message>
        <source>Edit the assessment of %1</source>
        <translation>Modifier l&apos;appréciation de %1</translation>
    </message>
    <message>
        <source>Freeze the figures of %1</source>
        <translation>Figer les chiffres de %1</translation>
    </message>
    <message>
        <source>Freeze the figures of %1 for %2?</source>
        <translation>Figer les chiffres de %1 pour l&apos;édition %2&#xa0;?</translation>
    </message>
    <message>
        <source>Every action&apos;s status, every indicator&apos;s latest value and every meeting held, as of %1, will be stored with this evaluation. Later edits will no longer change these figures, and freezing cannot be undone. The written assessments remain editable.</source>
        <translation>Le statut de chaque action, la dernière valeur de chaque indicateur et toutes les réunions tenues au %1 seront enregistrés avec cette évaluation. Les modifications ultérieures ne changeront plus ces chiffres, et cette opération est irréversible. Les appréciations rédigées restent modifiables.</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Figer</translation>
    </message>
    <message>
        <source>Freezing refused</source>
        <translation>Impossible de figer les chiffres</translation>
    </message>
    <message>
        <source>The figures are frozen as of %1.</source>
        <translation>Les chiffres sont figés au %1.</translation>
    </message>
    <message>
        <source>The pact may review a year as of another day (&quot;au 31 juillet 2021&quot;): the figures then describe that day.</source>
        <translation>Le pacte peut dresser le bilan d&apos;une année à un autre jour («&#xa0;au 31 juillet 2021&#xa0;»)&#xa0;: les chiffres décrivent alors ce jour.</translation>
    </message>
    <message>
        <source>Edit the day the figures of %1 describe</source>
        <translation>Modifier le jour que décrivent les chiffres de %1</translation>
    </message>
</context>
<context>
    <name>pacte::EvaluationSection</name>
    <message>
        <source>not frozen</source>
        <translation>non figée</translation>
    </message>
    <message>
        <source>frozen on %1</source>
        <translation>figée le %1</translation>
    </message>
    <message>
        <source>frozen on %1 by %2</source>
        <translation>figée le %1 par %2</translation>
    </message>
    <message>
        <source>frozen, figures unreadable</source>
        <translation>figée, chiffres illisibles</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finale</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Projets réalisés</translation>
    </message>
    <message>
        <source>Projects carried out: actions completed or running</source>
        <translation>Projets réalisés&#xa0;: actions réalisées ou en fonctionnement</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Meetings held during the year</source>
        <translation>Réunions tenues au cours de l&apos;année</translation>
    </message>
    <message>
        <source>No year of this edition has begun yet: the first evaluation comes at its start.</source>
        <translation>Aucune année de cette édition n&apos;a encore commencé&#xa0;: la première évaluation sera disponible dès le début de la première année.</translation>
    </message>
    <message>
        <source>Evaluation years</source>
        <translation>Années d&apos;évaluation</translation>
    </message>
    <message>
        <source>Evaluations are kept</source>
        <translation>Les évaluations sont conservées</translation>
    </message>
    <message>
        <source>An evaluation is not deleted: once its figures are frozen it is the record of the year. Its written assessments can be emptied in the Assessment tab.</source>
        <translation>Une évaluation ne peut pas être supprimée&#xa0;: une fois ses chiffres figés, elle constitue la trace de l&apos;année. Ses appréciations rédigées peuvent être effacées dans l&apos;onglet Appréciation.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frozen</source>
        <translation>
            <numerusform>%n figée</numerusform>
            <numerusform>%n figées</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly evaluation</source>
        <translation>Évaluation annuelle</translation>
    </message>
</context>
<context>
    <name>pacte::EvaluationStore</name>
    <message>
        <source>The frozen figures of this evaluation are damaged.</source>
        <translation>Les chiffres figés de cette évaluation sont endommagés.</translation>
    </message>
    <message>
        <source>This edition no longer exists.</source>
        <translation>Cette édition n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is not a year of %2 (%3-%4).</source>
        <translation>%1 n&apos;est pas une année de l&apos;édition %2 (%3-%4).</translation>
    </message>
    <message>
        <source>The year %1 has not begun: there is nothing to freeze yet.</source>
        <translation>L&apos;année %1 n&apos;a pas commencé&#xa0;: il n&apos;y a encore rien à figer.</translation>
    </message>
    <message>
        <source>The %1 evaluation of %2 is already frozen.</source>
        <translation>L&apos;évaluation %1 de %2 est déjà figée.</translation>
    </message>
    <message>
        <source>The %1 evaluation of %2 is frozen: the day its figures describe can no longer change.</source>
        <translation>L&apos;évaluation %1 de %2 est figée&#xa0;: le jour que décrivent ses chiffres ne peut plus changer.</translation>
    </message>
</context>
<context>
    <name>pacte::Failures</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Free some space on it (or choose another disk), then try again.</source>
        <translation>Libérez de la place (ou choisissez un autre disque), puis réessayez.</translation>
    </message>
    <message>
        <source>the disk or share is read-only</source>
        <translation>le disque ou le partage est en lecture seule</translation>
    </message>
    <message>
        <source>Copy the file to a disk you can write to (or ask for write access), then try again.</source>
        <translation>Copiez le fichier sur un disque où vous pouvez écrire (ou demandez le droit d&apos;écriture), puis réessayez.</translation>
    </message>
    <message>
        <source>you are not allowed to write in the folder %1</source>
        <translation>vous n&apos;avez pas le droit d&apos;écrire dans le dossier %1</translation>
    </message>
    <message>
        <source>Choose another folder, or ask for write access to this one.</source>
        <translation>Choisissez un autre dossier, ou demandez le droit d&apos;écrire dans celui-ci.</translation>
    </message>
    <message>
        <source>the system refused the write</source>
        <translation>le système a refusé l&apos;écriture</translation>
    </message>
    <message>
        <source>Check the disk (space, connection of a key or a share), then try again.</source>
        <translation>Vérifiez le disque (place libre, branchement de la clé ou connexion du partage), puis réessayez.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n&apos;existe pas</translation>
    </message>
    <message>
        <source>Check its name and its folder.</source>
        <translation>Vérifiez son nom et son dossier.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Give the name of a file.</source>
        <translation>Donnez le nom d&apos;un fichier.</translation>
    </message>
    <message>
        <source>you are not allowed to read it</source>
        <translation>vous n&apos;avez pas le droit de le lire</translation>
    </message>
    <message>
        <source>Ask for read access, or use a copy.</source>
        <translation>Demandez le droit de lecture, ou utilisez une copie.</translation>
    </message>
    <message>
        <source>the system refused to read it</source>
        <translation>le système a refusé de le lire</translation>
    </message>
    <message>
        <source>Check the disk (connection of a key or a share), then try again.</source>
        <translation>Vérifiez le disque (branchement de la clé ou connexion du partage), puis réessayez.</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only file or folder)</source>
        <translation>le fichier ne peut pas être modifié (fichier ou dossier en lecture seule)</translation>
    </message>
    <message>
        <source>Ask for write access, or work on a copy.</source>
        <translation>Demandez le droit d&apos;écriture, ou travaillez sur une copie.</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>Restore its latest backup (File ▸ Backups) or a copy you kept.</source>
        <translation>Restaurez sa dernière sauvegarde (Fichier ▸ Sauvegardes) ou une copie que vous avez gardée.</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>un autre programme utilise le fichier</translation>
    </message>
    <message>
        <source>Close the other program, then try again.</source>
        <translation>Fermez l&apos;autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Check that it still exists and that you may read it.</source>
        <translation>Vérifiez qu&apos;il existe toujours et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written</source>
        <translation>La base %1 n&apos;a pas pu être lue ou écrite</translation>
    </message>
    <message>
        <source>Nothing more was written: the file holds what was last saved.</source>
        <translation>Rien de plus n&apos;a été écrit : le fichier contient ce qui avait été enregistré en dernier.</translation>
    </message>
    <message>
        <source>an unexpected database error occurred</source>
        <translation>une erreur inattendue de la base de données s&apos;est produite</translation>
    </message>
    <message>
        <source>Please report it to your Pacte contact with the detail below.</source>
        <translation>Signalez-la à votre contact Pacte avec le détail ci-dessous.</translation>
    </message>
    <message>
        <source>the file is read-only for you</source>
        <translation>le fichier est en lecture seule pour vous</translation>
    </message>
    <message>
        <source>Ask for write access to it (or remove its read-only mark), or work on a copy.</source>
        <translation>Demandez le droit d&apos;écrire dans ce fichier (ou retirez sa marque de lecture seule), ou travaillez sur une copie.</translation>
    </message>
    <message>
        <source>you are not allowed to open the folder %1</source>
        <translation>vous n&apos;avez pas le droit d&apos;ouvrir le dossier %1</translation>
    </message>
    <message>
        <source>Ask for access to this folder, or use a copy placed elsewhere.</source>
        <translation>Demandez l&apos;accès à ce dossier, ou utilisez une copie placée ailleurs.</translation>
    </message>
    <message>
        <source>your role on the server does not allow this change</source>
        <translation>votre rôle sur le serveur ne permet pas cette modification</translation>
    </message>
    <message>
        <source>Ask the coordinator if it should.</source>
        <translation>Demandez à la coordinatrice si elle devrait l&apos;être.</translation>
    </message>
    <message>
        <source>someone else was changing the same records at the same moment</source>
        <translation>quelqu&apos;un d&apos;autre modifiait les mêmes enregistrements au même moment</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>le disque du serveur est plein</translation>
    </message>
    <message>
        <source>Tell the IT service, then try again.</source>
        <translation>Prévenez le service informatique, puis réessayez.</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>Check the network, then reopen the database.</source>
        <translation>Vérifiez le réseau, puis rouvrez la base.</translation>
    </message>
    <message>
        <source>Nothing more was written: the server holds what was last saved.</source>
        <translation>Rien de plus n&apos;a été écrit : le serveur contient ce qui a été enregistré en dernier.</translation>
    </message>
    <message>
        <source>The %1 could not be read or written</source>
        <translation>La %1 n&apos;a pas pu être lue ou écrite</translation>
    </message>
</context>
<context>
    <name>pacte::FileInspector</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Pacte database.</source>
        <translation>%1 est un dossier, et non une base Pacte.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Pacte database.</source>
        <translation>Le fichier %1 est vide : ce n&apos;est pas une base Pacte.</translation>
    </message>
    <message>
        <source>The file %1 is not a Pacte database (it is not an SQLite database file).</source>
        <translation>Le fichier %1 n&apos;est pas une base Pacte (ce n&apos;est pas un fichier de base de données SQLite).</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its header is not valid.</source>
        <translation>Le fichier %1 est endommagé : son en-tête n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file %1 is truncated or damaged: it holds %2 bytes where %3 are expected.</source>
        <translation>Le fichier %1 est tronqué ou endommagé : il contient %2 octets au lieu des %3 attendus.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database that does not belong to Pacte.</source>
        <translation>Le fichier %1 est une base de données SQLite qui n&apos;a pas été créée par Pacte.</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of Pacte (data format %2; this version reads up to format %3). Update Pacte to open it.</source>
        <translation>Le fichier %1 a été enregistré par une version plus récente de Pacte (format de données %2 ; cette version lit jusqu&apos;au format %3). Mettez Pacte à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file %1 is an incomplete Pacte database (no data format version).</source>
        <translation>Le fichier %1 est une base Pacte incomplète (la version du format de données est absente).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read</source>
        <translation>Le fichier %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>pacte::FindingDetail</name>
    <message>
        <source>Error: the rule is broken.</source>
        <translation>Erreur&#xa0;: la règle n&apos;est pas respectée.</translation>
    </message>
    <message>
        <source>Warning: the rule will be broken unless something is done.</source>
        <translation>Avertissement&#xa0;: la règle ne sera plus respectée si rien n&apos;est fait.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open %1 in its section</source>
        <translation>Ouvrir «&#xa0;%1&#xa0;» dans sa rubrique</translation>
    </message>
    <message>
        <source>Information: the edition&apos;s settings do not count this as a breach (its pact may not state the rule).</source>
        <translation>Information&#xa0;: les règles de l&apos;édition ne comptent pas ceci comme un manquement (son pacte peut ne pas énoncer la règle).</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>« %1 » (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>pacte::Format</name>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n caractère)</numerusform>
            <numerusform>%1… (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>pacte::Funding</name>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>engagé</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>versé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>funder not given</source>
        <translation>financeur non renseigné</translation>
    </message>
    <message>
        <source>Axis %1 — %2</source>
        <translation>Axe %1 — %2</translation>
    </message>
    <message>
        <source>No axis</source>
        <translation>Sans axe</translation>
    </message>
</context>
<context>
    <name>pacte::FundingPanel</name>
    <message>
        <source>Who pays for the action: one line per funder and scheme, with its amounts by year in euros. An empty amount is unknown, which is not zero: it is counted apart in the totals.</source>
        <translation>Qui finance l&apos;action&#xa0;: une ligne par financeur et par dispositif, avec ses montants par année, en euros. Un montant vide est inconnu, ce qui n&apos;est pas zéro&#xa0;: il est compté à part dans les totaux.</translation>
    </message>
    <message>
        <source>Funding lines of the action</source>
        <translation>Lignes de financement de l&apos;action</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Scheme or call</source>
        <translation>Dispositif ou appel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Co-financing rate</source>
        <translation>Taux de cofinancement</translation>
    </message>
    <message>
        <source>Funder of the new line</source>
        <translation>Financeur de la nouvelle ligne</translation>
    </message>
    <message>
        <source>Add a &amp;line for this funder</source>
        <translation>&amp;Ajouter une ligne pour ce financeur</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Ligne choisie</translation>
    </message>
    <message>
        <source>Name of the other fund</source>
        <translation>Nom de l&apos;autre financeur</translation>
    </message>
    <message>
        <source>FSE+ — appel à projets 2024</source>
        <translation>FSE+ — appel à projets 2024</translation>
    </message>
    <message>
        <source>Operation number, agreement…</source>
        <translation>Numéro d&apos;opération, convention…</translation>
    </message>
    <message>
        <source>from 0 to 100; empty when unknown</source>
        <translation>de 0 à 100&#xa0;; vide s&apos;il est inconnu</translation>
    </message>
    <message>
        <source>Other fund:</source>
        <translation>Autre financeur&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Co-financing rate (%):</source>
        <translation>Taux de cofinancement (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Amounts of the selected line by year</source>
        <translation>Montants de la ligne choisie par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Year to add</source>
        <translation>Année à ajouter</translation>
    </message>
    <message>
        <source>Remove the year</source>
        <translation>Supprimer l&apos;année</translation>
    </message>
    <message>
        <source>(no funder)</source>
        <translation>(aucun financeur)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Unknown (not zero)</source>
        <translation>Inconnu (pas zéro)</translation>
    </message>
    <message>
        <source>Other fund</source>
        <translation>Autre financeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: type a percentage from 0 to 100, or leave it empty when it is unknown.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un taux&#xa0;: tapez un pourcentage de 0 à 100, ou laissez vide s&apos;il est inconnu.</translation>
    </message>
    <message>
        <source>The line already has the year %1.</source>
        <translation>La ligne a déjà l&apos;année %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros (%2, %3): type it as 12 345,67, or leave the cell empty when it is unknown.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros (%2, %3)&#xa0;: tapez-le ainsi&#xa0;: 12 345,67, ou laissez la case vide s&apos;il est inconnu.</translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>Financeur&#xa0;:</translation>
    </message>
    <message>
        <source>Scheme or call:</source>
        <translation>Dispositif ou appel&#xa0;:</translation>
    </message>
    <message>
        <source>Add the year</source>
        <translation>Ajouter l&apos;année</translation>
    </message>
</context>
<context>
    <name>pacte::FundingSummaryPanel</name>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Funding by funder</source>
        <translation>Financements par financeur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unknown)</source>
        <translation>
            <numerusform>%1 (%n inconnu)</numerusform>
            <numerusform>%1 (%n inconnus)</numerusform>
        </translation>
    </message>
    <message>
        <source>No funding entered yet: add the funders of an action on its « Funding » tab.</source>
        <translation>Aucun financement saisi&#xa0;: ajoutez les financeurs d&apos;une action dans son onglet «&#xa0;Financements&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Planned: %1 · committed: %2 · paid: %3 — %n funding line(s) of %4 action(s).</source>
        <translation>
            <numerusform>Prévu&#xa0;: %1 · engagé&#xa0;: %2 · versé&#xa0;: %3 — %n ligne de financement de %4 action(s).</numerusform>
            <numerusform>Prévu&#xa0;: %1 · engagé&#xa0;: %2 · versé&#xa0;: %3 — %n lignes de financement de %4 action(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) unknown, counted apart and not added (unknown is not zero).</source>
        <translation>
            <numerusform>%n montant inconnu, compté à part et non additionné (inconnu n&apos;est pas zéro).</numerusform>
            <numerusform>%n montants inconnus, comptés à part et non additionnés (inconnu n&apos;est pas zéro).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Break down:</source>
        <translation>&amp;Ventiler&#xa0;:</translation>
    </message>
    <message>
        <source>by funder</source>
        <translation>par financeur</translation>
    </message>
    <message>
        <source>by axis</source>
        <translation>par axe</translation>
    </message>
    <message>
        <source>by territory</source>
        <translation>par territoire</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>par année</translation>
    </message>
    <message>
        <source>An action of a group that covers several territories counts in each of them: the territories&apos; rows add up to more than the total.</source>
        <translation>Une action d&apos;un groupe qui couvre plusieurs territoires compte dans chacun d&apos;eux&#xa0;: les lignes des territoires s&apos;additionnent à plus que le total.</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Funding by axis</source>
        <translation>Financements par axe</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Funding by territory</source>
        <translation>Financements par territoire</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Funding by year</source>
        <translation>Financements par année</translation>
    </message>
</context>
<context>
    <name>pacte::GroupEditor</name>
    <message>
        <source>None</source>
        <translation>Non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::GroupEvaluationPanel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Yearly evaluation</source>
        <translation>Évaluation annuelle</translation>
    </message>
    <message>
        <source>Effects observed on the publics or professionals</source>
        <translation>Effets observés sur les publics ou les professionnels</translation>
    </message>
    <message>
        <source>Coherence with existing schemes</source>
        <translation>Cohérence avec les dispositifs existants</translation>
    </message>
    <message>
        <source>Comment on the partnership</source>
        <translation>Commentaire sur le partenariat</translation>
    </message>
    <message>
        <source>Difficulties met</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Adjustments proposed</source>
        <translation>Ajustements proposés</translation>
    </message>
    <message>
        <source>Year evaluated</source>
        <translation>Année évaluée</translation>
    </message>
    <message>
        <source>Quality of the partnership</source>
        <translation>Qualité du partenariat</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Computed from the records:</source>
        <translation>Calculé d&apos;après les données&#xa0;:</translation>
    </message>
    <message>
        <source>Effects observed:</source>
        <translation>Effets observés&#xa0;:</translation>
    </message>
    <message>
        <source>Coherence with existing schemes:</source>
        <translation>Cohérence avec les dispositifs&#xa0;:</translation>
    </message>
    <message>
        <source>Quality of the partnership:</source>
        <translation>Qualité du partenariat&#xa0;:</translation>
    </message>
    <message>
        <source>Partnership comment:</source>
        <translation>Commentaire sur le partenariat&#xa0;:</translation>
    </message>
    <message>
        <source>Difficulties met:</source>
        <translation>Difficultés rencontrées&#xa0;:</translation>
    </message>
    <message>
        <source>Adjustments proposed:</source>
        <translation>Ajustements proposés&#xa0;:</translation>
    </message>
    <message>
        <source>The evaluation of %1 is frozen: the group&apos;s evaluation of that year can no longer change.</source>
        <translation>L&apos;évaluation de %1 est figée&#xa0;: l&apos;évaluation du groupe pour cette année ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Pilot partner: %1; co-pilot partner: %2; from two different structures: %3</source>
        <translation>Pilote&#xa0;: %1&#xa0;; co-pilote&#xa0;: %2&#xa0;; de deux structures différentes&#xa0;: %3</translation>
    </message>
    <message>
        <source>Meetings of the group held in %1 (concertations): %2</source>
        <translation>Réunions du groupe tenues en %1 (concertations)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recorded present at them: %1 partner(s), %2 person(s); head counts stated: %3 (%4 meeting(s))</source>
        <translation>Présents enregistrés&#xa0;: %1 partenaire(s), %2 personne(s)&#xa0;; effectifs déclarés&#xa0;: %3 (%4 réunion(s))</translation>
    </message>
    <message>
        <source>Partners involved (pilot, co-pilot, members): %1</source>
        <translation>Partenaires impliqués (pilote, co-pilote, membres)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Existing schemes named by its actions: %1</source>
        <translation>Dispositifs existants cités par ses actions&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>pacte::GroupsSection</name>
    <message>
        <source>⚠ No pilot</source>
        <translation>⚠ Aucun pilote</translation>
    </message>
    <message>
        <source>⚠ %1 alone</source>
        <translation>⚠ %1 uniquement</translation>
    </message>
    <message>
        <source>⚠ Same structure</source>
        <translation>⚠ Même structure</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Pilot • co-pilot</source>
        <translation>Pilote • co-pilote</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action statuses</source>
        <translation>Statuts des actions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Te&amp;rritory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <source>A&amp;xis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>T&amp;hématique</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;New working group</source>
        <translation>&amp;Nouveau groupe de travail</translation>
    </message>
    <message>
        <source>New working group</source>
        <translation>Nouveau groupe de travail</translation>
    </message>
    <message>
        <source>No working group for this edition</source>
        <translation>Aucun groupe de travail pour cette édition</translation>
    </message>
    <message>
        <source>A working group needs a territory: add one in the Territories section first.</source>
        <translation>Un groupe de travail doit être rattaché à un territoire&#xa0;: ajoutez d&apos;abord un territoire dans la rubrique Territoires.</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n working group(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n groupe de travail</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a co-pilot from another structure</source>
        <translation>
            <numerusform>%n sans co-pilote d&apos;une autre structure</numerusform>
            <numerusform>%n sans co-pilote d&apos;une autre structure</numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Export &amp;sheets…</source>
        <translation>Exporter les &amp;fiches…</translation>
    </message>
    <message>
        <source>Export the sheets of working groups, to send to their referents</source>
        <translation>Exporter les fiches des groupes de travail, à envoyer à leurs référents</translation>
    </message>
    <message>
        <source>Action sheets - %1</source>
        <translation>Fiches action - %1</translation>
    </message>
    <message>
        <source>Co-pi&amp;lot</source>
        <translation>Co-pi&amp;lote</translation>
    </message>
    <message>
        <source>with a co-pilot from another structure</source>
        <translation>avec un co-pilote d&apos;une autre structure</translation>
    </message>
    <message>
        <source>without a co-pilot from another structure</source>
        <translation>sans co-pilote d&apos;une autre structure</translation>
    </message>
</context>
<context>
    <name>pacte::HistoryDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Co-pilot</source>
        <translation>Co-pilote</translation>
    </message>
    <message>
        <source>Pilot (person)</source>
        <translation>Pilote (personne)</translation>
    </message>
    <message>
        <source>Co-pilot (person)</source>
        <translation>Co-pilote (personne)</translation>
    </message>
    <message>
        <source>Member partners</source>
        <translation>Partenaires membres</translation>
    </message>
    <message>
        <source>Member persons</source>
        <translation>Personnes membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation>Publics ciblés</translation>
    </message>
    <message>
        <source>Implementation modalities</source>
        <translation>Modalités de mise en œuvre</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Linked schemes</source>
        <translation>Dispositifs liés</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Previous edition</source>
        <translation>Édition précédente</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s function</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>Format de données</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>format update</source>
        <translation>mise à jour du format</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>sheet import</source>
        <translation>import de fiche</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation>Historique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No change has been recorded for this item.</source>
        <translation>Aucune modification n&apos;a été enregistrée pour cet élément.</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation>
            <numerusform>%n modification enregistrée.</numerusform>
            <numerusform>%n modifications enregistrées, de la plus récente à la plus ancienne.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Modifications enregistrées</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Poursuit</translation>
    </message>
    <message>
        <source>renewal of the pact</source>
        <translation>renouvellement du pacte</translation>
    </message>
    <message>
        <source>Declared signatories</source>
        <translation>Signataires déclarés</translation>
    </message>
    <message>
        <source>Declared signatories: quote</source>
        <translation>Signataires déclarés : citation</translation>
    </message>
    <message>
        <source>Declared signatories: where in the pact</source>
        <translation>Signataires déclarés : où dans le pacte</translation>
    </message>
    <message>
        <source>Names over time</source>
        <translation>Noms successifs</translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation>Territoires couverts</translation>
    </message>
    <message>
        <source>Presented by the PTI</source>
        <translation>Présenté par le PTI</translation>
    </message>
    <message>
        <source>Governance rules</source>
        <translation>Règles de gouvernance</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Effects observed</source>
        <translation>Effets observés</translation>
    </message>
    <message>
        <source>Coherence with existing schemes</source>
        <translation>Cohérence avec les dispositifs existants</translation>
    </message>
    <message>
        <source>Quality of the partnership</source>
        <translation>Qualité du partenariat</translation>
    </message>
    <message>
        <source>Quality of the partnership: comment</source>
        <translation>Qualité du partenariat&#xa0;: commentaire</translation>
    </message>
    <message>
        <source>Difficulties met</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Adjustments proposed</source>
        <translation>Ajustements proposés</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Ligne de financement</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Scheme or call</source>
        <translation>Dispositif ou appel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Co-financing rate (%)</source>
        <translation>Taux de cofinancement (%)</translation>
    </message>
    <message>
        <source>Amounts in euros (planned / committed / paid)</source>
        <translation>Montants en euros (prévu / engagé / versé)</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s measurements against its target</source>
        <translation>Graphique des mesures de l&apos;indicateur par rapport à sa cible</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>No indicator selected.</source>
        <translation>Aucun indicateur sélectionné.</translation>
    </message>
    <message>
        <source>No measurement yet (target: %1).</source>
        <translation>Aucune mesure pour l&apos;instant (cible&#xa0;: %1).</translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation>Aucune mesure pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Measured (%n not reported, not drawn)</source>
        <translation>
            <numerusform>Mesuré (%n non renseignée, non tracée)</numerusform>
            <numerusform>Mesuré (%n non renseignées, non tracées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorDetail</name>
    <message>
        <source>Open the action</source>
        <translation>Ouvrir l&apos;action</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation>Aucune mesure pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>(%n measurement(s) not reported left out)</source>
        <translation>
            <numerusform>(%n mesure non renseignée exclue)</numerusform>
            <numerusform>(%n mesures non renseignées exclues)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorTableModel</name>
    <message>
        <source>Measured on %1</source>
        <translation>Mesure du %1</translation>
    </message>
    <message>
        <source>Name of the indicator</source>
        <translation>Nom de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Output (what was done) or outcome (the effect on people)</source>
        <translation>Réalisation (ce qui a été fait) ou résultat (l&apos;effet sur les personnes)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Value at the start</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Value aimed at</source>
        <translation>Valeur visée</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest measured value</source>
        <translation>Dernière valeur mesurée</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Whether the latest value reached its target</source>
        <translation>Indique si la dernière valeur a atteint la cible</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Value of %1 not reported</source>
        <translation>Valeur du %1 non renseignée</translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorTemplateDialog</name>
    <message>
        <source>&amp;Example (an illustration, not defined by the pact)</source>
        <translation>&amp;Exemple (une illustration, non définie par le pacte)</translation>
    </message>
    <message>
        <source>New indicator template</source>
        <translation>Nouvel indicateur type</translation>
    </message>
    <message>
        <source>Indicator template</source>
        <translation>Indicateur type</translation>
    </message>
    <message>
        <source>e.g. people, %</source>
        <translation>par exemple personnes, %</translation>
    </message>
    <message>
        <source>How it is measured: source, period, what is counted</source>
        <translation>Comment il se mesure&#xa0;: source, période, ce qui est compté</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Mesuré par&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested &amp;target:</source>
        <translation>&amp;Cible suggérée&#xa0;:</translation>
    </message>
    <message>
        <source>An indicator template of the theme &quot;%1&quot;: proposed when an indicator is added to an action of this theme, and kept linked so that the evaluation adds it up.</source>
        <translation>Un indicateur type de la thématique «&#xa0;%1&#xa0;»&#xa0;: proposé quand un indicateur est ajouté à une action de cette thématique, et gardé lié pour que l&apos;évaluation l&apos;additionne.</translation>
    </message>
    <message>
        <source>The suggested target must be a number, or left empty.</source>
        <translation>La cible suggérée doit être un nombre, ou rester vide.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name, as the actions will show it.</source>
        <translation>Le nom de l&apos;indicateur, tel que les actions l&apos;afficheront.</translation>
    </message>
    <message>
        <source>An output indicator (what is done) or an outcome indicator (its effects).</source>
        <translation>Un indicateur de réalisation (ce qui est fait) ou de résultat (ses effets).</translation>
    </message>
    <message>
        <source>The unit its values are counted in: only the same unit is added up.</source>
        <translation>L&apos;unité de ses valeurs&#xa0;: seule une même unité s&apos;additionne.</translation>
    </message>
    <message>
        <source>How the indicator is measured: source, period, what is counted.</source>
        <translation>Comment l&apos;indicateur se mesure&#xa0;: source, période, ce qui est compté.</translation>
    </message>
    <message>
        <source>A target proposed to the actions; leave empty for none (not zero).</source>
        <translation>Une cible proposée aux actions&#xa0;; vide pour aucune (ce n&apos;est pas zéro).</translation>
    </message>
    <message>
        <source>Tick it for an illustration, which the pact itself does not define.</source>
        <translation>À cocher pour une illustration, que le pacte lui-même ne définit pas.</translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorsPanel</name>
    <message>
        <source>M&amp;easurements of &quot;%1&quot;</source>
        <translation>Me&amp;sures de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>M&amp;easurements (select an indicator)</source>
        <translation>Me&amp;sures (sélectionnez un indicateur)</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message numerus="yes">
        <source>Remove the indicator &quot;%1&quot; and its %n measurement(s)?</source>
        <translation>
            <numerusform>Supprimer l&apos;indicateur «&#xa0;%1&#xa0;» et %n mesure associée&#xa0;?</numerusform>
            <numerusform>Supprimer l&apos;indicateur «&#xa0;%1&#xa0;» et les %n mesures associées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — example</source>
        <translation>%1 — exemple</translation>
    </message>
    <message>
        <source>The action&apos;s theme has no indicator template.</source>
        <translation>La thématique de l&apos;action n&apos;a pas d&apos;indicateur type.</translation>
    </message>
    <message>
        <source>Add an indicator made from an indicator template of the action&apos;s theme, and kept linked to it</source>
        <translation>Ajouter un indicateur fait à partir d&apos;un indicateur type de la thématique de l&apos;action, et qui lui reste lié</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (exemple)</translation>
    </message>
    <message>
        <source>Indicator template: %1</source>
        <translation>Indicateur type&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorsSection</name>
    <message>
        <source>target met</source>
        <translation>cible atteinte</translation>
    </message>
    <message>
        <source>target not met</source>
        <translation>cible non atteinte</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sans cible</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>Date de mesure</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <source>Filter by territory</source>
        <translation>Filtrer par territoire</translation>
    </message>
    <message>
        <source>A&amp;xis</source>
        <translation>A&amp;xe</translation>
    </message>
    <message>
        <source>Filter by axis</source>
        <translation>Filtrer par axe</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>T&amp;hématique</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrer par thématique</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <source>Filter by target met</source>
        <translation>Filtrer selon l&apos;atteinte de la cible</translation>
    </message>
    <message>
        <source>No indicator in this edition yet: indicators are added to the actions&apos; sheets.</source>
        <translation>Aucun indicateur dans cette édition pour l&apos;instant&#xa0;: les indicateurs s&apos;ajoutent dans les fiches action.</translation>
    </message>
    <message>
        <source>Indicators of the edition&apos;s actions</source>
        <translation>Indicateurs des actions de l&apos;édition</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n indicateur</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 met · %2 not met · %3 not measured</source>
        <translation> · cible atteinte&#xa0;: %1 · cible non atteinte&#xa0;: %2 · sans mesure&#xa0;: %3</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>pacte::ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, séparateur point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolon-separated, UTF-8 with BOM (*.csv)</source>
        <translation>CSV pour Excel, séparateur point-virgule, UTF-8 avec BOM (*.csv)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparateur virgule (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::ListSection</name>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be deleted.</source>
        <translation>Le fichier est ouvert en lecture seule&#xa0;: aucune suppression n&apos;est possible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown out of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Select an item in the list.</source>
        <translation>Sélectionnez un élément dans la liste.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>Ajuster les colonnes au contenu</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>List of %1</source>
        <translation>Liste : %1</translation>
    </message>
    <message>
        <source>Your role on the server does not let you delete these records.</source>
        <translation>Votre rôle sur le serveur ne vous permet pas de supprimer ces fiches.</translation>
    </message>
</context>
<context>
    <name>pacte::LocalPactPanel</name>
    <message>
        <source>Diagnosis of the territory</source>
        <translation>Diagnostic du territoire</translation>
    </message>
    <message>
        <source>Sources of the diagnosis</source>
        <translation>Sources du diagnostic</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Mo&amp;nter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>What moved during the year</source>
        <translation>Ce qui a bougé dans l&apos;année</translation>
    </message>
    <message>
        <source>Difficulties met during the year</source>
        <translation>Difficultés rencontrées dans l&apos;année</translation>
    </message>
    <message>
        <source>Adjustments decided</source>
        <translation>Ajustements décidés</translation>
    </message>
    <message>
        <source>Notes on the local pact</source>
        <translation>Notes sur le pacte local</translation>
    </message>
    <message>
        <source>Territorial priorities, by rank</source>
        <translation>Priorités territoriales, par rang</translation>
    </message>
    <message>
        <source>Partners members of the local pact</source>
        <translation>Partenaires membres du pacte local</translation>
    </message>
    <message>
        <source>Persons members of the local pact</source>
        <translation>Personnes membres du pacte local</translation>
    </message>
    <message>
        <source>Year reviewed</source>
        <translation>Année du bilan</translation>
    </message>
    <message>
        <source>Shared diagnosis</source>
        <translation>Diagnostic partagé</translation>
    </message>
    <message>
        <source>D&amp;iagnosis:</source>
        <translation>D&amp;iagnostic&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Territorial priorities</source>
        <translation>Priorités territoriales</translation>
    </message>
    <message>
        <source>Members and local committees</source>
        <translation>Membres et comités locaux</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Pe&amp;rsons:</source>
        <translation>Pe&amp;rsonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Local committees:</source>
        <translation>Comités locaux&#xa0;:</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>What &amp;moved:</source>
        <translation>Ce qui a &amp;bougé&#xa0;:</translation>
    </message>
    <message>
        <source>Di&amp;fficulties:</source>
        <translation>Di&amp;fficultés&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;justments:</source>
        <translation>A&amp;justements&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Local pact of %1 for %2: what its local committee shares and decides.</source>
        <translation>Pacte local du territoire %1 pour le %2&#xa0;: ce que son comité local partage et décide.</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>No local committee meeting recorded in this edition.</source>
        <translation>Aucune réunion de comité local enregistrée dans cette édition.</translation>
    </message>
    <message>
        <source>The evaluation of %1 is frozen: the local pact&apos;s review of that year can no longer change.</source>
        <translation>L&apos;évaluation de %1 est figée&#xa0;: le bilan du pacte local de cette année ne peut plus changer.</translation>
    </message>
    <message>
        <source>Edit the diagnosis of the local pact</source>
        <translation>Modifier le diagnostic du pacte local</translation>
    </message>
    <message>
        <source>Edit the sources of the diagnosis</source>
        <translation>Modifier les sources du diagnostic</translation>
    </message>
    <message>
        <source>Edit the notes of the local pact</source>
        <translation>Modifier les notes du pacte local</translation>
    </message>
    <message>
        <source>Edit the review %1 of the local pact</source>
        <translation>Modifier le bilan %1 du pacte local</translation>
    </message>
    <message>
        <source>Edit the members of the local pact</source>
        <translation>Modifier les membres du pacte local</translation>
    </message>
    <message>
        <source>axis %1</source>
        <translation>axe %1</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Sert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Carried by: %1</source>
        <translation>Portée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add the priority &quot;%1&quot;</source>
        <translation>Ajouter la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the priority &quot;%1&quot;</source>
        <translation>Modifier la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the priority &quot;%1&quot;</source>
        <translation>Retirer la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the priority &quot;%1&quot;</source>
        <translation>Déplacer la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>pacte::LocalPriorityDialog</name>
    <message>
        <source>Axes the priority serves</source>
        <translation>Axes que sert la priorité</translation>
    </message>
    <message>
        <source>Themes the priority serves</source>
        <translation>Thématiques que sert la priorité</translation>
    </message>
    <message>
        <source>Working groups that carry the priority</source>
        <translation>Groupes de travail qui portent la priorité</translation>
    </message>
    <message>
        <source>Actions that carry the priority</source>
        <translation>Actions qui portent la priorité</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Nouvelle priorité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Title of the priority</source>
        <translation>Intitulé de la priorité</translation>
    </message>
    <message>
        <source>Description of the priority</source>
        <translation>Description de la priorité</translation>
    </message>
    <message>
        <source>Axis %1: %2</source>
        <translation>Axe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>What it serves: &amp;axes</source>
        <translation>Ce qu&apos;elle sert&#xa0;: &amp;axes</translation>
    </message>
    <message>
        <source>and t&amp;hemes</source>
        <translation>et t&amp;hématiques</translation>
    </message>
    <message>
        <source>What carries it: &amp;working groups</source>
        <translation>Ce qui la porte&#xa0;: &amp;groupes de travail</translation>
    </message>
    <message>
        <source>and a&amp;ctions</source>
        <translation>et a&amp;ctions</translation>
    </message>
    <message>
        <source>Give the priority a title.</source>
        <translation>Donnez un intitulé à la priorité.</translation>
    </message>
</context>
<context>
    <name>pacte::MainWindow</name>
    <message>
        <source>Pacte</source>
        <translation>Pacte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open a Pacte database</source>
        <translation>Ouvrir une base Pacte</translation>
    </message>
    <message>
        <source>Pacte databases (*.pacte);;All files (*)</source>
        <translation>Bases Pacte (*.pacte);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>A&amp;jouter un élément</translation>
    </message>
    <message>
        <source>&amp;Delete the item…</source>
        <translation>&amp;Supprimer l&apos;élément…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;fichier ouvert&gt;</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source> &amp;Edition: </source>
        <translation> É&amp;dition&#xa0;: </translation>
    </message>
    <message>
        <source>Edition of the pact</source>
        <translation>Édition du pacte</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Rechercher… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>The file was updated to the current data format; a backup copy was made first.</source>
        <translation>Le fichier a été mis à jour vers le format de données actuel&#xa0;; une copie de sauvegarde a été faite au préalable.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>%1 (read-only) — Pacte</source>
        <translation>%1 (lecture seule) — Pacte</translation>
    </message>
    <message>
        <source>%1 — Pacte</source>
        <translation>%1 — Pacte</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture/écriture</translation>
    </message>
    <message>
        <source>File not created</source>
        <translation>Fichier non créé</translation>
    </message>
    <message>
        <source>%1 already exists. Pacte does not overwrite a file: choose another name.</source>
        <translation>Le fichier %1 existe déjà. Pacte n&apos;écrase jamais un fichier existant&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>New Pacte database</source>
        <translation>Nouvelle base Pacte</translation>
    </message>
    <message>
        <source>New demonstration file</source>
        <translation>Nouveau fichier de démonstration</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>-copy.pacte</source>
        <translation>-copie.pacte</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies when Pacte starts again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Pacte.</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>Le fichier %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Open a s&amp;heet…</source>
        <translation>Ouvrir une fic&amp;he…</translation>
    </message>
    <message>
        <source>&amp;Import a sheet…</source>
        <translation>&amp;Importer une fiche…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Working-group sheets (*.pacte-fiche.json *.json);;All files (*)</source>
        <translation>Fiches de groupe de travail (*.pacte-fiche.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a working-group sheet</source>
        <translation>Ouvrir une fiche de groupe de travail</translation>
    </message>
    <message>
        <source>Import a working-group sheet</source>
        <translation>Importer une fiche de groupe de travail</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <source>Backup restored; the previous state was backed up first.</source>
        <translation>Sauvegarde restaurée&#xa0;; l&apos;état précédent a d&apos;abord été sauvegardé.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>COPIL report…</source>
        <translation>Rapport COPIL…</translation>
    </message>
    <message>
        <source>Opened read-only: %1 cannot be written (%2).</source>
        <translation>Ouvert en lecture seule : %1 ne peut pas être modifié (%2).</translation>
    </message>
    <message>
        <source>The copy %1 could not be written</source>
        <translation>La copie %1 n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>Opened read-only: %1 cannot be written now (%2). Your changes cannot be saved until it is released.</source>
        <translation>Ouvert en lecture seule : %1 ne peut pas être modifié pour l&apos;instant (%2). Vos modifications ne pourront être enregistrées qu&apos;une fois le fichier libéré.</translation>
    </message>
    <message>
        <source>New e&amp;dition of the pact…</source>
        <translation>Nouvelle é&amp;dition du pacte…</translation>
    </message>
    <message>
        <source>&amp;Reopen for writing</source>
        <translation>&amp;Rouvrir en écriture</translation>
    </message>
    <message>
        <source>Open the file again for writing, once it is closed in the other window</source>
        <translation>Rouvrir le fichier en écriture, une fois qu&apos;il est fermé dans l&apos;autre fenêtre</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;demonstration file&lt;/b&gt;: the Hérault&apos;s pact from its source document, completed with illustrative entries where the document gives no detail. Try anything here; to keep your own pact, create a new file.</source>
        <translation>C&apos;est le &lt;b&gt;fichier de démonstration&lt;/b&gt;&#xa0;: le pacte de l&apos;Hérault d&apos;après son document source, complété d&apos;exemples illustratifs là où le document ne détaille pas. Essayez tout ici&#xa0;; pour tenir votre propre pacte, créez un nouveau fichier.</translation>
    </message>
    <message>
        <source>&amp;Create my file…</source>
        <translation>&amp;Créer mon fichier…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>File not reopened</source>
        <translation>Fichier non rouvert</translation>
    </message>
    <message>
        <source>Still read-only</source>
        <translation>Toujours en lecture seule</translation>
    </message>
    <message>
        <source>%1 is still open in another window: close it there first.</source>
        <translation>%1 est encore ouvert dans une autre fenêtre&#xa0;: fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>%1 is open for writing.</source>
        <translation>%1 est ouvert en écriture.</translation>
    </message>
    <message>
        <source>Working-group sheets (*.pacte-fiche.json *.json *.xlsx);;All files (*)</source>
        <translation>Fiches de groupe de travail (*.pacte-fiche.json *.json *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Write the list shown, as filtered and sorted, to a spreadsheet file</source>
        <translation>Enregistrer la liste affichée, filtrée et triée, dans un fichier de tableur</translation>
    </message>
    <message>
        <source>Export the edition&apos;s &amp;workbook…</source>
        <translation>Exporter le c&amp;lasseur de l&apos;édition…</translation>
    </message>
    <message>
        <source>Export the edition&apos;s workbook</source>
        <translation>Exporter le classeur de l&apos;édition</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook of %1 was written to %2.</source>
        <translation>Le classeur de %1 a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>Import a &amp;table…</source>
        <translation>Importer un &amp;tableau…</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tableaux (*.xlsx *.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import partners, persons, working groups or actions from a spreadsheet, with a preview first</source>
        <translation>Importer des partenaires, des personnes, des groupes de travail ou des actions depuis un tableur, avec un aperçu d&apos;abord</translation>
    </message>
    <message>
        <source>Write every table of the edition to one workbook: partners, persons, groups, actions, indicators, meetings, findings and yearly counts</source>
        <translation>Enregistrer toutes les tables de l&apos;édition dans un classeur : partenaires, personnes, groupes, actions, indicateurs, réunions, constats et décomptes annuels</translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Rubrique &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Rubrique &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>A new edition that carries over the axes, partners, active groups and unfinished actions of another</source>
        <translation>Une nouvelle édition qui reprend les axes, les partenaires, les groupes actifs et les actions non terminées d&apos;une autre</translation>
    </message>
    <message>
        <source>%1 created from %2.</source>
        <translation>%1 créée à partir de %2.</translation>
    </message>
    <message>
        <source>Fig&amp;ures declared by the pact…</source>
        <translation>Chi&amp;ffres déclarés par le pacte…</translation>
    </message>
    <message>
        <source>The figures the current edition&apos;s pact states without listing them, such as its number of signatories</source>
        <translation>Les chiffres que le pacte de l&apos;édition courante énonce sans les détailler, comme son nombre de signataires</translation>
    </message>
    <message>
        <source>Change the figures declared by &quot;%1&quot;</source>
        <translation>modifier les chiffres déclarés par « %1 »</translation>
    </message>
    <message>
        <source>Figures declared by %1 recorded.</source>
        <translation>Chiffres déclarés par %1 enregistrés.</translation>
    </message>
    <message>
        <source>New de&amp;monstration file…</source>
        <translation>Nouveau fichier de dé&amp;monstration…</translation>
    </message>
    <message>
        <source>New edition f&amp;rom…</source>
        <translation>Nou&amp;velle édition à partir de…</translation>
    </message>
    <message>
        <source>&amp;Governance rules of the edition…</source>
        <translation>Règles de &amp;gouvernance de l&apos;édition…</translation>
    </message>
    <message>
        <source>The rules the current edition&apos;s pact states: on or off, severity, deadline and the pact&apos;s sentence</source>
        <translation>Les règles qu&apos;énonce le pacte de l&apos;édition courante&#xa0;: activées ou non, gravité, échéance et phrase du pacte</translation>
    </message>
    <message>
        <source>Change the governance rules of &quot;%1&quot;</source>
        <translation>Modifier les règles de gouvernance de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Governance rules of %1 recorded.</source>
        <translation>Règles de gouvernance de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Pro&amp;venance of the edition…</source>
        <translation>Provenanc&amp;e de l&apos;édition…</translation>
    </message>
    <message>
        <source>Where the current edition&apos;s dates and figures come from: quoted from the pact, deduced, illustrative</source>
        <translation>D&apos;où viennent les dates et les chiffres de l&apos;édition courante&#xa0;: cités du pacte, déduits ou illustratifs</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Provenance of %1 recorded.</source>
        <translation>Provenance de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Open &amp;a database on a server…</source>
        <translation>Ouvrir une &amp;base sur serveur…</translation>
    </message>
    <message>
        <source>Cop&amp;y to a server…</source>
        <translation>Copier vers un serve&amp;ur…</translation>
    </message>
    <message>
        <source>Copy the open file, history included, into an empty database on a PostgreSQL server, then compare the two</source>
        <translation>Copier le fichier ouvert, historique compris, dans une base vide d&apos;un serveur PostgreSQL, puis comparer les deux</translation>
    </message>
    <message>
        <source>Cop&amp;y to a file…</source>
        <translation>Copier vers &amp;un fichier…</translation>
    </message>
    <message>
        <source>Copy the server database, history included, into a new .pacte file, then compare the two</source>
        <translation>Copier la base du serveur, historique compris, dans un nouveau fichier .pacte, puis comparer les deux</translation>
    </message>
    <message>
        <source>Database refused</source>
        <translation>Base refusée</translation>
    </message>
    <message>
        <source>Copy to a file</source>
        <translation>Copier vers un fichier</translation>
    </message>
    <message>
        <source>Copy not made</source>
        <translation>Copie non faite</translation>
    </message>
    <message>
        <source>On a server, the database&apos;s administrator keeps the backups (pg_dump): see the administration guide</source>
        <translation>Sur un serveur, l&apos;administrateur de la base en garde les sauvegardes (pg_dump)&#xa0;: voir le guide d&apos;administration</translation>
    </message>
    <message>
        <source>Copy to a server</source>
        <translation>Copier vers un serveur</translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>Copie de %1 vers %2…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Copy stopped: nothing was changed.</source>
        <translation>Copie arrêtée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Copy not checked</source>
        <translation>Copie non vérifiée</translation>
    </message>
    <message>
        <source>%1 was copied to %2, but the copy could not be read again to compare it:
%3</source>
        <translation>La copie de %1 vers %2 est faite, mais elle n&apos;a pas pu être relue pour être comparée&#xa0;:
%3</translation>
    </message>
    <message>
        <source>Copy verified: identical.</source>
        <translation>Copie vérifiée&#xa0;: identique.</translation>
    </message>
    <message>
        <source>%1 was copied to %2, history included, and the two compared table by table.</source>
        <translation>Copie de %1 vers %2, historique compris&#xa0;; les deux bases ont été comparées table par table.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more table(s)</source>
        <translation>
            <numerusform>… et %n autre table</numerusform>
            <numerusform>… et %n autres tables</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy %1 differs from %2:</source>
        <translation>La copie %1 diffère de %2&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>&amp;Ouvrir la copie</translation>
    </message>
    <message>
        <source>%1 copied to %2 and verified.</source>
        <translation>Copie de %1 vers %2 faite et vérifiée.</translation>
    </message>
    <message>
        <source>%1 copied to %2, with differences.</source>
        <translation>Copie de %1 vers %2 faite, avec des différences.</translation>
    </message>
    <message>
        <source>You are viewing this database for reading: your role on the server does not allow you to change it.</source>
        <translation>Vous consultez cette base en lecture : votre rôle sur le serveur ne permet pas de la modifier.</translation>
    </message>
    <message>
        <source>Server %1 — %2</source>
        <translation>Serveur %1 — %2</translation>
    </message>
    <message>
        <source>Server %1 — %2 (coordination)</source>
        <translation>Serveur %1 — %2 (coordination)</translation>
    </message>
    <message>
        <source>Server %1 — %2 (referent: %3)</source>
        <translation>Serveur %1 — %2 (référente : %3)</translation>
    </message>
    <message>
        <source>Server %1 — %2 (read-only)</source>
        <translation>Serveur %1 — %2 (lecture seule)</translation>
    </message>
    <message>
        <source>Territorial referent (%1): you may change the working groups, actions, indicators and meetings of your territories; everything else is read-only for you. The server checks each change.</source>
        <translation>Référente territoriale (%1) : vous pouvez modifier les groupes de travail, les actions, les indicateurs et les réunions de vos territoires ; le reste est en lecture seule pour vous. Le serveur vérifie chaque modification.</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
</context>
<context>
    <name>pacte::MeasurementTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>pacte::MeetingEditor</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Territories covered by the local employment committee</source>
        <translation>Territoires couverts par le comité local pour l&apos;emploi</translation>
    </message>
    <message>
        <source>Territories co&amp;vered</source>
        <translation>Territoires cou&amp;verts</translation>
    </message>
    <message>
        <source>What the PTI presented</source>
        <translation>Ce que le PTI y a présenté</translation>
    </message>
    <message>
        <source>Presented &amp;by the PTI</source>
        <translation>Présenté par &amp;le PTI</translation>
    </message>
</context>
<context>
    <name>pacte::MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Territory or group</source>
        <translation>Territoire ou groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partners and persons recorded as present</source>
        <translation>Partenaires et personnes enregistrés comme présents</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Filter by kind of meeting</source>
        <translation>Filtrer par type de réunion</translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation>Te&amp;rritoire</translation>
    </message>
    <message>
        <source>Filter by territory</source>
        <translation>Filtrer par territoire</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>No meeting recorded for this edition yet.</source>
        <translation>Aucune réunion n&apos;est encore enregistrée pour cette édition.</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n tenue</numerusform>
            <numerusform>%n tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévue</numerusform>
            <numerusform>%n prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>(out of %1)</source>
        <translation>(sur %1)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Instances et réunions</translation>
    </message>
    <message>
        <source>The coordinator records this meeting in the database: a working group&apos;s sheet cannot delete it.</source>
        <translation>La chargée de mission saisit cette réunion dans la base&#xa0;: la fiche d&apos;un groupe de travail ne peut pas la supprimer.</translation>
    </message>
</context>
<context>
    <name>pacte::NameHistoryField</name>
    <message>
        <source>Names over time</source>
        <translation>Noms successifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Name to add</source>
        <translation>Nom à ajouter</translation>
    </message>
    <message>
        <source>Name (France Travail…)</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Day the name took effect</source>
        <translation>Jour où le nom a pris effet</translation>
    </message>
    <message>
        <source>Add the name</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected name</source>
        <translation>Retirer le nom sélectionné</translation>
    </message>
</context>
<context>
    <name>pacte::NewFile</name>
    <message>
        <source>The file that had this name was kept as it was.</source>
        <translation>Le fichier qui portait ce nom a été gardé tel quel.</translation>
    </message>
    <message>
        <source>No file was left under this name.</source>
        <translation>Aucun fichier n&apos;a été laissé sous ce nom.</translation>
    </message>
    <message>
        <source>the temporary file could not be locked</source>
        <translation>le fichier provisoire n&apos;a pas pu être verrouillé</translation>
    </message>
    <message>
        <source>the disk did not confirm the write</source>
        <translation>le disque n&apos;a pas confirmé l&apos;écriture</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile</source>
        <translation>un fichier de ce nom est apparu entre-temps</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>pacte::NewFileAssistant</name>
    <message>
        <source>Name the département.</source>
        <translation>Nommez le département.</translation>
    </message>
    <message>
        <source>Give at least one territory: working groups, local committees and lists use them.</source>
        <translation>Indiquez au moins un territoire&#xa0;: les groupes de travail, les comités locaux et les listes s&apos;en servent.</translation>
    </message>
    <message>
        <source>Give at least one axis: working groups and actions are filed under one.</source>
        <translation>Indiquez au moins un axe&#xa0;: les groupes de travail et les actions se rangent sous l&apos;un d&apos;eux.</translation>
    </message>
</context>
<context>
    <name>pacte::OpeningCheck</name>
    <message>
        <source>Checking the whole of %1: it was not closed properly…</source>
        <translation>Vérification complète de %1 : il n&apos;a pas été fermé correctement…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
</context>
<context>
    <name>pacte::OutputPath</name>
    <message>
        <source>%1 cannot be written: %2 is not a folder.</source>
        <translation>%1 ne peut pas être écrit : %2 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 ne peut pas être écrit : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 belongs to the database %2 (its journal or its lock): choose another file name. Nothing was written.</source>
        <translation>%1 appartient à la base %2 (son journal ou son verrou) : choisissez un autre nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a special file): choose another file name. Nothing was written.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique ou un fichier spécial) : choisissez un autre nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is the file being read: writing there would replace it. Choose another file name. Nothing was written.</source>
        <translation>%1 est le fichier en cours de lecture : écrire à sa place le remplacerait. Choisissez un autre nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is a Pacte database: writing there would replace it. Choose another file name. Nothing was written.</source>
        <translation>%1 est une base Pacte : écrire à sa place la remplacerait. Choisissez un autre nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database: writing there would replace it. Choose another file name. Nothing was written.</source>
        <translation>%1 est une base de données SQLite : écrire à sa place la remplacerait. Choisissez un autre nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is a temporary file of Pacte (a file being written): choose another file name. Nothing was written.</source>
        <translation>%1 est un fichier provisoire de Pacte (un fichier en cours d&apos;écriture) : choisissez un autre nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>pacte::PartnerContributions</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unknown)</source>
        <translation>
            <numerusform>%1 (%n inconnu)</numerusform>
            <numerusform>%1 (%n inconnus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Financial contributions</source>
        <translation>Contributions financières</translation>
    </message>
    <message>
        <source>Funding lines of which the partner is the funder</source>
        <translation>Lignes de financement dont le partenaire est le financeur</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Scheme or call</source>
        <translation>Dispositif ou appel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>The partner funds no action (a funding line of an action names its funder).</source>
        <translation>Le partenaire ne finance aucune action (c&apos;est une ligne de financement de l&apos;action qui nomme son financeur).</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>sans année</translation>
    </message>
    <message>
        <source>%1: planned %2, committed %3, paid %4</source>
        <translation>%1&#xa0;: prévu %2, engagé %3, versé %4</translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s). By year: </source>
        <translation>
            <numerusform>%n ligne de financement. Par année&#xa0;: </numerusform>
            <numerusform>%n lignes de financement. Par année&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without any amount yet.</source>
        <translation>
            <numerusform>%n ligne sans aucun montant pour l&apos;instant.</numerusform>
            <numerusform>%n lignes sans aucun montant pour l&apos;instant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::PartnerEditor</name>
    <message>
        <source>Not a signatory</source>
        <translation>Non signataire</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Signature de l&apos;édition %1</translation>
    </message>
    <message>
        <source>PTI referents: none.</source>
        <translation>Référents PTI&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>PTI referents: %1.</source>
        <translation>Référents PTI&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add a referent…</source>
        <translation>Ajouter un référent…</translation>
    </message>
    <message>
        <source>Names over time</source>
        <translation>Noms successifs</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Signature&apos;s provenance: %1</source>
        <translation>Provenance de la signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where the signature comes from</source>
        <translation>D&apos;où vient la signature</translation>
    </message>
</context>
<context>
    <name>pacte::PartnerRows</name>
    <message>
        <source>Whole département</source>
        <translation>Ensemble du département</translation>
    </message>
    <message>
        <source>not a signatory</source>
        <translation>non signataire</translation>
    </message>
</context>
<context>
    <name>pacte::PartnersSection</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation>Territoires couverts</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>PTI referents</source>
        <translation>Référents PTI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Te&amp;rritory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnature</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Nouveau partenaire</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>No partner yet.</source>
        <translation>Aucun partenaire pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s) shown</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n partenaire</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signatory(ies) of %1</source>
        <translation>
            <numerusform>%n signataire de l&apos;édition %1</numerusform>
            <numerusform>%n signataires de l&apos;édition %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without referent</source>
        <translation>
            <numerusform>%n sans référent</numerusform>
            <numerusform>%n sans référent</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>New referent</source>
        <translation>Nouveau référent</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) expected to sign %1</source>
        <translation>
            <numerusform>%n partenaire attendu parmi les signataires de %1</numerusform>
            <numerusform>%n partenaires attendus parmi les signataires de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) recorded</source>
        <translation>
            <numerusform>%n signature enregistrée</numerusform>
            <numerusform>%n signatures enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::PersonEditor</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>pacte::PersonRows</name>
    <message>
        <source>Departmental PTI referent of %1</source>
        <translation>Référent PTI départemental (%1)</translation>
    </message>
</context>
<context>
    <name>pacte::PersonsSection</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Referent of &amp;territory</source>
        <translation>Référent du &amp;territoire</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>No person yet.</source>
        <translation>Aucune personne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Aucun partenaire</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) shown</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n personne</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PTI referent(s)</source>
        <translation>
            <numerusform>%n référent PTI</numerusform>
            <numerusform>%n référents PTI</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes et référents</translation>
    </message>
</context>
<context>
    <name>pacte::ProvenanceDialog</name>
    <message>
        <source>Provenance of &quot;%1&quot;</source>
        <translation>Provenance de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Where does this record come from? A figure is quoted from the pact, deduced from it, illustrative (invented for an example) or entered. Reports built on illustrative records say so on their cover and charts.</source>
        <translation>D&apos;où vient cet élément&#xa0;? Une donnée est citée du pacte, déduite du pacte, illustrative (inventée pour l&apos;exemple) ou saisie. Un rapport qui s&apos;appuie sur des données illustratives le dit sur sa couverture et ses graphiques.</translation>
    </message>
    <message>
        <source>Page or section of the pact, document</source>
        <translation>Page ou section du pacte, document</translation>
    </message>
    <message>
        <source>Why it is deduced, what is illustrative</source>
        <translation>Pourquoi c&apos;est déduit, ce qui est illustratif</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pacte::ProvenanceField</name>
    <message>
        <source>Provenance…</source>
        <translation>Provenance…</translation>
    </message>
    <message>
        <source>Where this record comes from</source>
        <translation>D&apos;où vient cet élément</translation>
    </message>
    <message>
        <source>Say whether this record is quoted from the pact, deduced, illustrative or entered.</source>
        <translation>Indiquer si cet élément est cité du pacte, déduit, illustratif ou saisi.</translation>
    </message>
    <message>
        <source>Entered on %1</source>
        <translation>Saisi le %1</translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation>Saisi par %1 le %2</translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation>Provenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>pacte::RecordEditor</name>
    <message>
        <source>Changed by someone else while you were typing: when you store your change, you will choose between the two versions.</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre pendant votre saisie : en enregistrant votre modification, vous choisirez entre les deux versions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists in the database.</source>
        <translation>« %1 » n&apos;existe plus dans la base de données.</translation>
    </message>
</context>
<context>
    <name>pacte::Records</name>
    <message>
        <source>%1 of %2, %3; quorum %4, present %5, proxies %6, voters %7, for %8, against %9, abstentions %10, not voting %11</source>
        <translation>%1 du %2, %3 ; quorum : %4, présents : %5, procurations : %6, votants : %7, pour : %8, contre : %9, abstentions : %10, ne prend pas part au vote : %11</translation>
    </message>
    <message>
        <source>Group evaluation %1</source>
        <translation>Évaluation du groupe %1</translation>
    </message>
    <message>
        <source>Local pact</source>
        <translation>Pacte local</translation>
    </message>
</context>
<context>
    <name>pacte::Renewal</name>
    <message>
        <source>%1, %2, %3 and %4</source>
        <translation>%1, %2, %3 et %4</translation>
    </message>
    <message numerus="yes">
        <source>%n axis(es)</source>
        <translation>
            <numerusform>%n axe</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to sign</source>
        <translation>
            <numerusform>%n partenaire à signer</numerusform>
            <numerusform>%n partenaires à signer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried on</source>
        <translation>
            <numerusform>%n action reconduite</numerusform>
            <numerusform>%n actions reconduites</numerusform>
        </translation>
    </message>
    <message>
        <source>a deleted edition</source>
        <translation>une édition supprimée</translation>
    </message>
    <message>
        <source>Carried over from %1 on %2: %3.</source>
        <translation>Repris de %1 le %2 : %3.</translation>
    </message>
    <message>
        <source>The final evaluation of %1 (%2) was frozen then.</source>
        <translation>L&apos;évaluation finale de %1 (%2) a alors été figée.</translation>
    </message>
    <message>
        <source>Continues &quot;%1&quot; of %2 (%3 there).</source>
        <translation>Suite de « %1 » de %2 (%3 alors).</translation>
    </message>
    <message>
        <source>This edition no longer exists.</source>
        <translation>Cette édition n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An edition is already named &quot;%1&quot;: choose another title.</source>
        <translation>Une édition s&apos;appelle déjà « %1 » : choisissez un autre titre.</translation>
    </message>
    <message>
        <source>The edition renewed, &quot;%1&quot;, no longer exists.</source>
        <translation>L&apos;édition renouvelée, « %1 », n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>pacte::RenewalDialog</name>
    <message>
        <source>New edition from an earlier one</source>
        <translation>Nouvelle édition à partir d&apos;une autre</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>Édition à &amp;renouveler</translation>
    </message>
    <message>
        <source>&amp;Title of the new edition</source>
        <translation>&amp;Titre de la nouvelle édition</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Carried over into the new edition (untick what does not go on):</source>
        <translation>Repris dans la nouvelle édition (décochez ce qui ne se poursuit pas) :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Create the edition</source>
        <translation>Créer l&apos;édition</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thématique</numerusform>
            <numerusform>%n thématiques</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, groupe %2</translation>
    </message>
    <message>
        <source>The final evaluation of %1 (%2) is already frozen.</source>
        <translation>L&apos;évaluation finale de %1 (%2) est déjà figée.</translation>
    </message>
    <message>
        <source>&amp;Freeze the figures of %1 as the final evaluation of %2</source>
        <translation>&amp;Figer les chiffres de %1 comme évaluation finale de %2</translation>
    </message>
    <message>
        <source>The final evaluation of %1 (%2) cannot be frozen yet: the year has not begun.</source>
        <translation>L&apos;évaluation finale de %1 (%2) ne peut pas encore être figée : l&apos;année n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>Axes and themes, to edit (%1 of %2)</source>
        <translation>Axes et thématiques, à modifier (%1 sur %2)</translation>
    </message>
    <message>
        <source>Partners, as signatories to be: signature pending (%1 of %2)</source>
        <translation>Partenaires, signataires à venir : signature en attente (%1 sur %2)</translation>
    </message>
    <message>
        <source>Working groups still active, with their pilot and co-pilot (%1 of %2)</source>
        <translation>Groupes de travail encore actifs, avec leur pilote et leur co-pilote (%1 sur %2)</translation>
    </message>
    <message>
        <source>Actions not finished (projet, en cours), carried on (%1 of %2)</source>
        <translation>Actions non terminées (projet, en cours), reconduites (%1 sur %2)</translation>
    </message>
    <message>
        <source>To be created: the edition, %1, %2, %3 and %4.</source>
        <translation>Seront créés : l&apos;édition, %1, %2, %3 et %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n axis(es)</source>
        <translation>
            <numerusform>%n axe</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to sign</source>
        <translation>
            <numerusform>%n partenaire à signer</numerusform>
            <numerusform>%n partenaires à signer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried on</source>
        <translation>
            <numerusform>%n action reconduite</numerusform>
            <numerusform>%n actions reconduites</numerusform>
        </translation>
    </message>
    <message>
        <source>Records carried over into the new edition</source>
        <translation>Éléments repris dans la nouvelle édition</translation>
    </message>
</context>
<context>
    <name>pacte::ReportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working document</source>
        <translation>Document de travail</translation>
    </message>
    <message>
        <source>COPIL version</source>
        <translation>Version COPIL</translation>
    </message>
    <message>
        <source>Whole département</source>
        <translation>Ensemble du département</translation>
    </message>
    <message>
        <source>Every axis</source>
        <translation>Tous les axes</translation>
    </message>
    <message>
        <source>Current data</source>
        <translation>Données actuelles</translation>
    </message>
    <message>
        <source>Year %1 (evaluation)</source>
        <translation>Année %1 (évaluation)</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>COPIL report</source>
        <translation>Rapport COPIL</translation>
    </message>
    <message>
        <source>%1: the report must end in .pdf, .odt or .html.</source>
        <translation>%1&#xa0;: le nom du rapport doit se terminer par .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>La production du rapport a été annulée.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Save the COPIL report</source>
        <translation>Enregistrer le rapport COPIL</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Texte OpenDocument (*.odt);;Page web (*.html)</translation>
    </message>
    <message>
        <source>COPIL report — print preview</source>
        <translation>Rapport COPIL — aperçu avant impression</translation>
    </message>
    <message>
        <source>Save as PDF, ODT or HTML…</source>
        <translation>Enregistrer en PDF, ODT ou HTML…</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>données du %1</translation>
    </message>
    <message>
        <source>Reading the report&apos;s data…</source>
        <translation>Lecture des données du rapport…</translation>
    </message>
</context>
<context>
    <name>pacte::ReportPreviewDialog</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>The size of the pages in the preview</source>
        <translation>La taille des pages dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Largeur de la page</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>The report&apos;s pages, drawn as they will be printed</source>
        <translation>Les pages du rapport, dessinées telles qu&apos;elles seront imprimées</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The page shown in the preview</source>
        <translation>La page affichée dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Pages laid out</source>
        <translation>Pages mises en page</translation>
    </message>
    <message>
        <source>of %1…</source>
        <translation>sur %1…</translation>
    </message>
    <message>
        <source>Printing waits until every page is laid out.</source>
        <translation>L&apos;impression attend que toutes les pages soient mises en page.</translation>
    </message>
    <message>
        <source>Laying out the pages: %1 / %2 parts…</source>
        <translation>Mise en page : %1 / %2 parties…</translation>
    </message>
</context>
<context>
    <name>pacte::Repository</name>
    <message>
        <source>&quot;%1&quot; no longer exists in the database.</source>
        <translation>« %1 » n&apos;existe plus dans la base de données.</translation>
    </message>
    <message>
        <source>Another item already has this title.</source>
        <translation>Un autre élément porte déjà ce titre.</translation>
    </message>
    <message>
        <source>Another item already has this name.</source>
        <translation>Un autre élément porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This item already exists in the database.</source>
        <translation>Cet élément existe déjà dans la base de données.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed: your role on the server does not allow it (a territorial referent changes the records of her territories only).</source>
        <translation>« %1 » n&apos;a pas été modifié : votre rôle sur le serveur ne le permet pas (une référente territoriale ne modifie que les fiches de ses territoires).</translation>
    </message>
    <message>
        <source>%1: « %2 » saved meanwhile, « %3 » in this edit</source>
        <translation>%1 : « %2 » enregistré entre-temps, « %3 » dans cette modification</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since you opened it: nothing was saved. Look at the record as it is now, then make your change again.
%2</source>
        <translation>« %1 » a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert : rien n&apos;a été enregistré. Regardez la fiche telle qu&apos;elle est maintenant, puis refaites votre modification.
%2</translation>
    </message>
    <message>
        <source>%1: « %2 » saved meanwhile, « %3 » when you read it</source>
        <translation>%1 : « %2 » enregistré entre-temps, « %3 » quand vous l&apos;avez lu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since you opened it: nothing was deleted. Look at the record as it is now, then delete it again if you still wish.
%2</source>
        <translation>« %1 » a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert : rien n&apos;a été supprimé. Regardez la fiche telle qu&apos;elle est maintenant, puis supprimez-la à nouveau si vous le souhaitez toujours.
%2</translation>
    </message>
</context>
<context>
    <name>pacte::ServerAddress</name>
    <message>
        <source>The server address %1 cannot be read: %2.</source>
        <translation>L&apos;adresse de serveur %1 est illisible : %2.</translation>
    </message>
    <message>
        <source>a bracket of the host is not closed</source>
        <translation>un crochet de l&apos;hôte n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>unexpected text after the host</source>
        <translation>texte inattendu après l&apos;hôte</translation>
    </message>
    <message>
        <source>the port « %1 » is not a number from 1 to 65535</source>
        <translation>le port « %1 » n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the database name cannot hold « / »</source>
        <translation>le nom de la base ne peut pas contenir « / »</translation>
    </message>
    <message>
        <source>a parameter has no name</source>
        <translation>un paramètre n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the value of the parameter « %1 » cannot hold spaces, « ; » or quotes</source>
        <translation>la valeur du paramètre « %1 » ne peut contenir ni espace, ni « ; », ni guillemet</translation>
    </message>
    <message>
        <source>database « %1 » on this computer&apos;s server</source>
        <translation>base « %1 » du serveur de cet ordinateur</translation>
    </message>
    <message>
        <source>database « %1 » on %2</source>
        <translation>base « %1 » sur %2</translation>
    </message>
</context>
<context>
    <name>pacte::ServerDialog</name>
    <message>
        <source>Open a database on a server</source>
        <translation>Ouvrir une base sur serveur</translation>
    </message>
    <message>
        <source>Copy to a server</source>
        <translation>Copier vers un serveur</translation>
    </message>
    <message>
        <source>A Pacte database on a PostgreSQL server, which the IT service created for the pact and shares with the team.</source>
        <translation>Une base Pacte sur un serveur PostgreSQL, créée pour le pacte par le service informatique et partagée avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>The database on the server that receives the copy: it must exist and hold no record yet (the IT service creates it, see the administration guide).</source>
        <translation>La base du serveur qui reçoit la copie&#xa0;: elle doit exister et ne contenir encore aucun enregistrement (le service informatique la crée, voir le guide d&apos;administration).</translation>
    </message>
    <message>
        <source>server.example.org</source>
        <translation>serveur.exemple.fr</translation>
    </message>
    <message>
        <source>The server&apos;s name or address; for the server of this computer, the folder of its socket (starting with « / », such as /var/run/postgresql), or nothing</source>
        <translation>Le nom ou l&apos;adresse du serveur&#xa0;; pour le serveur de cet ordinateur, le dossier de sa socket (commençant par «&#xa0;/&#xa0;», par exemple /var/run/postgresql), ou rien</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>The server&apos;s port: 5432 unless the IT service says otherwise</source>
        <translation>Le port du serveur&#xa0;: 5432, sauf indication contraire du service informatique</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>The name of the database on the server</source>
        <translation>Le nom de la base sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>Your user name on the server, which the change log records</source>
        <translation>Votre nom d&apos;utilisateur sur le serveur, que le journal des modifications enregistre</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: a service of the PostgreSQL service file (~/.pg_service.conf) that gives the server, the port and the database; the fields above that are filled take precedence</source>
        <translation>Facultatif&#xa0;: un service du fichier de services de PostgreSQL (~/.pg_service.conf) qui donne le serveur, le port et la base&#xa0;; les champs ci-dessus qui sont remplis l&apos;emportent</translation>
    </message>
    <message>
        <source>Ser&amp;vice (optional):</source>
        <translation>Ser&amp;vice (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>The address Pacte remembers in the recent files, never with a password; pacte and pacte-cli accept it wherever they accept a file</source>
        <translation>L&apos;adresse que Pacte retient dans les fichiers récents, jamais avec un mot de passe&#xa0;; pacte et pacte-cli l&apos;acceptent partout où ils acceptent un fichier</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>If the server asks for a password, Pacte asks for it when connecting and keeps it only until it closes; the PostgreSQL password file (~/.pgpass) also applies.</source>
        <translation>Si le serveur demande un mot de passe, Pacte le demande à la connexion et ne le garde que jusqu&apos;à sa fermeture&#xa0;; le fichier de mots de passe de PostgreSQL (~/.pgpass) s&apos;applique aussi.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
</context>
<context>
    <name>pacte::ServerPassword</name>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>Mot de passe de %1 pour %2&#xa0;:</translation>
    </message>
    <message>
        <source>The previous password was refused.</source>
        <translation>Le mot de passe précédent a été refusé.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Pacte keeps it only until it closes; it is never written anywhere</source>
        <translation>Pacte ne le garde que jusqu&apos;à sa fermeture&#xa0;; il n&apos;est jamais écrit nulle part</translation>
    </message>
</context>
<context>
    <name>pacte::ServerRights</name>
    <message>
        <source>Rights are managed on a server database only.</source>
        <translation>Les droits ne se gèrent que sur une base de serveur.</translation>
    </message>
    <message>
        <source>The database has no territory « %1 »: nothing was changed.</source>
        <translation>La base n&apos;a pas de territoire « %1 » : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A territorial referent needs at least one territory (--territory): nothing was changed.</source>
        <translation>Une référente territoriale a besoin d&apos;au moins un territoire (--territory) : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only a territorial referent has territories: nothing was changed.</source>
        <translation>Seule une référente territoriale a des territoires : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>pacte::Sheet</name>
    <message>
        <source>&quot;%1&quot; is not a valid date and time.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure valide.</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>this file is not a Pacte working-group sheet.</source>
        <translation>ce fichier n&apos;est pas une fiche de groupe de travail Pacte.</translation>
    </message>
    <message>
        <source>this file is not a Pacte working-group sheet (format &quot;%1&quot; expected).</source>
        <translation>ce fichier n&apos;est pas une fiche de groupe de travail Pacte (format «&#xa0;%1&#xa0;» attendu).</translation>
    </message>
    <message>
        <source>this sheet was written by a newer version of Pacte (format %1; this version reads up to format %2).</source>
        <translation>cette fiche a été produite par une version plus récente de Pacte (format %1&#xa0;; cette version lit au plus le format %2).</translation>
    </message>
    <message>
        <source>%1 is not a valid format version.</source>
        <translation>%1 n&apos;est pas un numéro de version de format valide.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>the identifier %1 is used twice in the sheet.</source>
        <translation>l&apos;identifiant %1 figure deux fois dans la fiche.</translation>
    </message>
    <message>
        <source>the theme belongs to another axis than the one given.</source>
        <translation>la thématique appartient à un autre axe que celui indiqué.</translation>
    </message>
    <message>
        <source>%1 names nothing in the sheet&apos;s lookups.</source>
        <translation>l&apos;identifiant %1 ne correspond à aucun élément des listes de la fiche.</translation>
    </message>
    <message>
        <source>%1 is too large for a working-group sheet (%2 MB; at most %3 MB).</source>
        <translation>Le fichier %1 est trop volumineux pour une fiche de groupe de travail (%2 Mo&#xa0;; %3 Mo au maximum).</translation>
    </message>
    <message>
        <source>The working group no longer exists in the database.</source>
        <translation>Le groupe de travail n&apos;existe plus dans la base.</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read</source>
        <translation>La fiche %1 ne peut pas être lue</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The sheet %1 could not be written</source>
        <translation>La fiche %1 n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>%1 is not a year of the edition &quot;%2&quot; (%3 to %4).</source>
        <translation>%1 n&apos;est pas une année de l&apos;édition «&#xa0;%2&#xa0;» (%3 à %4).</translation>
    </message>
    <message>
        <source>the group&apos;s evaluation of %1 appears twice in the sheet.</source>
        <translation>l&apos;évaluation du groupe pour %1 figure deux fois dans la fiche.</translation>
    </message>
</context>
<context>
    <name>pacte::SheetExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source> — last exported on %1, not imported yet</source>
        <translation> — dernier export le %1, pas encore importé</translation>
    </message>
    <message>
        <source> — last exported on %1, imported on %2</source>
        <translation> — dernier export le %1, importé le %2</translation>
    </message>
    <message>
        <source>Folder for the sheets</source>
        <translation>Dossier des fiches</translation>
    </message>
    <message>
        <source>The database is open read-only: exports cannot be recorded.</source>
        <translation>La base est ouverte en lecture seule&#xa0;: les exports ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) written:</source>
        <translation>
            <numerusform>%n fiche enregistrée&#xa0;:</numerusform>
            <numerusform>%n fiches enregistrées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::SheetExports</name>
    <message>
        <source>The export %1 is not recorded.</source>
        <translation>L&apos;export %1 n&apos;est pas enregistré dans la base.</translation>
    </message>
</context>
<context>
    <name>pacte::SheetImport</name>
    <message>
        <source>%1 belongs to another edition of the pact.</source>
        <translation>l&apos;identifiant %1 désigne un élément d&apos;une autre édition du pacte.</translation>
    </message>
    <message>
        <source>%1 does not exist in the database.</source>
        <translation>l&apos;identifiant %1 ne correspond à aucun élément de la base.</translation>
    </message>
    <message>
        <source>this item belongs to another working group of the database (%1); a sheet can only change its own group.</source>
        <translation>cet élément (%1) appartient à un autre groupe de travail de la base&#xa0;; une fiche ne peut modifier que son propre groupe.</translation>
    </message>
    <message>
        <source>the identifier %1 names another kind of record in the database.</source>
        <translation>l&apos;identifiant %1 désigne un autre type d&apos;élément dans la base.</translation>
    </message>
    <message>
        <source>this item belongs to another record in the database: it cannot be moved through a sheet.</source>
        <translation>cet élément est rattaché à un autre élément dans la base&#xa0;: il ne peut pas être déplacé par une fiche.</translation>
    </message>
    <message>
        <source>this sheet comes from another database (%1), not from %2.</source>
        <translation>cette fiche provient d&apos;une autre base (%1), et non de %2.</translation>
    </message>
    <message>
        <source>this database has no record of the export %1: the sheet was not exported from it, or was exported from a copy.</source>
        <translation>l&apos;export %1 est inconnu de cette base&#xa0;: la fiche a été exportée d&apos;une autre base, ou d&apos;une copie de celle-ci.</translation>
    </message>
    <message>
        <source>the working group &quot;%1&quot; of this sheet no longer exists in the database.</source>
        <translation>le groupe de travail «&#xa0;%1&#xa0;» de cette fiche n&apos;existe plus dans la base.</translation>
    </message>
    <message>
        <source>this sheet belongs to the edition &quot;%1&quot;, but its working group belongs to &quot;%2&quot; in the database.</source>
        <translation>cette fiche appartient à l&apos;édition «&#xa0;%1&#xa0;», mais son groupe de travail est rattaché à l&apos;édition «&#xa0;%2&#xa0;» dans la base.</translation>
    </message>
    <message>
        <source>The recorded export %1 cannot be read back: %2</source>
        <translation>L&apos;export %1 enregistré dans la base ne peut pas être relu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the export %1 was of the working group &quot;%2&quot;, not of this one.</source>
        <translation>l&apos;export %1 concernait le groupe de travail «&#xa0;%2&#xa0;», et non celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) must be decided before the sheet is imported.</source>
        <translation>
            <numerusform>%n conflit doit être tranché avant l&apos;import de la fiche.</numerusform>
            <numerusform>%n conflits doivent être tranchés avant l&apos;import de la fiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 of the database, not %3.</source>
        <translation>%1 est %2 de la base, pas %3.</translation>
    </message>
    <message>
        <source>%1 named another kind of record when the sheet was exported, not %2.</source>
        <translation>%1 désignait un autre type d&apos;élément lors de l&apos;export de la fiche, pas %2.</translation>
    </message>
    <message>
        <source>the identifier %1 of this new item is already that of %2 of the database: give the item an identifier of its own (or none).</source>
        <translation>l&apos;identifiant %1 de ce nouvel élément est déjà celui d&apos;%2 de la base : donnez à l&apos;élément un identifiant qui lui soit propre (ou aucun).</translation>
    </message>
    <message>
        <source>a working group&apos;s sheet can only hold the group&apos;s own meetings (%1); &quot;%2&quot; is recorded by the coordinator in the database.</source>
        <translation>la fiche d&apos;un groupe de travail ne peut contenir que les réunions du groupe (%1) ; « %2 » est saisi par la chargée de mission dans la base.</translation>
    </message>
    <message>
        <source>this meeting (%1 of %2) is recorded by the coordinator: a working group&apos;s sheet cannot change it.</source>
        <translation>cette réunion (%1 du %2) est saisie par la chargée de mission&#xa0;: la fiche d&apos;un groupe de travail ne peut pas la modifier.</translation>
    </message>
    <message>
        <source>the meeting %1 of %2 is missing: a working group&apos;s sheet cannot delete a meeting recorded by the coordinator.</source>
        <translation>la réunion %1 du %2 manque&#xa0;: la fiche d&apos;un groupe de travail ne peut pas supprimer une réunion saisie par la chargée de mission.</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>Évaluation %1</translation>
    </message>
    <message>
        <source>the evaluation of %1 is frozen: the group&apos;s evaluation of that year can no longer change; take the database&apos;s values.</source>
        <translation>l&apos;évaluation de %1 est figée&#xa0;: l&apos;évaluation du groupe pour cette année ne peut plus être modifiée&#xa0;; gardez les valeurs de la base.</translation>
    </message>
    <message>
        <source>The group « %1 » was changed by someone else while this sheet was being imported: nothing was imported. Open the sheet again to see it merged with the group as it is now.</source>
        <translation>Le groupe « %1 » a été modifié par quelqu&apos;un d&apos;autre pendant l&apos;import de cette fiche : rien n&apos;a été importé. Rouvrez la fiche pour la voir fusionnée avec le groupe tel qu&apos;il est maintenant.</translation>
    </message>
</context>
<context>
    <name>pacte::SheetImportDialog</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation>Publics ciblés</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Partenaires présents</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — working group &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;exported by %3 on %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — groupe de travail &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;fiche exportée par %3 le %4</translation>
    </message>
    <message>
        <source>, filled in by %1 (saved on %2)</source>
        <translation>, remplie par %1 (enregistrée le %2)</translation>
    </message>
    <message>
        <source>This sheet was already imported on %1 by %2. Importing it again only applies what differs from the database now.</source>
        <translation>Cette fiche a déjà été importée le %1 par %2. L&apos;importer à nouveau n&apos;applique que ce qui diffère de l&apos;état actuel de la base.</translation>
    </message>
    <message>
        <source>The group was exported again since this sheet (last on %1): this sheet may be out of date; what changed since in the database is kept all the same.</source>
        <translation>Le groupe a été exporté de nouveau depuis cette fiche (dernier export le %1)&#xa0;: cette fiche n&apos;est peut-être plus à jour&#xa0;; ce qui a changé depuis dans la base est tout de même conservé.</translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>The sheet brings no change.</source>
        <translation>La fiche n&apos;apporte aucune modification.</translation>
    </message>
    <message>
        <source>Deleted on one side, modified on the other</source>
        <translation>Supprimé d&apos;un côté, modifié de l&apos;autre</translation>
    </message>
    <message>
        <source>At the export: %1</source>
        <translation>À l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Décision pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>To decide…</source>
        <translation>À trancher…</translation>
    </message>
    <message>
        <source>Keep the database&apos;s</source>
        <translation>Garder la base</translation>
    </message>
    <message>
        <source>Take the sheet&apos;s</source>
        <translation>Prendre la fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n à trancher</numerusform>
            <numerusform>%n à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet not imported</source>
        <translation>Fiche non importée</translation>
    </message>
    <message>
        <source>Merged value…</source>
        <translation>Valeur fusionnée…</translation>
    </message>
    <message>
        <source>Conflict: choose one in the list to read its full values</source>
        <translation>Conflit&#xa0;: choisissez-en un dans la liste pour lire ses valeurs en entier</translation>
    </message>
    <message>
        <source>Conflict on %1: the full values</source>
        <translation>Conflit sur %1&#xa0;: les valeurs en entier</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>l&apos;élément</translation>
    </message>
    <message>
        <source>Effects observed</source>
        <translation>Effets observés</translation>
    </message>
    <message>
        <source>Coherence with existing schemes</source>
        <translation>Cohérence avec les dispositifs existants</translation>
    </message>
    <message>
        <source>Quality of the partnership</source>
        <translation>Qualité du partenariat</translation>
    </message>
    <message>
        <source>Partnership comment</source>
        <translation>Commentaire sur le partenariat</translation>
    </message>
    <message>
        <source>Difficulties met</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Adjustments proposed</source>
        <translation>Ajustements proposés</translation>
    </message>
    <message>
        <source>Group evaluation</source>
        <translation>Évaluation du groupe</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
</context>
<context>
    <name>pacte::SheetImportFlow</name>
    <message>
        <source>Sheet not imported</source>
        <translation>Fiche non importée</translation>
    </message>
    <message>
        <source>Sheet refused</source>
        <translation>Fiche refusée</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>La fiche %1 est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sheet already imported</source>
        <translation>Fiche déjà importée</translation>
    </message>
    <message>
        <source>This export was already imported on %1 by %2 (%3). Import it again?</source>
        <translation>Cet export a déjà été importé le %1 par %2 (fiche %3). L&apos;importer à nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Sheet %1 imported (backup: %2).</source>
        <translation>Fiche %1 importée (sauvegarde&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be imported into %2</source>
        <translation>La fiche %1 ne peut pas être importée dans %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Sheet %1 imported.</source>
        <translation>Fiche %1 importée.</translation>
    </message>
</context>
<context>
    <name>pacte::SheetMerge</name>
    <message>
        <source>(deleted)</source>
        <translation>(élément supprimé)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>Évaluation %1</translation>
    </message>
    <message>
        <source>%1: planned %2, committed %3, paid %4</source>
        <translation>%1&#xa0;: prévu %2, engagé %3, versé %4</translation>
    </message>
</context>
<context>
    <name>pacte::SheetPrint</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>%1 — print preview</source>
        <translation>%1 — aperçu avant impression</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pacte::SheetWindow</name>
    <message>
        <source>No temporary folder is available to open the sheet.</source>
        <translation>Aucun dossier temporaire n&apos;est disponible pour ouvrir la fiche.</translation>
    </message>
    <message>
        <source>Sheet refused</source>
        <translation>Fiche refusée</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>La fiche %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sheet of the working group « %1 »&lt;/b&gt; — %2 — %3&lt;br&gt;Exported by %4 on %5</source>
        <translation>&lt;b&gt;Fiche du groupe de travail «&#xa0;%1&#xa0;»&lt;/b&gt; — %2 — %3&lt;br&gt;Exportée par %4 le %5</translation>
    </message>
    <message>
        <source> · last saved by %1 on %2</source>
        <translation> · dernier enregistrement par %1 le %2</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>&amp;Enregistrer la fiche</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>A&amp;jouter un élément</translation>
    </message>
    <message>
        <source>&amp;Delete the item…</source>
        <translation>&amp;Supprimer l&apos;élément…</translation>
    </message>
    <message>
        <source>Sheet tool bar</source>
        <translation>Barre d&apos;outils de la fiche</translation>
    </message>
    <message>
        <source>%1[*] — sheet — Pacte</source>
        <translation>%1[*] — fiche — Pacte</translation>
    </message>
    <message>
        <source>Sheet not saved</source>
        <translation>Fiche non enregistrée</translation>
    </message>
    <message>
        <source>Sheet saved in %1.</source>
        <translation>Fiche enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Unsaved sheet</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Yearly evaluation</source>
        <translation>Évaluation annuelle</translation>
    </message>
    <message>
        <source>The priorities of the territory&apos;s local pact, decided by its local committee: for information, they cannot be changed in the sheet.</source>
        <translation>Les priorités du pacte local du territoire, décidées par son comité local&#xa0;: pour information, elles ne se modifient pas dans la fiche.</translation>
    </message>
    <message>
        <source>Territorial priorities</source>
        <translation>Priorités territoriales</translation>
    </message>
</context>
<context>
    <name>pacte::SheetWorkbook</name>
    <message>
        <source>Instructions</source>
        <translation>Mode d&apos;emploi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Identifier (do not change)</source>
        <translation>Identifiant (ne pas modifier)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Modalités de mise en œuvre</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Schemes (acronyms, separated by commas)</source>
        <translation>Dispositifs (sigles, séparés par des virgules)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation>Public : %1</translation>
    </message>
    <message>
        <source>Identifier of the action (do not change)</source>
        <translation>Identifiant de l&apos;action (ne pas modifier)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Identifier of the indicator (do not change)</source>
        <translation>Identifiant de l&apos;indicateur (ne pas modifier)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Sheet of the working group « %1 »</source>
        <translation>Fiche du groupe de travail « %1 »</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Co-pilot</source>
        <translation>Co-pilote</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
    <message>
        <source>This workbook is the sheet of your working group, exported from Pacte by the PTI coordination. Fill it in with Excel or LibreOffice, save it in the same format (.xlsx), and send it back to the coordination, which imports it into Pacte.</source>
        <translation>Ce classeur est la fiche de votre groupe de travail, exportée de Pacte par la coordination du PTI. Remplissez-le avec Excel ou LibreOffice, enregistrez-le dans le même format (.xlsx) et renvoyez-le à la coordination, qui l&apos;importe dans Pacte.</translation>
    </message>
    <message>
        <source>« Actions »: one row per action. Change the cells you need; choose the status, the theme, experimentation and the publics in their drop-down lists. To add an action, fill in an empty row below the others. To delete one, delete its row.</source>
        <translation>« Actions » : une ligne par action. Modifiez les cellules utiles ; choisissez le statut, la thématique, l&apos;expérimentation et les publics dans leurs listes déroulantes. Pour ajouter une action, remplissez une ligne vide sous les autres. Pour en supprimer une, supprimez sa ligne.</translation>
    </message>
    <message>
        <source>« Indicators »: the indicators of each action, named by the action&apos;s title. To add one, fill in an empty row with the title of its action.</source>
        <translation>« Indicateurs » : les indicateurs de chaque action, désignée par son intitulé. Pour en ajouter un, remplissez une ligne vide avec l&apos;intitulé de son action.</translation>
    </message>
    <message>
        <source>Dates as DD/MM/YYYY, numbers with a decimal comma. The grey identifier columns are hidden and protected: do not change them, and do not copy a row to make a new one (leave its identifier empty).</source>
        <translation>Dates au format JJ/MM/AAAA, nombres avec une virgule décimale. Les colonnes d&apos;identifiants sont masquées et protégées : ne les modifiez pas, et ne copiez pas une ligne pour en créer une nouvelle (laissez son identifiant vide).</translation>
    </message>
    <message>
        <source>If someone changed the same field in Pacte meanwhile, the coordination decides between the two values when it imports the workbook. The meetings of the group are not in this workbook.</source>
        <translation>Si quelqu&apos;un a modifié le même champ dans Pacte entre-temps, la coordination choisit entre les deux valeurs en important le classeur. Les réunions du groupe ne figurent pas dans ce classeur.</translation>
    </message>
    <message>
        <source>Choose the action&apos;s status in the list.</source>
        <translation>Choisissez le statut de l&apos;action dans la liste.</translation>
    </message>
    <message>
        <source>Choose a theme of the edition in the list.</source>
        <translation>Choisissez une thématique de l&apos;édition dans la liste.</translation>
    </message>
    <message>
        <source>oui or non</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>oui if the action is aimed at this public.</source>
        <translation>oui si l&apos;action s&apos;adresse à ce public.</translation>
    </message>
    <message>
        <source>Choose the indicator&apos;s kind in the list.</source>
        <translation>Choisissez le type de l&apos;indicateur dans la liste.</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>the sheet « %1 » of the workbook is missing: this is not a Pacte working-group workbook, or the sheet was renamed or deleted.</source>
        <translation>la feuille « %1 » du classeur manque : ce n&apos;est pas le classeur d&apos;un groupe de travail de Pacte, ou la feuille a été renommée ou supprimée.</translation>
    </message>
    <message>
        <source>the column « %1 » was expected here: the workbook&apos;s columns must stay as exported.</source>
        <translation>la colonne « %1 » était attendue ici : les colonnes du classeur doivent rester telles qu&apos;exportées.</translation>
    </message>
    <message>
        <source>Export %1 of %2</source>
        <translation>Export %1 de %2</translation>
    </message>
    <message>
        <source>This workbook is not a working group&apos;s sheet exported by Pacte (its hidden sheet « Pacte » is missing or was changed).</source>
        <translation>Ce classeur n&apos;est pas la fiche d&apos;un groupe de travail exportée par Pacte (sa feuille masquée « Pacte » manque ou a été modifiée).</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>une action doit avoir un intitulé</translation>
    </message>
    <message>
        <source>no theme of this name in the edition</source>
        <translation>aucune thématique de ce nom dans l&apos;édition</translation>
    </message>
    <message>
        <source>no scheme of this name or acronym</source>
        <translation>aucun dispositif de ce nom ou de ce sigle</translation>
    </message>
    <message>
        <source>no action of this title in the « Actions » sheet</source>
        <translation>aucune action de cet intitulé dans la feuille « Actions »</translation>
    </message>
    <message>
        <source>an indicator needs a name</source>
        <translation>un indicateur doit avoir un nom</translation>
    </message>
    <message>
        <source>this action has no indicator of this name in the « Indicators » sheet</source>
        <translation>cette action n&apos;a pas d&apos;indicateur de ce nom dans la feuille « Indicateurs »</translation>
    </message>
    <message>
        <source>a measurement needs its date</source>
        <translation>une mesure doit avoir sa date</translation>
    </message>
    <message>
        <source>« Measurements »: the dated values of each indicator, named by the action and the indicator. To add one, fill in an empty row. A value left empty is not reported: unknown, not zero.</source>
        <translation>« Mesures » : les valeurs datées de chaque indicateur, désigné par l&apos;action et l&apos;indicateur. Pour en ajouter une, remplissez une ligne vide. Une valeur laissée vide est non renseignée&#xa0;: inconnue, pas zéro.</translation>
    </message>
    <message>
        <source>« Evaluation »: the group&apos;s yearly evaluation, one row per year of the edition: the effects observed, the coherence with the existing schemes, the quality of the partnership on the scale of the drop-down list (leave it empty when not assessed), difficulties met and adjustments proposed. Pacte computes the rest (meetings held, participants, partners) from its records.</source>
        <translation>«&#xa0;Évaluation&#xa0;»&#xa0;: l&apos;évaluation annuelle du groupe, une ligne par année de l&apos;édition&#xa0;: les effets observés, la cohérence avec les dispositifs existants, la qualité du partenariat sur l&apos;échelle de la liste déroulante (laissez-la vide si elle n&apos;est pas évaluée), les difficultés rencontrées et les ajustements proposés. Pacte calcule le reste (réunions tenues, participants, partenaires) à partir de ses données.</translation>
    </message>
    <message>
        <source>Quality of the partnership</source>
        <translation>Qualité du partenariat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Effects observed on the publics or professionals</source>
        <translation>Effets observés sur les publics ou les professionnels</translation>
    </message>
    <message>
        <source>Coherence with the existing schemes</source>
        <translation>Cohérence avec les dispositifs existants</translation>
    </message>
    <message>
        <source>Partnership: comment</source>
        <translation>Partenariat&#xa0;: commentaire</translation>
    </message>
    <message>
        <source>Difficulties met</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Adjustments proposed</source>
        <translation>Ajustements proposés</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Choose on the scale, from 1 (insufficient) to 4 (very satisfactory); leave empty when not assessed.</source>
        <translation>Choisissez sur l&apos;échelle, de 1 (insuffisante) à 4 (très satisfaisante)&#xa0;; laissez vide si le partenariat n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>a year is needed here, such as 2019</source>
        <translation>une année est attendue ici, par exemple 2019</translation>
    </message>
    <message>
        <source>not a year of the edition (%1 to %2)</source>
        <translation>ce n&apos;est pas une année de l&apos;édition (%1 à %2)</translation>
    </message>
    <message>
        <source>this year has another row above</source>
        <translation>cette année a déjà une ligne plus haut</translation>
    </message>
    <message>
        <source>Territorial priorities</source>
        <translation>Priorités territoriales</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Priority of the local pact</source>
        <translation>Priorité du pacte local</translation>
    </message>
    <message>
        <source>Description (for information: it cannot be changed here)</source>
        <translation>Description (pour information&#xa0;: elle ne se modifie pas ici)</translation>
    </message>
    <message>
        <source>« Funding »: who pays for each action, one row per funding line and year. The funder is a fund of the drop-down list (« Other » with the fund&apos;s name in its column) or a partner of the list. Amounts in euros, such as 12 345,67; leave an amount empty when it is unknown (unknown is not zero). To add a year to a line, fill in an empty row with the same action, funder, scheme and reference; to add a line, an empty row with another funder or scheme.</source>
        <translation>«&#xa0;Financements&#xa0;»&#xa0;: qui finance chaque action, une ligne par ligne de financement et par année. Le financeur est un fonds de la liste déroulante («&#xa0;Autre&#xa0;» avec le nom du fonds dans sa colonne) ou un partenaire de la liste. Montants en euros, par exemple 12&#xa0;345,67&#xa0;; laissez un montant vide s&apos;il est inconnu (inconnu n&apos;est pas zéro). Pour ajouter une année à une ligne, remplissez une ligne vide avec la même action, le même financeur, le même dispositif et la même référence&#xa0;; pour ajouter une ligne de financement, une ligne vide avec un autre financeur ou un autre dispositif.</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Partner funder</source>
        <translation>Partenaire financeur</translation>
    </message>
    <message>
        <source>Or partner funder</source>
        <translation>Ou partenaire financeur</translation>
    </message>
    <message>
        <source>Other fund&apos;s name</source>
        <translation>Nom de l&apos;autre fonds</translation>
    </message>
    <message>
        <source>Scheme or call</source>
        <translation>Dispositif ou appel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Co-financing rate (%)</source>
        <translation>Taux de cofinancement (%)</translation>
    </message>
    <message>
        <source>Planned (€)</source>
        <translation>Prévu (€)</translation>
    </message>
    <message>
        <source>Committed (€)</source>
        <translation>Engagé (€)</translation>
    </message>
    <message>
        <source>Paid (€)</source>
        <translation>Versé (€)</translation>
    </message>
    <message>
        <source>an amount in euros cannot be negative</source>
        <translation>un montant en euros ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>le montant est trop grand</translation>
    </message>
    <message>
        <source>an amount in euros has two decimals at most</source>
        <translation>un montant en euros a au plus deux décimales</translation>
    </message>
    <message>
        <source>an amount in euros was expected, such as 12 345,67 (leave the cell empty when it is unknown)</source>
        <translation>un montant en euros est attendu, par exemple 12&#xa0;345,67 (laissez la cellule vide s&apos;il est inconnu)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Choose the fund in the list, or leave it empty and choose a partner.</source>
        <translation>Choisissez le fonds dans la liste, ou laissez vide et choisissez un partenaire.</translation>
    </message>
    <message>
        <source>Choose the partner who funds the action, or leave it empty and choose a fund.</source>
        <translation>Choisissez le partenaire qui finance l&apos;action, ou laissez vide et choisissez un fonds.</translation>
    </message>
    <message>
        <source>a funding line has one funder: a fund or a partner, not both</source>
        <translation>une ligne de financement a un seul financeur&#xa0;: un fonds ou un partenaire, pas les deux</translation>
    </message>
    <message>
        <source>no partner of this name</source>
        <translation>aucun partenaire de ce nom</translation>
    </message>
    <message>
        <source>a funding line needs its funder: a fund of the list or a partner</source>
        <translation>une ligne de financement doit avoir son financeur&#xa0;: un fonds de la liste ou un partenaire</translation>
    </message>
    <message>
        <source>give the other fund&apos;s name</source>
        <translation>donnez le nom de l&apos;autre fonds</translation>
    </message>
    <message>
        <source>a co-financing rate is from 0 to 100 %</source>
        <translation>un taux de cofinancement va de 0 à 100&#xa0;%</translation>
    </message>
    <message>
        <source>a year is needed here, such as 2024</source>
        <translation>une année est attendue ici, par exemple 2024</translation>
    </message>
    <message>
        <source>these amounts need their year</source>
        <translation>ces montants doivent avoir leur année</translation>
    </message>
    <message>
        <source>the rows of one funding line must agree; row %1 says otherwise</source>
        <translation>les lignes d&apos;une même ligne de financement doivent concorder&#xa0;; la ligne %1 dit autre chose</translation>
    </message>
    <message>
        <source>this funding line has this year on another row</source>
        <translation>cette ligne de financement a déjà cette année sur une autre ligne</translation>
    </message>
</context>
<context>
    <name>pacte::Spreadsheet</name>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>Le classeur n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>There is no sheet « %1 » in the workbook; its sheets are %2.</source>
        <translation>Le classeur n&apos;a pas de feuille « %1 » ; ses feuilles sont %2.</translation>
    </message>
    <message>
        <source>line %1: a quote (&quot;) opens a field that is never closed.</source>
        <translation>ligne %1 : un guillemet (&quot;) ouvre un champ qui n&apos;est jamais refermé.</translation>
    </message>
    <message>
        <source>The file is neither a CSV table nor an Excel workbook (.xlsx).</source>
        <translation>Le fichier n&apos;est ni une table CSV ni un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check that you may open it).</source>
        <translation>Le fichier %1 ne peut pas être lu (vérifiez que vous avez le droit de l&apos;ouvrir).</translation>
    </message>
    <message>
        <source>%1 is too large for a table to import (%2 MB; at most %3 MB).</source>
        <translation>%1 est trop volumineux pour une table à importer (%2 Mo ; au plus %3 Mo).</translation>
    </message>
</context>
<context>
    <name>pacte::TableFiles</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>pacte::TableImport</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation>Territoires couverts</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s function</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Co-pilot</source>
        <translation>Co-pilote</translation>
    </message>
    <message>
        <source>Pilot person</source>
        <translation>Interlocuteur pilote</translation>
    </message>
    <message>
        <source>Co-pilot person</source>
        <translation>Interlocuteur co-pilote</translation>
    </message>
    <message>
        <source>Member partners</source>
        <translation>Partenaires membres</translation>
    </message>
    <message>
        <source>Member persons</source>
        <translation>Personnes membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Territories of the group</source>
        <translation>Territoires du groupe</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation>Publics ciblés</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Modalités de mise en œuvre</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Indicator kind</source>
        <translation>Type d&apos;indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON.</source>
        <translation>La correspondance des colonnes n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object {&quot;column header&quot;: &quot;field&quot;}.</source>
        <translation>La correspondance des colonnes doit être un objet JSON {&quot;en-tête de colonne&quot;: &quot;champ&quot;}.</translation>
    </message>
    <message>
        <source>a field key (text) or null was expected.</source>
        <translation>un nom de champ (texte) ou null était attendu.</translation>
    </message>
    <message>
        <source>unknown field « %1 »; the fields are: %2.</source>
        <translation>champ « %1 » inconnu ; les champs sont : %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not a date (expected DD/MM/YYYY)</source>
        <translation>ce n&apos;est pas une date (JJ/MM/AAAA attendu)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>expected « oui » or « non »</source>
        <translation>« oui » ou « non » attendu</translation>
    </message>
    <message>
        <source>unknown value; expected one of %1</source>
        <translation>valeur inconnue ; valeurs possibles : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n records have this name; rename them in Pacte first</source>
        <translation>
            <numerusform>%n fiche porte ce nom ; renommez-les d&apos;abord dans Pacte</numerusform>
            <numerusform>%n fiches portent ce nom ; renommez-les d&apos;abord dans Pacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working groups have this name; give the group&apos;s territories in a « Territoires » column to tell them apart</source>
        <translation>
            <numerusform>%n groupe de travail porte ce nom ; indiquez les territoires du groupe dans une colonne « Territoires » pour les distinguer</numerusform>
            <numerusform>%n groupes de travail portent ce nom ; indiquez les territoires du groupe dans une colonne « Territoires » pour les distinguer</numerusform>
        </translation>
    </message>
    <message>
        <source>no axis of this number or title in the edition</source>
        <translation>aucun axe de ce numéro ou de cet intitulé dans l&apos;édition</translation>
    </message>
    <message>
        <source>no theme of this name in the edition</source>
        <translation>aucune thématique de ce nom dans l&apos;édition</translation>
    </message>
    <message>
        <source>this theme belongs to another axis</source>
        <translation>cette thématique appartient à un autre axe</translation>
    </message>
    <message>
        <source>The sheet « %1 » is empty.</source>
        <translation>La feuille « %1 » est vide.</translation>
    </message>
    <message>
        <source>line %1: no column for %2 among the headers %3. Rename the column, or give a mapping.</source>
        <translation>ligne %1 : aucune colonne pour %2 parmi les en-têtes %3. Renommez la colonne ou indiquez une correspondance des colonnes.</translation>
    </message>
    <message>
        <source>a partner needs a name</source>
        <translation>un partenaire doit avoir un nom</translation>
    </message>
    <message>
        <source>no territory of this name</source>
        <translation>aucun territoire de ce nom</translation>
    </message>
    <message>
        <source>a person needs a last name</source>
        <translation>une personne doit avoir un nom</translation>
    </message>
    <message>
        <source>no partner of this name or acronym</source>
        <translation>aucun partenaire de ce nom ou de ce sigle</translation>
    </message>
    <message>
        <source>a working group needs a name</source>
        <translation>un groupe de travail doit avoir un nom</translation>
    </message>
    <message>
        <source>no person of this name</source>
        <translation>aucune personne de ce nom</translation>
    </message>
    <message>
        <source>an action needs a title</source>
        <translation>une action doit avoir un intitulé</translation>
    </message>
    <message>
        <source>an action needs its working group</source>
        <translation>une action doit indiquer son groupe de travail</translation>
    </message>
    <message>
        <source>no working group of this name in the edition; import the groups first</source>
        <translation>aucun groupe de travail de ce nom dans l&apos;édition ; importez d&apos;abord les groupes</translation>
    </message>
    <message>
        <source>no target public of this name</source>
        <translation>aucun public cible de ce nom</translation>
    </message>
    <message>
        <source>no scheme of this name or acronym</source>
        <translation>aucun dispositif de ce nom ou de ce sigle</translation>
    </message>
    <message>
        <source>an indicator&apos;s detail without the indicator&apos;s name</source>
        <translation>un détail d&apos;indicateur sans le nom de l&apos;indicateur</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 rejected</source>
        <translation>créés : %1, mis à jour : %2, rejetés : %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Motif du rejet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected: fix them, or import the others only.</source>
        <translation>
            <numerusform>%n ligne est rejetée : corrigez-la, ou n&apos;importez que les autres.</numerusform>
            <numerusform>%n lignes sont rejetées : corrigez-les, ou n&apos;importez que les autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::TableImportDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Persons and referents</source>
        <translation>Personnes et référents</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Actions and their indicators</source>
        <translation>Actions et leurs indicateurs</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rejets.csv</translation>
    </message>
    <message>
        <source>CSV, semicolon (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, point-virgule (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The rejected rows were written to %1.</source>
        <translation>Les lignes rejetées ont été écrites dans %1.</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tableaux (*.xlsx *.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Field filled by column %1</source>
        <translation>Champ rempli par la colonne %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Dry run: %1.</source>
        <translation>Essai à blanc : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already as the sheet says.</source>
        <translation>
            <numerusform>%n fiche déjà conforme au tableau.</numerusform>
            <numerusform>%n fiches déjà conformes au tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows are never imported: fix them in the spreadsheet, or import the others.</source>
        <translation>Les lignes rejetées ne sont jamais importées : corrigez-les dans le tableau, ou importez les autres.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>%1 imported: %2 (backup: %3).</source>
        <translation>%1 importé : %2 (sauvegarde : %3).</translation>
    </message>
    <message>
        <source>%1 imported: %2.</source>
        <translation>%1 importé : %2.</translation>
    </message>
</context>
<context>
    <name>pacte::Tables</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation>Territoires couverts</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s function</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Approving body</source>
        <translation>Instance délibérante</translation>
    </message>
    <message>
        <source>Deliberation date</source>
        <translation>Date de la délibération</translation>
    </message>
    <message>
        <source>Act identifier</source>
        <translation>Identifiant de l&apos;acte</translation>
    </message>
    <message>
        <source>PTI referents</source>
        <translation>Référents PTI</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>whole département</source>
        <translation>tout le département</translation>
    </message>
    <message>
        <source>not a signatory</source>
        <translation>non signataire</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Local committees held</source>
        <translation>Comités locaux tenus</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Axes and themes</source>
        <translation>Axes et thématiques</translation>
    </message>
    <message>
        <source>Axis no.</source>
        <translation>N° d&apos;axe</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Theme description</source>
        <translation>Description de la thématique</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Co-pilot</source>
        <translation>Co-pilote</translation>
    </message>
    <message>
        <source>Pilot person</source>
        <translation>Interlocuteur pilote</translation>
    </message>
    <message>
        <source>Co-pilot person</source>
        <translation>Interlocuteur co-pilote</translation>
    </message>
    <message>
        <source>Member partners</source>
        <translation>Partenaires membres</translation>
    </message>
    <message>
        <source>Member persons</source>
        <translation>Personnes membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation>Publics ciblés</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Modalités de mise en œuvre</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Latest measurement</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Partners present</source>
        <translation>Partenaires présents</translation>
    </message>
    <message>
        <source>Persons present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Governance findings</source>
        <translation>Constats de gouvernance</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Yearly evaluation</source>
        <translation>Évaluation annuelle</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>figés</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>Active working groups</source>
        <translation>Groupes de travail actifs</translation>
    </message>
    <message>
        <source>Projects carried out</source>
        <translation>Projets réalisés</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Experimentations</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>Actions of the axis: %1</source>
        <translation>Actions de l&apos;axe : %1</translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation>(sans axe)</translation>
    </message>
    <message>
        <source>Actions of the theme: %1</source>
        <translation>Actions de la thématique : %1</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thématique)</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Tenues : %1</translation>
    </message>
    <message>
        <source>Territories with a local committee</source>
        <translation>Territoires ayant tenu un comité local</translation>
    </message>
    <message>
        <source>New partners</source>
        <translation>Nouveaux partenaires</translation>
    </message>
    <message>
        <source>Indicators measured</source>
        <translation>Indicateurs mesurés</translation>
    </message>
    <message>
        <source>Indicators on target</source>
        <translation>Indicateurs atteignant leur cible</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Local pacts</source>
        <translation>Pactes locaux</translation>
    </message>
    <message>
        <source>Territorial priorities</source>
        <translation>Priorités territoriales</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Scheme or call</source>
        <translation>Dispositif ou appel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Co-financing rate (%)</source>
        <translation>Taux de cofinancement (%)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Planned (€)</source>
        <translation>Prévu (€)</translation>
    </message>
    <message>
        <source>Committed (€)</source>
        <translation>Engagé (€)</translation>
    </message>
    <message>
        <source>Paid (€)</source>
        <translation>Versé (€)</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Ce qui a bougé</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
</context>
<context>
    <name>pacte::TerritoriesSection</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Local committees held</source>
        <translation>CLA tenus</translation>
    </message>
    <message>
        <source>Département referent</source>
        <translation>Référent départemental</translation>
    </message>
    <message>
        <source>&amp;New territory</source>
        <translation>&amp;Nouveau territoire</translation>
    </message>
    <message>
        <source>No territory yet.</source>
        <translation>Aucun territoire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Nouveau territoire</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>In this edition: %1, %2, %3.</source>
        <translation>Dans cette édition&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local committee meeting(s) held</source>
        <translation>
            <numerusform>%n réunion du comité local d&apos;animation tenue</numerusform>
            <numerusform>%n réunions du comité local d&apos;animation tenues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::UuidLookup</name>
    <message>
        <source>a territory</source>
        <translation>un territoire</translation>
    </message>
    <message>
        <source>an edition of the pact</source>
        <translation>une édition du pacte</translation>
    </message>
    <message>
        <source>an axis</source>
        <translation>un axe</translation>
    </message>
    <message>
        <source>a theme</source>
        <translation>une thématique</translation>
    </message>
    <message>
        <source>a target public</source>
        <translation>un public cible</translation>
    </message>
    <message>
        <source>a dispositif</source>
        <translation>un dispositif</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>un partenaire</translation>
    </message>
    <message>
        <source>a signature</source>
        <translation>une signature</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>a working group</source>
        <translation>un groupe de travail</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>une action</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>un indicateur</translation>
    </message>
    <message>
        <source>a measurement</source>
        <translation>une mesure</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>une réunion</translation>
    </message>
    <message>
        <source>an evaluation</source>
        <translation>une évaluation</translation>
    </message>
    <message>
        <source>an export of a working-group sheet</source>
        <translation>un export de fiche de groupe de travail</translation>
    </message>
    <message>
        <source>a working group&apos;s evaluation</source>
        <translation>une évaluation de groupe de travail</translation>
    </message>
    <message>
        <source>a local pact</source>
        <translation>un pacte local</translation>
    </message>
</context>
<context>
    <name>pacte::Validation</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>The edition needs a title, such as &quot;PTI 2022-2025&quot;.</source>
        <translation>L&apos;édition doit avoir un titre, par exemple « PTI 2022-2025 ».</translation>
    </message>
    <message>
        <source>The edition needs a start date.</source>
        <translation>La date de début de l&apos;édition est obligatoire.</translation>
    </message>
    <message>
        <source>The edition needs an end date.</source>
        <translation>La date de fin de l&apos;édition est obligatoire.</translation>
    </message>
    <message>
        <source>The territory needs a name.</source>
        <translation>Le nom du territoire est obligatoire.</translation>
    </message>
    <message>
        <source>The axis needs a title.</source>
        <translation>L&apos;intitulé de l&apos;axe est obligatoire.</translation>
    </message>
    <message>
        <source>The axis number must be 1 or more.</source>
        <translation>Le numéro de l&apos;axe doit être supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The theme needs a name.</source>
        <translation>Le nom de la thématique est obligatoire.</translation>
    </message>
    <message>
        <source>The target public needs a name.</source>
        <translation>Le nom du public ciblé est obligatoire.</translation>
    </message>
    <message>
        <source>The scheme needs a name or an acronym.</source>
        <translation>Le dispositif doit avoir un nom ou un sigle.</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>Le nom du partenaire est obligatoire.</translation>
    </message>
    <message>
        <source>The signature must name the edition signed.</source>
        <translation>La signature doit préciser l&apos;édition signée.</translation>
    </message>
    <message>
        <source>The vote counts cannot be negative.</source>
        <translation>Le décompte des voix ne peut pas comporter de nombre négatif.</translation>
    </message>
    <message>
        <source>The deliberation cannot be published before the meeting that adopted it.</source>
        <translation>La délibération ne peut pas être publiée avant la séance qui l&apos;a adoptée.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Le nom de la personne est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>A territory referent must name the territory.</source>
        <translation>Le territoire d&apos;un référent PTI départemental doit être précisé.</translation>
    </message>
    <message>
        <source>The working group needs a name.</source>
        <translation>Le nom du groupe de travail est obligatoire.</translation>
    </message>
    <message>
        <source>The working group must belong to an edition.</source>
        <translation>Le groupe de travail doit être rattaché à une édition.</translation>
    </message>
    <message>
        <source>The working group needs at least one territory.</source>
        <translation>Le groupe de travail doit couvrir au moins un territoire.</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>L&apos;intitulé de l&apos;action est obligatoire.</translation>
    </message>
    <message>
        <source>The action must belong to a working group.</source>
        <translation>L&apos;action doit être rattachée à un groupe de travail.</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>Le nom de l&apos;indicateur est obligatoire.</translation>
    </message>
    <message>
        <source>The baseline and target must be numbers.</source>
        <translation>La valeur de référence et la valeur cible doivent être des nombres.</translation>
    </message>
    <message>
        <source>The measurement needs a date.</source>
        <translation>La date de la mesure est obligatoire.</translation>
    </message>
    <message>
        <source>The measured value and its target must be numbers.</source>
        <translation>La valeur mesurée et la valeur cible correspondante doivent être des nombres.</translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation>La date de la réunion est obligatoire.</translation>
    </message>
    <message>
        <source>The meeting must belong to an edition.</source>
        <translation>La réunion doit être rattachée à une édition.</translation>
    </message>
    <message>
        <source>The head count cannot be negative.</source>
        <translation>Le nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A local committee or a seminar takes place in a territory.</source>
        <translation>Un comité local d&apos;animation ou un séminaire territorial doit être rattaché à un territoire.</translation>
    </message>
    <message>
        <source>A working-group meeting must name its group.</source>
        <translation>Une réunion de groupe de travail doit préciser le groupe concerné.</translation>
    </message>
    <message>
        <source>The evaluation must belong to an edition.</source>
        <translation>L&apos;évaluation doit être rattachée à une édition.</translation>
    </message>
    <message>
        <source>The evaluation year is not plausible.</source>
        <translation>L&apos;année de l&apos;évaluation n&apos;est pas vraisemblable.</translation>
    </message>
    <message>
        <source>The new edition must begin after the end of %1 (%2): a pact succeeds the one it renews.</source>
        <translation>La nouvelle édition doit commencer après la fin de %1 (%2) : un pacte succède à celui qu&apos;il renouvelle.</translation>
    </message>
    <message>
        <source>An action cannot continue itself.</source>
        <translation>Une action ne peut pas se poursuivre elle-même.</translation>
    </message>
    <message>
        <source>A declared figure must lie between 1 and %1.</source>
        <translation>Un chiffre déclaré doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>A declared figure needs its source: quote the sentence of the pact that states it.</source>
        <translation>Un chiffre déclaré doit citer sa source : la phrase du pacte qui l&apos;énonce.</translation>
    </message>
    <message>
        <source>Each name of the history needs its text.</source>
        <translation>Chaque nom de l&apos;historique doit être écrit.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; must take effect between 1900 and 2100 (%2 given).</source>
        <translation>Le nom « %1 » doit prendre effet entre 1900 et 2100 (%2 donné).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>Two names take effect on the same day (%1): &quot;%2&quot; and &quot;%3&quot;. Keep one per day.</source>
        <translation>Deux noms prennent effet le même jour (%1) : « %2 » et « %3 ». Gardez-en un par jour.</translation>
    </message>
    <message>
        <source>The names over time must be listed oldest first.</source>
        <translation>Les noms successifs doivent être rangés du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>The latest name of the history (&quot;%1&quot;) must be the partner&apos;s current name (&quot;%2&quot;).</source>
        <translation>Le nom le plus récent de l&apos;historique (« %1 ») doit être le nom actuel du partenaire (« %2 »).</translation>
    </message>
    <message>
        <source>A local employment committee covers at least one territory of the PTI.</source>
        <translation>Un comité local pour l&apos;emploi couvre au moins un territoire du PTI.</translation>
    </message>
    <message>
        <source>Only a local employment committee covers several territories: choose the meeting&apos;s territory instead.</source>
        <translation>Seul un comité local pour l&apos;emploi couvre plusieurs territoires : choisissez plutôt le territoire de la réunion.</translation>
    </message>
    <message>
        <source>The day the figures describe (%1) is not in %2: choose a day of %2.</source>
        <translation>Le jour que décrivent les chiffres (%1) n&apos;est pas en %2&#xa0;: choisissez un jour de %2.</translation>
    </message>
    <message>
        <source>The group evaluation must belong to a working group.</source>
        <translation>L&apos;évaluation doit appartenir à un groupe de travail.</translation>
    </message>
    <message>
        <source>The indicator template needs a name.</source>
        <translation>L&apos;indicateur type doit avoir un nom.</translation>
    </message>
    <message>
        <source>The suggested target must be a number.</source>
        <translation>La cible suggérée doit être un nombre.</translation>
    </message>
    <message>
        <source>funding line %1</source>
        <translation>ligne de financement %1</translation>
    </message>
    <message>
        <source>funding line %1 (%2)</source>
        <translation>ligne de financement %1 (%2)</translation>
    </message>
    <message>
        <source>The %1 needs a funder: a partner or a fund.</source>
        <translation>La %1 n&apos;a pas de financeur&#xa0;: choisissez un partenaire ou un fonds.</translation>
    </message>
    <message>
        <source>The %1 has both a partner and a fund as its funder.</source>
        <translation>La %1 a à la fois un partenaire et un fonds pour financeur.</translation>
    </message>
    <message>
        <source>The %1 names another fund: give its name.</source>
        <translation>La %1 indique un autre financeur&#xa0;: donnez son nom.</translation>
    </message>
    <message>
        <source>The co-financing rate of the %1 must be from 0 to 100 %.</source>
        <translation>Le taux de cofinancement de la %1 doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The %1 has the year %2 twice: one row per year.</source>
        <translation>La %1 a deux fois l&apos;année %2&#xa0;: une ligne par année.</translation>
    </message>
    <message>
        <source>An amount of the %1 for %2 is negative.</source>
        <translation>Un montant de la %1 pour %2 est négatif.</translation>
    </message>
    <message>
        <source>The %1 has amounts for %2, outside the edition&apos;s years (%3 to %4).</source>
        <translation>La %1 a des montants pour %2, hors des années de l&apos;édition (%3 à %4).</translation>
    </message>
    <message>
        <source>Each commitment needs its text.</source>
        <translation>Chaque engagement doit avoir un texte.</translation>
    </message>
    <message>
        <source>Each commitment must name the edition of the pact it belongs to.</source>
        <translation>Chaque engagement doit préciser l&apos;édition du pacte à laquelle il appartient.</translation>
    </message>
    <message>
        <source>A commitment belongs to a signatory: record first the partner&apos;s signature of that edition (the commitment &quot;%1&quot;).</source>
        <translation>Un engagement est celui d&apos;un signataire&#xa0;: enregistrez d&apos;abord la signature de cette édition par le partenaire (l&apos;engagement «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The local pact must belong to an edition.</source>
        <translation>Le pacte local doit appartenir à une édition.</translation>
    </message>
    <message>
        <source>The local pact must belong to a territory.</source>
        <translation>Le pacte local doit appartenir à un territoire.</translation>
    </message>
    <message>
        <source>Priority %1 has no title: give it one.</source>
        <translation>La priorité %1 n&apos;a pas d&apos;intitulé&#xa0;: donnez-lui en un.</translation>
    </message>
    <message>
        <source>The review year %1 is not plausible.</source>
        <translation>L&apos;année de bilan %1 n&apos;est pas plausible.</translation>
    </message>
    <message>
        <source>The local pact has two reviews for %1: one per year.</source>
        <translation>Le pacte local a deux bilans pour %1&#xa0;: un seul par an.</translation>
    </message>
    <message>
        <source>The review of %1 is outside the edition (%2 to %3).</source>
        <translation>Le bilan de %1 est hors de l&apos;édition (%2 à %3).</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; serves an axis of another edition.</source>
        <translation>La priorité «&#xa0;%1&#xa0;» sert un axe d&apos;une autre édition.</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; serves a theme of another edition.</source>
        <translation>La priorité «&#xa0;%1&#xa0;» sert une thématique d&apos;une autre édition.</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is carried by a group of another edition.</source>
        <translation>La priorité «&#xa0;%1&#xa0;» est portée par un groupe d&apos;une autre édition.</translation>
    </message>
    <message>
        <source>The priority &quot;%1&quot; is carried by an action of another edition.</source>
        <translation>La priorité «&#xa0;%1&#xa0;» est portée par une action d&apos;une autre édition.</translation>
    </message>
    <message>
        <source>an axis</source>
        <translation>un axe</translation>
    </message>
    <message>
        <source>a theme</source>
        <translation>une thématique</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>une action</translation>
    </message>
    <message>
        <source>The commitment &quot;%1&quot; is linked to %2 of another edition of the pact: link it only to the axes, themes and actions of its edition.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» est lié à %2 d&apos;une autre édition du pacte&#xa0;: ne le liez qu&apos;aux axes, thématiques et actions de son édition.</translation>
    </message>
    <message>
        <source>The commitment &quot;%1&quot; is linked to %2 that no longer exists.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» est lié à %2 qui n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>pacte::Workbook</name>
    <message>
        <source>The table %1 has %L2 rows, more than a spreadsheet holds (%L3).</source>
        <translation>La table %1 compte %L2 lignes, plus qu&apos;une feuille de calcul ne peut en contenir (%L3).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Territorial pact for insertion (PTI): the edition&apos;s tables</source>
        <translation>Pacte territorial pour l&apos;insertion : les tables de l&apos;édition</translation>
    </message>
    <message>
        <source>Written by Pacte on %1; figures of the day, evaluation counts per year.</source>
        <translation>Écrit par Pacte le %1 ; chiffres du jour, décomptes de l&apos;évaluation par année.</translation>
    </message>
</context>
<context>
    <name>pacte::Xlsx</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>No temporary folder could be created to write the workbook.</source>
        <translation>Aucun dossier temporaire n&apos;a pu être créé pour écrire le classeur.</translation>
    </message>
    <message>
        <source>The workbook could not be created in the temporary folder.</source>
        <translation>Le classeur n&apos;a pas pu être créé dans le dossier temporaire.</translation>
    </message>
    <message>
        <source>The workbook would have more rows or columns than a spreadsheet can hold.</source>
        <translation>Le classeur aurait plus de lignes ou de colonnes qu&apos;une feuille de calcul ne peut en contenir.</translation>
    </message>
    <message>
        <source>The workbook could not be written (libxlsxwriter error %1).</source>
        <translation>Le classeur n&apos;a pas pu être écrit (erreur %1 de libxlsxwriter).</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; could not be added to the workbook.</source>
        <translation>La feuille « %1 » n&apos;a pas pu être ajoutée au classeur.</translation>
    </message>
    <message>
        <source>The workbook written in the temporary folder cannot be read back.</source>
        <translation>Le classeur écrit dans le dossier temporaire ne peut pas être relu.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The file is not a workbook (.xlsx): it is not a readable zip archive.</source>
        <translation>Le fichier n&apos;est pas un classeur (.xlsx) : ce n&apos;est pas une archive zip lisible.</translation>
    </message>
    <message>
        <source>The workbook is incomplete: its part %1 is missing.</source>
        <translation>Le classeur est incomplet : sa partie %1 manque.</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is too large to be read.</source>
        <translation>La partie %1 du classeur est trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be read.</source>
        <translation>Le classeur est endommagé : sa partie %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is not valid XML (line %2).</source>
        <translation>Le classeur est endommagé : sa partie %1 n&apos;est pas du XML valide (ligne %2).</translation>
    </message>
    <message>
        <source>The workbook is damaged: a cell of %1 names a text that does not exist.</source>
        <translation>Le classeur est endommagé : une cellule de %1 renvoie à un texte qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet %1 has more rows than a spreadsheet holds.</source>
        <translation>La feuille %1 du classeur a plus de lignes qu&apos;une feuille de calcul ne peut en contenir.</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet %1 has more columns than a spreadsheet holds.</source>
        <translation>La feuille %1 du classeur a plus de colonnes qu&apos;une feuille de calcul ne peut en contenir.</translation>
    </message>
    <message>
        <source>The file is not a workbook (.xlsx): it is not a zip archive.</source>
        <translation>Le fichier n&apos;est pas un classeur (.xlsx) : ce n&apos;est pas une archive zip.</translation>
    </message>
    <message>
        <source>The file is not a workbook (.xlsx): it holds no spreadsheet (%1 is missing).</source>
        <translation>Le fichier n&apos;est pas un classeur (.xlsx) : il ne contient aucune feuille de calcul (%1 manque).</translation>
    </message>
    <message>
        <source>The workbook holds no sheet of cells.</source>
        <translation>Le classeur ne contient aucune feuille de cellules.</translation>
    </message>
</context>
<context>
    <name>pacte::cli</name>
    <message>
        <source>usage: pacte-cli %1</source>
        <translation>usage : pacte-cli %1</translation>
    </message>
    <message>
        <source>wrong number of arguments.</source>
        <translation>nombre d&apos;arguments incorrect.</translation>
    </message>
    <message>
        <source>The database holds no edition of the pact.</source>
        <translation>La base ne contient aucune édition du pacte.</translation>
    </message>
    <message>
        <source>No edition is named &quot;%1&quot; (editions: %2).</source>
        <translation>Aucune édition ne porte le titre « %1 » (éditions : %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>« %1 » n&apos;est pas une date valide (format attendu : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>missing -o OUT.json.</source>
        <translation>option -o OUT.json manquante.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier %1 enregistré.</translation>
    </message>
    <message>
        <source>%1 is too large for a Pacte dump (over 200 MB).</source>
        <translation>%1 est trop volumineux pour un export Pacte (plus de 200 Mo).</translation>
    </message>
    <message>
        <source>The file %1 already exists: the dump is restored into a new file.</source>
        <translation>Le fichier %1 existe déjà : un export ne peut être restauré que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 restauré dans %2.</translation>
    </message>
    <message>
        <source>--scale needs a whole number between 1 and 10000.</source>
        <translation>--scale attend un nombre entier compris entre 1 et 10000.</translation>
    </message>
    <message>
        <source>Created %1: %2 working groups and %3 actions added to the current edition.</source>
        <translation>Base %1 créée : %2 groupes de travail et %3 actions ajoutés à l&apos;édition en cours.</translation>
    </message>
    <message>
        <source>Created %1 with the Hérault demo data.</source>
        <translation>Base %1 créée avec les données de démonstration de l&apos;Hérault.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Base %1 créée.</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Édition : %1</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>Personnes : %1</translation>
    </message>
    <message>
        <source>Territories: %1</source>
        <translation>Territoires : %1</translation>
    </message>
    <message>
        <source>Axes: %1 (%2 themes)</source>
        <translation>Axes : %1 (thématiques : %2)</translation>
    </message>
    <message>
        <source>Working groups: %1</source>
        <translation>Groupes de travail : %1</translation>
    </message>
    <message>
        <source>Actions: %1 (experimentations: %2)</source>
        <translation>Actions : %1 (expérimentations : %2)</translation>
    </message>
    <message>
        <source>Actions by axis:</source>
        <translation>Actions par axe :</translation>
    </message>
    <message>
        <source>Actions by territory:</source>
        <translation>Actions par territoire :</translation>
    </message>
    <message>
        <source>Meetings: %1 (held: %2)</source>
        <translation>Réunions : %1 (tenues : %2)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>--date and --year cannot be used together.</source>
        <translation>--date et --year ne peuvent pas être utilisées ensemble.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (expected YYYY).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une année valide (format attendu&#xa0;: AAAA).</translation>
    </message>
    <message>
        <source>%1 is not a year of %2 (%3 to %4).</source>
        <translation>%1 n&apos;est pas une année de l&apos;édition %2 (%3 à %4).</translation>
    </message>
    <message>
        <source>The year %1 has not begun yet.</source>
        <translation>L&apos;année %1 n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thématique)</translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation>(sans axe)</translation>
    </message>
    <message>
        <source>%1, evaluation of %2: frozen on %3 by %4 (figures as of %5).</source>
        <translation>%1, évaluation %2&#xa0;: figée le %3 par %4 (chiffres au %5).</translation>
    </message>
    <message>
        <source>%1, evaluation of %2: not frozen (data as of %3).</source>
        <translation>%1, évaluation %2&#xa0;: non figée (données au %3).</translation>
    </message>
    <message>
        <source>Working groups: %1 (active: %2)</source>
        <translation>Groupes de travail&#xa0;: %1 (actifs&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Actions: %1, projects carried out (completed or running): %2</source>
        <translation>Actions&#xa0;: %1, projets réalisés (actions réalisées ou en fonctionnement)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Actions by theme:</source>
        <translation>Actions par thématique&#xa0;:</translation>
    </message>
    <message>
        <source>Experimentations: %1</source>
        <translation>Expérimentations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meetings held during the year: %1; territories whose local committee met: %2</source>
        <translation>Réunions tenues dans l&apos;année&#xa0;: %1&#xa0;; territoires dont le comité local d&apos;animation s&apos;est réuni&#xa0;: %2</translation>
    </message>
    <message>
        <source>New partners since the previous pact: %1</source>
        <translation>Nouveaux partenaires depuis le pacte précédent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indicators: %1, measured: %2, on target: %3</source>
        <translation>Indicateurs&#xa0;: %1, mesurés&#xa0;: %2, cible atteinte&#xa0;: %3</translation>
    </message>
    <message>
        <source>--edition and --year are required.</source>
        <translation>--edition et --year sont obligatoires.</translation>
    </message>
    <message>
        <source>The %1 evaluation of %2 is frozen.</source>
        <translation>L&apos;évaluation %1 de l&apos;édition %2 est figée.</translation>
    </message>
    <message>
        <source>Year %1: frozen evaluation (figures as of %2).</source>
        <translation>Année %1&#xa0;: évaluation figée (chiffres au %2).</translation>
    </message>
    <message>
        <source>Year %1: data as of %2 (no frozen evaluation).</source>
        <translation>Année %1&#xa0;: données au %2 (aucune évaluation figée).</translation>
    </message>
    <message>
        <source>No working group has the identifier %1.</source>
        <translation>Aucun groupe de travail ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No working group is named &quot;%1&quot;.</source>
        <translation>Aucun groupe de travail ne porte le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several working groups are named &quot;%1&quot;: give the identifier of one of them.
%2</source>
        <translation>Plusieurs groupes de travail portent le nom «&#xa0;%1&#xa0;»&#xa0;: indiquez l&apos;identifiant de l&apos;un d&apos;eux.
%2</translation>
    </message>
    <message>
        <source>missing --group or -o.</source>
        <translation>option --group ou -o manquante.</translation>
    </message>
    <message>
        <source>Wrote the sheet of &quot;%1&quot; to %2 (export %3).</source>
        <translation>Fiche du groupe «&#xa0;%1&#xa0;» enregistrée dans %2 (export %3).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>    CONFLICT: %1 in the database, %2 in the sheet</source>
        <translation>    CONFLIT&#xa0;: %1 dans la base, %2 dans la fiche</translation>
    </message>
    <message>
        <source>    CONFLICT %1: database %2, sheet %3 (at export: %4)</source>
        <translation>    CONFLIT sur %1&#xa0;: base %2, fiche %3 (à l&apos;export&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1 : this export was already imported on %2 by %3 (from %4). Use --again to import it once more.</source>
        <translation>%1&#xa0;: cet export a déjà été importé le %2 par %3 (fiche %4). Ajoutez --again pour l&apos;importer à nouveau.</translation>
    </message>
    <message>
        <source>%1 : note: the group was exported again since this sheet (last on %2); its changes are merged all the same.</source>
        <translation>%1&#xa0;: remarque&#xa0;: le groupe a été exporté de nouveau depuis cette fiche (dernier export le %2)&#xa0;; ses modifications sont tout de même fusionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n conflict(s) between the sheet and the database; nothing was imported. Decide them in Pacte (File ▸ Import a sheet).</source>
        <translation>
            <numerusform>%1&#xa0;: %n conflit entre la fiche et la base&#xa0;; rien n&apos;a été importé. Tranchez-le dans Pacte (Fichier ▸ Importer une fiche).</numerusform>
            <numerusform>%1&#xa0;: %n conflits entre la fiche et la base&#xa0;; rien n&apos;a été importé. Tranchez-les dans Pacte (Fichier ▸ Importer une fiche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to import; nothing was changed (--dry-run).</source>
        <translation>
            <numerusform>%n modification à importer&#xa0;; rien n&apos;a été modifié (--dry-run).</numerusform>
            <numerusform>%n modifications à importer&#xa0;; rien n&apos;a été modifié (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) imported from %1 (backup: %2).</source>
        <translation>
            <numerusform>%n modification importée depuis %1 (sauvegarde&#xa0;: %2).</numerusform>
            <numerusform>%n modifications importées depuis %1 (sauvegarde&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No territory is named &quot;%1&quot; (territories: %2).</source>
        <translation>Aucun territoire ne porte le nom «&#xa0;%1&#xa0;» (territoires&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 has no axis &quot;%2&quot; (axes: %3).</source>
        <translation>L&apos;édition %1 ne comporte aucun axe «&#xa0;%2&#xa0;» (axes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>L&apos;option -o OUT est obligatoire.</translation>
    </message>
    <message>
        <source>%1: the report must end in .pdf, .odt or .html.</source>
        <translation>%1&#xa0;: le nom du rapport doit se terminer par .pdf, .odt ou .html.</translation>
    </message>
    <message>
        <source>%1: %2, %3 and %4.</source>
        <translation>%1 : %2, dont %3 et %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2, %3, %4 and %5.</source>
        <translation>Depuis %1 : %2, %3, %4 et %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n changement de statut</numerusform>
            <numerusform>%n changements de statut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) moved</source>
        <translation>
            <numerusform>%n indicateur ayant évolué</numerusform>
            <numerusform>%n indicateurs ayant évolué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail créé</numerusform>
            <numerusform>%n groupes de travail créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) closed</source>
        <translation>
            <numerusform>%n groupe de travail clos</numerusform>
            <numerusform>%n groupes de travail clos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: list editions, groups, territories or axes.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez editions, groups, territories ou axes.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base Pacte</translation>
    </message>
    <message>
        <source>the database to create</source>
        <translation>la base Pacte à créer</translation>
    </message>
    <message>
        <source>the edition, by its title</source>
        <translation>l&apos;édition, désignée par son titre</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>produire une sortie au format JSON</translation>
    </message>
    <message>
        <source>that year&apos;s frozen evaluation, or the data as of 31 December of that year</source>
        <translation>l&apos;évaluation figée de cette année, ou les données au 31 décembre de cette année</translation>
    </message>
    <message>
        <source>fill it with the Hérault demo data</source>
        <translation>la remplir avec les données de démonstration de l&apos;Hérault</translation>
    </message>
    <message>
        <source>check as of this day (default: today)</source>
        <translation>date de référence du contrôle (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>check that year, as of its 31 December</source>
        <translation>contrôler cette année, à la date du 31 décembre</translation>
    </message>
    <message>
        <source>the year evaluated</source>
        <translation>l&apos;année évaluée</translation>
    </message>
    <message>
        <source>freeze the year&apos;s figures (once)</source>
        <translation>figer les chiffres de l&apos;année (une seule fois)</translation>
    </message>
    <message>
        <source>the final evaluation rather than the yearly one</source>
        <translation>l&apos;évaluation finale plutôt que l&apos;évaluation annuelle</translation>
    </message>
    <message>
        <source>the report to write: .pdf, .odt or .html</source>
        <translation>le rapport à produire&#xa0;: .pdf, .odt ou .html</translation>
    </message>
    <message>
        <source>only this territory</source>
        <translation>ce territoire uniquement</translation>
    </message>
    <message>
        <source>only this axis, by number or title</source>
        <translation>cet axe uniquement, désigné par son numéro ou son intitulé</translation>
    </message>
    <message>
        <source>the COPIL version rather than a working document</source>
        <translation>la version COPIL plutôt qu&apos;un document de travail</translation>
    </message>
    <message>
        <source>the full dump to read</source>
        <translation>l&apos;export complet à lire</translation>
    </message>
    <message>
        <source>the working group (name or identifier)</source>
        <translation>le groupe de travail (nom ou identifiant)</translation>
    </message>
    <message>
        <source>show what the import would change, and change nothing</source>
        <translation>afficher ce que l&apos;import modifierait, sans rien modifier</translation>
    </message>
    <message>
        <source>import a sheet whose export was already imported</source>
        <translation>importer une fiche dont l&apos;export a déjà été importé</translation>
    </message>
    <message>
        <source>size: 10·N working groups and 100·N actions</source>
        <translation>taille : 10·N groupes de travail et 100·N actions</translation>
    </message>
    <message>
        <source>the edition of the groups or axes listed (default: all editions)</source>
        <translation>l&apos;édition des groupes ou des axes listés (par défaut&#xa0;: toutes les éditions)</translation>
    </message>
    <message>
        <source>create a database (with the demo data)</source>
        <translation>créer une base Pacte (avec les données de démonstration)</translation>
    </message>
    <message>
        <source>FILE must not exist yet. It is created empty, or with the demo data of the Hérault&apos;s pact.</source>
        <translation>FILE ne doit pas encore exister. La base est créée vide, ou avec les données de démonstration du pacte de l&apos;Hérault.</translation>
    </message>
    <message>
        <source>counts of an edition, or of one year</source>
        <translation>décomptes d&apos;une édition ou d&apos;une année</translation>
    </message>
    <message>
        <source>governance rules and sheet completeness</source>
        <translation>règles de gouvernance et complétude des fiches action</translation>
    </message>
    <message>
        <source>the yearly evaluation: counts of §1.4 and changes since the year before</source>
        <translation>l&apos;évaluation annuelle&#xa0;: décomptes du §&#xa0;1.4 et évolutions depuis l&apos;année précédente</translation>
    </message>
    <message>
        <source>the COPIL report, as PDF, OpenDocument text or HTML</source>
        <translation>le rapport COPIL, au format PDF, texte OpenDocument ou HTML</translation>
    </message>
    <message>
        <source>The format follows the extension of OUT. Names of territories and axes may be typed without accents or capitals. Nothing is written when something fails.</source>
        <translation>Le format suit l&apos;extension de OUT. Les noms de territoires et d&apos;axes peuvent être tapés sans accents ni majuscules. Rien n&apos;est écrit en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>restore a full dump into a new FILE</source>
        <translation>restaurer un export complet dans un nouveau fichier FILE</translation>
    </message>
    <message>
        <source>FILE must not exist yet.</source>
        <translation>FILE ne doit pas encore exister.</translation>
    </message>
    <message>
        <source>export a working group&apos;s sheet for its referents</source>
        <translation>exporter la fiche d&apos;un groupe de travail pour ses référents</translation>
    </message>
    <message>
        <source>merge a sheet back into the database (exit 1 on conflicts)</source>
        <translation>fusionner une fiche renvoyée avec la base (code de sortie 1 en cas de conflit)</translation>
    </message>
    <message>
        <source>A three-way merge of the sheet as exported, the sheet sent back and the database: what the referents changed is applied after a backup copy of FILE. When both sides changed a field differently, nothing is imported and the exit code is 1: decide those conflicts in Pacte (File ▸ Import a sheet).</source>
        <translation>Une fusion à trois entre la fiche telle qu&apos;exportée, la fiche renvoyée et la base&#xa0;: ce que les référents ont modifié est appliqué, après une copie de sauvegarde de FILE. Si les deux côtés ont modifié un même champ différemment, rien n&apos;est importé et le code de sortie est 1&#xa0;: tranchez ces conflits dans Pacte (Fichier ▸ Importer une fiche).</translation>
    </message>
    <message>
        <source>synthetic data for benchmarks</source>
        <translation>données synthétiques pour les tests de performance</translation>
    </message>
    <message>
        <source>names of the editions, working groups, territories or axes, one per line</source>
        <translation>les noms des éditions, groupes de travail, territoires ou axes, un par ligne</translation>
    </message>
    <message>
        <source>For scripts and the shell completion. The file is read as it is and never changed: a file of an older Pacte must first be brought up to date by another command.</source>
        <translation>Pour les scripts et la complétion du shell. Le fichier est lu tel quel et jamais modifié&#xa0;: un fichier d&apos;une version antérieure de Pacte doit d&apos;abord être mis à jour par une autre commande.</translation>
    </message>
    <message>
        <source>show the commands; after a command, its arguments and options</source>
        <translation>afficher les commandes&#xa0;; après une commande, ses arguments et ses options</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>pacte-cli works on the same .pacte files as Pacte: it creates them, prints their figures, checks the governance rules, writes the COPIL report, and exports and imports full dumps and working-group sheets.</source>
        <translation>pacte-cli travaille sur les mêmes fichiers .pacte que Pacte&#xa0;: il les crée, en donne les chiffres, vérifie les règles de gouvernance, écrit le rapport COPIL, exporte et importe des exports complets et des fiches de groupe de travail.</translation>
    </message>
    <message>
        <source>Editions are named by their title (--edition &quot;PTI 2017-2021&quot;); without --edition, a command works on the current edition, the latest.</source>
        <translation>Les éditions se désignent par leur titre (--edition &quot;PTI 2017-2021&quot;)&#xa0;; sans --edition, une commande travaille sur l&apos;édition en cours, la plus récente.</translation>
    </message>
    <message>
        <source>done, and nothing to report</source>
        <translation>terminé, rien à signaler</translation>
    </message>
    <message>
        <source>bad usage or bad input (unreadable file, invalid sheet, unknown edition…): a message on the standard error says what and where, and nothing was changed</source>
        <translation>erreur d&apos;utilisation ou données incorrectes (fichier illisible, fiche invalide, édition inconnue…)&#xa0;: un message sur la sortie d&apos;erreur dit quoi et où, et rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>fr (the default) or en: the language of messages and reports</source>
        <translation>fr (par défaut) ou en&#xa0;: la langue des messages et des rapports</translation>
    </message>
    <message>
        <source>the Qt platform on which report lays out its text; offscreen when unset, no display is needed</source>
        <translation>la plateforme Qt sur laquelle report met en page son texte&#xa0;; offscreen si elle n&apos;est pas définie&#xa0;: aucun écran n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>creates a database with the demo data</source>
        <translation>crée une base avec les données de démonstration</translation>
    </message>
    <message>
        <source>the governance rules of 2019, as of its 31 December</source>
        <translation>les règles de gouvernance de 2019, au 31 décembre</translation>
    </message>
    <message>
        <source>the COPIL report of the current edition</source>
        <translation>le rapport COPIL de l&apos;édition en cours</translation>
    </message>
    <message>
        <source>the sheet of a working group, for its referents</source>
        <translation>la fiche d&apos;un groupe de travail, pour ses référents</translation>
    </message>
    <message>
        <source>what importing the sheet sent back would change</source>
        <translation>ce que modifierait l&apos;import de la fiche renvoyée</translation>
    </message>
    <message>
        <source>work on Pacte files from the command line</source>
        <translation>travailler sur les fichiers Pacte en ligne de commande</translation>
    </message>
    <message>
        <source>what to list</source>
        <translation>ce qu&apos;il faut lister</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>first check the whole file with SQLite&apos;s full integrity check (slower: it reads every table and index)</source>
        <translation>vérifier d&apos;abord tout le fichier par la vérification d&apos;intégrité complète de SQLite (plus lente : elle lit toutes les tables et tous les index)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A command that only reads never changes the file, except that a change left half-made by a writer that was killed is first undone, and that a file written by an older Pacte is first brought up to date, after a backup copy, when it can be written. A command that writes refuses a file open in Pacte or being changed by another command. Every file a command creates is written under a temporary name and takes its name only when complete.</source>
        <translation>Une commande qui ne fait que lire ne modifie jamais le fichier ; seulement, une modification laissée à moitié faite par un programme arrêté brutalement est d&apos;abord annulée, et un fichier écrit par une version antérieure de Pacte est d&apos;abord mis à jour, après une copie de sauvegarde, s&apos;il peut être écrit. Une commande qui écrit refuse un fichier ouvert dans Pacte ou en cours de modification par une autre commande. Tout fichier qu&apos;une commande crée est écrit sous un nom provisoire et ne prend son nom qu&apos;une fois complet.</translation>
    </message>
    <message>
        <source>the lock of a file open in Pacte or changed by a command, with FILE.lock.owner saying which program holds it, who, on which machine, since when</source>
        <translation>le verrou d&apos;un fichier ouvert dans Pacte ou modifié par une commande ; FILE.lock.owner dit quel programme le tient, qui, sur quel poste et depuis quand</translation>
    </message>
    <message>
        <source>left beside FILE by a writer killed in the middle of a change: the next command or window that opens FILE undoes the change; never copy FILE without it</source>
        <translation>laissé à côté de FILE par un programme arrêté brutalement au milieu d&apos;une modification : la prochaine commande ou fenêtre qui ouvre FILE annule la modification ; ne copiez jamais FILE sans lui</translation>
    </message>
    <message>
        <source>a file being written (a database, a report, a dump, a sheet), renamed NAME when complete; one left by a killed command is removed by the next that writes NAME</source>
        <translation>un fichier en cours d&apos;écriture (une base, un rapport, un export, une fiche), renommé NAME une fois complet ; celui qu&apos;une commande arrêtée brutalement a laissé est supprimé par la prochaine qui écrit NAME</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: the file written is a full dump (.json), a workbook (.xlsx) or a table (.csv).</source>
        <translation>%1 : le fichier écrit est un export complet (.json), un classeur (.xlsx) ou une table (.csv).</translation>
    </message>
    <message>
        <source>--%1 is for a workbook or a table (.xlsx, .csv); the full dump holds every edition.</source>
        <translation>--%1 s&apos;applique à un classeur ou à une table (.xlsx, .csv) ; l&apos;export complet contient toutes les éditions.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (value: « %4 »)</source>
        <translation>ligne %1, colonne %2 : %3 (valeur : « %4 »)</translation>
    </message>
    <message>
        <source>the mapping %1 cannot be read.</source>
        <translation>la correspondance des colonnes %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>give the table to import: --table %1.</source>
        <translation>indiquez la table à importer : --table %1.</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (expected one of: %2).</source>
        <translation>table « %1 » inconnue (valeurs possibles : %2).</translation>
    </message>
    <message>
        <source>The rejected rows are in %1: fix them there and import that file again.</source>
        <translation>Les lignes rejetées sont dans %1 : corrigez-les dans ce fichier puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 : %2; nothing was imported. Fix the rejected rows, or give --skip-rejected to import the others.</source>
        <translation>%1 : %2 ; rien n&apos;a été importé. Corrigez les lignes rejetées, ou ajoutez --skip-rejected pour importer les autres.</translation>
    </message>
    <message>
        <source>%1 : %2; nothing was changed (--dry-run).</source>
        <translation>%1 : %2 ; rien n&apos;a été modifié (--dry-run).</translation>
    </message>
    <message>
        <source>%1 : %2 (backup: %3).</source>
        <translation>%1 : %2 (sauvegarde : %3).</translation>
    </message>
    <message>
        <source>a CSV file holds one table: give --table %1.</source>
        <translation>un fichier CSV contient une table : précisez --table %1.</translation>
    </message>
    <message>
        <source>--%1 is for a CSV file; a workbook has typed cells.</source>
        <translation>--%1 s&apos;applique à un fichier CSV ; un classeur a des cellules typées.</translation>
    </message>
    <message>
        <source>Wrote %1: the workbook of %2.</source>
        <translation>%1 écrit : le classeur de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n row(s).</source>
        <translation>
            <numerusform>%1 écrit : %2, %n ligne.</numerusform>
            <numerusform>%1 écrit : %2, %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file to write: .json (full dump), .xlsx (workbook) or .csv (one table)</source>
        <translation>le fichier à écrire : .json (export complet), .xlsx (classeur) ou .csv (une table)</translation>
    </message>
    <message>
        <source>the table a CSV file holds (a workbook holds every table without it)</source>
        <translation>la table que contient le fichier CSV (sans cette option, un classeur les contient toutes)</translation>
    </message>
    <message>
        <source>the edition of the table (default: the current one)</source>
        <translation>l&apos;édition de la table (par défaut : l&apos;édition en cours)</translation>
    </message>
    <message>
        <source>separate CSV values with commas, with decimal points and YYYY-MM-DD dates (default: semicolons, decimal commas and DD/MM/YYYY dates, as French spreadsheets expect)</source>
        <translation>séparer les valeurs CSV par des virgules, avec le point décimal et des dates AAAA-MM-JJ (par défaut : points-virgules, virgule décimale et dates JJ/MM/AAAA, comme les tableurs français les attendent)</translation>
    </message>
    <message>
        <source>start the CSV file with a UTF-8 byte-order mark, for Excel</source>
        <translation>commencer le fichier CSV par une marque d&apos;ordre des octets UTF-8 (BOM), pour Excel</translation>
    </message>
    <message>
        <source>the sheet to write (.json for Pacte&apos;s sheet mode, .xlsx for a referent with Excel or LibreOffice), or a folder (ending in /) to write it under its default name, as Pacte names it</source>
        <translation>la fiche à écrire (.json pour le mode fiche de Pacte, .xlsx pour un référent équipé d&apos;Excel ou de LibreOffice), ou un dossier (terminé par /) pour l&apos;y écrire sous son nom par défaut, celui que Pacte lui donne</translation>
    </message>
    <message>
        <source>the sheet to import: .json, or the .xlsx workbook</source>
        <translation>la fiche à importer : .json, ou le classeur .xlsx</translation>
    </message>
    <message>
        <source>the spreadsheet to read: .csv or .xlsx</source>
        <translation>le tableau à lire : .csv ou .xlsx</translation>
    </message>
    <message>
        <source>what the spreadsheet holds</source>
        <translation>ce que contient le tableau</translation>
    </message>
    <message>
        <source>the edition to import into (default: the current one)</source>
        <translation>l&apos;édition dans laquelle importer (par défaut : l&apos;édition en cours)</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>la feuille du classeur (par défaut : la première)</translation>
    </message>
    <message>
        <source>which field each column fills: {&quot;column header&quot;: &quot;field&quot;, ...}</source>
        <translation>le champ que remplit chaque colonne : {&quot;en-tête de colonne&quot;: &quot;champ&quot;, ...}</translation>
    </message>
    <message>
        <source>show what the import would do, and change nothing</source>
        <translation>montrer ce que ferait l&apos;import, sans rien modifier</translation>
    </message>
    <message>
        <source>import the other rows when some are rejected</source>
        <translation>importer les autres lignes quand certaines sont rejetées</translation>
    </message>
    <message>
        <source>write the rejected rows to this .csv or .xlsx file, with their line and reason, to fix and import again</source>
        <translation>écrire les lignes rejetées dans ce fichier .csv ou .xlsx, avec leur ligne et leur motif, pour les corriger et les importer à nouveau</translation>
    </message>
    <message>
        <source>full dump of the database, an edition&apos;s workbook, or one of its tables as CSV</source>
        <translation>export complet de la base, classeur d&apos;une édition, ou une de ses tables en CSV</translation>
    </message>
    <message>
        <source>The format follows the extension of OUT. The full dump is the JSON that import restores, history included. The workbook (.xlsx) holds an edition&apos;s partners, persons, territories, axes and themes, working groups, actions, indicators, measurements, meetings, governance findings and yearly evaluation counts, one sheet each (only the table given with --table). A CSV file holds one table, as a spreadsheet reads it: UTF-8, a header row, values quoted as RFC 4180 says when they hold a separator, a quote or a line break.</source>
        <translation>Le format suit l&apos;extension de OUT. L&apos;export complet est le JSON que import restaure, historique compris. Le classeur (.xlsx) contient les partenaires, personnes, territoires, axes et thématiques, groupes de travail, actions, indicateurs, mesures, réunions, constats de gouvernance et décomptes de l&apos;évaluation annuelle d&apos;une édition, une feuille chacun (seulement la table indiquée avec --table). Un fichier CSV contient une table, telle qu&apos;un tableur la lit : UTF-8, une ligne d&apos;en-tête, les valeurs entre guillemets comme le veut la RFC 4180 lorsqu&apos;elles contiennent un séparateur, un guillemet ou un saut de ligne.</translation>
    </message>
    <message>
        <source>The referents fill the sheet in Pacte&apos;s sheet mode and send it back; the database records the export, the base of the later import. When several groups have the same name, give the identifier of one of them. With -o SHEET.xlsx, the same export is a workbook for referents who cannot install Pacte: instructions, the actions, indicators and measurements, drop-down lists, the identifiers in hidden, protected columns; import-sheet takes it back as it takes the JSON sheet.</source>
        <translation>Les référents remplissent la fiche dans le mode fiche de Pacte et la renvoient ; la base garde la trace de l&apos;export, référence de l&apos;import à venir. Si plusieurs groupes portent le même nom, indiquez l&apos;identifiant de l&apos;un d&apos;eux. Avec -o FICHE.xlsx, le même export est un classeur pour les référents qui ne peuvent pas installer Pacte : mode d&apos;emploi, actions, indicateurs et mesures, listes déroulantes, identifiants dans des colonnes masquées et protégées ; import-sheet le reprend comme la fiche JSON.</translation>
    </message>
    <message>
        <source>import partners, persons, working groups or actions from a spreadsheet</source>
        <translation>importer des partenaires, des personnes, des groupes de travail ou des actions depuis un tableau</translation>
    </message>
    <message>
        <source>Reads a CSV file (UTF-8, UTF-16 or Windows-1252; semicolons, commas or tabs) or a workbook. The columns are recognised by their French headers (those of export, or a coordinator&apos;s: &quot;Nom de la structure&quot;, &quot;Pilote&quot;, &quot;Statut&quot;…) or named by --mapping. Records are matched by name, ignoring accents, case and extra spaces: an existing one is updated by the row&apos;s non-empty cells, another one is created. Partners, territories, axes, themes, groups, statuses… are named as Pacte names them. A row that cannot be imported is listed with its line, column, value and reason, and then nothing is imported and the exit code is 1, unless --skip-rejected. One transaction, after a backup copy of FILE; the history says &quot;import&quot;. Exit code 2 for a file that cannot be read, nothing changed.</source>
        <translation>Lit un fichier CSV (UTF-8, UTF-16 ou Windows-1252 ; points-virgules, virgules ou tabulations) ou un classeur. Les colonnes sont reconnues à leurs en-têtes en français (ceux d&apos;export, ou ceux d&apos;un coordinateur : « Nom de la structure », « Pilote », « Statut »…) ou désignées par --mapping. Les fiches sont rapprochées par leur nom, sans tenir compte des accents, des majuscules ni des espaces en trop : une fiche existante est mise à jour par les cellules non vides de la ligne, sinon une fiche est créée. Partenaires, territoires, axes, thématiques, groupes, statuts… s&apos;écrivent comme Pacte les nomme. Une ligne qui ne peut pas être importée est signalée avec sa ligne, sa colonne, sa valeur et le motif ; rien n&apos;est alors importé et le code de sortie est 1, sauf avec --skip-rejected. Une seule transaction, après une copie de sauvegarde de FILE ; l&apos;historique indique « import ». Code de sortie 2 pour un fichier illisible, sans rien modifier.</translation>
    </message>
    <message>
        <source>done, with findings to report (check), or stopped on conflicts or rejected rows without changing anything (import-sheet, import-table)</source>
        <translation>terminé, avec des constats à signaler (check), ou arrêté sur des conflits ou des lignes rejetées sans rien modifier (import-sheet, import-table)</translation>
    </message>
    <message>
        <source>backup copies of FILE, made before an update of its format and before a sheet or table import; the newest 20 are kept</source>
        <translation>copies de sauvegarde de FILE, faites avant une mise à jour de son format et avant l&apos;import d&apos;une fiche ou d&apos;un tableau ; les 20 plus récentes sont conservées</translation>
    </message>
    <message>
        <source>what importing a coordinator&apos;s table of actions would create and update</source>
        <translation>ce que l&apos;import du tableau des actions d&apos;un coordinateur créerait et mettrait à jour</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>--%1 : « %2 » n&apos;est pas une date valide (attendu : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Edition %1, from %2 to %3, renewing %4:</source>
        <translation>Édition %1, du %2 au %3, renouvelant %4 :</translation>
    </message>
    <message numerus="yes">
        <source>%n axis(es) to edit</source>
        <translation>
            <numerusform>%n axe à modifier</numerusform>
            <numerusform>%n axes à modifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thématique</numerusform>
            <numerusform>%n thématiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to sign (signature pending)</source>
        <translation>
            <numerusform>%n partenaire à signer (signature en attente)</numerusform>
            <numerusform>%n partenaires à signer (signature en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) still active, with their pilot and co-pilot</source>
        <translation>
            <numerusform>%n groupe de travail encore actif, avec son pilote et son co-pilote</numerusform>
            <numerusform>%n groupes de travail encore actifs, avec leur pilote et leur co-pilote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried on (not finished)</source>
        <translation>
            <numerusform>%n action reconduite (non terminée)</numerusform>
            <numerusform>%n actions reconduites (non terminées)</numerusform>
        </translation>
    </message>
    <message>
        <source>the final evaluation of %1 (%2) frozen</source>
        <translation>évaluation finale de %1 (%2) figée</translation>
    </message>
    <message>
        <source>the final evaluation of %1 (%2) was already frozen</source>
        <translation>évaluation finale de %1 (%2) déjà figée</translation>
    </message>
    <message>
        <source>the final evaluation of %1 (%2) cannot be frozen yet: the year has not begun</source>
        <translation>évaluation finale de %1 (%2) pas encore figée : l&apos;année n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>--from, --title, --start and --end are required.</source>
        <translation>--from, --title, --start et --end sont obligatoires.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be created; nothing was changed (--dry-run).</source>
        <translation>
            <numerusform>%n enregistrement serait créé ; rien n&apos;a été modifié (--dry-run).</numerusform>
            <numerusform>%n enregistrements seraient créés ; rien n&apos;a été modifié (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created: the edition %1 is the current one.</source>
        <translation>
            <numerusform>%n enregistrement créé : l&apos;édition %1 est l&apos;édition courante.</numerusform>
            <numerusform>%n enregistrements créés : l&apos;édition %1 est l&apos;édition courante.</numerusform>
        </translation>
    </message>
    <message>
        <source>the edition renewed</source>
        <translation>l&apos;édition renouvelée</translation>
    </message>
    <message>
        <source>the new edition&apos;s title, not used by another edition</source>
        <translation>le titre de la nouvelle édition, qu&apos;aucune autre ne porte</translation>
    </message>
    <message>
        <source>its first day, after the end of the edition renewed</source>
        <translation>son premier jour, après la fin de l&apos;édition renouvelée</translation>
    </message>
    <message>
        <source>its last day</source>
        <translation>son dernier jour</translation>
    </message>
    <message>
        <source>show what the renewal would create, and change nothing</source>
        <translation>afficher ce que le renouvellement créerait, sans rien modifier</translation>
    </message>
    <message>
        <source>a new edition of the pact from an earlier one</source>
        <translation>une nouvelle édition du pacte à partir d&apos;une précédente</translation>
    </message>
    <message>
        <source>Creates the edition (its département and predecessor are those of --from) and carries over, in one transaction that the history says is a renewal: the axes and themes, to edit; the partners that signed --from or were to sign it, as signatories whose signature is pending; the working groups still active, with their territories, pilot and co-pilot; their actions not finished (projet, en cours), each with its indicators (not their measurements) and linked to the action it continues. The final evaluation of --from (its last year) is frozen if it is not yet and the year has begun. Exit code 2, nothing changed, for an unknown edition, a title already used, an end before the start or a start before the end of --from. In Pacte, File ▸ New edition from… lets you choose what to carry over.</source>
        <translation>Crée l&apos;édition (son département et son prédécesseur sont ceux de --from) et reprend, en une seule transaction que l&apos;historique désigne comme un renouvellement : les axes et thématiques, à modifier ; les partenaires qui ont signé --from ou devaient le signer, comme signataires dont la signature est en attente ; les groupes de travail encore actifs, avec leurs territoires, leur pilote et leur co-pilote ; leurs actions non terminées (projet, en cours), chacune avec ses indicateurs (sans leurs mesures) et liée à l&apos;action qu&apos;elle poursuit. L&apos;évaluation finale de --from (sa dernière année) est figée si elle ne l&apos;est pas encore et que l&apos;année a commencé. Code de sortie 2, rien de modifié, pour une édition inconnue, un titre déjà pris, une fin avant le début ou un début avant la fin de --from. Dans Pacte, Fichier ▸ Nouvelle édition à partir de… permet de choisir ce qui est repris.</translation>
    </message>
    <message>
        <source>Without --year, the data as it is now. --json prints one object: edition, partners, persons, territories, axes, themes, workingGroups, actions (total, experimentations, byStatus, byAxis, byTerritory), meetings (total, held, byKind) and declared (the figures the pact declares, each with its value, the records&apos; count, its quote and its source, or null).</source>
        <translation>Sans --year, les données telles qu&apos;elles sont. --json affiche un objet : edition, partners, persons, territories, axes, themes, workingGroups, actions (total, experimentations, byStatus, byAxis, byTerritory), meetings (total, held, byKind) et declared (les chiffres que déclare le pacte, chacun avec sa valeur, le nombre enregistré, sa citation et sa source, ou null).</translation>
    </message>
    <message>
        <source>Rules of %1:</source>
        <translation>Règles de %1&#xa0;:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>deadline computed from the edition</source>
        <translation>échéance calculée d&apos;après l&apos;édition</translation>
    </message>
    <message>
        <source>rule of %1</source>
        <translation>règle du %1</translation>
    </message>
    <message>
        <source>  A check of the recorded data, not a sentence of the pact.</source>
        <translation>  Un contrôle des données saisies, non une phrase du pacte.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 and %5.</source>
        <translation>%1&#xa0;: %2, %3, %4 et %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n pour information</numerusform>
            <numerusform>%n pour information</numerusform>
        </translation>
    </message>
    <message>
        <source>list the edition&apos;s rules instead (id, on or off, severity, deadline, the pact&apos;s sentence)</source>
        <translation>lister plutôt les règles de l&apos;édition (identifiant, activée ou non, gravité, échéance, phrase du pacte)</translation>
    </message>
    <message>
        <source>Exits with 1 when there are findings. --json prints an object with the edition, the date and the findings, each with its rule, severity, entity, uuid, label and message. --deep first runs SQLite&apos;s full integrity check on the whole file and exits with 2 if it finds damage. The rules: group-pilots, copil-cadence, local-committee-yearly, partner-referent, territory-referent, action-sheet-complete, annual-evaluation, deliberation-tally, meeting-in-edition. Each edition applies them as its own pact words them: a rule may be off, an error, a warning or information only (a rule of another pact), with a deadline and the pact&apos;s sentence, quoted in each finding. --rules lists the edition&apos;s rules and exits with 0.</source>
        <translation>Sort avec le code 1 s&apos;il y a des constats. --json affiche un objet avec l&apos;édition, la date et les constats, chacun avec sa règle, sa gravité, son type d&apos;élément, son uuid, son libellé et son message. --deep lance d&apos;abord la vérification d&apos;intégrité complète de SQLite sur tout le fichier et sort avec le code 2 si elle trouve un dommage. Les règles&#xa0;: group-pilots, copil-cadence, local-committee-yearly, partner-referent, territory-referent, action-sheet-complete, annual-evaluation, deliberation-tally, meeting-in-edition. Chaque édition les applique comme son propre pacte les énonce&#xa0;: une règle peut être désactivée, une erreur, un avertissement ou une simple information (règle d&apos;un autre pacte), avec une échéance et la phrase du pacte, citée dans chaque constat. --rules liste les règles de l&apos;édition et sort avec le code 0.</translation>
    </message>
    <message>
        <source>the day of the year the figures describe (&quot;none&quot;: 31 December)</source>
        <translation>le jour de l&apos;année que décrivent les chiffres («&#xa0;none&#xa0;»&#xa0;: le 31 décembre)</translation>
    </message>
    <message>
        <source>--edition and --year are required. --freeze records the year&apos;s figures once and for all (exit 2 if the year is already frozen): a frozen year reads the same ever after, whatever changes later. --as-of records the day the figures describe (the 2017-2021 review is &quot;au 31 juillet 2021&quot;) before freezing.</source>
        <translation>--edition et --year sont obligatoires. --freeze enregistre les chiffres de l&apos;année une fois pour toutes (code 2 si l&apos;année est déjà figée)&#xa0;: une année figée se relit à l&apos;identique, quoi qu&apos;il change ensuite. --as-of enregistre le jour que décrivent les chiffres (le bilan 2017-2021 est «&#xa0;au 31 juillet 2021&#xa0;») avant de figer.</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 and %5.</source>
        <translation>%1&#xa0;: %2 × %3, %4 et %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territoire</numerusform>
            <numerusform>%n territoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>What the records say: the pact does not ask for every theme in every territory.</source>
        <translation>Ce que disent les fiches&#xa0;: le pacte ne demande pas que chaque thématique soit couverte dans chaque territoire.</translation>
    </message>
    <message>
        <source>%1 (axis %2)</source>
        <translation>%1 (axe %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>; partners: %1</source>
        <translation>&#xa0;; partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>  No group recorded on: %1</source>
        <translation>  Aucun groupe enregistré sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Themes without a group in a territory: %1.</source>
        <translation>Thématiques sans groupe dans un territoire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Themes with groups but no action in progress or running: %1.</source>
        <translation>Thématiques avec des groupes mais sans action en cours ni en fonctionnement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>  %1, %2: %3 project(s), %4 completed or abandoned</source>
        <translation>  %1, %2&#xa0;: en projet %3, réalisées ou abandonnées %4</translation>
    </message>
    <message>
        <source>Several groups on the same theme in the same territory: %1.</source>
        <translation>Plusieurs groupes sur une même thématique dans un même territoire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Possible duplicates (actions of different groups whose texts read alike, to be checked): %1.</source>
        <translation>Doublons possibles (actions de groupes différents dont les textes se ressemblent, à vérifier)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>  %1 — &quot;%2&quot; (%3) and &quot;%4&quot; (%5); %6, %7</source>
        <translation>  %1 — «&#xa0;%2&#xa0;» (%3) et «&#xa0;%4&#xa0;» (%5)&#xa0;; %6, %7</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>  %1: pilot of %2, co-pilot of %3, member of %4; %5, %6</source>
        <translation>  %1&#xa0;: pilote de %2, co-pilote de %3, membre de %4&#xa0;; %5, %6</translation>
    </message>
    <message>
        <source>Groups without a theme or a territory of the edition: %1</source>
        <translation>Groupes sans thématique ou sans territoire de l&apos;édition&#xa0;: %1</translation>
    </message>
    <message>
        <source>the coverage of an edition: who does what where, gaps, overlaps and possible duplicates</source>
        <translation>la couverture d&apos;une édition&#xa0;: qui fait quoi, où, thématiques sans groupe, chevauchements et doublons possibles</translation>
    </message>
    <message>
        <source>The territories × themes of the edition, each cell with its working groups, their actions by status and their partners; then the themes without a group, or without an action in progress or running, in a territory; the cells where two groups or more work on the same theme; the possible duplicates, actions of different groups on the same theme in a territory they share whose titles or objectives have most of their significant words in common (accents, capitals and word order ignored; Jaccard index of at least 0.6 on texts of at least three words; the three most similar pairs of each action at most), each with its similarity; and each partner&apos;s groups, as pilot, co-pilot or member, with their territories and themes. These are observations on the records, not rules: the exit code is 0. --json prints one object: edition, territories, themes, cells, gaps, overlaps, possibleDuplicates, partners and unplacedGroups.</source>
        <translation>Les territoires × thématiques de l&apos;édition, chaque case avec ses groupes de travail, leurs actions par statut et leurs partenaires&#xa0;; puis les thématiques sans groupe, ou sans action en cours ni en fonctionnement, dans un territoire&#xa0;; les cases où deux groupes ou plus travaillent sur une même thématique&#xa0;; les doublons possibles, actions de groupes différents sur une même thématique dans un territoire qu&apos;ils partagent dont les titres ou les objectifs ont la plupart de leurs mots significatifs en commun (sans tenir compte des accents, des majuscules ni de l&apos;ordre des mots&#xa0;; indice de Jaccard d&apos;au moins 0,6 sur des textes d&apos;au moins trois mots&#xa0;; au plus les trois paires les plus proches de chaque action), chacun avec sa similarité&#xa0;; et les groupes de chaque partenaire, comme pilote, co-pilote ou membre, avec leurs territoires et thématiques. Ce sont des constats sur les fiches, pas des règles&#xa0;: le code de sortie est 0. --json affiche un objet&#xa0;: edition, territories, themes, cells, gaps, overlaps, possibleDuplicates, partners et unplacedGroups.</translation>
    </message>
    <message>
        <source>Signatory partners (signed or expected): %1</source>
        <translation>Partenaires signataires (ayant signé ou attendus)&#xa0;: %1</translation>
    </message>
    <message>
        <source>group evaluation</source>
        <translation>évaluation du groupe</translation>
    </message>
    <message>
        <source>Indicator templates (sums across groups and territories):</source>
        <translation>Indicateurs types (sommes tous groupes et territoires confondus)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (exemple)</translation>
    </message>
    <message>
        <source>units differ, not summed</source>
        <translation>unités différentes, pas de somme</translation>
    </message>
    <message>
        <source>latest values %1, targets %2</source>
        <translation>dernières valeurs %1, cibles %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s), %1 without a known value</source>
        <translation>
            <numerusform>%n indicateur, %1 sans valeur connue</numerusform>
            <numerusform>%n indicateurs, %1 sans valeur connue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>a rate, not summed: latest values %1, targets %2</source>
        <translation>un taux, sans somme&#xa0;: dernières valeurs %1, cibles %2</translation>
    </message>
    <message>
        <source>The copy %1 differs from %2:
%3</source>
        <translation>La copie %1 diffère de %2 :
%3</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n tables compared, identical.</source>
        <translation>
            <numerusform>%1 copiée vers %2 : %n table comparée, identique.</numerusform>
            <numerusform>%1 copiée vers %2 : %n tables comparées, identiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a server address (postgresql://…).</source>
        <translation>%1 n&apos;est pas une adresse de serveur (postgresql://…).</translation>
    </message>
    <message>
        <source>Name the first coordinator with --coordinator USER.</source>
        <translation>Nommez la première coordinatrice avec --coordinator UTILISATEUR.</translation>
    </message>
    <message>
        <source>Pacte&apos;s tables created on %1.</source>
        <translation>Tables de Pacte créées dans la %1.</translation>
    </message>
    <message>
        <source>Rights installed: %1 (coordinator), %2 (territorial referent), %3 (reader). %4 is coordinator.</source>
        <translation>Droits installés : %1 (coordination), %2 (référent territorial), %3 (lecture). %4 est coordinateur.</translation>
    </message>
    <message>
        <source>The role must be coordinator, referent or reader (--role).</source>
        <translation>Le rôle doit être coordinator, referent ou reader (--role).</translation>
    </message>
    <message>
        <source>the database to copy: a file or a server address</source>
        <translation>la base à copier : un fichier ou une adresse de serveur</translation>
    </message>
    <message>
        <source>where to copy it: a new file, or an empty server database</source>
        <translation>où la copier : un nouveau fichier, ou une base vide d&apos;un serveur</translation>
    </message>
    <message>
        <source>the server database, postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>la base du serveur, postgresql://UTILISATEUR@HÔTE:PORT/BASE</translation>
    </message>
    <message>
        <source>the first coordinator&apos;s database user</source>
        <translation>l&apos;utilisateur de base de données de la première coordinatrice</translation>
    </message>
    <message>
        <source>the database user to give the role to</source>
        <translation>l&apos;utilisateur de base de données qui reçoit le rôle</translation>
    </message>
    <message>
        <source>coordinator, referent or reader</source>
        <translation>coordinator (coordination), referent (référent territorial) ou reader (lecture)</translation>
    </message>
    <message>
        <source>a referent&apos;s territory (repeat for several)</source>
        <translation>un territoire du référent (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>copy a database from a file to a PostgreSQL server, or back</source>
        <translation>copier une base d&apos;un fichier vers un serveur PostgreSQL, ou l&apos;inverse</translation>
    </message>
    <message>
        <source>Copies everything, history, sheet exports and provenance included, with the same identity: the referents&apos; sheets come back to the copy. A server is named by its address, postgresql://USER@HOST:PORT/DATABASE (libpq&apos;s service and password files apply; a password is asked for by PGPASSWORD or ~/.pgpass, never stored). TARGET is a file that does not exist yet, or a server database that is empty or prepared by server-init without records. One transaction: a failure leaves TARGET as it was. After the copy, both are read again and compared table by table; exit code 2 if they differ.</source>
        <translation>Copie tout, historique, exports de fiches et provenances compris, avec la même identité : les fiches des référents reviennent vers la copie. Un serveur se désigne par son adresse, postgresql://UTILISATEUR@HÔTE:PORT/BASE (les fichiers de services et de mots de passe de libpq s&apos;appliquent ; le mot de passe vient de PGPASSWORD ou de ~/.pgpass, il n&apos;est jamais enregistré). CIBLE est un fichier qui n&apos;existe pas encore, ou une base de serveur vide ou préparée par server-init sans enregistrement. Une seule transaction : un échec laisse CIBLE telle qu&apos;elle était. Après la copie, les deux bases sont relues et comparées table par table ; code de sortie 2 si elles diffèrent.</translation>
    </message>
    <message>
        <source>prepare a PostgreSQL database for Pacte, with its roles and rights</source>
        <translation>préparer une base PostgreSQL pour Pacte, avec ses rôles et ses droits</translation>
    </message>
    <message>
        <source>Run by the database&apos;s owner, who may create roles. Creates Pacte&apos;s tables if the database is empty, then the three roles of the database (DATABASE_coordination, DATABASE_referent, DATABASE_lecture), their privileges and the row-level security policies that the server enforces: the coordinator changes everything, a territorial referent the groups, actions, indicators and meetings of her territories, a reader nothing. USER becomes the first coordinator (a login role, created without password if missing). Running it again brings the rights up to date and changes no record.</source>
        <translation>À lancer par le propriétaire de la base, qui peut créer des rôles. Crée les tables de Pacte si la base est vide, puis les trois rôles de la base (BASE_coordination, BASE_referent, BASE_lecture), leurs privilèges et les politiques de sécurité par ligne que le serveur applique : la coordination modifie tout, un référent territorial les groupes, actions, indicateurs et réunions de ses territoires, la lecture rien. UTILISATEUR devient le premier coordinateur (un rôle de connexion, créé sans mot de passe s&apos;il n&apos;existe pas). Relancée, la commande met les droits à jour et ne modifie aucun enregistrement.</translation>
    </message>
    <message>
        <source>give a database user a role: coordinator, referent or reader</source>
        <translation>donner un rôle à un utilisateur de la base : coordination, référent ou lecture</translation>
    </message>
    <message>
        <source>Run by the database&apos;s owner after server-init. USER loses any other Pacte role of the database. A referent needs one --territory per territory of hers, by name; they replace those she had. Exit code 2, nothing changed, for an unknown territory or role.</source>
        <translation>À lancer par le propriétaire de la base après server-init. UTILISATEUR perd tout autre rôle Pacte de la base. Un référent a besoin d&apos;un --territory par territoire, par son nom ; ils remplacent ceux qu&apos;il avait. Code de sortie 2, rien de modifié, pour un territoire ou un rôle inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) imported from %1.</source>
        <translation>
            <numerusform>%n modification importée depuis %1.</numerusform>
            <numerusform>%n modifications importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 now has the coordinator&apos;s role.</source>
        <translation>%1 a maintenant le rôle de coordination.</translation>
    </message>
    <message>
        <source>%1 is now a territorial referent.</source>
        <translation>%1 est maintenant référent territorial.</translation>
    </message>
    <message>
        <source>%1 now reads the database without changing it.</source>
        <translation>%1 peut maintenant consulter la base, sans la modifier.</translation>
    </message>
    <message>
        <source>The %1 cannot be changed</source>
        <translation>La %1 ne peut pas être modifiée</translation>
    </message>
</context>
<context>
    <name>pacte::commandline</name>
    <message>
        <source>usage: %1 %2</source>
        <translation>usage&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pacte::dashboard::ChartFigures</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1: the figures</source>
        <translation>%1&#xa0;: les chiffres</translation>
    </message>
</context>
<context>
    <name>pacte::edit</name>
    <message>
        <source>The evaluation of %1 is frozen: the group&apos;s evaluation of that year can no longer change.</source>
        <translation>L&apos;évaluation de %1 est figée&#xa0;: l&apos;évaluation du groupe pour cette année ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The evaluation of %1 is frozen: the local pact&apos;s review of that year can no longer change.</source>
        <translation>L&apos;évaluation de %1 est figée&#xa0;: le bilan du pacte local de cette année ne peut plus changer.</translation>
    </message>
</context>
<context>
    <name>pacte::gui</name>
    <message>
        <source>the database to open, or a working-group sheet (*.pacte-fiche.json)</source>
        <translation>la base à ouvrir, ou une fiche de groupe de travail (*.pacte-fiche.json)</translation>
    </message>
    <message>
        <source>the section to show first</source>
        <translation>la rubrique à afficher en premier</translation>
    </message>
    <message>
        <source>the edition to show first, by its title</source>
        <translation>l&apos;édition à afficher d&apos;abord, désignée par son titre</translation>
    </message>
    <message>
        <source>create the demo database if it does not exist, print its path and quit (no display needed)</source>
        <translation>créer la base de démonstration si elle n&apos;existe pas, afficher son chemin et quitter (aucun écran n&apos;est nécessaire)</translation>
    </message>
    <message>
        <source>show the options</source>
        <translation>afficher les options</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Pacte is the desktop application with which the coordinator of a département&apos;s Pacte Territorial pour l&apos;Insertion keeps the partners and their referents, the territories, the axes and themes, the working groups and their action sheets, the indicators, the governance meetings and the yearly evaluation, all in one SQLite file (.pacte). Every change is saved as it is made, can be undone, and is recorded in the file&apos;s change log.</source>
        <translation>Pacte est l&apos;application avec laquelle la chargée de mission du Pacte Territorial pour l&apos;Insertion d&apos;un département tient les partenaires et leurs référents, les territoires, les axes et thématiques, les groupes de travail et leurs fiches action, les indicateurs, les instances de gouvernance et l&apos;évaluation annuelle, le tout dans un seul fichier SQLite (.pacte). Chaque modification est enregistrée aussitôt faite, peut être annulée, et est inscrite dans l&apos;historique du fichier.</translation>
    </message>
    <message>
        <source>The user guide is inside the application: Help ▸ User guide, or F1 for the section shown. Qt&apos;s usual options (-platform, -style, -geometry…) are accepted too.</source>
        <translation>Le guide est dans l&apos;application&#xa0;: Aide ▸ Guide de l&apos;utilisatrice, ou F1 pour la rubrique affichée. Les options habituelles de Qt (-platform, -style, -geometry…) sont aussi acceptées.</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>la fenêtre a été fermée</translation>
    </message>
    <message>
        <source>the sheet given could not be opened, or the demo database could not be created</source>
        <translation>la fiche indiquée n&apos;a pas pu être ouverte, ou la base de démonstration n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <source>fr (the default) or en: the language of the interface, unless chosen in the preferences</source>
        <translation>fr (par défaut) ou en&#xa0;: la langue de l&apos;interface, si elle n&apos;est pas choisie dans les préférences</translation>
    </message>
    <message>
        <source>the demo database, in the data folder</source>
        <translation>la base de démonstration, dans le dossier de données</translation>
    </message>
    <message>
        <source>the preferences: the name written in the change log, the language, the recent files</source>
        <translation>les préférences&#xa0;: le nom inscrit dans l&apos;historique, la langue, les fichiers récents</translation>
    </message>
    <message>
        <source>backup copies of FILE, made before an update of its format, before a sheet import and before a restore</source>
        <translation>les copies de sauvegarde de FILE, faites avant une mise à jour de son format, avant un import de fiche et avant une restauration</translation>
    </message>
    <message>
        <source>the lock of an open file, with FILE.lock.owner saying who holds it since when</source>
        <translation>le verrou d&apos;un fichier ouvert&#xa0;; FILE.lock.owner dit qui le tient et depuis quand</translation>
    </message>
    <message>
        <source>opens a database on its action sheets</source>
        <translation>ouvre une base sur ses fiches action</translation>
    </message>
    <message>
        <source>opens a working-group sheet, as a referent does</source>
        <translation>ouvre une fiche de groupe de travail, comme le fait un référent</translation>
    </message>
    <message>
        <source>coordinate a Pacte Territorial pour l&apos;Insertion</source>
        <translation>coordonner un Pacte Territorial pour l&apos;Insertion</translation>
    </message>
    <message>
        <source>FILE is a Pacte database, opened for writing unless another instance of Pacte holds it (it is then opened read-only and says who holds it), or a working-group sheet, opened alone in sheet mode. Without FILE, Pacte reopens the last file used, or the demo database, created in the data folder on first use. FILE may also be a database on a PostgreSQL server, named by its address (postgresql://USER@HOST:PORT/DATABASE): its password is asked for, never stored.</source>
        <translation>FILE est une base Pacte, ouverte en écriture sauf si une autre instance de Pacte la tient (elle s&apos;ouvre alors en lecture seule et dit qui la tient), ou une fiche de groupe de travail, ouverte seule en mode fiche. Sans FILE, Pacte rouvre le dernier fichier utilisé, ou la base de démonstration, créée dans le dossier de données au premier lancement. FILE peut aussi être une base d&apos;un serveur PostgreSQL, désignée par son adresse (postgresql://UTILISATEUR@HÔTE:PORT/BASE) : son mot de passe est demandé, jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>pacte::help::AboutDialog</name>
    <message>
        <source>About Pacte</source>
        <translation>À propos de Pacte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pacte %1&lt;/h2&gt;&lt;p&gt;Coordination of a Pacte Territorial pour l&apos;Insertion.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pacte %1&lt;/h2&gt;&lt;p&gt;Coordination d&apos;un Pacte Territorial pour l&apos;Insertion.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;EUPL-1.2&lt;/a&gt; (European Union Public Licence)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;EUPL-1.2&lt;/a&gt; (licence publique de l&apos;Union européenne)</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite&#xa0;:</translation>
    </message>
    <message>
        <source>unavailable (Qt&apos;s SQLite driver is missing)</source>
        <translation>indisponible (le pilote SQLite de Qt est absent)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pacte::help::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisatrice</translation>
    </message>
    <message>
        <source>Help on this &amp;section</source>
        <translation>Aide sur cette &amp;rubrique</translation>
    </message>
    <message>
        <source>&amp;About Pacte</source>
        <translation>À &amp;propos de Pacte</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Filling in the sheet</source>
        <translation>&amp;Remplir la fiche</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
</context>
<context>
    <name>pacte::help::HelpWindow</name>
    <message>
        <source>User guide — Pacte</source>
        <translation>Guide de l&apos;utilisatrice — Pacte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Search the guide… (Ctrl+F)</source>
        <translation>Rechercher dans le guide… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Page of the guide</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>Not found in the guide</source>
        <translation>Introuvable dans le guide</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) on this page</source>
        <translation>
            <numerusform>%n occurrence dans cette page</numerusform>
            <numerusform>%n occurrences dans cette page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::help::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Open the selected item in its editor</source>
        <translation>Ouvrir l&apos;élément sélectionné dans son formulaire</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Delete the selected item (asks first)</source>
        <translation>Supprimer l&apos;élément sélectionné (après confirmation)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Se déplacer dans la liste</translation>
    </message>
    <message>
        <source>Arrows, Page Up, Page Down</source>
        <translation>Flèches, Page préc., Page suiv.</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Champ suivant, champ précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Back to the list (the field is saved)</source>
        <translation>Revenir à la liste (le champ est enregistré)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Tick or untick the current entry of a checklist</source>
        <translation>Cocher ou décocher l&apos;entrée courante d&apos;une liste à cocher</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Undo the typing in the field, then the last recorded change</source>
        <translation>Annuler la saisie en cours dans le champ, puis la dernière modification enregistrée</translation>
    </message>
    <message>
        <source>Go to the field of an underlined label</source>
        <translation>Aller au champ d&apos;une étiquette soulignée</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu or place</source>
        <translation>Menu ou endroit</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Every command of the menus, and the keys of the lists and forms.</source>
        <translation>Toutes les commandes des menus, puis les touches des listes et des formulaires.</translation>
    </message>
</context>
<context>
    <name>pacte::json</name>
    <message>
        <source>null</source>
        <translation>la valeur null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2).</source>
        <translation>Le fichier n&apos;est pas un document JSON valide (ligne %1, colonne %2).</translation>
    </message>
    <message>
        <source>an object was expected, not %1.</source>
        <translation>un objet était attendu, et non %1.</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1).</source>
        <translation>champ inconnu (champs acceptés : %1).</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>a text was expected, not %1.</source>
        <translation>un texte était attendu, et non %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation>« %1 » n&apos;est pas une date valide (format attendu : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>a whole number was expected, not %1.</source>
        <translation>un nombre entier était attendu, et non %1.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>la valeur %1 est hors des limites admises.</translation>
    </message>
    <message>
        <source>a number was expected, not %1.</source>
        <translation>un nombre était attendu, et non %1.</translation>
    </message>
    <message>
        <source>the number is not finite.</source>
        <translation>le nombre n&apos;est pas fini.</translation>
    </message>
    <message>
        <source>true or false was expected, not %1.</source>
        <translation>true ou false était attendu, et non %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant valide (UUID).</translation>
    </message>
    <message>
        <source>a list was expected, not %1.</source>
        <translation>une liste était attendue, et non %1.</translation>
    </message>
    <message>
        <source>a valid identifier (UUID) was expected.</source>
        <translation>un identifiant valide (UUID) était attendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the accepted values (%2).</source>
        <translation>« %1 » ne fait pas partie des valeurs acceptées (%2).</translation>
    </message>
    <message>
        <source>The file holds a number too large to be read.</source>
        <translation>Le fichier contient un nombre trop grand pour être lu.</translation>
    </message>
    <message>
        <source>this key appears twice in the same object; only one value can be kept, so the file is refused rather than one of them dropped.</source>
        <translation>cette clé figure deux fois dans le même objet ; une seule valeur pourrait être gardée, le fichier est donc refusé plutôt que d&apos;en perdre une.</translation>
    </message>
    <message>
        <source>the data is nested more than %1 levels deep, which no Pacte file is: the file is refused.</source>
        <translation>les données sont imbriquées sur plus de %1 niveaux, ce qu&apos;aucun fichier Pacte ne fait : le fichier est refusé.</translation>
    </message>
    <message>
        <source>The file is too large to be read (%1 MB; at most %2 MB).</source>
        <translation>Le fichier est trop volumineux pour être lu (%1 Mo ; %2 Mo au plus).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Le fichier n&apos;est pas du JSON valide.</translation>
    </message>
</context>
<context>
    <name>pacte::manpage</name>
    <message>
        <source>COMMANDS</source>
        <translation>COMMANDES</translation>
    </message>
    <message>
        <source>Generated by pacte-docgen from src/commandline/: do not edit.</source>
        <translation>Produit par pacte-docgen depuis src/commandline/&#xa0;: ne pas modifier.</translation>
    </message>
    <message>
        <source>Pacte manual</source>
        <translation>Manuel de Pacte</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>OPTIONS</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>CODE DE RETOUR</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EXEMPLES</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>VOIR AUSSI</translation>
    </message>
</context>
<context>
    <name>pacte::reports::Commitments</name>
    <message>
        <source>Axis %1 — %2</source>
        <translation>Axe %1 — %2</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>Axes&#xa0;:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thématiques&#xa0;:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) outside the report&apos;s scope</source>
        <translation>
            <numerusform>%n action hors du périmètre du rapport</numerusform>
            <numerusform>%n actions hors du périmètre du rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments of the signatories</source>
        <translation>Engagements des signataires</translation>
    </message>
    <message>
        <source>No commitment of a signatory is recorded for %1.</source>
        <translation>Aucun engagement de signataire n&apos;est inscrit pour le %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) recorded, partner by partner, with the axes, themes and actions each serves.</source>
        <translation>
            <numerusform>%n engagement inscrit, avec les axes, thématiques et actions qu&apos;il sert.</numerusform>
            <numerusform>%n engagements inscrits, structure par structure, avec les axes, thématiques et actions que chacun sert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Axes, thématiques et actions</translation>
    </message>
</context>
<context>
    <name>pacte::reports::Coverage</name>
    <message numerus="yes">
        <source>and %n other(s).</source>
        <translation>
            <numerusform>et %n autre.</numerusform>
            <numerusform>et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Axis %1 — %2</source>
        <translation>Axe %1 — %2</translation>
    </message>
    <message>
        <source>In each cell: working groups / actions. In orange, several groups on the theme in the territory; in grey, a group without an action in progress or running; “—”, no group recorded.</source>
        <translation>Dans chaque case&#xa0;: groupes de travail / actions. En orange, plusieurs groupes sur la thématique dans le territoire&#xa0;; en gris, des groupes sans action en cours ni en fonctionnement&#xa0;; «&#xa0;—&#xa0;», aucun groupe enregistré.</translation>
    </message>
    <message>
        <source>Themes without a group or without a live action</source>
        <translation>Thématiques sans groupe ou sans action en cours</translation>
    </message>
    <message>
        <source>What the records show, territory by territory; the pact does not ask for every theme in every territory.</source>
        <translation>Ce que montrent les fiches, territoire par territoire&#xa0;; le pacte ne demande pas que chaque thématique soit couverte dans chaque territoire.</translation>
    </message>
    <message numerus="yes">
        <source>no group recorded on %1 of the %n theme(s): %2.</source>
        <translation>
            <numerusform>aucun groupe enregistré sur %1 de la %n thématique&#xa0;: %2.</numerusform>
            <numerusform>aucun groupe enregistré sur %1 des %n thématiques&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups, but no action in progress or running:</source>
        <translation>Des groupes, mais aucune action en cours ni en fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <source>Every theme has a group with an action in progress or running in every territory.</source>
        <translation>Chaque thématique a, dans chaque territoire, un groupe avec une action en cours ou en fonctionnement.</translation>
    </message>
    <message>
        <source>Several groups on the same theme</source>
        <translation>Plusieurs groupes sur une même thématique</translation>
    </message>
    <message>
        <source>No territory has two groups or more on the same theme.</source>
        <translation>Aucun territoire n&apos;a deux groupes ou plus sur une même thématique.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the table where two groups or more work on the same theme in the same territory: a coordination to look at, not necessarily a duplication.</source>
        <translation>
            <numerusform>%n case du tableau où deux groupes ou plus travaillent sur une même thématique dans un même territoire&#xa0;: une coordination à regarder, pas forcément un doublon.</numerusform>
            <numerusform>%n cases du tableau où deux groupes ou plus travaillent sur une même thématique dans un même territoire&#xa0;: une coordination à regarder, pas forcément un doublon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Actions of different groups, on the same theme in a territory they share, whose titles or objectives have most of their words in common (accents, capitals and word order ignored). A suggestion to check with the groups: similar words may describe different actions.</source>
        <translation>Actions de groupes différents, sur une même thématique dans un territoire qu&apos;ils partagent, dont les titres ou les objectifs ont la plupart de leurs mots en commun (sans tenir compte des accents, des majuscules ni de l&apos;ordre des mots). Une piste à vérifier avec les groupes&#xa0;: des mots proches peuvent décrire des actions différentes.</translation>
    </message>
    <message>
        <source>No pair of actions reads alike.</source>
        <translation>Aucune paire d&apos;actions ne se ressemble.</translation>
    </message>
    <message>
        <source>Words in common</source>
        <translation>Mots en commun</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action of another group</source>
        <translation>Action d&apos;un autre groupe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Partners in the working groups</source>
        <translation>Partenaires dans les groupes de travail</translation>
    </message>
    <message>
        <source>No partner is recorded as pilot, co-pilot or member of a group.</source>
        <translation>Aucun partenaire n&apos;est enregistré comme pilote, co-pilote ou membre d&apos;un groupe.</translation>
    </message>
    <message>
        <source>Groups each partner pilots, co-pilots or takes part in, and where; the most involved first.</source>
        <translation>Les groupes que chaque partenaire pilote, co-pilote ou auxquels il participe, et où&#xa0;; les plus engagés d&apos;abord.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Co-pilot</source>
        <translation>Co-pilote</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>tous (%1)</translation>
    </message>
    <message>
        <source>Who does what where</source>
        <translation>Qui fait quoi, où</translation>
    </message>
    <message>
        <source>%1 × %2: the working groups and actions recorded on each theme of the pact in each territory.</source>
        <translation>%1 × %2&#xa0;: les groupes de travail et les actions enregistrés sur chaque thématique du pacte dans chaque territoire.</translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territoire</numerusform>
            <numerusform>%n territoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thématique</numerusform>
            <numerusform>%n thématiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1 project(s), %2 completed or abandoned</source>
        <translation>en projet %1, réalisées ou abandonnées %2</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
</context>
<context>
    <name>pacte::reports::Evaluation</name>
    <message>
        <source>Departmental counts</source>
        <translation>Décomptes départementaux</translation>
    </message>
    <message>
        <source>Count (§1.4)</source>
        <translation>Décompte (§&#xa0;1.4)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>of which active</source>
        <translation>dont actifs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Projects carried out (completed or running)</source>
        <translation>Projets réalisés (actions réalisées ou en fonctionnement)</translation>
    </message>
    <message>
        <source>Experimentations developed</source>
        <translation>Expérimentations développées</translation>
    </message>
    <message>
        <source>Meetings held during the year</source>
        <translation>Réunions tenues au cours de l&apos;année</translation>
    </message>
    <message>
        <source>Territories whose local committee met</source>
        <translation>Territoires dont le comité local d&apos;animation s&apos;est réuni</translation>
    </message>
    <message>
        <source>New partners since the previous pact</source>
        <translation>Nouveaux partenaires depuis le pacte précédent</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicators measured</source>
        <translation>Indicateurs mesurés</translation>
    </message>
    <message>
        <source>Indicators on target</source>
        <translation>Indicateurs ayant atteint leur cible</translation>
    </message>
    <message>
        <source>Actions by theme</source>
        <translation>Actions par thématique</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Assessment of the coordinator</source>
        <translation>Appréciation de la chargée de mission PTI</translation>
    </message>
    <message>
        <source>No evaluation has been recorded for %1.</source>
        <translation>Aucune évaluation n&apos;a été enregistrée au titre de l&apos;année %1.</translation>
    </message>
    <message>
        <source>Effects produced on each axis</source>
        <translation>Effets produits sur chaque axe</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Évolutions depuis %1</translation>
    </message>
    <message>
        <source>%1 is the first year of the pact.</source>
        <translation>L&apos;année %1 est la première année du pacte.</translation>
    </message>
    <message>
        <source>Nothing changed since %1.</source>
        <translation>Aucune évolution depuis %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>New working groups</source>
        <translation>Nouveaux groupes de travail</translation>
    </message>
    <message>
        <source>Closed working groups</source>
        <translation>Groupes de travail clos</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>Nouvelles actions</translation>
    </message>
    <message>
        <source>Actions removed</source>
        <translation>Actions retirées</translation>
    </message>
    <message>
        <source>Actions whose status changed</source>
        <translation>Actions dont le statut a changé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Indicators that moved</source>
        <translation>Indicateurs ayant évolué</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>meeting of %1</source>
        <translation>séance du %1</translation>
    </message>
    <message>
        <source>act %1</source>
        <translation>acte %1</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 abstentions out of %4 voters</source>
        <translation>pour&#xa0;: %1, contre&#xa0;: %2, abstentions&#xa0;: %3 (votants&#xa0;: %4)</translation>
    </message>
    <message>
        <source>Yearly evaluation %1</source>
        <translation>Évaluation annuelle %1</translation>
    </message>
    <message>
        <source>The year %1 has not begun.</source>
        <translation>L&apos;année %1 n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Figures frozen on %1 by %2; they describe %3.</source>
        <translation>Chiffres figés le %1 par %2&#xa0;; ils présentent la situation au %3.</translation>
    </message>
    <message>
        <source>The year is not frozen: figures read from the data as of %1.</source>
        <translation>Les chiffres de l&apos;année ne sont pas figés&#xa0;: ils sont établis à partir des données au %1.</translation>
    </message>
    <message>
        <source>Partners and signatures</source>
        <translation>Partenaires et signatures</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Counts for the territory %1</source>
        <translation>Décomptes du territoire %1</translation>
    </message>
    <message>
        <source>Counts for the axis %1</source>
        <translation>Décomptes de l&apos;axe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … et %n autre</numerusform>
            <numerusform> … et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>not computed: the signatories of %1 are not all known (%2 recorded out of %3 declared)</source>
        <translation>non calculé&#xa0;: les signataires du %1 ne sont pas tous connus (%2 enregistrés sur %3 déclarés)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>vote figures not stated</source>
        <translation>chiffres du vote non renseignés</translation>
    </message>
    <message numerus="yes">
        <source>%n approved by their deliberative body</source>
        <translation>
            <numerusform>%n approbation par délibération</numerusform>
            <numerusform>%n approbations par délibération</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of unknown status</source>
        <translation>
            <numerusform>%n au statut inconnu</numerusform>
            <numerusform>%n au statut inconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n refus</numerusform>
            <numerusform>%n refus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) expected</source>
        <translation>
            <numerusform>%n partenaire attendu</numerusform>
            <numerusform>%n partenaires attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) recorded</source>
        <translation>
            <numerusform>%n signature enregistrée</numerusform>
            <numerusform>%n signatures enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Local pact</source>
        <translation>Pacte local</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Bilan %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouvelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Abandonnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>pacte::reports::Funding</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Unknown amounts</source>
        <translation>Montants inconnus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>No funding line is entered for the actions of this scope.</source>
        <translation>Aucune ligne de financement n&apos;est saisie pour les actions de ce périmètre.</translation>
    </message>
    <message>
        <source>By axis</source>
        <translation>Par axe</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>Par territoire</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>An action of a working group that covers several territories counts in each of them: this table does not add up to the total.</source>
        <translation>Une action d&apos;un groupe de travail qui couvre plusieurs territoires compte dans chacun d&apos;eux&#xa0;: ce tableau ne s&apos;additionne pas au total.</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Par financeur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Lines without any year are left out of this table: their amounts are unknown.</source>
        <translation>Les lignes sans aucune année ne figurent pas dans ce tableau&#xa0;: leurs montants sont inconnus.</translation>
    </message>
    <message numerus="yes">
        <source>Funding of %n action(s), in %1: the amounts planned, committed and paid, in euros. An amount that is not known is counted in the last column and never added as zero; a cell where no amount of the kind is known says so.</source>
        <translation>
            <numerusform>Financement de %n action, en %1&#xa0;: les montants prévus, engagés et versés, en euros. Un montant qui n&apos;est pas connu est compté dans la dernière colonne et n&apos;est jamais additionné comme zéro&#xa0;; une case où aucun montant de ce type n&apos;est connu le dit.</numerusform>
            <numerusform>Financement de %n actions, en %1&#xa0;: les montants prévus, engagés et versés, en euros. Un montant qui n&apos;est pas connu est compté dans la dernière colonne et n&apos;est jamais additionné comme zéro&#xa0;; une case où aucun montant de ce type n&apos;est connu le dit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n ligne de financement</numerusform>
            <numerusform>%n lignes de financement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::Governance</name>
    <message>
        <source>Steering committee (COPIL)</source>
        <translation>Comité de pilotage (COPIL)</translation>
    </message>
    <message>
        <source>The COPIL meets at least three times over the pact: launch, mid-term and final.</source>
        <translation>Le COPIL se réunit au moins trois fois au cours du pacte&#xa0;: COPIL de lancement, intermédiaire et final.</translation>
    </message>
    <message>
        <source>COPIL</source>
        <translation>COPIL</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>oui (%1)</translation>
    </message>
    <message>
        <source>Local coordination committees</source>
        <translation>Comités locaux d&apos;animation</translation>
    </message>
    <message>
        <source>Each territory&apos;s comité local d&apos;animation meets at least once a year: meetings held per year.</source>
        <translation>Le comité local d&apos;animation de chaque territoire se réunit au moins une fois par an. Le tableau indique le nombre de réunions tenues chaque année.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Findings still open</source>
        <translation>Constats encore ouverts</translation>
    </message>
    <message>
        <source>Every governance rule is met.</source>
        <translation>Toutes les règles de gouvernance sont respectées.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Élément concerné</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Meetings held against the cadence rules of the pact (§1.4), as of %1.</source>
        <translation>Réunions tenues au regard des règles de fréquence fixées par le pacte (§&#xa0;1.4), au %1.</translation>
    </message>
    <message>
        <source>Calendar of coming meetings</source>
        <translation>Calendrier des prochaines réunions</translation>
    </message>
    <message>
        <source>No meeting is planned after %1.</source>
        <translation>Aucune réunion n&apos;est prévue après le %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Territory or group</source>
        <translation>Territoire ou groupe</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>non tenu</translation>
    </message>
    <message>
        <source>%1: %2 and %3.</source>
        <translation>%1 : %2 et %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) as of %1</source>
        <translation>
            <numerusform>%n constat au %1</numerusform>
            <numerusform>%n constats au %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, listed by Pacte&apos;s compliance view and by pacte-cli check.</source>
        <translation>
            <numerusform>… et %n autre, consultable dans la rubrique Conformité de Pacte et avec la commande pacte-cli check.</numerusform>
            <numerusform>… et %n autres, consultables dans la rubrique Conformité de Pacte et avec la commande pacte-cli check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Employment network (CDE and CLE)</source>
        <translation>Réseau pour l&apos;emploi (CDE et CLE)</translation>
    </message>
    <message>
        <source>The comité départemental pour l&apos;emploi, co-chaired by the préfet and the président du conseil départemental, and the comités locaux pour l&apos;emploi (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi; décret du 18 juin 2024): what the PTI presented there. The pact sets no rule for these bodies.</source>
        <translation>Le comité départemental pour l&apos;emploi, coprésidé par le préfet et le président du conseil départemental, et les comités locaux pour l&apos;emploi (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi ; décret du 18 juin 2024) : ce que le PTI y a présenté. Le pacte ne fixe aucune règle pour ces instances.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation>Territoires couverts</translation>
    </message>
    <message>
        <source>Presented by the PTI</source>
        <translation>Présenté par le PTI</translation>
    </message>
    <message>
        <source>%1 does not apply this rule.</source>
        <translation>%1 n&apos;applique pas cette règle.</translation>
    </message>
    <message>
        <source>The pact: « %1 »</source>
        <translation>Le pacte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: « %2 »</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A rule of %1 that the pact of %2 does not state: shown for information, never as a breach.</source>
        <translation>Règle du %1 que le pacte du %2 n&apos;énonce pas&#xa0;: présentée pour information, jamais comme un manquement.</translation>
    </message>
    <message>
        <source>COPIL meetings recorded: launch, mid-term and final.</source>
        <translation>COPIL enregistrés&#xa0;: lancement, intermédiaire et final.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Meetings of each territory&apos;s comité local d&apos;animation recorded per year.</source>
        <translation>Réunions enregistrées du comité local d&apos;animation de chaque territoire, par année.</translation>
    </message>
    <message>
        <source>%1: %2, %3 and %4.</source>
        <translation>%1&#xa0;: %2, %3 et %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation>
            <numerusform>%n pour information</numerusform>
            <numerusform>%n pour information</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings recorded, as of %1. The pact of %2 states no cadence rule: the rules below are another pact&apos;s, shown for information.</source>
        <translation>Réunions enregistrées, au %1. Le pacte du %2 n&apos;énonce pas de règle de fréquence&#xa0;: les règles ci-dessous sont celles d&apos;un autre pacte, présentées pour information.</translation>
    </message>
</context>
<context>
    <name>pacte::reports::GovernanceEvaluation</name>
    <message>
        <source>Bodies established</source>
        <translation>Instances établies</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) established</source>
        <translation>
            <numerusform>%n groupe de travail constitué</numerusform>
            <numerusform>%n groupes de travail constitués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting is recorded.</source>
        <translation>Aucune réunion n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Inscrites</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Status not updated</source>
        <translation>Statut non mis à jour</translation>
    </message>
    <message>
        <source>Decisions written</source>
        <translation>Avec décisions</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>« Status not updated »: meetings whose day has passed and that are still marked planned; « Decisions written »: held meetings whose decisions are recorded.</source>
        <translation>«&#xa0;Statut non mis à jour&#xa0;»&#xa0;: réunions dont la date est passée et qui sont toujours notées prévues&#xa0;; «&#xa0;Avec décisions&#xa0;»&#xa0;: réunions tenues dont les décisions sont enregistrées.</translation>
    </message>
    <message>
        <source>Legibility of the decision circuit</source>
        <translation>Lisibilité du circuit décisionnel</translation>
    </message>
    <message>
        <source>A judgement the records cannot make: no written assessment of the governance for %1 (Evaluation section, « Governance » field of the year&apos;s evaluation).</source>
        <translation>Un jugement que les données ne peuvent pas porter&#xa0;: aucune appréciation écrite de la gouvernance pour %1 (partie Évaluation, champ «&#xa0;Gouvernance&#xa0;» de l&apos;évaluation de l&apos;année).</translation>
    </message>
    <message>
        <source>The coordinator&apos;s assessment (%1):</source>
        <translation>Appréciation de la chargée de mission (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Integration of new partners</source>
        <translation>Intégration de nouveaux partenaires</translation>
    </message>
    <message>
        <source>No previous pact is recorded before %1: its new partners cannot be told from the others.</source>
        <translation>Aucun pacte précédent n&apos;est enregistré avant le %1&#xa0;: ses nouveaux partenaires ne peuvent pas être distingués des autres.</translation>
    </message>
    <message>
        <source>New partners since the previous pact: %1.</source>
        <translation>Nouveaux partenaires depuis le pacte précédent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No partner engaged in %1 was absent from the previous pact.</source>
        <translation>Aucun partenaire engagé dans le %1 n&apos;était absent du pacte précédent.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilote de</translation>
    </message>
    <message>
        <source>Co-pilots</source>
        <translation>Co-pilote de</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <source>in no group</source>
        <translation>dans aucun groupe</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Pilot • co-pilot</source>
        <translation>Pilote • co-pilote</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups without a partner pilot</source>
        <translation>Groupes sans pilote partenaire</translation>
    </message>
    <message>
        <source>Groups whose pilot and co-pilot are both the Département, or that have none: the presence of a partner as pilot or co-pilot is one of the criteria the groups are evaluated on.</source>
        <translation>Groupes dont le pilote et le co-pilote sont tous deux le Département, ou qui n&apos;en ont pas&#xa0;: la présence d&apos;un pilote et/ou co-pilote partenaire est l&apos;un des critères sur lesquels les groupes sont évalués.</translation>
    </message>
    <message>
        <source>No working group is recorded for %1.</source>
        <translation>Aucun groupe de travail n&apos;est enregistré pour le %1.</translation>
    </message>
    <message>
        <source>Every working group has a partner among its pilots (%1).</source>
        <translation>Chaque groupe de travail a un partenaire parmi ses pilotes (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) led by the Département alone, as recorded:</source>
        <translation>
            <numerusform>%n groupe animé par le seul Département, d&apos;après les données&#xa0;:</numerusform>
            <numerusform>%n groupes animés par le seul Département, d&apos;après les données&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) without any pilot recorded:</source>
        <translation>
            <numerusform>%n groupe sans aucun pilote enregistré&#xa0;:</numerusform>
            <numerusform>%n groupes sans aucun pilote enregistré&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Superpositions, duplicates and gaps</source>
        <translation>Superpositions, doublons et lacunes</translation>
    </message>
    <message>
        <source>No working group is recorded yet: there is no intervention to compare.</source>
        <translation>Aucun groupe de travail n&apos;est encore enregistré&#xa0;: il n&apos;y a pas d&apos;interventions à comparer.</translation>
    </message>
    <message>
        <source>Observation on the records</source>
        <translation>Constat sur les données</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Themes of the pact without a working group in a territory</source>
        <translation>Thématiques du pacte sans groupe de travail dans un territoire</translation>
    </message>
    <message>
        <source>Themes with groups but no action under way in a territory</source>
        <translation>Thématiques avec des groupes mais sans action en cours dans un territoire</translation>
    </message>
    <message>
        <source>Several groups on the same theme in the same territory</source>
        <translation>Plusieurs groupes sur la même thématique dans le même territoire</translation>
    </message>
    <message>
        <source>Possible duplicates between actions of different groups</source>
        <translation>Doublons possibles entre actions de groupes différents</translation>
    </message>
    <message>
        <source>Observations, not judgements: the pact does not ask for every theme everywhere. The details are in « Who does what where ».</source>
        <translation>Des constats, non des jugements&#xa0;: le pacte ne demande pas chaque thématique partout. Le détail figure dans «&#xa0;Qui fait quoi, où&#xa0;».</translation>
    </message>
    <message>
        <source>Observations, not judgements: the pact does not ask for every theme everywhere. Tick « Who does what where » in the report dialog for the details.</source>
        <translation>Des constats, non des jugements&#xa0;: le pacte ne demande pas chaque thématique partout. Cochez «&#xa0;Qui fait quoi, où&#xa0;» dans la fenêtre du rapport pour en avoir le détail.</translation>
    </message>
    <message>
        <source>Evaluation of the governance</source>
        <translation>Évaluation de la gouvernance</translation>
    </message>
    <message>
        <source>The bodies established, the decision circuit, the integration of new partners, the groups&apos; pilots, and the superpositions, duplicates and gaps between the actors&apos; interventions. Figures computed from the records as of %1; what is judgement is the coordinator&apos;s.</source>
        <translation>Les instances établies, le circuit décisionnel, l&apos;intégration de nouveaux partenaires, les pilotes des groupes, et les superpositions, doublons et lacunes entre les interventions des acteurs. Chiffres calculés d&apos;après les données au %1&#xa0;; ce qui relève du jugement appartient à la chargée de mission.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) engaged in %1 and not in the previous pact; %2 in at least one working group.</source>
        <translation>
            <numerusform>%n partenaire engagé dans le %1 et non dans le pacte précédent&#xa0;; %2 dans au moins un groupe de travail.</numerusform>
            <numerusform>%n partenaires engagés dans le %1 et non dans le pacte précédent&#xa0;; %2 dans au moins un groupe de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>No working group established.</source>
        <translation>Aucun groupe de travail constitué.</translation>
    </message>
    <message>
        <source>%1, of which %2.</source>
        <translation>%1, dont %2.</translation>
    </message>
    <message>
        <source>%1 Meetings recorded up to %2, by kind of body: what became of them.</source>
        <translation>%1 Réunions enregistrées jusqu&apos;au %2, par instance&#xa0;: ce qu&apos;il en est advenu.</translation>
    </message>
</context>
<context>
    <name>pacte::reports::GroupEvaluations</name>
    <message>
        <source>Effects:</source>
        <translation>Effets&#xa0;:</translation>
    </message>
    <message>
        <source>Coherence with existing schemes:</source>
        <translation>Cohérence avec les dispositifs&#xa0;:</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat&#xa0;:</translation>
    </message>
    <message>
        <source>Difficulties:</source>
        <translation>Difficultés&#xa0;:</translation>
    </message>
    <message>
        <source>Adjustments proposed:</source>
        <translation>Ajustements proposés&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Groups that entered their evaluation</source>
        <translation>Groupes ayant saisi leur évaluation</translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Quality of the partnership (as the groups judge it)</source>
        <translation>Qualité du partenariat (selon les groupes)</translation>
    </message>
    <message>
        <source>Group meetings held (computed)</source>
        <translation>Réunions de groupe tenues (calculé)</translation>
    </message>
    <message>
        <source>People recorded present at them (computed, counted per group)</source>
        <translation>Personnes enregistrées présentes (calculé, compté par groupe)</translation>
    </message>
    <message>
        <source>Head counts stated at them (computed)</source>
        <translation>Effectifs déclarés (calculé)</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>no evaluation entered</source>
        <translation>aucune évaluation saisie</translation>
    </message>
    <message>
        <source>Working groups&apos; evaluations of %1</source>
        <translation>Évaluations des groupes de travail pour %1</translation>
    </message>
    <message>
        <source>What each group entered for the year (effects, coherence with existing schemes, quality of the partnership on a four-step scale, difficulties, adjustments proposed), with the figures computed from the records: pilot, the group&apos;s meetings held in the year and their attendance.</source>
        <translation>Ce que chaque groupe a saisi pour l&apos;année (effets, cohérence avec les dispositifs existants, qualité du partenariat sur une échelle à quatre niveaux, difficultés, ajustements proposés), avec les chiffres calculés d&apos;après les données&#xa0;: pilote, réunions du groupe tenues dans l&apos;année et leur fréquentation.</translation>
    </message>
    <message>
        <source>No working group in this scope.</source>
        <translation>Aucun groupe de travail dans ce périmètre.</translation>
    </message>
    <message>
        <source>Groups without an axis</source>
        <translation>Groupes sans axe</translation>
    </message>
    <message>
        <source>Groups without a pilot recorded</source>
        <translation>Groupes sans pilote enregistré</translation>
    </message>
</context>
<context>
    <name>pacte::reports::Groups</name>
    <message>
        <source>Axis %1: %2</source>
        <translation>Axe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Axis and theme</source>
        <translation>Axe et thématique</translation>
    </message>
    <message>
        <source>experimentation</source>
        <translation>expérimentation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation>Publics ciblés</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités de mise en œuvre</translation>
    </message>
    <message>
        <source>Main deliverables</source>
        <translation>Principaux livrables</translation>
    </message>
    <message>
        <source>Linked schemes</source>
        <translation>Dispositifs liés</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Not stated yet</source>
        <translation>À renseigner</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>no pilot</source>
        <translation>aucun pilote</translation>
    </message>
    <message>
        <source>Whole département</source>
        <translation>Ensemble du département</translation>
    </message>
    <message>
        <source>Working groups by territory</source>
        <translation>Groupes de travail par territoire</translation>
    </message>
    <message>
        <source>No working group on this territory.</source>
        <translation>Aucun groupe de travail sur ce territoire.</translation>
    </message>
    <message>
        <source>Working group and theme</source>
        <translation>Groupe de travail et thématique</translation>
    </message>
    <message>
        <source>Pilot • co-pilot</source>
        <translation>Pilote • co-pilote</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Status of the actions</source>
        <translation>Statut des actions</translation>
    </message>
    <message>
        <source>Action sheets</source>
        <translation>Fiches action</translation>
    </message>
    <message numerus="yes">
        <source>%n action sheet(s): objectives, publics, modalities and deliverables, indicators (§1.4).</source>
        <translation>
            <numerusform>%n fiche action&#xa0;: objectifs, publics ciblés, modalités de mise en œuvre et livrables, indicateurs (§&#xa0;1.4).</numerusform>
            <numerusform>%n fiches action&#xa0;: objectifs, publics ciblés, modalités de mise en œuvre et livrables, indicateurs (§&#xa0;1.4).</numerusform>
        </translation>
    </message>
    <message>
        <source>No action sheet in this scope.</source>
        <translation>Aucune fiche action dans ce périmètre.</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s). The pact has each led by a pilot and a co-pilot from two different structures (§1.4); the Governance section lists those that are not yet.</source>
        <translation>
            <numerusform>%n groupe de travail. Le pacte prévoit que chacun soit animé par un pilote et un co-pilote issus de deux structures différentes (§ 1.4) ; la partie Gouvernance liste ceux qui ne le sont pas encore.</numerusform>
            <numerusform>%n groupes de travail. Le pacte prévoit que chacun soit animé par un pilote et un co-pilote issus de deux structures différentes (§ 1.4) ; la partie Gouvernance liste ceux qui ne le sont pas encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier life</source>
        <translation>Action poursuivie</translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s), with their pilot and co-pilot as recorded.</source>
        <translation>
            <numerusform>%n groupe de travail, avec son pilote et son co-pilote tels qu&apos;enregistrés.</numerusform>
            <numerusform>%n groupes de travail, avec leur pilote et leur co-pilote tels qu&apos;enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) not reported left out</source>
        <translation>
            <numerusform>%n mesure non renseignée exclue</numerusform>
            <numerusform>%n mesures non renseignées exclues</numerusform>
        </translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Partners committed</source>
        <translation>Partenaires engagés</translation>
    </message>
</context>
<context>
    <name>pacte::reports::Illustrative</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>out of %1</source>
        <translation>sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n axis(es)</source>
        <translation>
            <numerusform>%n axe</numerusform>
            <numerusform>%n axes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n autre enregistrement</numerusform>
            <numerusform>%n autres enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Illustrative data: this report rests on records invented for the example (%1). The figures and charts drawn from them do not describe the pact as it is.</source>
        <translation>Données illustratives&#xa0;: ce rapport s&apos;appuie sur des enregistrements inventés pour l&apos;exemple (%1). Les chiffres et graphiques qui en sont tirés ne décrivent pas le pacte tel qu&apos;il est.</translation>
    </message>
    <message numerus="yes">
        <source>Drawn from illustrative data: %n of the %1 actions shown invented for the example.</source>
        <translation>
            <numerusform>Tiré de données illustratives&#xa0;: %n des %1 actions présentées est inventée pour l&apos;exemple.</numerusform>
            <numerusform>Tiré de données illustratives&#xa0;: %n des %1 actions présentées sont inventées pour l&apos;exemple.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::reports::LocalPacts</name>
    <message>
        <source>Axis %1: %2</source>
        <translation>Axe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Local pact: %1</source>
        <translation>Pacte local&#xa0;: %1</translation>
    </message>
    <message>
        <source>No local pact entered for this territory in this edition.</source>
        <translation>Aucun pacte local saisi pour ce territoire dans cette édition.</translation>
    </message>
    <message>
        <source>Shared diagnosis</source>
        <translation>Diagnostic partagé</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Territorial priorities</source>
        <translation>Priorités territoriales</translation>
    </message>
    <message>
        <source>No priority entered.</source>
        <translation>Aucune priorité saisie.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Sert</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Portée par</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>Local committees held</source>
        <translation>Comités locaux tenus</translation>
    </message>
    <message>
        <source>No local committee meeting recorded as held.</source>
        <translation>Aucune réunion de comité local enregistrée comme tenue.</translation>
    </message>
    <message>
        <source>Yearly review %1</source>
        <translation>Bilan annuel %1</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>No yearly review written yet.</source>
        <translation>Aucun bilan annuel écrit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Written by the local committee</source>
        <translation>Écrit par le comité local</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Ce qui a bougé</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Local pacts</source>
        <translation>Pactes locaux</translation>
    </message>
    <message>
        <source>The PTI &quot;se décline opérationnellement au travers des Pactes Territoriaux Locaux&quot; (§1.3): in each territory, the local committee shares the diagnosis, determines the territorial priorities and reviews the year. One page per territory.</source>
        <translation>Le PTI «&#xa0;se décline opérationnellement au travers des Pactes Territoriaux Locaux&#xa0;» (§ 1.3)&#xa0;: dans chaque territoire, le comité local partage le diagnostic, détermine les priorités territoriales et fait le bilan de l&apos;année. Une page par territoire.</translation>
    </message>
</context>
<context>
    <name>pacte::reports::ReportBuilder</name>
    <message>
        <source>Whole département</source>
        <translation>Ensemble du département</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Axis: %1</source>
        <translation>Axe&#xa0;: %1</translation>
    </message>
    <message>
        <source>year %1 (frozen evaluation)</source>
        <translation>année %1 (évaluation figée)</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <source>Département of %1</source>
        <translation>Département&#xa0;: %1</translation>
    </message>
    <message>
        <source>Figures of the %1 evaluation, frozen (as of %2)</source>
        <translation>Chiffres de l&apos;évaluation %1, figés (situation au %2)</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Chiffres au %1</translation>
    </message>
    <message>
        <source>Pacte Territorial pour l&apos;Insertion</source>
        <translation>Pacte Territorial pour l&apos;Insertion</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Report to the steering committee (COPIL)</source>
        <translation>Rapport au comité de pilotage (COPIL)</translation>
    </message>
    <message>
        <source>COPIL version</source>
        <translation>Version COPIL</translation>
    </message>
    <message>
        <source>Working document</source>
        <translation>Document de travail</translation>
    </message>
    <message>
        <source>Produced on %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>pacte::reports::ReportFiles</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>La production du rapport a été annulée.</translation>
    </message>
    <message>
        <source>The report %1 could not be written</source>
        <translation>Le rapport %1 n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>pacte::reports::ReportHtml</name>
    <message>
        <source>not stated</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>pacte::reports::ReportPages</name>
    <message>
        <source>Pacte Territorial pour l&apos;Insertion — %1</source>
        <translation>Pacte Territorial pour l&apos;Insertion — %1</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
</context>
<context>
    <name>pacte::reports::Summary</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Figures of the yearly evaluation %1, frozen: they read as they were on %2.</source>
        <translation>Chiffres de l&apos;évaluation annuelle %1, figés&#xa0;: ils présentent la situation au %2.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Chiffres au %1.</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>groupes de travail</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>experimentations</source>
        <translation>expérimentations</translation>
    </message>
    <message>
        <source>signatory partners</source>
        <translation>partenaires signataires</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>réunions tenues</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation>Actions par statut</translation>
    </message>
    <message>
        <source>As in Annexe 1 of the pact: where each recommended action stands.</source>
        <translation>Comme dans l&apos;annexe 1 du pacte&#xa0;: état d&apos;avancement de chaque action préconisée.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Actions by axis</source>
        <translation>Actions par axe</translation>
    </message>
    <message>
        <source>Actions by territory</source>
        <translation>Actions par territoire</translation>
    </message>
    <message>
        <source>A working group on two territories counts in both.</source>
        <translation>Un groupe de travail couvrant deux territoires est comptabilisé dans chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>experimentation</source>
        <translation>expérimentation</translation>
    </message>
    <message>
        <source>signatory partner</source>
        <translation>partenaire signataire</translation>
    </message>
    <message>
        <source>meeting held</source>
        <translation>réunion tenue</translation>
    </message>
    <message numerus="yes">
        <source>partners recorded out of %n declared signatory(ies)</source>
        <translation>
            <numerusform>partenaires enregistrés sur %n signataire déclaré</numerusform>
            <numerusform>partenaires enregistrés sur %n signataires déclarés</numerusform>
        </translation>
    </message>
    <message>
        <source>partner expected</source>
        <translation>partenaire attendu</translation>
    </message>
    <message>
        <source>partners expected</source>
        <translation>partenaires attendus</translation>
    </message>
</context>
<context>
    <name>pacte::reports::TemplateSums</name>
    <message>
        <source>not summed</source>
        <translation>pas de somme</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>Units differ (%1 and %2): not summed.</source>
        <translation>Unités différentes (%1 et %2)&#xa0;: pas de somme.</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>sans unité</translation>
    </message>
    <message>
        <source>Indicator templates: totals</source>
        <translation>Indicateurs types&#xa0;: totaux</translation>
    </message>
    <message>
        <source>No indicator of this scope is linked to an indicator template.</source>
        <translation>Aucun indicateur de ce périmètre n&apos;est lié à un indicateur type.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Indicator template</source>
        <translation>Indicateur type</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Without a known value</source>
        <translation>Sans valeur connue</translation>
    </message>
    <message>
        <source>Sum of the latest values</source>
        <translation>Somme des dernières valeurs</translation>
    </message>
    <message>
        <source>Sum of the targets</source>
        <translation>Somme des cibles</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>A rate: not added up, the range is given.</source>
        <translation>Un taux&#xa0;: pas de somme, l&apos;écart est donné.</translation>
    </message>
    <message>
        <source>Each indicator template of a theme added up over the indicators linked to it, across the groups and territories: the latest value known on %1 and the target. An indicator with no known value is counted apart, never as zero; indicators in different units are not summed, nor are rates, whose lowest and highest values are given. Templates marked example come from an illustrative library, not from the pact.</source>
        <translation>Chaque indicateur type d&apos;une thématique additionné sur les indicateurs qui lui sont liés, tous groupes et territoires confondus&#xa0;: la dernière valeur connue au %1 et la cible. Un indicateur sans valeur connue est compté à part, jamais comme zéro&#xa0;; des indicateurs d&apos;unités différentes ne sont pas additionnés, ni les taux, dont on donne la plus basse et la plus haute valeur. Les indicateurs types marqués exemple viennent d&apos;une bibliothèque d&apos;illustration, non du pacte.</translation>
    </message>
</context>
<context>
    <name>pacte::rules</name>
    <message>
        <source>The working group &quot;%1&quot; has neither a pilot nor a co-pilot.</source>
        <translation>Le groupe de travail « %1 » n&apos;a ni pilote ni co-pilote.</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; is led by %2 alone: it needs a pilot and a co-pilot from two different structures.</source>
        <translation>Le groupe de travail « %1 » n&apos;a qu&apos;une structure à son pilotage (%2) : il doit avoir un pilote et un co-pilote issus de deux structures différentes.</translation>
    </message>
    <message>
        <source>The pilot and the co-pilot of the working group &quot;%1&quot; are the same structure (%2): they must come from two different structures.</source>
        <translation>Le pilote et le co-pilote du groupe de travail « %1 » relèvent de la même structure (%2) : ils doivent être issus de deux structures différentes.</translation>
    </message>
    <message>
        <source>The action sheet &quot;%1&quot; is incomplete: missing %2.</source>
        <translation>La fiche action « %1 » est incomplète (éléments manquants : %2).</translation>
    </message>
    <message>
        <source>%1 signed the pact but has not named a PTI referent.</source>
        <translation>Le partenaire %1 a signé le pacte mais n&apos;a désigné aucun référent PTI.</translation>
    </message>
    <message>
        <source>The Département has not named a PTI referent for the territory %1.</source>
        <translation>Le Département n&apos;a pas désigné de référent PTI pour le territoire %1.</translation>
    </message>
    <message>
        <source>The deliberation of %1 does not add up: %2</source>
        <translation>Les chiffres de la délibération du partenaire %1 ne concordent pas : %2</translation>
    </message>
    <message>
        <source>A working group has a pilot and a co-pilot from two different structures.</source>
        <translation>Chaque groupe de travail a un pilote et un co-pilote issus de deux structures différentes.</translation>
    </message>
    <message>
        <source>The COPIL meets at least three times: launch, mid-term and final.</source>
        <translation>Le COPIL se réunit au moins trois fois : COPIL de lancement, intermédiaire et final.</translation>
    </message>
    <message>
        <source>Each territory&apos;s local committee meets at least once a year.</source>
        <translation>Le comité local d&apos;animation de chaque territoire se réunit au moins une fois par an.</translation>
    </message>
    <message>
        <source>Every signatory partner names at least one PTI referent.</source>
        <translation>Chaque partenaire signataire désigne au moins un référent PTI.</translation>
    </message>
    <message>
        <source>The Département names one PTI referent per territory.</source>
        <translation>Le Département désigne un référent PTI par territoire.</translation>
    </message>
    <message>
        <source>An intermediate evaluation is made every year, and a final one.</source>
        <translation>Une évaluation intermédiaire est réalisée chaque année, ainsi qu&apos;une évaluation finale.</translation>
    </message>
    <message>
        <source>A partner&apos;s approving deliberation adds up: voters, votes cast, quorum.</source>
        <translation>La délibération d&apos;approbation d&apos;un partenaire est cohérente : votants, suffrages exprimés, quorum.</translation>
    </message>
    <message>
        <source>%1 (%2) is dated %3, after the end of %4 (%5): it counts for none of the edition&apos;s rules. Correct its date, or record it in the next edition.</source>
        <translation>%1 (%2) est datée du %3, après la fin de %4 (%5)&#xa0;: elle ne compte pour aucune règle de l&apos;édition. Corrigez sa date, ou saisissez-la dans l&apos;édition suivante.</translation>
    </message>
    <message>
        <source>A meeting of an edition is dated within the edition.</source>
        <translation>Une réunion d&apos;une édition est datée dans la période de l&apos;édition.</translation>
    </message>
    <message>
        <source>An action sheet states objectives, publics, implementation modalities and deliverables, an evaluation indicator and an output indicator.</source>
        <translation>Une fiche action énonce les objectifs poursuivis, les publics ciblés, les modalités de mise en œuvre et les principaux livrables, un indicateur d&apos;évaluation et un indicateur de réalisation.</translation>
    </message>
    <message>
        <source>Would not satisfy the rule of %1: %2</source>
        <translation>Ne satisferait pas la règle du %1 : %2</translation>
    </message>
    <message>
        <source>The deliberation of %1 does not state: %2. Its tally is checked only on the figures it states.</source>
        <translation>La délibération du partenaire %1 ne renseigne pas&#xa0;: %2. Son décompte n&apos;est vérifié que sur les chiffres qu&apos;elle donne.</translation>
    </message>
    <message>
        <source>No launch COPIL of %1 is recorded as held (due by %2).</source>
        <translation>Aucun COPIL de lancement de l&apos;édition %1 n&apos;est enregistré comme tenu (échéance : %2).</translation>
    </message>
    <message>
        <source>The launch COPIL of %1 is due by %2 and is not recorded as held yet.</source>
        <translation>Le COPIL de lancement de l&apos;édition %1, à tenir au plus tard le %2, n&apos;est pas encore enregistré comme tenu.</translation>
    </message>
    <message>
        <source>No mid-term COPIL of %1 is recorded as held (due by %2).</source>
        <translation>Aucun COPIL intermédiaire de l&apos;édition %1 n&apos;est enregistré comme tenu (échéance : %2).</translation>
    </message>
    <message>
        <source>The mid-term COPIL of %1 is due by %2 and is not recorded as held yet.</source>
        <translation>Le COPIL intermédiaire de l&apos;édition %1, à tenir au plus tard le %2, n&apos;est pas encore enregistré comme tenu.</translation>
    </message>
    <message>
        <source>No final COPIL of %1 is recorded as held (due by %2).</source>
        <translation>Aucun COPIL final de l&apos;édition %1 n&apos;est enregistré comme tenu (échéance : %2).</translation>
    </message>
    <message>
        <source>The final COPIL of %1 is due by %2 and is not recorded as held yet.</source>
        <translation>Le COPIL final de l&apos;édition %1, à tenir au plus tard le %2, n&apos;est pas encore enregistré comme tenu.</translation>
    </message>
    <message>
        <source>No meeting of the local committee of %1 is recorded in %2.</source>
        <translation>Aucune réunion du comité local d&apos;animation du territoire %1 n&apos;est enregistrée en %2.</translation>
    </message>
    <message>
        <source>No meeting of the local committee of %1 is recorded yet in %2.</source>
        <translation>Aucune réunion du comité local d&apos;animation du territoire %1 n&apos;est encore enregistrée en %2.</translation>
    </message>
    <message>
        <source>No intermediate evaluation of %1 is recorded for %2.</source>
        <translation>Aucune évaluation intermédiaire de l&apos;édition %1 n&apos;est enregistrée au titre de %2.</translation>
    </message>
    <message>
        <source>%1 ended on %2 and no final evaluation is recorded.</source>
        <translation>L&apos;édition %1 s&apos;est achevée le %2 et aucune évaluation finale n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>%1 approved the pact but has not named a PTI referent.</source>
        <translation>Le partenaire %1 a approuvé le pacte mais n&apos;a désigné aucun référent PTI.</translation>
    </message>
    <message>
        <source>%1 is expected among the signatories and has not named a PTI referent yet.</source>
        <translation>Le partenaire %1, attendu parmi les signataires, n&apos;a pas encore désigné de référent PTI.</translation>
    </message>
</context>
</TS>
