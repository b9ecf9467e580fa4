<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Pacte Territorial pour l&apos;Insertion</source>
        <translation>Pacte Territorial pour l&apos;Insertion</translation>
    </message>
    <message>
        <source>the database to open</source>
        <translation>la base Pacte à ouvrir</translation>
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
        <source>implementation modalities and deliverables</source>
        <translation>modalités de mise en œuvre et livrables</translation>
    </message>
    <message>
        <source>at least one indicator</source>
        <translation>au moins un indicateur</translation>
    </message>
</context>
<context>
    <name>pacte::Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be written.</source>
        <translation>La copie de sauvegarde %1 n&apos;a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>pacte::Database</name>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base de données %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened (SQLite integrity check failed).</source>
        <translation>Le fichier %1 est endommagé et ne peut pas être ouvert (échec du contrôle d&apos;intégrité SQLite).</translation>
    </message>
    <message>
        <source>The file %1 is an incomplete Pacte database (it has no identity).</source>
        <translation>Le fichier %1 est une base Pacte incomplète (son identifiant est absent).</translation>
    </message>
    <message>
        <source>The file %1 already exists: choose another name.</source>
        <translation>Le fichier %1 existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The file %1 is being created by another instance of Pacte.</source>
        <translation>Le fichier %1 est en cours de création par une autre instance de Pacte.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The file %1 uses an older data format and must be updated, which is impossible while it is read-only or open in another instance of Pacte.</source>
        <translation>Le fichier %1 utilise un ancien format de données et doit être mis à jour, ce qui est impossible tant qu&apos;il est en lecture seule ou ouvert dans une autre instance de Pacte.</translation>
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
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée : %1</translation>
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
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu : %2.</translation>
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
        <source>Pacte — %1</source>
        <translation>Pacte — %1</translation>
    </message>
    <message>
        <source>Opened read-only: %1 is open in Pacte by %2 on %3 since %4.</source>
        <translation>Ouvert en lecture seule : %1 est ouvert dans Pacte par %2 sur le poste %3 depuis le %4.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>Opened read-only: you cannot write to %1.</source>
        <translation>Ouvert en lecture seule : vous ne disposez pas des droits d&apos;écriture sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n signatory partner(s)</source>
        <translation>
            <numerusform>%n partenaire signataire</numerusform>
            <numerusform>%n partenaires signataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes, %1 theme(s)</source>
        <translation>
            <numerusform>%n axe, %1 thématique(s)</numerusform>
            <numerusform>%n axes, %1 thématique(s)</numerusform>
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
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::Records</name>
    <message>
        <source>%1 of %2, %3; quorum %4, present %5, proxies %6, voters %7, for %8, against %9, abstentions %10, not voting %11</source>
        <translation>%1 du %2, %3 ; quorum : %4, présents : %5, procurations : %6, votants : %7, pour : %8, contre : %9, abstentions : %10, ne prend pas part au vote : %11</translation>
    </message>
</context>
<context>
    <name>pacte::ReportScope</name>
    <message>
        <source>whole département</source>
        <translation>ensemble du département</translation>
    </message>
    <message>
        <source>territory: %1</source>
        <translation>territoire : %1</translation>
    </message>
    <message>
        <source>axis: %1</source>
        <translation>axe : %1</translation>
    </message>
