<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionEditor</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sheet and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>&amp;Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is an experimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives pursued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moda&amp;lities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivera&amp;bles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ked dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked dispositifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of the selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measuremen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AxisEditor</name>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective of the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes of the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a theme&apos;s name or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>New edition of the pact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous edition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Parts of the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;parison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator&apos;s written assessment of the year. Each text is saved when you leave it, and stays editable after the figures are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Governance: readability of the decision circuit, instances established, integration of new partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of the governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overall remarks: progress of the projects, difficulties met, adjustments to actions and partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall remarks on the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the figures of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the item the finding is about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ax&amp;is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territ&amp;ories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot and co-pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pi&amp;lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-pilot structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-pilot contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;ber structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member structures of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;dividual members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons who are members of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the working group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDetail</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pers&amp;ons present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head &amp;count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritories covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the whole département.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature is dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signator&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliberation approving the pact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberation approving the pact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assem&amp;bly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembly that deliberated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act &amp;identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chai&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secr&amp;etary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies (members represented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abs&amp;tentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking part in the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans&amp;mission no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission number to the prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitted o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the partner in the Partners section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI referen&amp;t of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI referent of the partner</source>
        <translation type="unfinished">Référent PTI du partenaire</translation>
    </message>
    <message>
        <source>PTI pro&amp;ject officer (chargée de mission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI project officer</source>
        <translation type="unfinished">Chargée de mission PTI</translation>
    </message>
    <message>
        <source>&amp;Departmental PTI referent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories the person is departmental PTI referent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the history shows your system account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Pacte starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryEditor</name>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territorial priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>the section to show first</source>
        <translation type="unfinished"></translation>
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
        <source>at least one indicator</source>
        <translation>au moins un indicateur</translation>
    </message>
    <message>
        <source>implementation modalities or deliverables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::ActionEditor</name>
    <message>
        <source>Edit the indicators of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is incomplete: %1 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::ActionsSection</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet lacks objectives, target publics, modalities or deliverables, or an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;xis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by partner of the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publi&amp;c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action in this edition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp.: experimentation (§1.3). Right-click to choose the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition has no working group yet. Create a working group first: every action belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a working group first: every action belongs to a working group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abandoned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(out of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::AxesSection</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No axis for this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n axis/axes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Axes and themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::AxisAssessmentFields</name>
    <message>
        <source>Axis &amp;%1 — %2: effects produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis %1 — %2: effects produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects produced on axis %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects on the people and the partners…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::AxisEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups of the edition with this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the edition with this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
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
    <name>pacte::CellDelegate</name>
    <message>
        <source>none</source>
        <translation type="unfinished">aucune</translation>
    </message>
</context>
<context>
    <name>pacte::Commands</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::ComparisonView</name>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions whose status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators that moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous year in this edition: the comparison starts with the second year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1, as frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 (live figures: %1 is not frozen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action changed status since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator&apos;s latest value moved since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action appeared or went since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new working group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working group closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::CompliancePanel</name>
    <message>
        <source>Findings by governance rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most serious findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance rules (§1.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Governance rules (§1.4): %n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every governance rule is respected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most serious, errors first (%1 errors, %2 warnings in all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 findings and the rules in detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliance section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the governance rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::ComplianceSection</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rules as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, or a year of the edition as it stood on its 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding: every governance rule is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the governance rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 Dec. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::ComplianceTexts</name>
    <message>
        <source>Pilot and co-pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the working group a pilot and a co-pilot from two different structures. A historical group may stay as it was: the finding only records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPIL cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the COPIL meeting (launch, mid-term or final) once held, or plan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local committee every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the year&apos;s meeting of the territory&apos;s local committee (comité local d&apos;animation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of the partner&apos;s people the role of PTI referent of the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a person of the Département the role of PTI referent of the territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete action sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the action sheet: objectives, target publics, modalities or deliverables, and at least one indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the year&apos;s intermediate evaluation, and the final one at the last COPIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberation tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the partner&apos;s approving deliberation: voters = present + proxies; for + against + abstentions = voters − not taking part; present ≥ quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::CountsView</name>
    <message>
        <source>Departmental evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action in this edition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local committees that met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (active: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 completed + %3 running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting held in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n territory(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none since the previous pact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · measured by the end of the year: %2 · on target: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::DashboardCharts</name>
    <message>
        <source>Actions by status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 actions (%4 %)
Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4 actions
Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch, mid-term and final COPILs held so far: %1 of the %2 due by the end of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local committees (territories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each territory&apos;s comité local d&apos;animation meets at least once a year: %1 of %2 territories did in %3 (%4 meetings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum is set for these meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held in %1 against those required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 held, %3 required
%4
Click to list these meetings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::DashboardSection</name>
    <message>
        <source>No action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by axis and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by territory and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held against those required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file or create an edition to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no territory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has no working group yet.&lt;/b&gt;&lt;br&gt;Create the edition&apos;s working groups in the &lt;a href=&apos;groupsSection&apos;&gt;Working groups&lt;/a&gt; section, then their actions in the &lt;a href=&apos;actionsSection&apos;&gt;Actions&lt;/a&gt; section: this dashboard will chart them by status, axis, territory and theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No action recorded yet in the %n working group(s) of %1.&lt;/b&gt;&lt;br&gt;Add the actions in the &lt;a href=&apos;actionsSection&apos;&gt;Actions&lt;/a&gt; section (or import a group&apos;s sheet filled in by its referent): this dashboard will chart them by status, axis, territory and theme.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action of the edition. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished">réalisée</translation>
    </message>
    <message>
        <source>Actions fully carried out (réalisées). Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished">en fonctionnement</translation>
    </message>
    <message>
        <source>Actions done and running over time (en fonctionnement). Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished">en cours</translation>
    </message>
    <message>
        <source>Actions being carried out (en cours). Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions still at the project stage (en projet). Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished">abandonnée</translation>
    </message>
    <message>
        <source>Actions given up. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups of the edition. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experimentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions marked as experimentations (§1.3). Click to list the actions: the &quot;Exp.&quot; column marks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings held in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held during %1, all kinds. Click to list the meetings held.</source>
        <translation type="unfinished"></translation>
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
    <name>pacte::DeletionQuestion</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation type="unfinished">
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis/axes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) of persons</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliberation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s) lose this reference (pilot, axis or theme)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) lose their axis or theme</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) lose their territory or working group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are no longer attached to a partner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edition(s) lose their previous edition</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo it with Edit ▸ Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the theme belongs to another axis than the one given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these frozen figures are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::EditionDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edition is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
    <name>pacte::EvaluationEditor</name>
    <message>
        <source>Final evaluation of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Live figures as of %2 are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures frozen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures frozen on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: later edits do not change them (state as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Live figures as of %1 (not frozen)&lt;/b&gt;: they follow the edits until you freeze them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;reeze the final figures of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;reeze the figures of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of %1 are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the figures of %1 as they are now, for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the figures of %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action&apos;s status, every indicator&apos;s latest value and every meeting held, as of %1, will be stored with this evaluation. Later edits will no longer change these figures, and freezing cannot be undone. The written assessments remain editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::EvaluationSection</name>
    <message>
        <source>not frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen, figures unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished">finale</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects carried out: actions completed or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held during the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year of this edition has begun yet: the first evaluation comes at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation is not deleted: once its figures are frozen it is the record of the year. Its written assessments can be emptied in the Assessment tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frozen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::EvaluationStore</name>
    <message>
        <source>The frozen figures of this evaluation are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year of %2 (%3-%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 has not begun: there is nothing to freeze yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 evaluation of %2 is already frozen.</source>
        <translation type="unfinished"></translation>
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
    <name>pacte::FindingDetail</name>
    <message>
        <source>Error: the rule is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the rule will be broken unless something is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in its section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::GroupEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pacte::GroupsSection</name>
    <message>
        <source>⚠ No pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Same structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot • co-pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;xis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working group for this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working group needs a territory: add one in the Territories section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working group(s)</source>
        <translation type="unfinished">
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n working group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a co-pilot from another structure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::HistoryDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-pilot (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished">Département</translation>
    </message>
    <message>
        <source>Previous edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change has been recorded for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorChart</name>
    <message>
        <source>Chart of the indicator&apos;s measurements against its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement yet (target: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorDetail</name>
    <message>
        <source>Open the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorTableModel</name>
    <message>
        <source>Measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (what was done) or outcome (the effect on people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value aimed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the latest value reached its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorsPanel</name>
    <message>
        <source>M&amp;easurements of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;easurements (select an indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the indicator &quot;%1&quot; and its %n measurement(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::IndicatorsSection</name>
    <message>
        <source>target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished">Groupe de travail</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;xis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator in this edition yet: indicators are added to the actions&apos; sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the edition&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 met · %2 not met · %3 not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::ListSection</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation type="unfinished"></translation>
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
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;demonstration file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pacte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pacte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pacte %1&lt;/h3&gt;&lt;p&gt;Coordination of a Pacte Territorial pour l&apos;Insertion.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL-1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;Edition: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition of the pact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was updated to the current data format; a backup copy was made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Pacte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Pacte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1 is already open in Pacte by %2 on %3 since %4. Your changes cannot be saved until it is closed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: you are not allowed to write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Pacte does not overwrite a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pacte database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New demonstration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy.pacte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Pacte starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::MeasurementTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::MeetingEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and persons recorded as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting recorded for this edition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished">Département</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(out of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::PartnerEditor</name>
    <message>
        <source>Not a signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one in the Persons section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI referents: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI referents: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::PartnerRows</name>
    <message>
        <source>Whole département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signatory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::PartnersSection</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTI referents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">aucune</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signatory(ies) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without referent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::PersonEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::PersonRows</name>
    <message>
        <source>Departmental PTI referent of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::PersonsSection</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent of &amp;territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PTI referent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Another item already has this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item already exists in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pacte::TerritoriesSection</name>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local committees held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No territory yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this edition: %1 working group(s), %2 action(s), %3 local committee meeting(s) held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>check that year, as of its 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date and --year cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (expected YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year of %2 (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, evaluation of %2: frozen on %3 by %4 (figures as of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, evaluation of %2: not frozen (data as of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups: %1 (active: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1, projects carried out (completed or running): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimentations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held during the year: %1; territories whose local committee met: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partners since the previous pact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators: %1, measured: %2, on target: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2 status change(s), %3 indicator(s) moved, %4 new and %5 closed working group(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze the year&apos;s figures (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final evaluation rather than the yearly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edition and --year are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in Pacte by %2: close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 evaluation of %2 is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts of an edition, or of one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the yearly evaluation: counts of §1.4 and changes since the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that year&apos;s frozen evaluation, or the data as of 31 December of that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1: frozen evaluation (figures as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1: data as of %2 (no frozen evaluation).</source>
        <translation type="unfinished"></translation>
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
