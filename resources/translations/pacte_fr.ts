<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Pacte Territorial pour l&apos;Insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Action</name>
    <message>
        <source>objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementation modalities and deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Database</name>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened (SQLite integrity check failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an incomplete Pacte database (it has no identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is being created by another instance of Pacte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 uses an older data format and must be updated, which is impossible while it is read-only or open in another instance of Pacte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was cancelled because part of it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Deliberation</name>
    <message>
        <source>The tally contains a negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters (%1) should equal members present (%2) plus proxies (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For (%1) + against (%2) + abstentions (%3) should equal voters (%4) minus those not taking part (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present (%1) are fewer than the quorum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Dump</name>
    <message>
        <source>the identifier %1 is used twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name any %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a Pacte full dump (format &quot;%1&quot; expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this dump was written by a newer version of Pacte (format %1; this version reads up to format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target public &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edition cannot be its own predecessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two editions are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working group belongs to another edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a signature for this edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the axis belongs to another edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the theme belongs to another edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme (dispositif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this evaluation appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editions&apos; predecessors form a loop (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full dump can only be read into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is missing from this build of Pacte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Enum</name>
    <message>
        <source>State (DDETS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercommunality (EPCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pôle emploi / France Travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departmental union of CCAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAE structure (SIAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome / effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch COPIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term COPIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final COPIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPIL (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local coordination committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territorial seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI referent of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departmental PTI referent of a territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI project officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate (yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::FileInspector</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Pacte database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a Pacte database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Pacte database (it is not an SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged: its header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is truncated or damaged: it holds %2 bytes where %3 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database that does not belong to Pacte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of Pacte (data format %2; this version reads up to format %3). Update Pacte to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an incomplete Pacte database (no data format version).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::MainWindow</name>
    <message>
        <source>Pacte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Pacte database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacte databases (*.pacte);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacte — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1 is open in Pacte by %2 on %3 since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: you cannot write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signatory partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes, %1 theme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::Records</name>
    <message>
        <source>%1 of %2, %3; quorum %4, present %5, proxies %6, voters %7, for %8, against %9, abstentions %10, not voting %11</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::ReportScope</name>
    <message>
        <source>whole département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Repository</name>
    <message>
        <source>&quot;%1&quot; no longer exists in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::Validation</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition needs a title, such as &quot;PTI 2022-2025&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axis needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axis number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target public needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme needs a name or an acronym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature must name the edition signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliberation cannot be published before the meeting that adopted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory referent must name the territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group must belong to an edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group needs at least one territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action must belong to a working group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline and target must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measured value and its target must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must belong to an edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local committee or a seminar takes place in a territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working-group meeting must name its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation must belong to an edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation year is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::cli</name>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition, by its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check as of this day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 finding(s), %3 error(s) and %4 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pacte-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no edition of the pact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edition is named &quot;%1&quot; (editions: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing -o OUT.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the JSON full dump (.json) is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full dump to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a Pacte dump (over 200 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists: the dump is restored into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: 10·N working groups and 100·N actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale needs a whole number between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 working groups and %3 actions added to the current edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill it with the Hérault demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the Hérault demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a database (with the demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts of an edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance rules and sheet completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full dump of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a full dump into a new FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic data for benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axes: %1 (%2 themes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1 (experimentations: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: %1 (held: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pacte-cli COMMAND ARGUMENTS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 findings or conflicts to report, 2 bad usage or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::json</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object was expected, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text was expected, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number was expected, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is not finite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false was expected, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list was expected, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid identifier (UUID) was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the accepted values (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::rules</name>
    <message>
        <source>No launch COPIL has been held for %1 (due by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch COPIL of %1 is due by %2 and has not been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mid-term COPIL has been held for %1 (due by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mid-term COPIL of %1 is due by %2 and has not been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final COPIL has been held for %1 (due by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final COPIL of %1 is due by %2 and has not been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local committee of %1 did not meet in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local committee of %1 has not met yet in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intermediate evaluation of %1 was made for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended on %2 without a final evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; has neither a pilot nor a co-pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; is led by %2 alone: it needs a pilot and a co-pilot from two different structures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pilot and the co-pilot of the working group &quot;%1&quot; are the same structure (%2): they must come from two different structures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action sheet &quot;%1&quot; is incomplete: missing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed the pact but has not named a PTI referent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Département has not named a PTI referent for the territory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliberation of %1 does not add up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working group has a pilot and a co-pilot from two different structures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COPIL meets at least three times: launch, mid-term and final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each territory&apos;s local committee meets at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signatory partner names at least one PTI referent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Département names one PTI referent per territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action sheet states objectives, publics, modalities or deliverables and at least one indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate evaluation is made every year, and a final one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s approving deliberation adds up: voters, votes cast, quorum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