</context>
<context>
    <name>pacte::Repository</name>
    <message>
        <source>&quot;%1&quot; no longer exists in the database.</source>
        <translation>« %1 » n&apos;existe plus dans la base de données.</translation>
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
</context>
<context>
    <name>pacte::cli</name>
    <message>
        <source>the database</source>
        <translation>la base Pacte</translation>
    </message>
    <message>
        <source>the edition, by its title</source>
        <translation>l&apos;édition, désignée par son titre</translation>
    </message>
    <message>
        <source>check as of this day (default: today)</source>
        <translation>date de référence du contrôle (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>produire une sortie au format JSON</translation>
    </message>
    <message>
        <source>%1: %2 finding(s), %3 error(s) and %4 warning(s).</source>
        <translation>%1 : %2 constat(s), dont %3 erreur(s) et %4 avertissement(s).</translation>
    </message>
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
        <source>the file to write</source>
        <translation>le fichier à produire</translation>
    </message>
    <message>
        <source>missing -o OUT.json.</source>
        <translation>option -o OUT.json manquante.</translation>
    </message>
    <message>
        <source>%1: only the JSON full dump (.json) is supported.</source>
        <translation>%1 : seul l&apos;export complet au format JSON (.json) est pris en charge.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier %1 enregistré.</translation>
    </message>
    <message>
        <source>the database to create</source>
        <translation>la base Pacte à créer</translation>
    </message>
    <message>
        <source>the full dump to read</source>
        <translation>l&apos;export complet à lire</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
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
        <source>size: 10·N working groups and 100·N actions</source>
        <translation>taille : 10·N groupes de travail et 100·N actions</translation>
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
        <source>fill it with the Hérault demo data</source>
        <translation>la remplir avec les données de démonstration de l&apos;Hérault</translation>
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
        <source>create a database (with the demo data)</source>
        <translation>créer une base Pacte (avec les données de démonstration)</translation>
    </message>
    <message>
        <source>counts of an edition</source>
        <translation>chiffres clés d&apos;une édition</translation>
    </message>
    <message>
        <source>governance rules and sheet completeness</source>
        <translation>règles de gouvernance et complétude des fiches action</translation>
    </message>
    <message>
        <source>full dump of the database</source>
        <translation>export complet de la base</translation>
    </message>
    <message>
        <source>restore a full dump into a new FILE</source>
        <translation>restaurer un export complet dans un nouveau fichier FILE</translation>
    </message>
    <message>
        <source>synthetic data for benchmarks</source>
        <translation>données synthétiques pour les tests de performance</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Édition : %1</translation>
    </message>
    <message>
        <source>Signatory partners: %1</source>
        <translation>Partenaires signataires : %1</translation>
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
        <source>usage: pacte-cli COMMAND ARGUMENTS...</source>
        <translation>usage : pacte-cli COMMANDE ARGUMENTS...</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 findings or conflicts to report, 2 bad usage or bad input.</source>
        <translation>Codes de sortie : 0 exécution réussie, 1 constats ou conflits à signaler, 2 utilisation ou données d&apos;entrée incorrectes.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
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
</context>
<context>
    <name>pacte::rules</name>
    <message>
        <source>No launch COPIL has been held for %1 (due by %2).</source>
        <translation>Aucun COPIL de lancement ne s&apos;est tenu pour l&apos;édition %1 (échéance : %2).</translation>
    </message>
    <message>
        <source>The launch COPIL of %1 is due by %2 and has not been held yet.</source>
        <translation>Le COPIL de lancement de l&apos;édition %1, à tenir au plus tard le %2, ne s&apos;est pas encore tenu.</translation>
    </message>
    <message>
        <source>No mid-term COPIL has been held for %1 (due by %2).</source>
        <translation>Aucun COPIL intermédiaire ne s&apos;est tenu pour l&apos;édition %1 (échéance : %2).</translation>
    </message>
    <message>
        <source>The mid-term COPIL of %1 is due by %2 and has not been held yet.</source>
        <translation>Le COPIL intermédiaire de l&apos;édition %1, à tenir au plus tard le %2, ne s&apos;est pas encore tenu.</translation>
    </message>
    <message>
        <source>No final COPIL has been held for %1 (due by %2).</source>
        <translation>Aucun COPIL final ne s&apos;est tenu pour l&apos;édition %1 (échéance : %2).</translation>
    </message>
    <message>
        <source>The final COPIL of %1 is due by %2 and has not been held yet.</source>
        <translation>Le COPIL final de l&apos;édition %1, à tenir au plus tard le %2, ne s&apos;est pas encore tenu.</translation>
    </message>
    <message>
        <source>The local committee of %1 did not meet in %2.</source>
        <translation>Le comité local d&apos;animation du territoire %1 ne s&apos;est pas réuni en %2.</translation>
    </message>
    <message>
        <source>The local committee of %1 has not met yet in %2.</source>
        <translation>Le comité local d&apos;animation du territoire %1 ne s&apos;est pas encore réuni en %2.</translation>
    </message>
    <message>
        <source>No intermediate evaluation of %1 was made for %2.</source>
        <translation>Aucune évaluation intermédiaire de l&apos;édition %1 n&apos;a été réalisée au titre de %2.</translation>
    </message>
    <message>
        <source>%1 ended on %2 without a final evaluation.</source>
        <translation>L&apos;édition %1 s&apos;est achevée le %2 sans évaluation finale.</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; has neither a pilot nor a co-pilot.</source>
        <translation>Le groupe de travail « %1 » n&apos;a ni pilote ni co-pilote.</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; is led by %2 alone: it needs a pilot and a co-pilot from two different structures.</source>
        <translation>Le groupe de travail « %1 » est piloté uniquement par %2 : il doit avoir un pilote et un co-pilote issus de deux structures différentes.</translation>
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
        <source>An action sheet states objectives, publics, modalities or deliverables and at least one indicator.</source>
        <translation>Une fiche action précise les objectifs, les publics ciblés, les modalités de mise en œuvre ou les livrables, et au moins un indicateur.</translation>
    </message>
    <message>
        <source>An intermediate evaluation is made every year, and a final one.</source>
        <translation>Une évaluation intermédiaire est réalisée chaque année, ainsi qu&apos;une évaluation finale.</translation>
    </message>
    <message>
        <source>A partner&apos;s approving deliberation adds up: voters, votes cast, quorum.</source>
        <translation>La délibération d&apos;approbation d&apos;un partenaire est cohérente : votants, suffrages exprimés, quorum.</translation>
    </message>
</context>
</TS>
